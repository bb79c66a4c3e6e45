//! GNOME's own break reminders (GNOME 48 and later), for a user who has both: whether GNOME's
//! movement breaks are on, and where GNOME's break stands when limber's reminder comes due.
//!
//! "On" means this system has the schema `org.gnome.desktop.break-reminders` and the user's
//! `selected-breaks` (in dconf; empty by default) lists `movement`. Then `org.gnome.Shell.ScreenTime`
//! is asked for `State` and `LastBreakEndTime`, and [`crate::core::gnome_break`] decides.

use zbus::zvariant::OwnedValue;

use super::{ask, dconf, gvdb, BusySource, Shared};
use crate::core::gnome_break::{self, ScreenTime};
use crate::core::hold::BusyReason;

const SCHEMA: &str = "org.gnome.desktop.break-reminders";
const SELECTED: &str = "/org/gnome/desktop/break-reminders/selected-breaks";

/// Whether this system has GNOME's break reminders: its schema list names them. Read when the
/// config is (the list changes only when GNOME is upgraded, which takes a new session); about
/// 30 µs for GNOME 43's whole list (78 KB).
pub fn installed() -> bool {
    dconf::schema_installed(SCHEMA)
}

/// Whether the user selected GNOME's movement breaks: a read of their dconf database, a few
/// kilobytes, so the daemon asks again whenever it refreshes the tray.
pub fn movement_selected() -> bool {
    match dconf::user_value(SELECTED, gvdb::strings) {
        Ok(selected) => selected.is_some_and(|breaks| breaks.iter().any(|b| b == "movement")),
        Err(problem) => {
            tracing::debug!("cannot tell whether GNOME's breaks are on: {problem}");
            false
        }
    }
}

/// GNOME's break, due, under way or just over, through `org.gnome.Shell.ScreenTime`. Only made
/// where GNOME's breaks are [`installed`].
pub struct GnomeBreaks;

impl BusySource for GnomeBreaks {
    fn name(&self) -> &'static str {
        "GNOME's break reminder"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::GnomeBreak
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        if !movement_selected() {
            return Ok(false);
        }
        let session = buses.session()?;
        let property = |name: &str| -> Result<OwnedValue, String> {
            ask(
                session,
                (
                    "org.gnome.Shell",
                    "/org/gnome/Shell/ScreenTime",
                    "org.freedesktop.DBus.Properties",
                    "Get",
                ),
                &("org.gnome.Shell.ScreenTime", name),
            )
        };
        let state = u32::try_from(property("State")?).map_err(|error| error.to_string())?;
        let last_break_end =
            u64::try_from(property("LastBreakEndTime")?).map_err(|error| error.to_string())?;
        let screen_time = ScreenTime {
            state: state.into(),
            last_break_end,
        };
        let now = u64::try_from(jiff::Timestamp::now().as_second()).unwrap_or(0);
        tracing::debug!("GNOME's breaks: {screen_time:?} at {now}");
        Ok(gnome_break::holds(screen_time, now))
    }
}
