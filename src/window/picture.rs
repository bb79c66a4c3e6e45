//! The stretch's picture, chosen in one place: which pose it shows at each moment, how far it
//! has moved from the start pose toward the hold pose, and whether it is mirrored for the left
//! side: the articulated figure (`crate::figure`), moved between its two key poses.
//!
//! During the setup and the switch the picture moves from the start pose to the hold pose, at
//! most [`FRAMES_PER_SECOND`] frames a second for [`MOVE_FOR`], then holds still; when the
//! desktop asks for reduced motion it shows the start pose and does not move.

use std::time::Duration;

use resvg::tiny_skia::Pixmap;

use crate::core::catalog::Side;
use crate::core::routine::Phase;
use crate::figure::{self, Key};

use super::pictogram;
use super::theme::Theme;

/// How long the picture takes to move into the hold pose.
pub const MOVE_FOR: Duration = Duration::from_secs(2);
/// The most frames a second while it moves.
pub const FRAMES_PER_SECOND: u32 = 30;

/// Which pose to draw: `t` from 0 (the start pose) to 1 (the hold pose), mirrored for the left
/// side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    pub t: f32,
    pub mirror: bool,
}

/// The pose for `phase` (`None`: waiting to start), `elapsed` into it; `motion`: the desktop
/// lets pictures move.
pub fn pose(phase: Option<Phase>, elapsed: Duration, motion: bool) -> Pose {
    let mirror = phase.and_then(Phase::side) == Some(Side::Left);
    let t = match phase {
        None | Some(Phase::ComeOut) => 0.0,
        Some(Phase::Setup(_) | Phase::Switch(_)) if motion => {
            ease((elapsed.as_secs_f32() / MOVE_FOR.as_secs_f32()).min(1.0))
        }
        Some(Phase::Setup(_) | Phase::Switch(_)) => 0.0,
        Some(Phase::Hold(_) | Phase::Done) => 1.0,
    };
    Pose { t, mirror }
}

/// Whether the picture is still moving: the window then draws again a frame later.
pub fn moving(phase: Phase, elapsed: Duration, motion: bool) -> bool {
    motion && phase.is_getting_into_position() && elapsed < MOVE_FOR
}

/// How long one frame lasts while the picture moves.
pub fn frame_time() -> Duration {
    Duration::from_secs(1) / FRAMES_PER_SECOND
}

/// Slow in, slow out, as a body moves.
fn ease(t: f32) -> f32 {
    t * t * (3.0 - 2.0 * t)
}

/// The picture of `stretch_id` in `pose`, to fit `width`×`height` pixels, in `theme`'s colours.
pub fn render(
    stretch_id: &str,
    pose: Pose,
    width: u32,
    height: u32,
    theme: &Theme,
) -> Option<Pixmap> {
    let start = figure::pose(stretch_id, Key::Start);
    let hold = figure::pose(stretch_id, Key::Hold);
    let between = figure::lerp(&start, &hold, pose.t);
    figure::render(
        &between,
        width,
        height,
        &pictogram::palette(theme),
        pose.mirror,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::theme::LIGHT;

    const RIGHT: Option<Side> = Some(Side::Right);

    #[test]
    fn the_setup_moves_from_the_start_pose_to_the_hold_pose_in_two_seconds() {
        let setup = Some(Phase::Setup(RIGHT));
        assert_eq!(pose(setup, Duration::ZERO, true).t, 0.0);
        let halfway = pose(setup, Duration::from_secs(1), true).t;
        assert!(halfway > 0.3 && halfway < 0.7, "{halfway}");
        assert_eq!(pose(setup, MOVE_FOR, true).t, 1.0);
        assert!(moving(
            Phase::Setup(RIGHT),
            Duration::from_millis(1999),
            true
        ));
        assert!(!moving(Phase::Setup(RIGHT), MOVE_FOR, true));
        assert!(!moving(Phase::Hold(RIGHT), Duration::ZERO, true));
    }

    #[test]
    fn with_reduced_motion_nothing_moves() {
        let setup = Some(Phase::Setup(RIGHT));
        assert_eq!(pose(setup, Duration::from_secs(1), false).t, 0.0);
        assert!(!moving(Phase::Setup(RIGHT), Duration::ZERO, false));
        assert_eq!(pose(Some(Phase::Hold(RIGHT)), Duration::ZERO, false).t, 1.0);
    }

    #[test]
    fn the_left_side_is_mirrored() {
        assert!(pose(Some(Phase::Switch(Side::Left)), Duration::ZERO, true).mirror);
        assert!(pose(Some(Phase::Hold(Some(Side::Left))), Duration::ZERO, true).mirror);
        assert!(!pose(Some(Phase::Hold(RIGHT)), Duration::ZERO, true).mirror);
        let id = "seated-figure-four-chair";
        let right = render(
            id,
            Pose {
                t: 1.0,
                mirror: false,
            },
            96,
            80,
            &LIGHT,
        )
        .unwrap();
        let left = render(
            id,
            Pose {
                t: 1.0,
                mirror: true,
            },
            96,
            80,
            &LIGHT,
        )
        .unwrap();
        let alpha = |p: &Pixmap, x: u32, y: u32| p.pixel(x, y).unwrap().alpha();
        let flipped =
            (0..96).all(|x| (0..80).all(|y| alpha(&right, x, y) == alpha(&left, 95 - x, y)));
        assert!(flipped);
        assert_ne!(right, left);
    }

    #[test]
    fn at_most_thirty_frames_a_second() {
        assert!(frame_time() >= Duration::from_millis(33));
    }
}
