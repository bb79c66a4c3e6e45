//! Where everything goes in the week picture, in physical pixels: the title, the hours over the
//! grid, each day's label, cells and total, the line that tells about the hovered or focused
//! cell, the legend, the summary, and the buttons in a bar at the bottom. Pure geometry over
//! measured text, unit tested; text is set with the timer window's column and fonts.
//!
//! In a right-to-left language the whole picture is mirrored ([`mirror`]), as Arabic calendars
//! and tables read: the day names stand at the right, the hours run from the right edge
//! leftwards, the totals, the legend and every text start at the right, and the buttons run
//! from right to left. Days still run down.
//!
//! The window is never taller than the screen's work area ([`fit_on_screen`]); what does not
//! fit scrolls above the button bar, as the timer window's column does ([`WeekLayout::max_scroll`]).

use super::super::column::{Column, Line, Pen, Rect, Role, LEADING};
use super::super::layout::{button_width_for, BAR_HEIGHT, BUTTON_HEIGHT, MARGIN};
use super::super::text::{Align, Direction, Fonts, Weight};
use super::view::{label, Showing, WeekView};

/// A cell's size and the gap between cells, in logical pixels, when the window has room.
const CELL_WIDTH: f32 = 38.0;
const NARROWEST_CELL: f32 = 18.0;
const CELL_HEIGHT: f32 = 30.0;
const CELL_GAP: f32 = 3.0;
/// Between the day labels, the grid and the day totals.
const LABEL_GAP: f32 = 10.0;
const SWATCH: f32 = 14.0;
const BODY: f32 = 13.5;
const SMALL: f32 = 12.0;

/// What a legend entry shows beside its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A colour step.
    Step(usize),
    /// The mark of a stretch done.
    Done,
    /// The mark of a held reminder.
    Held,
}

/// Every region of the picture for one frame, in physical pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekLayout {
    pub scale: f32,
    pub width: f32,
    /// All the text: titles, hour and day labels, totals, the detail line, legend, summary.
    pub lines: Vec<Line>,
    /// The cells, row by row.
    pub cells: Vec<Rect>,
    pub columns: usize,
    pub swatches: Vec<(Rect, Swatch)>,
    /// The room kept for the line under the grid, whatever it says.
    pub detail: Rect,
    /// How tall everything above the bar is.
    pub content_height: f32,
    /// The bar at the bottom that holds the buttons; it never scrolls.
    pub bar: Rect,
    pub buttons: Vec<Rect>,
    /// Laid out right to left.
    pub mirrored: bool,
}

impl WeekLayout {
    /// The cell at `(row, column)`.
    pub fn cell(&self, row: usize, column: usize) -> Option<&Rect> {
        self.cells.get(row * self.columns + column)
    }

    /// The (row, column) of the cell under a point of the window, the column scrolled
    /// `scroll` up; none under the bar, which covers what scrolls beneath it.
    pub fn cell_at(&self, x: f32, y: f32, scroll: f32) -> Option<(usize, usize)> {
        if y >= self.bar.y {
            return None;
        }
        let index = self
            .cells
            .iter()
            .position(|cell| cell.contains(x, y + scroll))?;
        Some((index / self.columns.max(1), index % self.columns.max(1)))
    }

    /// How far everything above the bar can scroll: as far as it is taller than the space there.
    pub fn max_scroll(&self) -> f32 {
        (self.content_height - self.bar.y).max(0.0)
    }

    /// The scroll, from `scroll`, that shows the cell at `(row, column)` above the bar, and the
    /// line under the grid that tells about it too when both fit; the least move that does.
    pub fn reveal(&self, (row, column): (usize, usize), scroll: f32) -> f32 {
        let Some(cell) = self.cell(row, column) else {
            return scroll;
        };
        let margin = 8.0 * self.scale;
        let view = self.bar.y;
        let top = cell.y - margin;
        let with_detail = self.detail.bottom() + margin;
        let bottom = if with_detail - top <= view {
            with_detail
        } else {
            cell.bottom() + margin
        };
        let scroll = if bottom > scroll + view {
            bottom - view
        } else {
            scroll
        };
        scroll.min(top).clamp(0.0, self.max_scroll())
    }
}

/// The window's size in logical pixels on a screen whose work area is `work_area` (logical
/// width and height), and the longest text the line under the grid can show: [`fit`], never
/// taller than the work area; what does not fit then scrolls.
pub fn fit_on_screen<'a>(
    views: &'a [WeekView],
    fonts: &Fonts,
    (max_width, max_height): (f32, f32),
) -> (f32, f32, &'a str) {
    let (width, height, room) = fit(views, fonts, max_width);
    (width, height.min(max_height.floor()), room)
}

/// The window's size in logical pixels for `views` (this week and the week before, so showing
/// either never resizes it), and the longest text the line under the grid can show in either,
/// to keep room for: the grid as wide as `max_width` allows (cells narrower when there are many
/// hours), and tall enough for every text.
pub fn fit<'a>(views: &'a [WeekView], fonts: &Fonts, max_width: f32) -> (f32, f32, &'a str) {
    let widths = views.iter().map(|view| {
        let label = labels_width(view, fonts, 1.0);
        let fixed = 2.0 * MARGIN + label.0 + label.1 + 2.0 * LABEL_GAP;
        let columns = view.columns.len().max(1) as f32;
        let cell = ((max_width - fixed) / columns - CELL_GAP).clamp(NARROWEST_CELL, CELL_WIDTH);
        fixed + columns * (cell + CELL_GAP) - CELL_GAP
    });
    let width = widths.fold(440.0, f32::max).ceil();
    let inner = width - 2.0 * MARGIN;
    let room = views
        .iter()
        .flat_map(|view| {
            std::iter::once(view.hint.as_str()).chain(
                view.rows
                    .iter()
                    .flat_map(|row| row.cells.iter().map(|cell| cell.words.as_str())),
            )
        })
        .max_by_key(|text| fonts.wrap(text, BODY, Weight::Regular, inner).len())
        .unwrap_or_default();
    let height = views
        .iter()
        .map(|view| layout(view, fonts, width, 0.0, 1.0, room, room).content_height)
        .fold(0.0, f32::max)
        + BAR_HEIGHT;
    (width, height.ceil(), room)
}

/// The widths of the day labels and of the day totals at `scale`, rounded up to whole logical
/// pixels so the grid at twice the scale is exactly twice as wide.
fn labels_width(view: &WeekView, fonts: &Fonts, scale: f32) -> (f32, f32) {
    let widest = |texts: &mut dyn Iterator<Item = &str>| {
        let widest = texts
            .map(|text| fonts.width(text, BODY * scale, Weight::SemiBold))
            .fold(0.0, f32::max);
        (widest / scale).ceil() * scale
    };
    (
        widest(&mut view.rows.iter().map(|row| row.label.as_str())),
        widest(&mut view.rows.iter().map(|row| row.total.as_str())),
    )
}

/// The layout of `view` in a window `width` × `height` physical pixels (height 0: as tall as it
/// needs), one logical pixel being `scale` physical ones, with `detail` in the line under the
/// grid and room there for `room`, the longest text it can show.
pub fn layout(
    view: &WeekView,
    fonts: &Fonts,
    width: f32,
    height: f32,
    scale: f32,
    detail: &str,
    room: &str,
) -> WeekLayout {
    let s = scale.max(0.1);
    let margin = MARGIN * s;
    let inner = (width - 2.0 * margin).max(40.0 * s);
    let pen = |size: f32, weight, role| Pen {
        size: size * s,
        weight,
        role,
    };
    let mut column = Column::new(fonts, 16.0 * s);
    column.title(&view.title, &view.subtitle, margin, inner, s);

    // The grid, between the day labels and the day totals.
    let (label_width, total_width) = labels_width(view, fonts, s);
    let columns = view.columns.len().max(1);
    let grid_x = margin + label_width + LABEL_GAP * s;
    let grid_width = inner - label_width - total_width - 2.0 * LABEL_GAP * s;
    let gap = CELL_GAP * s;
    let cell_width = (grid_width + gap) / columns as f32 - gap;
    let cell_height = CELL_HEIGHT * s;
    let hours_y = column.y;
    let small = pen(SMALL, Weight::Regular, Role::Muted);
    for (index, hour) in view.columns.iter().enumerate() {
        let x = grid_x + index as f32 * (cell_width + gap) + cell_width / 2.0;
        column.y = hours_y;
        column.put(hour.clone(), x, small, Align::Center);
    }
    let grid_y = hours_y + SMALL * s * 1.5;
    let mut cells = Vec::with_capacity(view.rows.len() * columns);
    for (row_index, row) in view.rows.iter().enumerate() {
        let y = grid_y + row_index as f32 * (cell_height + gap);
        let text_y = y + (cell_height - BODY * s * 1.2) / 2.0;
        let weight = if row.today {
            Weight::SemiBold
        } else {
            Weight::Regular
        };
        let role = if row.working { Role::Text } else { Role::Muted };
        column.y = text_y;
        column.put(
            row.label.clone(),
            margin,
            pen(BODY, weight, role),
            Align::Left,
        );
        column.y = text_y;
        column.put(
            row.total.clone(),
            grid_x + grid_width + LABEL_GAP * s,
            pen(BODY, Weight::Regular, Role::Muted),
            Align::Left,
        );
        for index in 0..columns {
            cells.push(Rect {
                x: grid_x + index as f32 * (cell_width + gap),
                y,
                width: cell_width,
                height: cell_height,
            });
        }
    }
    column.y = grid_y + view.rows.len() as f32 * (cell_height + gap) + 8.0 * s;

    // What the hovered or focused cell says, with room for the longest of them.
    let detail_top = column.y;
    let detail_pen = pen(BODY, Weight::Regular, Role::Accent);
    let room_lines = fonts
        .wrap(room, detail_pen.size, detail_pen.weight, inner)
        .len();
    column.paragraph(detail, margin, inner, detail_pen);
    column.y = column
        .y
        .max(detail_top + room_lines as f32 * detail_pen.size * LEADING);
    let detail_room = Rect {
        x: margin,
        y: detail_top,
        width: inner,
        height: column.y - detail_top,
    };
    column.y += 10.0 * s;

    let swatches = legend(view, &mut column, margin, inner, s);
    column.y += 12.0 * s;
    for line in &view.summary {
        column.paragraph(line, margin, inner, pen(BODY, Weight::Regular, Role::Text));
        column.y += 3.0 * s;
    }
    column.y += 8.0 * s;
    table(&view.comparison, &mut column, margin, s);
    let content_height = column.y + 8.0 * s;
    let bar_height = BAR_HEIGHT * s;
    let bar_top = if height > 0.0 {
        (height - bar_height).max(0.0)
    } else {
        content_height
    };
    let count = view.actions.len().max(1) as f32;
    // As wide as the longest label any button shows, in either week, so no language's words
    // (nor a font wider than the one designed with) are cut, and a button keeps its width
    // when the other week is shown.
    let needed = view
        .actions
        .iter()
        .flat_map(|action| [Showing::ThisWeek, Showing::WeekBefore].map(|on| label(*action, on)))
        .map(|text| button_width_for(&text, fonts, s))
        .fold(0.0, f32::max);
    let share = (inner - 8.0 * s * (count - 1.0)) / count;
    let button_width = share.min((160.0 * s).max(needed));
    let buttons_from = margin + inner - count * button_width - 8.0 * s * (count - 1.0);
    let buttons = (0..view.actions.len())
        .map(|index| Rect {
            x: buttons_from + index as f32 * (button_width + 8.0 * s),
            y: bar_top + (bar_height - BUTTON_HEIGHT * s) / 2.0,
            width: button_width,
            height: BUTTON_HEIGHT * s,
        })
        .collect();
    let laid = WeekLayout {
        scale: s,
        width,
        lines: column.lines,
        cells,
        columns,
        swatches,
        detail: detail_room,
        content_height,
        bar: Rect {
            x: 0.0,
            y: bar_top,
            width,
            height: bar_height,
        },
        buttons,
        mirrored: false,
    };
    match crate::wording::current().direction() {
        Direction::LeftToRight => laid,
        Direction::RightToLeft => mirror(laid),
    }
}

/// `laid` as a right-to-left language reads it: every place reflected across the window's
/// middle, every line aligned to the other side (so a line that started at the left margin
/// starts at the right one), the first hour, the first legend entry, the first button at the
/// right. Only places move: the sizes, and what reads top to bottom, stay.
fn mirror(laid: WeekLayout) -> WeekLayout {
    let width = laid.width;
    let flip = |rect: Rect| Rect {
        x: width - rect.x - rect.width,
        ..rect
    };
    WeekLayout {
        lines: laid
            .lines
            .into_iter()
            .map(|line| Line {
                x: width - line.x,
                align: match line.align {
                    Align::Left => Align::Right,
                    Align::Center => Align::Center,
                    Align::Right => Align::Left,
                },
                ..line
            })
            .collect(),
        cells: laid.cells.into_iter().map(flip).collect(),
        swatches: laid
            .swatches
            .into_iter()
            .map(|(rect, swatch)| (flip(rect), swatch))
            .collect(),
        detail: flip(laid.detail),
        buttons: laid.buttons.into_iter().map(flip).collect(),
        mirrored: true,
        ..laid
    }
}

/// A table of short texts, each column as wide as its widest cell; the header row (the first)
/// muted.
fn table(rows: &[[String; 3]], column: &mut Column<'_>, margin: f32, s: f32) {
    let pen = |header: bool| Pen {
        size: BODY * s,
        weight: if header {
            Weight::SemiBold
        } else {
            Weight::Regular
        },
        role: if header { Role::Muted } else { Role::Text },
    };
    let widths: Vec<f32> = (0..3)
        .map(|index| {
            rows.iter()
                .enumerate()
                .map(|(row, cells)| column.width(&cells[index], pen(row == 0)))
                .fold(0.0, f32::max)
        })
        .collect();
    for (row, cells) in rows.iter().enumerate() {
        let top = column.y;
        let mut x = margin;
        for (cell, width) in cells.iter().zip(&widths) {
            column.y = top;
            column.put(cell.clone(), x, pen(row == 0), Align::Left);
            x += width + 24.0 * s;
        }
        column.y += 1.0 * s;
    }
}

/// The legend: a swatch for each colour step and each mark, with its words, wrapping to as many
/// lines as the width needs.
fn legend(
    view: &WeekView,
    column: &mut Column<'_>,
    margin: f32,
    inner: f32,
    s: f32,
) -> Vec<(Rect, Swatch)> {
    let entries = view
        .steps
        .iter()
        .enumerate()
        .map(|(step, words)| (Swatch::Step(step), words.clone()))
        .chain([
            (Swatch::Done, crate::t!("window-week-legend-done")),
            (Swatch::Held, crate::t!("window-week-legend-held")),
        ]);
    let pen = Pen {
        size: SMALL * s,
        weight: Weight::Regular,
        role: Role::Muted,
    };
    let line_height = (SWATCH + 6.0) * s;
    let mut swatches = Vec::new();
    let mut x = margin;
    let mut y = column.y;
    for (swatch, words) in entries {
        let words_width = column.width(&words, pen);
        let entry_width = SWATCH * s + 5.0 * s + words_width;
        if x > margin && x + entry_width > margin + inner {
            x = margin;
            y += line_height;
        }
        swatches.push((
            Rect {
                x,
                y,
                width: SWATCH * s,
                height: SWATCH * s,
            },
            swatch,
        ));
        let text_top = column.y;
        column.y = y + (SWATCH * s - SMALL * s * 1.2) / 2.0;
        column.put(
            words.to_string(),
            x + SWATCH * s + 5.0 * s,
            pen,
            Align::Left,
        );
        column.y = text_top;
        x += entry_width + 14.0 * s;
    }
    column.y = y + line_height;
    swatches
}

#[cfg(test)]
mod tests;
