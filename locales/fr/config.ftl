# French translation; wants a native speaker's review.
# limber: config errors (fr). Each follows "file:line:column: ". Keys, values quoted from the
# file and TOML syntax stay as written, with straight quotes.

config-break-after-not-shorter = break_after ({ $break_after }) doit être plus court que reminder.every ({ $every }), sinon chaque moment d'inactivité compterait comme une pause
config-not-utf8 = UTF-8 non valide : un fichier TOML doit être du texte UTF-8
config-unknown-language = language = "{ $language }" n'est pas une langue que limber parle ; utilisez l'un de ces codes : { $known }

## Durations, in the config and on the command line. The reason follows a colon in French.
config-duration-invalid = { $key } = "{ $value }" : { $reason }
config-duration-not-a-duration = ce n'est pas une durée ({ $why }) ; écrivez par exemple "45m", "1h 30m" ou "20s"
config-duration-months = ce n'est pas une durée : "M" signifie mois ; pour les minutes, écrivez "m"
config-duration-calendar-unit = ce n'est pas une durée : "{ $unit }" est une unité trop longue ; utilisez s, m, h ou d, comme "2h" ou "1d"
config-duration-not-whole = ce n'est pas un nombre entier de secondes : limber compte en secondes
# Also follows "Un report de 20 s est" in reminders.ftl.
config-duration-out-of-range = en dehors de la plage autorisée, de { $min } à { $max }
config-duration-why-empty = la valeur est vide
config-duration-why-too-large = le nombre est trop grand
config-duration-why-unknown-unit = "{ $unit }" n'est pas une unité de temps
config-duration-why-negative = la durée ne peut pas être négative
config-duration-why-expected-number = un nombre et une unité sont attendus à "{ $at }"
# Follows "expected" in the TOML parser's own English.
config-expected-duration = une durée entre guillemets, comme "45m", "1h" ou "20s"
config-expected-list = une liste entre crochets, comme ["a", "b"]
config-expected-tables = une liste de tables : commencez chaque étirement personnalisé par [[stretches.custom]], entre doubles crochets

## Working hours, like "Mon-Fri 09:00-17:30". These follow the entry quoted.
config-hours-expected = jours et heures attendus, comme "Mon-Fri 09:00-17:30"
config-hours-24-only-ends = 24:00 ne peut servir que de fin de plage
config-hours-end-after-start = la fin doit être après le début
config-hours-end-at-midnight = pour finir à minuit, écrivez 24:00 : "{ $evening }"
config-hours-cross-midnight = une plage ne peut pas passer minuit ; écrivez-la en deux entrées : "{ $evening }", "{ $morning }"
config-hours-unknown-day = jour inconnu "{ $day }" : utilisez Mon, Tue, Wed, Thu, Fri, Sat, Sun ou Daily
config-hours-bad-time = "{ $time }" n'est pas une heure comme 09:00 ou 17:30

## The [stretches] table and custom stretches.
config-stretch-id-built-in = l'identifiant d'étirement personnalisé "{ $id }" est déjà celui d'un étirement intégré ; choisissez-en un autre
config-stretch-id-twice = l'identifiant d'étirement personnalisé "{ $id }" est utilisé deux fois
config-disabled-unknown-id = identifiant d'étirement inconnu "{ $id }" dans disabled ; `limber list` affiche les identifiants
config-nothing-left = aucun étirement ne reste à proposer avec ces positions et ces identifiants désactivés ; autorisez une autre position ou activez un étirement
config-positions-empty = positions est vide : indiquez au moins l'une des valeurs "chair", "standing", "floor"
config-stretch-id-shape = l'identifiant d'étirement "{ $id }" doit être en kebab-case et faire au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }, comme "my-hip-stretch"
config-steps-count = steps doit contenir de 1 à { $max } instructions, dans l'ordre ; { $count ->
        [one] { $count } trouvée
       *[other] { $count } trouvées
    }
config-cautions-count = cautions peut contenir au plus { $max ->
        [one] { $max } précaution supplémentaire
       *[other] { $max } précautions supplémentaires
    }
config-text-empty = { $key ->
        [steps] chaque étape
        [cautions] chaque précaution
       *[other] { $key }
    } ne doit pas être vide
config-text-too-long = { $key ->
        [steps] chaque étape
        [cautions] chaque précaution
       *[other] { $key }
    } doit tenir sur une seule ligne d'au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }
config-text-control = { $key ->
        [steps] chaque étape
        [cautions] chaque précaution
       *[other] { $key }
    } ne doit contenir ni caractères de contrôle ni forçages de direction bidirectionnelle (caractère U+{ $code } trouvé)
