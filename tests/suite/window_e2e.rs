//! The timer window as a person sees it: the real binary opens a real window on a virtual X
//! display; the test finds it by name, types keys, takes screenshots and reads their pixels, and
//! follows the screens the window traces (`LIMBER_TRACE_WINDOW`) to know what it shows when.
//! Where it opens is checked on a headless sway with two outputs, natively and through
//! Xwayland.

use crate::support;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::desktop::{require, wait_for, Desktop};
use support::screen::{screenshot, Shot};
use support::sway::{as_user, session_user};
use support::timer_window::open_window;

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
    assert!(desktop
        .xdotool(&["getwindowname", &window.id])
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
    assert_eq!(record["v"], 3, "{record}");
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

/// A headless sway with two 800×600 outputs side by side (HEADLESS-1 at x 0, HEADLESS-2 at
/// x 800) and Xwayland, whose X server sees them as two monitors. sway refuses to run as root, so
/// as root it runs as the throwaway user `limbertest`, and so do the programs the test runs in
/// it. Killed when dropped.
struct TwoOutputs {
    sway: Child,
    runtime: tempfile::TempDir,
    /// The user programs run as: `limbertest` when the test runs as root.
    user: Option<(u32, u32)>,
}

impl Drop for TwoOutputs {
    fn drop(&mut self) {
        let _ = self.sway.kill();
        let _ = self.sway.wait();
    }
}

impl TwoOutputs {
    fn start() -> Option<TwoOutputs> {
        if !require(&["sway", "swaymsg", "Xwayland", "xdotool", "xprop"]) {
            return None;
        }
        let runtime = tempfile::tempdir().unwrap();
        std::fs::write(
            runtime.path().join("sway.conf"),
            "output HEADLESS-1 resolution 800x600 position 0 0\n\
             output HEADLESS-2 resolution 800x600 position 800 0\n\
             xwayland enable\n",
        )
        .unwrap();
        let user = session_user(runtime.path());
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(runtime.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let mut command = Command::new("sway");
        command
            .arg("-c")
            .arg(runtime.path().join("sway.conf"))
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env("WLR_BACKENDS", "headless")
            .env("WLR_HEADLESS_OUTPUTS", "2")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .env("WLR_RENDERER", "pixman")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        as_user(&mut command, user);
        let sway = command.spawn().expect("start sway");
        let outputs = TwoOutputs {
            sway,
            runtime,
            user,
        };
        wait_for(Duration::from_secs(10), || outputs.ipc_socket().is_some())
            .expect("sway opened no IPC socket");
        Some(outputs)
    }

    fn ipc_socket(&self) -> Option<PathBuf> {
        std::fs::read_dir(self.runtime.path())
            .ok()?
            .flatten()
            .map(|entry| entry.path())
            .find(|path| {
                path.file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with("sway-ipc."))
            })
    }

    fn swaymsg(&self, args: &[&str]) -> String {
        let output = Command::new("swaymsg")
            .arg("-s")
            .arg(self.ipc_socket().expect("sway's socket"))
            .args(args)
            .output()
            .expect("swaymsg");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Xwayland's display, as sway tells the programs it starts.
    fn x_display(&self) -> String {
        let file = self.runtime.path().join("display");
        self.swaymsg(&["exec", &format!("echo $DISPLAY > {}", file.display())]);
        wait_for(Duration::from_secs(5), || {
            std::fs::read_to_string(&file).is_ok_and(|text| text.trim().starts_with(':'))
        })
        .expect("sway told no X display");
        std::fs::read_to_string(&file).unwrap().trim().to_string()
    }

    /// A command run as the session's user, in its runtime folder.
    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.runtime.path())
            .env("XDG_RUNTIME_DIR", self.runtime.path())
            .env("XDG_CONFIG_HOME", self.runtime.path().join("config"))
            .env("XDG_DATA_HOME", self.runtime.path().join("data"))
            .env("XDG_STATE_HOME", self.runtime.path().join("state"))
            .env("LIMBER_REDUCED_MOTION", "1");
        as_user(&mut command, self.user);
        command
    }

    /// Runs `program` with `args` as the session's user on X display `display`; its output.
    fn x11(&self, display: &str, program: &str, args: &[&str]) -> String {
        let output = self
            .command(program)
            .env("DISPLAY", display)
            .args(args)
            .output()
            .unwrap_or_else(|error| panic!("{program}: {error}"));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Opens the timer window with `variable` (`DISPLAY` or `WAYLAND_DISPLAY`) set to
    /// `display`, waits until sway maps it, and hands it to `look` before closing it.
    fn with_timer_window<T>(&self, variable: &str, display: &str, look: impl FnOnce() -> T) -> T {
        // The binary this test build made, or the one `LIMBER_BIN` names (as `Desktop` does).
        let binary = std::env::var("LIMBER_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_limber").to_string());
        let mut window = self
            .command(&binary)
            .env(variable, display)
            .args(["stretch", "--here", "seated-figure-four-chair"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("open the window");
        let mapped = wait_for(Duration::from_secs(15), || {
            self.output_of_window().is_some()
        });
        let seen = mapped.map(|()| look());
        let _ = window.kill();
        let _ = window.wait();
        // Gone from the tree before the next one opens.
        wait_for(Duration::from_secs(5), || self.output_of_window().is_none());
        seen.expect("the timer window never appeared in sway's tree")
    }

    /// The output holding the window named "limber — …", if one is mapped.
    fn output_of_window(&self) -> Option<String> {
        let tree: serde_json::Value =
            serde_json::from_str(&self.swaymsg(&["-t", "get_tree", "-r"])).ok()?;
        fn find(node: &serde_json::Value, output: Option<&str>) -> Option<String> {
            let output = match node["type"].as_str() {
                Some("output") => node["name"].as_str(),
                _ => output,
            };
            if node["name"]
                .as_str()
                .is_some_and(|name| name.starts_with("limber — "))
                && node["pid"].is_number()
            {
                return output.map(str::to_string);
            }
            ["nodes", "floating_nodes"]
                .iter()
                .filter_map(|list| node[list].as_array())
                .flatten()
                .find_map(|child| find(child, output))
        }
        find(&tree, None)
    }
}

/// The position a window asks the X11 window manager for: "user specified location: X, Y" in
/// its `WM_NORMAL_HINTS`, which window managers that place windows themselves (GNOME's Mutter,
/// KWin, Xfwm) honour. sway tiles X11 windows where it likes, so this reads the request.
fn requested_location(hints: &str) -> (i32, i32) {
    let location = hints
        .lines()
        .find_map(|line| line.trim().strip_prefix("user specified location: "))
        .unwrap_or_else(|| panic!("no location asked for: {hints}"));
    let (x, y) = location.split_once(", ").expect("X, Y");
    (x.parse().unwrap(), y.parse().unwrap())
}

#[test]
fn on_x11_the_window_asks_for_the_monitor_with_the_pointer() {
    let Some(sway) = TwoOutputs::start() else {
        return;
    };
    let display = sway.x_display();
    let monitors = sway.x11(&display, "xrandr", &["--listmonitors"]);
    assert!(monitors.starts_with("Monitors: 2"), "{monitors}");
    let asked_with_pointer_at = |x: &str| {
        sway.x11(&display, "xdotool", &["mousemove", x, "300"]);
        sway.with_timer_window("DISPLAY", &display, || {
            let window = sway.x11(&display, "xdotool", &["search", "--name", "^limber"]);
            let window = window.lines().next().expect("the X window").to_string();
            requested_location(&sway.x11(&display, "xprop", &["-id", &window, "WM_NORMAL_HINTS"]))
        })
    };
    // sway's focus stays on the first output throughout: the pointer alone decides.
    let (x, y) = asked_with_pointer_at("1200");
    assert!(
        (800..1600).contains(&x) && (0..600).contains(&y),
        "asked for {x}, {y}"
    );
    let (x, _) = asked_with_pointer_at("300");
    assert!((0..800).contains(&x), "asked for x {x}");
}

#[test]
fn on_wayland_the_compositor_opens_the_window_on_the_focused_output() {
    let Some(sway) = TwoOutputs::start() else {
        return;
    };
    let wayland = sway.runtime.path().join("wayland-1");
    let wayland = wayland.to_str().unwrap();
    for output in ["HEADLESS-2", "HEADLESS-1"] {
        sway.swaymsg(&["focus", "output", output]);
        let shown_on = sway.with_timer_window("WAYLAND_DISPLAY", wayland, || {
            sway.output_of_window().unwrap_or_default()
        });
        assert_eq!(shown_on, output);
    }
}

#[test]
fn the_window_carries_limber_s_name_and_icon_even_uninstalled() {
    if !require(&["xprop"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let window = open_window(&desktop, "pigeon-pose", "light", false);
    let xprop = |property: &str| {
        let output = Command::new("xprop")
            .args(["-id", &window.id, property])
            .env("DISPLAY", &desktop.display)
            .output()
            .expect("xprop");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert_eq!(
        xprop("WM_CLASS").trim(),
        r#"WM_CLASS(STRING) = "limber", "limber""#
    );
    // xprop draws the icon in characters, a space for each transparent pixel: limber's 64 px
    // icon, mostly drawn.
    let icon = xprop("_NET_WM_ICON");
    assert!(icon.contains("Icon (64 x 64):"), "no icon: {icon}");
    let drawn = icon
        .lines()
        .skip_while(|line| !line.contains("Icon (64 x 64):"))
        .skip(1)
        .take(64)
        .map(|line| {
            line.trim_start_matches('\t')
                .chars()
                .filter(|c| *c != ' ')
                .count()
        })
        .sum::<usize>();
    assert!(drawn > 64 * 64 / 10, "{drawn} pixels drawn:\n{icon}");
    window.close(&desktop);
}
