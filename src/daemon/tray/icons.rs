//! The tray's three icons, drawn from the SVG sources in `icons/tray/` when limber is built
//! (`build.rs`), at the sizes the platforms' trays want. Drawn from their sources, they stay
//! sharp at every size and match the SVGs installed beside them; drawn at build time, the
//! daemon needs no SVG renderer (0.9 MB of its program, all of it resident).

use super::TrayIcon;

mod drawn {
    include!(concat!(env!("OUT_DIR"), "/tray_icons.rs"));
}

/// The name `build.rs` draws an icon under (`icons/tray/limber-NAME.svg`).
fn name(icon: TrayIcon) -> &'static str {
    match icon {
        TrayIcon::Idle => "idle",
        TrayIcon::Due => "due",
        TrayIcon::Paused => "paused",
    }
}

/// `icon` drawn `size` pixels square, as straight (not premultiplied) RGBA, row by row; None
/// at a size `build.rs` does not draw.
pub fn rgba(icon: TrayIcon, size: u32) -> Option<Vec<u8>> {
    drawn::DRAWN
        .iter()
        .find(|(drawn_name, drawn_size, _)| *drawn_name == name(icon) && *drawn_size == size)
        .map(|(_, _, pixels)| pixels.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ICONS: [TrayIcon; 3] = [TrayIcon::Idle, TrayIcon::Due, TrayIcon::Paused];

    fn source(icon: TrayIcon) -> String {
        let path = format!(
            "{}/icons/tray/limber-{}.svg",
            env!("CARGO_MANIFEST_DIR"),
            name(icon)
        );
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    /// The sizes this platform's tray asks for: each must have been drawn by `build.rs`.
    fn asked_for() -> Vec<u32> {
        #[cfg(target_os = "linux")]
        let sizes = super::super::sni::ICON_SIZES.to_vec();
        #[cfg(not(target_os = "linux"))]
        let sizes = vec![super::super::native::ICON_SIZE];
        sizes
    }

    #[test]
    fn every_icon_draws_something_at_every_size_a_tray_asks_for() {
        for icon in ICONS {
            for size in asked_for() {
                let pixels = rgba(icon, size).expect("the icon is drawn at this size");
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
    fn the_pixels_built_in_are_the_svg_sources_drawn() {
        for icon in ICONS {
            assert_eq!(
                rgba(icon, 32),
                crate::app_icon::rgba(&source(icon), 32),
                "{icon:?}"
            );
        }
    }

    #[test]
    fn the_states_look_different() {
        let idle = rgba(TrayIcon::Idle, 32);
        assert_ne!(idle, rgba(TrayIcon::Due, 32));
        assert_ne!(idle, rgba(TrayIcon::Paused, 32));
    }
}
