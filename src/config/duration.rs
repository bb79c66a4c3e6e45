//! Durations written the way people write them (`"45m"`, `"1h 30m"`), in the config file and on
//! the command line alike, each with its own sensible range.
//!
//! One parser serves both, so `limber snooze 20m` and `snooze = "20m"` accept and refuse exactly
//! the same things: whole seconds only (limber counts in seconds; `1ms` would round to nothing),
//! no months or years (`10M` is months to the parser, surely minutes to the writer), and nothing
//! outside the key's range, so no length can reach past the calendar limber can save.
//!
//! In the config a duration must be a quoted string, so `every = 60` is refused with the expected
//! shape rather than guessed at: sixty what?

use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::error::Invalid;
use crate::echo::echo;
use crate::t;

/// The shortest and the longest a duration may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub min: Duration,
    pub max: Duration,
}

/// What a duration key of the config accepts, and its value when left out.
pub(super) struct Limits {
    pub key: &'static str,
    pub bounds: Bounds,
    pub default: Duration,
}

const fn secs(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// Sitting time before a reminder. Seconds are allowed so tests and demos can run quickly.
pub(super) const EVERY: Limits = Limits {
    key: "every",
    bounds: Bounds {
        min: secs(5),
        max: secs(12 * 3600),
    },
    default: secs(3600),
};
/// A snooze, from the config or `limber snooze`; anything longer than a working day is a pause,
/// not a snooze.
pub const SNOOZE_BOUNDS: Bounds = Bounds {
    min: secs(5),
    max: secs(8 * 3600),
};
pub(super) const SNOOZE: Limits = Limits {
    key: "snooze",
    bounds: SNOOZE_BOUNDS,
    default: secs(600),
};
/// `limber pause DURATION`: a week at most; longer than that, `limber quit` says it better.
pub const PAUSE_BOUNDS: Bounds = Bounds {
    min: secs(5),
    max: secs(7 * 24 * 3600),
};
/// Idle time that counts as a break; it must also be shorter than `every` (checked by the caller).
pub(super) const BREAK_AFTER: Limits = Limits {
    key: "break_after",
    bounds: Bounds {
        min: secs(2),
        max: secs(4 * 3600),
    },
    default: secs(300),
};
/// The longest a due reminder waits for a call or a presentation to end; past a working day,
/// holding it would amount to never reminding.
pub(super) const DEFER_MAX: Limits = Limits {
    key: "max",
    bounds: Bounds {
        min: secs(1),
        max: secs(8 * 3600),
    },
    default: secs(2 * 3600),
};
/// Hold of a custom stretch, per side: long enough to relax into, short enough to stay still.
pub(super) const HOLD: Limits = Limits {
    key: "hold",
    bounds: Bounds {
        min: secs(5),
        max: secs(5 * 60),
    },
    default: secs(30),
};

/// A duration as written in the file; its own type so a wrong type says what was expected.
pub(super) struct DurationText(String);

impl<'de> Deserialize<'de> for DurationText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DurationText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&t!("config-expected-duration"))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<DurationText, E> {
                Ok(DurationText(text.to_string()))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// The duration written for `limits.key`, within its range, or its default when left out.
pub(super) fn read(
    value: Option<Spanned<DurationText>>,
    limits: &Limits,
) -> Result<Duration, Invalid> {
    let Some(value) = value else {
        return Ok(limits.default);
    };
    let span = value.span();
    let DurationText(text) = value.into_inner();
    parse(&text, &limits.bounds).map_err(|reason| {
        (
            span,
            t!(
                "config-duration-invalid",
                key = limits.key,
                value = echo(&text),
                reason = reason
            ),
        )
    })
}

/// Reads `text` as a whole number of seconds within `bounds`. The error says what is wrong, to
/// follow the value it is about: "out of range: expected between 5s and 8h".
pub fn parse(text: &str, bounds: &Bounds) -> Result<Duration, String> {
    let text = text.trim();
    let not_a_duration = |why: String| t!("config-duration-not-a-duration", why = why);
    if let Some(why) = calendar_unit(text) {
        return Err(why);
    }
    let parsed =
        humantime::parse_duration(text).map_err(|error| not_a_duration(explain(text, error)))?;
    if parsed.subsec_nanos() != 0 {
        return Err(t!("config-duration-not-whole"));
    }
    bounds.check(parsed)
}

impl Bounds {
    /// `length` if it is within these bounds; else why not: "out of range: expected between 5s
    /// and 8h". Also for lengths that come as numbers (a request on the socket).
    pub fn check(&self, length: Duration) -> Result<Duration, String> {
        if length < self.min || length > self.max {
            return Err(t!(
                "config-duration-out-of-range",
                min = humantime::format_duration(self.min).to_string(),
                max = humantime::format_duration(self.max).to_string()
            ));
        }
        Ok(length)
    }
}

/// Why a unit of months or years is refused, if `text` has one: the parser reads `M` as months,
/// which a person writing `10M` hardly means.
fn calendar_unit(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphabetic())
        .find_map(|unit| match unit {
            "M" => Some(t!("config-duration-months")),
            "month" | "months" | "y" | "yr" | "yrs" | "year" | "years" => {
                Some(t!("config-duration-calendar-unit", unit = unit))
            }
            _ => None,
        })
}

/// What is wrong with `text`, in our words: humantime's own are written for programmers.
fn explain(text: &str, error: humantime::DurationError) -> String {
    use humantime::DurationError as Error;
    match error {
        Error::Empty => t!("config-duration-why-empty"),
        Error::NumberOverflow => t!("config-duration-why-too-large"),
        Error::UnknownUnit { unit, .. } => {
            t!("config-duration-why-unknown-unit", unit = echo(&unit))
        }
        Error::NumberExpected(_) | Error::InvalidCharacter(_) if text.starts_with('-') => {
            t!("config-duration-why-negative")
        }
        Error::NumberExpected(at) | Error::InvalidCharacter(at) => t!(
            "config-duration-why-expected-number",
            at = echo(text.get(at..).unwrap_or(text))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Probe {
        value: Option<Spanned<DurationText>>,
    }

    fn read_text(text: &str, limits: &Limits) -> Result<Duration, String> {
        let probe: Probe = toml::from_str(text).map_err(|e| e.message().to_string())?;
        read(probe.value, limits).map_err(|(_, message)| message)
    }

    #[test]
    fn durations_read_like_people_write_them() {
        assert_eq!(read_text("value = \"45m\"", &EVERY), Ok(secs(2700)));
        assert_eq!(read_text("value = \"1h 30m\"", &EVERY), Ok(secs(5400)));
        assert_eq!(read_text("value = \" 20s \"", &EVERY), Ok(secs(20)));
    }

    #[test]
    fn a_missing_duration_takes_the_default() {
        assert_eq!(read_text("", &SNOOZE), Ok(SNOOZE.default));
    }

    #[test]
    fn a_number_without_quotes_asks_for_a_quoted_duration() {
        let message = read_text("value = 60", &EVERY).unwrap_err();
        assert!(
            message.contains("expected a duration in quotes"),
            "{message}"
        );
    }

    #[test]
    fn nonsense_is_not_a_duration() {
        for text in [
            "1 hour ago",
            "",
            "-5m",
            "5 parsecs",
            "100000000000000000000s",
        ] {
            let message = read_text(&format!("value = \"{text}\""), &EVERY).unwrap_err();
            assert!(
                message.starts_with(&format!("every = \"{text}\" is not a duration")),
                "{message}"
            );
        }
    }

    #[test]
    fn each_range_includes_its_bounds_and_nothing_beyond() {
        for limits in [&EVERY, &SNOOZE, &BREAK_AFTER, &DEFER_MAX, &HOLD] {
            let Bounds { min, max } = limits.bounds;
            let write = |d: Duration| format!("value = \"{}\"", humantime::format_duration(d));
            assert_eq!(read_text(&write(min), limits), Ok(min));
            assert_eq!(read_text(&write(max), limits), Ok(max));
            for outside in [min - secs(1), max + secs(1)] {
                let message = read_text(&write(outside), limits).unwrap_err();
                assert!(message.contains("is out of range"), "{message}");
            }
            assert!((min..=max).contains(&limits.default));
        }
    }

    #[test]
    fn fractions_of_a_second_are_refused() {
        for text in ["1ms", "1500ms", "5s 1ns"] {
            let message = parse(text, &PAUSE_BOUNDS).unwrap_err();
            assert!(
                message.contains("whole number of seconds"),
                "{text}: {message}"
            );
        }
    }

    #[test]
    fn months_and_years_are_refused_with_what_was_meant() {
        let message = parse("10M", &SNOOZE_BOUNDS).unwrap_err();
        assert!(message.contains("\"M\" means months"), "{message}");
        for text in ["1 month", "2years", "1y"] {
            let message = parse(text, &PAUSE_BOUNDS).unwrap_err();
            assert!(message.contains("too long a unit"), "{text}: {message}");
        }
        assert_eq!(parse("10m", &SNOOZE_BOUNDS), Ok(secs(600)));
    }

    #[test]
    fn absurd_lengths_are_out_of_range() {
        for text in ["999999999h", "200000w", "8h 1s"] {
            let message = parse(text, &SNOOZE_BOUNDS).unwrap_err();
            assert!(message.starts_with("out of range"), "{text}: {message}");
        }
        assert_eq!(parse("7d", &PAUSE_BOUNDS), Ok(secs(7 * 86_400)));
        assert!(parse("8d", &PAUSE_BOUNDS).is_err());
    }

    #[test]
    fn a_long_value_is_echoed_cut() {
        let text = format!("value = \"{}\"", "9".repeat(100_000));
        let message = read_text(&text, &EVERY).unwrap_err();
        assert!(message.len() < 400, "{message}");
        assert!(message.contains("…"), "{message}");
    }
}
