//! `limber stats --json` and `limber stats --csv`: the history to take away, in documented
//! formats (`docs/export.md`). Everything is written to standard output; nothing leaves the
//! machine unless the user sends it somewhere.
//!
//! Both list the events, one row each, with times on the user's wall clock and its offset from
//! UTC; the JSON adds the days, added up as the week picture adds them ([`crate::core::week`]).
//! The history is read once: CSV rows are written as the lines are read, JSON once the days are
//! known. Events no real limber writes (a stretch held for a day) are left out, as everywhere.

use std::io::{self, Write};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use serde::Serialize;

use crate::core::history::{BreakKind, EventKind, HistoryEvent, HoldEnded};
use crate::core::stats::{plausible, sat_length};
use crate::core::week::{Book, Day, GOAL_PER_DAY};
use crate::core::working_hours::WorkingHours;

/// The version of both formats; raised only if a column or field changes meaning.
pub const EXPORT_FORMAT: u32 = 1;
/// The CSV's columns, in order.
const CSV_COLUMNS: &str = "kind,start,end,date,seconds,stretch,reasons,ended";

/// One event, as exported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// "sitting", "reminder", "held", "snooze", "skip", "stretch_done",
    /// "stretch_stopped_early", "stretch_cancelled", "pause", "resume".
    pub kind: &'static str,
    /// When it happened or began: RFC 3339 on the wall clock, with its offset.
    pub start: String,
    /// When it ended, for what lasts: sitting, held, a pause with an end.
    pub end: Option<String>,
    /// The calendar day of `start`.
    pub date: String,
    /// Sitting, held or stretching time; a snooze's length.
    pub seconds: Option<u64>,
    pub stretch: Option<String>,
    /// What held a reminder, joined by ';'.
    pub reasons: Option<String>,
    /// What ended a sitting streak (idle, locked, asleep, stretch) or became of a held reminder
    /// (shown, shown_anyway, skipped, dropped); "other" for words a newer limber wrote.
    pub ended: Option<&'static str>,
    /// `date`, to compare.
    #[serde(skip)]
    pub day: Date,
}

/// What the export counts besides its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counted {
    /// Events left out because no real event has their values.
    pub ignored: u32,
}

fn local(at: Timestamp, zone: &TimeZone) -> Zoned {
    at.to_zoned(zone.clone())
}

fn rfc3339(at: Timestamp, zone: &TimeZone) -> String {
    local(at, zone).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

fn break_word(kind: BreakKind) -> &'static str {
    match kind {
        BreakKind::Idle => "idle",
        BreakKind::Locked => "locked",
        BreakKind::Asleep => "asleep",
        BreakKind::Stretch => "stretch",
        BreakKind::Other => "other",
    }
}

fn hold_word(ended: HoldEnded) -> &'static str {
    match ended {
        HoldEnded::Shown => "shown",
        HoldEnded::ShownAnyway => "shown_anyway",
        HoldEnded::Skipped => "skipped",
        HoldEnded::Dropped => "dropped",
        HoldEnded::Other => "other",
    }
}

/// The row for `event`, or None for a kind this limber does not know.
pub fn row(event: &HistoryEvent, zone: &TimeZone) -> Option<Row> {
    let mut start = event.at;
    let mut row = Row {
        kind: "",
        start: String::new(),
        end: None,
        date: String::new(),
        seconds: None,
        stretch: None,
        reasons: None,
        ended: None,
        day: Date::MIN,
    };
    let with_stretch = |row: &mut Row, kind, stretch: &str, seconds: Option<u64>| {
        row.kind = kind;
        row.stretch = Some(stretch.to_string());
        row.seconds = seconds;
    };
    match &event.kind {
        EventKind::Reminded { stretch } => with_stretch(&mut row, "reminder", stretch, None),
        EventKind::Skipped { stretch } => with_stretch(&mut row, "skip", stretch, None),
        EventKind::Dismissed { stretch } => with_stretch(&mut row, "dismiss", stretch, None),
        EventKind::Done { stretch, held_secs } => {
            with_stretch(&mut row, "stretch_done", stretch, Some(*held_secs))
        }
        EventKind::StoppedEarly {
            stretch, held_secs, ..
        } => with_stretch(&mut row, "stretch_stopped_early", stretch, Some(*held_secs)),
        EventKind::Cancelled { stretch, held_secs } => {
            with_stretch(&mut row, "stretch_cancelled", stretch, Some(*held_secs))
        }
        EventKind::Snoozed { secs } => {
            row.kind = "snooze";
            row.seconds = Some(*secs);
        }
        EventKind::SatFor { secs } => {
            row.kind = "sitting";
            row.seconds = Some(*secs);
            start = event
                .at
                .checked_sub(jiff::SignedDuration::from_secs(i64::try_from(*secs).ok()?))
                .ok()?;
            row.end = Some(rfc3339(event.at, zone));
        }
        EventKind::Sat { from, to, ended_by } => {
            row.kind = "sitting";
            row.seconds = Some(sat_length(*from, *to).as_secs());
            start = *from;
            row.end = Some(rfc3339(*to, zone));
            row.ended = Some(break_word(*ended_by));
        }
        EventKind::Held {
            from,
            reasons,
            ended,
        } => {
            row.kind = "held";
            row.seconds = Some(sat_length(*from, event.at).as_secs());
            start = *from;
            row.end = Some(rfc3339(event.at, zone));
            let words: Vec<String> = reasons
                .iter()
                .filter_map(|reason| serde_json::to_value(reason).ok())
                .filter_map(|value| value.as_str().map(str::to_string))
                .collect();
            row.reasons = Some(words.join(";"));
            row.ended = Some(hold_word(*ended));
        }
        EventKind::Paused { until } => {
            row.kind = "pause";
            row.end = until.map(|until| rfc3339(until, zone));
        }
        EventKind::Resumed => row.kind = "resume",
        EventKind::Unknown => return None,
    }
    row.start = rfc3339(start, zone);
    row.day = local(start, zone).date();
    row.date = row.day.to_string();
    Some(row)
}

/// The rows of `events` from `since` on (every one when None), each handed to `each` as it is
/// read, and every event added to `book`.
fn rows(
    events: impl IntoIterator<Item = HistoryEvent>,
    since: Option<Date>,
    zone: &TimeZone,
    mut book: Option<&mut Book>,
    mut each: impl FnMut(Row) -> io::Result<()>,
) -> io::Result<Counted> {
    let mut counted = Counted::default();
    for event in events {
        if let Some(book) = book.as_deref_mut() {
            book.add(&event);
        }
        if !plausible(&event.kind) {
            counted.ignored = counted.ignored.saturating_add(1);
            continue;
        }
        let Some(row) = row(&event, zone) else {
            continue;
        };
        if since.is_some_and(|since| row.day < since) {
            continue;
        }
        each(row)?;
    }
    Ok(counted)
}

/// Writes the CSV: a header, then a row per event, as they are read.
pub fn write_csv(
    out: &mut impl Write,
    events: impl IntoIterator<Item = HistoryEvent>,
    since: Option<Date>,
    zone: &TimeZone,
) -> io::Result<Counted> {
    writeln!(out, "{CSV_COLUMNS}")?;
    rows(events, since, zone, None, |row| {
        let seconds = row.seconds.map(|s| s.to_string());
        let fields = [
            Some(row.kind),
            Some(row.start.as_str()),
            row.end.as_deref(),
            Some(row.date.as_str()),
            seconds.as_deref(),
            row.stretch.as_deref(),
            row.reasons.as_deref(),
            row.ended,
        ];
        let line: Vec<String> = fields
            .iter()
            .map(|field| csv_field(field.unwrap_or_default()))
            .collect();
        writeln!(out, "{}", line.join(","))
    })
}

/// One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180); and one that
/// a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first, from an edited history) is
/// given a leading `'`, so opening the file never runs anything.
fn csv_field(text: &str) -> String {
    let mut text = text.to_string();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        text.insert(0, '\'');
    }
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One day, as exported.
#[derive(Serialize)]
struct DayRecord {
    date: String,
    working_day: bool,
    sitting_secs: u64,
    /// Sitting per hour of the wall clock, from 00:00.
    sitting_secs_by_hour: Vec<u64>,
    longest_sitting_secs: u64,
    stretches_done: u32,
    stretches_stopped_early: u32,
    goal_met: bool,
    reminders: u32,
    reminders_held: u32,
    snoozed: u32,
    skipped: u32,
    dismissed: u32,
}

impl DayRecord {
    fn of(day: &Day) -> DayRecord {
        DayRecord {
            date: day.date.to_string(),
            working_day: day.working,
            sitting_secs: day.sat.as_secs(),
            sitting_secs_by_hour: day.hours.iter().map(|hour| hour.sat.as_secs()).collect(),
            longest_sitting_secs: day.longest.map_or(0, |streak| streak.length().as_secs()),
            stretches_done: day.done(),
            stretches_stopped_early: day.summary.cancelled,
            goal_met: day.met_goal(),
            reminders: day.summary.reminders,
            reminders_held: day.hours.iter().map(|hour| hour.held.len() as u32).sum(),
            snoozed: day.summary.snoozed,
            skipped: day.summary.skipped,
            dismissed: day.summary.dismissed,
        }
    }
}

/// The JSON document's fields before its events.
#[derive(Serialize)]
struct Head<'a> {
    format: u32,
    generated_at: String,
    time_zone: &'a str,
    since: Option<String>,
    goal_per_day: u32,
}

/// Writes the JSON document: one object with the events (each on a line of its own, written as
/// they are read, so no history is held whole), then the days something happened on (the last
/// ten years at most, [`crate::core::week::KEPT_DAYS`]) and the goal streak, from `since` on.
pub fn write_json(
    out: &mut impl Write,
    events: impl IntoIterator<Item = HistoryEvent>,
    since: Option<Date>,
    now: &Zoned,
    working_hours: &[WorkingHours],
) -> io::Result<Counted> {
    let zone = now.time_zone();
    let head = Head {
        format: EXPORT_FORMAT,
        generated_at: rfc3339(now.timestamp(), zone),
        time_zone: zone.iana_name().unwrap_or("UTC"),
        since: since.map(|day| day.to_string()),
        goal_per_day: GOAL_PER_DAY,
    };
    let head = serde_json::to_string(&head).map_err(io::Error::other)?;
    // The head's closing brace makes way for the rest.
    write!(out, "{},\n\"events\":[", &head[..head.len() - 1])?;
    let mut book = Book::new(
        since.unwrap_or(Date::MIN),
        now.date(),
        zone.clone(),
        working_hours,
    );
    let mut first = true;
    let counted = rows(events, since, zone, Some(&mut book), |row| {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        serde_json::to_writer(&mut *out, &row).map_err(io::Error::other)
    })?;
    write!(out, "\n],\n\"days\":[")?;
    for (index, day) in book.days().enumerate() {
        out.write_all(if index == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &DayRecord::of(day)).map_err(io::Error::other)?;
    }
    writeln!(
        out,
        "\n],\n\"goal_streak_days\":{}}}",
        book.goal_streak(now.date())
    )?;
    Ok(counted)
}

#[cfg(test)]
mod tests;
