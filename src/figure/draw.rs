//! Paints a picture's shapes with tiny-skia, anti-aliased, on a transparent pixmap.

use resvg::tiny_skia::{
    BlendMode, Color, FillRule, GradientStop, LineCap, LineJoin, Mask, Paint, Path, PathBuilder,
    Pixmap, Point, RadialGradient, Shader, SpreadMode, Stroke, Transform,
};

use super::picture::{self, Shape};
use super::Rgb8;

/// Paints `shapes` in order on a new `width`×`height` pixmap, flipped left to right when
/// `mirror`. The flip moves whole pixels, so a mirrored picture is exactly the plain one seen
/// in a mirror.
pub fn paint(shapes: &[Shape], width: u32, height: u32, mirror: bool) -> Option<Pixmap> {
    let mut pixmap = Pixmap::new(width, height)?;
    for shape in shapes {
        paint_shape(&mut pixmap, shape);
    }
    if mirror {
        let row = width as usize;
        for line in pixmap.pixels_mut().chunks_exact_mut(row) {
            line.reverse();
        }
    }
    Some(pixmap)
}

fn paint_shape(pixmap: &mut Pixmap, shape: &Shape) {
    match shape {
        Shape::Stroke {
            colour, opacity, ..
        } => fill(pixmap, shape, &solid(*colour, *opacity), None),
        Shape::Blob { colour, .. } | Shape::Disc { colour, .. } => {
            fill(pixmap, shape, &solid(*colour, 1.0), None)
        }
        Shape::Cut { area, keep } => {
            let mask = keep_mask(keep, pixmap.width(), pixmap.height());
            // Destination-out with opaque paint erases; tiny-skia's Clear mode takes a fast
            // path that ignores the mask.
            let mut erase = solid(Rgb8(0, 0, 0), 1.0);
            erase.blend_mode = BlendMode::DestinationOut;
            fill(pixmap, area, &erase, mask.as_ref());
        }
        Shape::Glow {
            centre,
            radii,
            angle,
            colour,
            strength,
        } => {
            // A unit circle with a radial fade, stretched into the ellipse by the transform.
            let (Some(path), Some(shader)) = (
                PathBuilder::from_circle(0.0, 0.0, 1.0),
                glow_shader(*colour, *strength),
            ) else {
                return;
            };
            let transform = Transform::from_scale(radii.0, radii.1)
                .post_rotate(*angle)
                .post_translate(centre.x, centre.y);
            let paint = Paint {
                shader,
                anti_alias: true,
                ..Paint::default()
            };
            pixmap.fill_path(&path, &paint, FillRule::Winding, transform, None);
        }
    }
}

/// Paints the area `shape` covers with `paint`, where `mask` allows.
fn fill(pixmap: &mut Pixmap, shape: &Shape, paint: &Paint, mask: Option<&Mask>) {
    for path in areas(shape) {
        pixmap.fill_path(&path, paint, FillRule::Winding, Transform::identity(), mask);
    }
}

/// Everywhere except where `keep` has ink; `None` (everywhere) when there is nothing to keep.
fn keep_mask(keep: &[Shape], width: u32, height: u32) -> Option<Mask> {
    if keep.is_empty() {
        return None;
    }
    let mut mask = Mask::new(width, height)?;
    for path in keep.iter().flat_map(areas) {
        mask.fill_path(&path, FillRule::Winding, true, Transform::identity());
    }
    mask.invert();
    Some(mask)
}

/// The filled outlines that make up a plain shape: a stroke's outline, a blob's inside and
/// rim, a disc. Cuts and glows have none.
fn areas(shape: &Shape) -> Vec<Path> {
    match shape {
        Shape::Stroke { points, width, .. } => polyline(points, false)
            .and_then(|line| line.stroke(&round(*width), 1.0))
            .into_iter()
            .collect(),
        Shape::Blob { points, width, .. } => polyline(points, true)
            .map(|outline| {
                let rim = outline.stroke(&round(*width), 1.0);
                std::iter::once(outline).chain(rim).collect()
            })
            .unwrap_or_default(),
        Shape::Disc { centre, radius, .. } => PathBuilder::from_circle(centre.x, centre.y, *radius)
            .into_iter()
            .collect(),
        Shape::Cut { .. } | Shape::Glow { .. } => Vec::new(),
    }
}

/// The glow's fade, from the centre of a unit circle to its edge.
fn glow_shader(colour: Rgb8, strength: f32) -> Option<Shader<'static>> {
    let stops = picture::GLOW_STOPS
        .iter()
        .map(|&(offset, alpha)| GradientStop::new(offset, to_color(colour, alpha * strength)))
        .collect();
    RadialGradient::new(
        Point::from_xy(0.0, 0.0),
        Point::from_xy(0.0, 0.0),
        1.0,
        stops,
        SpreadMode::Pad,
        Transform::identity(),
    )
}

fn polyline(points: &[picture::Point], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut builder = PathBuilder::new();
    builder.move_to(first.x, first.y);
    if rest.is_empty() {
        // A single point still draws a dot with round caps.
        builder.line_to(first.x + 0.01, first.y);
    }
    for point in rest {
        builder.line_to(point.x, point.y);
    }
    if closed {
        builder.close();
    }
    builder.finish()
}

fn round(width: f32) -> Stroke {
    Stroke {
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }
}

fn solid(colour: Rgb8, opacity: f32) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(to_color(colour, opacity));
    paint.anti_alias = true;
    paint
}

fn to_color(colour: Rgb8, alpha: f32) -> Color {
    Color::from_rgba8(
        colour.0,
        colour.1,
        colour.2,
        (alpha.clamp(0.0, 1.0) * 255.0).round() as u8,
    )
}
