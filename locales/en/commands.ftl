# limber: the command line (en): its help, and what its commands print for a person to read.
# Commands, options and values (`limber list`, --here, DURATION, 45m) stay as they are written.

## The help (limber --help, limber status --help). The message is limber's own description;
## each attribute describes one command, named by its path (status, config-check), or one
## argument (<path>-arg-<name>; arg-<name> for those every command takes). Commands' descriptions
## are short lines in a list: no full stop at the end.
cli-help = limber: stretch where the hamstrings meet the glutes, once an hour of sitting.
    .long = Run with no command to start limber in the tray (at login, usually); `limber open` shows its window, as the app menu does. Every other command talks to the running limber, or works on its own where that makes sense.
    .arg-config = Use this config file instead of $XDG_CONFIG_HOME/limber/config.toml
    .arg-help = Print help
    .arg-version = Print version
    .help = Print this message or the help of the given command
    .open = Open limber's window: where things stand, the next stretch, and everything the tray offers (starts limber first if it is not running)
    .status = Show sitting time, the next reminder, and whether limber is paused or snoozed
    .status-arg-json = Print one JSON object instead of text
    .stretch = Start a stretch now (the next one in rotation, or the one named)
    .stretch-arg-id = A stretch id from `limber list`
    .stretch-arg-here = Open the timer window from this process instead of asking the running limber
    .stretch-arg-ready = With --here: wait on a "ready" screen until Start is pressed
    .snooze = Put off the reminder that is due, or the next one (default length from the config)
    .snooze-arg-duration = How long, e.g. 10m, 1h, 90s (5 seconds to 8 hours)
    .skip = Decline the reminder that is due; the next comes after another full interval
    .pause = Stop reminders for a while (until `limber resume` when no length is given)
    .pause-arg-duration = How long, e.g. 30m or 2h (5 seconds to 7 days)
    .pause-arg-until_tomorrow = Until 04:00 tomorrow
    .resume = End a pause
    .list = List the stretch catalogue: built-in and your own
    .stats = What you did: reminders, stretches, snoozes, skips, longest sitting streak; your week as a picture; or your history to take away, as JSON or CSV
    .stats-arg-week = The last seven days, day by day
    .stats-arg-show = Show your week in a window: sitting per hour, stretches, held reminders, streaks
    .stats-arg-json = Print the days and events as one JSON document (schema: docs/export.md)
    .stats-arg-csv = Print the events as CSV, one row each (schema: docs/export.md)
    .stats-arg-since = With --json or --csv: only from this day on (YYYY-MM-DD, your calendar)
    .config = Work with the config file
    .config-path = Print where the config file is read from
    .config-check = Check the config file and report the first problem with its line and column
    .config-init = Write the documented default config (never overwrites an existing file)
    .autostart = Start limber at login, or stop doing so (the tray's "Start at login" is the same switch)
    .autostart-enable = Start limber when you log in
    .autostart-disable = Do not start limber when you log in
    .autostart-status = Say whether limber starts at login, and because of which file
    .quit = Stop the running limber
# The other program's description, in its --help.
cli-window-about = limber's windows: started by limber for `open`, `stretch --here` and `stats --show`
## Headings of the help, each followed by a colon and what it heads.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options

## What the commands print. Messages printed as errors follow "limber: ".
# A file limber could not write; $problem is the system's reason.
cli-could-not-write = could not write { $path }: { $problem }
cli-cannot-write-output = cannot write the output: { $problem }
# limber-window run with a command that shows no window; $program is its name.
cli-window-only = { $program } only shows limber's windows (`open`, `stretch --here`, `stats --show`); run `limber` for everything else

## limber list: a table. The headings are upper case where the language has it.
cli-list-heading-id = ID
cli-list-heading-name = NAME
cli-list-heading-where = WHERE
cli-list-heading-hold = HOLD
cli-list-heading-sides = SIDES
# In the SIDES column: a stretch held on each side in turn, or once.
cli-list-each-side = each side
cli-list-once = once
# In the last column, for a stretch the config leaves out.
cli-list-off = off
# A hold that practice has lengthened: $hold is the hold now ("35 s"), $added the seconds added.
cli-list-hold-grown = { $hold } (+{ $added })

## limber stats: a day's or the week's figures, each a label and a number.
# $day is the date, like "Wed 25 Nov".
cli-stats-today = Today ({ $day })
cli-stats-last-seven-days = Last 7 days
cli-stats-reminders = reminders
cli-stats-done = stretches done
cli-stats-stopped-early = stopped early
cli-stats-snoozed = snoozed
cli-stats-skipped = skipped
cli-stats-dismissed = dismissed
cli-stats-stretching = time stretching
cli-stats-longest-sitting = longest sitting streak
## limber stats --week: a table's column headings, upper case where the language has it.
cli-stats-week-day = DAY
cli-stats-week-reminders = REMINDERS
cli-stats-week-done = DONE
cli-stats-week-snoozed = SNOOZED
cli-stats-week-skipped = SKIPPED
cli-stats-week-stretched = STRETCHED
cli-stats-week-longest-sitting = LONGEST SITTING
# $problem says why the history file could not be read.
cli-history-unreadable = could not read the history: { $problem }
# $path and $line say where; $reason what is wrong with the line.
cli-history-damaged-line = { $path }:{ $line }: skipped a damaged line ({ $reason })
cli-history-more-damaged = { $path }: skipped { $count ->
        [one] one more damaged line
       *[other] { $count } more damaged lines
    }
cli-history-left-out = { $path }: left out { $count ->
        [one] one event whose times no real stretch or sitting streak can have
       *[other] { $count } events whose times no real stretch or sitting streak can have
    }

## limber config check|init
cli-config-ok = { $path }: ok
cli-config-absent = { $path }: not there; limber uses the defaults
cli-config-exists = { $path } already exists; it was left as it is
cli-config-written = wrote the default config to { $path }

## limber autostart
cli-autostart-systemd-too = The systemd user unit limber.service is enabled too: `systemctl --user disable limber.service` if this should be the only way limber starts (a second start would only find limber running).

## limber stretch
# $id is what the command line named.
cli-stretch-unknown = there is no stretch called "{ $id }"; `limber list` shows them all
cli-stretch-none-enabled = no stretch is enabled for the positions in your config

## limber open: limber's window, fed by this command.
# The window's status line when no limber answers.
cli-open-not-running = limber is not running
# Headings over the stretch the window shows.
cli-open-next = Next stretch
cli-open-stretching-now = Stretching now
cli-open-due-now = Due now
cli-open-no-status = limber answered without its status
# $path is the config file.
cli-open-opened-settings = Opened { $path } in your editor.
cli-open-opened-week = Opened your week.
# $problem says why.
cli-open-week-failed = could not open your week: { $problem }
