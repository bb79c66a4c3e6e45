# French translation; wants a native speaker's review.
# limber: the command line (fr). Commands, options and values stay as they are written.

## The help. Commands' descriptions are short lines in a list: no full stop at the end.
cli-help = limber : étirez l'endroit où les ischio-jambiers rejoignent les fessiers, une fois par heure en position assise.
    .long = Lancé sans commande, limber démarre dans la zone de notification (en général à l'ouverture de session) ; `limber open` affiche sa fenêtre, comme le menu des applications. Toutes les autres commandes s'adressent au limber en cours d'exécution, ou fonctionnent seules quand cela a un sens.
    .arg-config = Utiliser ce fichier de configuration au lieu de $XDG_CONFIG_HOME/limber/config.toml
    .arg-help = Afficher l'aide
    .arg-version = Afficher la version
    .help = Afficher ce message ou l'aide de la commande indiquée
    .open = Ouvrir la fenêtre de limber : la situation, le prochain étirement et tout ce que propose la zone de notification (démarre d'abord limber s'il n'est pas lancé)
    .status = Afficher le temps passé assis, le prochain rappel, et si limber est en pause ou le rappel reporté
    .status-arg-json = Afficher un objet JSON au lieu du texte
    .stretch = Commencer un étirement maintenant (le suivant dans la rotation, ou celui indiqué)
    .stretch-arg-id = Un identifiant d'étirement donné par `limber list`
    .stretch-arg-here = Ouvrir la fenêtre de minuterie depuis ce processus au lieu de passer par le limber en cours d'exécution
    .stretch-arg-ready = Avec --here : attendre sur un écran « prêt » jusqu'à ce que l'on appuie sur Commencer
    .snooze = Reporter le rappel en attente, ou le prochain (durée par défaut : celle de la configuration)
    .snooze-arg-duration = Durée, par ex. 10m, 1h, 90s (de 5 secondes à 8 heures)
    .skip = Passer le rappel en attente ; le suivant arrive après un intervalle complet
    .pause = Suspendre les rappels un moment (jusqu'à `limber resume` si aucune durée n'est donnée)
    .pause-arg-duration = Durée, par ex. 30m ou 2h (de 5 secondes à 7 jours)
    .pause-arg-until_tomorrow = Jusqu'à demain 04:00
    .resume = Mettre fin à une pause
    .list = Lister les étirements du catalogue : intégrés et personnels
    .stats = Ce que vous avez fait : rappels, étirements, reports, rappels passés, plus longue période assise ; votre semaine en image ; ou votre historique à emporter, en JSON ou CSV
    .stats-arg-week = Les sept derniers jours, jour par jour
    .stats-arg-show = Afficher votre semaine dans une fenêtre : temps assis par heure, étirements, rappels différés, séries
    .stats-arg-json = Afficher les jours et les événements dans un seul document JSON (schéma : docs/export.md)
    .stats-arg-csv = Afficher les événements en CSV, une ligne chacun (schéma : docs/export.md)
    .stats-arg-since = Avec --json ou --csv : seulement à partir de ce jour (AAAA-MM-JJ, selon votre calendrier)
    .config = Gérer le fichier de configuration
    .config-path = Afficher l'emplacement du fichier de configuration lu
    .config-check = Vérifier le fichier de configuration et signaler le premier problème, avec sa ligne et sa colonne
    .config-init = Écrire la configuration par défaut commentée (n'écrase jamais un fichier existant)
    .autostart = Lancer limber à l'ouverture de session, ou ne plus le faire (c'est le même réglage que « Lancer à l'ouverture de session » dans le menu de l'icône)
    .autostart-enable = Lancer limber à l'ouverture de session
    .autostart-disable = Ne pas lancer limber à l'ouverture de session
    .autostart-status = Indiquer si limber se lance à l'ouverture de session, et quel fichier en décide
    .quit = Arrêter le limber en cours d'exécution
cli-window-about = Les fenêtres de limber : lancées par limber pour `open`, `stretch --here` et `stats --show`
## Headings of the help, each followed by a colon.
cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options

## What the commands print. Errors follow "limber: ".
cli-could-not-write = impossible d'écrire { $path } : { $problem }
cli-cannot-write-output = impossible d'écrire la sortie : { $problem }
cli-window-only = { $program } ne fait qu'afficher les fenêtres de limber (`open`, `stretch --here`, `stats --show`) ; utilisez `limber` pour tout le reste

## limber list: a table.
cli-list-heading-id = ID
cli-list-heading-name = NOM
cli-list-heading-where = OÙ
cli-list-heading-hold = MAINTIEN
cli-list-heading-sides = CÔTÉS
cli-list-each-side = des deux côtés
cli-list-once = une fois
cli-list-off = désactivé
cli-list-hold-grown = { $hold } (+{ $added })

## limber stats
cli-stats-today = Aujourd'hui ({ $day })
cli-stats-last-seven-days = 7 derniers jours
cli-stats-reminders = rappels
cli-stats-done = étirements faits
cli-stats-stopped-early = arrêtés avant la fin
cli-stats-snoozed = reportés
cli-stats-skipped = passés
cli-stats-dismissed = ignorés
cli-stats-stretching = temps d'étirement
cli-stats-longest-sitting = plus longue période assise
## limber stats --week: column headings.
cli-stats-week-day = JOUR
cli-stats-week-reminders = RAPPELS
cli-stats-week-done = FAITS
cli-stats-week-snoozed = REPORTÉS
cli-stats-week-skipped = PASSÉS
cli-stats-week-stretched = TEMPS D'ÉTIREMENT
cli-stats-week-longest-sitting = PLUS LONGUE PÉRIODE ASSISE
cli-history-unreadable = impossible de lire l'historique : { $problem }
cli-history-damaged-line = { $path }:{ $line } : ligne endommagée ignorée ({ $reason })
cli-history-more-damaged = { $path } : { $count ->
        [one] { $count } autre ligne endommagée ignorée
       *[other] { $count } autres lignes endommagées ignorées
    }
cli-history-left-out = { $path } : { $count ->
        [one] { $count } événement écarté, dont les heures ne peuvent correspondre à aucun étirement ni à aucune période assise réels
       *[other] { $count } événements écartés, dont les heures ne peuvent correspondre à aucun étirement ni à aucune période assise réels
    }

## limber config check|init
cli-config-ok = { $path } : OK
cli-config-absent = { $path } : absent ; limber utilise les paramètres par défaut
cli-config-exists = { $path } existe déjà ; il a été laissé tel quel
cli-config-written = configuration par défaut écrite dans { $path }

## limber autostart
cli-autostart-systemd-too = L'unité utilisateur systemd limber.service est aussi activée : `systemctl --user disable limber.service` si limber ne doit démarrer que de cette façon (un second démarrage trouverait simplement limber déjà lancé).

## limber stretch
cli-stretch-unknown = aucun étirement ne s'appelle « { $id } » ; `limber list` les affiche tous
cli-stretch-none-enabled = aucun étirement n'est activé pour les positions de votre configuration

## limber open
cli-open-not-running = limber n'est pas lancé
cli-open-next = Prochain étirement
cli-open-stretching-now = Étirement en cours
cli-open-due-now = À faire maintenant
cli-open-no-status = limber a répondu sans indiquer son état
cli-open-opened-settings = { $path } ouvert dans votre éditeur.
cli-open-opened-week = Fenêtre « Votre semaine » ouverte.
cli-open-week-failed = impossible d'ouvrir votre semaine : { $problem }
