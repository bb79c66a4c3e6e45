//! The timer window as a person sees it: the real binary opens a real window on a virtual X
//! display; the test finds it by name, types keys, takes screenshots and reads their pixels, and
//! follows the screens the window traces (`LIMBER_TRACE_WINDOW`) to know what it shows when.

mod support;

use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use support::desktop::{require, wait_for, Desktop};
use support::screen::{screenshot, xdotool, Shot};

/// The pixels of the countdown and its ring (right half, upper part, at scale 1).
fn countdown_region(shot: &Shot) -> Vec<[u8; 3]> {
    let mut region = Vec::new();
    for y in 60..180.min(shot.height) {
        for x in 250..400.min(shot.width) {
            region.push(shot.pixel(x, y));
        }
    }
    region
}

/// A timer window under test, and what it traces.
struct Opened {
    child: Child,
    id: String,
    trace: PathBuf,
}

impl Opened {
    fn trace(&self) -> String {
        std::fs::read_to_string(&self.trace).unwrap_or_default()
    }

    /// The screens shown so far, in order ("setup right steps=4", "hold right", …).
    fn screens(&self) -> Vec<String> {
        self.trace()
            .lines()
            .filter_map(|line| line.strip_prefix("limber-window: screen "))
            .map(str::to_string)
            .collect()
    }

    fn frames(&self) -> usize {
        self.trace()
            .lines()
            .filter(|line| *line == "limber-window: frame")
            .count()
    }

    /// Waits until the window shows a screen starting with `name`; panics with the trace if it
    /// does not within `timeout`.
    fn wait_screen(&self, name: &str, timeout: Duration) {
        wait_for(timeout, || {
            self.screens().iter().any(|screen| screen.starts_with(name))
        })
        .unwrap_or_else(|| panic!("no \"{name}\" screen; screens: {:?}", self.screens()));
    }

    fn key(&self, desktop: &Desktop, key: &str) {
        xdotool(desktop, &["key", "--window", &self.id, key]);
    }

    /// Closes the window with Escape and waits for it to end.
    fn close(mut self, desktop: &Desktop) {
        self.key(desktop, "Escape");
        wait_for(Duration::from_secs(5), || {
            matches!(self.child.try_wait(), Ok(Some(_)))
        })
        .expect("Escape closes the window");
        assert!(self.child.wait().unwrap().success());
    }
}

/// Opens the window for `id` in `theme`, with `motion` (false: LIMBER_REDUCED_MOTION=1), and
/// gives it the keyboard (no window manager runs under Xvfb).
fn open_window(desktop: &Desktop, id: &str, theme: &str, motion: bool) -> Opened {
    let trace = desktop.path().join(format!("trace-{id}-{theme}.txt"));
    let mut command = desktop.limber();
    command
        .env("LIMBER_THEME", theme)
        .env("LIMBER_TRACE_WINDOW", "1")
        .args(["stretch", "--here", id])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&trace).expect("trace file"));
    if !motion {
        command.env("LIMBER_REDUCED_MOTION", "1");
    }
    let child = command.spawn().expect("open the window");
    let window = xdotool(desktop, &["search", "--sync", "--name", "limber"]);
    let id = window.lines().next().expect("a window").to_string();
    let opened = Opened { child, id, trace };
    opened.wait_screen("setup", Duration::from_secs(10));
    xdotool(desktop, &["windowfocus", &opened.id]);
    std::thread::sleep(Duration::from_millis(300));
    opened
}

/// The last history line, parsed.
fn last_record(desktop: &Desktop) -> serde_json::Value {
    let history =
        std::fs::read_to_string(desktop.history_file()).expect("history written without a daemon");
    serde_json::from_str(history.lines().last().expect("a line")).expect("JSON")
}

/// A config whose only stretch holds 5 s a side, so a whole routine takes seconds.
const QUICK: &str = r#"
[stretches]
positions = ["chair"]
[[stretches.custom]]
id = "quick"
name = "Quick figure four"
position = "chair"
per_side = true
hold = "5s"
setup = "4s"
switch = "3s"
steps = ["Sit tall.", "Rest your {side} ankle on your {other} thigh.", "Lean forward slowly."]
cue = "ankle over the other thigh"
"#;

#[test]
fn the_setup_shows_every_step_before_the_clock_starts_and_space_starts_the_hold() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let window = open_window(&desktop, "seated-figure-four-chair", "light", false);
    assert!(xdotool(&desktop, &["getwindowname", &window.id])
        .starts_with("limber — Seated figure four"));
    assert_eq!(window.screens()[0], "setup right steps=4");

    let setup = screenshot(&desktop, &window.id);
    assert!(
        setup.width >= 420 && setup.height >= 480,
        "{}x{}",
        setup.width,
        setup.height
    );
    // The numbered steps and the cautions fill the lower part with text.
    assert!(
        setup.colours_between(230, setup.height - 70) > 20,
        "no text under the picture"
    );
    std::thread::sleep(Duration::from_millis(1200));
    let later = screenshot(&desktop, &window.id);
    assert_ne!(
        countdown_region(&setup),
        countdown_region(&later),
        "the setup countdown did not move"
    );
    assert_eq!(window.screens().len(), 1, "{:?}", window.screens());

    // Space: in position. The hold starts at once, naming the side; the same key again at once
    // does nothing (the hold's first moments are guarded), and later pauses.
    window.key(&desktop, "space");
    window.wait_screen("hold right", Duration::from_secs(2));
    window.key(&desktop, "space");
    std::thread::sleep(Duration::from_millis(1800));
    assert!(
        !window.screens().iter().any(|s| s == "paused"),
        "a second Space right after \"in position\" paused the hold: {:?}",
        window.screens()
    );
    window.key(&desktop, "space");
    window.wait_screen("paused", Duration::from_secs(2));
    let paused = screenshot(&desktop, &window.id);
    std::thread::sleep(Duration::from_millis(1200));
    let still = screenshot(&desktop, &window.id);
    assert_eq!(
        countdown_region(&paused),
        countdown_region(&still),
        "the countdown moved while paused"
    );
    window.close(&desktop);
    let record = last_record(&desktop);
    assert_eq!(record["event"], "cancelled", "{record}");
    assert_eq!(record["stretch"], "seated-figure-four-chair", "{record}");
    let held = record["held_secs"].as_u64().unwrap();
    assert!((1..=3).contains(&held), "held {held} s: {record}");
}

#[test]
fn stopping_after_a_few_seconds_is_said_kindly_and_recorded_as_stopped_early() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let window = open_window(&desktop, "standing-forward-fold", "dark", false);
    let shot = screenshot(&desktop, &window.id);
    let [r, g, b] = shot.pixel(5, 5);
    assert!(
        u32::from(r) + u32::from(g) + u32::from(b) < 150,
        "not dark: {r},{g},{b}"
    );
    // In position, hold a moment, then Enter ends the hold (coming out) and again the routine.
    window.key(&desktop, "Right");
    window.wait_screen("hold", Duration::from_secs(2));
    std::thread::sleep(Duration::from_millis(2300));
    window.key(&desktop, "Return");
    window.wait_screen("come-out", Duration::from_secs(2));
    window.key(&desktop, "Return");
    window.wait_screen("stopped-early", Duration::from_secs(2));
    assert!(!window.screens().iter().any(|s| s == "done"));
    window.close(&desktop);
    let record = last_record(&desktop);
    assert_eq!(record["event"], "stopped_early", "{record}");
    assert_eq!(record["v"], 2, "{record}");
    assert_eq!(record["hold_secs"], 30, "{record}");
    let held = record["held_secs"].as_u64().unwrap();
    assert!((2..=3).contains(&held), "held {held} s: {record}");
    assert_eq!(record["sides_secs"], serde_json::json!([held]), "{record}");
}

#[test]
fn the_done_screen_comes_only_after_every_side_is_held_in_full() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(QUICK);
    let window = open_window(&desktop, "quick", "light", false);
    let started = Instant::now();
    // Nothing pressed: the setup runs out, the right side is held, the switch runs out, the
    // left side is held, the come-out runs out.
    window.wait_screen("done", Duration::from_secs(40));
    let took = started.elapsed();
    let screens: Vec<String> = window
        .screens()
        .into_iter()
        .map(|s| s.split(" steps=").next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        screens,
        [
            "setup right",
            "hold right",
            "switch left",
            "hold left",
            "come-out",
            "done"
        ]
    );
    // 4 s setup, 5 s right, 3 s switch, 5 s left, 5 s come-out.
    assert!(took >= Duration::from_secs(21), "done after {took:?}");
    window.close(&desktop);
    let record = last_record(&desktop);
    assert_eq!(record["event"], "done", "{record}");
    assert_eq!(record["held_secs"], 10, "{record}");
}

#[test]
fn the_picture_moves_for_two_seconds_at_most_thirty_frames_a_second_then_rests() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // No settings portal on the test bus: the desktop cannot ask for stillness, so it moves.
    let moving = open_window(&desktop, "pigeon-pose", "light", true);
    std::thread::sleep(Duration::from_millis(2600));
    let first = moving.frames();
    std::thread::sleep(Duration::from_secs(3));
    let after = moving.frames() - first;
    assert!(
        (10..=66).contains(&first),
        "{first} frames in the first 2.6 s (at most 30 a second for 2 s, plus the countdown)"
    );
    assert!(
        after <= 5,
        "{after} frames in the 3 s after the move: only the countdown's seconds should wake it"
    );
    moving.close(&desktop);

    let still = open_window(&desktop, "pigeon-pose", "dark", false);
    std::thread::sleep(Duration::from_millis(2600));
    assert!(
        still.frames() <= 5,
        "{} frames with reduced motion",
        still.frames()
    );
    still.close(&desktop);
}
