//! The one line that says where things stand, for the tray menu, its tooltip and `limber status`.

use std::time::Duration;

use crate::core::catalog::Catalog;
use crate::core::engine::{State, Status};

use super::wording;

/// The tray offers Snooze only when a reminder is due or this close.
pub const SNOOZE_OFFERED_WITHIN: Duration = Duration::from_secs(5 * 60);

/// Whether to offer Snooze: a reminder is due or held, or the next is at most
/// [`SNOOZE_OFFERED_WITHIN`] away.
pub fn offers_snooze(state: State, next_reminder_in: Option<Duration>) -> bool {
    matches!(state, State::Due | State::Held)
        || next_reminder_in.is_some_and(|left| left <= SNOOZE_OFFERED_WITHIN)
}

/// E.g. "Sitting 42 min · next stretch in 18 min".
pub fn describe(status: &Status, catalog: &Catalog) -> String {
    let name = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| catalog.get(id))
            .map_or_else(|| "a stretch".to_string(), |s| s.name.clone())
    };
    match status.state {
        State::Stretching => format!("Stretching: {}", name(&status.stretch)),
        State::Due => format!("Time to stretch: {}", name(&status.stretch)),
        State::Held => wording::holding(&status.holding),
        State::Paused => match status.paused_until {
            Some(until) => format!("Paused until {}", clock_time(until)),
            None => "Paused".to_string(),
        },
        State::OnBreak => "On a break".to_string(),
        State::Snoozed | State::Active => {
            let sitting = format!("Sitting {}", wording::sitting(status.sitting));
            match (status.next_reminder_in, &status.off_until) {
                // Outside working hours the countdown means nothing: say when reminders return.
                (_, Some(opens)) => format!("{sitting} · off until {}", opens.strftime("%a %H:%M")),
                (Some(left), None) if status.state == State::Snoozed => {
                    format!(
                        "{sitting} · snoozed, next stretch in {}",
                        wording::sitting(left)
                    )
                }
                (Some(left), None) => {
                    format!("{sitting} · next stretch in {}", wording::sitting(left))
                }
                (None, None) => sitting,
            }
        }
    }
}

/// The line with " · beside GNOME's breaks" when GNOME's own movement breaks are on, while limber
/// counts down to its next stretch; a held reminder already says when GNOME's break holds it.
pub fn beside_gnome_breaks(status: &Status, line: String, on: bool) -> String {
    if on && matches!(status.state, State::Active | State::Snoozed) {
        format!("{line} · beside GNOME's breaks")
    } else {
        line
    }
}

/// "14:30" today, "Tue 04:00" on another day, in the user's zone.
fn clock_time(at: jiff::Timestamp) -> String {
    let zone = jiff::tz::TimeZone::system();
    let at = at.to_zoned(zone.clone());
    if at.date() == jiff::Zoned::now().with_time_zone(zone).date() {
        at.strftime("%H:%M").to_string()
    } else {
        at.strftime("%a %H:%M").to_string()
    }
}
