# limber: window (en)
# The words of limber's three windows: the timer window that guides a stretch, the control window
# (limber without a tray) and the week picture; and what a screen reader hears in them.
# Notes for translators start with "#" right above a message. The timer window is about 420 px
# wide: buttons hold a word or two.

## The timer window

# The window's title bar: limber's name (never translated) and the stretch's name.
window-title = limber — { $stretch }

# Headings: what to do now. $side is "right" or "left" (choose the words for your language in
# each variant; never insert a translated side word into the sentence).
window-phase-setup = Get into position
window-phase-setup-side = { $side ->
    [right] Get into position: right side
   *[left] Get into position: left side
}
window-phase-hold = Hold
window-phase-hold-side = { $side ->
    [right] Hold: right side
   *[left] Hold: left side
}
window-phase-switch = { $side ->
    [right] Switch to your right side
   *[left] Switch to your left side
}
window-phase-come-out = Come out slowly
window-phase-done = Done

# Under the stretch's name: where it is done ($place, e.g. "On a chair") and how long each hold
# is. $per_side is "yes" when the stretch is held once on each side.
window-where-and-how-long = { $per_side ->
    [yes] { $place } · { $seconds } s each side
   *[no] { $place } · { $seconds } s
}
# The same, the first time practice made the hold longer; $count is how many times the stretch
# was done (5 or more).
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place } · New: { $seconds } s each side — you have done this one { $count ->
        [one] once
       *[other] { $count } times
    }
   *[no] { $place } · New: { $seconds } s — you have done this one { $count ->
        [one] once
       *[other] { $count } times
    }
}

# Under the countdown ring while holding: the breathing pace (5 s in, 5 s out).
window-breathe-in = Breathe in…
window-breathe-out = Breathe out…
# Under the countdown ring, before Start is pressed.
window-ready = Ready when you are
# Under the countdown ring: what the seconds above count down to.
window-until-hold = until the hold starts
window-until-come-out = to come out
# Under the countdown ring while paused.
window-paused = Paused
# In the countdown ring when the stretch is done (one short word).
window-ring-done = Done
# Under the ring when done: how long was held in all; $held is a length such as "1 min 00 s".
window-ring-held = Held { $held }
# Under the ring when stopped early, below the number of seconds held.
window-ring-held-in-all = held in all

# A length held, to the second.
window-held-seconds = { $seconds } s
window-held-minutes-seconds = { $minutes } min { $seconds } s

# The end screens. Never scold: the user did what they could.
window-end-done-title = Well done
window-end-stopped-title = Stopped early
# Stretches done today against the goal of $goal a day.
window-today-of-goal = { $done } of { $goal } today
window-today-past-goal = { $done } today (goal: { $goal })
# $held is a length such as "1 min 00 s".
window-end-done-body = You held { $held }. Between stretches, get up and walk around for a few minutes every hour.
# $held_of is one of the window-held-of… sentences below.
window-end-stopped-body = { $held_of } Every bit counts; next time, try for the full hold. Between stretches, get up and walk around for a few minutes every hour.
# Seconds held of the seconds planned, per side; $first_side is the side held first.
window-held-of-sides = { $first_side ->
    [right] You held { $first } of { $hold } s on the right and { $second } of { $hold } s on the left.
   *[left] You held { $first } of { $hold } s on the left and { $second } of { $hold } s on the right.
}
window-held-of = You held { $held } of { $planned } s.

# Buttons (a word or two each).
window-button-start = Start
window-button-in-position = I'm in position
window-button-pause = Pause
window-button-resume = Resume
# Adds $seconds to the phase under way.
window-button-extend = +{ $seconds } s
window-button-skip = Skip
window-button-done = Done
window-button-close = Close

# A step's number in the list of steps: "1.".
window-step-number = { $number }.

## What a screen reader hears in the timer window

# The names of the keys that press a button, as a screen reader says them.
window-key-enter = Enter
window-key-space = Space
window-key-escape = Escape
window-key-left = Left
window-key-right = Right
# The countdown as one text: the number ("24", "1:05") and what it counts ("until the hold starts").
window-countdown-read = { $countdown } { $caption }
# The names of the two lists.
window-steps = Steps
window-cautions = Cautions
# Said when the phase changes: $phase is a heading above ("Hold: right side").
window-say-phase = { $phase }. { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
# Said at most every 10 s while the countdown runs.
window-say-seconds-left = { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
# Said when the stretch is paused or resumed (by a key, a click or the screen reader).
window-say-paused = Paused
window-say-resumed = Resumed

## The control window

# Goes back to the first page of buttons.
window-control-back = ‹ Back

## The week picture

# The window's title bar.
window-week-title = limber — your week
# The heading: which week is shown.
window-week-heading-this = Your week
window-week-heading-before = The week before
# Under the heading: $range is "Mon 23 Nov – Sun 29 Nov", $from and $to are times of day.
window-week-subtitle = { $range } · minutes sat in each hour, { $from }–{ $to }
window-week-range = { $first } – { $last }
window-week-hint = Point at an hour, or use the arrow keys, to see what happened in it.
window-week-hint-approximate = Point at an hour, or use the arrow keys, to see what happened in it. Sitting from before this limber kept streak times is placed where each break was noticed.
# The legend of the grid's colours: minutes sat in an hour (short).
window-week-step-none = none
window-week-step-under-15 = under 15
window-week-step-15-30 = 15–30
window-week-step-30-45 = 30–45
window-week-step-45-60 = 45–60 min
# The legend of the grid's marks.
window-week-legend-done = stretch done
window-week-legend-held = reminder held
# Buttons: show the other week.
window-week-button-before = Week before
window-week-button-this = This week

# What one hour of the grid says (shown under the grid, read by a screen reader).
# $day is "Wed 25 Nov", $from and $to times of day.
window-week-hour-span = { $day }, { $from }–{ $to }
window-week-hour-future = { $span }: still to come
# $what is a list: "sat 30 min, 1 stretch done and a reminder held 10:40–11:05 for a call".
window-week-hour = { $span }: { $what }
window-week-no-sitting = no sitting
# $length is a duration such as "30 min".
window-week-sat = sat { $length }
window-week-stretches-done = { $count ->
    [one] 1 stretch done
   *[other] { $count } stretches done
}
# A reminder limber held back while the user was busy: $span "10:40–11:05", $reasons a list of
# the reasons below.
window-week-held-one = a reminder held { $span } for { $reasons }
window-week-held-many = { $count } reminders held: { $holds }
window-week-held-each = { $span } for { $reasons }
# Why a reminder was held.
window-week-reason-call = a call
window-week-reason-do-not-disturb = Do Not Disturb
window-week-reason-fullscreen = a fullscreen window
window-week-reason-gnome-break = GNOME's break
window-week-reason-busy = being busy

# At the end of a day's row (short): time sat, then stretches done of the goal: "2 h 35 · 2/2".
window-week-day-total = { $sat } · { $done }/{ $goal }
window-week-short-hours = { $hours } h { $minutes }
window-week-short-minutes = { $minutes } min
# A screen reader's name for the day's total cell: $day "Wed 25 Nov", $total as above.
window-week-day-total-read = { $day }: { $total }

# The lines under the grid. $goal is the stretches a day the article advises (2).
window-week-today-under = Today: { $done } of { $goal } stretches. The article advises at least two a day.
window-week-today-met = Today: { $done } of { $goal } stretches, the goal met.
window-week-today-past = Today: { $done } stretches, past the goal of { $goal }.
window-week-streak-none = Streak: none yet; { $goal } stretches on a working day starts one.
window-week-streak = { $days ->
    [one] Streak: 1 working day with { $goal } stretches.
   *[other] Streak: { $days } working days in a row with { $goal } stretches.
}
# $length "1 h 52 min", $when "Tue 24 Nov 13:10–15:02".
window-week-longest = Longest sitting this week: { $length }, { $when }.
window-week-longest-when = { $day } { $span }
window-week-longest-none = Longest sitting this week: none recorded.

# The table comparing the two weeks: column headings, then a row per figure.
window-week-column-this = This week
window-week-column-before = Week before
window-week-figure-done = Stretches done
window-week-figure-sitting = Time sitting
window-week-figure-goal = Goal met
window-week-figure-longest = Longest sitting
window-week-goal-days = { $met } of { $days ->
    [one] 1 working day
   *[other] { $days } working days
}
# No sitting recorded in that week.
window-week-longest-nothing = none
# A screen reader's name for the table: the two column headings.
window-week-comparison-read = { $this } and { $before }
# A screen reader's reading of one row: "Stretches done: 9 This week, 0 Week before".
window-week-comparison-row-read = { $figure }: { $now } { $this }, { $then } { $before }
