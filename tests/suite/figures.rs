//! The stretch drawings outside the program: `icons/stretches/ID.svg` (each hold pose, for
//! icons and docs) and the contact sheets `docs/screenshots/poses-64.png` and `poses-128.png`
//! (every start and hold, light and dark). All are generated from the figure model; these
//! tests fail when a file differs from what the model draws today, and rewrite the files
//! instead when run with `LIMBER_BLESS=1`:
//!
//! ```sh
//! LIMBER_BLESS=1 cargo test --locked --test figures
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use limber::figure::{self, Key, Palette, Rgb8, STRETCHES};
use resvg::tiny_skia::{Color, Pixmap, PixmapPaint, PremultipliedColorU8, Transform};

/// The drawing for stretches without one of their own (stretches users add).
const NEUTRAL: &str = "neutral";

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var("LIMBER_BLESS").is_ok_and(|value| value == "1")
}

/// Every drawing's name, in catalogue order, with the neutral figure last.
fn names() -> Vec<&'static str> {
    STRETCHES
        .iter()
        .map(|(id, _)| *id)
        .chain([NEUTRAL])
        .collect()
}

/// `NEUTRAL` is no stretch id, so it gets the neutral figure.
fn pose(name: &str, key: Key) -> figure::Pose {
    figure::pose(name, key)
}

#[test]
fn the_svg_drawings_match_the_model() {
    let folder = repository().join("icons/stretches");
    let mut problems = Vec::new();
    for name in names() {
        let svg = figure::svg(&pose(name, Key::Hold), &Palette::LIGHT);
        let path = folder.join(format!("{name}.svg"));
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(svg.as_str()) {
            continue;
        }
        if blessing() {
            std::fs::write(&path, svg).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else {
            problems.push(path.display().to_string());
        }
    }
    let expected: Vec<String> = names().iter().map(|name| format!("{name}.svg")).collect();
    let entries = std::fs::read_dir(&folder).expect("icons/stretches exists");
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.ends_with(".svg") && !expected.contains(&file) {
            problems.push(format!("{file} is no stretch's drawing; remove it"));
        }
    }
    assert!(
        problems.is_empty(),
        "out of date (rerun with LIMBER_BLESS=1): {problems:#?}"
    );
}

#[test]
fn the_contact_sheets_match_the_model() {
    for size in [64, 128] {
        let sheet = contact_sheet(size);
        let path = repository().join(format!("docs/screenshots/poses-{size}.png"));
        if blessing() {
            sheet
                .save_png(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let saved = Pixmap::load_png(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (write it with LIMBER_BLESS=1)", path.display()));
        assert_same_picture(&path, &saved, &sheet);
    }
}

/// The same size and, pixel for pixel, the same colours give or take rounding (a platform's
/// floating point may round an edge pixel differently).
fn assert_same_picture(path: &Path, saved: &Pixmap, drawn: &Pixmap) {
    assert_eq!(
        (saved.width(), saved.height()),
        (drawn.width(), drawn.height()),
        "{} has another size (rerun with LIMBER_BLESS=1)",
        path.display()
    );
    let differing = saved
        .pixels()
        .iter()
        .zip(drawn.pixels())
        .filter(|(a, b)| {
            a.red().abs_diff(b.red()) > 16
                || a.green().abs_diff(b.green()) > 16
                || a.blue().abs_diff(b.blue()) > 16
                || a.alpha().abs_diff(b.alpha()) > 16
        })
        .count();
    // Rounding moves a value by a few levels; a pose that moves by a degree changes hundreds
    // of pixels by far more than 16.
    let allowed = saved.pixels().len() / 10_000;
    assert!(
        differing <= allowed,
        "{} differs in {differing} pixels (rerun with LIMBER_BLESS=1)",
        path.display()
    );
}

/// The window's two themes: background, label colour, palette.
const THEMES: [(Rgb8, Rgb8, Palette); 2] = [
    (
        Rgb8(0xf7, 0xf8, 0xf6),
        Rgb8(0x1f, 0x23, 0x28),
        Palette::LIGHT,
    ),
    (
        Rgb8(0x1d, 0x20, 0x23),
        Rgb8(0xec, 0xef, 0xf1),
        Palette::DARK,
    ),
];

/// One row per drawing: its name, then start and hold in the light theme, start and hold in
/// the dark one, each picture `size` pixels square.
fn contact_sheet(size: u32) -> Pixmap {
    let font = FontRef::try_from_slice(include_bytes!("../../assets/fonts/Inter-Regular.otf"))
        .expect("the bundled font loads");
    let gap = size / 8;
    let text = if size < 100 { 12.0 } else { 16.0 };
    let label = (text * 15.0) as u32;
    let cell = size + gap;
    let header = (text * 2.0) as u32;
    let names = names();
    let width = label + 4 * cell + gap;
    let height = header + names.len() as u32 * cell + gap;
    let mut sheet = Pixmap::new(width, height).expect("a sheet");
    let (light, ink, _) = THEMES[0];
    sheet.fill(color(light));
    let dark_left = label + 2 * cell;
    let mut dark = Pixmap::new(width - dark_left, height).expect("a dark half");
    dark.fill(color(THEMES[1].0));
    sheet.draw_pixmap(
        dark_left as i32,
        0,
        dark.as_ref(),
        &PixmapPaint::default(),
        Transform::identity(),
        None,
    );
    for (column, (title, theme)) in [("start", 0), ("hold", 0), ("start", 1), ("hold", 1)]
        .into_iter()
        .enumerate()
    {
        let x = label + column as u32 * cell;
        write(
            &mut sheet,
            &font,
            text,
            THEMES[theme].1,
            x as f32,
            text * 1.3,
            title,
        );
    }
    for (row, name) in names.iter().enumerate() {
        let top = header + row as u32 * cell;
        let caption = if *name == NEUTRAL {
            "neutral (custom stretches)".to_string()
        } else {
            format!("{}. {name}", row + 1)
        };
        let middle = top as f32 + size as f32 / 2.0 + text * 0.35;
        write(&mut sheet, &font, text, ink, gap as f32, middle, &caption);
        for (column, (key, theme)) in [
            (Key::Start, 0),
            (Key::Hold, 0),
            (Key::Start, 1),
            (Key::Hold, 1),
        ]
        .into_iter()
        .enumerate()
        {
            let palette = THEMES[theme].2;
            let picture =
                figure::render(&pose(name, key), size, size, &palette, false).expect("renders");
            sheet.draw_pixmap(
                (label + column as u32 * cell) as i32,
                top as i32,
                picture.as_ref(),
                &PixmapPaint::default(),
                Transform::identity(),
                None,
            );
        }
    }
    sheet
}

fn color(rgb: Rgb8) -> Color {
    Color::from_rgba8(rgb.0, rgb.1, rgb.2, 255)
}

/// Writes one line of `text` with its baseline at (`x`, `baseline`), blended over the sheet.
fn write(
    sheet: &mut Pixmap,
    font: &FontRef,
    size: f32,
    colour: Rgb8,
    x: f32,
    baseline: f32,
    text: &str,
) {
    let scaled = font.as_scaled(PxScale::from(size));
    let (width, height) = (sheet.width() as i32, sheet.height() as i32);
    let pixels = sheet.pixels_mut();
    let mut pen = x;
    let mut previous = None;
    for character in text.chars() {
        let id = scaled.glyph_id(character);
        if let Some(before) = previous {
            pen += scaled.kern(before, id);
        }
        let glyph = id.with_scale_and_position(size, ab_glyph::point(pen, baseline));
        pen += scaled.h_advance(id);
        previous = Some(id);
        let Some(outline) = font.outline_glyph(glyph) else {
            continue;
        };
        let corner = outline.px_bounds().min;
        outline.draw(|gx, gy, coverage| {
            let (px, py) = (corner.x as i32 + gx as i32, corner.y as i32 + gy as i32);
            if !(0..width).contains(&px) || !(0..height).contains(&py) {
                return;
            }
            let pixel = &mut pixels[(py * width + px) as usize];
            let alpha = coverage.clamp(0.0, 1.0);
            let over = |ink: u8, under: u8| {
                (ink as f32 * alpha + under as f32 * (1.0 - alpha)).round() as u8
            };
            // The sheet is opaque, so its premultiplied channels are its colours.
            if let Some(blended) = PremultipliedColorU8::from_rgba(
                over(colour.0, pixel.red()),
                over(colour.1, pixel.green()),
                over(colour.2, pixel.blue()),
                255,
            ) {
                *pixel = blended;
            }
        });
    }
}

/// The window's budget: its picture is redrawn at most 30 times a second while it moves, so
/// one must take well under 5 ms. Timing means little in a debug build; run it with
/// `cargo test --release --test figures -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement; run in a release build"]
fn a_window_picture_renders_well_under_5_ms() {
    let (width, height) = (150, 110);
    let mut medians = Vec::new();
    for name in names() {
        let (start, hold) = (pose(name, Key::Start), pose(name, Key::Hold));
        let mut times: Vec<f64> = (0..100)
            .map(|frame| {
                let between = figure::lerp(&start, &hold, frame as f32 / 99.0);
                let began = Instant::now();
                let picture =
                    figure::render(&between, width, height, &Palette::LIGHT, frame % 2 == 1);
                let took = began.elapsed().as_secs_f64() * 1000.0;
                assert!(picture.is_some());
                took
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = (times[49] + times[50]) / 2.0;
        println!("{name}: median {median:.3} ms, slowest {:.3} ms", times[99]);
        medians.push(median);
    }
    medians.sort_by(f64::total_cmp);
    let worst = medians.last().copied().unwrap_or_default();
    println!(
        "worst median over {} drawings: {worst:.3} ms",
        medians.len()
    );
    assert!(worst < 2.5, "rendering takes {worst:.3} ms");
}
