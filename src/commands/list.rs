//! `limber list`: the catalogue as a table. The HOLD column shows each stretch's hold as
//! practice has made it, with how much it grew: "35 s (+5)".

use super::output::say;
use std::process::ExitCode;

use crate::config::Config;
use crate::core::progression::{self, Progress};
use crate::paths::Paths;
use crate::practice;
use crate::store::History;

pub fn print(paths: &Paths, config: &Config) -> ExitCode {
    let catalog = config.catalog();
    let history = History::new(paths.history_file.clone());
    let practice = practice::read(&history, &jiff::Zoned::now()).practice;
    let rows: Vec<[String; 6]> = catalog
        .all()
        .iter()
        .map(|stretch| {
            let enabled = catalog.is_enabled(stretch);
            [
                stretch.id.clone(),
                stretch.name.clone(),
                stretch.position.label().to_string(),
                hold_cell(progression::progress(
                    stretch,
                    &practice,
                    config.stretches.progression,
                )),
                if stretch.per_side {
                    "each side"
                } else {
                    "once"
                }
                .to_string(),
                if enabled { "" } else { "off" }.to_string(),
            ]
        })
        .collect();
    let header = ["ID", "NAME", "WHERE", "HOLD", "SIDES", ""].map(String::from);
    let mut widths = [0usize; 6];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        say!("{}", line.join("  ").trim_end());
    }
    ExitCode::SUCCESS
}

/// "30 s", or "35 s (+5)" once practice has lengthened it.
fn hold_cell(progress: Progress) -> String {
    let hold = progress.hold.as_secs();
    match progress.added.as_secs() {
        0 => format!("{hold} s"),
        added => format!("{hold} s (+{added})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_hold_says_how_much_practice_added() {
        let progress = |hold, added| Progress {
            hold: Duration::from_secs(hold),
            added: Duration::from_secs(added),
            done: 5,
            grew: false,
        };
        assert_eq!(hold_cell(progress(30, 0)), "30 s");
        assert_eq!(hold_cell(progress(35, 5)), "35 s (+5)");
    }
}
