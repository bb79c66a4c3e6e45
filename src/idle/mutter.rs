//! Idle time on GNOME (X11 or Wayland), from Mutter's `org.gnome.Mutter.IdleMonitor`.

use std::time::Duration;

use zbus::blocking::Connection;

use super::{IdleError, IdleSource};

const SERVICE: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

pub struct MutterIdle {
    connection: Connection,
}

impl MutterIdle {
    pub fn connect() -> Result<MutterIdle, IdleError> {
        let connection =
            Connection::session().map_err(|error| IdleError(format!("no session bus: {error}")))?;
        let mut source = MutterIdle { connection };
        source.idle_for()?;
        Ok(source)
    }
}

impl IdleSource for MutterIdle {
    fn name(&self) -> &'static str {
        "gnome-mutter"
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        let reply = self
            .connection
            .call_method(Some(SERVICE), PATH, Some(SERVICE), "GetIdletime", &())
            .map_err(|error| IdleError(error.to_string()))?;
        let millis: u64 = reply
            .body()
            .deserialize()
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(Duration::from_millis(millis))
    }
}
