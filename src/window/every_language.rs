//! Tests: every screen of the timer window, for every built-in stretch, in every language limber
//! speaks (and the two pseudo-languages), laid out as the window lays it out and read by the
//! [`fit_check`](super::fit_check): nothing cut, nothing overlapping. The control window's and
//! the week picture's own tests do the same for theirs.

use std::time::Duration;

use super::column::Rect;
use super::fit_check::{self, centred_buttons, Drawn};
use super::layout::{self, Layout, MARGIN};
use super::screen::{self, every_screen, Moment, Screen, Shown};
use super::text::Fonts;
use crate::core::catalog::{builtin, Side};
use crate::core::progression::Progress;
use crate::core::routine::Phase;
use crate::wording::{in_language, Tag};

/// A common laptop's work area, in logical pixels: 1366 × 768 less a panel.
const SCREEN: (f32, f32) = (1366.0, 720.0);

/// `layout` of a screen with `labels` on its buttons, as the fit check reads it.
pub fn timer_drawn<'a>(
    name: String,
    l: &'a Layout,
    labels: &'a [String],
    fonts: &Fonts,
    height: f32,
) -> Drawn<'a> {
    let s = l.scale;
    let (cx, cy) = l.ring_center;
    let outer = l.ring_radius + l.ring_width / 2.0;
    let inner = l.ring_radius - l.ring_width / 2.0;
    let square = |r: f32| Rect {
        x: cx - r,
        y: cy - r,
        width: 2.0 * r,
        height: 2.0 * r,
    };
    let mut keep_out = vec![("picture", l.picture), ("ring", square(outer))];
    if l.max_scroll() == 0.0 {
        keep_out.push(("button bar", l.bar));
    }
    Drawn {
        name,
        edges: (MARGIN * s, l.width - MARGIN * s),
        height,
        lines: l.lines.iter().collect(),
        keep_out,
        framed: vec![(&l.countdown, "ring", square(inner))],
        buttons: centred_buttons(&l.buttons, labels, fonts, s),
        buttons_scroll: false,
        content_height: l.content_height,
        view_bottom: l.bar.y,
        max_scroll: l.max_scroll(),
    }
}

/// Every screen of `shown`'s stretch, and each running one paused as well (its caption and its
/// Pause button say otherwise), with a name for each.
fn every_screen_and_paused(shown: &Shown<'_>) -> Vec<(String, Screen, bool)> {
    let stretch = shown.stretch;
    let mut screens: Vec<(String, Screen, bool)> = every_screen(shown)
        .into_iter()
        .enumerate()
        .map(|(index, screen)| (format!("screen {index}"), screen, false))
        .collect();
    let sides: Vec<Option<Side>> = match stretch.side_order() {
        [] => vec![None],
        sides => sides.iter().copied().map(Some).collect(),
    };
    let mut phases = vec![Phase::Setup(sides[0])];
    phases.extend(sides.iter().map(|side| Phase::Hold(*side)));
    phases.extend(sides.get(1).copied().flatten().map(Phase::Switch));
    phases.push(Phase::ComeOut);
    for phase in phases {
        let paused = Moment::Running {
            phase,
            paused: true,
            remaining: stretch.hold.max(stretch.setup),
            progress: 0.5,
            breath: None,
        };
        screens.push((
            format!("{phase:?} paused"),
            screen::screen(shown, &paused),
            true,
        ));
    }
    screens
}

/// The problems of every screen of every built-in stretch in `tag`, in a window sized as the
/// window sizes itself, at scale `scale`.
fn problems_in(tag: Tag, fonts: &Fonts, scale: f32) -> Vec<String> {
    in_language(tag, || {
        let mut found = Vec::new();
        for stretch in builtin() {
            let progress = Progress {
                hold: stretch.hold + Duration::from_secs(5),
                added: Duration::from_secs(5),
                done: 5,
                grew: true,
            };
            let shown = Shown {
                stretch: &stretch,
                progress: &progress,
                done_today: 12,
            };
            let fit = layout::fit(&every_screen(&shown), fonts, SCREEN.0, SCREEN.1);
            let (width, height) = (fit.width * scale, fit.height * scale);
            for (name, screen, paused) in every_screen_and_paused(&shown) {
                let l = layout::layout(&screen, fonts, width, height, fit.zoom * scale);
                let labels: Vec<String> = screen
                    .actions
                    .iter()
                    .map(|action| screen::label(*action, paused))
                    .collect();
                let name = format!("{tag} {}, {name}", stretch.id);
                found.extend(fit_check::problems(&timer_drawn(
                    name, &l, &labels, fonts, height,
                )));
            }
        }
        found
    })
}

#[test]
fn every_screen_of_every_stretch_fits_in_every_language() {
    let fonts = Fonts::load().expect("the bundled font");
    let found: Vec<String> = Tag::ALL
        .into_iter()
        .flat_map(|tag| problems_in(tag, &fonts, 1.0))
        .collect();
    assert!(found.is_empty(), "{} problems: {found:#?}", found.len());
}

#[test]
fn every_screen_fits_at_twice_the_scale_too() {
    let fonts = Fonts::load().expect("the bundled font");
    let found: Vec<String> = [Tag::German, Tag::PseudoLong, Tag::PseudoRtl]
        .into_iter()
        .flat_map(|tag| problems_in(tag, &fonts, 2.0))
        .collect();
    assert!(found.is_empty(), "{} problems: {found:#?}", found.len());
}
