//! Paints a picture's shapes with tiny-skia, anti-aliased, on a transparent pixmap.

use resvg::tiny_skia::{
    Color, FillRule, GradientStop, LineCap, LineJoin, Mask, Paint, Path, PathBuilder, Pixmap,
    Point, PremultipliedColorU8, RadialGradient, Shader, SpreadMode, Stroke, Transform,
};

use super::picture::{self, Glow, Layer, Shape, BODY_PARTS};
use super::Rgb8;

/// Paints `layers` in order on a new `width`×`height` pixmap, flipped left to right when
/// `mirror`. The flip moves whole pixels, so a mirrored picture is exactly the plain one seen
/// in a mirror.
pub fn paint(layers: &[Layer], width: u32, height: u32, mirror: bool) -> Option<Pixmap> {
    let mut pixmap = Pixmap::new(width, height)?;
    // Where each body part has ink so far: what its own cuts must leave alone.
    let mut inked: [Option<Mask>; BODY_PARTS] = Default::default();
    let mut scratch = Mask::new(width, height)?;
    for layer in layers {
        match &layer.shape {
            Shape::Cut { area, keep } => {
                let spared = inked.get(*keep as usize).and_then(Option::as_ref);
                erase(&mut pixmap, &areas(area), spared, &mut scratch);
            }
            Shape::Glow(spot) => glow(&mut pixmap, spot),
            Shape::Stroke {
                colour, opacity, ..
            } => paint_plain(&mut pixmap, layer, *colour, *opacity, &mut inked),
            Shape::Blob { colour, .. } | Shape::Disc { colour, .. } => {
                paint_plain(&mut pixmap, layer, *colour, 1.0, &mut inked)
            }
        }
    }
    if mirror {
        let row = width as usize;
        for line in pixmap.pixels_mut().chunks_exact_mut(row) {
            line.reverse();
        }
    }
    Some(pixmap)
}

/// Paints a stroke, blob or disc, and notes its ink under its body part.
fn paint_plain(
    pixmap: &mut Pixmap,
    layer: &Layer,
    colour: Rgb8,
    opacity: f32,
    inked: &mut [Option<Mask>; BODY_PARTS],
) {
    let paint = solid(colour, opacity);
    let part = layer.part.and_then(|part| inked.get_mut(part as usize));
    let mut mask = part.map(|slot| {
        slot.get_or_insert_with(|| {
            Mask::new(pixmap.width(), pixmap.height()).expect("the pixmap's size is valid")
        })
    });
    for path in areas(&layer.shape) {
        fill(pixmap, &path, &paint, None);
        if let Some(mask) = mask.as_mut() {
            mask.fill_path(&path, FillRule::Winding, true, Transform::identity());
        }
    }
}

fn fill(pixmap: &mut Pixmap, path: &Path, paint: &Paint, mask: Option<&Mask>) {
    pixmap.fill_path(path, paint, FillRule::Winding, Transform::identity(), mask);
}

/// Makes `area` transparent again, except where `spared` has ink (in proportion to both
/// coverages, so edges stay smooth). Done by hand over the area's bounding box: tiny-skia's
/// masked blending costs several times more, and its Clear mode ignores masks.
fn erase(pixmap: &mut Pixmap, area: &[Path], spared: Option<&Mask>, scratch: &mut Mask) {
    if area.is_empty() {
        return;
    }
    scratch.clear();
    for path in area {
        scratch.fill_path(path, FillRule::Winding, true, Transform::identity());
    }
    // The rows and columns the area can touch.
    let (width, height) = (pixmap.width() as f32, pixmap.height() as f32);
    let span = |low: f32, high: f32, limit: f32| {
        (low.floor().clamp(0.0, limit) as usize)..(high.ceil().clamp(0.0, limit) as usize)
    };
    let (left, top, right, bottom) = area.iter().map(Path::bounds).fold(
        (
            f32::INFINITY,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NEG_INFINITY,
        ),
        |(l, t, r, b), rect| {
            (
                l.min(rect.left()),
                t.min(rect.top()),
                r.max(rect.right()),
                b.max(rect.bottom()),
            )
        },
    );
    let (columns, rows) = (span(left, right, width), span(top, bottom, height));
    let width = width as usize;
    let coverage = scratch.data();
    let pixels = pixmap.pixels_mut();
    for y in rows {
        for x in columns.clone() {
            let index = y * width + x;
            let kept = spared.map_or(0, |mask| mask.data()[index]) as u32;
            let gone = coverage[index] as u32 * (255 - kept) / 255;
            if gone == 0 {
                continue;
            }
            let left = 255 - gone;
            let pixel = pixels[index];
            let scale = |channel: u8| (channel as u32 * left / 255) as u8;
            if let Some(faded) = PremultipliedColorU8::from_rgba(
                scale(pixel.red()),
                scale(pixel.green()),
                scale(pixel.blue()),
                scale(pixel.alpha()),
            ) {
                pixels[index] = faded;
            }
        }
    }
}

/// A soft ellipse: a unit circle with a radial fade, stretched and turned by the transform.
fn glow(pixmap: &mut Pixmap, spot: &Glow) {
    let (Some(path), Some(shader)) = (
        PathBuilder::from_circle(0.0, 0.0, 1.0),
        glow_shader(spot.colour, spot.strength),
    ) else {
        return;
    };
    let transform = Transform::from_scale(spot.radii.0, spot.radii.1)
        .post_rotate(spot.angle)
        .post_translate(spot.centre.x, spot.centre.y);
    let paint = Paint {
        shader,
        anti_alias: true,
        ..Paint::default()
    };
    pixmap.fill_path(&path, &paint, FillRule::Winding, transform, None);
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
        Shape::Cut { .. } | Shape::Glow(_) => Vec::new(),
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
