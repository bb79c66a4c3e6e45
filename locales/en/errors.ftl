# limber: errors (en). English is the source. These are the problems other parts pass on: the
# command line prints them after "limber: ", the daemon says them at start, the tray and the
# window pass them back. Paths ($path, $socket, $program, $place), the OS's own text ($error) and
# what a file says stay as they are; `limber`, `limber list` and `limber snooze` are commands to
# type and stay as written.

## Talking to the running limber (every command but the daemon itself).
error-not-running = limber is not running (start it with `limber`)
# $socket is the socket's path; $uid the number of the user who serves it.
error-other-user = refusing to talk to { $socket }: it is served by another user (uid { $uid }), not by your limber
error-cannot-talk = could not talk to limber: { $error }
# $seconds is how long the command waited.
error-no-answer = limber did not answer within { $seconds } s
# $answer is what came back, shortened.
error-odd-answer = limber answered something unexpected: "{ $answer }"

## What the running limber refuses (the command line prints it).
error-not-paused = limber is not paused.
error-nothing-enabled = No stretch is enabled for the positions in your config.
# $current is the id of the stretch under way ("pigeon-pose").
error-stretch-under-way = A stretch is already under way ({ $current }).
# $id is the stretch asked for; $current the one under way. Both are ids.
error-not-the-stretch-under-way = "{ $id }" is not the stretch under way ({ $current }).
error-nothing-due = No reminder is due. To put off the next one, use `limber snooze`.
# $id is what was asked for.
error-no-such-stretch = There is no stretch called "{ $id }"; `limber list` shows them all.

## A file limber would not read (the config, the state, the history, an autostart entry). These
## follow the file's path and a colon.
# $kind is what stands at the path instead of a file.
error-not-a-file = this is { $kind ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [device] a device
       *[other] something other than a file
    }, not a regular file
# $size is one of the error-size-… texts.
error-file-too-large = this file is larger than { $size }, more than limber ever writes or reads
error-cannot-read = cannot be read: { $error }
error-size-mib = { $count } MiB
error-size-kib = { $count } KiB
error-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
# $path is a file or a program.
error-not-utf8 = { $path } is not UTF-8 text
error-no-folder = { $path } has no folder

## The saved state and the history.
# $reason is one of the texts above, or the JSON reader's own English.
error-state-unreadable = could not read the saved state in { $path }: { $reason }
# Why a line of the history was passed over; follows "line N:".
# $kib is the longest line limber reads, in KiB.
error-history-line-too-long = longer than { $kib } KiB, which no event is
error-history-cannot-read-on = could not read on: { $error }
error-history-line-incomplete = the last line is incomplete (limber stopped while writing it)

## The runtime folder (where the socket and the lock live), when it is not safe to use.
# $why is one of the error-runtime-folder-… texts below. XDG_RUNTIME_DIR is a variable's name.
error-runtime-folder-refused = refusing the runtime folder { $path }: { $why }; it must be a folder only you can use (remove it, or set XDG_RUNTIME_DIR to one)
error-runtime-folder-link = it is a symbolic link
error-runtime-folder-not-a-folder = it is not a folder
error-runtime-folder-owner = it is owned by another user (uid { $uid })
# $mode is the folder's permissions in octal ("0755").
error-runtime-folder-open = it is open to other users (mode { $mode })
# $variable is an environment variable's name (XDG_CONFIG_HOME); HOME is one too.
error-no-home = neither { $variable } nor HOME is set
error-no-home-folder = cannot find your home folder

## Starting at login.
# $place is where the system keeps it: a registry key, a file's path.
error-autostart-cannot-change = cannot change { $place }: { $error }
error-autostart-where-installed = cannot tell where limber is installed: { $error }

## Starting a program, and the windows.
# `limber open` could not start the daemon.
error-cannot-start-limber = could not start limber: { $error }
# $program is the program's path.
error-cannot-start-program = cannot start { $program }: { $error }
error-window-cannot-open = cannot open a window: { $error }
error-window-failed = the window failed: { $error }
error-window-cannot-draw = cannot draw: { $error }
error-window-too-large = the window is too large to draw
# The control window's helper (it reads the daemon's answers) could not start.
error-window-helper = cannot start: { $error }
