# Japanese translation; wants a native speaker's review.
# limber: the command line (ja). Commands, options and values stay as they are written.

## The help. Descriptions of commands and arguments: short lines, no full stop.
cli-help = limber：座って1時間たつごとに、ハムストリングスとお尻の境目をストレッチします。
    .long = コマンドを指定せずに実行すると、limberをトレイで起動します（通常はログイン時）。`limber open`は、アプリメニューと同じくlimberのウィンドウを開きます。その他のコマンドは、実行中のlimberとやり取りするか、意味がある場合は単独で動作します。
    .arg-config = $XDG_CONFIG_HOME/limber/config.tomlの代わりにこの設定ファイルを使用
    .arg-help = ヘルプを表示
    .arg-version = バージョンを表示
    .help = このメッセージ、または指定したコマンドのヘルプを表示
    .open = limberのウィンドウを開く：現在の状況、次のストレッチ、トレイのすべての機能（limberが起動していなければ先に起動）
    .status = 着席時間、次のリマインダー、一時停止中かスヌーズ中かを表示
    .status-arg-json = テキストの代わりにJSONオブジェクトを1つ出力
    .stretch = 今すぐストレッチを開始（ローテーションの次のもの、または指定したもの）
    .stretch-arg-id = `limber list`に表示されるストレッチのID
    .stretch-arg-here = 実行中のlimberに頼まず、このプロセスからタイマーウィンドウを開く
    .stretch-arg-ready = --hereと併用：「開始」が押されるまで準備画面で待つ
    .snooze = 通知中のリマインダー、または次のリマインダーを先送り（既定の長さは設定ファイルから）
    .snooze-arg-duration = 長さ。例：10m、1h、90s（5秒〜8時間）
    .skip = 通知中のリマインダーを見送る。次のリマインダーは、さらに1回分の間隔をあけてから
    .pause = しばらくリマインダーを止める（長さを指定しない場合は`limber resume`まで）
    .pause-arg-duration = 長さ。例：30m、2h（5秒〜7日）
    .pause-arg-until_tomorrow = 明日の04:00まで
    .resume = 一時停止を終了
    .list = ストレッチの一覧を表示：組み込みのものと自分で追加したもの
    .stats = 記録を表示：リマインダー、ストレッチ、スヌーズ、スキップ、最長連続着席。1週間の記録を図で表示したり、履歴をJSONやCSVで書き出したりも可能
    .stats-arg-week = 直近7日間を1日ずつ表示
    .stats-arg-show = 1週間の記録をウィンドウで表示：1時間ごとの着席、ストレッチ、保留したリマインダー、連続記録
    .stats-arg-json = 日ごとの記録とイベントを1つのJSONドキュメントとして出力（形式：docs/export.md）
    .stats-arg-csv = イベントを1件1行のCSVで出力（形式：docs/export.md）
    .stats-arg-since = --jsonまたは--csvと併用：この日以降のみ（YYYY-MM-DD、ローカルの日付）
    .config = 設定ファイルを操作
    .config-path = 設定ファイルの読み込み元を表示
    .config-check = 設定ファイルを検査し、最初の問題をその行と列とともに報告
    .config-init = 説明付きの既定の設定ファイルを書き出す（既存のファイルは上書きしない）
    .autostart = ログイン時にlimberを起動するかどうかを切り替え（トレイの「ログイン時に起動」と同じ設定）
    .autostart-enable = ログイン時にlimberを起動する
    .autostart-disable = ログイン時にlimberを起動しない
    .autostart-status = ログイン時にlimberが起動するかどうかと、それを決めているファイルを表示
    .quit = 実行中のlimberを終了
cli-window-about = limberのウィンドウ：`open`、`stretch --here`、`stats --show`のためにlimberが起動
## Headings of the help.
cli-heading-usage = 使い方
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-options = オプション

## What the commands print.
cli-could-not-write = { $path }に書き込めませんでした：{ $problem }
cli-cannot-write-output = 出力を書き込めません：{ $problem }
cli-window-only = { $program }はlimberのウィンドウ（`open`、`stretch --here`、`stats --show`）を表示するだけです。それ以外の操作には`limber`を実行してください

## limber list
cli-list-heading-id = ID
cli-list-heading-name = 名前
cli-list-heading-where = 場所
cli-list-heading-hold = キープ
cli-list-heading-sides = 左右
cli-list-each-side = 左右それぞれ
cli-list-once = 1回のみ
cli-list-off = オフ
cli-list-hold-grown = { $hold }（+{ $added }）

## limber stats
cli-stats-today = 今日（{ $day }）
cli-stats-last-seven-days = 直近7日間
cli-stats-reminders = リマインダー
cli-stats-done = ストレッチ完了
cli-stats-stopped-early = 途中で終了
cli-stats-snoozed = スヌーズ
cli-stats-skipped = スキップ
cli-stats-dismissed = 閉じた通知
cli-stats-stretching = ストレッチ時間
cli-stats-longest-sitting = 最長連続着席
cli-stats-week-day = 日付
cli-stats-week-reminders = リマインダー
cli-stats-week-done = 完了
cli-stats-week-snoozed = スヌーズ
cli-stats-week-skipped = スキップ
cli-stats-week-stretched = ストレッチ時間
cli-stats-week-longest-sitting = 最長連続着席
cli-history-unreadable = 履歴を読み込めませんでした：{ $problem }
cli-history-damaged-line = { $path }:{ $line }：破損した行をスキップしました（{ $reason }）
cli-history-more-damaged = { $path }：破損した行をさらに{ $count }行スキップしました
cli-history-left-out = { $path }：実際のストレッチや連続着席ではありえない時刻のイベントを{ $count }件除外しました

## limber config check|init
cli-config-ok = { $path }：OK
cli-config-absent = { $path }：ファイルがありません。limberは既定の設定を使います
cli-config-exists = { $path }はすでに存在するため、変更していません
cli-config-written = 既定の設定を{ $path }に書き出しました

## limber autostart
cli-autostart-systemd-too = systemdのユーザーユニットlimber.serviceも有効になっています。limberの起動方法をこれだけにしたい場合は、`systemctl --user disable limber.service`を実行してください（2回目に起動しても、limberが実行中であることを確認するだけです）。

## limber stretch
cli-stretch-unknown = "{ $id }"という名前のストレッチはありません。`limber list`ですべて確認できます
cli-stretch-none-enabled = 設定ファイルのpositionsで有効になっているストレッチがありません

## limber open
cli-open-not-running = limberは実行されていません
cli-open-next = 次のストレッチ
cli-open-stretching-now = ストレッチ中
cli-open-due-now = ストレッチの時間です
cli-open-no-status = limberから状態が返ってきませんでした
cli-open-opened-settings = { $path }をエディターで開きました。
cli-open-opened-week = 1週間の記録を開きました。
cli-open-week-failed = 1週間の記録を開けませんでした：{ $problem }
