//! Reminder notifications, each with Start (also a click on the notification itself), Snooze and
//! Skip, answered back to the loop.
//!
//! Every platform's `Notifier` offers the same four calls:
//! - `Notifier::new(on_answer, on_server_back)`: `on_answer(id, answer)` is called, from any
//!   thread, when the user answers the reminder with that id; answers to a reminder that was
//!   replaced or withdrawn are dropped before they get there, by [`OnScreen`], which all three
//!   share. `on_server_back()` is called when a notification server appears after the old one
//!   went away with whatever it showed (Linux; elsewhere the system's service stays);
//! - `show_reminder(stretch, sat_for, snooze, quiet) -> Result<id, NotifyError>`, replacing any
//!   earlier reminder; `quiet` asks for no sound or banner where the platform allows;
//! - `withdraw()`, taking the reminder off the screen (a break made it moot);
//! - `tell(summary, body)`, a one-off notice without buttons (a config problem).
//!
//! Linux speaks the freedesktop notification protocol over D-Bus ([`freedesktop`]), Windows shows
//! toasts ([`toast`]), macOS goes through the UserNotifications framework ([`macos`]).

#[cfg(target_os = "linux")]
mod freedesktop;
#[cfg(target_os = "linux")]
mod icon;
#[cfg(target_os = "macos")]
mod macos;
mod on_screen;
#[cfg(windows)]
mod toast;

use std::fmt;

use crate::core::engine::Answer;

#[cfg(target_os = "linux")]
pub use freedesktop::Notifier;
#[cfg(target_os = "macos")]
pub use macos::Notifier;
use on_screen::OnScreen;
#[cfg(windows)]
pub use toast::Notifier;

/// The keys of the reminder's buttons, as every platform reports them back.
pub const START: &str = "start";
pub const SNOOZE: &str = "snooze";
pub const SKIP: &str = "skip";

/// What pressing the button with `key` means.
pub fn button_answer(key: &str) -> Option<Answer> {
    match key {
        START => Some(Answer::Start),
        SNOOZE => Some(Answer::Snooze),
        SKIP => Some(Answer::Skip),
        _ => None,
    }
}

/// Why a notification could not be shown.
#[derive(Debug)]
pub struct NotifyError(pub String);

impl fmt::Display for NotifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
