//! Where everything goes in the window, from its size: pure geometry, unit tested.
//!
//! Positions are computed in logical pixels for the 420×320 design and scaled by the window's
//! scale factor (HiDPI) and by how much larger than the design the window is.

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
}

/// The designed size of the window, in logical pixels.
pub const DESIGN_WIDTH: f32 = 420.0;
pub const DESIGN_HEIGHT: f32 = 320.0;

/// The regions of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Logical-to-physical factor for this frame.
    pub scale: f32,
    pub title: Rect,
    pub subtitle: Rect,
    pub pictogram: Rect,
    /// The progress ring's centre and radius, and its stroke width.
    pub ring_center: (f32, f32),
    pub ring_radius: f32,
    pub ring_width: f32,
    pub phase: Rect,
    pub step: Rect,
    pub caution: Rect,
    pub buttons: Vec<Rect>,
}

const MARGIN: f32 = 22.0;
const GAP: f32 = 8.0;
const BUTTON_HEIGHT: f32 = 30.0;

/// The layout for a window of `width`×`height` physical pixels at `scale_factor`, with
/// `button_count` buttons in the bottom row.
pub fn layout(width: u32, height: u32, scale_factor: f64, button_count: usize) -> Layout {
    // Grow with the window, but never below the design at this scale factor.
    let fit = (width as f32 / DESIGN_WIDTH).min(height as f32 / DESIGN_HEIGHT);
    let scale = fit.max(scale_factor as f32 * 0.5).max(0.1);
    let offset_x = ((width as f32 - DESIGN_WIDTH * scale) / 2.0).max(0.0);
    let offset_y = ((height as f32 - DESIGN_HEIGHT * scale) / 2.0).max(0.0);
    let rect = |x: f32, y: f32, w: f32, h: f32| Rect {
        x: offset_x + x * scale,
        y: offset_y + y * scale,
        width: w * scale,
        height: h * scale,
    };
    let inner = DESIGN_WIDTH - 2.0 * MARGIN;
    let count = button_count.max(1) as f32;
    let button_width = (inner - GAP * (count - 1.0)) / count;
    let buttons_y = DESIGN_HEIGHT - MARGIN - BUTTON_HEIGHT;
    Layout {
        scale,
        title: rect(MARGIN, 16.0, inner, 24.0),
        subtitle: rect(MARGIN, 42.0, inner, 16.0),
        pictogram: rect(MARGIN, 66.0, 150.0, 110.0),
        ring_center: (offset_x + 300.0 * scale, offset_y + 116.0 * scale),
        ring_radius: 52.0 * scale,
        ring_width: 7.0 * scale,
        phase: rect(200.0, 180.0, 200.0, 16.0),
        step: rect(MARGIN, 200.0, inner, 36.0),
        caution: rect(MARGIN, 238.0, inner, 28.0),
        buttons: (0..button_count)
            .map(|i| {
                rect(
                    MARGIN + i as f32 * (button_width + GAP),
                    buttons_y,
                    button_width,
                    BUTTON_HEIGHT,
                )
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_design_size_everything_sits_inside_the_window() {
        let l = layout(420, 320, 1.0, 4);
        for rect in [l.title, l.subtitle, l.pictogram, l.phase, l.step, l.caution]
            .iter()
            .chain(&l.buttons)
        {
            assert!(rect.x >= 0.0 && rect.y >= 0.0, "{rect:?}");
            assert!(
                rect.x + rect.width <= 420.0 + 0.01 && rect.y + rect.height <= 320.0 + 0.01,
                "{rect:?}"
            );
        }
    }

    #[test]
    fn buttons_share_the_row_without_overlapping() {
        let l = layout(420, 320, 1.0, 4);
        for pair in l.buttons.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x);
            assert_eq!(pair[0].y, pair[1].y);
        }
        let last = l.buttons.last().unwrap();
        assert!((last.x + last.width - (420.0 - MARGIN)).abs() < 0.01);
    }

    #[test]
    fn hidpi_doubles_every_measure() {
        let one = layout(420, 320, 1.0, 2);
        let two = layout(840, 640, 2.0, 2);
        assert_eq!(two.scale, 2.0 * one.scale);
        assert_eq!(two.buttons[1].x, 2.0 * one.buttons[1].x);
    }

    #[test]
    fn a_larger_window_keeps_the_design_centred() {
        let l = layout(620, 320, 1.0, 1);
        assert_eq!(l.scale, 1.0);
        assert_eq!(l.title.x, 100.0 + MARGIN);
    }

    #[test]
    fn hit_testing_finds_the_button_under_the_pointer() {
        let l = layout(420, 320, 1.0, 3);
        let (x, y) = l.buttons[1].center();
        assert_eq!(l.buttons.iter().position(|b| b.contains(x, y)), Some(1));
        assert_eq!(l.buttons.iter().position(|b| b.contains(5.0, 5.0)), None);
    }
}
