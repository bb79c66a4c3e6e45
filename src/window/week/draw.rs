//! Paints one frame of the week picture from its [`WeekLayout`], with the timer window's
//! painting helpers (text, fills, buttons, the scrollbar) and the theme's sitting scale:
//! everything above the button bar scrolled up by the frame's `scroll`, the bar over it.

use resvg::tiny_skia::{FillRule, Path, PathBuilder, Pixmap, Stroke, Transform};

use super::super::column::Rect;
use super::super::draw::{self as shared, ButtonView};
use super::super::text::Fonts;
use super::super::theme::{Rgb, Theme};
use super::layout::{Swatch, WeekLayout};
use super::view::WeekView;

/// At most this many stretch marks fit a cell; more show as this many.
const MARKS_SHOWN: u32 = 4;

/// What one frame shows beyond its layout.
pub struct Frame<'a> {
    pub buttons: Vec<ButtonView<'a>>,
    /// The cell with the keyboard focus, and the one under the pointer.
    pub focused: Option<(usize, usize)>,
    pub hovered: Option<(usize, usize)>,
    /// How far everything above the bar is scrolled, in physical pixels.
    pub scroll: f32,
}

pub fn frame(
    pixmap: &mut Pixmap,
    view: &WeekView,
    layout: &WeekLayout,
    fonts: &Fonts,
    theme: &Theme,
    frame: &Frame<'_>,
) {
    let bg = theme.background;
    pixmap.fill(resvg::tiny_skia::Color::from_rgba8(bg.0, bg.1, bg.2, 255));
    let s = layout.scale;
    let up = frame.scroll;
    let mirrored = layout.mirrored;
    let cell = |row: usize, column: usize| layout.cell(row, column).map(|rect| scrolled(rect, up));
    for line in &layout.lines {
        shared::text(pixmap, fonts, theme, line, up);
    }
    for (row_index, row) in view.rows.iter().enumerate() {
        for (column, hour) in row.cells.iter().enumerate() {
            let Some(rect) = cell(row_index, column) else {
                continue;
            };
            if hour.future {
                outline(pixmap, &rect, theme.track, s, 1.0);
            } else {
                rounded_fill(pixmap, &rect, theme.sitting.fills[hour.step], s);
            }
            let ink = theme.sitting.inks[if hour.future { 0 } else { hour.step }];
            done_marks(pixmap, &rect, hour.done, ink, s);
            if hour.held {
                held_mark(pixmap, &rect, ink, s, mirrored);
            }
        }
    }
    if let Some(rect) = frame.hovered.and_then(|(r, c)| cell(r, c)) {
        outline(pixmap, &grown(&rect, 1.5 * s), theme.muted, s, 1.5);
    }
    if let Some(rect) = frame.focused.and_then(|(r, c)| cell(r, c)) {
        outline(pixmap, &grown(&rect, 2.0 * s), theme.text, s, 2.5);
    }
    for (rect, swatch) in &layout.swatches {
        let rect = scrolled(rect, up);
        match swatch {
            Swatch::Step(step) => rounded_fill(pixmap, &rect, theme.sitting.fills[*step], s),
            Swatch::Done => done_marks(pixmap, &rect, 1, theme.text, s),
            Swatch::Held => held_mark(pixmap, &rect, theme.text, s, mirrored),
        }
    }
    // The bar covers whatever is scrolled under it.
    shared::fill(pixmap, &layout.bar, theme.background);
    if layout.max_scroll() > 0.0 {
        let view = (layout.width, layout.bar.y);
        shared::scrollbar(pixmap, theme, s, view, layout.content_height, up);
    }
    for (rect, button) in layout.buttons.iter().zip(&frame.buttons) {
        shared::draw_button(pixmap, rect, fonts, theme, button, s);
    }
}

/// Fills `shape`, if there is one, in `colour`.
fn fill(pixmap: &mut Pixmap, shape: Option<Path>, colour: Rgb) {
    if let Some(shape) = shape {
        pixmap.fill_path(
            &shape,
            &shared::paint(colour),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}

/// `rect` moved `up` pixels higher (the column's scroll).
fn scrolled(rect: &Rect, up: f32) -> Rect {
    Rect {
        y: rect.y - up,
        ..*rect
    }
}

fn grown(rect: &Rect, by: f32) -> Rect {
    Rect {
        x: rect.x - by,
        y: rect.y - by,
        width: rect.width + 2.0 * by,
        height: rect.height + 2.0 * by,
    }
}

fn rounded_fill(pixmap: &mut Pixmap, rect: &Rect, colour: Rgb, s: f32) {
    fill(pixmap, shared::rounded(rect, 3.0 * s), colour);
}

fn outline(pixmap: &mut Pixmap, rect: &Rect, colour: Rgb, s: f32, width: f32) {
    if let Some(shape) = shared::rounded(rect, 4.0 * s) {
        let stroke = Stroke {
            width: width * s,
            ..Stroke::default()
        };
        pixmap.stroke_path(
            &shape,
            &shared::paint(colour),
            &stroke,
            Transform::identity(),
            None,
        );
    }
}

/// A dot for each stretch done, in a row along the foot of the cell.
fn done_marks(pixmap: &mut Pixmap, rect: &Rect, done: u32, ink: Rgb, s: f32) {
    let shown = done.min(MARKS_SHOWN);
    if shown == 0 {
        return;
    }
    let radius = 2.6 * s;
    let spacing = 7.0 * s;
    let row_width = spacing * (shown - 1) as f32;
    let (cx, _) = rect.center();
    let y = rect.y + rect.height - radius - 4.0 * s;
    let mut path = PathBuilder::new();
    for index in 0..shown {
        path.push_circle(cx - row_width / 2.0 + index as f32 * spacing, y, radius);
    }
    fill(pixmap, path.finish(), ink);
}

/// A small triangle in the cell's top corner at the end of the reading (the right one, or the
/// left one when `mirrored`): a reminder waited here.
fn held_mark(pixmap: &mut Pixmap, rect: &Rect, ink: Rgb, s: f32, mirrored: bool) {
    let size = 7.0 * s.max(0.5);
    let top = rect.y + 2.0 * s;
    let (corner, inward) = if mirrored {
        (rect.x + 2.0 * s, size)
    } else {
        (rect.x + rect.width - 2.0 * s, -size)
    };
    let mut path = PathBuilder::new();
    path.move_to(corner + inward, top);
    path.line_to(corner, top);
    path.line_to(corner, top + size);
    path.close();
    fill(pixmap, path.finish(), ink);
}
