//! `limber autostart enable|disable|status`: works without a running limber, since it only
//! changes what starts at the next login.

use super::output::say;
use std::process::{Command, ExitCode};

use super::EXIT_RUNTIME;
use crate::autostart;
use crate::cli::AutostartAction;
use crate::t;

pub fn run(action: AutostartAction) -> ExitCode {
    let result = match action {
        AutostartAction::Enable => autostart::set(true),
        AutostartAction::Disable => autostart::set(false),
        AutostartAction::Status => autostart::status(),
    };
    match result {
        Ok(status) => {
            say!("{status}");
            if systemd_unit_enabled() {
                say!("{}", t!("cli-autostart-systemd-too"));
            }
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("limber: {problem}");
            ExitCode::from(EXIT_RUNTIME)
        }
    }
}

/// Whether the user enabled the systemd user unit, the other way limber can start at login.
/// False where there is no systemd.
fn systemd_unit_enabled() -> bool {
    cfg!(target_os = "linux")
        && Command::new("systemctl")
            .args(["--user", "--quiet", "is-enabled", "limber.service"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
}
