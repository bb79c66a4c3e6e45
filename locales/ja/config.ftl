# Japanese translation; wants a native speaker's review.
# limber: config errors (ja). Keys, values quoted from the file and TOML syntax stay as written,
# in ASCII quotes.

config-break-after-not-shorter = break_after（{ $break_after }）はreminder.every（{ $every }）より短くしてください。そうしないと、どんな中断も休憩として数えられてしまいます
config-not-utf8 = UTF-8として正しくありません：TOMLファイルはUTF-8のテキストである必要があります
config-unknown-language = language = "{ $language }"はlimberが対応していない言語です。{ $known }のいずれかを指定してください

## Durations. The reason follows a colon.
config-duration-invalid = { $key } = "{ $value }"：{ $reason }
config-duration-not-a-duration = 時間の長さとして読めません（{ $why }）。"45m"、"1h 30m"、"20s"のように書いてください
config-duration-months = 時間の長さとして読めません。"M"は月を表します。分は"m"と書いてください
config-duration-calendar-unit = 時間の長さとして読めません。"{ $unit }"は単位として長すぎます。s、m、h、dを使い、"2h"や"1d"のように書いてください
config-duration-not-whole = 秒単位の整数ではありません。limberは秒単位で数えます
config-duration-out-of-range = 範囲外です。{ $min }から{ $max }までの間で指定してください
config-duration-why-empty = 値が空です
config-duration-why-too-large = 数値が大きすぎます
config-duration-why-unknown-unit = "{ $unit }"は時間の単位ではありません
config-duration-why-negative = 負の値は指定できません
config-duration-why-expected-number = "{ $at }"の位置に数値と単位が必要です
# Follows "expected" in the TOML parser's English.
config-expected-duration = 引用符で囲んだ時間の長さ（例："45m"、"1h"、"20s"）
config-expected-list = 角かっこで囲んだリスト（例：["a", "b"]）
config-expected-tables = テーブルのリスト（カスタムストレッチはそれぞれ二重の角かっこ[[stretches.custom]]で始めてください）

## Working hours. These follow the entry quoted.
config-hours-expected = "Mon-Fri 09:00-17:30"のように曜日と時刻を書いてください
config-hours-24-only-ends = 24:00は時間帯の終わりにしか使えません
config-hours-end-after-start = 終了時刻は開始時刻より後にしてください
config-hours-end-at-midnight = 午前0時で終えるには、24:00と書いてください："{ $evening }"
config-hours-cross-midnight = 時間帯は午前0時をまたげません。2つに分けて書いてください："{ $evening }"、"{ $morning }"
config-hours-unknown-day = 不明な曜日"{ $day }"：Mon、Tue、Wed、Thu、Fri、Sat、Sun、Dailyのいずれかを使ってください
config-hours-bad-time = "{ $time }"は09:00や17:30のような時刻ではありません

## The [stretches] table and custom stretches.
config-stretch-id-built-in = カスタムストレッチのID"{ $id }"は組み込みのストレッチで使われています。別のIDにしてください
config-stretch-id-twice = カスタムストレッチのID"{ $id }"が2回使われています
config-disabled-unknown-id = disabledに不明なストレッチID"{ $id }"があります。IDは`limber list`で確認できます
config-nothing-left = このpositionsとdisabledの組み合わせでは、提案できるストレッチが残りません。別の場所を許可するか、ストレッチを有効にしてください
config-positions-empty = positionsが空です："chair"、"standing"、"floor"のうち少なくとも1つを指定してください
config-stretch-id-shape = ストレッチID"{ $id }"は、"my-hip-stretch"のようなケバブケースで、{ $max }文字以内にしてください
config-steps-count = stepsには手順を順番に1〜{ $max }個書いてください（現在{ $count }個）
config-cautions-count = cautionsに追加できる注意事項は{ $max }個までです
config-text-empty = { $key ->
        [steps] stepsの各手順
        [cautions] cautionsの各注意事項
       *[other] { $key }
    }は空にできません
config-text-too-long = { $key ->
        [steps] stepsの各手順
        [cautions] cautionsの各注意事項
       *[other] { $key }
    }は{ $max }文字以内の1行にしてください
config-text-control = { $key ->
        [steps] stepsの各手順
        [cautions] cautionsの各注意事項
       *[other] { $key }
    }には制御文字や双方向の上書き文字を含められません（U+{ $code }が含まれています）
