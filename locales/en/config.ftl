# limber: config errors (en). Each follows "file:line:column: " and is read by someone looking at
# the config file in an editor. Keys (every, hold_cue), values quoted from the file ($value,
# $text, $id) and TOML syntax ("45m", [[stretches.custom]], 24:00) stay as they are written in
# the file, whatever the language.

# $break_after and $every are durations as the config writes them ("10m", "1h").
config-break-after-not-shorter = break_after ({ $break_after }) must be shorter than reminder.every ({ $every }), or every pause would count as a break
config-not-utf8 = invalid UTF-8: a TOML file must be UTF-8 text
# $language is what the file says; $known the codes limber speaks ("en, de, fr, es, ar, ja").
config-unknown-language = language = "{ $language }" is not a language limber speaks; use one of { $known }

## Durations, in the config and on the command line ("limber snooze 20m").
# A duration key whose value cannot be used: $key is the key, $value what the file says, and
# $reason one of the config-duration-… texts below, which complete the sentence after "is"
# (a language may set it after a colon instead).
config-duration-invalid = { $key } = "{ $value }" is { $reason }
# $why is one of the config-duration-why-… texts.
config-duration-not-a-duration = not a duration: { $why }; write something like "45m", "1h 30m" or "20s"
config-duration-months = not a duration: "M" means months; for minutes write "m"
# $unit is what the file says, like "years".
config-duration-calendar-unit = not a duration: "{ $unit }" is too long a unit; use s, m, h or d, like "2h" or "1d"
config-duration-not-whole = not a whole number of seconds: limber counts in seconds
# $min and $max as the config writes them: "5s", "8h".
config-duration-out-of-range = out of range: expected between { $min } and { $max }
config-duration-why-empty = it is empty
config-duration-why-too-large = the number is too large
config-duration-why-unknown-unit = "{ $unit }" is not a unit of time
config-duration-why-negative = it cannot be negative
config-duration-why-expected-number = expected a number and a unit at "{ $at }"
# What was expected where a value of another type stands; follows "expected" in the TOML
# parser's own English.
config-expected-duration = a duration in quotes, like "45m", "1h" or "20s"
config-expected-list = a list in square brackets, like ["a", "b"]
config-expected-tables = a list of tables: start each custom stretch with [[stretches.custom]], in double brackets

## Working hours, like "Mon-Fri 09:00-17:30". These follow the entry quoted: "Mon 9-5": …
config-hours-expected = expected days and hours like "Mon-Fri 09:00-17:30"
config-hours-24-only-ends = 24:00 can only end a window
config-hours-end-after-start = the end must be after the start
# $evening is the entry to write instead.
config-hours-end-at-midnight = to end at midnight, write 24:00: "{ $evening }"
# $evening and $morning are the two entries to write instead.
config-hours-cross-midnight = a window cannot cross midnight; write it as two entries: "{ $evening }", "{ $morning }"
config-hours-unknown-day = unknown day "{ $day }": use Mon, Tue, Wed, Thu, Fri, Sat, Sun or Daily
config-hours-bad-time = "{ $time }" is not a time of day like 09:00 or 17:30

## The [stretches] table and custom stretches.
config-stretch-id-built-in = custom stretch id "{ $id }" is already a built-in stretch; choose another id
config-stretch-id-twice = custom stretch id "{ $id }" is used twice
config-disabled-unknown-id = unknown stretch id "{ $id }" in disabled; `limber list` shows the ids
config-nothing-left = no stretch is left to suggest with these positions and disabled ids; allow another position or enable a stretch
config-positions-empty = positions is empty: list at least one of "chair", "standing", "floor"
config-stretch-id-shape = stretch id "{ $id }" must be kebab-case and at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }, like "my-hip-stretch"
# $count is how many steps the file lists.
config-steps-count = steps must list 1 to { $max } instructions, in order; found { $count }
config-cautions-count = cautions may list at most { $max ->
        [one] { $max } extra caution
       *[other] { $max } extra cautions
    }
# A custom stretch's text that cannot be shown. $key is the config key (name, cue, hold_cue,
# release, steps, cautions); steps and cautions are lists, so the message is about each item.
config-text-empty = { $key ->
        [steps] each step
        [cautions] each caution
       *[other] { $key }
    } must not be empty
config-text-too-long = { $key ->
        [steps] each step
        [cautions] each caution
       *[other] { $key }
    } must be a single line of at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }
# $code is the character's code point in hex ("202E").
config-text-control = { $key ->
        [steps] each step
        [cautions] each caution
       *[other] { $key }
    } must not hold control characters or bidirectional overrides (it holds U+{ $code })
