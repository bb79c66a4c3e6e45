//! Paints one frame of the week picture from its [`WeekLayout`], with the timer window's
//! painting helpers (text, fills, buttons) and the theme's sitting scale.

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
    for line in &layout.lines {
        shared::text(pixmap, fonts, theme, line, 0.0);
    }
    for (row_index, row) in view.rows.iter().enumerate() {
        for (column, cell) in row.cells.iter().enumerate() {
            let Some(rect) = layout.cell(row_index, column) else {
                continue;
            };
            if cell.future {
                outline(pixmap, rect, theme.track, s, 1.0);
            } else {
                rounded_fill(pixmap, rect, theme.sitting.fills[cell.step], s);
            }
            let ink = theme.sitting.inks[if cell.future { 0 } else { cell.step }];
            done_marks(pixmap, rect, cell.done, ink, s);
            if cell.held {
                held_mark(pixmap, rect, ink, s);
            }
        }
    }
    if let Some(rect) = frame.hovered.and_then(|(r, c)| layout.cell(r, c)) {
        outline(pixmap, &grown(rect, 1.5 * s), theme.muted, s, 1.5);
    }
    if let Some(rect) = frame.focused.and_then(|(r, c)| layout.cell(r, c)) {
        outline(pixmap, &grown(rect, 2.0 * s), theme.text, s, 2.5);
    }
    for (rect, swatch) in &layout.swatches {
        match swatch {
            Swatch::Step(step) => rounded_fill(pixmap, rect, theme.sitting.fills[*step], s),
            Swatch::Done => done_marks(pixmap, rect, 1, theme.text, s),
            Swatch::Held => held_mark(pixmap, rect, theme.text, s),
        }
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

/// A small triangle in the cell's top right corner: a reminder waited here.
fn held_mark(pixmap: &mut Pixmap, rect: &Rect, ink: Rgb, s: f32) {
    let size = 7.0 * s.max(0.5);
    let (right, top) = (rect.x + rect.width - 2.0 * s, rect.y + 2.0 * s);
    let mut path = PathBuilder::new();
    path.move_to(right - size, top);
    path.line_to(right, top);
    path.line_to(right, top + size);
    path.close();
    fill(pixmap, path.finish(), ink);
}
