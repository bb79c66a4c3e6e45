//! Lock, unlock, sleep and wake, from the operating system, as [`Message::Session`]s.
//!
//! A lock or a sleep is a break at once, without waiting for idle time to reach the break
//! threshold; waking makes the loop look at idle time straight away. Each platform's watcher
//! blocks on the system's own notifications, so it costs nothing while nothing happens, and a
//! machine that offers none is reported once: idle time alone still finds every break.
//!
//! On Linux a lock can end without a word: after `loginctl lock-session`, i3lock and swaylock
//! never have logind send `Unlock`. When the core doubts a lock, [`ask_whether_locked`] asks
//! logind's `LockedHint`, which GNOME and KDE keep true while their lock screen shows. Windows
//! and macOS report every unlock, so there is nothing to ask.
//!
//! [`Message::Session`]: super::message::Message::Session

#[cfg(target_os = "linux")]
mod logind;
#[cfg(target_os = "macos")]
mod workspace;
#[cfg(windows)]
mod wts;

#[cfg(target_os = "linux")]
pub use logind::{ask_whether_locked, watch};
#[cfg(target_os = "macos")]
pub use workspace::watch;
#[cfg(windows)]
pub use wts::watch;

/// Windows and macOS report every unlock: a lock the core doubts is still a lock.
#[cfg(not(target_os = "linux"))]
pub fn ask_whether_locked(_inbox: super::message::Inbox, _lock: u64) {}
