//! limber without a tray, end to end: `limber open` starts limber when it is not running and
//! shows the control window, whose buttons (reached with the keyboard alone) do what the tray's
//! menu does; and when no tray host shows limber's icon, the first reminder says how to reach it.
//!
//! The real binary runs on a virtual X display with a private bus and the notification server
//! double. The window traces what it shows (`LIMBER_TRACE_WINDOW`): the page, the focused button,
//! what limber answered; the test reads that, presses keys with xdotool and looks at pixels.

use crate::support;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop, QUICK_REMINDERS};
use support::notification_server::NotificationServer;
use support::sni_watcher::SniWatcher;

/// The control window under test and what it traces.
struct Control {
    child: Child,
    window: String,
    trace: PathBuf,
}

impl Control {
    /// Runs `limber open` in `theme` and waits for its window (named exactly "limber") and its
    /// first frame; gives it the keyboard (no window manager runs under Xvfb).
    fn open(desktop: &Desktop, theme: &str) -> Control {
        let trace = desktop.path().join(format!("control-{theme}.txt"));
        let child = desktop
            .limber()
            .env("LIMBER_THEME", theme)
            .env("LIMBER_TRACE_WINDOW", "1")
            .arg("open")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&trace).expect("trace file"))
            .spawn()
            .expect("limber open");
        let mut window = String::new();
        wait_for(Duration::from_secs(20), || {
            window = desktop.xdotool(&["search", "--name", "^limber$"]);
            !window.is_empty()
        })
        .unwrap_or_else(|| {
            panic!(
                "no control window; trace:\n{}",
                std::fs::read_to_string(&trace).unwrap_or_default()
            )
        });
        let control = Control {
            child,
            window: window.lines().next().unwrap_or_default().to_string(),
            trace,
        };
        control.wait_for_line("frame");
        desktop.xdotool(&["windowfocus", &control.window]);
        std::thread::sleep(Duration::from_millis(300));
        control
    }

    fn lines(&self) -> Vec<String> {
        std::fs::read_to_string(&self.trace)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| line.strip_prefix("limber-control: "))
            .map(str::to_string)
            .collect()
    }

    fn wait_for_line(&self, line: &str) {
        wait_for(Duration::from_secs(10), || {
            self.lines().iter().any(|l| l == line)
        })
        .unwrap_or_else(|| panic!("no \"{line}\"; trace: {:?}", self.lines()));
    }

    /// The focused button's label, as last traced.
    fn focus(&self) -> String {
        self.lines()
            .iter()
            .rev()
            .find_map(|line| line.strip_prefix("focus ").map(str::to_string))
            .unwrap_or_default()
    }

    fn key(&self, desktop: &Desktop, key: &str) {
        desktop.xdotool(&["key", "--window", &self.window, key]);
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Tabs to the button labelled `label` on the page shown and presses it with Enter.
    fn press(&self, desktop: &Desktop, label: &str) {
        for _ in 0..30 {
            if self.focus() == label {
                self.key(desktop, "Return");
                return;
            }
            let before = self.lines().len();
            self.key(desktop, "Tab");
            wait_for(Duration::from_secs(2), || self.lines().len() > before);
        }
        panic!("Tab never reached \"{label}\"; trace: {:?}", self.lines());
    }

    /// Waits for the window's process to end; its exit status.
    fn wait_closed(&mut self) -> std::process::ExitStatus {
        let mut status = None;
        wait_for(Duration::from_secs(10), || {
            status = self.child.try_wait().ok().flatten();
            status.is_some()
        })
        .unwrap_or_else(|| panic!("the window stayed open; trace: {:?}", self.lines()));
        status.unwrap()
    }

    fn screenshot(&self, desktop: &Desktop) -> Vec<[u8; 3]> {
        let output = Command::new("import")
            .args(["-window", &self.window, "-depth", "8", "rgb:-"])
            .env("DISPLAY", &desktop.display)
            .output()
            .expect("import");
        assert!(output.status.success());
        output
            .stdout
            .chunks(3)
            .map(|p| [p[0], p[1], p[2]])
            .collect()
    }
}

impl Drop for Control {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Stops the daemon that `limber open` started (it is no child of the test).
fn quit(desktop: &Desktop) {
    let _ = desktop.run(&["quit"]);
}

#[test]
fn open_starts_limber_and_its_buttons_work_from_the_keyboard_alone() {
    if !require(&["import"]) {
        return;
    }
    let Some(desktop) = Desktop::start_with_config(QUICK_REMINDERS) else {
        return;
    };
    assert!(
        !desktop.run(&["status"]).status.success(),
        "limber runs already"
    );
    let mut control = Control::open(&desktop, "light");
    assert!(
        desktop.run(&["status"]).status.success(),
        "open did not start limber"
    );
    assert_eq!(control.lines()[0], "page main");
    assert_eq!(control.focus(), "Stretch now");

    // The light theme's background, and more than a few colours: text, a picture, buttons.
    let pixels = control.screenshot(&desktop);
    assert_eq!(pixels[0], [0xf7, 0xf8, 0xf6]);
    let mut colours = pixels.clone();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 50, "{} colours", colours.len());

    // Pause → 1 hour, with Tab and Enter only.
    control.press(&desktop, "Pause");
    control.wait_for_line("page Pause");
    control.press(&desktop, "1 hour");
    control.wait_for_line("picked");
    assert_eq!(desktop.status()["state"], "paused");
    control.wait_for_line("focus Resume");
    // The answer came back to the first page, where Resume replaced Pause: Enter resumes.
    control.key(&desktop, "Return");
    wait_for(Duration::from_secs(5), || {
        desktop.status()["state"] != "paused"
    })
    .expect("Resume from the window");

    // Escape closes the window; limber goes on.
    control.key(&desktop, "Escape");
    assert!(control.wait_closed().success());
    assert!(desktop.run(&["status"]).status.success());
    quit(&desktop);
}

#[test]
fn stretch_now_hands_over_to_the_timer_window_and_quit_stops_limber() {
    // The default hour between reminders: this test is about Stretch now alone, and on a busy
    // machine a 15 s reminder came due while the window opened (a stretch was under way
    // before Stretch now was pressed, once, under load).
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let daemon = desktop.start_daemon();
    let mut control = Control::open(&desktop, "dark");
    control.press(&desktop, "Stretch now");
    assert!(control.wait_closed().success());
    wait_for(Duration::from_secs(10), || {
        desktop.windows().iter().any(|id| {
            desktop
                .xdotool(&["getwindowname", id])
                .starts_with("limber — ")
        })
    })
    .unwrap_or_else(|| panic!("no timer window; log:\n{}", daemon.log()));
    assert_eq!(desktop.status()["state"], "stretching");

    let mut control = Control::open(&desktop, "dark");
    control.press(&desktop, "Quit");
    assert!(control.wait_closed().success());
    wait_for(Duration::from_secs(10), || {
        !desktop.run(&["status"]).status.success()
    })
    .expect("Quit from the window stops limber");
}

#[test]
fn start_at_login_and_remind_anyway_work_from_the_window() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // Working hours that are not now: from three hours ahead, for an hour.
    let hour: u32 = String::from_utf8(
        Command::new("date")
            .arg("+%H")
            .output()
            .expect("date")
            .stdout,
    )
    .unwrap()
    .trim()
    .parse()
    .unwrap();
    let opens = (hour + 3) % 22;
    desktop.write_config(&format!(
        "{QUICK_REMINDERS}[schedule]\nworking_hours = [\"Mon-Sun {opens:02}:00-{:02}:00\"]\n",
        opens + 1
    ));
    let _daemon = desktop.start_daemon();
    assert!(desktop.status()["off_until"].is_string());
    let control = Control::open(&desktop, "light");
    control.press(&desktop, "Remind me anyway today");
    control.wait_for_line("picked");
    wait_for(Duration::from_secs(5), || {
        desktop.status()["off_until"].is_null()
    })
    .expect("reminders let through today");

    let entry = desktop.path().join("config/autostart/limber.desktop");
    assert!(!entry.exists());
    control.press(&desktop, "Start at login");
    wait_for(Duration::from_secs(5), || entry.exists()).expect("an autostart entry");
    let written = std::fs::read_to_string(&entry).unwrap();
    assert!(written.contains("X-Limber-Autostart=true"), "{written}");
    control.wait_for_line("focus Start at login");
    assert!(
        control
            .lines()
            .iter()
            .any(|line| line.starts_with("said Start at login: on")),
        "{:?}",
        control.lines()
    );
}

/// The bodies of the first `count` reminders, keeping the user active and snoozing each.
fn reminders(desktop: &Desktop, server: &NotificationServer, count: usize) -> Vec<String> {
    for _ in 0..count {
        let before = server.notifications().len();
        assert!(
            desktop.stay_active_until(Duration::from_secs(40), || server.notifications().len()
                > before),
            "no reminder {}",
            before + 1
        );
        if server.notifications().len() < count {
            // Snoozed: the next comes after 10 s.
            assert!(desktop.run(&["snooze", "5s"]).status.success());
        }
    }
    server
        .notifications()
        .into_iter()
        .map(|notified| notified.body)
        .collect()
}

#[test]
fn without_a_tray_the_first_reminder_says_once_how_to_reach_limber() {
    let Some(desktop) = Desktop::start_with_config(QUICK_REMINDERS) else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    let _daemon = desktop.start_daemon_with(|command| {
        command.env("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
    });
    assert_eq!(desktop.status()["tray"], false);
    let bodies = reminders(&desktop, &server, 2);
    assert!(
        bodies[0].contains("No tray icon here: open limber from your apps")
            && bodies[0].contains("AppIndicator extension"),
        "{}",
        bodies[0]
    );
    assert!(!bodies[1].contains("No tray icon"), "{}", bodies[1]);
}

#[test]
fn with_a_tray_the_reminder_says_nothing_of_it() {
    let Some(desktop) = Desktop::start_with_config(QUICK_REMINDERS) else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    let _watcher = SniWatcher::start(desktop.bus.address());
    let _daemon = desktop.start_daemon();
    wait_for(Duration::from_secs(10), || desktop.status()["tray"] == true)
        .expect("the tray registered");
    let bodies = reminders(&desktop, &server, 1);
    assert!(!bodies[0].contains("tray"), "{}", bodies[0]);
}
