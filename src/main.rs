//! The `limber` binary: parse the command line, set up logging, run the command.

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_parent_console();
    let cli = limber::cli::Cli::parse();
    init_logging(cli.command.is_none());
    limber::commands::run(cli)
}

/// On Windows limber is a GUI program (`windows_subsystem` above), so starting the daemon at
/// login or from the Start menu opens no console window; but then a command typed in a terminal
/// has no console to print to. Attaching to the parent's console gives it one. With no parent
/// console the call fails and nothing changes. Output the parent redirected (to a pipe or a
/// file) keeps going there: Windows fills in only the standard handles the parent left empty,
/// and Rust's std looks the handles up afresh on every write. (cmd.exe does not wait for a GUI
/// program, so there the output may follow its next prompt.)
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: no pointers or handles are passed; failure leaves the process as it was.
    unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}

/// Logs go to stderr. The daemon says what it does at `info`; commands only warn.
/// `LIMBER_LOG=debug|info|warn|error` overrides, for limber's own lines: the libraries it uses
/// only ever warn, as their `info` and `debug` lines are for their own developers (winit's
/// carry every window attribute, the icon's pixels included: 75 KB a window).
fn init_logging(daemon: bool) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::Layer;

    let default = if daemon { "info" } else { "warn" };
    let level = std::env::var("LIMBER_LOG")
        .ok()
        .and_then(|level| level.parse::<tracing::Level>().ok())
        .unwrap_or_else(|| default.parse().unwrap_or(tracing::Level::WARN));
    let ours = tracing_subscriber::filter::Targets::new()
        .with_default(tracing::Level::WARN.min(level))
        .with_target("limber", level);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        // Colours for a person at a terminal; none in a log file or the systemd journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .with_filter(ours);
    tracing_subscriber::registry().with(layer).init();
}
