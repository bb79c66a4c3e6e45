//! The timer window's sound cues, heard by a real headless sound server with a null sink,
//! PulseAudio or PipeWire (through pipewire-pulse), whose stream events (`pactl subscribe`) count
//! each sound as it is played. The window is driven with real keys on a virtual X display, as in
//! `window_e2e`.

use crate::support;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};
use support::sound_server::{PlaybackCounter, SoundServer};

/// One two-sided stretch with a long setup and switch, so only the keys move it on.
const QUICK: &str = r#"
[[stretches.custom]]
id = "quick"
name = "Quick"
position = "chair"
hold = "5s"
setup = "30s"
switch = "30s"
steps = ["Sit tall."]
cue = "sit tall"
"#;

struct Run {
    desktop: Desktop,
    server: SoundServer,
    window: Child,
    id: String,
    trace: std::path::PathBuf,
}

impl Run {
    /// The window for "quick" with `config`, and PulseAudio in the desktop's runtime folder.
    fn start(config: &str) -> Option<Run> {
        if !require(&["pulseaudio", "pactl"]) {
            return None;
        }
        Run::with_server(config, |desktop, runtime| {
            SoundServer::pulseaudio(runtime, desktop.path())
        })
    }

    /// The window for "quick" with `config`, and the sound server `start` starts in the desktop's
    /// runtime folder.
    fn with_server(
        config: &str,
        start: impl FnOnce(&Desktop, &Path) -> SoundServer,
    ) -> Option<Run> {
        let desktop = Desktop::start_with_config(config)?;
        let server = start(&desktop, &desktop.path().join("runtime"));
        let trace = desktop.path().join("trace.txt");
        let window = desktop
            .limber()
            .env("LIMBER_TRACE_WINDOW", "1")
            .env("LIMBER_REDUCED_MOTION", "1")
            .args(["stretch", "--here", "quick"])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&trace).expect("trace file"))
            .spawn()
            .expect("open the window");
        let found = desktop.xdotool(&["search", "--sync", "--name", "limber"]);
        let id = found.lines().next().expect("a window").to_string();
        let run = Run {
            desktop,
            server,
            window,
            id,
            trace,
        };
        run.wait_screen("setup right");
        run.desktop.xdotool(&["windowfocus", &run.id]);
        std::thread::sleep(Duration::from_millis(300));
        Some(run)
    }

    fn trace(&self) -> String {
        std::fs::read_to_string(&self.trace).unwrap_or_default()
    }

    fn wait_screen(&self, name: &str) {
        let wanted = format!("limber-window: screen {name}");
        wait_for(Duration::from_secs(15), || self.trace().contains(&wanted))
            .unwrap_or_else(|| panic!("no \"{name}\" screen; trace:\n{}", self.trace()));
    }

    fn key(&self, key: &str) {
        self.desktop.xdotool(&["key", "--window", &self.id, key]);
    }

    /// Starts the hold with Space, then skips to "switch sides" with Right once the hold's
    /// first moments (when keys do nothing) are over.
    fn hold_then_switch(&self, counter: &PlaybackCounter, sounds: bool) {
        self.key("space");
        self.wait_screen("hold right");
        if sounds {
            wait_for(Duration::from_secs(5), || counter.opened() == 1)
                .expect("one sound as the hold starts");
        }
        std::thread::sleep(Duration::from_millis(1800));
        self.key("Right");
        self.wait_screen("switch left");
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.window.kill();
        let _ = self.window.wait();
    }
}

#[test]
fn switch_sides_is_heard_on_pulseaudio_and_nothing_stays_open() {
    if let Some(run) = Run::start(QUICK) {
        switch_sides_is_heard(&run);
    }
}

#[test]
fn switch_sides_is_heard_on_pipewire() {
    if !require(&["pipewire", "wireplumber", "pipewire-pulse", "pactl"]) {
        return;
    }
    let run = Run::with_server(QUICK, |desktop, runtime| {
        SoundServer::pipewire(runtime, desktop.path(), desktop.bus.address())
    });
    if let Some(run) = run {
        switch_sides_is_heard(&run);
    }
}

/// A sound as the hold starts and one at "switch sides", each closed once played.
fn switch_sides_is_heard(run: &Run) {
    let counter = run.server.count_playback();
    assert_eq!(counter.opened(), 0, "nothing sounds during the setup");
    run.hold_then_switch(&counter, true);
    wait_for(Duration::from_secs(5), || counter.opened() == 2)
        .unwrap_or_else(|| panic!("a sound at switch sides; trace:\n{}", run.trace()));
    // Each sound's stream and connection close once it has played.
    wait_for(Duration::from_secs(5), || counter.closed() == 2).expect("both streams closed");
    wait_for(Duration::from_secs(5), || {
        !run.server.clients().contains("limber")
    })
    .expect("limber keeps no connection to the sound server while silent");
    let trace = run.trace();
    assert!(trace.contains("limber-window: cue Switch"), "{trace}");
    // Played to the end: the server answered "drain" for both, without a problem logged.
    assert!(!trace.contains("no sound"), "{trace}");
}

#[test]
fn with_sounds_off_nothing_is_heard() {
    let Some(run) = Run::start(&format!("{QUICK}\n[window]\nsounds = false\n")) else {
        return;
    };
    let counter = run.server.count_playback();
    run.hold_then_switch(&counter, false);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(counter.opened(), 0, "no sound with sounds = false");
    assert!(!run.trace().contains("limber-window: cue"));
}
