//! What each command does. `main` parses the command line and lands here.
//!
//! Exit codes are a contract: 0 when it worked, 1 when something at run time failed (no daemon,
//! a file that cannot be written), 2 when the command line or the config file is wrong.

mod output;

mod autostart;
mod client;
mod config_file;
mod export;
mod list;
mod open;
mod stats;
mod stretch;
mod window_report;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::paths::Paths;

/// Something went wrong at run time.
pub const EXIT_RUNTIME: u8 = 1;
/// The command line or the config file is wrong.
pub const EXIT_USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let paths = match Paths::discover(cli.config.clone()) {
        Ok(paths) => paths,
        Err(problem) => {
            eprintln!("limber: {problem}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    match cli.command {
        // Launchpad starts limber.app with no command but this variable: open its window.
        None if std::env::var_os(open::OPENED_FROM_LAUNCHER).is_some() => {
            open::run(&paths, cli.config.as_deref())
        }
        None => crate::daemon::run(paths, cli.config),
        Some(Command::Open) => open::run(&paths, cli.config.as_deref()),
        Some(Command::List) => with_config(&paths, |config| list::print(&paths, config)),
        Some(Command::Stats {
            week,
            show,
            json,
            csv,
            since,
        }) => {
            let flags = stats::Flags {
                week,
                show,
                json,
                csv,
                since,
            };
            with_config(&paths, |config| stats::run(&paths, config, flags))
        }
        Some(Command::Config { action }) => config_file::run(&paths, action),
        Some(Command::Autostart { action }) => autostart::run(action),
        Some(Command::Stretch {
            id,
            here: true,
            ready,
        }) => with_config(&paths, |config| stretch::here(&paths, config, id, ready)),
        // With no limber running, a stretch still happens: in a window of our own.
        Some(Command::Stretch { id, .. }) if !client::daemon_is_running(&paths) => {
            with_config(&paths, |config| stretch::here(&paths, config, id, false))
        }
        Some(command) => client::run(&paths, command),
    }
}

/// Loads the config, or reports it with its line and column and exits 2.
fn with_config(paths: &Paths, command: impl FnOnce(&Config) -> ExitCode) -> ExitCode {
    match Config::load(&paths.config_file) {
        Ok(config) => command(&config),
        Err(error) => {
            eprintln!("limber: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
