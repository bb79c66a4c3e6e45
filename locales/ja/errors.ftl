# Japanese translation; wants a native speaker's review.

## 起動中の limber とのやり取り。
error-not-running = limber は起動していません(`limber` で起動してください)
error-other-user = { $socket } とは通信しません。これはあなたの limber ではなく、別のユーザー(UID { $uid })が提供しています
error-cannot-talk = limber と通信できませんでした：{ $error }
error-no-answer = limber が { $seconds } 秒以内に応答しませんでした
error-odd-answer = limber から予期しない応答がありました：「{ $answer }」

## 起動中の limber が断ること。
error-not-paused = limber は一時停止していません。
error-nothing-enabled = 設定の姿勢で有効なストレッチがありません。
error-stretch-under-way = すでにストレッチの最中です({ $current })。
error-not-the-stretch-under-way = 「{ $id }」は実行中のストレッチ({ $current })ではありません。
error-nothing-due = 時間になったリマインダーはありません。次のリマインダーを延ばすには `limber snooze` を使ってください。
error-no-such-stretch = 「{ $id }」というストレッチはありません。`limber list` ですべて表示できます。

## limber が読まないファイル。
error-not-a-file = これは{ $kind ->
        [folder] フォルダー
        [fifo] 名前付きパイプ(FIFO)
        [socket] ソケット
        [device] デバイス
       *[other] ファイル以外のもの
    }で、通常のファイルではありません
error-file-too-large = このファイルは { $size } を超えています。limber が書いたり読んだりする量を超えています
error-cannot-read = 読み込めません：{ $error }
error-size-mib = { $count } MiB
error-size-kib = { $count } KiB
error-size-bytes = { $count } バイト
error-not-utf8 = { $path } は UTF-8 のテキストではありません
error-no-folder = { $path } はどのフォルダーにもありません

## 保存された状態と履歴。
error-state-unreadable = { $path } に保存された状態を読み込めませんでした：{ $reason }
error-history-line-too-long = { $kib } KiB を超えています。これほど長い記録はありません
error-history-cannot-read-on = 続きを読み込めませんでした：{ $error }
error-history-line-incomplete = 最後の行が途中で終わっています(書き込み中に limber が止まりました)

## 実行時フォルダー。
error-runtime-folder-refused = 実行時フォルダー { $path } は使いません。{ $why }。あなただけが使えるフォルダーである必要があります(削除するか、XDG_RUNTIME_DIR にそのようなフォルダーを設定してください)
error-runtime-folder-link = シンボリックリンクです
error-runtime-folder-not-a-folder = フォルダーではありません
error-runtime-folder-owner = 別のユーザー(UID { $uid })が所有しています
error-runtime-folder-open = 他のユーザーにも開かれています(モード { $mode })
error-no-home = { $variable } も HOME も設定されていません
error-no-home-folder = ホームフォルダーが見つかりません

## ログイン時の起動。
error-autostart-cannot-change = { $place } を変更できません：{ $error }
error-autostart-where-installed = limber のインストール先がわかりません：{ $error }

## プログラムの起動とウィンドウ。
error-cannot-start-limber = limber を起動できませんでした：{ $error }
error-cannot-start-program = { $program } を起動できません：{ $error }
error-window-cannot-open = ウィンドウを開けません：{ $error }
error-window-failed = ウィンドウでエラーが起きました：{ $error }
error-window-cannot-draw = 描画できません：{ $error }
error-window-too-large = ウィンドウが大きすぎて描画できません
error-window-helper = 開始できません：{ $error }
