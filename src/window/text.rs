//! Text drawn with ab_glyph from the bundled Inter font (SIL Open Font License, see
//! `assets/fonts/`). Glyph outlines are read from the font lazily, only for the characters shown,
//! which keeps the window's memory small.

use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use resvg::tiny_skia::Pixmap;

use super::theme::Rgb;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
static SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    SemiBold,
}

/// How text sits in its box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
}

pub struct Fonts {
    regular: FontRef<'static>,
    semibold: FontRef<'static>,
}

impl Fonts {
    pub fn load() -> Result<Fonts, String> {
        let parse = |bytes| {
            FontRef::try_from_slice(bytes)
                .map_err(|error| format!("the bundled font is damaged: {error}"))
        };
        Ok(Fonts {
            regular: parse(REGULAR)?,
            semibold: parse(SEMIBOLD)?,
        })
    }

    fn font(&self, weight: Weight) -> &FontRef<'static> {
        match weight {
            Weight::Regular => &self.regular,
            Weight::SemiBold => &self.semibold,
        }
    }

    /// The advance width of `text` at `size` px.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let font = self.font(weight).as_scaled(PxScale::from(size));
        let mut width = 0.0;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(previous) = previous {
                width += font.kern(previous, id);
            }
            width += font.h_advance(id);
            previous = Some(id);
        }
        width
    }

    /// Draws one line with its top-left (or top-centre) at `(x, y)`.
    #[allow(clippy::too_many_arguments)]
    pub fn draw_line(
        &self,
        pixmap: &mut Pixmap,
        text: &str,
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        color: Rgb,
        align: Align,
    ) {
        let font = self.font(weight);
        let scaled = font.as_scaled(PxScale::from(size));
        let start = match align {
            Align::Left => x,
            Align::Center => x - self.width(text, size, weight) / 2.0,
        };
        let baseline = y + scaled.ascent();
        let mut caret = start;
        let mut previous = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(previous) = previous {
                caret += scaled.kern(previous, id);
            }
            let glyph = id.with_scale_and_position(PxScale::from(size), point(caret, baseline));
            caret += scaled.h_advance(id);
            previous = Some(id);
            if let Some(outline) = font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    blend(
                        pixmap,
                        bounds.min.x as i32 + gx as i32,
                        bounds.min.y as i32 + gy as i32,
                        color,
                        coverage,
                    );
                });
            }
        }
    }

    /// Breaks `text` into lines no wider than `width`, at spaces, never between a number and
    /// its unit ("30 s"); a word wider than a line by itself (a long custom name, a path) is
    /// broken between characters. Nothing is dropped: the lines hold every non-space character
    /// of `text`, in order.
    pub fn wrap(&self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
        let space = self.width(" ", size, weight);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in unbreakable(text) {
            let word = word.as_str();
            let word_width = self.width(word, size, weight);
            // Measured a word at a time; kerning across a space is nil in this font.
            let with_word = if line.is_empty() {
                word_width
            } else {
                line_width + space + word_width
            };
            if with_word <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_width = with_word;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line_width = word_width;
            if word_width <= width {
                line.push_str(word);
                continue;
            }
            // A word wider than a line by itself, in pieces that fit.
            for c in word.chars() {
                line.push(c);
                if self.width(&line, size, weight) > width && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
            line_width = self.width(&line, size, weight);
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// The pieces of `text` a line may break between: its words, with a number and the unit of
/// time after it ("30 s.", "2 min") kept as one.
fn unbreakable(text: &str) -> Vec<String> {
    const UNITS: [&str; 4] = ["s", "min", "h", "ms"];
    let mut pieces: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let unit = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let after_number = pieces
            .last()
            .is_some_and(|last| last.ends_with(|c: char| c.is_ascii_digit()));
        match pieces.last_mut() {
            Some(last) if after_number && UNITS.contains(&unit) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => pieces.push(word.to_string()),
        }
    }
    pieces
}

/// Mixes `color` into one pixel of an opaque pixmap by `coverage`.
fn blend(pixmap: &mut Pixmap, x: i32, y: i32, color: Rgb, coverage: f32) {
    let (width, height) = (pixmap.width() as i32, pixmap.height() as i32);
    if x < 0 || y < 0 || x >= width || y >= height || coverage <= 0.0 {
        return;
    }
    let index = ((y * width + x) * 4) as usize;
    let data = pixmap.data_mut();
    let a = coverage.min(1.0);
    for (channel, value) in [color.0, color.1, color.2].into_iter().enumerate() {
        let old = f32::from(data[index + channel]);
        data[index + channel] = (old + (f32::from(value) - old) * a).round() as u8;
    }
    data[index + 3] = 255;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_keeps_its_unit_on_its_line() {
        let fonts = Fonts::load().unwrap();
        let text = "Standing: standing forward fold, hold 30 s. Fold from the hips.";
        // Wide enough for "…, hold 30" but not for "…, hold 30 s.".
        let upto = |end: &str| {
            fonts.width(
                &text[..text.find(end).unwrap() + end.len()],
                14.0,
                Weight::Regular,
            )
        };
        let width = (upto("hold 30") + upto("hold 30 s.")) / 2.0;
        let lines = fonts.wrap(text, 14.0, Weight::Regular, width);
        assert!(lines[0].ends_with("hold"), "{lines:?}");
        assert!(lines[1].starts_with("30 s."), "{lines:?}");
        assert_eq!(
            unbreakable("2 min, then 10 seconds and 3 h"),
            ["2 min,", "then", "10", "seconds", "and", "3 h"]
        );
    }

    #[test]
    fn wrapping_keeps_every_character_and_every_line_fits() {
        let fonts = Fonts::load().unwrap();
        let text = "Lift your right ankle onto your left thigh, just above the knee. \
                    Averyveryverylongwordwithoutanyspacesthatcannotfitononelineatall ok";
        let width = 120.0;
        let lines = fonts.wrap(text, 14.0, Weight::Regular, width);
        for line in &lines {
            assert!(fonts.width(line, 14.0, Weight::Regular) <= width, "{line}");
        }
        let squeezed = |t: &str| t.split_whitespace().collect::<String>();
        assert_eq!(squeezed(&lines.concat()), squeezed(text));
        assert!(lines.len() >= 5, "{lines:?}");
    }
}
