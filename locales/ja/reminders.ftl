# Japanese translation; wants a native speaker's review.
# limber: reminders, the tray and the daemon (ja).

## The reminder.

reminder-summary = ストレッチの時間です（座って{ $sitting }）

# At most 100 characters with the longest stretch: "椅子で「…」を左右各30秒キープ。…。"
reminder-body = { $lead }「{ $stretch }」を{ $per_side ->
        [yes] 左右各{ $hold_secs }秒
       *[no] { $hold_secs }秒
    }キープ。{ $cue }。
    .stretch-case = keep

reminder-start = 開始
reminder-snooze = スヌーズ（{ $length }）
reminder-skip = スキップ

reminder-no-tray = トレイアイコンを表示できない環境です。アプリ一覧からlimberを開いてください（右クリックで「スヌーズ」と「一時停止」を選べます）。
reminder-no-tray-gnome = トレイアイコンを表示できない環境です。アプリ一覧からlimberを開いてください（右クリックで「スヌーズ」と「一時停止」を選べます）。GNOMEの拡張機能「AppIndicator」を入れると、トップバーにアイコンが表示されます。

reminder-config-kept = limberは以前の設定のまま動作しています

## The tray's first line.

# "通話中のため、ストレッチを保留中": the reasons say what is going on now.
reminder-held-until = { $reasons }のため、ストレッチを保留中
reminder-held = ストレッチに良いタイミングを待っています
reminder-held-until-call = 通話中
reminder-held-until-fullscreen = 全画面表示中
reminder-held-until-do-not-disturb = おやすみモード中
reminder-held-until-gnome-break = GNOMEの休憩の前後

tray-status-stretching = ストレッチ中：{ $stretch }
tray-status-stretching-unnamed = ストレッチ中
tray-status-due = ストレッチの時間です：{ $stretch }
tray-status-due-unnamed = ストレッチの時間です
tray-status-paused = 一時停止中
tray-status-paused-until = { $day ->
        [today] { $time }
       *[other] { $day }曜 { $time }
    }まで一時停止中
tray-status-on-break = 休憩中
tray-status-sitting = 座って{ $sitting }
tray-status-next = 座って{ $sitting }・次のストレッチまで{ $left }
tray-status-snoozed = 座って{ $sitting }・スヌーズ中、次のストレッチまで{ $left }
tray-status-off-until = 座って{ $sitting }・{ $day ->
        [today] { $time }
       *[other] { $day }曜 { $time }
    }まで通知オフ
tray-status-beside-gnome-breaks = { $line }・GNOMEの休憩機能と併用中

## The tray's menu.

tray-stretch-now = 今すぐストレッチ
tray-stretch-choose = ストレッチを選ぶ…
tray-stretch-choice = { $stretch }（{ $position }）
tray-snooze = スヌーズ
tray-pause = 一時停止
tray-pause-minutes = { $minutes }分
tray-pause-hours = { $hours }時間
tray-pause-until-tomorrow = 明日まで
tray-resume = 再開
tray-remind-anyway = 今日は時間外も通知
tray-your-week = 1週間の記録…
tray-start-at-login = ログイン時に起動
tray-open-settings = 設定を開く
tray-quit = 終了
tray-tooltip = limber：{ $status }

## What the daemon answers.

daemon-too-many-windows = 開いているタイマーウィンドウが多すぎます（最大{ $max }個）。
daemon-window-failed = タイマーウィンドウを開けなかったため（{ $error }）、ストレッチを開始しませんでした。
daemon-window-taken = 実行中のストレッチは、すでに別のタイマーウィンドウに表示されています。
daemon-snooze-refused = { $secs }秒のスヌーズはできません：{ $why }。
daemon-pause-refused = { $secs }秒の一時停止はできません：{ $why }。
daemon-already-running = limberはすでに実行中です
daemon-already-running-elsewhere = limberはすでにプロセス{ $pid }として{ $socket }で実行中ですが、このターミナルのコマンドは{ $ours }を探します。コマンドにXDG_RUNTIME_DIR={ $folder }を指定してください
daemon-already-running-unreachable = limberはすでにプロセス{ $pid }として実行中ですが、どのコマンドからも接続できません。ランタイムフォルダーを使用できなかったためです（理由はログに記録されています）
daemon-running-elsewhere = limberはプロセス{ $pid }として{ $socket }で実行中ですが、このターミナルのコマンドは{ $ours }を探します。コマンドにXDG_RUNTIME_DIR={ $folder }を指定してください
daemon-running-unreachable = limberはプロセス{ $pid }として実行中ですが、どのコマンドからも接続できません。ランタイムフォルダーを使用できなかったためです（理由はログに記録されています）

daemon-cannot-start = 起動できません：{ $problem }
daemon-running-on-defaults = ファイルが修正されるまで、既定の設定で動作します
daemon-cannot-serve = { $socket }で待ち受けできません：{ $error }
daemon-event-loop-cannot-start = イベントループを開始できません：{ $error }
daemon-event-loop-failed = イベントループでエラーが発生しました：{ $error }

## limber autostart status.

autostart-on-ours = ログイン時に起動：オン（{ $path }）
autostart-off = ログイン時に起動：オフ
autostart-off-ours = ログイン時に起動：オフ（{ $path }）
autostart-on-users = ログイン時に起動：オン（ユーザー独自のエントリー、{ $path }）
autostart-off-users = ログイン時に起動：オフ（ユーザー独自のエントリー、{ $path }）
autostart-on-system = ログイン時に起動：オン（システム全体のエントリー、{ $path }）
autostart-off-system = ログイン時に起動：オフ（システム全体のエントリー、{ $path }）
autostart-on-platform = ログイン時に起動：オン（{ $place }）
autostart-off-platform = ログイン時に起動：オフ（{ $place }）
