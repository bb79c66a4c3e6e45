//! The `limber-window` program: limber's windows (the timer, the week picture, the control
//! window), started by `limber` for them ([`limber::programs`]). It takes limber's own command
//! lines for its windows and refuses every other.

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    limber::programs::name_window_process();
    limber::programs::attach_parent_console();
    let cli = limber::cli::Cli::parse();
    limber::logging::init(false);
    limber::commands::run_window(cli)
}
