//! A throwaway desktop for end-to-end tests: a virtual X display (Xvfb), a private D-Bus session
//! bus, and private XDG folders, with helpers to run the real `limber` binary inside it.
//!
//! Tests that need it call [`Desktop::start`]; when Xvfb is missing it returns None and the test
//! prints why and passes, except under `CI=true`, where a missing tool is a failure.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::bus::PrivateBus;
use super::notification_server::NotificationServer;

/// A config for end-to-end tests: second-scale durations, so each test runs in well under a
/// minute.
pub const QUICK_REMINDERS: &str = r#"
[reminder]
every = "15s"
snooze = "10s"
[activity]
break_after = "8s"
"#;

pub struct Desktop {
    xvfb: Child,
    pub display: String,
    pub bus: PrivateBus,
    dirs: tempfile::TempDir,
}

/// Whether a program is on PATH.
pub fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// None (with a note) when a tool is missing outside CI; a panic inside CI.
pub fn require(programs: &[&str]) -> bool {
    let missing: Vec<&str> = programs.iter().copied().filter(|p| !have(p)).collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("CI must have {missing:?} (scripts/deps.sh --test installs them)");
    }
    eprintln!("skipped: {missing:?} not installed (run scripts/deps.sh --test)");
    false
}

impl Desktop {
    pub fn start() -> Option<Desktop> {
        if !require(&["Xvfb", "xdotool", "dbus-daemon"]) {
            return None;
        }
        // -displayfd 1: Xvfb picks a free display and prints its number once it is ready.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let mut number = String::new();
        BufReader::new(xvfb.stdout.take().expect("Xvfb stdout"))
            .read_line(&mut number)
            .expect("Xvfb display number");
        let display = format!(":{}", number.trim());
        let bus = PrivateBus::start();
        let dirs = tempfile::tempdir().expect("temp dir");
        for sub in ["config/limber", "data", "state", "runtime"] {
            fs::create_dir_all(dirs.path().join(sub)).expect("xdg dir");
        }
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(
            dirs.path().join("runtime"),
            fs::Permissions::from_mode(0o700),
        )
        .expect("chmod");
        Some(Desktop {
            xvfb,
            display,
            bus,
            dirs,
        })
    }

    /// [`Desktop::start`], with `config` written.
    pub fn start_with_config(config: &str) -> Option<Desktop> {
        let desktop = Desktop::start()?;
        desktop.write_config(config);
        Some(desktop)
    }

    /// Runs xdotool on this display; its output, trimmed.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let output = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool");
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    pub fn config_file(&self) -> PathBuf {
        self.dirs.path().join("config/limber/config.toml")
    }

    pub fn history_file(&self) -> PathBuf {
        self.dirs.path().join("data/limber/history.jsonl")
    }

    pub fn write_config(&self, text: &str) {
        fs::write(self.config_file(), text).expect("write config");
    }

    /// A `limber` command with this desktop's environment: the binary this test build made, or
    /// the one `LIMBER_BIN` names (the benchmarks measure a release build that way).
    pub fn limber(&self) -> Command {
        let binary =
            std::env::var_os("LIMBER_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_limber").into());
        let mut command = Command::new(binary);
        self.apply_env(&mut command);
        command
    }

    pub fn apply_env(&self, command: &mut Command) {
        let root = self.dirs.path();
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", root)
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", self.bus.address())
            // No logind in tests unless a test brings its own system bus.
            .env(
                "DBUS_SYSTEM_BUS_ADDRESS",
                "unix:path=/nonexistent/limber-test-system-bus",
            )
            .env("XDG_CONFIG_HOME", root.join("config"))
            // System-wide autostart entries of the machine running the tests must not count.
            .env("XDG_CONFIG_DIRS", root.join("etc-xdg"))
            .env("XDG_DATA_HOME", root.join("data"))
            .env("XDG_STATE_HOME", root.join("state"))
            .env("XDG_RUNTIME_DIR", root.join("runtime"))
            .env("XDG_SESSION_TYPE", "x11")
            .env("LIMBER_LOG", "debug");
    }

    /// Starts the daemon; its log goes to a file in the test's folder.
    pub fn start_daemon(&self) -> Daemon {
        self.start_daemon_with(|_| {})
    }

    /// Starts the daemon with changes to its environment.
    pub fn start_daemon_with(&self, configure: impl FnOnce(&mut Command)) -> Daemon {
        let daemon = self.spawn_daemon_with(configure);
        let socket = self.dirs.path().join("runtime/limber.sock");
        // Answering, not merely present: a killed daemon leaves its socket file behind.
        wait_for(Duration::from_secs(20), || {
            std::os::unix::net::UnixStream::connect(&socket).is_ok()
        })
        .unwrap_or_else(|| {
            panic!(
                "limber never answered on its socket; log:\n{}",
                daemon.log()
            )
        });
        daemon
    }

    /// Starts the daemon with changes to its environment, without waiting for its socket (for a
    /// daemon that is expected to run without one).
    pub fn spawn_daemon_with(&self, configure: impl FnOnce(&mut Command)) -> Daemon {
        let mut command = self.limber();
        configure(&mut command);
        self.spawn_daemon(command)
    }

    /// Starts the daemon from `binary` (a copy of limber put somewhere else), without waiting for
    /// its socket.
    pub fn spawn_daemon_from(&self, binary: &Path) -> Daemon {
        let mut command = Command::new(binary);
        self.apply_env(&mut command);
        self.spawn_daemon(command)
    }

    fn spawn_daemon(&self, mut command: Command) -> Daemon {
        let log = self.dirs.path().join("daemon.log");
        let child = command
            .stdout(fs::File::create(&log).expect("log"))
            .stderr(fs::OpenOptions::new().append(true).open(&log).expect("log"))
            .spawn()
            .expect("start limber");
        Daemon { child, log }
    }

    /// The ids of the X windows whose name starts with "limber" (the timer windows).
    pub fn windows(&self) -> Vec<String> {
        Command::new("xdotool")
            .args(["search", "--name", "^limber"])
            .env("DISPLAY", &self.display)
            .output()
            .map(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The history file's events, oldest first.
    pub fn history(&self) -> Vec<serde_json::Value> {
        fs::read_to_string(self.history_file())
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }

    /// The daemon's socket.
    pub fn socket(&self) -> PathBuf {
        self.dirs.path().join("runtime/limber.sock")
    }

    /// `limber status --json`, parsed.
    pub fn status(&self) -> serde_json::Value {
        let output = self.run(&["status", "--json"]);
        assert!(
            output.status.success(),
            "status failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("status JSON")
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.limber().args(args).output().expect("run limber")
    }

    /// Moves the pointer: real input as far as the X server's idle counter is concerned.
    pub fn nudge(&self) {
        let _ = Command::new("xdotool")
            .args(["mousemove_relative", "--", "1", "1"])
            .env("DISPLAY", &self.display)
            .status();
    }

    /// Keeps the user "active" for `length`, nudging the pointer every second, stopping early when
    /// `until` holds. Returns whether it did.
    pub fn stay_active_until(&self, length: Duration, mut until: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + length;
        while Instant::now() < end {
            self.nudge();
            if until() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
        until()
    }

    pub fn path(&self) -> &Path {
        self.dirs.path()
    }

    /// Keeps the user active until `server` is sent a reminder (at most 25 s: the end-to-end
    /// configs remind after 15 s of sitting); panics with the daemon's log otherwise.
    pub fn remind_via(&self, server: &NotificationServer, daemon: &Daemon) {
        assert!(
            self.stay_active_until(Duration::from_secs(25), || !server
                .notifications()
                .is_empty()),
            "no reminder; log:\n{}",
            daemon.log()
        );
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

/// The running daemon; killed when dropped.
pub struct Daemon {
    pub child: Child,
    log: PathBuf,
}

impl Daemon {
    pub fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `condition` every 100 ms until it holds (Some) or `timeout` passes (None).
pub fn wait_for<T>(timeout: Duration, mut condition: impl FnMut() -> T) -> Option<()>
where
    T: Into<bool>,
{
    let end = Instant::now() + timeout;
    loop {
        if condition().into() {
            return Some(());
        }
        if Instant::now() >= end {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
