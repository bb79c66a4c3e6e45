//! Whether the desktop asks for reduced motion, so the window's picture holds still.
//!
//! On Linux it asks the settings portal (`org.freedesktop.portal.Settings`) for GNOME's
//! `org.gnome.desktop.interface enable-animations` and the portal's own
//! `org.freedesktop.appearance reduced-motion` (1: reduce), where present. The question goes
//! over D-Bus, so the window asks it on a thread of its own and never waits for it to draw.
//! `LIMBER_REDUCED_MOTION=1` (or `0`) decides without asking, for tests and for users whose
//! desktop has no such setting.

/// What the environment says, if anything: `Some(true)` to reduce motion.
pub fn from_env() -> Option<bool> {
    match std::env::var("LIMBER_REDUCED_MOTION").ok()?.trim() {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// Whether the desktop asks for reduced motion. Blocks up to the portal's timeout: call it off
/// the window's thread. A desktop that cannot say allows motion.
#[cfg(target_os = "linux")]
pub fn ask_desktop() -> bool {
    use crate::busy::{read_portal_setting, Shared};
    let mut buses = Shared::default();
    let Ok(session) = buses.session() else {
        return false;
    };
    let animations = read_portal_setting(
        session,
        ("org.gnome.desktop.interface", "enable-animations"),
    )
    .ok()
    .and_then(|value| bool::try_from(value).ok());
    let reduced_motion =
        read_portal_setting(session, ("org.freedesktop.appearance", "reduced-motion"))
            .ok()
            .and_then(|value| u32::try_from(value).ok());
    reduces(animations, reduced_motion)
}

/// Windows and macOS: only the environment decides, for now.
#[cfg(not(target_os = "linux"))]
pub fn ask_desktop() -> bool {
    false
}

/// Reduce when either setting says so: animations switched off, or reduced motion asked for.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn reduces(enable_animations: Option<bool>, reduced_motion: Option<u32>) -> bool {
    enable_animations == Some(false) || reduced_motion == Some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_setting_can_ask_for_stillness() {
        assert!(!reduces(None, None));
        assert!(!reduces(Some(true), Some(0)));
        assert!(reduces(Some(false), None));
        assert!(reduces(None, Some(1)));
        assert!(reduces(Some(true), Some(1)));
    }
}
