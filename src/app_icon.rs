//! limber's own icon, carried in the binary so that a build run from anywhere shows it: the SVG
//! source drawn as pixels for windows (and, with their own sources, the tray's three icons), and
//! a PNG render for notifications, which take an image file.

/// The app icon's SVG source (`icons/limber.svg`, also installed as the scalable hicolor icon).
pub const SVG: &str = include_str!("../icons/limber.svg");

/// The app icon as a 128 px PNG, as installed in the hicolor theme.
pub const PNG: &[u8] = include_bytes!("../icons/hicolor/128x128/apps/limber.png");

/// `svg` drawn `size` pixels square, as straight (not premultiplied) RGBA, row by row; None if
/// the source does not parse.
pub fn rgba(svg: &str, size: u32) -> Option<Vec<u8>> {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).ok()?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size)?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(
        pixmap
            .pixels()
            .iter()
            .flat_map(|pixel| {
                let color = pixel.demultiply();
                [color.red(), color.green(), color.blue(), color.alpha()]
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_icon_draws_and_its_png_is_a_png() {
        let pixels = rgba(SVG, 64).expect("the icon draws");
        assert_eq!(pixels.len(), 64 * 64 * 4);
        assert!(pixels.chunks(4).filter(|px| px[3] > 128).count() > 64 * 64 / 10);
        assert_eq!(&PNG[..8], b"\x89PNG\r\n\x1a\n");
    }

    #[test]
    fn a_source_that_does_not_parse_draws_nothing() {
        assert_eq!(rgba("<svg", 16), None);
    }
}
