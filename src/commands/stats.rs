//! `limber stats [--week]`: what the history file says, summed up.

use super::output::say;
use std::process::ExitCode;
use std::time::Duration;

use crate::core::stats::{self, Range, Summary};
use crate::paths::Paths;
use crate::store::History;

use super::EXIT_RUNTIME;

pub fn print(paths: &Paths, week: bool) -> ExitCode {
    let read = match History::new(paths.history_file.clone()).read() {
        Ok(read) => read,
        Err(error) => {
            eprintln!(
                "limber: could not read {}: {error}",
                paths.history_file.display()
            );
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    for skipped in &read.skipped {
        eprintln!(
            "limber: {}:{}: skipped a damaged line ({})",
            paths.history_file.display(),
            skipped.line_no,
            skipped.reason
        );
    }
    let now = jiff::Zoned::now();
    if week {
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
        for (day, summary) in stats::per_day(&read.events, 7, &now) {
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
        }
        let total = stats::summarize(&read.events, Range::Week, &now);
        say!();
        print_summary("Last 7 days", &total);
    } else {
        let today = stats::summarize(&read.events, Range::Today, &now);
        print_summary(&format!("Today ({})", now.strftime("%a %d %b")), &today);
    }
    ExitCode::SUCCESS
}

fn print_summary(title: &str, summary: &Summary) {
    say!("{title}");
    say!("  reminders               {}", summary.reminders);
    say!("  stretches done          {}", summary.done);
    say!("  stopped early           {}", summary.cancelled);
    say!("  snoozed                 {}", summary.snoozed);
    say!("  skipped                 {}", summary.skipped);
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
