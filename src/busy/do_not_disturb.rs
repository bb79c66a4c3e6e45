//! Do Not Disturb, as the desktop reports it.
//!
//! Notification servers that follow version 1.3 of the notification specification (KDE Plasma's
//! among them) expose an `Inhibited` property that is true while notifications are held back.
//! GNOME does not; there, Do Not Disturb is the `show-banners` setting of
//! `org.gnome.desktop.notifications`, readable through the settings portal without GTK.

use zbus::zvariant::OwnedValue;

use super::{Buses, BusySource};
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

    fn is_busy(&self, buses: &mut Buses) -> Result<bool, String> {
        let reply = buses
            .session()?
            .call_method(
                Some("org.freedesktop.Notifications"),
                "/org/freedesktop/Notifications",
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &("org.freedesktop.Notifications", "Inhibited"),
            )
            .map_err(|error| error.to_string())?;
        let value: OwnedValue = reply.body().deserialize().map_err(|e| e.to_string())?;
        bool::try_from(value).map_err(|error| error.to_string())
    }
}

/// GNOME's `show-banners = false`, through `org.freedesktop.portal.Settings`.
pub struct GnomeBanners;

impl BusySource for GnomeBanners {
    fn name(&self) -> &'static str {
        "GNOME's Do Not Disturb (show-banners)"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::DoNotDisturb
    }

    fn is_busy(&self, buses: &mut Buses) -> Result<bool, String> {
        let reply = buses
            .session()?
            .call_method(
                Some("org.freedesktop.portal.Desktop"),
                "/org/freedesktop/portal/desktop",
                Some("org.freedesktop.portal.Settings"),
                "ReadOne",
                &("org.gnome.desktop.notifications", "show-banners"),
            )
            .map_err(|error| error.to_string())?;
        let value: OwnedValue = reply.body().deserialize().map_err(|e| e.to_string())?;
        let show_banners = bool::try_from(value).map_err(|error| error.to_string())?;
        Ok(!show_banners)
    }
}
