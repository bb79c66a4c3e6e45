//! Waiting for the session D-Bus at login.
//!
//! An autostart entry or a systemd unit can start limber a moment before the desktop session has
//! its bus. The tray and the notifications live on that bus, so limber waits for it (up to
//! [`PATIENCE`]), trying again with growing gaps, instead of coming up without them for the whole
//! session. Past that it carries on without: reminders then come as the timer window.

use std::time::{Duration, Instant};

/// How long to wait for the bus before carrying on without it.
pub const PATIENCE: Duration = Duration::from_secs(120);
const FIRST_GAP: Duration = Duration::from_millis(250);
const LONGEST_GAP: Duration = Duration::from_secs(5);

/// Returns once the session bus accepts a connection, or after [`PATIENCE`].
pub fn wait() {
    let started = Instant::now();
    let mut gap = FIRST_GAP;
    let mut said = false;
    loop {
        match zbus::blocking::Connection::session() {
            Ok(_) => {
                if said {
                    tracing::info!(
                        "the session bus is up after {:.1} s",
                        started.elapsed().as_secs_f64()
                    );
                }
                return;
            }
            Err(error) if started.elapsed() >= PATIENCE => {
                tracing::warn!(
                    "no session bus after {} s ({error}): running without a tray icon and notifications; reminders open the timer window",
                    PATIENCE.as_secs()
                );
                return;
            }
            Err(error) => {
                if !said {
                    tracing::info!("waiting for the session bus ({error})");
                    said = true;
                }
                std::thread::sleep(gap.min(PATIENCE.saturating_sub(started.elapsed())));
                gap = (gap * 2).min(LONGEST_GAP);
            }
        }
    }
}
