//! The `limber` program: parse the command line, set up logging, run the command (the daemon
//! when there is none). Its windows are the other program's, `limber-window`
//! ([`limber::programs`]).

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use limber::wording::{self, locale};

fn main() -> ExitCode {
    limber::programs::attach_parent_console();
    // The system's language until the config is read (`commands::run`), so the help and a
    // broken config's errors come in the user's language.
    wording::speak(locale::choose(None, locale::from_system()));
    let cli = limber::cli::parse(limber::cli::command);
    limber::logging::init(cli.command.is_none());
    limber::commands::run(cli)
}
