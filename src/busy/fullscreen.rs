//! A fullscreen window on X11: the window manager marks the active window (`_NET_ACTIVE_WINDOW` on
//! the root) with `_NET_WM_STATE_FULLSCREEN` in its `_NET_WM_STATE`. Wayland offers other programs
//! no way to see this, so there this source always says no.

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;

use super::{BusySource, Shared};
use crate::core::hold::BusyReason;

pub struct X11Fullscreen;

impl BusySource for X11Fullscreen {
    fn name(&self) -> &'static str {
        "fullscreen window (X11)"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Fullscreen
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        if std::env::var_os("DISPLAY").is_none() {
            return Err("no X display".into());
        }
        let (connection, screen) = x11rb::connect(None).map_err(|error| error.to_string())?;
        let root = connection
            .setup()
            .roots
            .get(screen)
            .ok_or("the X display has no such screen")?
            .root;
        let atom = |name: &str| -> Result<u32, String> {
            Ok(connection
                .intern_atom(false, name.as_bytes())
                .map_err(|error| error.to_string())?
                .reply()
                .map_err(|error| error.to_string())?
                .atom)
        };
        let active = first_value(&connection, root, atom("_NET_ACTIVE_WINDOW")?)?;
        let Some(window) = active.filter(|window| *window != 0) else {
            return Ok(false);
        };
        let fullscreen = atom("_NET_WM_STATE_FULLSCREEN")?;
        Ok(values(&connection, window, atom("_NET_WM_STATE")?)?.contains(&fullscreen))
    }
}

/// A 32-bit list property of any type (window managers write WINDOW and ATOM; tools may not).
fn values(connection: &RustConnection, window: u32, property: u32) -> Result<Vec<u32>, String> {
    let reply = connection
        .get_property(false, window, property, AtomEnum::ANY, 0, 64)
        .map_err(|error| error.to_string())?
        .reply()
        .map_err(|error| error.to_string())?;
    Ok(reply.value32().map(Iterator::collect).unwrap_or_default())
}

fn first_value(
    connection: &RustConnection,
    window: u32,
    property: u32,
) -> Result<Option<u32>, String> {
    Ok(values(connection, window, property)?.first().copied())
}
