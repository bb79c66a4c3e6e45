//! The stretch's picture in the timer window: the articulated figure (`crate::figure`) in the
//! window theme's colours.

use super::theme::{Rgb, Theme};
use crate::figure::{Palette, Rgb8};

/// The figure's colours for `theme`: its drawing colour, the far limbs and props toward its
/// background, the stretched region in its accent.
pub fn palette(theme: &Theme) -> Palette {
    let rgb8 = |Rgb(r, g, b): Rgb| Rgb8(r, g, b);
    Palette::over(
        rgb8(theme.background),
        rgb8(theme.drawing),
        rgb8(theme.muted),
        rgb8(theme.accent),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;
    use crate::figure;
    use crate::window::picture::{render, Pose};
    use crate::window::theme::{DARK, LIGHT};

    #[test]
    fn the_exported_drawings_use_the_window_themes_colours() {
        assert_eq!(palette(&LIGHT), Palette::LIGHT);
        assert_eq!(palette(&DARK), Palette::DARK);
    }

    #[test]
    fn every_built_in_stretch_has_a_drawing_of_its_own() {
        for stretch in builtin() {
            assert!(
                figure::STRETCHES.iter().any(|(id, _)| *id == stretch.id),
                "{} has no drawing",
                stretch.id
            );
            let pixmap = render(
                &stretch.id,
                Pose {
                    t: 1.0,
                    mirror: false,
                },
                96,
                96,
                &LIGHT,
            )
            .expect("renders");
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
        assert!(render(
            "my-own",
            Pose {
                t: 1.0,
                mirror: false
            },
            64,
            64,
            &LIGHT
        )
        .is_some());
    }
}
