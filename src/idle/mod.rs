//! How long the user has been away from keyboard and pointer, from whatever the session offers.
//!
//! Each source answers one question, "how long since the last input?", behind [`IdleSource`].
//! `detect` picks the best one and says once which it chose. Windows and macOS each have one
//! system call for it ([`last_input`], [`event_source`]). On Linux it depends on the session
//! ([`linux`]): X11 knows idle time directly; on Wayland only the compositor knows, so limber asks
//! it in its own dialect.

#[cfg(target_os = "macos")]
mod event_source;
#[cfg(windows)]
mod last_input;
#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
mod mutter;
#[cfg(target_os = "linux")]
mod screensaver;
#[cfg(target_os = "linux")]
mod wayland;
#[cfg(target_os = "linux")]
mod x11;

use std::fmt;
use std::time::Duration;

#[cfg(target_os = "macos")]
pub use event_source::detect;
#[cfg(windows)]
pub use last_input::detect;
#[cfg(target_os = "linux")]
pub use linux::detect;
#[cfg(target_os = "linux")]
pub use mutter::MutterIdle;
#[cfg(target_os = "linux")]
pub use screensaver::ScreenSaverIdle;
#[cfg(target_os = "linux")]
pub use wayland::WaylandIdle;
#[cfg(target_os = "linux")]
pub use x11::X11Idle;

/// A way to learn the user's idle time.
pub trait IdleSource: Send {
    /// Short name for logs and `limber status`.
    fn name(&self) -> &'static str;
    /// Time since the last keyboard or pointer input. An error means the source stopped working
    /// (its server went away); the daemon then looks for another.
    fn idle_for(&mut self) -> Result<Duration, IdleError>;
}

/// A source that stopped answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleError(pub String);

impl fmt::Display for IdleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
