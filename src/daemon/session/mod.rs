//! Lock, unlock, sleep and wake, from the operating system, as [`Message::Session`]s.
//!
//! A lock or a sleep is a break at once, without waiting for idle time to reach the break
//! threshold; waking makes the loop look at idle time straight away. Each platform's watcher
//! blocks on the system's own notifications, so it costs nothing while nothing happens, and a
//! machine that offers none is reported once: idle time alone still finds every break.
//!
//! [`Message::Session`]: super::message::Message::Session

#[cfg(target_os = "linux")]
mod logind;
#[cfg(target_os = "macos")]
mod workspace;
#[cfg(windows)]
mod wts;

#[cfg(target_os = "linux")]
pub use logind::watch;
#[cfg(target_os = "macos")]
pub use workspace::watch;
#[cfg(windows)]
pub use wts::watch;
