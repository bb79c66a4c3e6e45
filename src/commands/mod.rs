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
use crate::config::{self, Config};
use crate::paths::Paths;
use crate::programs::{self, Window};

/// Something went wrong at run time.
pub const EXIT_RUNTIME: u8 = 1;
/// The command line or the config file is wrong.
pub const EXIT_USAGE: u8 = 2;

/// The `limber` program: the daemon with no command, every other command, and the windows
/// handed over to the window program ([`crate::programs`]).
pub fn run(cli: Cli) -> ExitCode {
    let paths = match discover(&cli) {
        Ok(paths) => paths,
        Err(exit) => return exit,
    };
    config::speak_its_language(&paths.config_file);
    let window = match &cli.command {
        // Launchpad starts limber.app with no command but this variable: open its window.
        None if std::env::var_os(open::OPENED_FROM_LAUNCHER).is_some() => Some(Window::Control),
        // With no limber running, a stretch still happens: in a window of our own.
        Some(Command::Stretch {
            id, here: false, ..
        }) if !client::daemon_is_running(&paths) => Some(Window::Stretch {
            id: id.clone(),
            ready: false,
        }),
        Some(command) => Window::asked(command),
        None => None,
    };
    if let Some(window) = window {
        return programs::hand_over(&window, cli.config.as_deref());
    }
    match cli.command {
        None => crate::daemon::run(paths, cli.config),
        Some(Command::List) => with_config(&paths, |config| list::print(&paths, config)),
        Some(Command::Stats {
            week,
            json,
            csv,
            since,
            ..
        }) => {
            let flags = stats::Flags {
                week,
                json,
                csv,
                since,
            };
            with_config(&paths, |config| stats::run(&paths, config, flags))
        }
        Some(Command::Config { action }) => config_file::run(&paths, action),
        Some(Command::Autostart { action }) => autostart::run(action),
        Some(command) => client::run(&paths, command),
    }
}

/// The `limber-window` program: shows the window its command line asks for, and nothing else.
pub fn run_window(cli: Cli) -> ExitCode {
    let paths = match discover(&cli) {
        Ok(paths) => paths,
        Err(exit) => return exit,
    };
    config::speak_its_language(&paths.config_file);
    match cli.command.as_ref().and_then(Window::asked) {
        Some(Window::Control) => open::run(&paths, cli.config.as_deref()),
        Some(Window::Week) => with_config(&paths, |config| stats::show_week(&paths, config)),
        Some(Window::Stretch { id, ready }) => {
            with_config(&paths, |config| stretch::here(&paths, config, id, ready))
        }
        None => {
            eprintln!(
                "limber: {}",
                crate::t!("cli-window-only", program = programs::WINDOWS)
            );
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// limber's files and folders, with `--config` when given; a problem is said and exits 1.
fn discover(cli: &Cli) -> Result<Paths, ExitCode> {
    Paths::discover(cli.config.clone()).map_err(|problem| {
        eprintln!("limber: {problem}");
        ExitCode::from(EXIT_RUNTIME)
    })
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
