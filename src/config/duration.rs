//! Durations in the config file, written the way people write them (`"45m"`, `"1h 30m"`), each
//! key with its own sensible range.
//!
//! A duration must be a quoted string, so `every = 60` is refused with the expected shape rather
//! than guessed at: sixty what?

use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::error::Invalid;

/// What a duration key accepts, and its value when left out.
pub(super) struct Limits {
    pub key: &'static str,
    pub min: Duration,
    pub max: Duration,
    pub default: Duration,
}

const fn secs(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// Sitting time before a reminder. Seconds are allowed so tests and demos can run quickly.
pub(super) const EVERY: Limits = Limits {
    key: "every",
    min: secs(5),
    max: secs(12 * 3600),
    default: secs(3600),
};
/// Snooze length; anything longer than a working day is a pause, not a snooze.
pub(super) const SNOOZE: Limits = Limits {
    key: "snooze",
    min: secs(5),
    max: secs(8 * 3600),
    default: secs(600),
};
/// Idle time that counts as a break; it must also be shorter than `every` (checked by the caller).
pub(super) const BREAK_AFTER: Limits = Limits {
    key: "break_after",
    min: secs(2),
    max: secs(4 * 3600),
    default: secs(300),
};
/// The longest a due reminder waits for a call or a presentation to end; past a working day,
/// holding it would amount to never reminding.
pub(super) const DEFER_MAX: Limits = Limits {
    key: "max",
    min: secs(1),
    max: secs(8 * 3600),
    default: secs(2 * 3600),
};
/// Hold of a custom stretch, per side: long enough to relax into, short enough to stay still.
pub(super) const HOLD: Limits = Limits {
    key: "hold",
    min: secs(5),
    max: secs(5 * 60),
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
                f.write_str("a duration in quotes, like \"45m\", \"1h\" or \"20s\"")
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
    let key = limits.key;
    let parsed = humantime::parse_duration(text.trim()).map_err(|error| {
        (
            span.clone(),
            format!(
                "{key} = \"{text}\" is not a duration: {}; \
                 write something like \"45m\", \"1h 30m\" or \"20s\"",
                explain(text.trim(), error)
            ),
        )
    })?;
    if parsed < limits.min || parsed > limits.max {
        return Err((
            span,
            format!(
                "{key} = \"{text}\" is out of range: expected between {} and {}",
                humantime::format_duration(limits.min),
                humantime::format_duration(limits.max)
            ),
        ));
    }
    Ok(parsed)
}

/// What is wrong with `text`, in our words: humantime's own are written for programmers.
fn explain(text: &str, error: humantime::DurationError) -> String {
    use humantime::DurationError as Error;
    match error {
        Error::Empty => "it is empty".into(),
        Error::NumberOverflow => "the number is too large".into(),
        Error::UnknownUnit { unit, .. } => format!("\"{unit}\" is not a unit of time"),
        Error::NumberExpected(_) | Error::InvalidCharacter(_) if text.starts_with('-') => {
            "it cannot be negative".into()
        }
        Error::NumberExpected(at) | Error::InvalidCharacter(at) => format!(
            "expected a number and a unit at \"{}\"",
            text.get(at..).unwrap_or(text)
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
        for limits in [&EVERY, &SNOOZE, &BREAK_AFTER, &HOLD] {
            let write = |d: Duration| format!("value = \"{}\"", humantime::format_duration(d));
            assert_eq!(read_text(&write(limits.min), limits), Ok(limits.min));
            assert_eq!(read_text(&write(limits.max), limits), Ok(limits.max));
            for outside in [limits.min - secs(1), limits.max + secs(1)] {
                let message = read_text(&write(outside), limits).unwrap_err();
                assert!(message.contains("is out of range"), "{message}");
            }
            assert!((limits.min..=limits.max).contains(&limits.default));
        }
    }
}
