//! What the desktop asks of limber's windows, end to end: the settings portal (a double on a
//! private bus) says "high contrast", and the timer window, open on a virtual X display, repaints
//! itself in the high-contrast palette.

use crate::support;

use std::process::{Child, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};
use support::screen::screenshot;
use support::settings_portal::SettingsPortal;

/// The light theme's background, normal and in high contrast.
const LIGHT: [u8; 3] = [0xf7, 0xf8, 0xf6];
const LIGHT_HIGH_CONTRAST: [u8; 3] = [0xff, 0xff, 0xff];

struct Window(Child);

impl Drop for Window {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The background colour of the timer window, in the light theme, once it has settled, with the
/// portal's `contrast` set to `high_contrast` (`None`: the portal does not know the key).
fn background_with(high_contrast: Option<bool>) -> Option<[u8; 3]> {
    if !require(&["import"]) {
        return None;
    }
    let desktop = Desktop::start()?;
    let portal = SettingsPortal::start(desktop.bus.address(), 2);
    if let Some(on) = high_contrast {
        portal.set_high_contrast(on);
    }
    let _window = Window(
        desktop
            .limber()
            .env("LIMBER_THEME", "light")
            .env("LIMBER_REDUCED_MOTION", "1")
            .args(["stretch", "--here", "seated-figure-four-chair"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("open the window"),
    );
    let found = desktop.xdotool(&["search", "--sync", "--name", "limber"]);
    let id = found.lines().next().expect("a window").to_string();
    // The answer comes after the first frame; give it time to arrive and be drawn.
    let mut background = [0; 3];
    wait_for(Duration::from_secs(5), || {
        background = screenshot(&desktop, &id).pixel(4, 4);
        background == LIGHT_HIGH_CONTRAST
    });
    Some(background)
}

#[test]
fn the_portals_high_contrast_repaints_the_window_in_the_high_contrast_palette() {
    if let Some(background) = background_with(Some(true)) {
        assert_eq!(background, LIGHT_HIGH_CONTRAST);
    }
}

#[test]
fn without_high_contrast_the_window_keeps_its_normal_palette() {
    for setting in [None, Some(false)] {
        if let Some(background) = background_with(setting) {
            assert_eq!(background, LIGHT, "portal contrast {setting:?}");
        }
    }
}
