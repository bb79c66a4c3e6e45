//! Custom stretches named and described in scripts the bundled Inter font lacks, drawn by the real
//! window on a virtual X display: Arabic, in a window speaking Arabic (right to left, the window
//! mirrored: the language decides, not the stretch), Japanese with an emoji in the name. The window warns of every character no font draws ("… shows as a box"),
//! so none may be warned of; the screenshots are read for where the text is and for the
//! emoji's colours; the Japanese window must not keep the pages of the CJK fonts it read mapped
//! (`src/window/font_pages.rs`). Needs the fonts of `scripts/deps.sh --test` (Debian's Noto fonts).

use crate::support;

use std::process::{Child, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};
use support::screen::{screenshot, Shot};

const ARABIC: &str = r#"
[[stretches.custom]]
id = "rtl"
name = "تمدد الحمامة على الكرسي"
position = "chair"
per_side = true
steps = ["اجلس مستقيماً على حافة الكرسي.", "ضع كاحلك {side} فوق ركبتك {other}.", "انحنِ إلى الأمام ببطء مع إبقاء ظهرك مستقيماً."]
cue = "انحنِ ببطء"
cautions = ["توقف إذا شعرت بألم حاد في الركبة."]
"#;

const JAPANESE: &str = r#"
[[stretches.custom]]
id = "cjk"
name = "🧘 椅子で鳩のポーズ"
position = "chair"
per_side = true
steps = ["椅子の前の方に背筋を伸ばして座ります。", "{side}の足首を{other}の膝の上に乗せます。", "背中をまっすぐにしたまま、ゆっくり前に倒れます。"]
cue = "ゆっくり前へ"
cautions = ["膝に鋭い痛みを感じたら中止してください。"]
"#;

/// A window showing custom stretch `id` in `language`, its stderr, and its screenshot once the
/// setup shows.
struct Shown {
    child: Child,
    stderr: std::path::PathBuf,
    shot: Shot,
}

fn show(desktop: &Desktop, id: &str, language: &str) -> Shown {
    let stderr = desktop.path().join(format!("stderr-{id}.txt"));
    let child = desktop
        .limber()
        .env("LIMBER_THEME", "light")
        .env("LANGUAGE", language)
        .env("LIMBER_TRACE_WINDOW", "1")
        .env("LIMBER_REDUCED_MOTION", "1")
        .args(["stretch", "--here", id])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("open the window");
    let window = desktop.xdotool(&["search", "--sync", "--name", "limber"]);
    let window = window.lines().next().expect("a window").to_string();
    wait_for(Duration::from_secs(10), || {
        std::fs::read_to_string(&stderr)
            .unwrap_or_default()
            .contains("limber-window: screen setup")
    })
    .expect("the setup screen");
    std::thread::sleep(Duration::from_millis(500));
    let shot = screenshot(desktop, &window);
    Shown {
        child,
        stderr,
        shot,
    }
}

impl Shown {
    /// Closes the window; what it wrote to stderr.
    fn close(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

/// How many pixels in rows `top..bottom` are strongly coloured (the text is grey).
fn coloured_pixels(shot: &Shot, top: usize, bottom: usize) -> usize {
    (top..bottom)
        .flat_map(|y| (0..shot.width).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let [r, g, b] = shot.pixel(x, y);
            r.max(g).max(b) - r.min(g).min(b) > 90
        })
        .count()
}

/// KiB of the system's font files (under `/usr/share/fonts`) mapped in process `pid`: the least
/// of three looks 100 ms apart, as a frame being drawn maps some for a moment.
fn mapped_font_kib(pid: u32) -> u64 {
    let look = || {
        let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).expect("smaps");
        let mut font = false;
        let mut kib = 0;
        for line in smaps.lines() {
            if let Some(rss) = line.strip_prefix("Rss:") {
                let rss: u64 = rss
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .expect("Rss");
                kib += if font { rss } else { 0 };
            } else if line
                .split_whitespace()
                .next()
                .is_some_and(|first| first.contains('-'))
            {
                font = line.contains("/usr/share/fonts/");
            }
        }
        kib
    };
    (0..3)
        .map(|_| {
            std::thread::sleep(Duration::from_millis(100));
            look()
        })
        .min()
        .unwrap_or(0)
}

/// The title's line: 16 px down, 19 px text (at scale 1 on Xvfb).
const TITLE_ROWS: (usize, usize) = (14, 42);

#[test]
fn an_arabic_stretch_is_shaped_without_boxes_and_its_window_reads_right_to_left() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start_with_config(ARABIC) else {
        return;
    };
    let shown = show(&desktop, "rtl", "ar");
    let (first, last) = shown
        .shot
        .ink_columns(TITLE_ROWS.0..TITLE_ROWS.1)
        .expect("a title");
    let width = shown.shot.width;
    // The title ends at the right margin (22 px) and starts well away from the left one.
    assert!(
        (width - 30..width - 18).contains(&last),
        "the title ends at {last} of {width}"
    );
    assert!(first > 60, "the title starts at {first} of {width}");
    let stderr = shown.close();
    assert!(!stderr.contains("shows as a box"), "{stderr}");
    assert!(stderr.contains("limber-window: screen setup"), "{stderr}");
}

#[test]
fn a_japanese_stretch_with_an_emoji_is_shaped_without_boxes() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start_with_config(JAPANESE) else {
        return;
    };
    let shown = show(&desktop, "cjk", "ja");
    let (first, _) = shown
        .shot
        .ink_columns(TITLE_ROWS.0..TITLE_ROWS.1)
        .expect("a title");
    assert!((18..30).contains(&first), "the title starts at {first}");
    // The emoji is drawn in its own colours, not as a grey box.
    let coloured = coloured_pixels(&shown.shot, TITLE_ROWS.0, TITLE_ROWS.1);
    assert!(coloured > 40, "{coloured} coloured pixels in the title");
    // What drawing read of the CJK fonts is not kept mapped (8 MiB of them were, bench/README.md).
    let fonts = mapped_font_kib(shown.child.id());
    assert!(fonts <= 256, "{fonts} KiB of font files mapped");
    let stderr = shown.close();
    assert!(!stderr.contains("shows as a box"), "{stderr}");
}
