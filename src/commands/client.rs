//! The commands that talk to the running limber over its socket. Whatever limber turns down
//! (nothing due to skip, not paused, a stretch already under way) is a run-time refusal: exit 1,
//! like a limber that is not running; exit 2 is for command lines and config files only.

use super::output::say;
use std::process::ExitCode;

use crate::cli::Command;
use crate::ipc::{self, ClientError, Request};
use crate::paths::Paths;

use super::EXIT_RUNTIME;

pub fn run(paths: &Paths, command: Command) -> ExitCode {
    let (request, json) = match command {
        Command::Status { json } => (Request::Status {}, json),
        Command::Stretch { id, .. } => (Request::Stretch { id }, false),
        Command::Snooze { duration } => (
            Request::Snooze {
                secs: duration.map(|d| d.as_secs()),
            },
            false,
        ),
        Command::Skip => (Request::Skip {}, false),
        Command::Pause {
            duration,
            until_tomorrow,
        } => (
            Request::Pause {
                secs: duration.map(|d| d.as_secs()),
                until_tomorrow,
            },
            false,
        ),
        Command::Resume => (Request::Resume {}, false),
        Command::Quit => (Request::Quit {}, false),
        Command::List
        | Command::Open
        | Command::Stats { .. }
        | Command::Config { .. }
        | Command::Autostart { .. } => {
            unreachable!("offline commands are handled before the client")
        }
    };
    let socket = match paths.socket_to_call() {
        Ok(socket) => socket,
        Err(problem) => {
            eprintln!("limber: {problem}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    match ipc::call(&socket, &request) {
        Ok(reply) if json => match reply.status {
            Some(status) => {
                say!("{}", serde_json::to_string(&status).unwrap_or_default());
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("limber: {}", reply.message.unwrap_or_default());
                ExitCode::from(EXIT_RUNTIME)
            }
        },
        Ok(reply) => {
            let message = reply.message.unwrap_or_default();
            if reply.ok {
                say!("{message}");
                ExitCode::SUCCESS
            } else {
                eprintln!("limber: {message}");
                ExitCode::from(EXIT_RUNTIME)
            }
        }
        // Not here; perhaps serving another runtime folder (started from another session).
        Err(ClientError::NotRunning) => {
            match crate::daemon::running_elsewhere(paths) {
                Some(elsewhere) => eprintln!("limber: {elsewhere}"),
                None => eprintln!("limber: {}", ClientError::NotRunning),
            }
            ExitCode::from(EXIT_RUNTIME)
        }
        Err(error) => {
            eprintln!("limber: {error}");
            ExitCode::from(EXIT_RUNTIME)
        }
    }
}

/// Whether our own limber answers on the socket.
pub fn daemon_is_running(paths: &Paths) -> bool {
    paths
        .socket_to_call()
        .is_ok_and(|socket| ipc::is_listening(&socket))
}
