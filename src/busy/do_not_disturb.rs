//! Do Not Disturb, as the desktop reports it.
//!
//! Notification servers that follow version 1.3 of the notification specification (KDE Plasma's
//! among them) expose an `Inhibited` property that is true while notifications are held back.
//! GNOME does not; there, Do Not Disturb is the `show-banners` setting of
//! `org.gnome.desktop.notifications`, read from the user's dconf database where GNOME keeps it
//! (the settings portal of GNOME 43 does not expose it), or through the settings portal on
//! desktops that have no dconf database but a portal that knows the key.

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedValue, Value};

use super::buses::Method;
use super::{ask, boolean, dconf, gvdb, BusySource, Shared};
use crate::core::hold::BusyReason;

/// `org.freedesktop.Notifications.Inhibited`.
pub struct NotificationServer;

impl BusySource for NotificationServer {
    fn name(&self) -> &'static str {
        "notification server's Do Not Disturb"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::DoNotDisturb
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        let inhibited: OwnedValue = ask(
            buses.session()?,
            (
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.freedesktop.DBus.Properties",
                "Get",
            ),
            &("org.freedesktop.Notifications", "Inhibited"),
        )?;
        boolean(inhibited)
    }
}

/// GNOME's `show-banners = false`: from dconf, else through `org.freedesktop.portal.Settings`.
///
/// A dconf database without the key means the user never switched banners off (its default is
/// true). Without a database the portal is asked. The portal's `ReadOne` is only in version 2 of the interface (xdg-desktop-portal 1.17 and
/// later); Debian 12 and Ubuntu 22.04 ship version 1, which has only `Read`. So `Read` is the
/// fallback, and its answer comes wrapped in one more variant than `ReadOne`'s.
pub struct GnomeBanners;

const SETTING: (&str, &str) = ("org.gnome.desktop.notifications", "show-banners");
const DCONF_KEY: &str = "/org/gnome/desktop/notifications/show-banners";

impl BusySource for GnomeBanners {
    fn name(&self) -> &'static str {
        "GNOME's Do Not Disturb (show-banners)"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::DoNotDisturb
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        if dconf::has_user_database() {
            let show_banners = dconf::user_value(DCONF_KEY, gvdb::boolean)?;
            return Ok(show_banners == Some(false));
        }
        let show_banners = read_setting(buses.session()?, SETTING)?;
        Ok(!boolean(show_banners)?)
    }
}

/// Reads one `(namespace, key)` setting through the settings portal: with `ReadOne` where the
/// portal has it, else with `Read`. The timer window asks it whether to move its pictures.
pub fn read_setting(session: &Connection, setting: (&str, &str)) -> Result<OwnedValue, String> {
    ask(session, settings("ReadOne"), &setting).or_else(|newer| {
        ask(session, settings("Read"), &setting)
            .and_then(without_extra_variant)
            .map_err(|older| format!("{newer}; {older}"))
    })
}

fn settings(method: &str) -> Method<'_> {
    (
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Settings",
        method,
    )
}

/// `Read` answers a variant holding the variant `ReadOne` would answer.
fn without_extra_variant(value: OwnedValue) -> Result<OwnedValue, String> {
    match &*value {
        Value::Value(inner) => inner.try_to_owned().map_err(|error| error.to_string()),
        _ => Ok(value),
    }
}
