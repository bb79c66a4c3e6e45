//! Idle time from `org.freedesktop.ScreenSaver.GetSessionIdleTime`, which KDE Plasma and some
//! other desktops implement. It answers in seconds (KDE's implementation; the interface has no
//! formal specification), which is plenty for break thresholds measured in minutes.
//!
//! The interface sends nothing when idleness grows, so this is the one Linux source that is
//! sampled: when idleness could first become a break, as the core plans it. Each reading has a
//! time limit (the session bus's, from [`super::linux::session_bus`]): a desktop shell that stops
//! answering fails the source instead of holding up the daemon.

use std::time::Duration;

use zbus::blocking::Connection;

use super::{IdleError, IdleSource};

const SERVICE: &str = "org.freedesktop.ScreenSaver";
const PATHS: [&str; 2] = ["/org/freedesktop/ScreenSaver", "/ScreenSaver"];

pub struct ScreenSaverIdle {
    connection: Connection,
    path: &'static str,
}

impl ScreenSaverIdle {
    /// Connects at whichever path the service answers. A service that answers with an error is
    /// asked at the next path; one that does not answer in time is not asked again.
    pub fn connect() -> Result<ScreenSaverIdle, IdleError> {
        let connection = super::linux::session_bus()?;
        let mut last_error = IdleError("no ScreenSaver service".into());
        for path in PATHS {
            let source = ScreenSaverIdle {
                connection: connection.clone(),
                path,
            };
            match source.seconds_idle() {
                Ok(_) => return Ok(source),
                Err(error @ zbus::Error::MethodError(..)) => {
                    last_error = IdleError(error.to_string());
                }
                Err(error) => return Err(IdleError(error.to_string())),
            }
        }
        Err(last_error)
    }

    /// `GetSessionIdleTime`: seconds since the last input.
    fn seconds_idle(&self) -> zbus::Result<u32> {
        self.connection
            .call_method(
                Some(SERVICE),
                self.path,
                Some(SERVICE),
                "GetSessionIdleTime",
                &(),
            )?
            .body()
            .deserialize()
    }
}

impl IdleSource for ScreenSaverIdle {
    fn name(&self) -> &'static str {
        "freedesktop-screensaver"
    }

    fn reports(&self) -> bool {
        false
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        self.seconds_idle()
            .map(|secs| Duration::from_secs(u64::from(secs)))
            .map_err(|error| IdleError(error.to_string()))
    }
}
