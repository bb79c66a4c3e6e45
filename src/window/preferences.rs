//! What the desktop asks of limber's windows: reduced motion (the timer's picture holds still)
//! and high contrast (the high-contrast palettes of [`super::theme`]).
//!
//! On Linux the settings portal (`org.freedesktop.portal.Settings`) is asked for its own
//! `org.freedesktop.appearance` keys, `contrast` (1: high) and `reduced-motion` (1: reduce),
//! and for GNOME's `org.gnome.desktop.interface enable-animations`. GNOME 43's portal has none of
//! the accessibility keys, so GNOME's own settings are also read where GNOME keeps them, the dconf
//! database (`org.gnome.desktop.a11y.interface high-contrast`, `enable-animations`): a file
//! read, no D-Bus. Either source asking is enough. The portal question goes over D-Bus, so the
//! windows ask on a thread of their own and never wait for it to draw.
//!
//! Windows is asked for its high-contrast setting and "Show animations in Windows"
//! (`SystemParametersInfoW`), macOS for Accessibility's "Increase contrast" and "Reduce motion"
//! (`NSWorkspace`). `LIMBER_REDUCED_MOTION=1` and `LIMBER_HIGH_CONTRAST=1` (or `0`) decide
//! without asking, for tests, screenshots and desktops that cannot say.

/// What the desktop asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    pub reduced_motion: bool,
    pub high_contrast: bool,
}

/// A yes/no environment variable: `Some(true)` for 1, true or yes, `Some(false)` for 0, false or
/// no, `None` when unset or anything else.
pub fn flag(name: &str) -> Option<bool> {
    match std::env::var(name).ok()?.trim() {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// What the environment says of reduced motion, if anything.
pub fn reduced_motion_from_env() -> Option<bool> {
    flag("LIMBER_REDUCED_MOTION")
}

/// Asks the desktop on a thread of its own and hands the answer to `answer` there; `false` when
/// no thread could be started (then nothing is asked and the defaults stand).
pub fn ask_in_background(answer: impl FnOnce(Preferences) + Send + 'static) -> bool {
    std::thread::Builder::new()
        .name("desktop-preferences".into())
        .spawn(move || answer(ask_desktop()))
        .is_ok()
}

/// What each source said; `None` where it had no answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
struct Readings {
    /// The portal's `org.freedesktop.appearance contrast`: 1 high, 0 no preference.
    portal_contrast: Option<u32>,
    /// The portal's `org.freedesktop.appearance reduced-motion`: 1 reduce, 0 no preference.
    portal_reduced_motion: Option<u32>,
    /// GNOME's `enable-animations`, from dconf or the portal.
    enable_animations: Option<bool>,
    /// GNOME's `org.gnome.desktop.a11y.interface high-contrast`, from dconf or the portal.
    gnome_high_contrast: Option<bool>,
}

#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
impl Readings {
    /// Either source asking is enough; a source that cannot say asks for nothing.
    fn preferences(&self) -> Preferences {
        Preferences {
            reduced_motion: self.enable_animations == Some(false)
                || self.portal_reduced_motion == Some(1),
            high_contrast: self.gnome_high_contrast == Some(true)
                || self.portal_contrast == Some(1),
        }
    }
}

/// Blocks up to the portal's timeout: call it off the window's thread.
#[cfg(target_os = "linux")]
fn ask_desktop() -> Preferences {
    use crate::busy::{dconf_boolean, read_portal_setting, Shared};
    let gnome = |dconf_key: &str, portal_key: (&str, &str), buses: &mut Shared| {
        dconf_boolean(dconf_key).or_else(|| {
            let value = read_portal_setting(buses.session().ok()?, portal_key).ok()?;
            bool::try_from(value).ok()
        })
    };
    let portal_number = |key: &str, buses: &mut Shared| {
        let value =
            read_portal_setting(buses.session().ok()?, ("org.freedesktop.appearance", key)).ok()?;
        u32::try_from(value).ok()
    };
    let mut buses = Shared::default();
    let readings = Readings {
        enable_animations: gnome(
            "/org/gnome/desktop/interface/enable-animations",
            ("org.gnome.desktop.interface", "enable-animations"),
            &mut buses,
        ),
        gnome_high_contrast: gnome(
            "/org/gnome/desktop/a11y/interface/high-contrast",
            ("org.gnome.desktop.a11y.interface", "high-contrast"),
            &mut buses,
        ),
        portal_contrast: portal_number("contrast", &mut buses),
        portal_reduced_motion: portal_number("reduced-motion", &mut buses),
    };
    readings.preferences()
}

/// Windows: the high-contrast setting, and "Show animations in Windows" (client-area
/// animation) off for reduced motion.
#[cfg(windows)]
fn ask_desktop() -> Preferences {
    use std::ptr;
    use windows_sys::Win32::UI::Accessibility::{HCF_HIGHCONTRASTON, HIGHCONTRASTW};
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        SystemParametersInfoW, SPI_GETCLIENTAREAANIMATION, SPI_GETHIGHCONTRAST,
    };
    let mut contrast = HIGHCONTRASTW {
        cbSize: std::mem::size_of::<HIGHCONTRASTW>() as u32,
        dwFlags: 0,
        lpszDefaultScheme: ptr::null_mut(),
    };
    // SAFETY: SPI_GETHIGHCONTRAST fills the HIGHCONTRASTW whose size it is given, here a live
    // local; the scheme name it may point to is not read.
    let contrast_read = unsafe {
        SystemParametersInfoW(
            SPI_GETHIGHCONTRAST,
            contrast.cbSize,
            ptr::from_mut(&mut contrast).cast(),
            0,
        )
    } != 0;
    let mut animation: i32 = 1;
    // SAFETY: SPI_GETCLIENTAREAANIMATION writes one BOOL (an i32) to the pointer, a live local.
    let animation_read = unsafe {
        SystemParametersInfoW(
            SPI_GETCLIENTAREAANIMATION,
            0,
            ptr::from_mut(&mut animation).cast(),
            0,
        )
    } != 0;
    Preferences {
        reduced_motion: animation_read && animation == 0,
        high_contrast: contrast_read && contrast.dwFlags & HCF_HIGHCONTRASTON != 0,
    }
}

/// macOS: Accessibility's "Increase contrast" and "Reduce motion".
#[cfg(target_os = "macos")]
fn ask_desktop() -> Preferences {
    let workspace = objc2_app_kit::NSWorkspace::sharedWorkspace();
    Preferences {
        reduced_motion: workspace.accessibilityDisplayShouldReduceMotion(),
        high_contrast: workspace.accessibilityDisplayShouldIncreaseContrast(),
    }
}

/// Elsewhere only the environment decides.
#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
fn ask_desktop() -> Preferences {
    Preferences::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_setting_can_ask_for_stillness() {
        let motion = |enable_animations, portal_reduced_motion| {
            Readings {
                enable_animations,
                portal_reduced_motion,
                ..Readings::default()
            }
            .preferences()
            .reduced_motion
        };
        assert!(!motion(None, None));
        assert!(!motion(Some(true), Some(0)));
        assert!(motion(Some(false), None));
        assert!(motion(None, Some(1)));
        assert!(motion(Some(true), Some(1)));
    }

    #[test]
    fn either_setting_can_ask_for_high_contrast() {
        let contrast = |gnome_high_contrast, portal_contrast| {
            Readings {
                gnome_high_contrast,
                portal_contrast,
                ..Readings::default()
            }
            .preferences()
            .high_contrast
        };
        assert!(!contrast(None, None));
        assert!(!contrast(Some(false), Some(0)));
        assert!(contrast(Some(true), None));
        assert!(contrast(None, Some(1)));
        assert!(contrast(Some(false), Some(1)));
        // "contrast" 2 is not defined by the portal: no preference.
        assert!(!contrast(None, Some(2)));
    }

    #[test]
    fn motion_and_contrast_are_asked_apart() {
        let only_contrast = Readings {
            gnome_high_contrast: Some(true),
            enable_animations: Some(true),
            ..Readings::default()
        };
        assert_eq!(
            only_contrast.preferences(),
            Preferences {
                reduced_motion: false,
                high_contrast: true
            }
        );
    }
}
