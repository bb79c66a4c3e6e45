//! Working hours: the weekly windows in which reminders may fire, e.g. `Mon-Fri 09:00-17:30`.
//!
//! A window is a set of weekdays and a time range within a day. Days are written as a range
//! (`Mon-Fri`), a list (`Mon,Wed,Fri`), a single day, or `Daily`. Times are 24-hour `HH:MM`, and a
//! window ends after it starts on the same day: a night shift is two windows, which keeps "is this
//! moment inside?" a question about one calendar day.
//!
//! Everything is computed with civil dates and times in the zone of the moment passed in, so a
//! daylight-saving change moves the windows with the clock on the wall, as a person expects.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::Zoned;

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Monday, "Mon"),
    (Weekday::Tuesday, "Tue"),
    (Weekday::Wednesday, "Wed"),
    (Weekday::Thursday, "Thu"),
    (Weekday::Friday, "Fri"),
    (Weekday::Saturday, "Sat"),
    (Weekday::Sunday, "Sun"),
];

/// One weekly window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingHours {
    /// Which weekdays, Monday first.
    days: [bool; 7],
    start: Time,
    end: Time,
}

impl WorkingHours {
    /// Whether the civil moment falls inside the window (start inclusive, end exclusive).
    pub fn contains(&self, at: &DateTime) -> bool {
        self.days[day_index(at.weekday())] && at.time() >= self.start && at.time() < self.end
    }

    fn opens_on(&self, date: Date) -> bool {
        self.days[day_index(date.weekday())]
    }
}

fn day_index(day: Weekday) -> usize {
    usize::try_from(day.to_monday_zero_offset()).unwrap_or(0)
}

/// Whether `wall` is inside any window. An empty set means any time.
pub fn is_within(set: &[WorkingHours], wall: &Zoned) -> bool {
    set.is_empty() || set.iter().any(|hours| hours.contains(&wall.datetime()))
}

/// The first moment at or after `wall` inside the set (None for an empty set, which is always
/// open, and for a set that never opens).
pub fn next_open(set: &[WorkingHours], wall: &Zoned) -> Option<Zoned> {
    if set.is_empty() {
        return None;
    }
    if is_within(set, wall) {
        return Some(wall.clone());
    }
    let today = wall.date();
    // A window opens within a week, or never.
    (0..=7)
        .filter_map(|offset| today.checked_add(jiff::Span::new().days(offset)).ok())
        .flat_map(|date| {
            let mut starts: Vec<DateTime> = set
                .iter()
                .filter(|hours| hours.opens_on(date))
                .map(|hours| date.to_datetime(hours.start))
                .filter(|start| *start > wall.datetime())
                .collect();
            starts.sort();
            starts
        })
        .find_map(|start| start.to_zoned(wall.time_zone().clone()).ok())
}

/// The first moment after `wall` at which the set is closed (None for an empty set).
pub fn next_close(set: &[WorkingHours], wall: &Zoned) -> Option<Zoned> {
    if set.is_empty() {
        return None;
    }
    if !is_within(set, wall) {
        return Some(wall.clone());
    }
    // Inside: step through the ends of the windows that hold now, later ones first if they overlap.
    let mut at = wall.datetime();
    for _ in 0..=set.len() {
        let date = at.date();
        let end = set
            .iter()
            .filter(|hours| hours.contains(&at))
            .map(|hours| date.to_datetime(hours.end))
            .max()?;
        at = end;
        if !set.iter().any(|hours| hours.contains(&at)) {
            return at.to_zoned(wall.time_zone().clone()).ok();
        }
    }
    at.to_zoned(wall.time_zone().clone()).ok()
}

impl FromStr for WorkingHours {
    type Err = String;

    fn from_str(text: &str) -> Result<WorkingHours, String> {
        let expected = "expected days and hours like \"Mon-Fri 09:00-17:30\"";
        let mut parts = text.split_whitespace();
        let (Some(days), Some(hours), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("\"{text}\": {expected}"));
        };
        let days = parse_days(days).map_err(|e| format!("\"{text}\": {e}"))?;
        let (start, end) = hours
            .split_once('-')
            .ok_or_else(|| format!("\"{text}\": {expected}"))?;
        let start = parse_time(start).map_err(|e| format!("\"{text}\": {e}"))?;
        let end = parse_time(end).map_err(|e| format!("\"{text}\": {e}"))?;
        if end <= start {
            return Err(format!(
                "\"{text}\": the end must be after the start on the same day; split a window that crosses midnight into two"
            ));
        }
        Ok(WorkingHours { days, start, end })
    }
}

fn parse_days(text: &str) -> Result<[bool; 7], String> {
    let mut days = [false; 7];
    if text.eq_ignore_ascii_case("daily") {
        return Ok([true; 7]);
    }
    for part in text.split(',') {
        match part.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (parse_day(first)?, parse_day(last)?);
                let mut day = first;
                loop {
                    days[day] = true;
                    if day == last {
                        break;
                    }
                    day = (day + 1) % 7;
                }
            }
            None => days[parse_day(part)?] = true,
        }
    }
    Ok(days)
}

fn parse_day(text: &str) -> Result<usize, String> {
    DAYS.iter()
        .position(|(_, name)| name.eq_ignore_ascii_case(text))
        .ok_or_else(|| {
            format!("unknown day \"{text}\": use Mon, Tue, Wed, Thu, Fri, Sat, Sun or Daily")
        })
}

fn parse_time(text: &str) -> Result<Time, String> {
    let bad = || format!("\"{text}\" is not a time of day like 09:00");
    let (hour, minute) = text.split_once(':').ok_or_else(bad)?;
    if hour.len() != 2 || minute.len() != 2 {
        return Err(bad());
    }
    let hour: i8 = hour.parse().map_err(|_| bad())?;
    let minute: i8 = minute.parse().map_err(|_| bad())?;
    if hour == 24 && minute == 0 {
        return Ok(Time::MAX);
    }
    Time::new(hour, minute, 0, 0).map_err(|_| bad())
}

impl fmt::Display for WorkingHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.days == [true; 7] {
            f.write_str("Daily")?;
        } else {
            let mut first = true;
            let mut index = 0;
            while index < 7 {
                if !self.days[index] {
                    index += 1;
                    continue;
                }
                let run_end = (index..7)
                    .take_while(|&i| self.days[i])
                    .last()
                    .unwrap_or(index);
                if !first {
                    f.write_str(",")?;
                }
                first = false;
                match run_end - index {
                    0 => f.write_str(DAYS[index].1)?,
                    1 => write!(f, "{},{}", DAYS[index].1, DAYS[run_end].1)?,
                    _ => write!(f, "{}-{}", DAYS[index].1, DAYS[run_end].1)?,
                }
                index = run_end + 1;
            }
        }
        let end = if self.end == Time::MAX {
            "24:00".to_string()
        } else {
            self.end.strftime("%H:%M").to_string()
        };
        write!(f, " {}-{}", self.start.strftime("%H:%M"), end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn zoned(civil: &str) -> Zoned {
        civil
            .parse::<DateTime>()
            .unwrap()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
    }

    fn office() -> Vec<WorkingHours> {
        vec!["Mon-Fri 09:00-17:30".parse().unwrap()]
    }

    #[test]
    fn weekdays_inside_the_hours_are_within() {
        assert!(is_within(&office(), &zoned("2026-11-23T09:00")));
        assert!(is_within(&office(), &zoned("2026-11-27T17:29")));
        assert!(!is_within(&office(), &zoned("2026-11-27T17:30")));
        assert!(!is_within(&office(), &zoned("2026-11-28T10:00")));
    }

    #[test]
    fn no_working_hours_means_any_time() {
        assert!(is_within(&[], &zoned("2026-11-29T03:00")));
        assert_eq!(next_open(&[], &zoned("2026-11-29T03:00")), None);
    }

    #[test]
    fn after_friday_evening_the_next_opening_is_monday_morning() {
        let opens = next_open(&office(), &zoned("2026-11-27T18:00")).unwrap();
        assert_eq!(
            opens.datetime(),
            "2026-11-30T09:00".parse::<DateTime>().unwrap()
        );
    }

    #[test]
    fn the_next_close_is_the_end_of_the_day() {
        let closes = next_close(&office(), &zoned("2026-11-24T11:00")).unwrap();
        assert_eq!(
            closes.datetime(),
            "2026-11-24T17:30".parse::<DateTime>().unwrap()
        );
    }

    #[test]
    fn lists_ranges_and_daily_are_understood() {
        let hours: WorkingHours = "Mon,Wed,Fri 08:00-12:00".parse().unwrap();
        assert!(hours.contains(&"2026-11-25T08:30".parse().unwrap()));
        assert!(!hours.contains(&"2026-11-24T08:30".parse().unwrap()));
        let weekend: WorkingHours = "Sat-Sun 10:00-14:00".parse().unwrap();
        assert!(weekend.contains(&"2026-11-29T10:00".parse().unwrap()));
        assert_eq!(
            "Daily 00:00-24:00"
                .parse::<WorkingHours>()
                .unwrap()
                .to_string(),
            "Daily 00:00-24:00"
        );
    }

    #[test]
    fn mistakes_are_explained() {
        assert!("Mon-Fri"
            .parse::<WorkingHours>()
            .unwrap_err()
            .contains("expected days and hours"));
        assert!("Mon-Fry 09:00-17:00"
            .parse::<WorkingHours>()
            .unwrap_err()
            .contains("unknown day \"Fry\""));
        assert!("Mon 9:00-17:00"
            .parse::<WorkingHours>()
            .unwrap_err()
            .contains("time of day"));
        assert!("Mon 22:00-02:00"
            .parse::<WorkingHours>()
            .unwrap_err()
            .contains("split"));
        assert!("Mon 25:00-26:00".parse::<WorkingHours>().is_err());
    }

    fn any_hours() -> impl Strategy<Value = WorkingHours> {
        (
            proptest::array::uniform7(any::<bool>()),
            0i8..23,
            0i8..60,
            1i32..600,
        )
            .prop_filter("some day", |(days, ..)| days.iter().any(|d| *d))
            .prop_map(|(days, hour, minute, length)| {
                let start = Time::new(hour, minute, 0, 0).unwrap();
                let end_minutes =
                    (i32::from(hour) * 60 + i32::from(minute) + length).min(24 * 60 - 1);
                let end =
                    Time::new((end_minutes / 60) as i8, (end_minutes % 60) as i8, 0, 0).unwrap();
                WorkingHours { days, start, end }
            })
            .prop_filter("non-empty", |hours| hours.end > hours.start)
    }

    proptest! {
        #[test]
        fn display_and_parse_round_trip(hours in any_hours()) {
            prop_assert_eq!(hours.to_string().parse::<WorkingHours>(), Ok(hours));
        }

        #[test]
        fn next_open_is_within_and_nothing_before_it_is(
            set in proptest::collection::vec(any_hours(), 1..3),
            minute_of_fortnight in 0i64..(14 * 24 * 60),
        ) {
            let wall = zoned("2026-11-23T00:00").checked_add(jiff::Span::new().minutes(minute_of_fortnight)).unwrap();
            let opens = next_open(&set, &wall).unwrap();
            prop_assert!(is_within(&set, &opens));
            prop_assert!(opens >= wall);
            let mut probe = wall.clone();
            while probe < opens {
                prop_assert!(!is_within(&set, &probe));
                probe = probe.checked_add(jiff::Span::new().minutes(7)).unwrap();
            }
        }

        #[test]
        fn next_close_is_outside_and_everything_before_it_is_inside(
            set in proptest::collection::vec(any_hours(), 1..3),
            minute_of_week in 0i64..(7 * 24 * 60),
        ) {
            let wall = zoned("2026-11-23T00:00").checked_add(jiff::Span::new().minutes(minute_of_week)).unwrap();
            let closes = next_close(&set, &wall).unwrap();
            prop_assert!(!is_within(&set, &closes));
            let mut probe = wall.clone();
            while probe < closes {
                prop_assert!(is_within(&set, &probe));
                probe = probe.checked_add(jiff::Span::new().minutes(7)).unwrap();
            }
        }
    }
}
