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
            Some(until) => {
                let (day, time) = day_and_time(&local(until));
                t!("tray-status-paused-until", day = day, time = time)
            }
            None => t!("tray-status-paused"),
        },
        State::OnBreak => t!("tray-status-on-break"),
        State::Snoozed | State::Active => {
            let sitting = words::duration(status.sitting);
            match (status.next_reminder_in, &status.off_until) {
                // Outside working hours the countdown means nothing: say when reminders return.
                (_, Some(opens)) => {
                    let (day, time) = day_and_time(opens);
                    t!(
                        "tray-status-off-until",
                        sitting = sitting,
                        day = day,
                        time = time
                    )
                }
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

/// `at` on the user's wall clock.
fn local(at: jiff::Timestamp) -> jiff::Zoned {
    at.to_zoned(jiff::tz::TimeZone::system())
}

/// When `at` is, as the until-messages take it: `today` or the weekday's short name ("Tue"), and
/// the time of day ("04:00"). A message says them together in its language's order and words
/// ("hasta las 14:30", "hasta el mar a las 04:00").
fn day_and_time(at: &jiff::Zoned) -> (String, String) {
    let today = jiff::Zoned::now()
        .with_time_zone(at.time_zone().clone())
        .date();
    let day = if at.date() == today {
        "today".to_string()
    } else {
        let weekday = at.weekday().to_monday_one_offset();
        t!(&format!("weekday-short-{weekday}"))
    };
    (day, time_of_day(at))
}

/// "04:00".
fn time_of_day(at: &jiff::Zoned) -> String {
    // Hours and minutes of a civil time are 0-23 and 0-59: they fit a u8.
    words::clock(at.hour() as u8, at.minute() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::{in_language, Tag};

    /// A day and a time as the until-messages get them.
    fn until(day: &str) -> String {
        t!("tray-status-paused-until", day = day, time = "04:00")
    }

    #[test]
    fn a_pause_ends_today_at_a_time_or_on_a_named_day() {
        assert_eq!(until("today"), "Paused until 04:00");
        assert_eq!(until("Tue"), "Paused until Tue 04:00");
        // Spanish says "at the" before a time and "the" before a day: the message, not the code,
        // puts them together.
        in_language(Tag::Spanish, || {
            assert_eq!(until("today"), "En pausa hasta las 04:00");
            assert_eq!(until("mar"), "En pausa hasta el mar a las 04:00");
        });
    }

    #[test]
    fn the_day_is_today_or_the_weekday_s_short_name() {
        let now = jiff::Zoned::now();
        assert_eq!(day_and_time(&now).0, "today");
        let later = now.checked_add(jiff::Span::new().days(2)).unwrap();
        let (day, _) = day_and_time(&later);
        assert!(
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(&day.as_str()),
            "{day}"
        );
    }
}
