//! Paints one frame of the window into a pixmap from its [`Layout`]: the column (scrolled when
//! it is taller than the window), the picture, the countdown ring, and the button bar over it.
//! Everything is drawn on the CPU with tiny-skia, so it works the same on any display, Xvfb
//! included.

use std::f32::consts::PI;

use resvg::tiny_skia::{
    Color, FillRule, Paint, PathBuilder, Pixmap, PixmapPaint, Rect as SkiaRect, Stroke, Transform,
};

use super::column::{Line, Rect, Role};
use super::layout::{label_room, Layout, LABEL_SIZE};
use super::text::{Align, Fonts, Weight};
use super::theme::{Rgb, Theme};

/// A button as drawn.
pub struct ButtonView<'a> {
    pub label: &'a str,
    pub primary: bool,
    pub hovered: bool,
    pub focused: bool,
}

/// What one frame shows beyond its layout.
pub struct Frame<'a> {
    /// How far through the phase, for the ring.
    pub progress: f32,
    pub buttons: Vec<ButtonView<'a>>,
    pub picture: Option<&'a Pixmap>,
    /// How far the column is scrolled, in physical pixels.
    pub scroll: f32,
}

pub fn paint(color: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(Color::from_rgba8(color.0, color.1, color.2, 255));
    paint.anti_alias = true;
    paint
}

pub fn color(theme: &Theme, role: Role) -> Rgb {
    match role {
        Role::Text => theme.text,
        Role::Muted => theme.muted,
        Role::Accent => theme.accent_strong,
    }
}

pub fn frame(
    pixmap: &mut Pixmap,
    layout: &Layout,
    fonts: &Fonts,
    theme: &Theme,
    frame: &Frame<'_>,
) {
    let bg = theme.background;
    pixmap.fill(Color::from_rgba8(bg.0, bg.1, bg.2, 255));
    let up = frame.scroll;

    if let Some(picture) = frame.picture {
        pixmap.draw_pixmap(
            layout.picture.x as i32,
            (layout.picture.y - up) as i32,
            picture.as_ref(),
            &PixmapPaint::default(),
            Transform::identity(),
            None,
        );
    }
    ring(pixmap, layout, theme, frame.progress, up);
    text(pixmap, fonts, theme, &layout.countdown, up);
    for line in &layout.lines {
        text(pixmap, fonts, theme, line, up);
    }
    fill(
        pixmap,
        &Rect {
            y: layout.divider.y - up,
            ..layout.divider
        },
        theme.track,
    );

    // The bar covers whatever of the column is scrolled under it.
    fill(pixmap, &layout.bar, theme.background);
    if layout.max_scroll() > 0.0 {
        let view = (layout.width, layout.bar.y);
        scrollbar(pixmap, theme, layout.scale, view, layout.content_height, up);
    }
    for (rect, button) in layout.buttons.iter().zip(&frame.buttons) {
        draw_button(pixmap, rect, fonts, theme, button, layout.scale);
    }
}

/// One laid-out line, `up` pixels higher (the column's scroll).
pub fn text(pixmap: &mut Pixmap, fonts: &Fonts, theme: &Theme, line: &Line, up: f32) {
    fonts.draw_line(
        pixmap,
        &line.text,
        line.x,
        line.y - up,
        line.size,
        line.weight,
        color(theme, line.role),
        line.align,
    );
}

pub fn fill(pixmap: &mut Pixmap, rect: &Rect, color: Rgb) {
    if let Some(rect) = SkiaRect::from_xywh(rect.x, rect.y, rect.width, rect.height) {
        pixmap.fill_rect(rect, &paint(color), Transform::identity(), None);
    }
}

/// A thin bar at the right edge of a window `width` wide: how much of a column `content` tall
/// shows in the `track` tall part above the window's bottom bar (if any), scrolled `up`.
pub fn scrollbar(
    pixmap: &mut Pixmap,
    theme: &Theme,
    scale: f32,
    (width, track): (f32, f32),
    content: f32,
    up: f32,
) {
    let shown = (track / content).clamp(0.05, 1.0);
    let top = up / content * track;
    let bar = 4.0 * scale;
    fill(
        pixmap,
        &Rect {
            x: width - bar - 2.0 * scale,
            y: top,
            width: bar,
            height: shown * track,
        },
        theme.muted,
    );
}

/// The progress ring: a faint full circle, and the accent arc from the top, clockwise.
fn ring(pixmap: &mut Pixmap, layout: &Layout, theme: &Theme, progress: f32, up: f32) {
    let (cx, cy) = (layout.ring_center.0, layout.ring_center.1 - up);
    let stroke = Stroke {
        width: layout.ring_width,
        line_cap: resvg::tiny_skia::LineCap::Round,
        ..Stroke::default()
    };
    if let Some(circle) = PathBuilder::from_circle(cx, cy, layout.ring_radius) {
        pixmap.stroke_path(
            &circle,
            &paint(theme.track),
            &stroke,
            Transform::identity(),
            None,
        );
    }
    let progress = progress.clamp(0.0, 1.0);
    if progress <= 0.0 {
        return;
    }
    let mut arc = PathBuilder::new();
    let segments = (96.0 * progress).ceil().max(2.0) as usize;
    for i in 0..=segments {
        let angle = -PI / 2.0 + 2.0 * PI * progress * i as f32 / segments as f32;
        let (x, y) = (
            cx + layout.ring_radius * angle.cos(),
            cy + layout.ring_radius * angle.sin(),
        );
        if i == 0 {
            arc.move_to(x, y);
        } else {
            arc.line_to(x, y);
        }
    }
    if let Some(path) = arc.finish() {
        pixmap.stroke_path(
            &path,
            &paint(theme.accent),
            &stroke,
            Transform::identity(),
            None,
        );
    }
}

pub fn rounded(rect: &Rect, radius: f32) -> Option<resvg::tiny_skia::Path> {
    let (x, y, w, h) = (rect.x, rect.y, rect.width, rect.height);
    let r = radius.min(w / 2.0).min(h / 2.0);
    let mut path = PathBuilder::new();
    path.move_to(x + r, y);
    path.line_to(x + w - r, y);
    path.quad_to(x + w, y, x + w, y + r);
    path.line_to(x + w, y + h - r);
    path.quad_to(x + w, y + h, x + w - r, y + h);
    path.line_to(x + r, y + h);
    path.quad_to(x, y + h, x, y + h - r);
    path.line_to(x, y + r);
    path.quad_to(x, y, x + r, y);
    path.close();
    path.finish()
}

pub fn draw_button(
    pixmap: &mut Pixmap,
    rect: &Rect,
    fonts: &Fonts,
    theme: &Theme,
    button: &ButtonView<'_>,
    s: f32,
) {
    let text = button_shape(pixmap, rect, theme, button, s);
    // A label wider than its button is set smaller rather than cut (the layouts make every
    // button wide enough for its label; this is the last resort of a tiny window).
    let room = label_room(rect, s);
    let natural = LABEL_SIZE * s;
    let width = fonts.width(button.label, natural, Weight::SemiBold);
    let size = if width > room {
        natural * room / width
    } else {
        natural
    };
    let (cx, cy) = rect.center();
    fonts.draw_line(
        pixmap,
        button.label,
        cx,
        cy - size * 0.62,
        size,
        Weight::SemiBold,
        text,
        Align::Center,
    );
}

/// A button's rounded shape, filled as primary, hovered or plain, with a ring when it has the
/// keyboard focus; returns the colour its label is drawn in.
pub fn button_shape(
    pixmap: &mut Pixmap,
    rect: &Rect,
    theme: &Theme,
    button: &ButtonView<'_>,
    s: f32,
) -> Rgb {
    let (fill, text) = match (button.primary, button.hovered) {
        (true, _) => (theme.accent_strong, theme.on_accent),
        (false, true) => (theme.button_hover, theme.text),
        (false, false) => (theme.button, theme.text),
    };
    if let Some(shape) = rounded(rect, 8.0 * s) {
        pixmap.fill_path(
            &shape,
            &paint(fill),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
        if button.focused {
            let grown = Rect {
                x: rect.x - 3.0 * s,
                y: rect.y - 3.0 * s,
                width: rect.width + 6.0 * s,
                height: rect.height + 6.0 * s,
            };
            if let Some(outline) = rounded(&grown, 10.0 * s) {
                let stroke = Stroke {
                    width: 2.0 * s,
                    ..Stroke::default()
                };
                pixmap.stroke_path(
                    &outline,
                    &paint(theme.accent),
                    &stroke,
                    Transform::identity(),
                    None,
                );
            }
        }
    }
    text
}

/// Copies the pixmap into a softbuffer frame (0RGB per pixel).
pub fn to_softbuffer(pixmap: &Pixmap, buffer: &mut [u32]) {
    for (target, pixel) in buffer.iter_mut().zip(pixmap.pixels()) {
        *target = (u32::from(pixel.red()) << 16)
            | (u32::from(pixel.green()) << 8)
            | u32::from(pixel.blue());
    }
}
