//! What every limber window carries so the desktop knows whose it is: the name `limber` as X11's
//! class and Wayland's app id (which the desktop matches to `limber.desktop`, its name and icon),
//! and limber's icon drawn into the window itself (X11's `_NET_WM_ICON`, the Windows title bar),
//! so a build that is not installed shows it too. Wayland has no way for a window to carry an icon
//! in winit 0.30: there the app id is all, and an installed `limber.desktop` answers to it.

use winit::window::{Icon, WindowAttributes};

/// The icon's size in pixels: what title bars and window switchers show, sharp enough for both.
const ICON_SIZE: u32 = 64;

/// A window titled `title`, named and with limber's icon.
pub fn attributes(title: String) -> WindowAttributes {
    let icon = crate::app_icon::rgba(crate::app_icon::SVG, ICON_SIZE)
        .and_then(|rgba| Icon::from_rgba(rgba, ICON_SIZE, ICON_SIZE).ok());
    let attributes = WindowAttributes::default()
        .with_title(title)
        .with_window_icon(icon);
    #[cfg(target_os = "linux")]
    let attributes = {
        use winit::platform::wayland::WindowAttributesExtWayland;
        use winit::platform::x11::WindowAttributesExtX11;
        let attributes = WindowAttributesExtX11::with_name(attributes, "limber", "limber");
        WindowAttributesExtWayland::with_name(attributes, "limber", "limber")
    };
    attributes
}
