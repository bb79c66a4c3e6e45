//! `limber stats`: what the history file says, summed up for today or the week
//! (`--week`), shown as a picture (`--week --show`, in the window program: [`show_week`]), or
//! written out to take away (`--json`, `--csv`, [`super::export`]).
//!
//! The history is read one line at a time and used as it goes, so its size does not matter.
//! Damaged lines are reported (the first few, then how many more) and the rest still counts.

use super::config_file::shown;
use super::output::{self, say, table, Align};
use std::io::{self, BufWriter};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use jiff::civil::Date;

use crate::config::Config;
use crate::core::history::HistoryEvent;
use crate::core::stats::{self, Range, Summary};
use crate::core::week;
use crate::ipc::{self, Request};
use crate::paths::Paths;
use crate::store::{History, SkippedLine};
use crate::t;
use crate::window::week::WeekRequest;
use crate::wording::words;

use super::{export, EXIT_RUNTIME};

/// Damaged lines reported one by one; past these, only their number.
const SKIPPED_SHOWN: usize = 10;

/// The command line's `limber stats` flags (`crate::cli` keeps them apart as they must be).
pub struct Flags {
    pub week: bool,
    pub json: bool,
    pub csv: bool,
    pub since: Option<Date>,
}

/// What `limber stats` was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asked {
    Today,
    Week,
    Json { since: Option<Date> },
    Csv { since: Option<Date> },
}

impl Asked {
    /// What `flags` ask for on `today`; an export with `--week` starts six days before today.
    fn from(flags: &Flags, today: Date) -> Asked {
        let week_start = || today.checked_sub(jiff::Span::new().days(6)).ok();
        let since = flags
            .since
            .or_else(|| flags.week.then(week_start).flatten());
        match flags {
            Flags { json: true, .. } => Asked::Json { since },
            Flags { csv: true, .. } => Asked::Csv { since },
            Flags { week: true, .. } => Asked::Week,
            _ => Asked::Today,
        }
    }
}

pub fn run(paths: &Paths, config: &Config, flags: Flags) -> ExitCode {
    let read = read_history(paths, |events| {
        let now = jiff::Zoned::now();
        let working_hours = &config.schedule.working_hours;
        let ignored = match Asked::from(&flags, now.date()) {
            Asked::Today => {
                let today = stats::summarize(events, Range::Today, &now);
                let title = t!("cli-stats-today", day = words::day_short(now.date()));
                print_summary(&title, &today);
                today.ignored
            }
            Asked::Week => print_week(events, &now),
            Asked::Json { since } => {
                let mut out = BufWriter::new(io::stdout().lock());
                let written = export::write_json(&mut out, events, since, &now, working_hours);
                finish(written, out)
            }
            Asked::Csv { since } => {
                let mut out = BufWriter::new(io::stdout().lock());
                let written = export::write_csv(&mut out, events, since, now.time_zone());
                finish(written, out)
            }
        };
        ((), ignored)
    });
    match read {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

/// `limber stats --week --show`: the week picture, in a window (the window program's part).
pub fn show_week(paths: &Paths, config: &Config) -> ExitCode {
    // The picture is timed from here: reading the history is part of opening it.
    let started = Instant::now();
    let read = read_history(paths, |events| {
        let now = jiff::Zoned::now();
        let working_hours = &config.schedule.working_hours;
        let week = week::week(events, &now, working_hours, sitting_now(paths));
        let ignored = week.ignored;
        (week, ignored)
    });
    let week = match read {
        Ok(week) => week,
        Err(exit) => return exit,
    };
    if std::env::var_os("LIMBER_TRACE_FIRST_FRAME").is_some() {
        eprintln!(
            "week-read-ms {:.1}",
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    match crate::window::week::run(WeekRequest { week, started }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => super::stretch::window_failed(&problem),
    }
}

/// Hands the history's readable events to `use_them`, which returns what it made of them and
/// how many events it left out; says what was skipped or left out once it is done. Damaged
/// lines are said as they are met (the first few) and otherwise passed over. A history that
/// cannot be read at all is said, and exits 1.
fn read_history<T>(
    paths: &Paths,
    use_them: impl FnOnce(&mut dyn Iterator<Item = HistoryEvent>) -> (T, u32),
) -> Result<T, ExitCode> {
    let path = &paths.history_file;
    let events = match History::new(path.clone()).events() {
        Ok(events) => events,
        Err(refused) => {
            let said = t!("cli-history-unreadable", problem = refused.to_string());
            eprintln!("limber: {said}");
            return Err(ExitCode::from(EXIT_RUNTIME));
        }
    };
    let mut skipped = 0usize;
    let mut events = events.filter_map(|event| match event {
        Ok(event) => Some(event),
        Err(SkippedLine { line_no, reason }) => {
            skipped += 1;
            if skipped <= SKIPPED_SHOWN {
                let said = t!(
                    "cli-history-damaged-line",
                    path = shown(path),
                    line = line_no,
                    reason = reason.to_string()
                );
                eprintln!("limber: {said}");
            }
            None
        }
    });
    let (made, ignored) = use_them(&mut events);
    drop(events);
    report(path, skipped, ignored);
    Ok(made)
}

/// Flushes an export and returns how many events it left out; a failed write ends limber
/// ([`output::check`]).
fn finish(written: io::Result<export::Counted>, mut out: BufWriter<io::StdoutLock<'_>>) -> u32 {
    let flushed = written.and_then(|counted| {
        io::Write::flush(&mut out)?;
        Ok(counted)
    });
    match flushed {
        Ok(counted) => counted.ignored,
        Err(error) => {
            output::check(Err(error));
            0
        }
    }
}

/// Says on standard error what was skipped or left out beyond the lines already reported.
fn report(path: &Path, skipped: usize, ignored: u32) {
    if skipped > SKIPPED_SHOWN {
        let said = t!(
            "cli-history-more-damaged",
            path = shown(path),
            count = skipped - SKIPPED_SHOWN
        );
        eprintln!("limber: {said}");
    }
    if ignored > 0 {
        let said = t!("cli-history-left-out", path = shown(path), count = ignored);
        eprintln!("limber: {said}");
    }
}

/// How long the user has been sitting, if a limber is running and says so: the streak under
/// way, which the history gets only when it ends.
fn sitting_now(paths: &Paths) -> Option<Duration> {
    let socket = paths.socket_to_call().ok()?;
    let reply = ipc::call(&socket, &Request::Status {}).ok()?;
    let sitting = reply.status?.sitting_seconds;
    (sitting > 0).then(|| Duration::from_secs(sitting))
}

/// The last seven days, one line each, then their totals; returns how many events were left out.
fn print_week(events: impl Iterator<Item = HistoryEvent>, now: &jiff::Zoned) -> u32 {
    let mut rows = vec![vec![
        t!("cli-stats-week-day"),
        t!("cli-stats-week-reminders"),
        t!("cli-stats-week-done"),
        t!("cli-stats-week-snoozed"),
        t!("cli-stats-week-skipped"),
        t!("cli-stats-week-stretched"),
        t!("cli-stats-week-longest-sitting"),
    ]];
    let mut total = Summary::default();
    for (day, summary) in stats::per_day(events, 7, now) {
        rows.push(vec![
            words::day_short(day),
            summary.reminders.to_string(),
            summary.done.to_string(),
            summary.snoozed.to_string(),
            summary.skipped.to_string(),
            words::duration(summary.stretched),
            words::duration(summary.longest_sitting),
        ]);
        total.merge(&summary);
    }
    let mut align = vec![Align::Right; 7];
    align[0] = Align::Left;
    for line in table(&rows, &align) {
        say!("{line}");
    }
    say!();
    print_summary(&t!("cli-stats-last-seven-days"), &total);
    total.ignored
}

fn print_summary(title: &str, summary: &Summary) {
    say!("{title}");
    let rows = [
        (t!("cli-stats-reminders"), summary.reminders.to_string()),
        (t!("cli-stats-done"), summary.done.to_string()),
        (t!("cli-stats-stopped-early"), summary.cancelled.to_string()),
        (t!("cli-stats-snoozed"), summary.snoozed.to_string()),
        (t!("cli-stats-skipped"), summary.skipped.to_string()),
        (t!("cli-stats-dismissed"), summary.dismissed.to_string()),
        (
            t!("cli-stats-stretching"),
            words::duration(summary.stretched),
        ),
        (
            t!("cli-stats-longest-sitting"),
            words::duration(summary.longest_sitting),
        ),
    ]
    .map(|(label, value)| vec![label, value]);
    for line in table(&rows, &[]) {
        say!("  {line}");
    }
}
