//! What happened, as recorded in the history file: one event per line, each with its time.
//!
//! These are plain data. [`crate::store`] writes and reads them; [`super::stats`] summarises them.

use serde::{Deserialize, Serialize};

/// One line of history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEvent {
    /// When it happened (UTC instant; summaries convert to the user's zone).
    pub at: jiff::Timestamp,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What happened. Serialized with an `"event"` tag, e.g. `{"at":"…","event":"done","stretch":"pigeon-pose","held_secs":60}`.
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
    /// A stretch was completed (or finished early) after holding this long in total.
    Done {
        stretch: String,
        held_secs: u64,
    },
    /// A stretch window was closed before the end.
    Cancelled {
        stretch: String,
        held_secs: u64,
    },
    /// A sitting streak ended (break, lock, sleep or stretch) after this long.
    SatFor {
        secs: u64,
    },
    /// Reminders were paused, until the given instant if any.
    Paused {
        until: Option<jiff::Timestamp>,
    },
    Resumed,
}
