//! Where everything goes in the window: a column of blocks, each wrapped to the window's width,
//! with the buttons in a bar at the bottom. Pure geometry over measured text, unit tested.
//!
//! From the top: the name (it wraps, never runs off the edge), where and how long, the picture
//! beside the countdown ring and its caption, what to do now, the steps or the cue, and every
//! caution. Nothing is cut: the window is made tall enough for the largest screen of its stretch
//! ([`fit`]); when even the screen is too small, the window widens, then everything shrinks a
//! little, and beyond that the column scrolls above the button bar ([`Layout::max_scroll`]).
//! The buttons share the bar equally, except that one whose label needs more (a longer
//! language's "Überspringen") gets what it needs, and the window is made wide enough for the
//! widest bar of its screens.
//!
//! A window that reads right to left ([`Screen::direction`]) is mirrored: its lines start at the
//! right edge, hanging markers stand on the right, the picture is on the right and the ring on
//! the left, and the buttons run from right to left. The picture itself is not mirrored.

use super::column::{Column, Line, Pen, Rect, Role};
use super::screen::{label, Body, Screen};
use super::text::{Align, Direction, Fonts, Weight};

/// The width the window is designed for, in logical pixels.
pub const WIDTH: f32 = 460.0;
/// Wider windows tried, in turn, when a stretch's screens do not fit the screen's height.
const WIDER: [f32; 3] = [560.0, 660.0, 760.0];
/// How much everything may shrink, in turn, when even the widest window is too tall.
const ZOOMS: [f32; 3] = [1.0, 0.9, 0.8];

/// The space around everything, in logical pixels.
pub const MARGIN: f32 = 22.0;
const GAP: f32 = 8.0;
pub const BUTTON_HEIGHT: f32 = 32.0;
/// A button label's text size, and the space it keeps from either end of its button.
pub const LABEL_SIZE: f32 = 13.5;
const LABEL_PADDING: f32 = 10.0;
/// The bar under the column: the buttons and the space around them.
pub const BAR_HEIGHT: f32 = BUTTON_HEIGHT + 2.0 * 14.0;
const PICTURE_WIDTH: f32 = 150.0;
const PICTURE_HEIGHT: f32 = 120.0;
const RING_RADIUS: f32 = 50.0;
/// The hanging indent of numbered steps and of cautions.
const STEP_INDENT: f32 = 22.0;
const CAUTION_INDENT: f32 = 14.0;

/// Every region of the window for one frame, in physical pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Physical pixels per logical pixel of the design, zoom included.
    pub scale: f32,
    pub width: f32,
    /// The column's lines; they scroll with it.
    pub lines: Vec<Line>,
    pub picture: Rect,
    pub ring_center: (f32, f32),
    pub ring_radius: f32,
    pub ring_width: f32,
    /// The number in the ring.
    pub countdown: Line,
    /// The rule above the cautions.
    pub divider: Rect,
    /// How tall the column is.
    pub content_height: f32,
    /// The bar at the bottom that holds the buttons; it never scrolls.
    pub bar: Rect,
    pub buttons: Vec<Rect>,
}

impl Layout {
    /// How far the column can scroll: as far as it is taller than the space above the bar.
    pub fn max_scroll(&self) -> f32 {
        (self.content_height - self.bar.y).max(0.0)
    }
}

/// The width a button needs for `label` at `scale`: the label set at its size, and its padding.
pub fn button_width_for(label: &str, fonts: &Fonts, scale: f32) -> f32 {
    fonts.width(label, LABEL_SIZE * scale, Weight::SemiBold) + 2.0 * LABEL_PADDING * scale
}

/// The width each of `screen`'s buttons needs at `scale`: room for its label, and for Pause's
/// other label, Resume, so the bar does not change when it is pressed.
fn needs(screen: &Screen, fonts: &Fonts, scale: f32) -> Vec<f32> {
    screen
        .actions
        .iter()
        .map(|action| {
            [false, true]
                .map(|paused| button_width_for(&label(*action, paused), fonts, scale))
                .into_iter()
                .fold(0.0, f32::max)
        })
        .collect()
}

/// How many gaps `screen`'s buttons leave between them.
fn gaps(screen: &Screen) -> f32 {
    screen.actions.len().saturating_sub(1) as f32
}

/// `room` shared among buttons that need `needs`: equally, except that a button whose label
/// needs more gets what it needs and the others share the rest. When the labels need more than
/// there is, each gets its share of the room in proportion to its need (the label is then set
/// smaller; [`fit`] makes the window wide enough that this happens only on a tiny screen).
fn share(needs: &[f32], room: f32) -> Vec<f32> {
    let total: f32 = needs.iter().sum();
    if total >= room {
        return needs
            .iter()
            .map(|need| room * need / total.max(f32::EPSILON))
            .collect();
    }
    let mut widths = vec![None; needs.len()];
    loop {
        let open: Vec<usize> = (0..needs.len()).filter(|&i| widths[i].is_none()).collect();
        let taken: f32 = widths.iter().flatten().sum();
        let equal = (room - taken) / open.len().max(1) as f32;
        let grown: Vec<usize> = open.into_iter().filter(|&i| needs[i] > equal).collect();
        if grown.is_empty() {
            return widths.iter().map(|w| w.unwrap_or(equal)).collect();
        }
        for i in grown {
            widths[i] = Some(needs[i]);
        }
    }
}

/// How wide a label may be in the button `rect` at `scale`.
pub fn label_room(rect: &Rect, scale: f32) -> f32 {
    rect.width - 2.0 * LABEL_PADDING * scale
}

/// The window's size for a stretch, in logical pixels, and how much everything is shrunk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub width: f32,
    pub height: f32,
    pub zoom: f32,
}

/// The smallest window that shows the largest of `screens` whole within `max_width` ×
/// `max_height` (the screen's work area, in logical pixels): the designed width if it fits,
/// else wider, else shrunk; if nothing fits, the widest, most shrunk window as tall as allowed,
/// which then scrolls. Every width tried is at least as wide as the widest button bar (a
/// language with long labels), unless the screen is narrower still.
pub fn fit(screens: &[Screen], fonts: &Fonts, max_width: f32, max_height: f32) -> Fit {
    let widest = max_width.max(WIDTH);
    let designed: Vec<f32> = std::iter::once(WIDTH)
        .chain(WIDER)
        .filter(|width| *width <= widest)
        .collect();
    let mut last = Fit {
        width: WIDTH,
        height: max_height,
        zoom: 1.0,
    };
    for zoom in ZOOMS {
        let least = bar_width(screens, fonts, zoom).ceil();
        let mut widths: Vec<f32> = designed.iter().map(|width| width.max(least)).collect();
        widths.dedup();
        widths.retain(|width| *width <= widest);
        if widths.is_empty() {
            widths = designed.clone();
        }
        for &width in &widths {
            let height = screens
                .iter()
                .map(|screen| needed_height(screen, fonts, width, zoom))
                .fold(0.0, f32::max)
                .ceil();
            if height <= max_height {
                return Fit {
                    width,
                    height,
                    zoom,
                };
            }
            last = Fit {
                width,
                height: max_height,
                zoom,
            };
        }
    }
    last
}

/// The width the widest of `screens`' button bars needs at `zoom`, margins included.
fn bar_width(screens: &[Screen], fonts: &Fonts, zoom: f32) -> f32 {
    screens
        .iter()
        .map(|screen| {
            needs(screen, fonts, zoom).iter().sum::<f32>()
                + GAP * zoom * gaps(screen)
                + 2.0 * MARGIN * zoom
        })
        .fold(0.0, f32::max)
}

/// The height `screen` needs, in logical pixels, at `width` and `zoom`.
fn needed_height(screen: &Screen, fonts: &Fonts, width: f32, zoom: f32) -> f32 {
    layout(screen, fonts, width, 0.0, zoom).content_height + BAR_HEIGHT * zoom
}

/// The layout of `screen` in a window of `width` × `height` physical pixels, where one logical
/// pixel of the design is `scale` physical ones.
pub fn layout(screen: &Screen, fonts: &Fonts, width: f32, height: f32, scale: f32) -> Layout {
    let s = scale.max(0.1);
    let margin = MARGIN * s;
    let inner = (width - 2.0 * margin).max(40.0 * s);
    let mut column = Column::new(fonts, 16.0 * s);
    column.direction = screen.direction;
    let rtl = screen.direction == Direction::RightToLeft;
    let heading = |size: f32| Pen {
        size: size * s,
        weight: Weight::SemiBold,
        role: Role::Text,
    };
    let regular = |size: f32, role| Pen {
        size: size * s,
        weight: Weight::Regular,
        role,
    };

    column.title(&screen.title, &screen.subtitle, margin, inner, s);

    // The picture where lines start (the left, or the right when the window reads right to
    // left); beside it, the ring and its caption. The picture itself is never mirrored: its
    // steps name the sides.
    let row_top = column.y;
    let picture_width = PICTURE_WIDTH * s;
    let ring_box_width = (inner - picture_width - 16.0 * s).max(2.0 * RING_RADIUS * s);
    let (picture_x, ring_box_x) = if rtl {
        (width - margin - picture_width, margin)
    } else {
        (margin, margin + picture_width + 16.0 * s)
    };
    let picture = Rect {
        x: picture_x,
        y: row_top,
        width: picture_width,
        height: PICTURE_HEIGHT * s,
    };
    let ring_center = (
        ring_box_x + ring_box_width / 2.0,
        row_top + 6.0 * s + RING_RADIUS * s,
    );
    let countdown_size = if screen.countdown.chars().count() > 5 {
        22.0
    } else {
        34.0
    } * s;
    let countdown = Line {
        width: fonts.width(&screen.countdown, countdown_size, Weight::SemiBold),
        text: screen.countdown.clone(),
        x: ring_center.0,
        y: ring_center.1 - countdown_size * 0.62,
        size: countdown_size,
        weight: Weight::SemiBold,
        role: Role::Text,
        align: Align::Center,
    };
    column.y = ring_center.1 + RING_RADIUS * s + 10.0 * s;
    column.centred(
        &screen.caption,
        ring_center.0,
        ring_box_width,
        Pen {
            size: 13.5 * s,
            weight: Weight::SemiBold,
            role: Role::Accent,
        },
    );
    column.y = column.y.max(picture.bottom()) + 14.0 * s;

    column.paragraph(
        &screen.heading,
        margin,
        inner,
        Pen {
            role: Role::Accent,
            ..heading(15.0)
        },
    );
    column.y += 4.0 * s;
    let body = regular(14.0, Role::Text);
    match &screen.body {
        Body::Text(text) => column.paragraph(text, margin, inner, body),
        Body::Steps(steps) => {
            for (number, step) in steps.iter().enumerate() {
                column.hanging(
                    &crate::t!("window-step-number", number = number + 1),
                    step,
                    margin,
                    inner,
                    STEP_INDENT * s,
                    body,
                );
                column.y += 5.0 * s;
            }
        }
    }
    column.y += 12.0 * s;
    let cautions_from = column.lines.len();
    let mut divider_y = column.y;
    column.y += 10.0 * s;
    let caution = regular(12.5, Role::Muted);
    for text in &screen.cautions {
        column.hanging("•", text, margin, inner, CAUTION_INDENT * s, caution);
        column.y += 4.0 * s;
    }
    let mut content_height = column.y + 8.0 * s;

    let bar_height = BAR_HEIGHT * s;
    let bar_top = if height > 0.0 {
        (height - bar_height).max(0.0)
    } else {
        content_height
    };
    // A screen with less to say than the largest one keeps its cautions at the foot of the
    // window, where they always are, rather than leaving a gap under them.
    let spare = bar_top - content_height;
    if spare > 0.0 {
        for line in &mut column.lines[cautions_from..] {
            line.y += spare;
        }
        divider_y += spare;
        content_height = bar_top;
    }
    let widths = share(&needs(screen, fonts, s), inner - GAP * s * gaps(screen));
    // The first button where lines start: buttons read in the window's direction.
    let mut x = margin;
    let mut placed: Vec<Rect> = widths
        .iter()
        .map(|&width| {
            let rect = Rect {
                x,
                y: bar_top + (bar_height - BUTTON_HEIGHT * s) / 2.0,
                width,
                height: BUTTON_HEIGHT * s,
            };
            x += width + GAP * s;
            rect
        })
        .collect();
    if rtl {
        let right = margin + inner;
        for rect in &mut placed {
            rect.x = right - (rect.x - margin) - rect.width;
        }
    }
    let buttons = placed;
    Layout {
        scale: s,
        width,
        lines: column.lines,
        picture,
        ring_center,
        ring_radius: RING_RADIUS * s,
        ring_width: 7.0 * s,
        countdown,
        divider: Rect {
            x: margin,
            y: divider_y,
            width: inner,
            height: s.max(1.0),
        },
        content_height,
        bar: Rect {
            x: 0.0,
            y: bar_top,
            width,
            height: bar_height,
        },
        buttons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{builtin, Position, Stretch};
    use crate::core::progression::Progress;
    use crate::window::column::LEADING;
    use crate::window::screen::{every_screen, Shown};
    use std::time::Duration;

    fn fonts() -> Fonts {
        Fonts::load().unwrap()
    }

    fn screens_of(stretch: &Stretch) -> Vec<Screen> {
        let progress = Progress {
            hold: stretch.hold,
            added: Duration::from_secs(5),
            done: 5,
            grew: true,
        };
        every_screen(&Shown {
            stretch,
            progress: &progress,
            done_today: 12,
        })
    }

    /// The largest a user may write, every text at its limit: 8 steps of 200 characters, 4
    /// cautions of 200, a 60-character name, one word too long for any line.
    fn longest_custom() -> Stretch {
        let sentence = |n: usize| {
            let mut text =
                format!("Step {n}: lean forward slowly from the hips, keeping the back long, ");
            while text.len() < 200 {
                text.push_str("and breathe ");
            }
            text.truncate(200);
            text
        };
        let mut steps: Vec<String> = (1..=8).map(sentence).collect();
        steps[3] = format!("Hold{} end", "o".repeat(120));
        Stretch {
            id: "my-very-long-stretch".into(),
            name: "A stretch with a name as long as the config allows it to be".into(),
            position: Position::Floor,
            per_side: true,
            hold: Duration::from_secs(120),
            setup: Duration::from_secs(120),
            switch: Duration::from_secs(120),
            come_out: Duration::from_secs(5),
            steps: steps.into_iter().map(Into::into).collect(),
            hold_cue: sentence(9).into(),
            release: sentence(10),
            cue: "lean in".into(),
            cautions: (11..=14).map(sentence).collect(),
            source: None,
        }
    }

    fn longest_built_in() -> Stretch {
        builtin()
            .into_iter()
            .max_by_key(|s| s.steps_for(None).join(" ").len() + s.cautions.join(" ").len())
            .unwrap()
    }

    /// Every line of every screen of `stretch` sits inside a window of the fitted size, the
    /// column scrolls far enough to show the last one, and no character of any text is lost.
    fn assert_nothing_overflows(stretch: &Stretch, max_height: f32) {
        let fonts = fonts();
        let screens = screens_of(stretch);
        let fit = fit(&screens, &fonts, 1280.0, max_height);
        assert!(fit.height <= max_height, "{fit:?}");
        for screen in &screens {
            let l = layout(screen, &fonts, fit.width, fit.height, fit.zoom);
            for line in l.lines.iter().chain([&l.countdown]) {
                let (left, right) = line.span();
                assert!(
                    left >= 0.0 && right <= fit.width + 0.5,
                    "{}: \"{}\" runs from {left} to {right} in {}",
                    stretch.id,
                    line.text,
                    fit.width
                );
                let bottom = line.y + line.size * LEADING;
                assert!(bottom <= l.content_height, "{}: {}", stretch.id, line.text);
                // Scrolled all the way, the line is above the bar.
                assert!(bottom - l.max_scroll() <= l.bar.y + 0.5, "{}", line.text);
            }
            for button in &l.buttons {
                assert!(button.x >= 0.0 && button.x + button.width <= fit.width + 0.5);
                assert!(button.bottom() <= fit.height + 0.5);
            }
            let shown: String = l.lines.iter().map(|line| line.text.as_str()).collect();
            let squeezed = |text: &str| text.split_whitespace().collect::<String>();
            let mut texts = vec![
                screen.title.clone(),
                screen.subtitle.clone(),
                screen.heading.clone(),
            ];
            texts.extend(screen.cautions.iter().cloned());
            match &screen.body {
                Body::Text(text) => texts.push(text.clone()),
                Body::Steps(steps) => texts.extend(steps.iter().cloned()),
            }
            let shown = squeezed(&shown);
            for text in texts {
                assert!(
                    shown.contains(&squeezed(&text)),
                    "{}: lost \"{text}\"",
                    stretch.id
                );
            }
        }
    }

    #[test]
    fn the_longest_built_in_fits_whole_at_the_designed_width() {
        let stretch = longest_built_in();
        assert_nothing_overflows(&stretch, 760.0);
        let fit = fit(&screens_of(&stretch), &fonts(), 1280.0, 760.0);
        assert_eq!((fit.width, fit.zoom), (WIDTH, 1.0), "{fit:?}");
    }

    #[test]
    fn every_built_in_fits_a_small_laptop_screen_without_scrolling() {
        for stretch in builtin() {
            let fit = fit(&screens_of(&stretch), &fonts(), 1280.0, 700.0);
            assert_eq!(fit.zoom, 1.0, "{}: {fit:?}", stretch.id);
            assert_nothing_overflows(&stretch, 700.0);
        }
    }

    #[test]
    fn the_longest_custom_stretch_loses_nothing_on_any_screen() {
        let stretch = longest_custom();
        // A tall screen, a laptop, and one far too small: wider, then smaller, then scrolled.
        for height in [1400.0, 760.0, 400.0] {
            assert_nothing_overflows(&stretch, height);
        }
        let small = fit(&screens_of(&stretch), &fonts(), 1280.0, 400.0);
        assert_eq!(small.zoom, 0.8, "{small:?}");
        let l = layout(
            &screens_of(&stretch)[1],
            &fonts(),
            small.width,
            small.height,
            small.zoom,
        );
        assert!(l.max_scroll() > 0.0);
    }

    #[test]
    fn a_long_stretch_makes_the_window_wider_before_smaller() {
        let fit = fit(&screens_of(&longest_custom()), &fonts(), 1280.0, 1000.0);
        assert!(fit.width > WIDTH && fit.zoom == 1.0, "{fit:?}");
    }

    #[test]
    fn a_screen_with_less_to_say_keeps_its_cautions_at_the_foot() {
        let fonts = fonts();
        let screens = screens_of(&builtin()[0]);
        let fit = fit(&screens, &fonts, 1280.0, 760.0);
        // The hold says less than the setup; its last caution still ends just above the bar.
        let hold = layout(&screens[2], &fonts, fit.width, fit.height, fit.zoom);
        let last = hold.lines.last().unwrap();
        let gap = hold.bar.y - (last.y + last.size * LEADING);
        assert!((0.0..=12.0).contains(&gap), "{gap}");
        assert_eq!(hold.max_scroll(), 0.0);
    }

    /// A custom stretch named, described and cautioned in `words` (name, step, caution).
    fn custom(words: [&str; 3]) -> Stretch {
        let [name, step, caution] = words;
        Stretch {
            id: "custom".into(),
            name: name.into(),
            steps: vec![step.into(), step.into()],
            cautions: vec![caution.into()],
            ..longest_custom()
        }
    }

    #[test]
    fn a_right_to_left_language_mirrors_the_window_but_not_its_picture() {
        use crate::wording::{in_language, Tag};
        let fonts = fonts();
        let english = custom([
            "Pigeon",
            "Slide your right leg forward.",
            "Stop if it hurts.",
        ]);
        let arabic_named = custom([
            "تمدد الحمامة على الأرض",
            "ضع ساقك اليمنى أمامك ببطء، وحافظ على استقامة ظهرك.",
            "توقف إذا شعرت بألم حاد.",
        ]);
        let hold = |stretch: &Stretch| {
            let screens = screens_of(stretch);
            let fit = fit(&screens, &fonts, 1280.0, 1000.0);
            layout(&screens[2], &fonts, fit.width, fit.height, fit.zoom)
        };
        let rtl = in_language(Tag::PseudoRtl, || hold(&english));
        let ltr = hold(&english);
        let right_edge = rtl.width - MARGIN;
        for line in &rtl.lines {
            if line.align != Align::Center {
                let (_, right) = line.span();
                assert!(right <= right_edge + 0.5, "{}: {right}", line.text);
            }
        }
        // The title and every step start at the right edge.
        let starts: Vec<_> = rtl
            .lines
            .iter()
            .filter(|l| l.align == Align::Right)
            .collect();
        assert!(starts.len() >= 4, "{starts:?}");
        assert!(starts.iter().any(|l| (l.x - right_edge).abs() < 0.01));
        assert!(ltr.lines.iter().all(|l| l.align != Align::Right));
        // The picture on the right, the ring on the left.
        assert!((rtl.picture.x + rtl.picture.width - right_edge).abs() < 0.01);
        assert!(rtl.ring_center.0 < rtl.picture.x);
        assert!(ltr.ring_center.0 > ltr.picture.x + ltr.picture.width);
        // The first button (Pause) on the right, the last on the left.
        assert_eq!(rtl.buttons.len(), 4);
        for pair in rtl.buttons.windows(2) {
            assert!(pair[0].x > pair[1].x + pair[1].width);
        }
        assert!((rtl.buttons[0].x + rtl.buttons[0].width - right_edge).abs() < 0.01);
        // The language decides, not the stretch's name: an Arabic name in an English window
        // is shaped right to left in its own line, but the window reads left to right.
        let named = hold(&arabic_named);
        assert!(named.ring_center.0 > named.picture.x + named.picture.width);
        assert!(in_language(Tag::Arabic, || {
            let mirrored = hold(&arabic_named);
            mirrored.ring_center.0 < mirrored.picture.x
        }));
        in_language(Tag::PseudoRtl, || {
            assert_nothing_overflows(&english, 1000.0)
        });
    }

    #[test]
    fn a_long_label_widens_its_button_and_the_others_share_the_rest() {
        assert_eq!(share(&[50.0, 50.0, 50.0, 50.0], 400.0), [100.0; 4]);
        // "Überspringen" needs more than a quarter of the bar.
        assert_eq!(
            share(&[70.0, 50.0, 130.0, 60.0], 400.0),
            [90.0, 90.0, 130.0, 90.0]
        );
        // More than there is: each in proportion to its need.
        assert_eq!(share(&[100.0, 300.0], 200.0), [50.0, 150.0]);
    }

    proptest::proptest! {
        #[test]
        fn shared_buttons_fill_the_bar_and_hold_their_labels(
            needs in proptest::collection::vec(20.0f32..300.0, 1..5),
            room in 100.0f32..900.0,
        ) {
            let widths = share(&needs, room);
            let total: f32 = widths.iter().sum();
            proptest::prop_assert!((total - room).abs() < 0.01 * room, "{widths:?} in {room}");
            if needs.iter().sum::<f32>() <= room {
                for (width, need) in widths.iter().zip(&needs) {
                    proptest::prop_assert!(width + 0.01 >= *need, "{widths:?} for {needs:?}");
                }
            }
        }
    }

    #[test]
    fn hidpi_doubles_every_measure() {
        let fonts = fonts();
        let screen = &screens_of(&builtin()[0])[1];
        let one = layout(screen, &fonts, 460.0, 700.0, 1.0);
        let two = layout(screen, &fonts, 920.0, 1400.0, 2.0);
        assert_eq!(two.buttons[1].x, 2.0 * one.buttons[1].x);
        assert_eq!(two.lines.len(), one.lines.len());
        assert!((two.content_height - 2.0 * one.content_height).abs() < 1.0);
    }

    #[test]
    fn buttons_share_the_bar_without_overlapping_and_hit_testing_finds_them() {
        let fonts = fonts();
        let screen = &screens_of(&builtin()[0])[2];
        let l = layout(screen, &fonts, 460.0, 700.0, 1.0);
        assert_eq!(l.buttons.len(), 4);
        for pair in l.buttons.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x);
            assert_eq!(pair[0].y, pair[1].y);
        }
        let last = l.buttons.last().unwrap();
        assert!((last.x + last.width - (460.0 - MARGIN)).abs() < 0.01);
        let (x, y) = l.buttons[1].center();
        assert_eq!(l.buttons.iter().position(|b| b.contains(x, y)), Some(1));
        assert_eq!(l.buttons.iter().position(|b| b.contains(5.0, 5.0)), None);
    }
}
