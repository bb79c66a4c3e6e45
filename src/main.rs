//! The `limber` binary: parse the command line, set up logging, run the command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = limber::cli::Cli::parse();
    init_logging(cli.command.is_none());
    limber::commands::run(cli)
}

/// Logs go to stderr. The daemon says what it does at `info`; commands only warn.
/// `LIMBER_LOG=debug|info|warn|error` overrides.
fn init_logging(daemon: bool) {
    let default = if daemon { "info" } else { "warn" };
    let level = std::env::var("LIMBER_LOG")
        .ok()
        .and_then(|level| level.parse::<tracing::Level>().ok())
        .unwrap_or_else(|| default.parse().unwrap_or(tracing::Level::WARN));
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}
