# limber: what every part shares. English is the source; every other language has the same
# messages with the same variables ($name). Notes for translators start with "##" or "#".

## Durations, as people read them at a glance: "35 s", "42 min", "1 h 05 min".
## $minutes in duration-hours-minutes is always two digits ("05").
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours-minutes = { $hours } h { $minutes } min

## A time of day on the user's wall clock, 24-hour; $hour and $minute are two digits.
clock = { $hour }:{ $minute }
## From one time of day to another: "10:40–11:05".
clock-span = { $from }–{ $to }

## A day as the week picture names it: "Wed 25 Nov". $weekday and $month are the names below,
## $day the day of the month.
day-short = { $weekday } { $day } { $month }
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Lists: "a call, Do Not Disturb and a fullscreen window". list-joiner goes between all but the
## last two items; list-last joins what came before to the last one.
list-joiner = {", "}
list-last = { $rest } and { $last }

## The sides of the body, as a custom stretch's steps name them ({side} and {other} in the
## config). The built-in stretches say their sides in their own sentences (catalog.ftl).
side-right = right
side-left = left
## A one-sided custom stretch whose steps name a side anyway.
side-one = one
side-other-one = the other
