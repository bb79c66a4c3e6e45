//! Hostile use: what a user, a script or another local program can do to the daemon must never
//! wedge it, hang it, or let someone else talk in its name (issue 13). Each test is the case as
//! it was found: a timer window that dies, a notification server that restarts, a status poller,
//! slow and silent clients, a spoofed runtime folder, a fake server of another user, markup in a
//! stretch's name, and the noise in the log.

use crate::support;

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::desktop::{wait_for, Daemon, Desktop};
use support::logind::{Announce, Logind};
use support::mutter::MutterDouble;
use support::notification_server::NotificationServer;
use support::screensaver::HangingScreenSaver;
use support::sni_watcher::SniWatcher;

/// A stretch of the test's own, so the tests do not depend on the built-in catalogue.
const STRETCH: &str = "hostile-test";

const CONFIG: &str = r#"
[reminder]
every = "15s"
snooze = "10s"
[activity]
break_after = "8s"
[[stretches.custom]]
id = "hostile-test"
name = "Hostile test stretch"
position = "standing"
per_side = false
hold = "30s"
steps = ["Stand up and reach for the ceiling."]
cue = "stand up and reach"
"#;

fn desktop() -> Option<Desktop> {
    let desktop = Desktop::start()?;
    desktop.write_config(CONFIG);
    Some(desktop)
}

/// Sends one request line on a fresh connection and reads the one reply line.
fn ask(socket: &Path, line: &str) -> serde_json::Value {
    let mut stream = UnixStream::connect(socket).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream.write_all(line.as_bytes()).expect("write");
    read_reply(&mut stream)
}

fn read_reply(stream: &mut UnixStream) -> serde_json::Value {
    let mut reply = String::new();
    BufReader::new(stream)
        .read_line(&mut reply)
        .expect("a reply");
    serde_json::from_str(reply.trim()).unwrap_or_else(|_| panic!("not a reply: {reply:?}"))
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The history events about `stretch`.
fn events_for(desktop: &Desktop, stretch: &str) -> Vec<serde_json::Value> {
    desktop
        .history()
        .into_iter()
        .filter(|event| event["stretch"] == stretch)
        .collect()
}

/// A connection that says, as a timer window does first, that it shows [`STRETCH`], counting.
fn window_connection(desktop: &Desktop) -> UnixStream {
    let mut stream = UnixStream::connect(desktop.socket()).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream
        .write_all(format!("{{\"cmd\":\"window_started\",\"id\":\"{STRETCH}\"}}\n").as_bytes())
        .unwrap();
    stream
}

/// A timer window's last report: [`STRETCH`] done, held `held_secs`.
fn window_ended(held_secs: u64) -> String {
    format!(
        "{{\"cmd\":\"window_ended\",\"id\":\"{STRETCH}\",\"ended\":{{\"done\":true,\"held_secs\":{held_secs}}}}}\n"
    )
}

/// Focuses the X window `window` and presses `key` on it, as the user would.
fn press(desktop: &Desktop, window: &str, key: &str) {
    for args in [["windowfocus", window], ["key", key]] {
        Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &desktop.display)
            .status()
            .expect("xdotool");
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// A timer window opened by hand, as `limber stretch --here` would be, once it is on screen and
/// the daemon counts its stretch.
fn hand_started_window(desktop: &Desktop, daemon: &Daemon) -> std::process::Child {
    let window = desktop
        .limber()
        .args(["stretch", "--here", STRETCH])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a window");
    wait_for(Duration::from_secs(10), || {
        desktop.status()["state"] == "stretching" && !desktop.windows().is_empty()
    })
    .unwrap_or_else(|| panic!("the window never reported; log:\n{}", daemon.log()));
    window
}

// 1. A timer window that dies never leaves limber "Stretching".

#[test]
fn a_window_that_cannot_open_says_why_plainly_and_leaves_no_stretch_behind() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let output = desktop
        .limber()
        .args(["stretch", "--here", STRETCH])
        .env_remove("DISPLAY")
        .output()
        .expect("run limber");
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("DISPLAY"), "says what is missing: {said}");
    assert!(
        !said.contains(".cargo") && !said.contains(".rs:"),
        "a source path is no help to a user: {said}"
    );
    let status = desktop.status();
    assert_ne!(
        status["state"],
        "stretching",
        "{status}; log:\n{}",
        daemon.log()
    );
    assert!(
        events_for(&desktop, STRETCH).is_empty(),
        "{:?}",
        desktop.history()
    );
}

#[test]
fn a_hand_started_window_killed_mid_stretch_counts_as_cancelled() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let mut window = hand_started_window(&desktop, &daemon);
    window.kill().expect("kill -9 the window");
    window.wait().expect("reap the window");
    wait_for(Duration::from_secs(3), || {
        desktop.status()["state"] != "stretching"
    })
    .unwrap_or_else(|| {
        panic!(
            "still stretching after the window died; log:\n{}",
            daemon.log()
        )
    });
    let events = events_for(&desktop, STRETCH);
    assert!(
        events.iter().any(|event| event["event"] == "cancelled"),
        "{events:?}"
    );
    let again = desktop.run(&["stretch", STRETCH]);
    assert!(again.status.success(), "{}", stderr(&again));
}

#[test]
fn window_reports_for_a_stretch_limber_does_not_know_are_refused() {
    let Some(desktop) = desktop() else { return };
    let _daemon = desktop.start_daemon();
    for line in [
        "{\"cmd\":\"window_started\",\"id\":\"no-such-stretch\"}\n",
        "{\"cmd\":\"window_ended\",\"id\":\"no-such-stretch\",\"ended\":{\"done\":true,\"held_secs\":5}}\n",
    ] {
        let reply = ask(&desktop.socket(), line);
        assert_eq!(reply["ok"], false, "{line}: {reply}");
        assert!(
            reply["message"]
                .as_str()
                .is_some_and(|m| m.contains("no-such-stretch")),
            "{reply}"
        );
    }
    assert_ne!(desktop.status()["state"], "stretching");
    assert!(events_for(&desktop, "no-such-stretch").is_empty());
}

#[test]
fn a_window_gone_before_its_first_answer_leaves_no_stretch_behind() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    // It says it is on screen and is gone before limber answers (killed at that moment, or a
    // client that never reads): the answer cannot be written, and the stretch must still end.
    drop(window_connection(&desktop));
    wait_for(Duration::from_secs(3), || {
        events_for(&desktop, STRETCH)
            .iter()
            .any(|event| event["event"] == "cancelled")
    })
    .unwrap_or_else(|| {
        panic!(
            "the stretch of a window that is gone never ended: {}; log:\n{}",
            desktop.status(),
            daemon.log()
        )
    });
    let again = desktop.run(&["stretch", STRETCH]);
    assert!(again.status.success(), "{}", stderr(&again));
}

#[test]
fn only_the_window_showing_the_stretch_can_end_it() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let mut window = hand_started_window(&desktop, &daemon);
    // Another client reports the end of the same stretch while the window is still on screen.
    let reply = ask(&desktop.socket(), &window_ended(30));
    assert_eq!(reply["ok"], false, "{reply}");
    assert_eq!(desktop.status()["state"], "stretching");
    assert!(
        events_for(&desktop, STRETCH).is_empty(),
        "{:?}",
        desktop.history()
    );
    window.kill().expect("kill -9 the window");
    window.wait().expect("reap the window");
    wait_for(Duration::from_secs(3), || {
        desktop.status()["state"] != "stretching"
    })
    .unwrap_or_else(|| panic!("still stretching; log:\n{}", daemon.log()));
    let ended: Vec<_> = events_for(&desktop, STRETCH)
        .into_iter()
        .map(|event| event["event"].clone())
        .collect();
    assert_eq!(ended, ["cancelled"], "one stretch, recorded once");
}

#[test]
fn windows_that_wait_forever_leave_room_for_limber_s_own() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    // As many start screens as limber allows report in and stay, as a broken client would.
    let waiting: Vec<UnixStream> = (0..8)
        .map(|_| {
            let mut stream = UnixStream::connect(desktop.socket()).expect("connect");
            stream
                .write_all(
                    format!(
                        "{{\"cmd\":\"window_started\",\"id\":\"{STRETCH}\",\"waiting\":true}}\n"
                    )
                    .as_bytes(),
                )
                .unwrap();
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let asked = desktop.run(&["stretch", STRETCH]);
    assert!(asked.status.success(), "{}", stderr(&asked));
    wait_for(Duration::from_secs(10), || !desktop.windows().is_empty())
        .unwrap_or_else(|| panic!("no window; log:\n{}", daemon.log()));
    std::thread::sleep(Duration::from_secs(1));
    // Escape on the window: the stretch is cancelled.
    press(&desktop, &desktop.windows()[0], "Escape");
    let ended = || desktop.status()["state"] != "stretching" && desktop.windows().is_empty();
    wait_for(Duration::from_secs(5), ended)
        .unwrap_or_else(|| panic!("the window did not close; log:\n{}", daemon.log()));
    std::thread::sleep(Duration::from_secs(1));
    let events: Vec<_> = events_for(&desktop, STRETCH)
        .into_iter()
        .map(|event| event["event"].clone())
        .collect();
    assert_eq!(events, ["cancelled"], "one stretch, recorded once");
    drop(waiting);
}

#[test]
fn timer_windows_still_open_after_limber_s_binary_was_replaced() {
    let Some(desktop) = desktop() else { return };
    // limber runs from its installed files; an upgrade then renames new files over them (here
    // stand-ins that fail: the windows of this limber are its own version's, whatever now lies
    // there, as the daemon starts them from the window program it opened when it started).
    let install = |program: &str, built: &Path| {
        let installed = desktop.path().join(program);
        if std::fs::hard_link(built, &installed).is_err() {
            std::fs::copy(built, &installed).expect("copy limber");
        }
        installed
    };
    let installed = install("limber", Path::new(env!("CARGO_BIN_EXE_limber")));
    let windows = install(
        "limber-window",
        Path::new(env!("CARGO_BIN_EXE_limber-window")),
    );
    let mut daemon = desktop.spawn_daemon_from(&installed);
    wait_for(Duration::from_secs(20), || {
        UnixStream::connect(desktop.socket()).is_ok()
    })
    .unwrap_or_else(|| panic!("limber never answered; log:\n{}", daemon.log()));
    for replaced in [&installed, &windows] {
        let upgrade = replaced.with_extension("new");
        std::fs::write(&upgrade, "#!/bin/sh\nexit 3\n").unwrap();
        set_mode(&upgrade, 0o755);
        std::fs::rename(&upgrade, replaced).expect("upgrade");
    }
    let asked = desktop.run(&["stretch", STRETCH]);
    assert!(asked.status.success(), "{}", stderr(&asked));
    wait_for(Duration::from_secs(10), || !desktop.windows().is_empty())
        .unwrap_or_else(|| panic!("no timer window after the upgrade; log:\n{}", daemon.log()));
    assert_eq!(desktop.status()["state"], "stretching");
    assert!(daemon.is_running());
}

#[test]
fn held_seconds_beyond_the_time_since_the_start_are_clamped() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let mut session = window_connection(&desktop);
    assert_eq!(read_reply(&mut session)["ok"], true);
    std::thread::sleep(Duration::from_secs(1));
    // Its end, on the same connection, as a window reports it.
    session
        .write_all(window_ended(u64::MAX).as_bytes())
        .unwrap();
    assert_eq!(read_reply(&mut session)["ok"], true);
    wait_for(Duration::from_secs(3), || {
        !events_for(&desktop, STRETCH).is_empty()
    })
    .unwrap_or_else(|| panic!("nothing recorded; log:\n{}", daemon.log()));
    let held = events_for(&desktop, STRETCH)[0]["held_secs"]
        .as_u64()
        .expect("held seconds");
    assert!(
        held <= 5,
        "recorded {held} s held for a stretch begun a second ago"
    );
}

#[test]
fn quit_closes_every_timer_window() {
    let Some(desktop) = desktop() else { return };
    // A window opened by hand, reporting to the daemon.
    let daemon = desktop.start_daemon();
    let mut window = hand_started_window(&desktop, &daemon);
    assert!(desktop.run(&["quit"]).status.success());
    wait_for(Duration::from_secs(5), || {
        matches!(window.try_wait(), Ok(Some(_))) && desktop.windows().is_empty()
    })
    .unwrap_or_else(|| {
        let _ = window.kill();
        panic!(
            "quit left the hand-started window open; log:\n{}",
            daemon.log()
        )
    });
    assert!(window.wait().unwrap().success());
    let events = events_for(&desktop, STRETCH);
    assert!(
        events.iter().any(|event| event["event"] == "cancelled"),
        "the closed window's stretch was not recorded: {events:?}"
    );
    drop(daemon);

    // The daemon's own window.
    let daemon = desktop.start_daemon();
    let asked = desktop.run(&["stretch", STRETCH]);
    assert!(asked.status.success(), "{}", stderr(&asked));
    wait_for(Duration::from_secs(10), || !desktop.windows().is_empty())
        .unwrap_or_else(|| panic!("no window; log:\n{}", daemon.log()));
    assert!(desktop.run(&["quit"]).status.success());
    wait_for(Duration::from_secs(5), || desktop.windows().is_empty())
        .unwrap_or_else(|| panic!("quit left the daemon's window open; log:\n{}", daemon.log()));
}

#[test]
fn a_reminder_shown_as_a_window_counts_once_started_and_stays_open() {
    let Some(desktop) = desktop() else { return };
    // No notification server: the reminder comes as the window on its start screen.
    let daemon = desktop.start_daemon();
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !desktop.windows().is_empty()),
        "no window; log:\n{}",
        daemon.log()
    );
    assert_eq!(desktop.status()["state"], "due");
    let window = desktop.windows().remove(0);
    press(&desktop, &window, "space");
    wait_for(Duration::from_secs(5), || {
        desktop.status()["state"] == "stretching"
    })
    .unwrap_or_else(|| panic!("Start on the window was not heard; log:\n{}", daemon.log()));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        desktop.windows(),
        [window],
        "the started window must stay open; log:\n{}",
        daemon.log()
    );
    assert_eq!(desktop.status()["state"], "stretching");
}

// 2. A reminder lost when the notification server restarts.

#[test]
fn a_due_reminder_is_shown_again_when_the_notification_server_restarts() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    desktop.remind_via(&server, &daemon);
    drop(server);
    let restarted = NotificationServer::start(desktop.bus.address());
    assert!(
        desktop.stay_active_until(Duration::from_secs(5), || !restarted
            .notifications()
            .is_empty()),
        "the due reminder was lost with the old server; log:\n{}",
        daemon.log()
    );
    assert!(restarted.notifications()[0]
        .summary
        .starts_with("Time to stretch · sitting "));
    assert_eq!(desktop.status()["state"], "due");
}

#[test]
fn a_notification_server_that_never_answers_holds_up_nothing() {
    let Some(desktop) = desktop() else { return };
    let _server = NotificationServer::start_hung(desktop.bus.address());
    let mut daemon = desktop.start_daemon();
    // The reminder is asked of the server, which never answers: it reaches the user as the
    // timer window on its start screen instead. Meanwhile a panel widget asks for the status.
    let mut slowest = Duration::ZERO;
    let reminded = desktop.stay_active_until(Duration::from_secs(35), || {
        let asked = Instant::now();
        let status = desktop.run(&["status"]);
        slowest = slowest.max(asked.elapsed());
        status.status.success() && !desktop.windows().is_empty()
    });
    assert!(
        reminded,
        "no reminder reached the user; log:\n{}",
        daemon.log()
    );
    assert!(
        slowest < Duration::from_secs(4),
        "a status waited {slowest:?} for the server"
    );
    assert!(desktop.run(&["quit"]).status.success());
    wait_for(Duration::from_secs(10), || !daemon.is_running())
        .unwrap_or_else(|| panic!("limber did not stop; log:\n{}", daemon.log()));
}

// 3. Breaks missed when anything talks to limber often.

#[test]
fn polling_status_every_second_does_not_hide_a_break() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config("[reminder]\nevery = \"1h\"\n[activity]\nbreak_after = \"10s\"\n");
    let daemon = desktop.start_daemon();
    desktop.stay_active_until(Duration::from_secs(3), || false);
    // Hands off the keyboard for 25 s while a panel widget asks every second.
    let mut seen = None;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(25) {
        let status = desktop.status();
        if status["state"] == "on_break" {
            seen = Some(started.elapsed());
            break;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
    let seen = seen.unwrap_or_else(|| panic!("the break went unseen; log:\n{}", daemon.log()));
    assert!(
        seen <= Duration::from_secs(13),
        "the break was seen only after {seen:?}"
    );
}

// 4. One slow client blocks all IPC.

#[test]
fn slow_and_silent_clients_hold_up_nobody() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let socket = desktop.socket();
    // One client trickles its request a byte a second; twenty say nothing at all.
    let trickle = {
        let socket = socket.clone();
        std::thread::spawn(move || {
            let mut stream = UnixStream::connect(&socket).expect("connect");
            for byte in b"{\"cmd\":\"status\"}\n" {
                if stream.write_all(&[*byte]).is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
            let mut reply = String::new();
            let _ = stream.read_to_string(&mut reply);
            reply
        })
    };
    let silent: Vec<UnixStream> = (0..20)
        .map(|_| UnixStream::connect(&socket).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..5 {
        let asked = Instant::now();
        let reply = ask(&socket, "{\"cmd\":\"status\"}\n");
        let took = asked.elapsed();
        assert_eq!(reply["ok"], true, "{reply}");
        assert!(
            took < Duration::from_millis(500),
            "status took {took:?} behind slow clients; log:\n{}",
            daemon.log()
        );
        assert!(desktop.run(&["status"]).status.success());
    }
    // Many at once are all answered.
    let asked = Instant::now();
    let parallel: Vec<_> = (0..64)
        .map(|_| {
            let socket = socket.clone();
            std::thread::spawn(move || ask(&socket, "{\"cmd\":\"status\"}\n")["ok"] == true)
        })
        .collect();
    let answered = parallel
        .into_iter()
        .map(|client| client.join().unwrap_or(false))
        .filter(|answered| *answered)
        .count();
    assert_eq!(answered, 64, "log:\n{}", daemon.log());
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "{:?}",
        asked.elapsed()
    );
    drop(silent);
    let reply = trickle.join().expect("the trickling client");
    assert!(
        reply.contains("\"ok\":false") && reply.contains("1 s"),
        "the trickling client is told its request came too slowly: {reply:?}"
    );
}

// 4b. Requests sent straight to the socket, past the command line's checks.

#[test]
fn snooze_and_pause_lengths_sent_to_the_socket_are_bounded_like_the_command_line() {
    let Some(desktop) = desktop() else { return };
    let _daemon = desktop.start_daemon();
    let week = 7 * 24 * 3600;
    for line in [
        format!("{{\"cmd\":\"snooze\",\"secs\":{}}}\n", u64::MAX),
        format!("{{\"cmd\":\"snooze\",\"secs\":{}}}\n", 8 * 3600 + 1),
        "{\"cmd\":\"snooze\",\"secs\":0}\n".to_string(),
        format!("{{\"cmd\":\"pause\",\"secs\":{}}}\n", u64::MAX),
        format!("{{\"cmd\":\"pause\",\"secs\":{}}}\n", week + 1),
        "{\"cmd\":\"pause\",\"secs\":0}\n".to_string(),
    ] {
        let reply = ask(&desktop.socket(), &line);
        assert_eq!(reply["ok"], false, "{line}: {reply}");
        assert!(
            reply["message"]
                .as_str()
                .is_some_and(|m| m.contains("between")),
            "{line}: {reply}"
        );
    }
    let status = desktop.status();
    assert!(
        status["state"] != "snoozed" && status["state"] != "paused",
        "{status}"
    );
    assert!(desktop.history().is_empty(), "{:?}", desktop.history());
    // Within the range they work.
    let reply = ask(&desktop.socket(), "{\"cmd\":\"snooze\",\"secs\":60}\n");
    assert_eq!(reply["ok"], true, "{reply}");
    assert_eq!(desktop.status()["state"], "snoozed");
}

#[test]
fn an_unknown_stretch_is_named_cut_and_escaped() {
    let Some(desktop) = desktop() else { return };
    let _daemon = desktop.start_daemon();
    let long = "x".repeat(60_000);
    let odd = "\\u001b[2J";
    for line in [
        format!("{{\"cmd\":\"stretch\",\"id\":\"{long}\"}}\n"),
        format!("{{\"cmd\":\"window_started\",\"id\":\"{long}\"}}\n"),
        format!("{{\"cmd\":\"window_ended\",\"id\":\"{long}\",\"ended\":{{\"done\":true,\"held_secs\":1}}}}\n"),
        format!("{{\"cmd\":\"stretch\",\"id\":\"{odd}\"}}\n"),
    ] {
        let reply = ask(&desktop.socket(), &line);
        let message = reply["message"].as_str().unwrap_or_default();
        assert_eq!(reply["ok"], false, "{reply}");
        assert!(
            message.chars().count() < 200 && !message.contains('\u{1b}'),
            "{} characters: {}",
            message.chars().count(),
            message.chars().take(200).collect::<String>()
        );
    }
    // The window run by hand says the same, before it tries to open.
    let output = desktop.run(&["stretch", "--here", &long]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).len() < 300,
        "{} bytes",
        stderr(&output).len()
    );
}

#[test]
fn answers_the_client_cannot_read_are_reported_plainly() {
    // Something of ours listens where limber would (an older or broken limber), and answers
    // terminal escapes, a line of 200 KB, or nothing at all.
    let runtime = tempfile::tempdir().unwrap();
    // A runtime folder as the session makes it, the user's alone.
    set_mode(runtime.path(), 0o700);
    let socket = runtime.path().join("limber.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let answers: [&[u8]; 3] = [b"\x1b[2J\x1b]0;pwned\x07 not json\n", &[b'x'; 200_000], b""];
    std::thread::spawn(move || {
        for (answer, client) in answers.into_iter().zip(listener.incoming()) {
            let mut client = client.unwrap();
            std::thread::spawn(move || {
                let _ = client.write_all(answer);
                // Then nothing more, the connection held open, as a hung server would.
                std::thread::sleep(Duration::from_secs(8));
            });
        }
    });
    for expected in ["unexpected", "unexpected", "did not answer"] {
        let asked = Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_limber"))
            .arg("status")
            .env("XDG_RUNTIME_DIR", runtime.path())
            .output()
            .unwrap();
        let said = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{said}");
        assert!(
            said.len() < 300 && said.contains(expected) && !said.contains('\u{1b}'),
            "{} bytes: {}",
            said.len(),
            said.chars().take(300).collect::<String>()
        );
        assert!(
            asked.elapsed() < Duration::from_secs(7),
            "{:?}",
            asked.elapsed()
        );
    }
}

// 5. A spoofed runtime folder.

/// The uid the tests run as.
fn uid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").expect("/proc/self").uid()
}

/// Whether the test runs as root and can make another user to act as.
fn other_user() -> Option<u32> {
    if uid() != 0 || !support::desktop::require(&["useradd"]) {
        eprintln!("skipped: needs root to act as another user");
        return None;
    }
    Some(support::sway::throwaway_user().0)
}

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), None).expect("chown");
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Runs limber without `XDG_RUNTIME_DIR`, so it falls back to `$TMPDIR/limber-UID`.
fn without_runtime_dir(command: &mut Command, tmp: &Path) {
    command.env_remove("XDG_RUNTIME_DIR").env("TMPDIR", tmp);
}

#[test]
fn an_unsafe_runtime_folder_is_refused_clearly_and_reminders_go_on() {
    let Some(desktop) = desktop() else { return };
    let tmp = desktop.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    set_mode(&tmp, 0o1777);
    let folder = tmp.join(format!("limber-{}", uid()));
    let status_here = |expect: &str| {
        let mut command = desktop.limber();
        without_runtime_dir(&mut command, &tmp);
        let output = command.args(["status"]).output().unwrap();
        let said = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{said}");
        assert!(
            said.contains(&folder.display().to_string()) && said.contains(expect),
            "{said}"
        );
    };

    // Open to others (as if another user had made it first, world-writable).
    std::fs::create_dir(&folder).unwrap();
    set_mode(&folder, 0o777);
    let server = NotificationServer::start(desktop.bus.address());
    let mut daemon = desktop.spawn_daemon_with(|command| without_runtime_dir(command, &tmp));
    desktop.remind_via(&server, &daemon);
    assert!(daemon.is_running());
    assert!(
        daemon.log().contains(&folder.display().to_string()),
        "{}",
        daemon.log()
    );
    status_here("open to other users");
    assert_eq!(mode(&folder), 0o777, "limber must not take over the folder");
    // A second limber still finds the first.
    let mut second = desktop.limber();
    without_runtime_dir(&mut second, &tmp);
    let second = second.output().unwrap();
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("already running"),
        "{}",
        stderr(&second)
    );
    drop(daemon);

    // A symbolic link to somewhere else: never followed, never chmod-ed.
    std::fs::remove_dir(&folder).unwrap();
    let elsewhere = desktop.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    set_mode(&elsewhere, 0o755);
    std::os::unix::fs::symlink(&elsewhere, &folder).unwrap();
    let mut daemon = desktop.spawn_daemon_with(|command| without_runtime_dir(command, &tmp));
    wait_for(Duration::from_secs(10), || {
        daemon.log().contains("limber is running")
    })
    .unwrap_or_else(|| panic!("did not start; log:\n{}", daemon.log()));
    assert!(daemon.is_running());
    assert_eq!(mode(&elsewhere), 0o755, "limber followed the link");
    assert!(!elsewhere.join("limber.sock").exists());
    status_here("symbolic link");
    drop(daemon);

    // Made by another user.
    let Some(other) = other_user() else { return };
    std::fs::remove_file(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    set_mode(&folder, 0o700);
    chown(&folder, other);
    let mut daemon = desktop.spawn_daemon_with(|command| without_runtime_dir(command, &tmp));
    wait_for(Duration::from_secs(10), || {
        daemon.log().contains("limber is running")
    })
    .unwrap_or_else(|| panic!("did not start; log:\n{}", daemon.log()));
    assert!(daemon.is_running());
    status_here("owned by another user");
}

#[test]
fn the_runtime_folder_is_named_after_the_real_uid_not_the_home_folder() {
    let Some(other) = other_user() else { return };
    let Some(desktop) = desktop() else { return };
    let tmp = desktop.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    // HOME is only an environment variable: pointing it at another user's folder changes
    // nothing about who we are.
    let home = desktop.path().join("someone-else");
    std::fs::create_dir(&home).unwrap();
    chown(&home, other);
    let daemon = desktop.spawn_daemon_with(|command| {
        without_runtime_dir(command, &tmp);
        command.env("HOME", &home);
    });
    let ours = tmp.join(format!("limber-{}/limber.sock", uid()));
    wait_for(Duration::from_secs(10), || ours.exists())
        .unwrap_or_else(|| panic!("no socket at {}; log:\n{}", ours.display(), daemon.log()));
    assert!(!tmp.join(format!("limber-{other}")).exists());
}

/// Makes `folder` immutable (`chattr +i`: nobody, not even root, can create a file in it) until
/// dropped. None where the file system or the test's rights do not allow it.
struct Immutable<'a>(&'a Path);

impl<'a> Immutable<'a> {
    fn make(folder: &'a Path) -> Option<Immutable<'a>> {
        let made = Command::new("chattr")
            .arg("+i")
            .arg(folder)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !made {
            eprintln!("skipped: chattr +i is not allowed here");
        }
        made.then_some(Immutable(folder))
    }
}

impl Drop for Immutable<'_> {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(self.0).status();
    }
}

#[test]
fn a_runtime_folder_limber_cannot_write_in_costs_only_the_socket() {
    let Some(desktop) = desktop() else { return };
    // Ours and private, but nothing can be created in it (read-only, or a full tmpfs).
    let runtime = desktop.path().join("read-only-runtime");
    std::fs::create_dir(&runtime).unwrap();
    set_mode(&runtime, 0o700);
    let Some(_immutable) = Immutable::make(&runtime) else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    let mut daemon = desktop.spawn_daemon_with(|command| {
        command.env("XDG_RUNTIME_DIR", &runtime);
    });
    desktop.remind_via(&server, &daemon);
    assert!(daemon.is_running());
    assert!(
        daemon.log().contains(&runtime.display().to_string()),
        "says which folder it could not use:\n{}",
        daemon.log()
    );
}

#[test]
fn a_server_running_as_another_user_is_refused_by_the_client() {
    let Some(other) = other_user() else { return };
    let Some(desktop) = desktop() else { return };
    // Another user's fake limber, listening where ours would, in a runtime folder that passes
    // every check the client makes of the folder: the server's credentials are what is left.
    let runtime = desktop.path().join("spoofed-runtime");
    std::fs::create_dir(&runtime).unwrap();
    set_mode(&runtime, 0o700);
    let heard = runtime.join("heard");
    // It binds and opens its record as root, then becomes the other user itself (runuser would
    // leave it running after the test) before it listens: the kernel gives a client the
    // credentials of the listener. It gives up after 30 s whatever happens.
    let script = r#"
import os, socket, sys
heard = open(sys.argv[3], "ab")
server = socket.socket(socket.AF_UNIX)
server.bind(sys.argv[2])
os.setuid(int(sys.argv[1]))
server.listen(8)
server.settimeout(30)
print("ready", flush=True)
while True:
    client, _ = server.accept()
    try:
        heard.write(client.recv(4096))
        heard.flush()
        client.sendall(b'{"ok":true,"message":"Paused by someone else."}\n')
    except OSError:
        pass
    client.close()
"#;
    let mut fake = Command::new("/usr/bin/python3")
        .args(["-c", script, &other.to_string()])
        .arg(runtime.join("limber.sock"))
        .arg(&heard)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the fake server");
    let mut ready = String::new();
    BufReader::new(fake.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    assert_eq!(ready.trim(), "ready");
    let output = desktop
        .limber()
        .args(["pause", "1h"])
        .env("XDG_RUNTIME_DIR", &runtime)
        .output()
        .unwrap();
    let _ = fake.kill();
    let _ = fake.wait();
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains(&format!("uid {other}")), "{said}");
    assert!(
        std::fs::read(&heard).unwrap_or_default().is_empty(),
        "the request reached another user's server"
    );
}

// 6. Also found.

#[test]
fn notification_bodies_are_escaped_for_servers_that_read_markup() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(
        r#"
[reminder]
every = "15s"
[activity]
break_after = "8s"
[stretches]
positions = ["standing"]
disabled = ["standing-forward-fold", "desk-supported-hip-hinge", "standing-heel-forward-hinge"]
[[stretches.custom]]
id = "hostile-a"
name = "A"
position = "standing"
steps = ["Stand."]
cue = "stand"
[[stretches.custom]]
id = "hostile-b"
name = 'Fold & <img src="file:///etc/hostname"> it'
position = "standing"
steps = ["Stand."]
cue = "stand <b>tall</b>"
"#,
    );
    // Only the two custom stretches are left, and the rotation carries on after the last one
    // suggested: the next is ours.
    let state = desktop.path().join("state/limber/state.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{\"last_stretch\":\"hostile-a\"}").unwrap();
    let server = NotificationServer::start_with_capabilities(
        desktop.bus.address(),
        &["actions", "body", "body-markup"],
    );
    let daemon = desktop.start_daemon();
    desktop.remind_via(&server, &daemon);
    let body = server.notifications()[0].body.clone();
    assert!(
        body.to_lowercase().contains("fold &amp; &lt;img src="),
        "the name, escaped: {body}"
    );
    assert!(!body.contains('<'), "{body}");
}

#[test]
fn the_log_says_nothing_odd_on_a_clean_start_and_shutdown() {
    let Some(desktop) = desktop() else { return };
    let mut daemon = desktop.start_daemon();
    // No tray host yet.
    wait_for(Duration::from_secs(5), || {
        daemon.log().contains("no tray host")
    })
    .unwrap_or_else(|| panic!("log:\n{}", daemon.log()));
    let watcher = SniWatcher::start(desktop.bus.address());
    watcher
        .wait_for_item(Duration::from_secs(10))
        .expect("the item registers");
    assert!(desktop.run(&["quit"]).status.success());
    wait_for(Duration::from_secs(5), || !daemon.is_running()).expect("limber stops");
    let log = daemon.log();
    // Debug formatting ("(No)", "Error(Watcher(…))") and zbus complaining as its connection
    // closes on the way out are no help to anyone reading the log.
    for noise in ["(No)", "Error(", "NameLost"] {
        assert!(!log.contains(noise), "{noise:?} in the log:\n{log}");
    }
}

// 7. The last cases: a lock nobody lifts, a window left open, a launch that fails, a bus that
// never answers, two daemons, an unusable runtime folder, and small ones.

/// The daemon with a logind double on a private system bus, which it watches for locks.
fn with_logind(desktop: &Desktop) -> (support::bus::PrivateBus, Logind, Daemon) {
    let system = support::bus::PrivateBus::start();
    let logind = Logind::start(system.address());
    let daemon = desktop.start_daemon_with(|command| {
        command.env("DBUS_SYSTEM_BUS_ADDRESS", system.address());
    });
    (system, logind, daemon)
}

/// Waits up to `limit` for `limber status` to say `state`, keeping the user active meanwhile
/// when `active`; panics with the status and the log if it does not.
fn expect_state(desktop: &Desktop, daemon: &Daemon, limit: Duration, active: bool, state: &str) {
    let reached = || desktop.status()["state"] == state;
    let seen = if active {
        desktop.stay_active_until(limit, reached)
    } else {
        wait_for(limit, reached).is_some()
    };
    assert!(
        seen,
        "never {state}: {}; log:\n{}",
        desktop.status(),
        daemon.log()
    );
}

#[test]
fn a_lock_nobody_lifts_ends_when_the_user_is_back_and_logind_holds_no_lock() {
    let Some(desktop) = desktop() else { return };
    // `loginctl lock-session` with i3lock or swaylock: logind sends Lock, and nothing ever
    // sends Unlock or sets LockedHint.
    let (_system, logind, daemon) = with_logind(&desktop);
    desktop.stay_active_until(Duration::from_secs(2), || false);
    logind.announce(Announce::Lock);
    expect_state(&desktop, &daemon, Duration::from_secs(3), false, "on_break");
    // Back before idleness could reach break_after (8 s): the source has nothing to report.
    expect_state(&desktop, &daemon, Duration::from_secs(14), true, "active");
    // Away past break_after, then back: the input that ends the idleness says so.
    logind.announce(Announce::Lock);
    expect_state(&desktop, &daemon, Duration::from_secs(3), false, "on_break");
    std::thread::sleep(Duration::from_secs(10));
    expect_state(&desktop, &daemon, Duration::from_secs(4), true, "active");
    assert!(desktop.status()["sitting_seconds"].as_u64().unwrap() <= 5);
}

#[test]
fn a_lock_screen_logind_knows_of_stays_a_break_while_the_mouse_moves() {
    let Some(desktop) = desktop() else { return };
    // GNOME and KDE set LockedHint while their lock screen shows; moving the mouse there is
    // not being back.
    let (_system, logind, daemon) = with_logind(&desktop);
    desktop.stay_active_until(Duration::from_secs(2), || false);
    logind.set_locked_hint(true);
    logind.announce(Announce::Lock);
    expect_state(&desktop, &daemon, Duration::from_secs(3), false, "on_break");
    let left = |seen: bool| {
        assert!(
            !seen,
            "the lock ended while logind held it: {}; log:\n{}",
            desktop.status(),
            daemon.log()
        )
    };
    left(desktop.stay_active_until(Duration::from_secs(12), || {
        desktop.status()["state"] != "on_break"
    }));
    std::thread::sleep(Duration::from_secs(10));
    left(desktop.stay_active_until(Duration::from_secs(3), || {
        desktop.status()["state"] != "on_break"
    }));
    assert!(
        daemon.log().contains("LockedHint"),
        "limber never asked; log:\n{}",
        daemon.log()
    );
    logind.set_locked_hint(false);
    logind.announce(Announce::Unlock);
    expect_state(&desktop, &daemon, Duration::from_secs(3), false, "active");
}

/// [`CONFIG`] with its stretch made as short as a stretch can be: 3 s to get into position, a
/// 5 s hold, 5 s to come out.
fn short_stretch_config() -> String {
    CONFIG.replace("hold = \"30s\"", "setup = \"3s\"\nhold = \"5s\"")
}

/// Sends `signal` (e.g. "STOP") to process `pid`.
fn signal(pid: u32, signal: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
}

#[test]
fn a_window_forgotten_past_its_stretch_and_an_interval_is_closed_and_counted_once() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(&short_stretch_config());
    let daemon = desktop.start_daemon();
    let mut window = hand_started_window(&desktop, &daemon);
    let started = Instant::now();
    // Stopped (or paused and forgotten): it will never report on its own.
    signal(window.id(), "STOP");
    wait_for(Duration::from_secs(45), || {
        desktop.status()["state"] != "stretching"
    })
    .unwrap_or_else(|| {
        signal(window.id(), "CONT");
        let _ = window.kill();
        panic!("a stopped window held the stretch; log:\n{}", daemon.log())
    });
    // Its 13 s routine and an interval (15 s) passed first.
    assert!(
        started.elapsed() >= Duration::from_secs(25),
        "ended after {:?}",
        started.elapsed()
    );
    let ended = || -> Vec<serde_json::Value> {
        events_for(&desktop, STRETCH)
            .into_iter()
            .map(|event| event["event"].clone())
            .collect()
    };
    assert_eq!(ended(), ["cancelled"], "{:?}", desktop.history());
    // Woken, the window finds it was told to close, reports, and is answered plainly.
    signal(window.id(), "CONT");
    let exited = wait_for(Duration::from_secs(10), || {
        matches!(window.try_wait(), Ok(Some(_)))
    });
    let output = window.wait_with_output().expect("the window");
    assert!(
        exited.is_some() && output.status.success(),
        "{}; log:\n{}",
        stderr(&output),
        daemon.log()
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        ended(),
        ["cancelled"],
        "recorded twice: {:?}",
        desktop.history()
    );
    assert_eq!(desktop.status()["state"], "active");
}

#[test]
fn a_stretch_whose_window_cannot_be_started_is_reported_as_failed() {
    let Some(desktop) = desktop() else { return };
    // limber runs from a file that then stops being a program it can start (an upgrade gone
    // wrong, a file system remounted noexec).
    let installed = desktop.path().join("limber");
    std::fs::copy(env!("CARGO_BIN_EXE_limber"), &installed).expect("copy limber");
    set_mode(&installed, 0o755);
    let mut daemon = desktop.spawn_daemon_from(&installed);
    wait_for(Duration::from_secs(20), || {
        UnixStream::connect(desktop.socket()).is_ok()
    })
    .unwrap_or_else(|| panic!("limber never answered; log:\n{}", daemon.log()));
    set_mode(&installed, 0o644);
    let asked = desktop.run(&["stretch", STRETCH]);
    let said = stderr(&asked);
    assert_eq!(
        asked.status.code(),
        Some(1),
        "{said}; log:\n{}",
        daemon.log()
    );
    assert!(
        said.contains("timer window") && said.contains(&installed.display().to_string()),
        "says what failed: {said}"
    );
    assert_ne!(desktop.status()["state"], "stretching");
    assert!(daemon.is_running());
}

/// `limber status --json`, which must answer within two seconds whatever hangs elsewhere.
fn prompt_status(desktop: &Desktop, daemon: &Daemon) -> serde_json::Value {
    let asked = Instant::now();
    let output = desktop.run(&["status", "--json"]);
    let took = asked.elapsed();
    assert!(
        output.status.success() && took < Duration::from_secs(2),
        "status took {took:?}: {}; log:\n{}",
        stderr(&output),
        daemon.log()
    );
    serde_json::from_slice(&output.stdout).expect("status JSON")
}

#[test]
fn an_idle_source_that_stops_answering_holds_up_nothing() {
    let Some(desktop) = desktop() else { return };
    // A Wayland session whose one idle source is the ScreenSaver interface, sampled; its shell
    // answers once, then hangs.
    let screensaver = HangingScreenSaver::start(desktop.bus.address(), 1);
    let daemon = desktop.start_daemon_with(|command| {
        command.env("XDG_SESSION_TYPE", "wayland");
    });
    // Every status is answered at once, and limber turns to the next source (XWayland here).
    let found = wait_for(Duration::from_secs(20), || {
        prompt_status(&desktop, &daemon)["idle_source"] == "x11-sync"
    });
    assert!(found.is_some(), "log:\n{}", daemon.log());
    assert!(screensaver.calls() >= 2, "the hung source was never asked");
}

#[test]
fn a_gnome_shell_that_hangs_holds_up_nothing() {
    let Some(desktop) = desktop() else { return };
    let mutter = MutterDouble::start(desktop.bus.address());
    let daemon = desktop.start_daemon_with(|command| {
        command.env("XDG_SESSION_TYPE", "wayland");
    });
    assert_eq!(
        prompt_status(&desktop, &daemon)["idle_source"],
        "gnome-mutter"
    );
    mutter.hang();
    // A new break length connects the source afresh: it asks the hung shell.
    desktop.write_config(&CONFIG.replace("break_after = \"8s\"", "break_after = \"9s\""));
    for _ in 0..8 {
        prompt_status(&desktop, &daemon);
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(
        daemon.log().contains("applied the changed config"),
        "log:\n{}",
        daemon.log()
    );
}

#[test]
fn a_logind_that_hangs_holds_up_nothing() {
    let Some(desktop) = desktop() else { return };
    let system = support::bus::PrivateBus::start();
    let _logind = Logind::start_hung(system.address());
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon_with(|command| {
        command.env("DBUS_SYSTEM_BUS_ADDRESS", system.address());
    });
    prompt_status(&desktop, &daemon);
    // The reminder comes all the same, its busy check asking the hung logind too.
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || {
            prompt_status(&desktop, &daemon);
            !server.notifications().is_empty()
        }),
        "no reminder; log:\n{}",
        daemon.log()
    );
}

/// Starts a second `limber` daemon, changed by `configure`, and waits up to ten seconds for it to
/// end (it is killed if it does not); returns whether it ended by itself, and what it said.
fn start_a_second_daemon(
    desktop: &Desktop,
    configure: impl FnOnce(&mut Command),
) -> (bool, String) {
    let mut command = desktop.limber();
    configure(&mut command);
    let mut second = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("second limber");
    let ended = wait_for(Duration::from_secs(10), || {
        matches!(second.try_wait(), Ok(Some(_)))
    })
    .is_some();
    if !ended {
        let _ = second.kill();
    }
    let output = second.wait_with_output().expect("second limber's output");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    (ended, said)
}

#[test]
fn a_second_daemon_of_the_user_is_refused_whatever_its_runtime_folder() {
    let Some(desktop) = desktop() else { return };
    let mut daemon = desktop.start_daemon();
    let first_socket = desktop.socket().display().to_string();
    // An ssh session with a runtime folder of its own, and one with none.
    let elsewhere = desktop.path().join("ssh-runtime");
    let tmp = desktop.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    for (session, configure) in [
        (
            "another XDG_RUNTIME_DIR",
            Box::new(|command: &mut Command| {
                command.env("XDG_RUNTIME_DIR", &elsewhere);
            }) as Box<dyn FnOnce(&mut Command)>,
        ),
        (
            "no XDG_RUNTIME_DIR",
            Box::new(|command: &mut Command| without_runtime_dir(command, &tmp)),
        ),
    ] {
        let (ended, said) = start_a_second_daemon(&desktop, configure);
        assert!(
            ended,
            "with {session}, a second daemon ran beside the first: {said}"
        );
        assert!(
            said.contains("already running") && said.contains(&first_socket),
            "with {session}: {said}"
        );
    }
    assert!(!elsewhere.join("limber.sock").exists());
    assert!(daemon.is_running());
    desktop.status();
}

#[test]
fn a_client_names_the_runtime_folder_it_cannot_use_and_finds_a_limber_serving_elsewhere() {
    let Some(desktop) = desktop() else { return };
    let _daemon = desktop.start_daemon();
    let status_with = |runtime_dir: &Path| {
        let output = desktop
            .limber()
            .env("XDG_RUNTIME_DIR", runtime_dir)
            .arg("status")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        stderr(&output)
    };
    // A file, not a folder.
    let a_file = desktop.path().join("a-file");
    std::fs::write(&a_file, "").unwrap();
    let said = status_with(&a_file);
    assert!(
        said.contains(&format!(
            "runtime folder {}: it is not a folder",
            a_file.display()
        )),
        "{said}"
    );
    // A folder limber refuses (open to others, or another user's): it never serves there.
    let said = status_with(Path::new("/"));
    assert!(said.contains("refusing the runtime folder /:"), "{said}");
    // A folder of its own, as an ssh session has: limber runs, serving elsewhere.
    let elsewhere = desktop.path().join("ssh-runtime");
    std::fs::create_dir(&elsewhere).unwrap();
    set_mode(&elsewhere, 0o700);
    let said = status_with(&elsewhere);
    assert!(
        said.contains(&desktop.socket().display().to_string()),
        "{said}"
    );
}

#[test]
fn a_config_rewritten_without_end_fills_no_log() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let applied = || daemon.log().matches("applied the changed config").count();
    // Only a comment changes: the settings do not, and there is nothing to say.
    for round in 0..20 {
        desktop.write_config(&format!("{CONFIG}\n# edited {round}\n"));
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(applied(), 0, "log:\n{}", daemon.log());
    // A script flips a setting as fast as it can for four seconds.
    let flipping = Instant::now();
    let mut writes = 0;
    while flipping.elapsed() < Duration::from_secs(4) {
        let every = if writes % 2 == 0 { "16s" } else { "15s" };
        desktop.write_config(&CONFIG.replace("every = \"15s\"", &format!("every = \"{every}\"")));
        writes += 1;
    }
    std::thread::sleep(Duration::from_secs(1));
    let lines = applied();
    assert!(
        (1..=5 * 5).contains(&lines),
        "{lines} log lines for {writes} changes in 4 s"
    );
    assert!(daemon.log().lines().count() < 100, "log:\n{}", daemon.log());
    desktop.status();
}

#[test]
fn a_tray_host_that_comes_and_goes_is_logged_once() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let tray_lines = |level: &str| {
        daemon
            .log()
            .lines()
            .filter(|line| line.contains(level) && line.contains("tray host"))
            .count()
    };
    wait_for(Duration::from_secs(5), || tray_lines("WARN") == 1)
        .unwrap_or_else(|| panic!("log:\n{}", daemon.log()));
    // A panel that crashes and restarts, again and again.
    for _ in 0..4 {
        let watcher = SniWatcher::start(desktop.bus.address());
        watcher
            .wait_for_item(Duration::from_secs(10))
            .expect("the item registers");
        drop(watcher);
        wait_for(Duration::from_secs(5), || {
            !desktop.status()["tray"].as_bool().unwrap_or(true)
        })
        .unwrap_or_else(|| panic!("the tray host's going unnoticed; log:\n{}", daemon.log()));
    }
    assert_eq!(tray_lines("WARN"), 1, "log:\n{}", daemon.log());
    assert!(tray_lines("INFO") <= 1, "log:\n{}", daemon.log());
}

#[test]
fn a_window_that_never_reads_cannot_hold_limber_when_told_to_close() {
    let Some(desktop) = desktop() else { return };
    let mut daemon = desktop.start_daemon();
    // A window, stopped or hostile, that keeps reporting and never reads an answer: the
    // answers fill its connection.
    let mut window = window_connection(&desktop);
    window.set_nonblocking(true).unwrap();
    let report = format!("{{\"cmd\":\"window_started\",\"id\":\"{STRETCH}\"}}\n");
    let mut full_since = None;
    let filling = Instant::now();
    while full_since.is_none_or(|since: Instant| since.elapsed() < Duration::from_millis(500)) {
        assert!(
            filling.elapsed() < Duration::from_secs(20),
            "the connection never filled"
        );
        match window.write(report.as_bytes()) {
            Ok(_) => full_since = None,
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                full_since.get_or_insert_with(Instant::now);
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(error) => panic!("{error}"),
        }
    }
    // limber quits at once all the same, telling the window to close as best it can.
    let asked = Instant::now();
    let quit = desktop.run(&["quit"]);
    assert!(
        quit.status.success() && asked.elapsed() < Duration::from_secs(2),
        "quit took {:?}: {}",
        asked.elapsed(),
        stderr(&quit)
    );
    wait_for(Duration::from_secs(2), || !daemon.is_running())
        .unwrap_or_else(|| panic!("limber did not stop; log:\n{}", daemon.log()));
    drop(window);
}
