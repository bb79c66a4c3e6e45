//! Writes a picture's shapes as an SVG document: the icons and docs drawings.
//!
//! Plain shapes become paths and circles, the glow an ellipse with a radial gradient. A cut
//! (the gap a limb leaves in front of what is behind it) becomes a mask over everything drawn
//! before it, so the document layers exactly as the window paints.

use std::fmt::Write;

use super::picture::{Layer, Point, Shape, BODY_PARTS, GLOW_STOPS};

/// The width and height of the SVG drawings, in pixels.
pub const SIZE: u32 = 128;

/// A standalone SVG document drawing `layers` in order on a [`SIZE`]-square canvas.
pub fn document(layers: &[Layer]) -> String {
    let mut defs = String::new();
    let mut drawing = String::new();
    // Each body part's pieces so far, which its own cuts leave alone.
    let mut inked: [Vec<&Shape>; BODY_PARTS] = Default::default();
    for (index, layer) in layers.iter().enumerate() {
        let shape = &layer.shape;
        match shape {
            Shape::Cut { area, keep } => {
                let id = format!("cut-{index}");
                let _ = writeln!(
                    defs,
                    r##"<mask id="{id}" maskUnits="userSpaceOnUse" x="0" y="0" width="{SIZE}" height="{SIZE}"><rect width="{SIZE}" height="{SIZE}" fill="#fff"/>"##
                );
                plain(&mut defs, area, Some("#000"));
                for kept in inked.get(*keep as usize).into_iter().flatten() {
                    plain(&mut defs, kept, Some("#fff"));
                }
                defs.push_str("</mask>\n");
                drawing = format!("<g mask=\"url(#{id})\">\n{drawing}</g>\n");
            }
            Shape::Glow(spot) => {
                let id = format!("glow-{index}");
                let _ = writeln!(defs, r#"<radialGradient id="{id}">"#);
                for (offset, alpha) in GLOW_STOPS {
                    let _ = writeln!(
                        defs,
                        r#"<stop offset="{}" stop-color="{}" stop-opacity="{}"/>"#,
                        number(offset),
                        spot.colour.hex(),
                        number(alpha * spot.strength),
                    );
                }
                defs.push_str("</radialGradient>\n");
                let _ = writeln!(
                    drawing,
                    r#"<ellipse cx="0" cy="0" rx="{}" ry="{}" transform="translate({} {}) rotate({})" fill="url(#{id})"/>"#,
                    number(spot.radii.0),
                    number(spot.radii.1),
                    number(spot.centre.x),
                    number(spot.centre.y),
                    number(spot.angle),
                );
            }
            _ => {
                plain(&mut drawing, shape, None);
                if let Some(pieces) = layer.part.and_then(|part| inked.get_mut(part as usize)) {
                    pieces.push(shape);
                }
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SIZE} {SIZE}\" width=\"{SIZE}\" height=\"{SIZE}\">\n<defs>\n{defs}</defs>\n{drawing}</svg>\n"
    )
}

/// A stroke, blob or disc as one element, in its own colour or in `colour` (for masks).
fn plain(out: &mut String, shape: &Shape, colour: Option<&str>) {
    let paint = |own: &super::Rgb8| colour.map_or_else(|| own.hex(), str::to_string);
    // Writing to a String cannot fail.
    let _ = match shape {
        Shape::Stroke {
            points,
            width,
            colour: own,
            opacity,
        } => {
            let fade = if *opacity < 1.0 {
                format!(r#" stroke-opacity="{}""#, number(*opacity))
            } else {
                String::new()
            };
            writeln!(
                out,
                r#"<path d="{}" fill="none" stroke="{}" stroke-width="{}" stroke-linecap="round" stroke-linejoin="round"{fade}/>"#,
                path(points, false),
                paint(own),
                number(*width),
            )
        }
        Shape::Blob {
            points,
            width,
            colour: own,
        } => writeln!(
            out,
            r#"<path d="{}" fill="{hex}" stroke="{hex}" stroke-width="{}" stroke-linejoin="round"/>"#,
            path(points, true),
            number(*width),
            hex = paint(own),
        ),
        Shape::Disc {
            centre,
            radius,
            colour: own,
        } => writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}"/>"#,
            number(centre.x),
            number(centre.y),
            number(*radius),
            paint(own),
        ),
        Shape::Cut { .. } | Shape::Glow(_) => Ok(()),
    };
}

fn path(points: &[Point], closed: bool) -> String {
    let mut d = String::new();
    for (index, point) in points.iter().enumerate() {
        let command = if index == 0 { 'M' } else { 'L' };
        let _ = write!(d, "{command}{} {} ", number(point.x), number(point.y));
    }
    if closed {
        d.push('Z');
    }
    d.trim_end().to_string()
}

/// A coordinate to two decimals, without a sign on zero or trailing zeros.
fn number(value: f32) -> String {
    let text = format!("{:.2}", value + 0.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(12.345_6), "12.35");
    }
}
