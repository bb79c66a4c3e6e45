//! `limber stats [--week]`: what the history file says, summed up.
//!
//! The history is read one line at a time and summed as it goes, so its size does not matter.
//! Damaged lines are reported (the first few, then how many more) and the rest still counts.

use super::output::say;
use std::process::ExitCode;
use std::time::Duration;

use crate::core::history::HistoryEvent;
use crate::core::stats::{self, Range, Summary};
use crate::paths::Paths;
use crate::store::{History, SkippedLine};

use super::EXIT_RUNTIME;

/// Damaged lines reported one by one; past these, only their number.
const SKIPPED_SHOWN: usize = 10;

pub fn print(paths: &Paths, week: bool) -> ExitCode {
    let path = &paths.history_file;
    let events = match History::new(path.clone()).events() {
        Ok(events) => events,
        Err(refused) => {
            eprintln!("limber: could not read the history: {refused}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    let mut skipped = 0usize;
    let events = events.filter_map(|event| match event {
        Ok(event) => Some(event),
        Err(SkippedLine { line_no, reason }) => {
            skipped += 1;
            if skipped <= SKIPPED_SHOWN {
                eprintln!(
                    "limber: {}:{line_no}: skipped a damaged line ({reason})",
                    path.display()
                );
            }
            None
        }
    });
    let now = jiff::Zoned::now();
    let ignored = if week {
        print_week(events, &now)
    } else {
        let today = stats::summarize(events, Range::Today, &now);
        print_summary(&format!("Today ({})", now.strftime("%a %d %b")), &today);
        today.ignored
    };
    if skipped > SKIPPED_SHOWN {
        eprintln!(
            "limber: {}: skipped {} more damaged lines",
            path.display(),
            skipped - SKIPPED_SHOWN
        );
    }
    if ignored > 0 {
        eprintln!(
            "limber: {}: left out {ignored} events whose times no real stretch or sitting \
             streak can have",
            path.display()
        );
    }
    ExitCode::SUCCESS
}

/// The last seven days, one line each, then their totals; returns how many events were left out.
fn print_week(events: impl Iterator<Item = HistoryEvent>, now: &jiff::Zoned) -> u32 {
    say!(
        "{:<12} {:>9} {:>5} {:>7} {:>7} {:>9} {:>15}",
        "DAY",
        "REMINDERS",
        "DONE",
        "SNOOZED",
        "SKIPPED",
        "STRETCHED",
        "LONGEST SITTING"
    );
    let mut total = Summary::default();
    for (day, summary) in stats::per_day(events, 7, now) {
        say!(
            "{:<12} {:>9} {:>5} {:>7} {:>7} {:>9} {:>15}",
            day.strftime("%a %d %b").to_string(),
            summary.reminders,
            summary.done,
            summary.snoozed,
            summary.skipped,
            minutes(summary.stretched),
            minutes(summary.longest_sitting),
        );
        total.merge(&summary);
    }
    say!();
    print_summary("Last 7 days", &total);
    total.ignored
}

fn print_summary(title: &str, summary: &Summary) {
    say!("{title}");
    say!("  reminders               {}", summary.reminders);
    say!("  stretches done          {}", summary.done);
    say!("  stopped early           {}", summary.cancelled);
    say!("  snoozed                 {}", summary.snoozed);
    say!("  skipped                 {}", summary.skipped);
    say!("  dismissed               {}", summary.dismissed);
    say!("  time stretching         {}", minutes(summary.stretched));
    say!(
        "  longest sitting streak  {}",
        minutes(summary.longest_sitting)
    );
}

/// "12 min", "1 h 05 min", "40 s".
fn minutes(duration: Duration) -> String {
    let secs = duration.as_secs();
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        _ => format!("{} h {:02} min", secs / 3600, secs % 3600 / 60),
    }
}
