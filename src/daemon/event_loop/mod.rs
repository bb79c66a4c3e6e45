//! The loop seam: one loop, one [`Message`] type, whatever the platform.
//!
//! [`run`] sets up the inputs with the [`Inbox`] it is given, then feeds every message to
//! [`App::on_message`] and calls [`App::on_deadline`] whenever the earliest deadline the app asked
//! for comes, sleeping in between.
//!
//! On Linux the daemon needs no display connection (its tray and notifications are D-Bus), so
//! its loop is a plain channel ([`channel`]): it starts before the desktop is up and stays tiny.
//! On Windows and macOS the tray belongs to the operating system's event loop on the main
//! thread, so there the loop is winit's ([`os`]), and messages arrive through its proxy.
//!
//! [`Message`]: super::message::Message
//! [`Inbox`]: super::message::Inbox
//! [`App::on_message`]: super::app::App::on_message
//! [`App::on_deadline`]: super::app::App::on_deadline

#[cfg(target_os = "linux")]
mod channel;
#[cfg(not(target_os = "linux"))]
mod os;

#[cfg(target_os = "linux")]
pub use channel::run;
#[cfg(not(target_os = "linux"))]
pub use os::run;
