//! The timer window as a person sees it: the real binary opens a real window on a virtual X
//! display; the test finds it by name, takes screenshots and reads their pixels, and types keys.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};

/// A screenshot as RGB rows.
struct Shot {
    width: usize,
    height: usize,
    rgb: Vec<u8>,
}

impl Shot {
    fn pixel(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 3;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    fn distinct_colours(&self) -> usize {
        let mut colours: Vec<[u8; 3]> = self.rgb.chunks(3).map(|c| [c[0], c[1], c[2]]).collect();
        colours.sort_unstable();
        colours.dedup();
        colours.len()
    }

    /// The pixels of the countdown and its ring (right half, upper part, at scale 1).
    fn countdown_region(&self) -> Vec<[u8; 3]> {
        let mut region = Vec::new();
        for y in 60..175.min(self.height) {
            for x in 240..360.min(self.width) {
                region.push(self.pixel(x, y));
            }
        }
        region
    }
}

fn screenshot(desktop: &Desktop, window: &str) -> Shot {
    let output = Command::new("import")
        .args(["-window", window, "-depth", "8", "ppm:-"])
        .env("DISPLAY", &desktop.display)
        .output()
        .expect("import");
    assert!(
        output.status.success(),
        "import failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse_ppm(&output.stdout)
}

/// Parses a binary PPM (P6, maxval 255).
fn parse_ppm(bytes: &[u8]) -> Shot {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let rgb = bytes[at + 1..].to_vec();
    assert_eq!(rgb.len(), width * height * 3);
    Shot { width, height, rgb }
}

fn xdotool(desktop: &Desktop, args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &desktop.display)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Gives the window keyboard focus (no window manager runs under Xvfb) and lets it settle.
fn focus(desktop: &Desktop, window: &str) {
    xdotool(desktop, &["windowfocus", window]);
    std::thread::sleep(Duration::from_millis(300));
}

fn open_window(desktop: &Desktop, id: &str, theme: &str) -> (Child, String) {
    let mut command = desktop.limber();
    command
        .env("LIMBER_THEME", theme)
        .args(["stretch", "--here", id])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let child = command.spawn().expect("open the window");
    let window = xdotool(desktop, &["search", "--sync", "--name", "limber"]);
    let window = window.lines().next().expect("a window").to_string();
    // Give it time to map and present its first frame.
    std::thread::sleep(Duration::from_millis(500));
    (child, window)
}

#[test]
fn the_window_counts_down_pauses_on_space_and_closes_on_escape() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let (mut child, window) = open_window(&desktop, "seated-figure-four-chair", "light");
    assert!(
        xdotool(&desktop, &["getwindowname", &window]).starts_with("limber — Seated figure four")
    );

    let first = screenshot(&desktop, &window);
    assert!(
        (420..=500).contains(&first.width) && (320..=400).contains(&first.height),
        "{}x{}",
        first.width,
        first.height
    );
    assert!(first.distinct_colours() > 20, "the window looks blank");
    std::thread::sleep(Duration::from_millis(1200));
    let second = screenshot(&desktop, &window);
    assert_ne!(
        first.countdown_region(),
        second.countdown_region(),
        "the countdown did not move"
    );

    focus(&desktop, &window);
    // Space says "I'm in position" and starts the hold; pressed again after the hold's first
    // moments, it pauses.
    xdotool(&desktop, &["key", "space"]);
    std::thread::sleep(Duration::from_millis(1700));
    xdotool(&desktop, &["key", "space"]);
    std::thread::sleep(Duration::from_millis(300));
    let paused = screenshot(&desktop, &window);
    std::thread::sleep(Duration::from_millis(1200));
    let still = screenshot(&desktop, &window);
    assert_eq!(
        paused.countdown_region(),
        still.countdown_region(),
        "the countdown moved while paused"
    );

    xdotool(&desktop, &["key", "Escape"]);
    wait_for(Duration::from_secs(5), || {
        matches!(child.try_wait(), Ok(Some(_)))
    })
    .expect("Escape closes the window");
    assert!(child.wait().unwrap().success());
    let history =
        std::fs::read_to_string(desktop.history_file()).expect("history written without a daemon");
    assert!(history.contains("\"event\":\"cancelled\""), "{history}");
    assert!(
        history.contains("\"stretch\":\"seated-figure-four-chair\""),
        "{history}"
    );
}

#[test]
fn stopping_after_a_few_seconds_is_recorded_as_stopped_early_with_the_seconds_held() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let (mut child, window) = open_window(&desktop, "standing-forward-fold", "dark");
    let shot = screenshot(&desktop, &window);
    // Dark theme: the background is dark.
    let [r, g, b] = shot.pixel(5, 5);
    assert!(
        u32::from(r) + u32::from(g) + u32::from(b) < 150,
        "not dark: {r},{g},{b}"
    );
    // Skip the setup, hold for a moment, then Enter ends the hold and again skips coming out.
    focus(&desktop, &window);
    xdotool(&desktop, &["key", "Right"]);
    std::thread::sleep(Duration::from_millis(2300));
    xdotool(&desktop, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&desktop, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&desktop, &["key", "Escape"]);
    wait_for(Duration::from_secs(5), || {
        matches!(child.try_wait(), Ok(Some(_)))
    })
    .expect("the window closes");
    let history = std::fs::read_to_string(desktop.history_file()).expect("history");
    let event: serde_json::Value = serde_json::from_str(history.lines().last().unwrap()).unwrap();
    assert_eq!(event["event"], "stopped_early", "{history}");
    assert_eq!(event["v"], 2, "{history}");
    assert_eq!(event["hold_secs"], 30, "{history}");
    let held = event["held_secs"].as_u64().unwrap();
    assert!(
        (2..=3).contains(&held),
        "held {held} s, expected about 2: {history}"
    );
}
