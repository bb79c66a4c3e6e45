//! How long the user has been away from keyboard and pointer, from whatever the session offers.
//!
//! Each source answers "how long since the last input?" behind [`IdleSource`]. Most can also
//! say it by themselves ([`IdleSource::reports`]): told the break threshold when connected, they
//! report through a [`Reporter`] when idleness reaches it and at the input that ends it, and
//! nothing in between, so the daemon sleeps while the user works. The rest are sampled when the
//! core asks. [`Monitor`] keeps the best source that answers and finds another when it stops.
//!
//! Windows and macOS each have one system call for idle time ([`last_input`], [`event_source`]),
//! sampled: neither offers a notice when idleness reaches a length, and a sample is one cheap
//! call taken only when idleness could first become a break. On Linux it depends on the
//! session ([`linux`]): X11 has the SYNC extension's `IDLETIME` counter with alarms; on Wayland
//! only the compositor knows, so limber asks it in its own dialect.

#[cfg(target_os = "macos")]
mod event_source;
#[cfg(windows)]
mod last_input;
#[cfg(target_os = "linux")]
mod linux;
mod monitor;
#[cfg(target_os = "linux")]
mod mutter;
#[cfg(target_os = "linux")]
mod screensaver;
#[cfg(target_os = "linux")]
mod wayland;
#[cfg(target_os = "linux")]
mod x11;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

#[cfg(target_os = "macos")]
pub use event_source::detect;
#[cfg(windows)]
pub use last_input::detect;
#[cfg(target_os = "linux")]
pub use linux::detect;
pub use monitor::Monitor;
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
    /// Whether the source reports by itself through the [`Reporter`] it was connected with:
    /// when idleness reaches the threshold it was given, and at the input that ends it. A
    /// source that does not must be sampled.
    fn reports(&self) -> bool;
    /// Time since the last keyboard or pointer input. An error means the source stopped working
    /// (its server went away); the daemon then looks for another.
    fn idle_for(&mut self) -> Result<Duration, IdleError>;
}

/// What a reporting source says, as it happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdleReport {
    /// The user has had no input for this long, as of now: idleness reached the threshold, or
    /// input resumed after it did (then a moment).
    IdleFor(Duration),
    /// The source stopped working.
    Lost(IdleError),
}

/// Where a reporting source sends what it sees; called on the source's own thread.
pub type Reporter = Arc<dyn Fn(IdleReport) + Send + Sync>;

/// A source that stopped answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleError(pub String);

impl fmt::Display for IdleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
