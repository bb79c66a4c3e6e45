# Japanese translation; wants a native speaker's review.
# limber: window (ja)

## The timer window

window-title = limber — { $stretch }

window-phase-setup = 姿勢をとりましょう
window-phase-setup-side = { $side ->
    [right] 姿勢をとりましょう：右側
   *[left] 姿勢をとりましょう：左側
}
window-phase-hold = そのままキープ
window-phase-hold-side = { $side ->
    [right] そのままキープ：右側
   *[left] そのままキープ：左側
}
window-phase-switch = { $side ->
    [right] 右側に替えましょう
   *[left] 左側に替えましょう
}
window-phase-come-out = ゆっくり戻りましょう
window-phase-done = 完了

window-where-and-how-long = { $per_side ->
    [yes] { $place }・左右各{ $seconds }秒
   *[no] { $place }・{ $seconds }秒
}
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place }・左右各{ $seconds }秒に延長（これまでに{ $count }回実施）
   *[no] { $place }・{ $seconds }秒に延長（これまでに{ $count }回実施）
}

window-breathe-in = 息を吸って…
window-breathe-out = 息を吐いて…
window-ready = 準備ができたらどうぞ
window-until-hold = キープ開始まで
window-until-come-out = 戻るまで
window-paused = 一時停止中
window-ring-done = 完了
window-ring-held = { $held }キープ
window-ring-held-in-all = 合計キープ秒数

window-held-seconds = { $seconds }秒
window-held-minutes-seconds = { $minutes }分{ $seconds }秒

window-end-done-title = お疲れさまでした
window-end-stopped-title = 途中で終了しました
window-today-of-goal = 今日は{ $goal }回中{ $done }回
window-today-past-goal = 今日は{ $done }回（目標{ $goal }回）
window-end-done-body = { $held }キープしました。ストレッチの合間にも、1時間ごとに立ち上がって数分間歩きましょう。
window-end-stopped-body = { $held_of }少しの時間でも効果はあります。次は最後までキープしてみましょう。ストレッチの合間にも、1時間ごとに立ち上がって数分間歩きましょう。
window-held-of-sides = { $first_side ->
    [right] 右は{ $hold }秒中{ $first }秒、左は{ $hold }秒中{ $second }秒キープしました。
   *[left] 左は{ $hold }秒中{ $first }秒、右は{ $hold }秒中{ $second }秒キープしました。
}
window-held-of = { $planned }秒中{ $held }秒キープしました。

window-button-start = 開始
window-button-in-position = 準備完了
window-button-pause = 一時停止
window-button-resume = 再開
window-button-extend = +{ $seconds }秒
window-button-skip = スキップ
window-button-done = 完了
window-button-close = 閉じる

window-step-number = { $number }.

## What a screen reader hears in the timer window

window-key-enter = Enter
window-key-space = スペース
window-key-escape = Esc
window-key-left = 左矢印
window-key-right = 右矢印
# "キープ開始まであと24".
window-countdown-read = { $caption }あと{ $countdown }
window-steps = 手順
window-cautions = 注意事項
window-say-phase = { $phase }。残り{ $seconds }秒
window-say-seconds-left = 残り{ $seconds }秒
window-say-paused = 一時停止しました
window-say-resumed = 再開しました

## The control window

window-control-back = ‹ 戻る

## The week picture

window-week-title = limber — 1週間の記録
window-week-heading-this = 今週
window-week-heading-before = 先週
window-week-subtitle = { $range }・{ $from }〜{ $to }の各時間に座っていた分数
window-week-range = { $first }〜{ $last }
window-week-hint = 時間帯のマスにポインターを合わせるか、矢印キーで選ぶと、その1時間の記録が表示されます。
window-week-hint-approximate = 時間帯のマスにポインターを合わせるか、矢印キーで選ぶと、その1時間の記録が表示されます。limberが連続着席の時刻を記録するようになる前の着席時間は、休憩を検出した時点に表示しています。
window-week-step-none = なし
window-week-step-under-15 = 15未満
window-week-step-15-30 = 15〜30
window-week-step-30-45 = 30〜45
window-week-step-45-60 = 45〜60分
window-week-legend-done = ストレッチ完了
window-week-legend-held = リマインダー保留
window-week-button-before = 先週
window-week-button-this = 今週

window-week-hour-span = { $day } { $from }〜{ $to }
window-week-hour-future = { $span }：これから
window-week-hour = { $span }：{ $what }
window-week-no-sitting = 着席なし
window-week-sat = 着席{ $length }
window-week-stretches-done = ストレッチ{ $count }回完了
# "10:40〜11:05にリマインダーを保留（通話）".
window-week-held-one = { $span }にリマインダーを保留（{ $reasons }）
window-week-held-many = リマインダーを{ $count }回保留：{ $holds }
window-week-held-each = { $span }（{ $reasons }）
window-week-reason-call = 通話
window-week-reason-do-not-disturb = おやすみモード
window-week-reason-fullscreen = 全画面表示
window-week-reason-gnome-break = GNOMEの休憩
window-week-reason-busy = 取り込み中

window-week-day-total = { $sat }・{ $done }/{ $goal }
window-week-short-hours = { $hours }時間{ $minutes }分
window-week-short-minutes = { $minutes }分
window-week-day-total-read = { $day }：{ $total }

window-week-today-under = 今日：{ $goal }回中{ $done }回。参考にした記事では、1日2回以上を勧めています。
window-week-today-met = 今日：{ $goal }回中{ $done }回、目標達成です。
window-week-today-past = 今日：{ $done }回、目標の{ $goal }回を超えました。
window-week-streak-none = 連続記録：まだありません。勤務日に{ $goal }回ストレッチすると記録が始まります。
window-week-streak = 連続記録：{ $days }日（勤務日に{ $goal }回ストレッチ）。
window-week-longest = 今週の最長連続着席：{ $length }（{ $when }）。
window-week-longest-when = { $day } { $span }
window-week-longest-none = 今週の最長連続着席：記録なし。

window-week-column-this = 今週
window-week-column-before = 先週
window-week-figure-done = ストレッチ完了
window-week-figure-sitting = 着席時間
window-week-figure-goal = 目標達成
window-week-figure-longest = 最長連続着席
window-week-goal-days = 勤務日{ $days }日中{ $met }日
window-week-longest-nothing = なし
window-week-comparison-read = { $this }と{ $before }
window-week-comparison-row-read = { $figure }：{ $this }{ $now }、{ $before }{ $then }
