//! Paints one frame of the window into a pixmap: the stretch, the phase, the countdown and its
//! ring, the step, the caution, the buttons. Everything is drawn on the CPU with tiny-skia, so it
//! works the same on any display, Xvfb included.

use std::f32::consts::PI;

use resvg::tiny_skia::{
    Color, FillRule, Paint, PathBuilder, Pixmap, PixmapPaint, Stroke, Transform,
};

use super::layout::{Layout, Rect};
use super::text::{Align, Fonts, Weight};
use super::theme::{Rgb, Theme};

/// A button as drawn.
pub struct ButtonView<'a> {
    pub label: &'a str,
    pub primary: bool,
    pub hovered: bool,
    pub focused: bool,
}

/// What one frame shows.
pub struct Frame<'a> {
    pub title: &'a str,
    pub subtitle: &'a str,
    pub phase: &'a str,
    /// The large number in the ring ("0:24", "45"), or a word on the done screen.
    pub countdown: &'a str,
    pub progress: f32,
    pub step: &'a str,
    pub caution: &'a str,
    pub buttons: Vec<ButtonView<'a>>,
    pub pictogram: Option<&'a Pixmap>,
}

fn paint(color: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(Color::from_rgba8(color.0, color.1, color.2, 255));
    paint.anti_alias = true;
    paint
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
    let s = layout.scale;

    fonts.draw_line(
        pixmap,
        frame.title,
        layout.title.x,
        layout.title.y,
        19.0 * s,
        Weight::SemiBold,
        theme.text,
        Align::Left,
    );
    fonts.draw_line(
        pixmap,
        frame.subtitle,
        layout.subtitle.x,
        layout.subtitle.y,
        13.0 * s,
        Weight::Regular,
        theme.muted,
        Align::Left,
    );

    if let Some(picture) = frame.pictogram {
        pixmap.draw_pixmap(
            layout.pictogram.x as i32,
            layout.pictogram.y as i32,
            picture.as_ref(),
            &PixmapPaint::default(),
            Transform::identity(),
            None,
        );
    }

    ring(pixmap, layout, theme, frame.progress);
    let (cx, cy) = layout.ring_center;
    let number_size = if frame.countdown.chars().count() > 5 {
        22.0
    } else {
        34.0
    } * s;
    fonts.draw_line(
        pixmap,
        frame.countdown,
        cx,
        cy - number_size * 0.62,
        number_size,
        Weight::SemiBold,
        theme.text,
        Align::Center,
    );
    fonts.draw_line(
        pixmap,
        frame.phase,
        cx,
        layout.phase.y,
        14.0 * s,
        Weight::SemiBold,
        theme.accent,
        Align::Center,
    );

    let step_size = 14.0 * s;
    for (i, line) in fonts
        .wrap(frame.step, step_size, Weight::Regular, layout.step.width)
        .iter()
        .take(2)
        .enumerate()
    {
        fonts.draw_line(
            pixmap,
            line,
            layout.step.x,
            layout.step.y + i as f32 * step_size * 1.3,
            step_size,
            Weight::Regular,
            theme.text,
            Align::Left,
        );
    }
    let caution_size = 11.0 * s;
    for (i, line) in fonts
        .wrap(
            frame.caution,
            caution_size,
            Weight::Regular,
            layout.caution.width,
        )
        .iter()
        .take(2)
        .enumerate()
    {
        let y = layout.caution.y + i as f32 * caution_size * 1.3;
        fonts.draw_line(
            pixmap,
            line,
            layout.caution.x,
            y,
            caution_size,
            Weight::Regular,
            theme.muted,
            Align::Left,
        );
    }

    for (rect, button) in layout.buttons.iter().zip(&frame.buttons) {
        draw_button(pixmap, rect, fonts, theme, button, s);
    }
}

/// The progress ring: a faint full circle, and the accent arc from the top, clockwise.
fn ring(pixmap: &mut Pixmap, layout: &Layout, theme: &Theme, progress: f32) {
    let (cx, cy) = layout.ring_center;
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

fn rounded(rect: &Rect, radius: f32) -> Option<resvg::tiny_skia::Path> {
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

fn draw_button(
    pixmap: &mut Pixmap,
    rect: &Rect,
    fonts: &Fonts,
    theme: &Theme,
    button: &ButtonView<'_>,
    s: f32,
) {
    let (fill, text) = match (button.primary, button.hovered) {
        (true, _) => (theme.accent, theme.on_accent),
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
    let size = 13.5 * s;
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

/// Copies the pixmap into a softbuffer frame (0RGB per pixel).
pub fn to_softbuffer(pixmap: &Pixmap, buffer: &mut [u32]) {
    for (target, pixel) in buffer.iter_mut().zip(pixmap.pixels()) {
        *target = (u32::from(pixel.red()) << 16)
            | (u32::from(pixel.green()) << 8)
            | u32::from(pixel.blue());
    }
}
