//! Text set in a column, top to bottom, each paragraph wrapped to its width: the layout pieces
//! every limber window shares (the timer window's [`super::layout`], the control window's). Pure
//! geometry over measured text.

use super::text::{Align, Direction, Fonts, Weight};

/// A rectangle in physical pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x < self.x + self.width && y >= self.y && y < self.y + self.height
    }

    pub fn center(&self) -> (f32, f32) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }
}

/// How far apart the lines of a paragraph are, as a multiple of the text size.
pub const LEADING: f32 = 1.36;

/// How a line of text is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Text,
    Muted,
    Accent,
}

/// One line of text, placed, in physical pixels (`y` is its top).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub weight: Weight,
    pub role: Role,
    pub align: Align,
    /// Its measured width.
    pub width: f32,
}

impl Line {
    /// Where the line starts and ends, left to right.
    #[cfg(test)]
    pub fn span(&self) -> (f32, f32) {
        match self.align {
            Align::Left => (self.x, self.x + self.width),
            Align::Center => (self.x - self.width / 2.0, self.x + self.width / 2.0),
            Align::Right => (self.x - self.width, self.x),
        }
    }
}

/// How a paragraph is set.
#[derive(Clone, Copy)]
pub struct Pen {
    pub size: f32,
    pub weight: Weight,
    pub role: Role,
}

/// The column being laid out, top to bottom.
pub struct Column<'a> {
    fonts: &'a Fonts,
    pub lines: Vec<Line>,
    /// Where the next line goes.
    pub y: f32,
    /// Which edge paragraphs start from, and which side a hanging marker is on.
    pub direction: Direction,
}

impl<'a> Column<'a> {
    /// An empty column whose first line goes at `y`.
    pub fn new(fonts: &'a Fonts, y: f32) -> Column<'a> {
        Column {
            fonts,
            lines: Vec::new(),
            y,
            direction: Direction::LeftToRight,
        }
    }

    /// A window's title and the muted line under it, wrapped to `width` from `x`, at `scale`.
    pub fn title(&mut self, title: &str, subtitle: &str, x: f32, width: f32, scale: f32) {
        let pen = |size: f32, weight, role| Pen {
            size: size * scale,
            weight,
            role,
        };
        self.paragraph(title, x, width, pen(19.0, Weight::SemiBold, Role::Text));
        self.y += 2.0 * scale;
        self.paragraph(subtitle, x, width, pen(13.0, Weight::Regular, Role::Muted));
        self.y += 12.0 * scale;
    }

    /// `text` wrapped to the `width` wide box at `x`, each line from the box's starting edge
    /// (the left one, or the right one in a right-to-left column).
    pub fn paragraph(&mut self, text: &str, x: f32, width: f32, pen: Pen) {
        let (start, align) = self.start(x, width);
        for line in self.fonts.wrap(text, pen.size, pen.weight, width) {
            self.put(line, start, pen, align);
        }
    }

    /// Where lines start in the `width` wide box at `x`, and how they are aligned there.
    fn start(&self, x: f32, width: f32) -> (f32, Align) {
        match self.direction {
            Direction::LeftToRight => (x, Align::Left),
            Direction::RightToLeft => (x + width, Align::Right),
        }
    }

    /// `text` wrapped to `width`, each line centred on `x`.
    pub fn centred(&mut self, text: &str, x: f32, width: f32, pen: Pen) {
        for line in self.fonts.wrap(text, pen.size, pen.weight, width) {
            self.put(line, x, pen, Align::Center);
        }
    }

    /// `marker` ("1.", "•") at the starting edge of the `width` wide box at `x`, and `text`
    /// wrapped beside it, `indent` in.
    pub fn hanging(&mut self, marker: &str, text: &str, x: f32, width: f32, indent: f32, pen: Pen) {
        let top = self.y;
        let text_x = match self.direction {
            Direction::LeftToRight => x + indent,
            Direction::RightToLeft => x,
        };
        self.paragraph(text, text_x, width - indent, pen);
        let bottom = self.y;
        self.y = top;
        let (start, align) = self.start(x, width);
        self.put(marker.to_string(), start, pen, align);
        self.y = self.y.max(bottom);
    }

    /// How wide `text` is set with `pen`.
    pub fn width(&self, text: &str, pen: Pen) -> f32 {
        self.fonts.width(text, pen.size, pen.weight)
    }

    /// One line of `text` as it is, at the column's next line.
    pub fn put(&mut self, text: String, x: f32, pen: Pen, align: Align) {
        self.lines.push(Line {
            width: self.fonts.width(&text, pen.size, pen.weight),
            text,
            x,
            y: self.y,
            size: pen.size,
            weight: pen.weight,
            role: pen.role,
            align,
        });
        self.y += pen.size * LEADING;
    }
}
