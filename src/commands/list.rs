//! `limber list`: the catalogue as a table.

use super::output::say;
use std::process::ExitCode;

use crate::config::Config;

pub fn print(config: &Config) -> ExitCode {
    let catalog = config.catalog();
    let rows: Vec<[String; 6]> = catalog
        .all()
        .iter()
        .map(|stretch| {
            let enabled = catalog.is_enabled(stretch);
            [
                stretch.id.clone(),
                stretch.name.clone(),
                stretch.position.label().to_string(),
                format!("{} s", stretch.hold.as_secs()),
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
