//! The line drawing of each stretch, from `icons/stretches/ID.svg`, rendered with resvg.
//! Custom stretches (and any built-in without a drawing) get the neutral figure.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use super::theme::Rgb;

/// The SVG source for a stretch id.
pub fn source(id: &str) -> &'static str {
    match id {
        "seated-figure-four-chair" => {
            include_str!("../../icons/stretches/seated-figure-four-chair.svg")
        }
        "standing-forward-fold" => include_str!("../../icons/stretches/standing-forward-fold.svg"),
        "lying-hamstring-strap" => include_str!("../../icons/stretches/lying-hamstring-strap.svg"),
        "chair-hamstring-turnout" => {
            include_str!("../../icons/stretches/chair-hamstring-turnout.svg")
        }
        "seated-figure-four-floor" => {
            include_str!("../../icons/stretches/seated-figure-four-floor.svg")
        }
        "seated-hamstring-turnout" => {
            include_str!("../../icons/stretches/seated-hamstring-turnout.svg")
        }
        "pigeon-pose" => include_str!("../../icons/stretches/pigeon-pose.svg"),
        "reclining-hand-to-big-toe" => {
            include_str!("../../icons/stretches/reclining-hand-to-big-toe.svg")
        }
        "seated-forward-bend" => include_str!("../../icons/stretches/seated-forward-bend.svg"),
        // Until the articulated figures replace these drawings, the new desk stretches borrow
        // the nearest pose.
        "desk-supported-hip-hinge" | "standing-heel-forward-hinge" => {
            include_str!("../../icons/stretches/standing-forward-fold.svg")
        }
        "chair-forward-bend" => include_str!("../../icons/stretches/chair-hamstring-turnout.svg"),
        "seated-twist-hamstring" => {
            include_str!("../../icons/stretches/seated-twist-hamstring.svg")
        }
        _ => include_str!("../../icons/stretches/neutral.svg"),
    }
}

/// Renders the drawing for `id` to fit `width`×`height` pixels, in `color`.
pub fn render(id: &str, width: u32, height: u32, color: Rgb) -> Option<Pixmap> {
    let hex = format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2);
    // The drawings use one ink colour; the theme decides which.
    let svg = source(id).replace("#2b2f36", &hex);
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).ok()?;
    let mut pixmap = Pixmap::new(width.max(1), height.max(1))?;
    let size = tree.size();
    let scale = (width as f32 / size.width()).min(height as f32 / size.height());
    let dx = (width as f32 - size.width() * scale) / 2.0;
    let dy = (height as f32 - size.height() * scale) / 2.0;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale).post_translate(dx, dy),
        &mut pixmap.as_mut(),
    );
    Some(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;

    #[test]
    fn every_built_in_stretch_has_a_drawing_that_renders() {
        for stretch in builtin() {
            assert_ne!(
                source(&stretch.id),
                source("no-such-stretch"),
                "{} has no drawing",
                stretch.id
            );
            let pixmap = render(&stretch.id, 96, 96, Rgb(0, 0, 0)).expect("renders");
            let inked = pixmap.pixels().iter().filter(|p| p.alpha() > 0).count();
            assert!(
                inked > 200,
                "{} draws almost nothing ({inked} px)",
                stretch.id
            );
        }
    }

    #[test]
    fn custom_stretches_get_the_neutral_figure() {
        assert!(render("my-own", 64, 64, Rgb(0, 0, 0)).is_some());
    }
}
