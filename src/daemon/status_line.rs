//! The one line that says where things stand, for the tray menu, its tooltip and `limber status`.

use std::time::Duration;

use crate::core::catalog::Catalog;
use crate::core::engine::{State, Status};

use super::wording;
use crate::t;
use crate::wording::words;

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
    let name = status
        .stretch
        .as_deref()
        .and_then(|id| catalog.get(id))
        .map(|stretch| stretch.name.clone());
    match status.state {
        State::Stretching => match name {
            Some(stretch) => t!("tray-status-stretching", stretch = stretch),
            None => t!("tray-status-stretching-unnamed"),
        },
        State::Due => match name {
            Some(stretch) => t!("tray-status-due", stretch = stretch),
            None => t!("tray-status-due-unnamed"),
        },
        State::Held => wording::holding(&status.holding),
        State::Paused => match status.paused_until {
            Some(until) => t!("tray-status-paused-until", time = clock_time(until)),
            None => t!("tray-status-paused"),
        },
        State::OnBreak => t!("tray-status-on-break"),
        State::Snoozed | State::Active => {
            let sitting = words::duration(status.sitting);
            match (status.next_reminder_in, &status.off_until) {
                // Outside working hours the countdown means nothing: say when reminders return.
                (_, Some(opens)) => t!(
                    "tray-status-off-until",
                    sitting = sitting,
                    opens = weekday_time(opens)
                ),
                (Some(left), None) if status.state == State::Snoozed => t!(
                    "tray-status-snoozed",
                    sitting = sitting,
                    left = words::duration(left)
                ),
                (Some(left), None) => t!(
                    "tray-status-next",
                    sitting = sitting,
                    left = words::duration(left)
                ),
                (None, None) => t!("tray-status-sitting", sitting = sitting),
            }
        }
    }
}

/// The line with " · beside GNOME's breaks" when GNOME's own movement breaks are on, while limber
/// counts down to its next stretch; a held reminder already says when GNOME's break holds it.
pub fn beside_gnome_breaks(status: &Status, line: String, on: bool) -> String {
    if on && matches!(status.state, State::Active | State::Snoozed) {
        t!("tray-status-beside-gnome-breaks", line = line)
    } else {
        line
    }
}

/// "14:30" today, "Tue 04:00" on another day, in the user's zone.
fn clock_time(at: jiff::Timestamp) -> String {
    let zone = jiff::tz::TimeZone::system();
    let at = at.to_zoned(zone.clone());
    if at.date() == jiff::Zoned::now().with_time_zone(zone).date() {
        time_of_day(&at)
    } else {
        weekday_time(&at)
    }
}

/// "Tue 04:00".
fn weekday_time(at: &jiff::Zoned) -> String {
    let weekday = at.weekday().to_monday_one_offset();
    t!(
        "tray-weekday-time",
        weekday = t!(&format!("weekday-short-{weekday}")),
        time = time_of_day(at)
    )
}

/// "04:00".
fn time_of_day(at: &jiff::Zoned) -> String {
    // Hours and minutes of a civil time are 0-23 and 0-59: they fit a u8.
    words::clock(at.hour() as u8, at.minute() as u8)
}
