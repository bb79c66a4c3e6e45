//! What happened, as recorded in the history file: one event per line, each with its time.
//!
//! These are plain data. [`crate::store`] writes and reads them; [`super::stats`] summarises them
//! and [`super::progression`] counts the holds done.
//!
//! # The format
//!
//! Each line is one JSON object: the format version `v`, the instant `at` (RFC 3339, UTC), the
//! kind of event `event`, and that kind's fields, e.g.
//!
//! ```text
//! {"v":3,"at":"2026-11-24T14:03:10Z","event":"done","stretch":"pigeon-pose","held_secs":90}
//! {"v":3,"at":"2026-11-24T15:05:41Z","event":"stopped_early","stretch":"pigeon-pose","held_secs":57,"sides_secs":[12,45],"hold_secs":45}
//! ```
//!
//! Versions: **1** is every line written before the version field existed (a line without `v`
//! is version 1); **2** added `v` itself and the `stopped_early` event; **3** added the
//! `dismissed` event. Every version so far is read the same way: each added to the one before,
//! none changed a field, and a version 2 reader skips a `dismissed` line as a kind it does not
//! know.
//!
//! Kinds added within version 2, which any version-2 reader skips as unknown:
//!
//! - `sat` (a sitting streak with its start and end, and the break that ended it) in place of
//!   `sat_for`, which gave only a length, stamped when the streak's end was noticed. Readers
//!   still take a `sat_for` line as a streak ending at its `at`, the best that can be known.
//! - `held` (a reminder held while the user was busy: since when, why, and what became of it).
//!
//! ```text
//! {"v":3,"at":"2026-11-24T10:47:00Z","event":"sat","from":"2026-11-24T09:05:12Z","to":"2026-11-24T10:42:00Z","ended_by":"idle"}
//! {"v":3,"at":"2026-11-24T11:20:00Z","event":"held","from":"2026-11-24T10:05:12Z","reasons":["call"],"ended":"shown"}
//! ```
//!
//! # Extending it
//!
//! - A new kind of event is a new [`EventKind`] variant with its own `event` name. Readers from
//!   version 2 on skip kinds they do not know ([`EventKind::Unknown`]) instead of reporting the
//!   line as damaged, so older limbers keep reading a newer history.
//! - A new field on an existing kind must have a default (`#[serde(default)]`) so older lines
//!   still read; readers ignore fields they do not know.
//! - Never change what an existing field means or its type: add a new field or kind instead.
//!   Should that ever be unavoidable, raise [`FORMAT_VERSION`] and convert older lines in
//!   `From<Line> for HistoryEvent`, the one place that sees each line's version.

use serde::{Deserialize, Deserializer, Serialize};

use super::hold::BusyReason;

/// The version of the format this limber writes.
pub const FORMAT_VERSION: u32 = 3;

/// One line of history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Line", from = "Line")]
pub struct HistoryEvent {
    /// When it happened (UTC instant; summaries convert to the user's zone).
    pub at: jiff::Timestamp,
    pub kind: EventKind,
}

/// A line as it is stored: the event with the format version it was written in.
#[derive(Serialize, Deserialize)]
struct Line {
    #[serde(rename = "v", default = "first_version")]
    version: u32,
    at: jiff::Timestamp,
    #[serde(flatten)]
    kind: EventKind,
}

/// Lines written before the version field existed.
fn first_version() -> u32 {
    1
}

impl From<HistoryEvent> for Line {
    fn from(event: HistoryEvent) -> Line {
        Line {
            version: FORMAT_VERSION,
            at: event.at,
            kind: event.kind,
        }
    }
}

impl From<Line> for HistoryEvent {
    /// Every version so far reads the same way (see the module doc).
    fn from(line: Line) -> HistoryEvent {
        HistoryEvent {
            at: line.at,
            kind: line.kind,
        }
    }
}

/// What happened. Serialized with an `"event"` tag, e.g.
/// `{"v":3,"at":"…","event":"done","stretch":"pigeon-pose","held_secs":90}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// A reminder was shown, suggesting this stretch.
    Reminded {
        stretch: String,
    },
    /// The user postponed the reminder.
    Snoozed {
        secs: u64,
    },
    /// The user declined the reminder.
    Skipped {
        stretch: String,
    },
    /// The user closed the reminder suggesting this stretch without choosing anything (its
    /// close button, or swiped away); it comes back after the snooze length. A reminder that
    /// went away by itself (it expired, the server closed it) is not recorded.
    Dismissed {
        stretch: String,
    },
    /// A stretch was held to the end: every side at least four fifths of its planned hold
    /// (`core::routine::held_enough`); this long over all sides.
    Done {
        stretch: String,
        held_secs: u64,
    },
    /// A stretch reached its end (it ran out, or the user pressed Done) with a side held less
    /// than that: `held_secs` in all, `sides_secs` on each side in the order held (right, then
    /// left; empty when the window did not say), of a planned `hold_secs` each.
    StoppedEarly {
        stretch: String,
        held_secs: u64,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sides_secs: Vec<u64>,
        hold_secs: u64,
    },
    /// A stretch window was closed before the end.
    Cancelled {
        stretch: String,
        held_secs: u64,
    },
    /// A sitting streak ended (break, lock, sleep or stretch) after this long. Written before
    /// [`EventKind::Sat`]; still read, as a streak that ended at the line's `at`.
    SatFor {
        secs: u64,
    },
    /// The user sat from `from` to `to` without a break, and then `ended_by` began one. `to` is
    /// when the streak really ended (the last input before an idle break), which can be minutes
    /// before the line's `at`, when the break was noticed.
    Sat {
        from: jiff::Timestamp,
        to: jiff::Timestamp,
        ended_by: BreakKind,
    },
    /// A reminder came due at `from` while the user was busy and was held until the line's `at`,
    /// for `reasons` (every reason seen while it was held), and then `ended` as it says.
    Held {
        from: jiff::Timestamp,
        #[serde(deserialize_with = "known_reasons")]
        reasons: Vec<BusyReason>,
        ended: HoldEnded,
    },
    /// Reminders were paused, until the given instant if any.
    Paused {
        until: Option<jiff::Timestamp>,
    },
    Resumed,
    /// A kind of event this limber does not know, written by a newer one: read, and left out of
    /// everything. Never written.
    #[serde(other, skip_serializing)]
    Unknown,
}

/// What began the break that ended a sitting streak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakKind {
    /// No input for the break length.
    Idle,
    Locked,
    /// The machine went to sleep.
    Asleep,
    /// A stretch began.
    Stretch,
    /// A kind a newer limber wrote. Never written.
    #[serde(other, skip_serializing)]
    Other,
}

/// What became of a held reminder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldEnded {
    /// Shown once the user was free.
    Shown,
    /// Shown, quietly, after being held as long as the config allows.
    ShownAnyway,
    /// Declined while it was held.
    Skipped,
    /// No longer due: a break, a pause, a snooze or a stretch came first.
    Dropped,
    /// An ending a newer limber wrote. Never written.
    #[serde(other, skip_serializing)]
    Other,
}

/// The reasons of a `held` line that this limber knows; one a newer limber added is left out
/// rather than making the line unreadable.
fn known_reasons<'de, D: Deserializer<'de>>(reader: D) -> Result<Vec<BusyReason>, D::Error> {
    let words = Vec::<String>::deserialize(reader)?;
    Ok(words
        .iter()
        .filter_map(|word| serde_json::from_value(serde_json::Value::String(word.clone())).ok())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Result<HistoryEvent, serde_json::Error> {
        serde_json::from_str(line)
    }

    #[test]
    fn lines_are_written_with_the_format_version_first() {
        let event = HistoryEvent {
            at: "2026-11-24T14:03:10Z".parse().unwrap(),
            kind: EventKind::StoppedEarly {
                stretch: "pigeon-pose".into(),
                held_secs: 57,
                sides_secs: vec![12, 45],
                hold_secs: 45,
            },
        };
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(
            line,
            r#"{"v":3,"at":"2026-11-24T14:03:10Z","event":"stopped_early","stretch":"pigeon-pose","held_secs":57,"sides_secs":[12,45],"hold_secs":45}"#
        );
        assert_eq!(read(&line).unwrap(), event);
    }

    #[test]
    fn a_dismissed_reminder_is_one_line_naming_its_stretch() {
        let event = HistoryEvent {
            at: "2026-11-24T14:03:10Z".parse().unwrap(),
            kind: EventKind::Dismissed {
                stretch: "pigeon-pose".into(),
            },
        };
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(
            line,
            r#"{"v":3,"at":"2026-11-24T14:03:10Z","event":"dismissed","stretch":"pigeon-pose"}"#
        );
        assert_eq!(read(&line).unwrap(), event);
    }

    #[test]
    fn history_written_before_versions_still_reads() {
        let old = read(
            r#"{"at":"2026-11-24T14:03:10Z","event":"done","stretch":"pigeon-pose","held_secs":90}"#,
        )
        .unwrap();
        assert_eq!(
            old.kind,
            EventKind::Done {
                stretch: "pigeon-pose".into(),
                held_secs: 90
            }
        );
        let resumed = read(r#"{"at":"2026-11-24T14:03:10Z","event":"resumed"}"#).unwrap();
        assert_eq!(resumed.kind, EventKind::Resumed);
    }

    #[test]
    fn a_kind_from_a_newer_limber_is_read_as_unknown_not_as_damage() {
        let newer = read(
            r#"{"v":3,"at":"2026-11-24T14:03:10Z","event":"walked","steps":1200,"route":{"km":1}}"#,
        )
        .unwrap();
        assert_eq!(newer.kind, EventKind::Unknown);
        let with_new_field = read(
            r#"{"v":3,"at":"2026-11-24T14:03:10Z","event":"snoozed","secs":600,"why":"call"}"#,
        )
        .unwrap();
        assert_eq!(with_new_field.kind, EventKind::Snoozed { secs: 600 });
    }

    #[test]
    fn a_stopped_early_line_without_sides_reads_with_none() {
        let line = read(
            r#"{"v":2,"at":"2026-11-24T14:03:10Z","event":"stopped_early","stretch":"x","held_secs":3,"hold_secs":30}"#,
        )
        .unwrap();
        assert!(matches!(
            line.kind,
            EventKind::StoppedEarly { ref sides_secs, .. } if sides_secs.is_empty()
        ));
    }

    #[test]
    fn damage_is_still_damage() {
        assert!(
            read(r#"{"v":2,"at":"2026-11-24T14:03:10Z","event":"done","stretch":"x"}"#).is_err()
        );
        assert!(read(r#"{"v":2,"event":"resumed"}"#).is_err());
        assert!(read(r#"{"v":"two","at":"2026-11-24T14:03:10Z","event":"resumed"}"#).is_err());
        assert!(read("not json").is_err());
    }

    #[test]
    fn the_unknown_kind_is_never_written() {
        let event = HistoryEvent {
            at: "2026-11-24T14:03:10Z".parse().unwrap(),
            kind: EventKind::Unknown,
        };
        assert!(serde_json::to_string(&event).is_err());
    }

    #[test]
    fn a_sitting_streak_keeps_its_start_end_and_break() {
        let event = HistoryEvent {
            at: "2026-11-24T10:47:00Z".parse().unwrap(),
            kind: EventKind::Sat {
                from: "2026-11-24T09:05:12Z".parse().unwrap(),
                to: "2026-11-24T10:42:00Z".parse().unwrap(),
                ended_by: BreakKind::Idle,
            },
        };
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(
            line,
            r#"{"v":3,"at":"2026-11-24T10:47:00Z","event":"sat","from":"2026-11-24T09:05:12Z","to":"2026-11-24T10:42:00Z","ended_by":"idle"}"#
        );
        assert_eq!(read(&line).unwrap(), event);
    }

    #[test]
    fn a_held_reminder_keeps_its_reasons_and_ending() {
        let event = HistoryEvent {
            at: "2026-11-24T11:20:00Z".parse().unwrap(),
            kind: EventKind::Held {
                from: "2026-11-24T10:05:12Z".parse().unwrap(),
                reasons: vec![BusyReason::DoNotDisturb, BusyReason::Call],
                ended: HoldEnded::ShownAnyway,
            },
        };
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(
            line,
            r#"{"v":3,"at":"2026-11-24T11:20:00Z","event":"held","from":"2026-11-24T10:05:12Z","reasons":["do_not_disturb","call"],"ended":"shown_anyway"}"#
        );
        assert_eq!(read(&line).unwrap(), event);
    }

    #[test]
    fn words_a_newer_limber_adds_inside_the_new_records_still_read() {
        let held = read(
            r#"{"v":2,"at":"2026-11-24T11:20:00Z","event":"held","from":"2026-11-24T10:05:12Z","reasons":["screen_share","call"],"ended":"moved"}"#,
        )
        .unwrap();
        assert_eq!(
            held.kind,
            EventKind::Held {
                from: "2026-11-24T10:05:12Z".parse().unwrap(),
                reasons: vec![BusyReason::Call],
                ended: HoldEnded::Other,
            }
        );
        let sat = read(
            r#"{"v":2,"at":"2026-11-24T11:20:00Z","event":"sat","from":"2026-11-24T10:05:12Z","to":"2026-11-24T11:05:12Z","ended_by":"meeting"}"#,
        )
        .unwrap();
        assert!(matches!(
            sat.kind,
            EventKind::Sat {
                ended_by: BreakKind::Other,
                ..
            }
        ));
        assert!(read(
            r#"{"v":2,"at":"2026-11-24T11:20:00Z","event":"held","from":"2026-11-24T10:05:12Z","reasons":"call","ended":"shown"}"#
        )
        .is_err());
    }
}
