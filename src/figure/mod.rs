//! The stretch pictures: one articulated figure, posed per stretch, drawn the same way in the
//! timer window (with tiny-skia) and in the exported icons (as SVG).
//!
//! A [`Pose`] is a set of joint angles on a small 3D skeleton (`model`): hips, knees, ankles,
//! spine, neck, shoulders and elbows, plus the scene it stands in (chair, desk, floor) and the
//! viewpoint. Every stretch has two key poses (`poses`): how its setup starts and how it is
//! held; the window moves from one to the other with [`lerp`]. The pictures show the right side
//! working; the window mirrors them for the left. The stretched region, where the hamstrings
//! meet the glutes at the sitting bone, glows in the accent colour in the hold.
//!
//! Pure: no files, no clock, no globals. The same pose always gives the same picture.

mod draw;
mod geometry;
mod model;
mod picture;
mod poses;
mod svg;

use resvg::tiny_skia::Pixmap;

pub use geometry::Vec3;
pub use model::{body, Arm, ArmJoints, Leg, LegJoints, Pose, Side, Skeleton};
pub use picture::{Bounds, Chair, Desk, Scene, View};
pub use poses::STRETCHES;

/// Which of a stretch's two key poses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// How the setup begins.
    Start,
    /// The position held.
    Hold,
}

/// The key pose of a stretch, framed with its props so both keys share one picture. Ids
/// without a drawing of their own (stretches users add) get a figure standing tall, with no
/// highlight.
pub fn pose(stretch_id: &str, key: Key) -> Pose {
    let (start, hold) = match poses::find(stretch_id) {
        Some(build) => (build(Key::Start), build(Key::Hold)),
        None => (poses::neutral(), poses::neutral()),
    };
    let bounds = picture::bounds_of(&[&start, &hold]);
    let mut pose = match key {
        Key::Start => start,
        Key::Hold => hold,
    };
    pose.scene.bounds = Some(bounds);
    pose
}

/// The pose `t` of the way from `from` to `to`: joint angles interpolated, props fixed.
pub fn lerp(from: &Pose, to: &Pose, t: f32) -> Pose {
    model::lerp(from, to, t)
}

/// An opaque colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb8(pub u8, pub u8, pub u8);

impl Rgb8 {
    /// `percent` of the way from `self` to `other`.
    pub const fn mix(self, other: Rgb8, percent: u8) -> Rgb8 {
        const fn channel(a: u8, b: u8, percent: u8) -> u8 {
            let percent = if percent > 100 { 100 } else { percent } as u16;
            ((a as u16 * (100 - percent) + b as u16 * percent + 50) / 100) as u8
        }
        Rgb8(
            channel(self.0, other.0, percent),
            channel(self.1, other.1, percent),
            channel(self.2, other.2, percent),
        )
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The colours a picture is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The trunk, the head, and the near (right) arm and leg.
    pub ink: Rgb8,
    /// The far (left) arm and leg, a shade lighter so the two sides read apart.
    pub far_ink: Rgb8,
    /// Chair, desk, strap and floor.
    pub prop: Rgb8,
    /// The stretched region.
    pub accent: Rgb8,
}

impl Palette {
    /// For pictures on a `background`, drawn in `ink` with `muted` props and `accent` for the
    /// stretched region: the far limbs are ink 38 % of the way to the background, props the
    /// muted colour halfway there.
    pub const fn over(background: Rgb8, ink: Rgb8, muted: Rgb8, accent: Rgb8) -> Palette {
        Palette {
            ink,
            far_ink: ink.mix(background, 38),
            prop: muted.mix(background, 50),
            accent,
        }
    }

    /// The timer window's light theme.
    pub const LIGHT: Palette = Palette::over(
        Rgb8(0xf7, 0xf8, 0xf6),
        Rgb8(0x2b, 0x2f, 0x36),
        Rgb8(0x66, 0x6e, 0x78),
        Rgb8(0x2f, 0x8f, 0x83),
    );

    /// The timer window's dark theme.
    pub const DARK: Palette = Palette::over(
        Rgb8(0x1d, 0x20, 0x23),
        Rgb8(0xd8, 0xdd, 0xe1),
        Rgb8(0x9a, 0xa3, 0xab),
        Rgb8(0x4f, 0xb3, 0xa5),
    );
}

/// `pose` drawn to fit `width`×`height` pixels on a transparent background; `mirror` flips it
/// left to right (the left side working). `None` only for a zero-sized or absurdly large
/// picture.
pub fn render(
    pose: &Pose,
    width: u32,
    height: u32,
    palette: &Palette,
    mirror: bool,
) -> Option<Pixmap> {
    let layers = picture::layers(pose, width as f32, height as f32, palette);
    draw::paint(&layers, width, height, mirror)
}

/// `pose` as a standalone 128×128 SVG document, the same drawing [`render`] paints.
pub fn svg(pose: &Pose, palette: &Palette) -> String {
    let size = svg::SIZE as f32;
    svg::document(&picture::layers(pose, size, size, palette))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How much two pictures must differ: at least this share of the pixels either one inks
    /// (at 64×64) is inked by only one of them. The closest pairs today differ by 0.41.
    const MIN_DIFFERENCE: f32 = 0.3;

    /// The pixels of a 64×64 picture that are mostly ink.
    fn inked(pose: &Pose) -> Vec<bool> {
        let pixmap = render(pose, 64, 64, &Palette::LIGHT, false).expect("renders");
        pixmap.pixels().iter().map(|p| p.alpha() > 127).collect()
    }

    /// The share of the pixels inked in either picture that only one of them inks.
    fn difference(a: &[bool], b: &[bool]) -> f32 {
        let either = a.iter().zip(b).filter(|(x, y)| **x || **y).count();
        let one = a.iter().zip(b).filter(|(x, y)| x != y).count();
        one as f32 / either.max(1) as f32
    }

    fn ids() -> impl Iterator<Item = &'static str> {
        STRETCHES.iter().map(|(id, _)| *id)
    }

    #[test]
    fn every_hold_differs_from_its_start_at_64_px() {
        for id in ids() {
            let (start, hold) = (pose(id, Key::Start), pose(id, Key::Hold));
            let share = difference(&inked(&start), &inked(&hold));
            assert!(
                share >= MIN_DIFFERENCE,
                "{id}: start and hold differ in {share:.2}"
            );
        }
    }

    #[test]
    fn every_two_holds_differ_at_64_px() {
        // Each fitted to its own picture, so a different zoom cannot pass for a different pose.
        let holds: Vec<(&str, Vec<bool>)> = ids()
            .map(|id| {
                let mut hold = pose(id, Key::Hold);
                hold.scene.bounds = None;
                (id, inked(&hold))
            })
            .collect();
        for (i, (a, a_ink)) in holds.iter().enumerate() {
            for (b, b_ink) in &holds[i + 1..] {
                let share = difference(a_ink, b_ink);
                assert!(share >= MIN_DIFFERENCE, "{a} and {b} differ in {share:.2}");
            }
        }
    }

    #[test]
    fn the_difference_measure_finds_no_difference_in_a_twin() {
        let hold = inked(&pose("pigeon-pose", Key::Hold));
        assert_eq!(difference(&hold, &hold), 0.0);
    }

    #[test]
    fn a_mirrored_picture_is_the_plain_one_flipped_exactly() {
        let hold = pose("seated-figure-four-chair", Key::Hold);
        let (width, height) = (150, 110);
        let plain = render(&hold, width, height, &Palette::LIGHT, false).expect("renders");
        let mirrored = render(&hold, width, height, &Palette::LIGHT, true).expect("renders");
        for y in 0..height {
            for x in 0..width {
                assert_eq!(
                    plain.pixel(x, y),
                    mirrored.pixel(width - 1 - x, y),
                    "({x}, {y})"
                );
            }
        }
        assert_ne!(
            plain.data(),
            mirrored.data(),
            "the picture is not symmetric"
        );
    }

    #[test]
    fn unknown_stretches_get_a_neutral_figure_without_highlight() {
        let custom = pose("my-own-stretch", Key::Hold);
        assert_eq!(custom.stretched, [0.0, 0.0]);
        assert_eq!(custom, pose("my-own-stretch", Key::Start));
        assert!(custom.scene.chair.is_none() && custom.scene.desk.is_none());
    }

    #[test]
    fn the_svg_draws_what_the_window_paints() {
        for id in ids().chain(["my-own-stretch"]) {
            let hold = pose(id, Key::Hold);
            let size = svg::SIZE;
            let painted = render(&hold, size, size, &Palette::LIGHT, false).expect("renders");
            let tree =
                resvg::usvg::Tree::from_str(&svg(&hold, &Palette::LIGHT), &Default::default())
                    .expect("the SVG parses");
            let mut drawn = Pixmap::new(size, size).expect("a pixmap");
            resvg::render(&tree, Default::default(), &mut drawn.as_mut());
            let apart = painted
                .pixels()
                .iter()
                .zip(drawn.pixels())
                .filter(|(a, b)| a.alpha().abs_diff(b.alpha()) > 64)
                .count();
            let share = apart as f32 / (size * size) as f32;
            assert!(share < 0.005, "{id}: {apart} pixels differ");
        }
    }

    #[test]
    fn rgb8_mixes_toward_the_other_colour() {
        let black = Rgb8(0, 0, 0);
        let white = Rgb8(255, 255, 255);
        assert_eq!(black.mix(white, 0), black);
        assert_eq!(black.mix(white, 100), white);
        assert_eq!(black.mix(white, 50), Rgb8(128, 128, 128));
        assert_eq!(Rgb8(0x2b, 0x2f, 0x36).hex(), "#2b2f36");
    }
}
