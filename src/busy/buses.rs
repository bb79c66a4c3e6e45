//! The D-Bus connections one busy check needs, opened on first use and closed when the check
//! ends, each with a short method timeout so a hung service cannot stall the daemon.

use std::time::Duration;

use serde::de::DeserializeOwned;
use zbus::blocking::connection::Builder;
use zbus::blocking::Connection;
use zbus::zvariant::{DynamicType, Type};

/// The longest one busy source may wait for a D-Bus answer.
const TIMEOUT: Duration = Duration::from_millis(500);

#[derive(Default)]
pub struct Buses {
    session: Option<Result<Connection, String>>,
    system: Option<Result<Connection, String>>,
}

impl Buses {
    pub fn session(&mut self) -> Result<&Connection, String> {
        connected(&mut self.session, Builder::session)
    }

    pub fn system(&mut self) -> Result<&Connection, String> {
        connected(&mut self.system, Builder::system)
    }
}

fn connected(
    slot: &mut Option<Result<Connection, String>>,
    builder: fn() -> zbus::Result<Builder<'static>>,
) -> Result<&Connection, String> {
    slot.get_or_insert_with(|| {
        builder()
            .and_then(|builder| builder.method_timeout(TIMEOUT).build())
            .map_err(|error| error.to_string())
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// A method to call: service, object path, interface, method.
pub type Method<'a> = (&'a str, &'a str, &'a str, &'a str);

/// Calls `method` with `body` and reads the answer as `R`; any failure as a sentence.
pub fn ask<R, B>(connection: &Connection, method: Method<'_>, body: &B) -> Result<R, String>
where
    R: DeserializeOwned + Type,
    B: serde::Serialize + DynamicType,
{
    let (service, path, interface, name) = method;
    connection
        .call_method(Some(service), path, Some(interface), name, body)
        .map_err(|error| error.to_string())?
        .body()
        .deserialize()
        .map_err(|error| error.to_string())
}

/// Reads a D-Bus value that should be a boolean (a property, a setting).
pub fn boolean(value: zbus::zvariant::OwnedValue) -> Result<bool, String> {
    bool::try_from(value).map_err(|error| error.to_string())
}
