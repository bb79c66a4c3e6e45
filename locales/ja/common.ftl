# Japanese translation; wants a native speaker's review.
# limber: what every part shares (ja).

## Durations: "35秒", "42分", "1時間05分".
duration-seconds = { $seconds }秒
duration-minutes = { $minutes }分
duration-hours-minutes = { $hours }時間{ $minutes }分

## 24-hour clock, as Japanese desktops show it.
clock = { $hour }:{ $minute }
clock-span = { $from }〜{ $to }

## "11月25日(水)".
day-short = { $month }{ $day }日({ $weekday })
weekday-short-1 = 月
weekday-short-2 = 火
weekday-short-3 = 水
weekday-short-4 = 木
weekday-short-5 = 金
weekday-short-6 = 土
weekday-short-7 = 日
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月

## Lists: items are joined with "、" throughout (some items are phrases, not nouns).
list-joiner = {"、"}
list-last = { $rest }、{ $last }

## Side words for custom stretches; followed by "の" ("右の脚", "反対側の脚").
side-right = 右
side-left = 左
side-one = 片方
side-other-one = 反対側
