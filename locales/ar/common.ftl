# Arabic translation; wants a native speaker's review.

## Durations, read at a glance: "35 ث"، "42 د"، "1 س 05 د" (the abbreviations Arabic apps use).
duration-seconds = { $seconds } ث
duration-minutes = { $minutes } د
duration-hours-minutes = { $hours } س { $minutes } د

## 24-hour clock, as the config writes times.
clock = { $hour }:{ $minute }
clock-span = { $from }–{ $to }

## "الأربعاء 25 نوفمبر": full weekday names, Gregorian month names.
day-short = { $weekday } { $day } { $month }
weekday-short-1 = الاثنين
weekday-short-2 = الثلاثاء
weekday-short-3 = الأربعاء
weekday-short-4 = الخميس
weekday-short-5 = الجمعة
weekday-short-6 = السبت
weekday-short-7 = الأحد
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر

## "أ، ب وج": the conjunction joins the last item without a space.
list-joiner = {"، "}
list-last = { $rest } و{ $last }

## Custom stretches' {side}/{other}: feminine forms, which fit الساق، القدم، اليد، الجهة.
side-right = اليمنى
side-left = اليسرى
side-one = الأولى
side-other-one = الأخرى
