//! `limber config path|check|init`.

use super::output::say;
use std::process::ExitCode;

use crate::cli::ConfigAction;
use crate::config::{self, Config};
use crate::paths::Paths;

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
                say!("{}: ok", path.display());
                ExitCode::SUCCESS
            }
            Ok(_) => {
                say!("{}: not there; limber uses the defaults", path.display());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        ConfigAction::Init => {
            if path.exists() {
                eprintln!(
                    "limber: {} already exists; it was left as it is",
                    path.display()
                );
                return ExitCode::from(EXIT_RUNTIME);
            }
            match config::write_default(path) {
                Ok(()) => {
                    say!("wrote the default config to {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("limber: could not write {}: {error}", path.display());
                    ExitCode::from(EXIT_RUNTIME)
                }
            }
        }
    }
}
