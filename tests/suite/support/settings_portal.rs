//! A settings portal double speaking `org.freedesktop.portal.Settings` at either version of the
//! interface: version 1 (xdg-desktop-portal before 1.17: Debian 12, Ubuntu 22.04) has only `Read`,
//! whose answer comes wrapped in one more variant; version 2 adds `ReadOne`. It knows two settings,
//! which the test switches: GNOME's `org.gnome.desktop.notifications show-banners`, and the
//! portal's own `org.freedesktop.appearance contrast` once the test sets it.

use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;
use zbus::fdo;
use zbus::zvariant::{OwnedValue, Value};

const PATH: &str = "/org/freedesktop/portal/desktop";

/// What the double knows.
struct Settings {
    /// show-banners: false is GNOME's Do Not Disturb.
    show_banners: bool,
    /// 1: high contrast, 0: no preference; `None` until the test sets it.
    contrast: Option<u32>,
}

type ShowBanners = Arc<Mutex<Settings>>;

fn read_setting(settings: &ShowBanners, namespace: &str, key: &str) -> fdo::Result<Value<'static>> {
    let settings = settings.lock().unwrap();
    match ((namespace, key), settings.contrast) {
        (("org.gnome.desktop.notifications", "show-banners"), _) => {
            Ok(Value::Bool(settings.show_banners))
        }
        (("org.freedesktop.appearance", "contrast"), Some(contrast)) => Ok(Value::U32(contrast)),
        _ => Err(fdo::Error::Failed(format!("no setting {namespace} {key}"))),
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
        let show_banners: ShowBanners = Arc::new(Mutex::new(Settings {
            show_banners: true,
            contrast: None,
        }));
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
        self.show_banners.lock().unwrap().show_banners = !on;
    }

    /// The portal's own high-contrast setting, as a desktop that has one reports it.
    pub fn set_high_contrast(&self, on: bool) {
        self.show_banners.lock().unwrap().contrast = Some(u32::from(on));
    }
}
