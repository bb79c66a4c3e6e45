//! Idle time from `org.freedesktop.ScreenSaver.GetSessionIdleTime`, which KDE Plasma and some
//! other desktops implement. It answers in seconds (KDE's implementation; the interface has no
//! formal specification), which is plenty for break thresholds measured in minutes.
//!
//! The interface sends nothing when idleness grows, so this is the one Linux source that is
//! sampled: when idleness could first become a break, as the core plans it.

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
    pub fn connect() -> Result<ScreenSaverIdle, IdleError> {
        let connection =
            Connection::session().map_err(|error| IdleError(format!("no session bus: {error}")))?;
        let mut last_error = IdleError("no ScreenSaver service".into());
        for path in PATHS {
            let mut source = ScreenSaverIdle {
                connection: connection.clone(),
                path,
            };
            match source.idle_for() {
                Ok(_) => return Ok(source),
                Err(error) => last_error = error,
            }
        }
        Err(last_error)
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
        let reply = self
            .connection
            .call_method(
                Some(SERVICE),
                self.path,
                Some(SERVICE),
                "GetSessionIdleTime",
                &(),
            )
            .map_err(|error| IdleError(error.to_string()))?;
        let secs: u32 = reply
            .body()
            .deserialize()
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(Duration::from_secs(u64::from(secs)))
    }
}
