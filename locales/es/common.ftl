# Spanish translation; wants a native speaker's review.
# limber: what every part shares (es).

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours-minutes = { $hours } h { $minutes } min

clock = { $hour }:{ $minute }
clock-span = { $from }–{ $to }

day-short = { $weekday } { $day } { $month }
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

list-joiner = {", "}
list-last = { $rest } y { $last }

# Masculine, as after "lado", "pie", "tobillo", "muslo" in a custom stretch's own steps.
side-right = derecho
side-left = izquierdo
side-one = de un lado
side-other-one = contrario
