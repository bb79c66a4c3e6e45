//! The daemon: limber's shell. One loop receives every input as a [`Message`], hands it to the
//! core with the time, and performs the effects the core returns. Between messages it sleeps
//! until the earliest deadline the core asked for ([`event_loop`]).
//!
//! Input threads, each blocked until something happens: the IPC socket (and one per client
//! being served, or timer window reporting), the tray, the notification listener, the session
//! (lock and sleep), the config and autostart folders, signals, and one waiter per timer window
//! this limber started.

mod app;
#[cfg(windows)]
mod autostart_watch;
mod clock;
pub mod editor;
mod event_loop;
mod folder_watch;
mod instance;
pub mod message;
pub mod notify;
mod session;
#[cfg(target_os = "linux")]
mod session_bus;
#[cfg(unix)]
mod signals;
mod socket;
pub mod status_line;
mod status_report;
mod timer_windows;
pub mod tray;
pub mod window_launcher;
pub mod wording;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::{Config, ConfigFile};
use crate::paths::Paths;

use app::App;
use instance::{Holder, Instance, Refused};
use message::{Inbox, Message};

/// Follows the config file's folder and wherever "start at login" is recorded. Failing that,
/// limber still runs; it only misses edits until it restarts.
fn watch_files(paths: &Paths, inbox: &Inbox) {
    let config = folder_watch::Watched {
        folder: paths.config_file.parent().unwrap_or(Path::new(".")),
        message: || Message::ConfigChanged,
    };
    // On Linux and macOS starting at login is a file in a folder; on Windows a registry value,
    // which has a watcher of its own.
    #[cfg(not(windows))]
    let autostart_folder = crate::autostart::user_folder()
        .inspect_err(|problem| {
            tracing::warn!("\"Start at login\" will not follow outside changes: {problem}")
        })
        .ok();
    #[cfg(windows)]
    let autostart_folder: Option<PathBuf> = {
        autostart_watch::watch(inbox.clone());
        None
    };
    let autostart = autostart_folder
        .as_deref()
        .map(|folder| folder_watch::Watched {
            folder,
            message: || Message::AutostartChanged,
        });
    let folders: Vec<_> = std::iter::once(config).chain(autostart).collect();
    match folder_watch::watch(&folders, inbox.clone()) {
        // The file was read before the watch began: look once more, so an edit made while
        // limber was starting is not missed (an unchanged file is ignored).
        Ok(()) => drop(inbox.send(Message::ConfigChanged)),
        Err(error) => tracing::warn!("config changes will not be noticed: {error}"),
    }
}

/// What a second start says of the limber already running, and where commands reach it when
/// that is not where commands given here look (another runtime folder, or none).
fn already_running(holder: Option<&Holder>, our_socket: &Path) -> String {
    holder
        .and_then(|holder| reached_elsewhere(holder, our_socket, true))
        .unwrap_or_else(wording::already_running)
}

/// For a command that found no limber on its socket: the user's limber running elsewhere, and
/// how to reach it; None when none runs.
pub fn running_elsewhere(paths: &Paths) -> Option<String> {
    let holder = instance::running_holder(&paths.user_lock_file())?;
    reached_elsewhere(&holder, &paths.socket(), false)
}

/// Where the limber `holder` describes is reached, said to someone whose commands look on
/// `our_socket` (`already`: by a second start); None when they look in the right place.
fn reached_elsewhere(holder: &Holder, our_socket: &Path, already: bool) -> Option<String> {
    let reached = match holder.socket.as_deref() {
        Some(socket) if socket == our_socket => return None,
        Some(socket) => wording::Reached::On {
            socket,
            ours: our_socket,
        },
        None => wording::Reached::Nowhere,
    };
    Some(wording::running_elsewhere(already, holder.pid, reached))
}

/// Runs limber in the tray until it is told to quit. Exit code 0 also when another limber is
/// already running: starting it twice is not an error.
pub fn run(paths: Paths, config_override: Option<PathBuf>) -> ExitCode {
    let (instance, listener) = match Instance::claim(&paths) {
        Ok(claimed) => claimed,
        Err(Refused::AlreadyRunning(holder)) => {
            println!("{}", already_running(holder.as_ref(), &paths.socket()));
            return ExitCode::SUCCESS;
        }
        Err(Refused::Io(problem)) => {
            eprintln!("limber: {}", wording::cannot_start(&problem));
            return ExitCode::from(1);
        }
    };
    // A broken config at start: say where, then run on the defaults rather than not at all.
    let config_file = ConfigFile::read(&paths.config_file);
    let config = config_file.settings_spoken().unwrap_or_else(|error| {
        eprintln!("limber: {error}");
        eprintln!("limber: {}", wording::running_on_defaults());
        Config::default()
    });

    #[cfg(target_os = "linux")]
    session_bus::wait();

    let exit = event_loop::run(move |inbox| {
        if let Some(listener) = listener {
            socket::serve(listener, inbox.clone())
                .map_err(|error| wording::cannot_serve(&paths.socket(), &error.to_string()))?;
        }
        watch_files(&paths, &inbox);
        session::watch(inbox.clone());
        #[cfg(unix)]
        signals::watch(inbox.clone());
        let app = App::new(paths, config_override, config, config_file, inbox);
        tracing::info!("limber is running");
        Ok(app)
    });
    drop(instance);
    exit
}
