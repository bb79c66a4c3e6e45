//! The week at a glance, from the history: how long the user sat in each hour of each day, the
//! stretches done and the reminders held there, and the habit's numbers (today against the
//! article's goal of two stretches a day, the current streak of days that met it, the longest
//! sitting streak). Pure: the events and the moment come in, the picture's data goes out.
//!
//! Days are the user's calendar days and hours the hours on the wall clock, in the zone of the
//! `now` passed in. An hour cell runs from the instant the wall clock first reads its hour to the
//! instant it first reads the next, so a day on which the clocks change has an hour that holds
//! nothing (spring) or one that holds two real hours (autumn), and every instant of the day falls
//! in exactly one cell. A streak is split over the cells and days it covers, so one that crosses
//! midnight counts on both days; it is the longest streak of the day on which it ended.
//!
//! The history is read in one pass, whatever its length: each event is added to a [`Book`] as it
//! comes, which keeps only the days something happened on.
//!
//! Old history still draws: a `sat_for` line (a length, stamped when the break was noticed) is
//! taken as a streak that ended at its stamp, and [`Week::approximate`] says so; before `held`
//! lines were written, no hold can be shown.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::time::Duration;

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, Zoned};

use super::history::{EventKind, HistoryEvent};
use super::hold::BusyReason;
use super::stats::{plausible, sat_length, Summary};
use super::working_hours::{self, WorkingHours};

/// Stretches a day, as the article advises ("at least twice a day").
pub const GOAL_PER_DAY: u32 = 2;
/// The hours shown at least when no working hours are set: 8:00 to 18:00.
const DEFAULT_HOURS: Range<u8> = 8..18;
/// How far back a [`Book`] keeps days and follows the goal streak: ten years. Older days are
/// left out, so a history forged with events on a million different days cannot fill memory.
pub const KEPT_DAYS: i32 = 3660;
/// Longer than any hold: the config allows eight hours.
const MAX_HELD: Duration = Duration::from_secs(24 * 3600);

/// A sitting streak, from its first input to its last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Streak {
    pub from: Timestamp,
    pub to: Timestamp,
}

impl Streak {
    pub fn length(&self) -> Duration {
        sat_length(self.from, self.to)
    }
}

/// A reminder held while the user was busy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub from: Timestamp,
    pub until: Timestamp,
    /// Empty when only reasons a newer limber knows held it.
    pub reasons: Vec<BusyReason>,
}

/// One hour of one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hour {
    /// When the hour begins and ends (equal for the hour a spring clock change skips).
    pub from: Timestamp,
    pub to: Timestamp,
    /// Time spent sitting in it.
    pub sat: Duration,
    /// Stretches done in it.
    pub done: u32,
    /// Reminders that came due in it and were held.
    pub held: Vec<Held>,
}

/// One calendar day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: Date,
    /// Whether it counts toward the goal streak ([`is_working_day`]).
    pub working: bool,
    /// 24 hours, from midnight.
    pub hours: Vec<Hour>,
    /// Time spent sitting over the whole day.
    pub sat: Duration,
    /// The longest streak that ended on this day.
    pub longest: Option<Streak>,
    /// Reminders, stretches, snoozes and skips that day.
    pub summary: Summary,
}

impl Day {
    fn new(date: Date, zone: &TimeZone, working_hours: &[WorkingHours]) -> Day {
        let starts: Vec<Timestamp> = (0..=24).map(|hour| hour_start(date, hour, zone)).collect();
        Day {
            date,
            working: is_working_day(working_hours, date),
            hours: starts
                .windows(2)
                .map(|pair| Hour {
                    from: pair[0],
                    to: pair[1].max(pair[0]),
                    sat: Duration::ZERO,
                    done: 0,
                    held: Vec::new(),
                })
                .collect(),
            sat: Duration::ZERO,
            longest: None,
            summary: Summary::default(),
        }
    }

    /// Stretches done that day.
    pub fn done(&self) -> u32 {
        self.summary.done
    }

    /// Whether the day's stretches reached the goal.
    pub fn met_goal(&self) -> bool {
        self.done() >= GOAL_PER_DAY
    }
}

/// When the wall clock first reads `hour`:00 on `date` (24: the midnight after it); for an hour
/// the clocks skip, the instant they jump past it.
fn hour_start(date: Date, hour: i8, zone: &TimeZone) -> Timestamp {
    let (date, hour) = match hour {
        24 => (date.tomorrow().unwrap_or(date), 0),
        hour => (date, hour),
    };
    // "Compatible": the earlier of two instants in a fold, the jump itself in a gap.
    zone.to_timestamp(date.at(hour, 0, 0, 0))
        .unwrap_or(Timestamp::MAX)
}

/// Which days count toward the goal streak, and which are left out of it (neither counting
/// nor breaking it): the days any working-hours window opens on, or Monday to Friday when none
/// is set.
pub fn is_working_day(working_hours: &[WorkingHours], date: Date) -> bool {
    if working_hours.is_empty() {
        !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
    } else {
        working_hours::opens_on(working_hours, date)
    }
}

/// The history added up by day and hour, one event at a time, for the days `first..=last` (at
/// most the last [`KEPT_DAYS`] of them); days nothing happened on take no room. Done stretches
/// are also counted for the days before `first`, back as far, for the goal streak.
pub struct Book {
    /// The oldest day counted at all.
    oldest: Date,
    zone: TimeZone,
    working_hours: Vec<WorkingHours>,
    first: Date,
    last: Date,
    days: BTreeMap<Date, Day>,
    done_by_day: BTreeMap<Date, u32>,
    earliest: Option<Date>,
    approximate: bool,
    ignored: u32,
}

impl Book {
    pub fn new(first: Date, last: Date, zone: TimeZone, working_hours: &[WorkingHours]) -> Book {
        let oldest = last
            .checked_sub(jiff::Span::new().days(KEPT_DAYS - 1))
            .unwrap_or(Date::MIN);
        Book {
            oldest,
            first: first.max(oldest),
            zone,
            working_hours: working_hours.to_vec(),
            last,
            days: BTreeMap::new(),
            done_by_day: BTreeMap::new(),
            earliest: None,
            approximate: false,
            ignored: 0,
        }
    }

    /// Adds one event.
    pub fn add(&mut self, event: &HistoryEvent) {
        let date = self.date_of(event.at);
        self.earliest = Some(self.earliest.map_or(date, |earliest| earliest.min(date)));
        if !plausible(&event.kind) {
            self.ignored = self.ignored.saturating_add(1);
            return;
        }
        if matches!(event.kind, EventKind::Done { .. }) && (self.oldest..=self.last).contains(&date)
        {
            let count = self.done_by_day.entry(date).or_default();
            *count = count.saturating_add(1);
        }
        if self.covers(date) {
            self.day_mut(date).summary.add(&event.kind);
        }
        match &event.kind {
            EventKind::Sat { from, to, .. } => {
                self.add_streak(Streak {
                    from: *from,
                    to: *to,
                });
            }
            EventKind::SatFor { secs } => {
                let from = event
                    .at
                    .checked_sub(SignedDuration::from_secs(i64::try_from(*secs).unwrap_or(0)))
                    .unwrap_or(event.at);
                if self.add_streak(Streak { from, to: event.at }) {
                    self.approximate = true;
                }
            }
            EventKind::Done { .. } if self.covers(date) => {
                let hour = self.hour_of(event.at);
                let cell = &mut self.day_mut(date).hours[hour];
                cell.done = cell.done.saturating_add(1);
            }
            EventKind::Held { from, reasons, .. } => {
                let until = event.at;
                let from_date = self.date_of(*from);
                if *from > until || sat_length(*from, until) > MAX_HELD {
                    self.ignored = self.ignored.saturating_add(1);
                } else if self.covers(from_date) {
                    let hour = self.hour_of(*from);
                    self.day_mut(from_date).hours[hour].held.push(Held {
                        from: *from,
                        until,
                        reasons: reasons.clone(),
                    });
                }
            }
            _ => {}
        }
    }

    /// Adds a sitting streak over the hours and days it covers; whether any of it fell inside
    /// the book's days.
    pub fn add_streak(&mut self, streak: Streak) -> bool {
        if streak.to <= streak.from {
            return false;
        }
        let mut date = self.date_of(streak.from).max(self.first);
        // The day holding the streak's last instant is where it ended.
        let ended_on = self.date_of(
            streak
                .to
                .checked_sub(SignedDuration::from_nanos(1))
                .unwrap_or(streak.to),
        );
        let last = ended_on.min(self.last);
        let mut inside = false;
        while date <= last {
            let day = self.day_mut(date);
            for hour in &mut day.hours {
                // Overlapping streaks (a history copied into itself) never fill an hour past
                // its length.
                let overlap = sat_length(hour.from.max(streak.from), hour.to.min(streak.to));
                let filled = hour
                    .sat
                    .saturating_add(overlap)
                    .min(sat_length(hour.from, hour.to));
                day.sat = day.sat.saturating_add(filled - hour.sat);
                hour.sat = filled;
            }
            if date == ended_on
                && day
                    .longest
                    .is_none_or(|long| long.length() < streak.length())
            {
                day.longest = Some(streak);
            }
            inside = true;
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
        inside
    }

    /// The day `date`, with nothing in it when nothing happened.
    pub fn day(&self, date: Date) -> Day {
        self.days
            .get(&date)
            .cloned()
            .unwrap_or_else(|| Day::new(date, &self.zone, &self.working_hours))
    }

    /// The days something happened on, in order.
    pub fn days(&self) -> impl Iterator<Item = &Day> {
        self.days.values()
    }

    /// Whether some sitting came from lines that gave only a length.
    pub fn approximate(&self) -> bool {
        self.approximate
    }

    /// Events left out because no real event has their values.
    pub fn ignored(&self) -> u32 {
        self.ignored
    }

    /// How many days in a row met the goal, up to `today`: today counts once it has, but never
    /// breaks the streak while it is under way; a day that is not a working day neither counts
    /// nor breaks it. Followed back to the first day in the history.
    pub fn goal_streak(&self, today: Date) -> u32 {
        let working = |date: Date| is_working_day(&self.working_hours, date);
        let Some(earliest) = self.earliest else {
            return 0;
        };
        let met = |date: Date| self.done_by_day.get(&date).copied().unwrap_or(0) >= GOAL_PER_DAY;
        let mut streak = u32::from(working(today) && met(today));
        let days_before =
            std::iter::successors(today.yesterday().ok(), |date| date.yesterday().ok())
                .take_while(|date| *date >= earliest)
                .take(KEPT_DAYS as usize);
        for date in days_before.filter(|date| working(*date)) {
            if !met(date) {
                break;
            }
            streak += 1;
        }
        streak
    }

    fn covers(&self, date: Date) -> bool {
        self.first <= date && date <= self.last
    }

    fn date_of(&self, at: Timestamp) -> Date {
        self.zone.to_datetime(at).date()
    }

    /// The hour cell holding `at`: the wall clock's hour (both passes of an autumn hour share
    /// one cell; the skipped spring hour never shows).
    fn hour_of(&self, at: Timestamp) -> usize {
        usize::from(self.zone.to_datetime(at).hour().unsigned_abs()).min(23)
    }

    fn day_mut(&mut self, date: Date) -> &mut Day {
        let (zone, working_hours) = (&self.zone, &self.working_hours);
        self.days
            .entry(date)
            .or_insert_with(|| Day::new(date, zone, working_hours))
    }
}

/// The totals of a run of days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub sat: Duration,
    pub done: u32,
    /// Working days so far, and how many of them met the goal.
    pub working_days: u32,
    pub met_goal: u32,
    pub longest: Option<Streak>,
}

/// Adds up `days`; only working days count toward the goal.
pub fn totals(days: &[Day]) -> Totals {
    let mut totals = Totals::default();
    for day in days {
        totals.sat = totals.sat.saturating_add(day.sat);
        totals.done = totals.done.saturating_add(day.done());
        if day.working {
            totals.working_days += 1;
            totals.met_goal += u32::from(day.met_goal());
        }
        if let Some(streak) = day.longest {
            if totals
                .longest
                .is_none_or(|long| long.length() < streak.length())
            {
                totals.longest = Some(streak);
            }
        }
    }
    totals
}

/// Everything the week picture shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    pub now: Zoned,
    /// The hours shown, e.g. `8..18`: the working hours, or the hours with anything in them
    /// and at least 8:00 to 18:00.
    pub hours: Range<u8>,
    /// The week before, then this week: 14 days ending today, oldest first.
    pub days: Vec<Day>,
    pub this_week: Totals,
    pub week_before: Totals,
    /// Days in a row that met the goal ([`Book::goal_streak`]).
    pub goal_streak: u32,
    /// Some sitting came from old lines that gave only a length.
    pub approximate: bool,
    /// Events left out because no real event has their values.
    pub ignored: u32,
}

impl Week {
    /// Today's row.
    pub fn today(&self) -> &Day {
        &self.days[self.days.len() - 1]
    }
}

/// Days in each of the two weeks.
pub const WEEK_DAYS: usize = 7;

/// The week picture from `events` (in any order), as of `now`. `sitting_now`: the streak under
/// way, when limber is running and the user is sitting, which the history has not got yet.
pub fn week<E: Borrow<HistoryEvent>>(
    events: impl IntoIterator<Item = E>,
    now: &Zoned,
    working_hours: &[WorkingHours],
    sitting_now: Option<Duration>,
) -> Week {
    let today = now.date();
    let first = today
        .checked_sub(jiff::Span::new().days(2 * WEEK_DAYS as i64 - 1))
        .unwrap_or(today);
    let mut book = Book::new(first, today, now.time_zone().clone(), working_hours);
    for event in events {
        book.add(event.borrow());
    }
    if let Some(sitting) = sitting_now.and_then(|s| SignedDuration::try_from(s).ok()) {
        let to = now.timestamp();
        if let Ok(from) = to.checked_sub(sitting) {
            book.add_streak(Streak { from, to });
        }
    }
    let days: Vec<Day> = std::iter::successors(Some(first), |date| date.tomorrow().ok())
        .take_while(|date| *date <= today)
        .map(|date| book.day(date))
        .collect();
    let split = days.len().saturating_sub(WEEK_DAYS);
    Week {
        hours: shown_hours(working_hours, &days),
        this_week: totals(&days[split..]),
        week_before: totals(&days[..split]),
        goal_streak: book.goal_streak(today),
        approximate: book.approximate(),
        ignored: book.ignored(),
        days,
        now: now.clone(),
    }
}

/// The hours to show: the working hours' span, or else the hours anything happened in, and
/// always at least 8:00 to 18:00.
fn shown_hours(working_hours: &[WorkingHours], days: &[Day]) -> Range<u8> {
    if let Some((start, end)) = working_hours::day_span(working_hours) {
        let first = (start / 60) as u8;
        let end = end.div_ceil(60).min(24) as u8;
        return first..end.max(first + 1);
    }
    let busy = |hour: &Hour| !hour.sat.is_zero() || hour.done > 0 || !hour.held.is_empty();
    let active: Vec<u8> = days
        .iter()
        .flat_map(|day| day.hours.iter().enumerate())
        .filter(|(_, hour)| busy(hour))
        .map(|(index, _)| index as u8)
        .collect();
    let first = active
        .iter()
        .copied()
        .min()
        .map_or(DEFAULT_HOURS.start, |h| h.min(DEFAULT_HOURS.start));
    let end = active
        .iter()
        .copied()
        .max()
        .map_or(DEFAULT_HOURS.end, |h| (h + 1).max(DEFAULT_HOURS.end));
    first..end
}

#[cfg(test)]
mod tests;
