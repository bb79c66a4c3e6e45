//! What the history says about the user's practice, read in one place: how many holds of each
//! stretch were done (holds grow with practice, [`crate::core::progression`]) and how many
//! stretches were done today (the timer window's last screen).
//!
//! A history that cannot be read leaves holds as written and today's count at zero, with a
//! warning naming the file: it never keeps a stretch from being suggested or shown.

use crate::core::history::{EventKind, HistoryEvent};
use crate::core::progression::Practice;
use crate::core::stats;
use crate::store::History;

/// What the history says, as of one moment.
#[derive(Clone, Debug, Default)]
pub struct SoFar {
    pub practice: Practice,
    /// Stretches done today, in the user's time zone.
    pub done_today: u32,
}

/// Reads `history` once. Unreadable lines are left out (`limber stats` reports them).
pub fn read(history: &History, now: &jiff::Zoned) -> SoFar {
    let events = match history.events() {
        Ok(events) => events,
        Err(refused) => {
            tracing::warn!("could not read the history ({refused}); holds stay as written");
            return SoFar::default();
        }
    };
    // Only done holds matter here, so only they are kept.
    let done: Vec<HistoryEvent> = events
        .flatten()
        .filter(|event| matches!(event.kind, EventKind::Done { .. }))
        .collect();
    SoFar {
        practice: Practice::from_history(&done),
        done_today: stats::done_today(&done, now),
    }
}
