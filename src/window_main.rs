//! The `limber-window` program: limber's windows (the timer, the week picture, the control
//! window), started by `limber` for them ([`limber::programs`]). It takes limber's own command
//! lines for its windows and refuses every other.

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use limber::t;
use limber::wording::{self, locale};

fn main() -> ExitCode {
    limber::programs::name_window_process();
    limber::programs::attach_parent_console();
    // The system's language until the config is read (`commands::run_window`).
    wording::speak(locale::choose(None, locale::from_system()));
    // limber's command line under this program's own name, so its usage and errors say which
    // program spoke.
    let cli = limber::cli::parse(|| {
        limber::cli::command()
            .name(limber::programs::WINDOWS)
            .bin_name(limber::programs::WINDOWS)
            .about(t!("cli-window-about"))
            .long_about(None)
    });
    limber::logging::init(false);
    limber::commands::run_window(cli)
}
