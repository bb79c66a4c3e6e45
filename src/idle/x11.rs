//! Idle time on X11, from the MIT-SCREEN-SAVER extension every X server has.

use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use super::{IdleError, IdleSource};

pub struct X11Idle {
    connection: RustConnection,
    root: u32,
}

impl X11Idle {
    /// Connects to `display`, or to `$DISPLAY` when None.
    pub fn connect(display: Option<&str>) -> Result<X11Idle, IdleError> {
        let (connection, screen) =
            x11rb::connect(display).map_err(|error| IdleError(format!("no X display: {error}")))?;
        let root = connection
            .setup()
            .roots
            .get(screen)
            .map(|screen| screen.root)
            .ok_or_else(|| IdleError("the X display has no such screen".into()))?;
        let mut source = X11Idle { connection, root };
        // Ask once now, so a server without the extension is refused here, not later.
        source.idle_for()?;
        Ok(source)
    }
}

impl IdleSource for X11Idle {
    fn name(&self) -> &'static str {
        "x11-screensaver"
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        let reply = self
            .connection
            .screensaver_query_info(self.root)
            .map_err(|error| IdleError(error.to_string()))?
            .reply()
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(Duration::from_millis(u64::from(reply.ms_since_user_input)))
    }
}
