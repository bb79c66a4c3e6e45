//! Notices changes in the folders whose files limber follows, without polling: the config file's
//! folder, and where "start at login" is recorded when that is a folder (so the tray's **Start at
//! login** follows `limber autostart` and hand edits).
//!
//! Folders are watched rather than files because editors replace files by renaming; every change
//! in a folder is passed on as that folder's message, and the loop re-reads the file and ignores
//! changes that alter nothing. One thread blocks on the operating system's change notifications:
//! inotify on Linux, kqueue on macOS, directory change notifications on Windows.

#[cfg(target_os = "linux")]
mod inotify;
#[cfg(target_os = "macos")]
mod kqueue;
#[cfg(windows)]
mod windows;

use std::path::Path;

use super::message::Message;

#[cfg(target_os = "linux")]
pub use inotify::watch;
#[cfg(target_os = "macos")]
pub use kqueue::watch;
#[cfg(windows)]
pub use windows::watch;

/// A folder to watch (created if missing) and the message that says it changed.
pub struct Watched<'a> {
    pub folder: &'a Path,
    pub message: fn() -> Message,
}
