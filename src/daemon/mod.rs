//! The daemon: limber's shell on Linux. One loop thread receives every input as a [`Message`],
//! hands it to the core with the time, and performs the effects the core returns. Between
//! messages it sleeps until the earliest deadline the core asked for.
//!
//! Input threads, each blocked until something happens: the IPC socket, the tray (D-Bus), the
//! notification listener (D-Bus), logind (system bus), the config folder (inotify), signals, and
//! one waiter per open timer window.

mod app;
mod clock;
mod folder_watch;
mod instance;
pub mod message;
pub mod notify;
mod session;
mod session_bus;
mod socket;
mod status_line;
pub mod tray;
mod window_launcher;
pub mod wording;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::config::Config;
use crate::paths::Paths;

use app::{App, Flow};
use instance::{Instance, Refused};
use message::{Inbox, Message};

/// Follows the config file's folder and the autostart folder. Failing that, limber still runs;
/// it only misses edits until it restarts.
fn watch_folders(paths: &Paths, inbox: Inbox) {
    let config_folder = paths.config_file.parent().unwrap_or(Path::new("."));
    let mut folders = vec![folder_watch::Watched {
        folder: config_folder,
        message: || Message::ConfigChanged,
    }];
    let autostart_folder = crate::autostart::user_folder();
    match &autostart_folder {
        Ok(folder) => folders.push(folder_watch::Watched {
            folder,
            message: || Message::AutostartChanged,
        }),
        Err(problem) => {
            tracing::warn!("\"Start at login\" will not follow outside changes: {problem}")
        }
    }
    match folder_watch::watch(&folders, inbox.clone()) {
        // The file was read before the watch began: look once more, so an edit made while
        // limber was starting is not missed (an unchanged file is ignored).
        Ok(()) => drop(inbox.send(Message::ConfigChanged)),
        Err(error) => tracing::warn!("config changes will not be noticed: {error}"),
    }
}

/// Runs limber in the tray until it is told to quit. Exit code 0 also when another limber is
/// already running: starting it twice is not an error.
pub fn run(paths: Paths, config_override: Option<PathBuf>) -> ExitCode {
    let (_instance, listener) = match Instance::claim(&paths.lock_file(), &paths.socket()) {
        Ok(claimed) => claimed,
        Err(Refused::AlreadyRunning) => {
            println!("limber is already running");
            return ExitCode::SUCCESS;
        }
        Err(Refused::Io(problem)) => {
            eprintln!("limber: cannot start: {problem}");
            return ExitCode::from(1);
        }
    };
    // A broken config at start: say where, then run on the defaults rather than not at all.
    let config_text = std::fs::read_to_string(&paths.config_file).ok();
    let config = Config::load(&paths.config_file).unwrap_or_else(|error| {
        eprintln!("limber: {error}");
        eprintln!("limber: running on the default settings until the file is fixed");
        Config::default()
    });

    session_bus::wait();

    let (inbox, messages) = mpsc::channel();
    if let Err(error) = socket::serve(listener, inbox.clone()) {
        eprintln!("limber: cannot serve {}: {error}", paths.socket().display());
        return ExitCode::from(1);
    }
    watch_folders(&paths, inbox.clone());
    session::watch(inbox.clone());
    watch_signals(inbox.clone());

    let mut app = App::new(paths, config_override, config, config_text, inbox);
    tracing::info!("limber is running");
    loop {
        let now = app.now();
        let wait = app.next_deadline(&now).saturating_since(now.mono);
        match messages.recv_timeout(wait) {
            Ok(message) => {
                if app.on_message(message) == Flow::Quit {
                    break;
                }
            }
            Err(RecvTimeoutError::Timeout) => app.on_deadline(),
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    app.shutdown();
    ExitCode::SUCCESS
}

/// SIGTERM and SIGINT end the daemon cleanly (state saved); SIGHUP re-reads the config.
fn watch_signals(inbox: Inbox) {
    let mut signals = match Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(signals) => signals,
        Err(error) => {
            tracing::warn!("signals will end limber without saving: {error}");
            return;
        }
    };
    let _ = thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let message = if signal == SIGHUP {
                    Message::ConfigChanged
                } else {
                    Message::Terminate
                };
                if inbox.send(message).is_err() {
                    return;
                }
            }
        });
}
