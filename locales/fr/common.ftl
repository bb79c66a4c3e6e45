# French translation; wants a native speaker's review.
# limber: what every part shares (fr).

## Durations: "35 s", "42 min", "1 h 05 min".
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours-minutes = { $hours } h { $minutes } min

## A time of day, 24-hour, as French desktops write it: "14:30".
clock = { $hour }:{ $minute }
clock-span = { $from }–{ $to }

## The short date: "mer. 25 nov.".
day-short = { $weekday } { $day } { $month }
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Lists: "un appel, le plein écran et Ne pas déranger".
list-joiner = {", "}
list-last = { $rest } et { $last }

## Side words for custom stretches' {side} and {other}. Masculine ("le genou droit",
## "le côté gauche"); "gauche" does not change.
side-right = droit
side-left = gauche
## A one-sided custom stretch whose steps name a side anyway: "le talon d'un côté".
side-one = d'un côté
side-other-one = de l'autre côté
