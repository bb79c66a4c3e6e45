//! `limber list`: the catalogue as a table. The HOLD column shows each stretch's hold as
//! practice has made it, with how much it grew: "35 s (+5)".

use super::output::{say, table};
use std::process::ExitCode;

use crate::config::Config;
use crate::core::progression::{self, Progress};
use crate::paths::Paths;
use crate::practice;
use crate::store::History;
use crate::t;

pub fn print(paths: &Paths, config: &Config) -> ExitCode {
    let catalog = config.catalog();
    let history = History::new(paths.history_file.clone());
    let practice = practice::read(&history, &jiff::Zoned::now()).practice;
    let header = [
        t!("cli-list-heading-id"),
        t!("cli-list-heading-name"),
        t!("cli-list-heading-where"),
        t!("cli-list-heading-hold"),
        t!("cli-list-heading-sides"),
        String::new(),
    ];
    let rows = catalog.all().iter().map(|stretch| {
        let enabled = catalog.is_enabled(stretch);
        vec![
            stretch.id.clone(),
            stretch.name.clone(),
            stretch.position.label(),
            hold_cell(progression::progress(
                stretch,
                &practice,
                config.stretches.progression,
            )),
            match stretch.per_side {
                true => t!("cli-list-each-side"),
                false => t!("cli-list-once"),
            },
            match enabled {
                true => String::new(),
                false => t!("cli-list-off"),
            },
        ]
    });
    let rows: Vec<Vec<String>> = std::iter::once(header.to_vec()).chain(rows).collect();
    for line in table(&rows, &[]) {
        say!("{line}");
    }
    ExitCode::SUCCESS
}

/// "30 s", or "35 s (+5)" once practice has lengthened it. In seconds however long, as the
/// config writes holds, so a custom 90 s hold does not read as "1 min".
fn hold_cell(progress: Progress) -> String {
    let hold = t!("duration-seconds", seconds = progress.hold.as_secs());
    match progress.added.as_secs() {
        0 => hold,
        added => t!("cli-list-hold-grown", hold = hold, added = added),
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
