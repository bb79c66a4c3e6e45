//! Files that must not wedge limber: a config, state or history that is a named pipe, a symlink
//! to a device, a file of megabytes, or full of absurd numbers. Each is refused (or read past)
//! at once with a message naming the path, and nothing stops limber from reminding.
//!
//! Every run of limber here has a time limit: a read that hangs fails the test instead of
//! stalling the suite.

use crate::support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use support::desktop::{wait_for, Desktop};
use support::notification_server::NotificationServer;

/// Long enough for a debug build on a busy machine; a hang lasts forever.
const PROMPTLY: Duration = Duration::from_secs(20);

/// Private XDG folders, like a fresh account.
struct Home(tempfile::TempDir);

impl Home {
    fn new() -> Home {
        Home(tempfile::tempdir().unwrap())
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    fn config(&self) -> PathBuf {
        self.path().join("config/limber/config.toml")
    }

    fn history(&self) -> PathBuf {
        self.path().join("data/limber/history.jsonl")
    }

    fn state(&self) -> PathBuf {
        self.path().join("state/limber/state.json")
    }

    /// `limber ARGS` in this home, with no display and no daemon.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_limber"));
        command.args(args);
        self.apply_env(&mut command);
        command
    }

    fn apply_env(&self, command: &mut Command) {
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("XDG_RUNTIME_DIR", self.path().join("runtime"));
    }

    fn run(&self, args: &[&str]) -> Output {
        within(PROMPTLY, &mut self.command(args))
    }
}

/// Runs `command` to its end, or kills it and fails the test when it takes longer than `limit`.
fn within(limit: Duration, command: &mut Command) -> Output {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start limber");
    let pid = child.id();
    let (sent, received) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sent.send(child.wait_with_output());
    });
    match received.recv_timeout(limit) {
        Ok(output) => output.expect("limber's output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("limber {command:?} hung for {limit:?}");
        }
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn place(path: &Path) -> &Path {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    path
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(place(path)).status().unwrap();
    assert!(status.success());
}

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, place(link)).unwrap();
}

/// What can stand where a file should be.
#[derive(Clone, Copy, Debug)]
enum Hostile {
    Pipe,
    LinkToPipe,
    LinkToDevice,
}

impl Hostile {
    const ALL: [Hostile; 3] = [Hostile::Pipe, Hostile::LinkToPipe, Hostile::LinkToDevice];

    /// Puts it at `path`; a link to a pipe points at one made beside `path`.
    fn make(self, path: &Path) {
        match self {
            Hostile::Pipe => mkfifo(path),
            Hostile::LinkToPipe => {
                let pipe = path.with_extension("pipe");
                let _ = fs::remove_file(&pipe);
                mkfifo(&pipe);
                symlink(&pipe, path);
            }
            Hostile::LinkToDevice => symlink(Path::new("/dev/zero"), path),
        }
    }

    /// How the refusal must name what it found.
    fn named(self) -> &'static str {
        match self {
            Hostile::Pipe | Hostile::LinkToPipe => "a named pipe (FIFO)",
            Hostile::LinkToDevice => "a device",
        }
    }
}

#[test]
fn a_config_that_is_a_pipe_or_a_device_is_refused_at_once_by_name() {
    for command in [&["config", "check"][..], &["list"], &["stats"]] {
        let home = Home::new();
        for hostile in Hostile::ALL {
            let what = hostile.named();
            let _ = fs::remove_file(home.config());
            hostile.make(&home.config());
            let output = home.run(command);
            assert_eq!(output.status.code(), Some(2), "{command:?}: {output:?}");
            let expected = format!("{}: this is {what}", home.config().display());
            assert!(
                stderr(&output).contains(&expected),
                "{command:?}, {what}: {}",
                stderr(&output)
            );
        }
    }
}

/// A config of `count` small custom stretches, each disabled when `disabled`.
fn many_stretches(count: usize, disabled: bool) -> String {
    let ids: Vec<String> = (0..count).map(|i| format!("\"s{i}\"")).collect();
    let mut text = String::new();
    if disabled {
        text += &format!("[stretches]\ndisabled = [{}]\n", ids.join(","));
    }
    for id in &ids {
        text += &format!(
            "[[stretches.custom]]\nid = {id}\nname = \"n\"\nposition = \"chair\"\n\
             steps = [\"x\"]\ncue = \"c\"\n"
        );
    }
    text
}

#[test]
fn a_config_of_52000_stretches_is_refused_at_once() {
    let home = Home::new();
    fs::write(place(&home.config()), many_stretches(52_000, false)).unwrap();
    let started = Instant::now();
    let output = home.run(&["config", "check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("larger than 1 MiB"),
        "{}",
        stderr(&output)
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn thousands_of_disabled_stretches_are_listed_promptly() {
    let home = Home::new();
    let text = many_stretches(4_000, true);
    assert!(text.len() < 1024 * 1024);
    fs::write(place(&home.config()), text).unwrap();
    let output = home.run(&["list"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = stdout(&output);
    assert!(listed
        .lines()
        .any(|line| line.starts_with("s3999 ") && line.ends_with("off")));
}

#[test]
fn a_huge_value_in_the_config_is_echoed_cut() {
    let home = Home::new();
    let cases = [
        format!("[reminder]\nevery = \"{}\"\n", "9".repeat(900_000)),
        format!("[stretches]\npositions = \"{}\"\n", "x".repeat(900_000)),
        format!("[stretches]\ndisabled = [\"{}\"]\n", "x".repeat(900_000)),
        format!("[{}]\n", "x".repeat(900_000)),
    ];
    for text in cases {
        fs::write(place(&home.config()), &text).unwrap();
        let output = home.run(&["config", "check"]);
        assert_eq!(output.status.code(), Some(2));
        let message = stderr(&output);
        assert!(
            message.len() < 600 && message.contains('…'),
            "{} bytes: {}",
            message.len(),
            message.chars().take(300).collect::<String>()
        );
    }
}

#[test]
fn a_history_that_is_a_pipe_or_a_device_is_refused_by_stats() {
    let home = Home::new();
    for hostile in Hostile::ALL {
        let what = hostile.named();
        let _ = fs::remove_file(home.history());
        hostile.make(&home.history());
        let output = home.run(&["stats"]);
        assert_eq!(output.status.code(), Some(1), "{what}: {output:?}");
        assert!(
            stderr(&output).contains(&format!("{}: this is {what}", home.history().display())),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn the_timer_window_is_not_held_up_by_a_pipe_for_history_or_state() {
    let home = Home::new();
    mkfifo(&home.history());
    mkfifo(&home.state());
    // No display: the window cannot open and says so; what matters is that it gets that far.
    let output = home.run(&["stretch", "--here"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
}

#[test]
fn a_huge_history_is_read_in_bounded_memory() {
    let home = Home::new();
    // 300 MB of zeros with no line break (a sparse file: no disk is used), then a real event.
    let file = fs::File::create(place(&home.history())).unwrap();
    file.set_len(300_000_000).unwrap();
    drop(file);
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(home.history())
        .unwrap();
    let now = jiff::Timestamp::now();
    std::io::Write::write_all(
        &mut file,
        format!("\n{{\"at\":\"{now}\",\"event\":\"done\",\"stretch\":\"pigeon-pose\",\"held_secs\":60}}\n")
            .as_bytes(),
    )
    .unwrap();
    // 150 MB of address space: the file cannot be read whole, line by line it can.
    let mut stats = Command::new("/bin/sh");
    stats.args([
        "-c",
        "ulimit -v 150000 && exec \"$0\" stats",
        env!("CARGO_BIN_EXE_limber"),
    ]);
    home.apply_env(&mut stats);
    let output = within(PROMPTLY, &mut stats);
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout(&output).contains("stretches done          1"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("history.jsonl:1: skipped a damaged line (longer than 64 KiB"),
        "{}",
        stderr(&output)
    );
}

/// Whether process `pid` has `path` open.
fn has_open(pid: u32, path: &Path) -> bool {
    fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|fds| {
            fds.flatten()
                .any(|fd| fs::read_link(fd.path()).is_ok_and(|target| target == path))
        })
        .unwrap_or(false)
}

#[test]
fn stats_reads_a_history_that_grows_meanwhile_only_as_far_as_it_was() {
    let home = Home::new();
    let now = jiff::Timestamp::now();
    let event = format!(
        "{{\"at\":\"{now}\",\"event\":\"done\",\"stretch\":\"pigeon-pose\",\"held_secs\":60}}\n"
    );
    fs::write(place(&home.history()), event).unwrap();
    // A gigabyte of zeros after it (a sparse file: no disk is used), a read of a few seconds.
    let file = fs::OpenOptions::new()
        .write(true)
        .open(home.history())
        .unwrap();
    let mut length = file.metadata().unwrap().len() + 1_000_000_000;
    file.set_len(length).unwrap();
    let stats = home
        .command(&["stats"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = stats.id();
    // Once stats reads it, another writer makes it grow far faster than anyone reads.
    let (ended, end) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = ended.send(stats.wait_with_output());
    });
    let started = Instant::now();
    let mut grew = false;
    let finished = loop {
        if let Ok(output) = end.try_recv() {
            break Some(output);
        }
        if started.elapsed() > PROMPTLY {
            break None;
        }
        if grew || has_open(pid, &home.history()) {
            grew = true;
            length += 100_000_000;
            file.set_len(length).unwrap();
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let _ = fs::remove_file(home.history());
    let Some(output) = finished else {
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        panic!("stats was still reading after {PROMPTLY:?}, {length} bytes in");
    };
    assert!(output.expect("stats").status.success());
    assert!(grew, "stats ended before the history grew");
}

#[test]
fn absurd_numbers_in_history_never_crash_stats() {
    let home = Home::new();
    let now = jiff::Timestamp::now();
    let line = |held: u64| {
        format!("{{\"at\":\"{now}\",\"event\":\"done\",\"stretch\":\"pigeon-pose\",\"held_secs\":{held}}}\n")
    };
    let text = [line(u64::MAX), line(u64::MAX), line(90)].concat()
        + &format!(
            "{{\"at\":\"{now}\",\"event\":\"sat_for\",\"secs\":{}}}\n",
            u64::MAX
        );
    fs::write(place(&home.history()), text).unwrap();
    for args in [&["stats"][..], &["stats", "--week"]] {
        let output = home.run(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        assert!(
            stderr(&output).contains("left out 3 events"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let today = stdout(&home.run(&["stats"]));
    assert!(today.contains("stretches done          1"), "{today}");
    assert!(today.contains("time stretching         1 min"), "{today}");
}

#[test]
fn a_config_saved_broken_again_and_again_shows_one_notice() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    desktop.write_config("[reminder]\nevery = \"40s\"\n[activity]\nbreak_after = \"30s\"\n");
    let daemon = desktop.start_daemon();
    // An editor that saves on every key, while a value is being typed.
    let incoming = desktop.path().join("config/limber/incoming");
    for typed in 1..=20 {
        fs::write(&incoming, format!("[reminder]\nevery = \"{typed}x\"\n")).unwrap();
        fs::rename(&incoming, desktop.config_file()).unwrap();
        std::thread::sleep(Duration::from_millis(100));
    }
    let notices = || {
        server
            .notifications()
            .into_iter()
            .filter(|n| n.summary.contains("previous settings"))
            .collect::<Vec<_>>()
    };
    wait_for(Duration::from_secs(5), || {
        notices().iter().any(|n| n.body.contains("20x"))
    })
    .unwrap_or_else(|| panic!("the last mistake was not told; log:\n{}", daemon.log()));
    let shown: std::collections::BTreeSet<u32> = notices().iter().map(|n| n.id).collect();
    assert_eq!(
        shown.len(),
        1,
        "{} notices on screen for one config",
        shown.len()
    );
    // The last good settings hold: the next reminder within their 40 s (asked until limber
    // has an idle reading to count from, which a loaded machine may take a moment to give).
    wait_for(Duration::from_secs(5), || next_reminder(&desktop) <= 40).unwrap_or_else(|| {
        let status = desktop.limber().args(["status", "--json"]).output();
        panic!(
            "the last good settings do not hold: {status:?}; log:\n{}",
            daemon.log()
        )
    });
}

#[test]
fn a_large_config_saved_over_and_over_holds_up_nobody() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // A config of some hundred kilobytes, valid, which takes the daemon a moment to read; and
    // the same with one value changed.
    let good = "[reminder]\nevery = \"40s\"\n[activity]\nbreak_after = \"30s\"\n";
    let saved = [good, &good.replace("30s", "31s")]
        .map(|head| head.to_string() + &many_stretches(3_000, false));
    desktop.write_config(&saved[0]);
    let daemon = desktop.start_daemon();
    // An editor saves over and over while a panel widget asks for the status twice a second.
    let incoming = desktop.path().join("config/limber/incoming");
    let config = desktop.config_file();
    let editor = std::thread::spawn(move || {
        let editing = Instant::now();
        let mut saves = 0;
        while editing.elapsed() < Duration::from_secs(8) {
            fs::write(&incoming, &saved[saves % 2]).unwrap();
            fs::rename(&incoming, &config).unwrap();
            saves += 1;
            std::thread::sleep(Duration::from_millis(10));
        }
        saves
    });
    // Each answer in time, and the settings both configs share in force: any status that
    // fails (limber did not answer in time) counts as the slowest.
    let mut slowest = Duration::ZERO;
    let mut ask = || {
        let asked = Instant::now();
        let answered = next_reminder(&desktop) <= 40;
        slowest = slowest.max(if answered { asked.elapsed() } else { PROMPTLY });
    };
    while !editor.is_finished() {
        ask();
        std::thread::sleep(Duration::from_millis(500));
    }
    ask();
    let saves = editor.join().unwrap();
    assert!(
        slowest < Duration::from_secs(3),
        "{saves} saves; a status waited {slowest:?}, or failed; log:\n{}",
        daemon
            .log()
            .lines()
            .rev()
            .take(5)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// What takes the config's place while the daemon runs.
enum Swap<'a> {
    Made(Hostile),
    Written(&'a str),
}

/// The daemon's `next_reminder_seconds`, or u64::MAX when it does not answer.
fn next_reminder(desktop: &Desktop) -> u64 {
    let output = within(PROMPTLY, desktop.limber().args(["status", "--json"]));
    serde_json::from_slice::<serde_json::Value>(&output.stdout)
        .ok()
        .and_then(|status| status["next_reminder_seconds"].as_u64())
        .unwrap_or(u64::MAX)
}

#[test]
fn a_state_file_that_is_a_pipe_starts_limber_afresh() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let state = desktop.path().join("state/limber/state.json");
    mkfifo(&state);
    let daemon = desktop.start_daemon();
    assert!(next_reminder(&desktop) <= 3600, "log:\n{}", daemon.log());
    assert!(
        daemon.log().contains("this is a named pipe (FIFO)")
            && daemon.log().contains("starting afresh"),
        "{}",
        daemon.log()
    );
}

#[test]
fn a_config_swapped_for_a_pipe_a_device_or_a_huge_file_keeps_the_last_good_settings() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    let good = "[reminder]\nevery = \"40s\"\n[activity]\nbreak_after = \"30s\"\n";
    desktop.write_config(good);
    let mut daemon = desktop.start_daemon();
    assert!(next_reminder(&desktop) <= 40);
    let config = desktop.config_file();
    // Each is made beside the config and renamed over it, as editors save: the daemon never
    // sees the config missing (which would rightly mean the defaults).
    let incoming = desktop.path().join("config/limber/incoming");
    let huge_value = format!("[reminder]\nevery = \"{}\"\n", "9".repeat(900_000));
    let too_large = many_stretches(52_000, false);
    let swaps = Hostile::ALL
        .map(Swap::Made)
        .into_iter()
        .chain([Swap::Written(&too_large), Swap::Written(&huge_value)]);
    for (index, swap) in swaps.enumerate() {
        match swap {
            Swap::Made(hostile) => hostile.make(&incoming),
            Swap::Written(text) => fs::write(&incoming, text).unwrap(),
        }
        fs::rename(&incoming, &config).unwrap();
        // The folder watch sees the change; the signal makes sure of it.
        let _ = Command::new("kill")
            .args(["-HUP", &daemon.child.id().to_string()])
            .status();
        std::thread::sleep(Duration::from_millis(300));
        assert!(
            daemon.is_running(),
            "swap {index} took limber down:\n{}",
            daemon.log()
        );
        assert!(
            next_reminder(&desktop) <= 40,
            "swap {index}: limber stopped answering or changed its settings; log:\n{}",
            daemon.log()
        );
    }
    wait_for(Duration::from_secs(5), || {
        server
            .notifications()
            .iter()
            .any(|n| n.body.contains("every = \"999"))
    })
    .unwrap_or_else(|| {
        panic!(
            "no notification of the long value: {:?}",
            server.notifications()
        )
    });
    for notification in server.notifications() {
        assert!(
            notification.body.chars().count() < 400,
            "a notification {} characters long",
            notification.body.chars().count()
        );
    }
    assert!(
        daemon.log().contains("this is a named pipe (FIFO)"),
        "{}",
        daemon.log()
    );
    desktop.write_config(&good.replace("40s", "2h"));
    wait_for(Duration::from_secs(5), || next_reminder(&desktop) > 3600)
        .expect("a valid edit still applies");
}
