//! Working hours: the weekly windows in which reminders may fire, e.g. `Mon-Fri 09:00-17:30`.
//!
//! A window is a set of weekdays and a time range within a day. Days are written as a range
//! (`Mon-Fri`, which may wrap: `Fri-Mon`), a list (`Mon,Wed,Fri`), a mix of both, a single day,
//! or `Daily`. Times are 24-hour `HH:MM`; `24:00` may end a window. A window ends after it starts
//! on the same day: a night shift is two windows (`Mon 22:00-24:00` and `Tue 00:00-06:00`), which
//! keeps "is this moment inside?" a question about one calendar day.
//!
//! Whether a moment is inside is decided on the wall clock of the zone of the moment passed in,
//! so a daylight-saving change moves the windows with the clock on the wall, as a person expects.
//! Finding the next opening or closing is then exact, even across a change: the open/closed state
//! can only flip where the wall clock reads a window's start or end, or where the clock itself
//! jumps, so those instants are the only candidates to look at.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{SignedDuration, Timestamp, ToSpan, Zoned};

use crate::t;

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MINUTES_PER_DAY: u16 = 24 * 60;
/// How far ahead to look for an opening or a closing. The pattern repeats every week, so two
/// weeks is enough even when a daylight-saving gap swallows this week's only window; a set still
/// open after that never closes.
const HORIZON: SignedDuration = SignedDuration::from_hours(15 * 24);

/// One weekly window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingHours {
    /// Which weekdays, Monday first.
    days: [bool; 7],
    /// Minutes since midnight: `start` in `0..1440`, `end` in `start + 1..=1440`.
    start: u16,
    end: u16,
}

impl WorkingHours {
    /// Whether the wall-clock moment falls inside the window (start inclusive, end exclusive).
    pub fn contains(&self, wall: &DateTime) -> bool {
        // The bounds are whole minutes, so comparing whole minutes is exact.
        let minute = minute_of_day(wall.time());
        self.opens_on(wall.date()) && self.start <= minute && minute < self.end
    }

    fn opens_on(&self, date: Date) -> bool {
        self.days[usize::from(date.weekday().to_monday_zero_offset().unsigned_abs())]
    }
}

fn minute_of_day(time: Time) -> u16 {
    u16::from(time.hour().unsigned_abs()) * 60 + u16::from(time.minute().unsigned_abs())
}

/// Whether `wall` is inside any window. An empty set means any time.
pub fn is_within(set: &[WorkingHours], wall: &Zoned) -> bool {
    set.is_empty() || open_at(set, &wall.datetime())
}

fn open_at(set: &[WorkingHours], wall: &DateTime) -> bool {
    set.iter().any(|hours| hours.contains(wall))
}

/// Whether any window of the set opens on `date` (an empty set opens on none).
pub fn opens_on(set: &[WorkingHours], date: Date) -> bool {
    set.iter().any(|hours| hours.opens_on(date))
}

/// From the earliest start to the latest end of the set's windows, on any day, in minutes since
/// midnight; None for an empty set.
pub fn day_span(set: &[WorkingHours]) -> Option<(u16, u16)> {
    let start = set.iter().map(|hours| hours.start).min()?;
    let end = set.iter().map(|hours| hours.end).max()?;
    Some((start, end))
}

/// The first moment at or after `wall` inside the set: `wall` itself when it is inside. None for
/// an empty set, which is always open.
pub fn next_open(set: &[WorkingHours], wall: &Zoned) -> Option<Zoned> {
    if set.is_empty() {
        return None;
    }
    let zone = wall.time_zone();
    let opens = candidates(set, zone, wall.timestamp())
        .into_iter()
        .find(|at| open_at(set, &zone.to_datetime(*at)))?;
    Some(opens.to_zoned(zone.clone()))
}

/// The first moment after `wall` at which an open window closes and no other takes over: the end
/// of the current opening when `wall` is inside, else the end of the next one. None for an empty
/// set and for one that covers the whole week, since neither ever closes.
pub fn next_close(set: &[WorkingHours], wall: &Zoned) -> Option<Zoned> {
    let opens = next_open(set, wall)?;
    let zone = wall.time_zone();
    let closes = candidates(set, zone, opens.timestamp())
        .into_iter()
        .find(|at| !open_at(set, &zone.to_datetime(*at)))?;
    Some(closes.to_zoned(zone.clone()))
}

/// In order, every instant from `from` up to the horizon at which the set may switch between open
/// and closed, `from` included. Between two consecutive candidates the state does not change.
fn candidates(set: &[WorkingHours], zone: &TimeZone, from: Timestamp) -> Vec<Timestamp> {
    let until = from.checked_add(HORIZON).unwrap_or(Timestamp::MAX);
    let in_range = |at: &Timestamp| from <= *at && *at <= until;
    // Where the wall clock reads a window's start or end. From the day before, because a window
    // ending at 24:00 yesterday closes at midnight today.
    let first_day = zone.to_datetime(from).date().yesterday().ok();
    let last_day = zone.to_datetime(until).date();
    let days = std::iter::successors(first_day, |date| date.tomorrow().ok())
        .take_while(|date| *date <= last_day);
    let mut instants: Vec<Timestamp> = days
        .flat_map(|date| {
            set.iter()
                .filter(move |hours| hours.opens_on(date))
                .flat_map(move |hours| [hours.start, hours.end])
                .filter_map(move |minute| {
                    date.to_datetime(Time::midnight())
                        .checked_add(i64::from(minute).minutes())
                        .ok()
                })
        })
        .flat_map(|wall| instants_showing(zone, wall))
        .filter(in_range)
        .collect();
    // Where the clock itself jumps (daylight saving), which can move a moment in or out.
    instants.extend(
        zone.following(from)
            .map(|transition| transition.timestamp())
            .take_while(|at| *at <= until),
    );
    instants.push(from);
    instants.sort();
    instants.dedup();
    instants
}

/// The instants at which the clock on the wall reads `wall`: none in a gap (the jump itself is a
/// candidate of its own), two in a fold.
fn instants_showing(zone: &TimeZone, wall: DateTime) -> Vec<Timestamp> {
    let offsets = match zone.to_ambiguous_timestamp(wall).offset() {
        AmbiguousOffset::Unambiguous { offset } => vec![offset],
        AmbiguousOffset::Gap { .. } => Vec::new(),
        AmbiguousOffset::Fold { before, after } => vec![before, after],
    };
    offsets
        .into_iter()
        .filter_map(|offset| offset.to_timestamp(wall).ok())
        .collect()
}

impl FromStr for WorkingHours {
    type Err = String;

    /// Parses `DAYS HH:MM-HH:MM`; spaces around `-` and `,` are allowed.
    fn from_str(text: &str) -> Result<WorkingHours, String> {
        let quoted = |reason: String| format!("\"{text}\": {reason}");
        let expected = || quoted(t!("config-hours-expected"));
        let compact: String = text.split_whitespace().collect();
        let hours_at = compact
            .find(|c: char| c.is_ascii_digit())
            .ok_or_else(expected)?;
        let (days, hours) = compact.split_at(hours_at);
        if days.is_empty() {
            return Err(expected());
        }
        let days = parse_days(days).map_err(quoted)?;
        let (start, end) = hours.split_once('-').ok_or_else(expected)?;
        let (start, end) = (
            parse_time(start).map_err(quoted)?,
            parse_time(end).map_err(quoted)?,
        );
        if start == MINUTES_PER_DAY {
            return Err(quoted(t!("config-hours-24-only-ends")));
        }
        if end < start {
            return Err(quoted(crosses_midnight(days, start, end)));
        }
        if end == start {
            return Err(quoted(t!("config-hours-end-after-start")));
        }
        Ok(WorkingHours { days, start, end })
    }
}

/// Explains how to write a window that crosses midnight, with the entries to write instead.
fn crosses_midnight(days: [bool; 7], start: u16, end: u16) -> String {
    let evening = WorkingHours {
        days,
        start,
        end: MINUTES_PER_DAY,
    };
    if end == 0 {
        return t!(
            "config-hours-end-at-midnight",
            evening = evening.to_string()
        );
    }
    let mut next_days = days;
    next_days.rotate_right(1);
    let morning = WorkingHours {
        days: next_days,
        start: 0,
        end,
    };
    t!(
        "config-hours-cross-midnight",
        evening = evening.to_string(),
        morning = morning.to_string()
    )
}

fn parse_days(text: &str) -> Result<[bool; 7], String> {
    if text.eq_ignore_ascii_case("daily") {
        return Ok([true; 7]);
    }
    let mut days = [false; 7];
    for part in text.split(',') {
        let (first, last) = match part.split_once('-') {
            Some((first, last)) => (parse_day(first)?, parse_day(last)?),
            None => (parse_day(part)?, parse_day(part)?),
        };
        // A range may wrap around the week: Fri-Mon is Fri, Sat, Sun, Mon.
        let length = (last + 7 - first) % 7;
        for offset in 0..=length {
            days[(first + offset) % 7] = true;
        }
    }
    Ok(days)
}

fn parse_day(text: &str) -> Result<usize, String> {
    DAY_NAMES
        .iter()
        .position(|name| name.eq_ignore_ascii_case(text))
        .ok_or_else(|| t!("config-hours-unknown-day", day = text))
}

/// `HH:MM` on a 24-hour clock, as minutes since midnight; `24:00` is the end of the day.
fn parse_time(text: &str) -> Result<u16, String> {
    let bad = || t!("config-hours-bad-time", time = text);
    let (hour, minute) = text.split_once(':').ok_or_else(bad)?;
    let two_digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
    if !two_digits(hour) || !two_digits(minute) {
        return Err(bad());
    }
    let hour: u16 = hour.parse().map_err(|_| bad())?;
    let minute: u16 = minute.parse().map_err(|_| bad())?;
    let total = hour * 60 + minute;
    if minute >= 60 || total > MINUTES_PER_DAY {
        return Err(bad());
    }
    Ok(total)
}

impl fmt::Display for WorkingHours {
    /// The canonical spelling: `Daily`, or runs of three or more days as ranges, Monday first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.days == [true; 7] {
            f.write_str("Daily")?;
        } else {
            let mut parts = Vec::new();
            let mut index = 0;
            while index < 7 {
                let run = self.days[index..].iter().take_while(|open| **open).count();
                match run {
                    0 => index += 1,
                    1 | 2 => {
                        parts.extend(DAY_NAMES[index..index + run].iter().map(|d| d.to_string()));
                        index += run;
                    }
                    _ => {
                        parts.push(format!(
                            "{}-{}",
                            DAY_NAMES[index],
                            DAY_NAMES[index + run - 1]
                        ));
                        index += run;
                    }
                }
            }
            f.write_str(&parts.join(","))?;
        }
        write!(
            f,
            " {:02}:{:02}-{:02}:{:02}",
            self.start / 60,
            self.start % 60,
            self.end / 60,
            self.end % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Central European time with its daylight-saving rules, built in so tests need no tz data:
    /// 2026-03-29 02:00 jumps to 03:00, 2026-10-25 03:00 falls back to 02:00.
    fn central_europe() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
    }

    fn at(civil: &str, zone: &TimeZone) -> Zoned {
        civil
            .parse::<DateTime>()
            .unwrap()
            .to_zoned(zone.clone())
            .unwrap()
    }

    fn utc(civil: &str) -> Zoned {
        at(civil, &TimeZone::UTC)
    }

    fn set(entries: &[&str]) -> Vec<WorkingHours> {
        entries.iter().map(|entry| entry.parse().unwrap()).collect()
    }

    fn office() -> Vec<WorkingHours> {
        set(&["Mon-Fri 09:00-17:30"])
    }

    #[test]
    fn weekdays_inside_the_hours_are_within() {
        assert!(is_within(&office(), &utc("2026-11-23T09:00")));
        assert!(is_within(&office(), &utc("2026-11-27T17:29:59")));
        assert!(!is_within(&office(), &utc("2026-11-27T17:30")));
        assert!(!is_within(&office(), &utc("2026-11-23T08:59:59")));
        assert!(!is_within(&office(), &utc("2026-11-28T10:00")));
    }

    #[test]
    fn no_working_hours_means_any_time() {
        let night = utc("2026-11-29T03:00");
        assert!(is_within(&[], &night));
        assert_eq!(next_open(&[], &night), None);
        assert_eq!(next_close(&[], &night), None);
    }

    #[test]
    fn inside_the_hours_the_next_opening_is_now() {
        let now = utc("2026-11-24T11:00");
        assert_eq!(next_open(&office(), &now), Some(now));
    }

    #[test]
    fn after_friday_evening_the_next_opening_is_monday_morning() {
        let opens = next_open(&office(), &utc("2026-11-27T18:00")).unwrap();
        assert_eq!(opens, utc("2026-11-30T09:00"));
    }

    #[test]
    fn the_next_close_is_the_end_of_the_working_day() {
        let closes = next_close(&office(), &utc("2026-11-24T11:00")).unwrap();
        assert_eq!(closes, utc("2026-11-24T17:30"));
    }

    #[test]
    fn outside_the_hours_the_next_close_ends_the_next_opening() {
        let closes = next_close(&office(), &utc("2026-11-28T12:00")).unwrap();
        assert_eq!(closes, utc("2026-11-30T17:30"));
    }

    #[test]
    fn a_night_shift_written_as_two_entries_closes_in_the_morning() {
        let night = set(&["Mon 22:00-24:00", "Tue 00:00-06:00"]);
        assert!(is_within(&night, &utc("2026-11-23T23:59:59")));
        assert!(is_within(&night, &utc("2026-11-24T00:00")));
        let closes = next_close(&night, &utc("2026-11-23T22:30")).unwrap();
        assert_eq!(closes, utc("2026-11-24T06:00"));
    }

    #[test]
    fn hours_that_cover_the_whole_week_never_close() {
        let always = set(&["Daily 00:00-24:00"]);
        let now = utc("2026-11-25T13:17");
        assert_eq!(next_open(&always, &now), Some(now.clone()));
        assert_eq!(next_close(&always, &now), None);
    }

    #[test]
    fn windows_follow_the_wall_clock_across_daylight_saving() {
        let zone = central_europe();
        // Summer time: 09:00 on the wall is 07:00 UTC; winter time: 08:00 UTC.
        let summer = next_open(&office(), &at("2026-07-05T12:00", &zone)).unwrap();
        assert_eq!(summer.timestamp(), utc("2026-07-06T07:00").timestamp());
        let winter = next_open(&office(), &at("2026-12-06T12:00", &zone)).unwrap();
        assert_eq!(winter.timestamp(), utc("2026-12-07T08:00").timestamp());
    }

    #[test]
    fn a_window_starting_in_the_skipped_hour_opens_when_the_clock_jumps() {
        let zone = central_europe();
        let early = set(&["Sun 02:30-04:00"]);
        let opens = next_open(&early, &at("2026-03-29T01:00", &zone)).unwrap();
        // 02:00 CET becomes 03:00 CEST, already inside 02:30-04:00: that instant is 01:00 UTC.
        assert_eq!(opens.timestamp(), utc("2026-03-29T01:00").timestamp());
    }

    #[test]
    fn a_window_wholly_in_the_skipped_hour_waits_a_week() {
        let zone = central_europe();
        let skipped = set(&["Sun 02:00-02:45"]);
        let opens = next_open(&skipped, &at("2026-03-29T01:00", &zone)).unwrap();
        assert_eq!(opens, at("2026-04-05T02:00", &zone));
    }

    #[test]
    fn a_repeated_hour_can_reopen_a_window() {
        let zone = central_europe();
        let window = set(&["Sun 01:30-02:30"]);
        // 02:45 summer time: closed; at 03:00 the clock goes back to 02:00, inside again.
        let first_pass = utc("2026-10-25T00:45").with_time_zone(zone.clone());
        let opens = next_open(&window, &first_pass).unwrap();
        assert_eq!(opens.timestamp(), utc("2026-10-25T01:00").timestamp());
        let closes = next_close(&window, &first_pass).unwrap();
        assert_eq!(closes.timestamp(), utc("2026-10-25T01:30").timestamp());
    }

    #[test]
    fn lists_ranges_and_daily_are_understood() {
        let hours: WorkingHours = "Mon,Wed,Fri 08:00-12:00".parse().unwrap();
        assert!(hours.contains(&"2026-11-25T08:30".parse().unwrap()));
        assert!(!hours.contains(&"2026-11-24T08:30".parse().unwrap()));
        let weekend: WorkingHours = "sat-sun 10:00-14:00".parse().unwrap();
        assert!(weekend.contains(&"2026-11-29T10:00".parse().unwrap()));
        let daily: WorkingHours = "daily 07:00-08:00".parse().unwrap();
        assert_eq!(daily.to_string(), "Daily 07:00-08:00");
    }

    #[test]
    fn a_range_may_wrap_around_the_week() {
        let hours: WorkingHours = "Fri-Mon 10:00-11:00".parse().unwrap();
        assert_eq!(hours.to_string(), "Mon,Fri-Sun 10:00-11:00");
    }

    #[test]
    fn spaces_around_separators_are_forgiven() {
        let hours: WorkingHours = " Mon - Fri  09:00 - 17:30 ".parse().unwrap();
        assert_eq!(hours.to_string(), "Mon-Fri 09:00-17:30");
        let listed: WorkingHours = "Mon, Wed 08:00-12:00".parse().unwrap();
        assert_eq!(listed.to_string(), "Mon,Wed 08:00-12:00");
    }

    fn refusal(text: &str) -> String {
        text.parse::<WorkingHours>().unwrap_err()
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(refusal("Mon-Fri").contains("expected days and hours"));
        assert!(refusal("09:00-17:00").contains("expected days and hours"));
        assert!(refusal("Mon-Fry 09:00-17:00").contains("unknown day \"Fry\""));
        assert!(refusal("Mon 9:00-17:00").contains("\"9:00\" is not a time of day"));
        assert!(refusal("Mon 09:00").contains("expected days and hours"));
        assert!(refusal("Mon 25:00-26:00").contains("\"25:00\" is not a time of day"));
        assert!(refusal("Mon 09:60-10:00").contains("\"09:60\" is not a time of day"));
        assert!(refusal("Mon 24:00-24:00").contains("24:00 can only end a window"));
        assert!(refusal("Mon 09:00-09:00").contains("the end must be after the start"));
    }

    #[test]
    fn a_window_across_midnight_is_refused_with_the_two_entries_to_write() {
        assert_eq!(
            refusal("Mon,Sun 22:00-02:00"),
            "\"Mon,Sun 22:00-02:00\": a window cannot cross midnight; write it as two entries: \
             \"Mon,Sun 22:00-24:00\", \"Mon,Tue 00:00-02:00\""
        );
        assert!(refusal("Daily 22:00-00:00").contains("write 24:00: \"Daily 22:00-24:00\""));
    }

    /// A window; often a short one near the small hours, where daylight saving changes the clock.
    fn any_hours() -> impl Strategy<Value = WorkingHours> {
        let start = prop_oneof![0..MINUTES_PER_DAY, 60..4 * 60u16];
        let length = prop_oneof![1..=MINUTES_PER_DAY, 1..=90u16];
        (proptest::array::uniform7(any::<bool>()), start, length)
            .prop_filter("some day", |(days, ..)| days.contains(&true))
            .prop_map(|(days, start, length)| WorkingHours {
                days,
                start,
                end: (start + length).min(MINUTES_PER_DAY),
            })
    }

    /// A minute-aligned moment in UTC or in a zone with daylight saving, within two days before a
    /// change (or an ordinary day), so the properties meet the jumps.
    fn any_wall() -> impl Strategy<Value = Zoned> {
        let zone = prop_oneof![Just(TimeZone::UTC), Just(central_europe())];
        let base = prop_oneof![
            Just("2026-03-27T12:00"),
            Just("2026-10-23T12:00"),
            Just("2026-11-23T00:00"),
        ];
        (zone, base, 0i64..2 * 24 * 60).prop_map(|(zone, base, minutes)| {
            at(base, &zone).checked_add(minutes.minutes()).unwrap()
        })
    }

    /// Every whole minute from `from` (inclusive) to `to` (exclusive).
    fn minutes_between(from: &Zoned, to: &Zoned) -> impl Iterator<Item = Zoned> {
        let to = to.clone();
        std::iter::successors(Some(from.clone()), |probe| {
            probe.checked_add(1.minute()).ok()
        })
        .take_while(move |probe| *probe < to)
    }

    proptest! {
        #[test]
        fn display_and_parse_round_trip(hours in any_hours()) {
            prop_assert_eq!(hours.to_string().parse::<WorkingHours>(), Ok(hours));
        }

        #[test]
        fn next_open_is_within_and_no_minute_before_it_is(
            set in proptest::collection::vec(any_hours(), 1..4),
            wall in any_wall(),
        ) {
            let opens = next_open(&set, &wall).unwrap();
            prop_assert!(opens >= wall);
            prop_assert!(is_within(&set, &opens));
            for probe in minutes_between(&wall, &opens) {
                prop_assert!(!is_within(&set, &probe), "{} is within", probe);
            }
        }

        #[test]
        fn next_close_is_outside_and_every_minute_from_the_opening_is_inside(
            set in proptest::collection::vec(any_hours(), 1..4),
            wall in any_wall(),
        ) {
            let opens = next_open(&set, &wall).unwrap();
            match next_close(&set, &wall) {
                Some(closes) => {
                    prop_assert!(closes > wall);
                    prop_assert!(!is_within(&set, &closes));
                    for probe in minutes_between(&opens, &closes) {
                        prop_assert!(is_within(&set, &probe), "{} is outside", probe);
                    }
                }
                None => {
                    // Only a set that covers every minute of the week never closes.
                    let week_later = opens.checked_add(7.days()).unwrap();
                    for probe in minutes_between(&opens, &week_later) {
                        prop_assert!(is_within(&set, &probe), "{} is outside", probe);
                    }
                }
            }
        }
    }

    #[test]
    fn the_days_and_span_of_a_set() {
        let set: Vec<WorkingHours> = [
            "Mon-Fri 09:00-12:00",
            "Mon-Thu 13:00-17:30",
            "Sat 10:00-11:00",
        ]
        .iter()
        .map(|text| text.parse().unwrap())
        .collect();
        let date = |text: &str| text.parse::<Date>().unwrap();
        assert!(opens_on(&set, date("2026-11-27")), "a Friday");
        assert!(opens_on(&set, date("2026-11-28")), "a Saturday");
        assert!(!opens_on(&set, date("2026-11-29")), "a Sunday");
        assert!(!opens_on(&[], date("2026-11-27")));
        assert_eq!(day_span(&set), Some((9 * 60, 17 * 60 + 30)));
        assert_eq!(day_span(&[]), None);
    }
}
