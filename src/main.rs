//! The `limber` program: parse the command line, set up logging, run the command (the daemon
//! when there is none). Its windows are the other program's, `limber-window`
//! ([`limber::programs`]).

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    limber::programs::attach_parent_console();
    let cli = limber::cli::Cli::parse();
    limber::logging::init(cli.command.is_none());
    limber::commands::run(cli)
}
