//! A timer window under test: the real binary's `stretch --here`, found on the desktop by name,
//! driven with keys, and followed through the screens it traces (`LIMBER_TRACE_WINDOW`).

use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::Duration;

use super::desktop::{wait_for, Desktop};

/// A timer window under test, and what it traces.
pub struct Opened {
    pub child: Child,
    pub id: String,
    pub trace: PathBuf,
}

impl Opened {
    /// Everything the window wrote to stderr so far: its trace and its log.
    pub fn trace(&self) -> String {
        std::fs::read_to_string(&self.trace).unwrap_or_default()
    }

    /// The screens shown so far, in order ("setup right steps=4", "hold right", …).
    pub fn screens(&self) -> Vec<String> {
        self.trace()
            .lines()
            .filter_map(|line| line.strip_prefix("limber-window: screen "))
            .map(str::to_string)
            .collect()
    }

    pub fn frames(&self) -> usize {
        self.trace()
            .lines()
            .filter(|line| *line == "limber-window: frame")
            .count()
    }

    /// Waits until the window shows a screen starting with `name`; panics with the trace if it
    /// does not within `timeout`.
    pub fn wait_screen(&self, name: &str, timeout: Duration) {
        wait_for(timeout, || {
            self.screens().iter().any(|screen| screen.starts_with(name))
        })
        .unwrap_or_else(|| panic!("no \"{name}\" screen; screens: {:?}", self.screens()));
    }

    pub fn key(&self, desktop: &Desktop, key: &str) {
        desktop.xdotool(&["key", "--window", &self.id, key]);
    }

    /// Closes the window with Escape and waits for it to end.
    pub fn close(mut self, desktop: &Desktop) {
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
pub fn open_window(desktop: &Desktop, id: &str, theme: &str, motion: bool) -> Opened {
    open_in(desktop, id, theme, motion, None)
}

/// [`open_window`], speaking `language` (`LANGUAGE`) if given.
pub fn open_in(
    desktop: &Desktop,
    id: &str,
    theme: &str,
    motion: bool,
    language: Option<&str>,
) -> Opened {
    let trace = desktop.path().join(format!(
        "trace-{id}-{theme}-{}.txt",
        language.unwrap_or("default")
    ));
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
    if let Some(language) = language {
        command.env("LANGUAGE", language);
    }
    let child = command.spawn().expect("open the window");
    let window = desktop.xdotool(&["search", "--sync", "--name", "limber"]);
    let id = window.lines().next().expect("a window").to_string();
    let opened = Opened { child, id, trace };
    opened.wait_screen("setup", Duration::from_secs(10));
    desktop.xdotool(&["windowfocus", &opened.id]);
    std::thread::sleep(Duration::from_millis(300));
    opened
}
