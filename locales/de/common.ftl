# German translation; wants a native speaker's review.
# limber: what every part shares (de).

## Durations, at a glance: "35 s", "42 min", "1 h 05 min" (SI symbols, as German UIs write them).
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours-minutes = { $hours } h { $minutes } min

## A time of day, 24-hour.
clock = { $hour }:{ $minute }
clock-span = { $from }–{ $to }

## A short date as German writes it: "Mi., 25. Nov.".
day-short = { $weekday }, { $day }. { $month }
weekday-short-1 = Mo.
weekday-short-2 = Di.
weekday-short-3 = Mi.
weekday-short-4 = Do.
weekday-short-5 = Fr.
weekday-short-6 = Sa.
weekday-short-7 = So.
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.

## Lists: "ein Anruf, „Nicht stören“ und ein Vollbildfenster".
list-joiner = {", "}
list-last = { $rest } und { $last }

## Side words as adjective stems, so a custom stretch can write "den {side}n Fuß", "das {side} Knie".
side-right = rechte
side-left = linke
side-one = eine
side-other-one = andere
