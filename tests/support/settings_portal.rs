//! A settings portal double speaking `org.freedesktop.portal.Settings` at either version of the
//! interface: version 1 (xdg-desktop-portal before 1.17: Debian 12, Ubuntu 22.04) has only `Read`,
//! whose answer comes wrapped in one more variant; version 2 adds `ReadOne`. It knows one setting,
//! GNOME's `org.gnome.desktop.notifications show-banners`, which the test switches.

use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;
use zbus::fdo;
use zbus::zvariant::{OwnedValue, Value};

const PATH: &str = "/org/freedesktop/portal/desktop";

/// show-banners: false is GNOME's Do Not Disturb.
type ShowBanners = Arc<Mutex<bool>>;

fn read_setting(
    show_banners: &ShowBanners,
    namespace: &str,
    key: &str,
) -> fdo::Result<Value<'static>> {
    if (namespace, key) == ("org.gnome.desktop.notifications", "show-banners") {
        Ok(Value::Bool(*show_banners.lock().unwrap()))
    } else {
        Err(fdo::Error::Failed(format!("no setting {namespace} {key}")))
    }
}

/// As `Read` answers in every version: the value inside one more variant.
fn wrapped(value: Value<'static>) -> OwnedValue {
    OwnedValue::try_from(Value::Value(Box::new(value))).unwrap()
}

struct VersionOne {
    show_banners: ShowBanners,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl VersionOne {
    fn read(&self, namespace: String, key: String) -> fdo::Result<OwnedValue> {
        read_setting(&self.show_banners, &namespace, &key).map(wrapped)
    }

    #[zbus(property)]
    fn version(&self) -> u32 {
        1
    }
}

struct VersionTwo {
    show_banners: ShowBanners,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl VersionTwo {
    fn read(&self, namespace: String, key: String) -> fdo::Result<OwnedValue> {
        read_setting(&self.show_banners, &namespace, &key).map(wrapped)
    }

    fn read_one(&self, namespace: String, key: String) -> fdo::Result<OwnedValue> {
        read_setting(&self.show_banners, &namespace, &key)
            .map(|value| OwnedValue::try_from(value).unwrap())
    }

    #[zbus(property)]
    fn version(&self) -> u32 {
        2
    }
}

/// The running double; it serves until dropped.
pub struct SettingsPortal {
    _connection: Connection,
    show_banners: ShowBanners,
}

impl SettingsPortal {
    /// Serves the interface at `version` (1 or 2) as `org.freedesktop.portal.Desktop`.
    pub fn start(address: &str, version: u32) -> SettingsPortal {
        let show_banners: ShowBanners = Arc::new(Mutex::new(true));
        let builder = zbus::blocking::connection::Builder::address(address).unwrap();
        let builder = match version {
            1 => builder.serve_at(
                PATH,
                VersionOne {
                    show_banners: Arc::clone(&show_banners),
                },
            ),
            2 => builder.serve_at(
                PATH,
                VersionTwo {
                    show_banners: Arc::clone(&show_banners),
                },
            ),
            other => panic!("the settings portal has no version {other}"),
        };
        let connection = builder
            .unwrap()
            .name("org.freedesktop.portal.Desktop")
            .unwrap()
            .build()
            .unwrap();
        SettingsPortal {
            _connection: connection,
            show_banners,
        }
    }

    /// GNOME's Do Not Disturb switch, as the user flips it in the top bar.
    pub fn set_do_not_disturb(&self, on: bool) {
        *self.show_banners.lock().unwrap() = !on;
    }
}
