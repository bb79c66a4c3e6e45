//! Do Not Disturb, as the desktop reports it.
//!
//! Notification servers that follow version 1.3 of the notification specification (KDE Plasma's
//! among them) expose an `Inhibited` property that is true while notifications are held back.
//! GNOME does not; there, Do Not Disturb is the `show-banners` setting of
//! `org.gnome.desktop.notifications`, readable through the settings portal without GTK.

use zbus::zvariant::OwnedValue;

use super::{ask, boolean, BusySource, Shared};
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

/// GNOME's `show-banners = false`, through `org.freedesktop.portal.Settings`.
pub struct GnomeBanners;

impl BusySource for GnomeBanners {
    fn name(&self) -> &'static str {
        "GNOME's Do Not Disturb (show-banners)"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::DoNotDisturb
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        let show_banners: OwnedValue = ask(
            buses.session()?,
            (
                "org.freedesktop.portal.Desktop",
                "/org/freedesktop/portal/desktop",
                "org.freedesktop.portal.Settings",
                "ReadOne",
            ),
            &("org.gnome.desktop.notifications", "show-banners"),
        )?;
        Ok(!boolean(show_banners)?)
    }
}
