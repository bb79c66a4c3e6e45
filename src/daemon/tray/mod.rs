//! The tray icon and its menu.
//!
//! What the tray shows is decided here, once for every platform: the loop hands the tray a
//! [`view::TrayModel`] when the state changes, and the tray computes a [`TrayView`] from it when
//! someone looks ([`view::view`]), turned into a list of menu [`menu::Entry`]s and one of three
//! icons. Each platform only draws that: [`sni`] serves it as a StatusNotifierItem with a
//! dbusmenu over D-Bus (Linux: KDE Plasma, GNOME with the AppIndicator extension, wlroots bars),
//! computing it on each property read and when a menu is about to open; [`native`] through the
//! `tray-icon` crate (the notification area on Windows, the menu bar on macOS), on the pointer
//! entering, moving over or clicking the icon, since that crate has no menu-opens event.

mod icons;
pub mod menu;
#[cfg(not(target_os = "linux"))]
mod native;
#[cfg(target_os = "linux")]
mod sni;
pub mod view;

use std::time::Duration;

use crate::core::schedule::PauseLength;

#[cfg(not(target_os = "linux"))]
pub use native::Tray;
#[cfg(target_os = "linux")]
pub use sni::Tray;

/// Which of the three icons to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrayIcon {
    Idle,
    Due,
    Paused,
}

/// Everything the tray shows, as of one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrayView {
    pub icon: TrayIcon,
    /// The disabled first line of the menu, and the tooltip.
    pub status_line: String,
    /// (id, name) of the stretches for the "Stretch…" submenu.
    pub stretches: Vec<(String, String)>,
    /// Offer "Snooze": a reminder is due, held, or close.
    pub show_snooze: bool,
    pub paused: bool,
    /// Outside working hours: offer "Remind me anyway today".
    pub off_hours: bool,
    /// The "Start at login" check mark.
    pub start_at_login: bool,
}

/// What the user picked from the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrayAction {
    StretchNow,
    Stretch(String),
    Snooze(Duration),
    Pause(PauseLength),
    Resume,
    /// Let reminders through outside working hours for the rest of the day.
    RemindAnywayToday,
    /// Switch starting at login on (true) or off.
    StartAtLogin(bool),
    /// Open the week picture.
    ShowWeek,
    OpenSettings,
    Quit,
    /// Not a menu pick: the pointer entered, moved over or clicked the icon (Windows, macOS),
    /// so the tray should show what stands now.
    Looked,
}

/// Why the tray could not start (no session bus, no notification area).
#[derive(Debug)]
pub struct TrayError(String);

impl std::fmt::Display for TrayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
