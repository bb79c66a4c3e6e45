//! What every part of limber says the same way: durations, times of day, dates and lists, in the
//! language spoken now.

use std::time::Duration;

use jiff::civil::Date;

use crate::t;

/// A length as people read it at a glance: "35 s", "42 min", "1 h 05 min".
pub fn duration(length: Duration) -> String {
    let secs = length.as_secs();
    match secs {
        0..=59 => t!("duration-seconds", seconds = secs),
        60..=3599 => t!("duration-minutes", minutes = secs / 60),
        _ => t!(
            "duration-hours-minutes",
            hours = secs / 3600,
            minutes = format!("{:02}", secs % 3600 / 60)
        ),
    }
}

/// A time of day: "09:05".
pub fn clock(hour: u8, minute: u8) -> String {
    t!(
        "clock",
        hour = format!("{hour:02}"),
        minute = format!("{minute:02}")
    )
}

/// From one time of day to another: "10:40–11:05".
pub fn clock_span(from: String, to: String) -> String {
    t!("clock-span", from = from, to = to)
}

/// A day as the week picture names it: "Wed 25 Nov".
pub fn day_short(date: Date) -> String {
    let weekday = date.weekday().to_monday_one_offset();
    t!(
        "day-short",
        weekday = t!(&format!("weekday-short-{weekday}")),
        day = date.day(),
        month = t!(&format!("month-short-{}", date.month()))
    )
}

/// The items joined as a list: "a", "a and b", "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let joiner = t!("list-joiner");
            t!("list-last", rest = rest.join(&joiner), last = last.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::{in_language, Tag};

    #[test]
    fn durations_are_read_at_a_glance() {
        assert_eq!(duration(Duration::from_secs(35)), "35 s");
        assert_eq!(duration(Duration::from_secs(42 * 60 + 5)), "42 min");
        assert_eq!(duration(Duration::from_secs(3600 + 120)), "1 h 02 min");
    }

    #[test]
    fn times_dates_and_lists() {
        assert_eq!(clock(9, 5), "09:05");
        assert_eq!(clock_span(clock(10, 40), clock(11, 5)), "10:40–11:05");
        assert_eq!(day_short(jiff::civil::date(2026, 11, 25)), "Wed 25 Nov");
        let items = |n: usize| -> Vec<String> {
            ["a", "b", "c"][..n].iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(list(&items(1)), "a");
        assert_eq!(list(&items(2)), "a and b");
        assert_eq!(list(&items(3)), "a, b and c");
    }

    #[test]
    fn another_language_says_them_its_own_way() {
        in_language(Tag::PseudoLong, || {
            assert_eq!(duration(Duration::from_secs(35)), "35 š~");
        });
    }
}
