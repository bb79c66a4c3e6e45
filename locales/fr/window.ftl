# French translation; wants a native speaker's review.
# limber: window (fr). The timer window is about 420 px wide: buttons hold a word or two.

## The timer window

window-title = limber — { $stretch }

window-phase-setup = Mettez-vous en position
window-phase-setup-side = { $side ->
    [right] Mettez-vous en position : côté droit
   *[left] Mettez-vous en position : côté gauche
}
window-phase-hold = Maintenez la position
window-phase-hold-side = { $side ->
    [right] Maintenez la position : côté droit
   *[left] Maintenez la position : côté gauche
}
window-phase-switch = { $side ->
    [right] Passez au côté droit
   *[left] Passez au côté gauche
}
window-phase-come-out = Revenez lentement
window-phase-done = Terminé

window-where-and-how-long = { $per_side ->
    [yes] { $place } · { $seconds } s par côté
   *[no] { $place } · { $seconds } s
}
# $count is 5 or more; "fois" does not change.
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place } · Nouveau : { $seconds } s par côté — vous l'avez fait { $count } fois
   *[no] { $place } · Nouveau : { $seconds } s — vous l'avez fait { $count } fois
}

window-breathe-in = Inspirez…
window-breathe-out = Expirez…
window-ready = Commencez quand vous voulez
window-until-hold = avant le maintien
window-until-come-out = avant de relâcher
window-paused = En pause
window-ring-done = Terminé
window-ring-held = { $held } de maintien
window-ring-held-in-all = de maintien au total

window-held-seconds = { $seconds } s
window-held-minutes-seconds = { $minutes } min { $seconds } s

window-end-done-title = Bravo
window-end-stopped-title = Arrêté avant la fin
window-today-of-goal = { $done } sur { $goal } aujourd'hui
window-today-past-goal = { $done } aujourd'hui (objectif : { $goal })
window-end-done-body = Vous avez tenu { $held }. Entre deux étirements, levez-vous et marchez quelques minutes toutes les heures.
window-end-stopped-body = { $held_of } Chaque seconde compte ; la prochaine fois, essayez de tenir jusqu'au bout. Entre deux étirements, levez-vous et marchez quelques minutes toutes les heures.
window-held-of-sides = { $first_side ->
    [right] Vous avez tenu { $first } s sur { $hold } à droite et { $second } s sur { $hold } à gauche.
   *[left] Vous avez tenu { $first } s sur { $hold } à gauche et { $second } s sur { $hold } à droite.
}
window-held-of = Vous avez tenu { $held } s sur { $planned }.

window-button-start = Commencer
window-button-in-position = Je suis en position
window-button-pause = Pause
window-button-resume = Reprendre
window-button-extend = +{ $seconds } s
window-button-skip = Passer
window-button-done = Terminé
window-button-close = Fermer

window-step-number = { $number }.

## What a screen reader hears in the timer window

window-key-enter = Entrée
window-key-space = Espace
window-key-escape = Échap
window-key-left = Flèche gauche
window-key-right = Flèche droite
window-countdown-read = { $countdown } { $caption }
window-steps = Étapes
window-cautions = Précautions
window-say-phase = { $phase }. { $seconds ->
    [one] { $seconds } seconde restante
   *[other] { $seconds } secondes restantes
}
window-say-seconds-left = { $seconds ->
    [one] { $seconds } seconde restante
   *[other] { $seconds } secondes restantes
}
window-say-paused = En pause
window-say-resumed = Reprise

## The control window

window-control-back = ‹ Retour

## The week picture

window-week-title = limber — votre semaine
window-week-heading-this = Votre semaine
window-week-heading-before = La semaine précédente
window-week-subtitle = { $range } · minutes en position assise par heure, { $from }–{ $to }
window-week-range = { $first } – { $last }
window-week-hint = Pointez une heure, ou utilisez les touches fléchées, pour voir ce qui s'y est passé.
window-week-hint-approximate = Pointez une heure, ou utilisez les touches fléchées, pour voir ce qui s'y est passé. Le temps assis enregistré avant que cette version de limber ne note les heures des périodes assises est placé là où chaque pause a été détectée.
window-week-step-none = aucune
window-week-step-under-15 = moins de 15
window-week-step-15-30 = 15–30
window-week-step-30-45 = 30–45
window-week-step-45-60 = 45–60 min
window-week-legend-done = étirement fait
window-week-legend-held = rappel différé
window-week-button-before = Semaine précédente
window-week-button-this = Cette semaine

window-week-hour-span = { $day }, { $from }–{ $to }
window-week-hour-future = { $span } : à venir
window-week-hour = { $span } : { $what }
window-week-no-sitting = pas de temps assis
window-week-sat = { $length } en position assise
window-week-stretches-done = { $count ->
    [one] { $count } étirement fait
   *[other] { $count } étirements faits
}
# Reasons are put in parentheses: "un rappel différé 10:40–11:05 (appel et plein écran)".
window-week-held-one = un rappel différé { $span } ({ $reasons })
window-week-held-many = { $count } rappels différés : { $holds }
window-week-held-each = { $span } ({ $reasons })
window-week-reason-call = appel
window-week-reason-do-not-disturb = Ne pas déranger
window-week-reason-fullscreen = plein écran
window-week-reason-gnome-break = pause de GNOME
window-week-reason-busy = activité en cours

window-week-day-total = { $sat } · { $done }/{ $goal }
window-week-short-hours = { $hours } h { $minutes }
window-week-short-minutes = { $minutes } min
window-week-day-total-read = { $day } : { $total }

window-week-today-under = { $done ->
    [one] Aujourd'hui : { $done } étirement sur { $goal }. L'article conseille au moins deux étirements par jour.
   *[other] Aujourd'hui : { $done } étirements sur { $goal }. L'article conseille au moins deux étirements par jour.
}
window-week-today-met = Aujourd'hui : { $done } étirements sur { $goal }, objectif atteint.
window-week-today-past = Aujourd'hui : { $done } étirements, au-delà de l'objectif de { $goal }.
window-week-streak-none = Série : aucune pour l'instant ; { $goal } étirements dans une journée de travail en lancent une.
window-week-streak = { $days ->
    [one] Série : { $days } journée de travail avec { $goal } étirements.
   *[other] Série : { $days } journées de travail d'affilée avec { $goal } étirements.
}
window-week-longest = Plus longue période assise cette semaine : { $length }, { $when }.
window-week-longest-when = { $day } { $span }
window-week-longest-none = Plus longue période assise cette semaine : aucune enregistrée.

window-week-column-this = Cette semaine
window-week-column-before = Semaine précédente
window-week-figure-done = Étirements faits
window-week-figure-sitting = Temps passé assis
window-week-figure-goal = Objectif atteint
window-week-figure-longest = Plus longue période assise
window-week-goal-days = { $met } sur { $days ->
    [one] { $days } journée de travail
   *[other] { $days } journées de travail
}
window-week-longest-nothing = aucune
window-week-comparison-read = { $this } et { $before }
window-week-comparison-row-read = { $figure } : { $now } ({ $this }), { $then } ({ $before })
