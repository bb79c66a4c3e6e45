//! The timer window in other languages, drawn by the real binary on a virtual X display and read
//! from its screenshots: in German at every phase (driven there by its keys), nothing cut (no ink
//! in the margins, the column ending above the button bar with space between); in English,
//! Arabic and Japanese, a screenshot each, Arabic reading from the right with the picture on the
//! right, Japanese with no character any font lacks. The layout's own tests
//! (`window::every_language` and the control window's and week picture's) check every screen in
//! every language without a display; this is the same seen as pixels. Each screenshot is kept
//! in `target/tmp/every-language/` to look at.

use crate::support;

use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};
use support::screen::{screenshot, Shot};
use support::timer_window::{open_in, Opened};

/// A stretch of one's own with German words and 5 s holds, so a whole routine ends done in
/// seconds.
const QUICK_GERMAN: &str = r#"
[[stretches.custom]]
id = "schnell"
name = "Schnelle Vierer-Dehnung im Sitzen"
position = "chair"
per_side = true
hold = "5s"
setup = "3s"
switch = "3s"
steps = ["Aufrecht auf die vordere Stuhlkante setzen.", "Den Knöchel über das andere Knie legen.", "Mit langem Rücken langsam nach vorn neigen."]
cue = "langsam nach vorn"
cautions = ["Bei stechendem Schmerz im Knie sofort aufhören."]
"#;

/// The space around everything, and the button bar's height (at scale 1 on Xvfb), as
/// `src/window/layout.rs` has them.
const MARGIN: usize = 22;
const BAR: usize = 60;
/// The bar's top rows, above its buttons: they stay clear of the column's last line.
const BAR_CLEAR: usize = 12;

/// Where the screenshots go, to be looked at.
fn shots_folder() -> std::path::PathBuf {
    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("every-language");
    std::fs::create_dir_all(&folder).expect("the screenshots' folder");
    folder
}

/// The window photographed, and kept as `name`.png.
fn photograph(desktop: &Desktop, window: &Opened, name: &str) -> Shot {
    std::thread::sleep(Duration::from_millis(400));
    let path = shots_folder().join(format!("{name}.png"));
    let saved = std::process::Command::new("import")
        .args(["-window", &window.id])
        .arg(&path)
        .env("DISPLAY", &desktop.display)
        .status()
        .expect("import");
    assert!(saved.success(), "import {name}");
    screenshot(desktop, &window.id)
}

/// Whether any pixel in `columns` × `rows` differs from the window's background.
fn inked(
    shot: &Shot,
    columns: std::ops::Range<usize>,
    rows: std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    let background = shot.pixel(1, 1);
    rows.flat_map(|y| columns.clone().map(move |x| (x, y)))
        .find(|&(x, y)| shot.pixel(x, y) != background)
}

/// Nothing in `shot` is cut: the margins all round are empty (no line runs into them, no
/// scrollbar shows), the rows either side of the bar's top are empty (the column ends above the
/// bar, apart from it, and no line runs under it), and there is text above the bar and buttons
/// in it.
fn assert_nothing_cut(shot: &Shot, name: &str) {
    let (width, height) = (shot.width, shot.height);
    assert!(
        width > 2 * MARGIN + 100 && height > BAR + 100,
        "{name}: {width}x{height}"
    );
    // The focus ring may reach 4 px into the margin, the countdown's ring never.
    let strip = MARGIN - 6;
    let bar_top = height - BAR;
    for (what, columns, rows) in [
        ("the left margin", 0..strip, 0..height),
        ("the right margin", width - strip..width, 0..height),
        ("the top margin", 0..width, 0..12),
        (
            "the bar above its buttons",
            0..width,
            bar_top..bar_top + BAR_CLEAR,
        ),
        // The bar is drawn over the column: a line it covers would be cut here.
        (
            "the rows just above the bar",
            0..width,
            bar_top - 3..bar_top,
        ),
    ] {
        if let Some((x, y)) = inked(shot, columns, rows) {
            panic!("{name}: ink in {what}, at ({x}, {y}) of {width}x{height}");
        }
    }
    assert!(
        inked(shot, MARGIN..width - MARGIN, bar_top - 40..bar_top).is_some(),
        "{name}: no text just above the bar"
    );
    assert!(
        inked(shot, MARGIN..width - MARGIN, height - 46..height - 14).is_some(),
        "{name}: no buttons in the bar"
    );
}

/// Waits until the screen the window shows last starts with `name`.
fn wait_last(window: &Opened, name: &str, timeout: Duration) {
    wait_for(timeout, || {
        window
            .screens()
            .last()
            .is_some_and(|screen| screen.starts_with(name))
    })
    .unwrap_or_else(|| panic!("no \"{name}\" screen; screens: {:?}", window.screens()));
}

#[test]
fn the_german_window_cuts_nothing_at_any_phase() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start_with_config(QUICK_GERMAN) else {
        return;
    };
    let second = Duration::from_secs(1);
    let window = open_in(
        &desktop,
        "seated-figure-four-chair",
        "light",
        false,
        Some("de"),
    );
    assert_nothing_cut(&photograph(&desktop, &window, "de-setup"), "setup");
    window.key(&desktop, "space");
    wait_last(&window, "hold right", 2 * second);
    assert_nothing_cut(&photograph(&desktop, &window, "de-hold"), "hold");
    // Past the hold's first moments, Space pauses and resumes.
    std::thread::sleep(2 * second);
    window.key(&desktop, "space");
    wait_last(&window, "paused", 2 * second);
    assert_nothing_cut(&photograph(&desktop, &window, "de-paused"), "paused");
    window.key(&desktop, "space");
    wait_last(&window, "hold right", 2 * second);
    window.key(&desktop, "Right");
    wait_last(&window, "switch left", 2 * second);
    assert_nothing_cut(
        &photograph(&desktop, &window, "de-switch-sides"),
        "switch sides",
    );
    window.key(&desktop, "space");
    wait_last(&window, "hold left", 2 * second);
    std::thread::sleep(2 * second);
    window.key(&desktop, "Return");
    wait_last(&window, "come-out", 2 * second);
    assert_nothing_cut(&photograph(&desktop, &window, "de-come-out"), "come out");
    window.key(&desktop, "Return");
    wait_last(&window, "stopped-early", 2 * second);
    assert_nothing_cut(
        &photograph(&desktop, &window, "de-stopped-early"),
        "stopped early",
    );
    window.close(&desktop);

    // Held whole, the routine ends done.
    let quick = open_in(&desktop, "schnell", "light", false, Some("de"));
    quick.key(&desktop, "space");
    wait_last(&quick, "done", 30 * second);
    assert_nothing_cut(&photograph(&desktop, &quick, "de-done"), "done");
    let log = quick.trace();
    quick.close(&desktop);
    assert!(!log.contains("no message"), "{log}");
}

/// The window in `language`, holding the right side of the seated figure four, photographed as
/// `language`.png after nothing is found cut; its log.
fn holding_in(desktop: &Desktop, language: &str) -> (Shot, String) {
    let window = open_in(
        desktop,
        "seated-figure-four-chair",
        "light",
        false,
        Some(language),
    );
    window.key(desktop, "space");
    wait_last(&window, "hold right", Duration::from_secs(2));
    let shot = photograph(desktop, &window, language);
    assert_nothing_cut(&shot, language);
    let log = window.trace();
    window.close(desktop);
    (shot, log)
}

/// The longest run of ink along one row in `rows`, as (first, last) column: the floor line the
/// picture stands on (the ring makes no long row).
fn longest_row_of_ink(shot: &Shot, rows: std::ops::Range<usize>) -> (usize, usize) {
    let background = shot.pixel(1, 1);
    let mut longest = (0, 0);
    for y in rows {
        let mut start = None;
        for x in 0..=shot.width {
            let ink = x < shot.width && shot.pixel(x, y) != background;
            match (ink, start) {
                (true, None) => start = Some(x),
                (false, Some(from)) => {
                    if x - from > longest.1 - longest.0 {
                        longest = (from, x);
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    longest
}

/// Where the picture is, in rows 60 to 220: its floor line's middle column.
fn picture_middle(shot: &Shot) -> usize {
    let (first, last) = longest_row_of_ink(shot, 60..220);
    assert!(
        last - first > 60,
        "no floor line under the picture: {first}..{last}"
    );
    (first + last) / 2
}

/// The title's line: 16 px down, 19 px text.
const TITLE_ROWS: std::ops::Range<usize> = 14..42;

#[test]
fn english_arabic_and_japanese_windows_read_as_their_language_does() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let (english, _) = holding_in(&desktop, "en");
    let (first, _) = english.ink_columns(TITLE_ROWS).expect("a title");
    assert!(
        (MARGIN - 2..MARGIN + 6).contains(&first),
        "en title at {first}"
    );

    let (arabic, log) = holding_in(&desktop, "ar");
    let width = arabic.width;
    let (first, last) = arabic.ink_columns(TITLE_ROWS).expect("a title");
    assert!(
        (width - MARGIN - 8..width - MARGIN + 2).contains(&last),
        "the Arabic title ends at {last} of {width}"
    );
    assert!(first > MARGIN + 20, "the Arabic title starts at {first}");
    assert!(
        picture_middle(&arabic) > width / 2,
        "the picture is not on the right"
    );
    assert!(!log.contains("shows as a box"), "{log}");

    let (_, log) = holding_in(&desktop, "ja");
    assert!(!log.contains("shows as a box"), "{log}");
    assert!(!log.contains("no message"), "{log}");
}
