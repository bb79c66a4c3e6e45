//! The tray's three icons, drawn from the SVG sources in `icons/tray/` when limber starts, at the
//! sizes the platform's tray wants. Drawing them here (rather than shipping bitmaps) keeps them
//! sharp at every size and the binary free of image files.

use super::TrayIcon;

/// The SVG source of an icon.
fn source(icon: TrayIcon) -> &'static str {
    match icon {
        TrayIcon::Idle => include_str!("../../../icons/tray/limber-idle.svg"),
        TrayIcon::Due => include_str!("../../../icons/tray/limber-due.svg"),
        TrayIcon::Paused => include_str!("../../../icons/tray/limber-paused.svg"),
    }
}

/// `icon` drawn `size` pixels square, as straight (not premultiplied) RGBA, row by row.
pub fn rgba(icon: TrayIcon, size: u32) -> Option<Vec<u8>> {
    crate::app_icon::rgba(source(icon), size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_draws_something_at_every_size() {
        for icon in [TrayIcon::Idle, TrayIcon::Due, TrayIcon::Paused] {
            for size in [16, 22, 32, 64] {
                let pixels = rgba(icon, size).expect("the icon draws");
                assert_eq!(pixels.len(), (size * size * 4) as usize);
                let opaque = pixels.chunks(4).filter(|px| px[3] > 128).count();
                assert!(
                    opaque * 10 > (size * size) as usize,
                    "{icon:?} at {size}: only {opaque} opaque pixels"
                );
            }
        }
    }

    #[test]
    fn the_states_look_different() {
        let idle = rgba(TrayIcon::Idle, 32);
        assert_ne!(idle, rgba(TrayIcon::Due, 32));
        assert_ne!(idle, rgba(TrayIcon::Paused, 32));
    }
}
