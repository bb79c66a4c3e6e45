//! A real, headless sound server for tests, PulseAudio or PipeWire (with WirePlumber and
//! pipewire-pulse), in a private runtime folder: a null sink `null` (whose monitor a recorder of
//! the computer's own sound would use) and a null source `mic` standing in for a microphone;
//! `parecord` records from either, as a call app or a screen recorder would.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::desktop::wait_for;

pub struct SoundServer {
    /// The server's processes, stopped in reverse order.
    processes: Vec<Child>,
    runtime: PathBuf,
    home: PathBuf,
}

impl SoundServer {
    /// Starts PulseAudio with its socket at `<runtime>/pulse/native` and its files under `home`.
    pub fn pulseaudio(runtime: &Path, home: &Path) -> SoundServer {
        let pulseaudio = Command::new("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disable-shm",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink",
                "--load=module-null-source source_name=mic",
            ])
            .env("XDG_RUNTIME_DIR", runtime)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pulseaudio");
        let sound_server = SoundServer {
            processes: vec![pulseaudio],
            runtime: runtime.to_path_buf(),
            home: home.to_path_buf(),
        };
        sound_server.wait_until_it_answers();
        sound_server
    }

    /// Starts PipeWire, WirePlumber and pipewire-pulse (which listens at
    /// `<runtime>/pulse/native`) with the session bus at `bus`, and makes the null devices.
    pub fn pipewire(runtime: &Path, home: &Path, bus: &str) -> SoundServer {
        let mut sound_server = SoundServer {
            processes: Vec::new(),
            runtime: runtime.to_path_buf(),
            home: home.to_path_buf(),
        };
        for program in ["pipewire", "wireplumber", "pipewire-pulse"] {
            let process = Command::new(program)
                .env("XDG_RUNTIME_DIR", runtime)
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join(".config"))
                .env("DBUS_SESSION_BUS_ADDRESS", bus)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|error| panic!("start {program}: {error}"));
            sound_server.processes.push(process);
        }
        sound_server.wait_until_it_answers();
        for module in [
            "sink_name=null",
            "sink_name=mic media.class=Audio/Source/Virtual",
        ] {
            let mut args = vec!["load-module", "module-null-sink"];
            args.extend(module.split(' '));
            sound_server
                .pactl(&args)
                .unwrap_or_else(|| panic!("pactl load-module module-null-sink {module}"));
        }
        sound_server
    }

    fn wait_until_it_answers(&self) {
        wait_for(Duration::from_secs(10), || self.pactl(&["info"]).is_some())
            .expect("the sound server answers");
    }

    fn pactl(&self, args: &[&str]) -> Option<String> {
        let output = Command::new("pactl")
            .args(args)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Records from `source` ("mic", or "null.monitor") until the recorder is dropped, once the
    /// server lists the stream.
    pub fn record(&self, source: &str) -> Recorder {
        let before = self.recording_streams();
        let process = Command::new("parecord")
            .args(["--device", source, "--raw", "/dev/null"])
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .stderr(Stdio::null())
            .spawn()
            .expect("start parecord");
        wait_for(Duration::from_secs(10), || {
            self.recording_streams() > before
        })
        .expect("the server lists the recording stream");
        Recorder { process }
    }

    fn recording_streams(&self) -> usize {
        self.pactl(&["list", "short", "source-outputs"])
            .map_or(0, |list| list.lines().count())
    }
}

impl SoundServer {
    /// Starts counting the playback streams made from now on, as the server announces them.
    pub fn count_playback(&self) -> PlaybackCounter {
        let events = self.home.join(format!("events-{}", self.processes.len()));
        let process = Command::new("pactl")
            .arg("subscribe")
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .stdout(std::fs::File::create(&events).expect("events file"))
            .stderr(Stdio::null())
            .spawn()
            .expect("start pactl subscribe");
        // pactl says nothing until it is subscribed; a client of its own shows it is.
        wait_for(Duration::from_secs(10), || {
            self.pactl(&["list", "short", "clients"])
                .is_some_and(|clients| clients.contains("pactl"))
        })
        .expect("pactl subscribes");
        std::thread::sleep(Duration::from_millis(200));
        PlaybackCounter { process, events }
    }

    /// The clients connected now, by name.
    pub fn clients(&self) -> String {
        self.pactl(&["list", "clients"]).unwrap_or_default()
    }
}

/// A `pactl subscribe` process counting playback streams ("sink inputs").
pub struct PlaybackCounter {
    process: Child,
    events: PathBuf,
}

impl PlaybackCounter {
    fn count(&self, event: &str) -> usize {
        let wanted = format!("Event '{event}' on sink-input");
        std::fs::read_to_string(&self.events)
            .unwrap_or_default()
            .lines()
            .filter(|line| line.starts_with(&wanted))
            .count()
    }

    /// Playback streams opened so far.
    pub fn opened(&self) -> usize {
        self.count("new")
    }

    /// Playback streams closed so far.
    pub fn closed(&self) -> usize {
        self.count("remove")
    }
}

impl Drop for PlaybackCounter {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Drop for SoundServer {
    fn drop(&mut self) {
        for process in self.processes.iter_mut().rev() {
            let _ = process.kill();
            let _ = process.wait();
        }
    }
}

/// A `parecord` process; it stops recording when dropped.
pub struct Recorder {
    process: Child,
}

impl Drop for Recorder {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}
