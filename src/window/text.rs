//! Text shaped, measured and drawn with cosmic-text (HarfRust shaping, Unicode line breaking and
//! bidi, swash rasterising), from the bundled Inter font (SIL Open Font License, see
//! `assets/fonts/`) and, for what Inter lacks (Arabic, Hebrew, CJK, emoji, …), the system's fonts.
//!
//! The system's fonts are not even listed at start: the English window never needs them, and
//! listing a desktop's few hundred font files costs time and memory. The first text that shapes
//! to a missing glyph (glyph 0, the empty box) makes [`Fonts`] list them once, and that text is
//! shaped again with cosmic-text's per-script fallback (fontdb reads the folders: fontconfig's
//! on Linux, the system and user font folders on Windows and macOS). Glyph outlines are read
//! and rasterised lazily, only for the glyphs shown.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use cosmic_text::fontdb::{Database, FaceInfo, Source, Style, ID};
use cosmic_text::{
    Attrs, Buffer, Color, Family, FontSystem, LayoutGlyph, Metrics, Shaping, SwashCache, Wrap,
};
use resvg::tiny_skia::Pixmap;

use super::theme::Rgb;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
static SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// The bundled family, asked for by name.
const FAMILY: &str = "Inter";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    SemiBold,
}

impl Weight {
    fn attrs(self) -> Attrs<'static> {
        let weight = match self {
            Weight::Regular => cosmic_text::Weight::NORMAL,
            Weight::SemiBold => cosmic_text::Weight::SEMIBOLD,
        };
        Attrs::new().family(Family::Name(FAMILY)).weight(weight)
    }
}

/// How text sits in its box: `x` is its left edge, its centre, or its right edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Which way a window reads: its text's alignment, which side its picture is on, the order of
/// its buttons. It is the language's ([`crate::wording::current`]), decided once per window.
pub use crate::wording::Direction;

/// One glyph as shaped: the font that draws it and its id there (0: the font has none).
#[cfg(test)]
#[derive(Clone, Debug, PartialEq)]
pub struct ShapedGlyph {
    pub font_family: String,
    pub glyph_id: u16,
}

pub struct Fonts {
    inner: RefCell<Inner>,
}

struct Inner {
    system: FontSystem,
    rasters: SwashCache,
    /// Whether the system's fonts are listed yet (see the module's doc).
    system_fonts: bool,
    /// The characters no font here draws, said once each.
    missing: HashSet<String>,
    /// Inter's ascent, as a fraction of the text size: every line's baseline sits this far under
    /// its top, whatever font draws its glyphs.
    ascent: f32,
    /// The font size (em) for a text size. A text size in limber's layouts is the height from
    /// Inter's descender to its ascender, as the windows were designed with ab_glyph, whose
    /// sizes mean that; cosmic-text's mean the em, about a fifth smaller for Inter.
    em: f32,
    /// Widths and wrapped lines already measured: a window is laid out for each of its screens
    /// and sizes before it opens, and its screens share most of their texts.
    widths: Memo<f32>,
    wraps: Memo<Vec<String>>,
}

/// Results for (text, size, weight, width to wrap to), kept until there are too many.
struct Memo<T>(HashMap<MemoKey, T>);

type MemoKey = (String, u32, Weight, u32);

impl<T: Clone> Memo<T> {
    /// More entries than a window's every text at every size and width it tries.
    const MOST: usize = 4096;

    fn key(text: &str, size: f32, weight: Weight, width: f32) -> MemoKey {
        (text.to_string(), size.to_bits(), weight, width.to_bits())
    }

    fn get(&self, key: &MemoKey) -> Option<T> {
        self.0.get(key).cloned()
    }

    fn put(&mut self, key: MemoKey, value: T) {
        if self.0.len() >= Self::MOST {
            self.0.clear();
        }
        self.0.insert(key, value);
    }
}

impl Fonts {
    pub fn load() -> Result<Fonts, String> {
        let mut db = Database::new();
        for bytes in [REGULAR, SEMIBOLD] {
            db.load_font_source(Source::Binary(Arc::new(bytes)));
        }
        let regular: ID = db
            .faces()
            .next()
            .map(|face| face.id)
            .ok_or("the bundled font is damaged: no face in Inter-Regular.otf")?;
        let mut system = FontSystem::new_with_locale_and_db(fallback_locale(), db);
        let font = system
            .get_font(regular, cosmic_text::Weight::NORMAL)
            .ok_or("the bundled font is damaged: Inter-Regular.otf does not parse")?;
        let metrics = font.metrics();
        // skrifa's metrics are in font units, the descent negative.
        let height = (metrics.ascent - metrics.descent).max(1.0);
        let ascent = metrics.ascent / height;
        let em = f32::from(metrics.units_per_em.max(1)) / height;
        Ok(Fonts {
            inner: RefCell::new(Inner {
                system,
                rasters: SwashCache::new(),
                system_fonts: false,
                missing: HashSet::new(),
                ascent,
                em,
                widths: Memo(HashMap::new()),
                wraps: Memo(HashMap::new()),
            }),
        })
    }

    /// The advance width of `text`, set on one line at `size` px.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let mut inner = self.inner.borrow_mut();
        let key = Memo::<f32>::key(text, size, weight, 0.0);
        if let Some(width) = inner.widths.get(&key) {
            return width;
        }
        let buffer = inner.shape(text, size, weight, None);
        let width = buffer
            .layout_runs()
            .map(|run| run.line_w)
            .fold(0.0, f32::max);
        inner.widths.put(key, width);
        width
    }

    /// Every glyph `text` shapes to, in visual order, with the font that draws it.
    #[cfg(test)]
    pub fn glyphs(&self, text: &str, size: f32, weight: Weight) -> Vec<ShapedGlyph> {
        let mut inner = self.inner.borrow_mut();
        let buffer = inner.shape(text, size, weight, None);
        let db = inner.system.db();
        buffer
            .layout_runs()
            .flat_map(|run| run.glyphs.iter())
            .map(|glyph| ShapedGlyph {
                font_family: db
                    .face(glyph.font_id)
                    .and_then(|face| face.families.first())
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default(),
                glyph_id: glyph.glyph_id,
            })
            .collect()
    }

    /// Draws one line with its top at `y` and its left edge, centre or right edge at `x`.
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
        let mut inner = self.inner.borrow_mut();
        let buffer = inner.shape(text, size, weight, None);
        let baseline = y + inner.ascent * size;
        let Inner {
            system,
            rasters,
            missing,
            ..
        } = &mut *inner;
        for run in buffer.layout_runs() {
            let start = match align {
                Align::Left => x,
                Align::Center => x - run.line_w / 2.0,
                Align::Right => x - run.line_w,
            };
            for glyph in run.glyphs {
                if glyph.glyph_id == 0 {
                    let cluster = &run.text[glyph.start..glyph.end];
                    if missing.insert(cluster.to_string()) {
                        tracing::warn!(
                            "no font on this system draws \"{cluster}\" ({}): it shows as a box",
                            cluster
                                .chars()
                                .map(|c| format!("U+{:04X}", u32::from(c)))
                                .collect::<Vec<_>>()
                                .join(" ")
                        );
                    }
                }
                draw_glyph(pixmap, system, rasters, glyph, (start, baseline), color);
            }
        }
    }

    /// Hands back the pages of the system's font files this window has read, once a frame is
    /// drawn: the next text shaped or glyph rasterised reads them again (see
    /// [`super::font_pages`]). Nothing to do before the system's fonts are listed.
    pub fn release_font_pages(&self) {
        let inner = self.inner.borrow();
        if inner.system_fonts {
            super::font_pages::release(inner.system.db());
        }
    }

    /// How many pages of the system's font files are mapped in this process now.
    #[cfg(all(test, target_os = "linux"))]
    fn resident_font_pages(&self) -> usize {
        super::font_pages::resident_pages(self.inner.borrow().system.db())
    }

    /// Whether the system's fonts have been listed (only once a glyph needed them).
    #[cfg(test)]
    fn listed_system_fonts(&self) -> bool {
        self.inner.borrow().system_fonts
    }

    /// Breaks `text` into lines no wider than `width` where Unicode allows (at spaces, between
    /// CJK characters, …), never between a number and its unit ("30 s"); a word wider than a
    /// line by itself (a long custom name, a path) is broken between characters. Nothing is
    /// dropped: the lines hold every non-space character of `text`, in order.
    pub fn wrap(&self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
        let mut inner = self.inner.borrow_mut();
        let key = Memo::<Vec<String>>::key(text, size, weight, width);
        if let Some(lines) = inner.wraps.get(&key) {
            return lines;
        }
        let buffer = inner.shape(&keep_units(text), size, weight, Some(width));
        let lines: Vec<String> = buffer
            .layout_runs()
            .filter_map(|run| {
                let start = run.glyphs.iter().map(|glyph| glyph.start).min()?;
                let end = run.glyphs.iter().map(|glyph| glyph.end).max()?;
                let line = run.text[start..end].trim().replace(NO_BREAK, " ");
                (!line.is_empty()).then_some(line)
            })
            .collect();
        inner.wraps.put(key, lines.clone());
        lines
    }
}

impl Inner {
    /// `text` shaped and laid out, wrapped to `width` if given; if a glyph is missing and the
    /// system's fonts are not listed yet, they are, and `text` is shaped again.
    fn shape(&mut self, text: &str, size: f32, weight: Weight, width: Option<f32>) -> Buffer {
        let buffer = self.shape_with(text, size, weight, width);
        let missing = buffer
            .layout_runs()
            .any(|run| run.glyphs.iter().any(|glyph| glyph.glyph_id == 0));
        if !missing || self.system_fonts {
            return buffer;
        }
        self.system_fonts = true;
        list_system_fonts(self.system.db_mut());
        tracing::debug!(
            faces = self.system.db().len(),
            "listed the system's fonts for a glyph Inter lacks"
        );
        self.shape_with(text, size, weight, width)
    }

    fn shape_with(&mut self, text: &str, size: f32, weight: Weight, width: Option<f32>) -> Buffer {
        let size = (size * self.em).max(1.0);
        let mut buffer = Buffer::new(&mut self.system, Metrics::new(size, size));
        buffer.set_wrap(Wrap::WordOrGlyph);
        buffer.set_size(width, None);
        buffer.set_text(text, &weight.attrs(), Shaping::Advanced, None);
        buffer.shape_until_scroll(&mut self.system, false);
        buffer
    }
}

/// Adds the system's fonts to `db`, each family also at the semibold weight limber's headings
/// ask for: cosmic-text falls back only to a face of exactly the weight asked for, and most
/// families have none at 600 (Noto Sans Arabic, the CJK fonts, the emoji font), so a heading
/// would fall to whatever font has the glyphs at all. A family without a semibold face lends
/// its nearest face to that weight, the heavier one on a tie.
fn list_system_fonts(db: &mut Database) {
    db.load_system_fonts();
    let semibold = cosmic_text::Weight::SEMIBOLD;
    let mut nearest: HashMap<(String, Style), FaceInfo> = HashMap::new();
    for face in db.faces() {
        let Some((family, _)) = face.families.first() else {
            continue;
        };
        let distance = |face: &FaceInfo| {
            let offset = i32::from(face.weight.0) - i32::from(semibold.0);
            (offset.abs(), offset < 0)
        };
        let key = (family.clone(), face.style);
        match nearest.get(&key) {
            Some(best) if distance(best) <= distance(face) => {}
            _ => {
                nearest.insert(key, face.clone());
            }
        }
    }
    for mut face in nearest.into_values() {
        if face.weight != semibold {
            face.weight = semibold;
            db.push_face_info(face);
        }
    }
}

/// Rasterises one glyph (a mask in `color`, or an emoji's own colours) into `pixmap`, its line
/// starting at `origin` (the left end of the baseline).
fn draw_glyph(
    pixmap: &mut Pixmap,
    system: &mut FontSystem,
    rasters: &mut SwashCache,
    glyph: &LayoutGlyph,
    origin: (f32, f32),
    color: Rgb,
) {
    let physical = glyph.physical(origin, 1.0);
    let base = Color::rgb(color.0, color.1, color.2);
    rasters.with_pixels(system, physical.cache_key, base, |gx, gy, pixel| {
        blend(
            pixmap,
            physical.x + gx,
            physical.y + gy,
            Rgb(pixel.r(), pixel.g(), pixel.b()),
            f32::from(pixel.a()) / 255.0,
        );
    });
}

/// The locale cosmic-text picks fallback fonts by (which of the CJK fonts draws a Han
/// character): the language limber speaks when it is a translation (Japanese picks the Japanese
/// font), else the environment's as Linux spells it, which still knows a Chinese or Korean user
/// limber has no words for.
fn fallback_locale() -> String {
    let environment = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty());
    fallback_locale_for(crate::wording::current().tag(), environment.as_deref())
}

/// [`fallback_locale`] for the language spoken and the environment's locale.
fn fallback_locale_for(spoken: crate::wording::Tag, environment: Option<&str>) -> String {
    if spoken.is_translation() {
        return spoken.code().to_string();
    }
    environment
        .and_then(|value| {
            let language = value.split(['.', '@']).next()?.replace('_', "-");
            (!language.is_empty() && language != "C" && language != "POSIX").then_some(language)
        })
        .unwrap_or_else(|| "en-US".to_string())
}

/// The space that joins a number and its unit: Unicode's line breaking never breaks at it.
const NO_BREAK: char = '\u{a0}';

/// `text` with its words joined by single spaces, and a number and the unit of time after it
/// ("30 s.", "2 min") joined by a no-break space. A no-break space the text has already (French
/// sets one before a colon) is kept: it is part of a word here.
fn keep_units(text: &str) -> String {
    const UNITS: [&str; 4] = ["s", "min", "h", "ms"];
    let breakable = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    let mut joined = String::with_capacity(text.len());
    for word in text.split(breakable).filter(|word| !word.is_empty()) {
        let unit = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
        if !joined.is_empty() {
            let after_number = joined.ends_with(|c: char| c.is_ascii_digit());
            joined.push(if after_number && UNITS.contains(&unit) {
                NO_BREAK
            } else {
                ' '
            });
        }
        joined.push_str(word);
    }
    joined
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
            keep_units("2 min, then 10 seconds and 3 h"),
            "2\u{a0}min, then 10 seconds and 3\u{a0}h"
        );
        assert_eq!(
            keep_units("Attention\u{202f}: tenez  30\u{a0}s"),
            "Attention\u{202f}: tenez 30\u{a0}s",
            "a no-break space of the text's own stays"
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

    /// Text in scripts Inter lacks, and the font family that must draw each (Debian's Noto
    /// fonts, installed by `scripts/deps.sh --test`; Linux only: Windows and macOS, and Wine,
    /// have fonts of their own).
    #[cfg(target_os = "linux")]
    const FOREIGN: [(&str, &str); 5] = [
        ("تمدد الحمامة، ثلاثون ثانية", "Noto Sans Arabic"),
        ("מתיחת היונה על הרצפה", "Noto Sans Hebrew"),
        ("鳩のポーズ、床で三十秒", "Noto Sans CJK"),
        ("坐姿四字伸展", "Noto Sans CJK"),
        ("🧘🐦", "Noto Color Emoji"),
    ];

    #[cfg(target_os = "linux")]
    #[test]
    fn every_script_shapes_to_real_glyphs_from_the_system_s_fonts() {
        let fonts = Fonts::load().unwrap();
        for (text, family) in FOREIGN {
            for weight in [Weight::Regular, Weight::SemiBold] {
                let glyphs = fonts.glyphs(text, 19.0, weight);
                assert!(!glyphs.is_empty(), "{text}");
                for glyph in &glyphs {
                    assert_ne!(
                        glyph.glyph_id, 0,
                        "\"{text}\" has a missing glyph in {:?} (are the fonts of \
                         scripts/deps.sh --test installed?)",
                        glyph.font_family
                    );
                }
                // Spaces and punctuation may come from another font; the letters from this one.
                assert!(
                    glyphs.iter().any(|g| g.font_family.starts_with(family)),
                    "{text}: {glyphs:?}"
                );
            }
        }
        // Mixed in a Latin line, Inter still draws the Latin letters.
        let mixed = fonts.glyphs("Pigeon 🐦 鳩", 14.0, Weight::Regular);
        assert_eq!(mixed[0].font_family, FAMILY);
        assert!(mixed.iter().all(|glyph| glyph.glyph_id != 0), "{mixed:?}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_drawn_frame_keeps_no_page_of_the_system_s_fonts_mapped_and_draws_alike_after() {
        let draw = |fonts: &Fonts, text: &str, weight: Weight| {
            let mut pixmap = Pixmap::new(320, 40).unwrap();
            fonts.draw_line(
                &mut pixmap,
                text,
                0.0,
                0.0,
                19.0,
                weight,
                Rgb(0, 0, 0),
                Align::Left,
            );
            pixmap
        };
        let fonts = Fonts::load().unwrap();
        let body = draw(&fonts, "鳩のポーズ、床で三十秒", Weight::Regular);
        let heading = draw(&fonts, "椅子で鳩のポーズ", Weight::SemiBold);
        assert!(
            fonts.resident_font_pages() > 0,
            "drawing Japanese read the CJK fonts"
        );
        fonts.release_font_pages();
        assert_eq!(fonts.resident_font_pages(), 0);
        // The same lines again (shaped anew, their glyphs' pixels cached), and glyphs never
        // drawn before (read from the file again), as a window that never let go draws them.
        assert_eq!(
            draw(&fonts, "鳩のポーズ、床で三十秒", Weight::Regular).data(),
            body.data()
        );
        assert_eq!(
            draw(&fonts, "椅子で鳩のポーズ", Weight::SemiBold).data(),
            heading.data()
        );
        let fresh = Fonts::load().unwrap();
        for weight in [Weight::Regular, Weight::SemiBold] {
            let text = "膝に鋭い痛みを感じたら中止";
            assert_eq!(
                draw(&fonts, text, weight).data(),
                draw(&fresh, text, weight).data()
            );
        }
    }

    #[test]
    fn english_never_lists_the_system_s_fonts() {
        let fonts = Fonts::load().unwrap();
        let mut pixmap = Pixmap::new(200, 40).unwrap();
        let text = "Seated figure four: hold 30 s – “breathe” • 1. café";
        fonts.wrap(text, 14.0, Weight::Regular, 120.0);
        fonts.draw_line(
            &mut pixmap,
            text,
            0.0,
            0.0,
            14.0,
            Weight::SemiBold,
            Rgb(0, 0, 0),
            Align::Left,
        );
        assert!(!fonts.listed_system_fonts());
        fonts.width("鳩", 14.0, Weight::Regular);
        assert!(fonts.listed_system_fonts());
    }

    #[test]
    fn fallback_fonts_follow_the_language_spoken_then_the_environment() {
        use crate::wording::Tag;
        assert_eq!(
            fallback_locale_for(Tag::Japanese, Some("zh_CN.UTF-8")),
            "ja"
        );
        assert_eq!(fallback_locale_for(Tag::Arabic, None), "ar");
        assert_eq!(
            fallback_locale_for(Tag::English, Some("zh_CN.UTF-8")),
            "zh-CN"
        );
        assert_eq!(fallback_locale_for(Tag::PseudoLong, Some("C")), "en-US");
        assert_eq!(fallback_locale_for(Tag::English, None), "en-US");
    }
}
