# limber: reminders, the tray and the daemon (en). English is the source.

## The reminder: a notification with buttons.

# The notification's title. $sitting is how long the user has sat, as "1 h 02 min".
# Length limit: banners cut a title at about 45 characters.
reminder-summary = Time to stretch · sitting { $sitting }

# The notification's body. LENGTH LIMIT: at most 100 characters with the longest stretch
# (GNOME and KDE banners show about two lines), so keep it as short as English; a test checks it.
# $lead says where the stretch is done, with its preposition ("On your chair"); $stretch is the
# stretch's name; $hold_secs how many seconds it is held; $per_side is "yes" when each side is
# held that long, else "no"; $cue one short line on how to do it, as a sentence.
# .stretch-case is not shown: "lower" if a stretch's name starts with a small letter in the
# middle of a sentence (English, French, Spanish: "seated figure four"); "keep" keeps the name
# as it is written (German nouns keep their capital). Left out, English's "lower" applies.
reminder-body = { $lead }: { $stretch }, { $per_side ->
        [yes] { $hold_secs } s each side
       *[no] hold { $hold_secs } s
    }. { $cue }.
    .stretch-case = lower

# A button on the reminder: start the stretch now. One short word.
reminder-start = Start
# A button on the reminder: remind again in $length ("10 min"). Two or three short words.
reminder-snooze = Snooze { $length }
# A button on the reminder: let this reminder go. One short word.
reminder-skip = Skip

# Added below the first reminder's body when no tray shows limber's icon; "Snooze" and "Pause"
# are the tray menu's items (tray-snooze, tray-pause).
reminder-no-tray = No tray icon here: open limber from your apps (right-click it for Snooze and Pause).
# The same on GNOME, which needs an extension to show tray icons.
reminder-no-tray-gnome = No tray icon here: open limber from your apps (right-click it for Snooze and Pause). GNOME's AppIndicator extension shows the icon in the top bar.

# A notice without buttons: the config file changed but has a mistake, so limber goes on with
# the settings it had. Its body is the mistake, explained.
reminder-config-kept = limber kept your previous settings

## The tray: its first line says where things stand (also the tooltip and `limber status`).

# A reminder is held back while the user is busy. $reasons is a list (common.ftl list-last) of
# the reminder-held-until-* phrases below, which complete this sentence.
reminder-held-until = Holding your stretch until { $reasons }
# Held, and the first check of why is still under way.
reminder-held = Holding your stretch for a better moment
reminder-held-until-call = the call ends
reminder-held-until-fullscreen = you leave fullscreen
reminder-held-until-do-not-disturb = Do Not Disturb is off
# Held while GNOME's own movement break is due, under way, or ended minutes ago.
reminder-held-until-gnome-break = GNOME's break is well behind you

# $stretch is the stretch's name.
tray-status-stretching = Stretching: { $stretch }
# A stretch whose name is not known any more (the config changed under it).
tray-status-stretching-unnamed = Stretching
tray-status-due = Time to stretch: { $stretch }
tray-status-due-unnamed = Time to stretch
tray-status-paused = Paused
# $time is a time of day ("14:30"); $day is "today", or the short name of another day
# (common.ftl's weekday-short-*: "Tue"). Both until-messages say them in one phrase.
tray-status-paused-until = Paused until { $day ->
        [today] { $time }
       *[other] { $day } { $time }
    }
tray-status-on-break = On a break
# $sitting is how long the user has sat ("42 min").
tray-status-sitting = Sitting { $sitting }
# $left is how long until the next reminder ("18 min").
tray-status-next = Sitting { $sitting } · next stretch in { $left }
tray-status-snoozed = Sitting { $sitting } · snoozed, next stretch in { $left }
# Outside working hours; $day and $time say when they open again, as above.
tray-status-off-until = Sitting { $sitting } · off until { $day ->
        [today] { $time }
       *[other] { $day } { $time }
    }
# $line is one of the tray-status-* lines above; GNOME's own movement breaks are on as well.
tray-status-beside-gnome-breaks = { $line } · beside GNOME's breaks

## The tray's menu. Menu items: keep them short (a panel's menu is narrow).

tray-stretch-now = Stretch now
# Opens a submenu listing every stretch.
tray-stretch-choose = Stretch…
# An item of that submenu: $stretch is its name, $position where it is done ("on a chair"), as
# two stretches may share a name.
tray-stretch-choice = { $stretch } ({ $position })
# Opens a submenu of lengths (each a duration, "10 min").
tray-snooze = Snooze
# Opens a submenu of lengths: tray-pause-minutes, tray-pause-hours, tray-pause-until-tomorrow.
tray-pause = Pause
tray-pause-minutes = { $minutes } min
tray-pause-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
tray-pause-until-tomorrow = Until tomorrow
tray-resume = Resume
# Outside working hours: remind as on a working day, until the day ends.
tray-remind-anyway = Remind me anyway today
# Opens a window with a picture of the week's stretches.
tray-your-week = Your week…
# A check box: limber starts when the user logs in.
tray-start-at-login = Start at login
# Opens the config file in a text editor.
tray-open-settings = Open settings
tray-quit = Quit
# The tooltip on Windows and macOS: limber's name and where things stand ($status, a
# tray-status-* line).
tray-tooltip = limber · { $status }

## What the daemon answers a command, or says when started twice.

# $max is a number.
daemon-too-many-windows = Too many timer windows are open (at most { $max }).
# $error is the system's reason, in English.
daemon-window-failed = Could not open the timer window ({ $error }), so the stretch did not start.
daemon-window-taken = Another timer window is already showing the stretch under way.
# A command asked for a snooze of $secs seconds; $why says the allowed range (config.ftl).
daemon-snooze-refused = A snooze of { $secs } s is { $why }.
daemon-pause-refused = A pause of { $secs } s is { $why }.
# Started while limber runs already: not an error.
daemon-already-running = limber is already running
# The same, when commands given in this terminal look for limber in another place. $pid is a
# process id, $socket and $ours are files, $folder is a folder; XDG_RUNTIME_DIR stays as it is.
daemon-already-running-elsewhere = limber is already running as process { $pid }, on { $socket }; commands given here look for it on { $ours }: give them XDG_RUNTIME_DIR={ $folder }
daemon-already-running-unreachable = limber is already running as process { $pid }, where no command can reach it: its runtime folder was refused (its log says why)
# Said by a command that found no limber where it looks, but the user's limber runs elsewhere.
daemon-running-elsewhere = limber is running as process { $pid }, on { $socket }; commands given here look for it on { $ours }: give them XDG_RUNTIME_DIR={ $folder }
daemon-running-unreachable = limber is running as process { $pid }, where no command can reach it: its runtime folder was refused (its log says why)

# Printed when the daemon cannot start, after "limber: "; $problem is the system's reason.
daemon-cannot-start = cannot start: { $problem }
# Printed at start after the config file's mistake: limber runs anyway.
daemon-running-on-defaults = running on the default settings until the file is fixed
# Commands cannot reach limber: $socket is a file, $error the system's reason.
daemon-cannot-serve = cannot serve { $socket }: { $error }
# Windows and macOS: the system's event loop would not start, or failed; $error its reason.
daemon-event-loop-cannot-start = cannot start the event loop: { $error }
daemon-event-loop-failed = the event loop failed: { $error }

## `limber autostart status`, and after switching it.

# $path is the autostart entry's file.
autostart-on-ours = Start at login: on ({ $path })
autostart-off = Start at login: off
autostart-off-ours = Start at login: off ({ $path })
autostart-on-users = Start at login: on (your own entry, { $path })
autostart-off-users = Start at login: off (your own entry, { $path })
autostart-on-system = Start at login: on (system-wide entry, { $path })
autostart-off-system = Start at login: off (system-wide entry, { $path })
# $place is where the system keeps it (the Run key on Windows, a LaunchAgent on macOS).
autostart-on-platform = Start at login: on ({ $place })
autostart-off-platform = Start at login: off ({ $place })
