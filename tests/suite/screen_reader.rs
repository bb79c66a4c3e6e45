//! A screen reader following a stretch, end to end: the real timer window on a virtual X display,
//! the real AT-SPI bus (`at-spi-bus-launcher` on the test's private session bus), and a small
//! python3-pyatspi script ([`support/atspi_probe.py`]) reading it as Orca would. The window must
//! stay off the accessibility bus until `org.a11y.Status.IsEnabled` is true; then its tree has
//! the stretch's name, headings, lists and named push buttons, pressing "I'm in position"
//! through AT-SPI raises an announcement of the hold, and pressing Pause pauses the countdown.
//! In the week picture, a screen reader moving its focus to an hour moves the window's there.

use crate::support;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};

const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";
const PYTHON: &str = "/usr/bin/python3";

/// A stretch whose setup is long enough to look at before it starts the hold by itself.
const SLOW_SETUP: &str = r#"
[stretches]
positions = ["chair"]
[[stretches.custom]]
id = "quick"
name = "Quick figure four"
position = "chair"
per_side = true
hold = "20s"
setup = "40s"
switch = "3s"
steps = ["Sit tall.", "Rest your {side} ankle on your {other} thigh.", "Lean forward slowly."]
cue = "ankle over the other thigh"
"#;

/// The AT-SPI bus launcher, in a process group of its own so the accessibility bus and the
/// registry it starts end with it.
struct Accessibility(Child);

impl Accessibility {
    fn start(desktop: &Desktop) -> Accessibility {
        use std::os::unix::process::CommandExt;
        let child = Command::new(LAUNCHER)
            .arg("--launch-immediately")
            .env("DBUS_SESSION_BUS_ADDRESS", desktop.bus.address())
            .env("DISPLAY", &desktop.display)
            .env("HOME", desktop.path())
            .env("XDG_RUNTIME_DIR", desktop.path().join("runtime"))
            // It keeps IsEnabled in GSettings; with no dconf on the private bus a write fails
            // and it sets IsEnabled back to false at once.
            .env("GSETTINGS_BACKEND", "memory")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start at-spi-bus-launcher");
        desktop.bus.wait_for_owner("org.a11y.Bus");
        Accessibility(child)
    }

    /// Sets `org.a11y.Status.IsEnabled`, as a desktop does when a screen reader starts.
    fn enable(&self, desktop: &Desktop) {
        let bus = desktop.bus.connect();
        let status =
            zbus::blocking::Proxy::new(&bus, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Status")
                .expect("org.a11y.Status");
        status
            .set_property("IsEnabled", true)
            .expect("set IsEnabled");
    }
}

impl Drop for Accessibility {
    fn drop(&mut self) {
        // The whole group: the launcher, the accessibility bus and the registry.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.wait();
    }
}

/// Runs the probe in `mode` against the window titled `title`, for at most a minute; its output,
/// and whether it passed.
fn probe(desktop: &Desktop, mode: &str, title: &str) -> (bool, String) {
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/suite/support/atspi_probe.py");
    // Bounded from outside too: a probe stuck in a D-Bus call is killed and its output shown.
    let output = Command::new("timeout")
        .args(["--kill-after=5", "60", PYTHON])
        .arg(script)
        .args([mode, title])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", desktop.path())
        .env("DISPLAY", &desktop.display)
        .env("DBUS_SESSION_BUS_ADDRESS", desktop.bus.address())
        .output()
        .expect("run the AT-SPI probe");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), said)
}

fn pyatspi_installed() -> bool {
    Command::new(PYTHON)
        .args(["-c", "import pyatspi"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Whether the tests can run here: the display, the bus, AT-SPI and pyatspi (which CI must
/// have).
fn can_run() -> bool {
    if !require(&["dbus-daemon", "Xvfb"]) {
        return false;
    }
    let installed = std::path::Path::new(LAUNCHER).exists() && pyatspi_installed();
    if !installed {
        if std::env::var_os("CI").is_some() {
            panic!("CI must have at-spi2-core and python3-pyatspi (scripts/deps.sh --test)");
        }
        eprintln!("skipped: at-spi2-core or python3-pyatspi not installed");
    }
    installed
}

#[test]
fn a_screen_reader_moving_to_an_hour_of_the_week_moves_the_pictures_focus() {
    if !can_run() {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let accessibility = Accessibility::start(&desktop);
    accessibility.enable(&desktop);
    let trace = desktop.path().join("week.txt");
    let mut window = desktop
        .limber()
        .env("LIMBER_TRACE_WINDOW", "1")
        .args(["stats", "--week", "--show"])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&trace).expect("trace file"))
        .spawn()
        .expect("open the week picture");
    let traced = || std::fs::read_to_string(&trace).unwrap_or_default();
    let (focused, said) = probe(&desktop, "focus-cell", "limber — your week");
    let cell = said
        .lines()
        .find_map(|line| line.strip_prefix("cell: "))
        .unwrap_or_default()
        .to_string();
    let moved = focused
        && wait_for(Duration::from_secs(5), || {
            traced()
                .lines()
                .any(|line| line == format!("limber-week: detail {cell}"))
        })
        .is_some();
    let _ = window.kill();
    let _ = window.wait();
    assert!(
        moved,
        "the picture's focus did not follow:\n{said}\nwindow trace:\n{}",
        traced()
    );
}

#[test]
fn a_screen_reader_reads_the_window_hears_the_hold_and_pauses_it() {
    if !can_run() {
        return;
    }
    let Some(desktop) = Desktop::start_with_config(SLOW_SETUP) else {
        return;
    };
    let accessibility = Accessibility::start(&desktop);
    let trace = desktop.path().join("trace.txt");
    let mut window = desktop
        .limber()
        .env("LIMBER_TRACE_WINDOW", "1")
        .args(["stretch", "--here", "quick"])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&trace).expect("trace file"))
        .spawn()
        .expect("open the window");
    let traced = || std::fs::read_to_string(&trace).unwrap_or_default();
    wait_for(Duration::from_secs(15), || {
        traced().contains("screen setup")
    })
    .unwrap_or_else(|| panic!("the window never showed; trace:\n{}", traced()));
    let title = "limber — Quick figure four";

    let (asleep, said) = probe(&desktop, "absent", title);
    assert!(asleep, "the adapter woke before IsEnabled:\n{said}");

    accessibility.enable(&desktop);
    let (followed, said) = probe(&desktop, "follow", title);
    let _ = window.kill();
    let _ = window.wait();
    assert!(
        followed,
        "the screen reader could not follow:\n{said}\nwindow trace:\n{}",
        traced()
    );
    assert!(
        said.contains("tree: frame: 'limber — Quick figure four'"),
        "{said}"
    );
    assert!(said.contains("push button: 'Pause'"), "{said}");
    let traced = traced();
    let screens: Vec<&str> = traced
        .lines()
        .filter_map(|line| line.strip_prefix("limber-window: "))
        .filter(|line| line.starts_with("screen") || line.starts_with("say"))
        .collect();
    assert!(
        screens
            .iter()
            .any(|line| line.starts_with("say Hold: right side")),
        "the hold was never said: {screens:?}"
    );
    assert!(
        screens.contains(&"screen paused"),
        "the window never paused: {screens:?}"
    );
}
