//! `limber config path|check|init`.

use super::output::say;
use std::process::ExitCode;

use crate::cli::ConfigAction;
use crate::config::{self, Config};
use crate::paths::Paths;
use crate::t;

/// A path as a message shows it.
pub(super) fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

use super::{EXIT_RUNTIME, EXIT_USAGE};

pub fn run(paths: &Paths, action: ConfigAction) -> ExitCode {
    let path = &paths.config_file;
    match action {
        ConfigAction::Path => {
            say!("{}", path.display());
            ExitCode::SUCCESS
        }
        ConfigAction::Check => match Config::load(path) {
            Ok(_) if path.exists() => {
                say!("{}", t!("cli-config-ok", path = shown(path)));
                ExitCode::SUCCESS
            }
            Ok(_) => {
                say!("{}", t!("cli-config-absent", path = shown(path)));
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        ConfigAction::Init => {
            if path.exists() {
                eprintln!("limber: {}", t!("cli-config-exists", path = shown(path)));
                return ExitCode::from(EXIT_RUNTIME);
            }
            match config::write_default(path) {
                Ok(()) => {
                    say!("{}", t!("cli-config-written", path = shown(path)));
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    let problem = error.to_string();
                    let said = t!("cli-could-not-write", path = shown(path), problem = problem);
                    eprintln!("limber: {said}");
                    ExitCode::from(EXIT_RUNTIME)
                }
            }
        }
    }
}
