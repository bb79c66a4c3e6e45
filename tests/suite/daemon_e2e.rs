//! End to end: the real `limber` daemon on a virtual X display with a private session bus,
//! talking to protocol-exact doubles of a notification server and a tray host, driven by real
//! pointer input (xdotool) and by its own command line.
//!
//! The config uses second-scale durations (`every = "15s"`, `break_after = "8s"`) so each test
//! runs in well under a minute.

use crate::support;

use std::time::{Duration, Instant};

use support::desktop::{wait_for, Daemon, Desktop};
use support::notification_server::{NotificationServer, Notified};
use support::sni_watcher::SniWatcher;

const TEST_CONFIG: &str = support::desktop::QUICK_REMINDERS;

fn desktop() -> Option<Desktop> {
    let desktop = Desktop::start()?;
    desktop.write_config(TEST_CONFIG);
    Some(desktop)
}

/// The first notification within 25 s of keeping the user active; a failure with the log if none.
fn first_reminder(desktop: &Desktop, server: &NotificationServer, daemon: &Daemon) -> Notified {
    let mut reminder = None;
    desktop.stay_active_until(Duration::from_secs(25), || {
        reminder = server.notifications().into_iter().next();
        reminder.is_some()
    });
    reminder.unwrap_or_else(|| panic!("no reminder within 25 s; log:\n{}", daemon.log()))
}

#[test]
fn a_reminder_arrives_on_time_names_a_stretch_and_start_begins_it() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let mut daemon = desktop.start_daemon();
    let started = Instant::now();
    let reminder = first_reminder(&desktop, &server, &daemon);
    let after = started.elapsed();
    assert!(
        after >= Duration::from_secs(14) && after <= Duration::from_secs(17),
        "reminder after {after:?}, expected 15 s ± 1 s (plus start-up)"
    );
    assert!(reminder.summary.starts_with("Time to stretch · sitting "));
    assert_eq!(reminder.app_name, "limber");
    let listed = String::from_utf8(desktop.run(&["list"]).stdout).unwrap();
    let names: Vec<String> = listed
        .lines()
        .skip(1)
        .filter_map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .nth(1)
        })
        .map(str::to_lowercase)
        .collect();
    let body = reminder.body.to_lowercase();
    assert!(
        names.iter().any(|name| body.contains(name)),
        "the body names no catalogue stretch: {} (names: {names:?})",
        reminder.body
    );
    let keys: Vec<&str> = reminder
        .actions
        .chunks(2)
        .map(|pair| pair[0].as_str())
        .collect();
    for key in ["default", "start", "snooze", "skip"] {
        assert!(keys.contains(&key), "missing action {key}: {keys:?}");
    }
    assert_eq!(desktop.status()["state"], "due");

    server.invoke_action(reminder.id, "default");
    wait_for(Duration::from_secs(5), || {
        desktop.status()["state"] == "stretching"
    })
    .unwrap_or_else(|| panic!("Start did not begin a stretch; log:\n{}", daemon.log()));
    assert!(daemon.is_running());
}

#[test]
fn snoozing_from_the_notification_moves_the_next_reminder_out_by_the_snooze_length() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !server
            .notifications()
            .is_empty()),
        "no reminder; log:\n{}",
        daemon.log()
    );
    let first = server.notifications().remove(0);
    server.invoke_action(first.id, "snooze");
    wait_for(Duration::from_secs(5), || {
        desktop.status()["state"] == "snoozed"
    })
    .expect("snoozed");
    let next = desktop.status()["next_reminder_seconds"]
        .as_u64()
        .expect("a next reminder");
    assert!(
        (8..=10).contains(&next),
        "next reminder in {next} s, expected about 10 s"
    );
    let snoozed_at = Instant::now();
    assert!(
        desktop.stay_active_until(Duration::from_secs(15), || server.notifications().len()
            >= 2),
        "the snoozed reminder never came back; log:\n{}",
        daemon.log()
    );
    let again = snoozed_at.elapsed();
    assert!(
        again >= Duration::from_secs(9) && again <= Duration::from_secs(12),
        "came back after {again:?}"
    );
}

#[test]
fn without_activity_sitting_resets_and_no_reminder_fires() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    // Nobody touches the pointer: the X server's idle time passes the 8 s break threshold.
    std::thread::sleep(Duration::from_secs(20));
    let status = desktop.status();
    assert_eq!(status["state"], "on_break", "{status}");
    assert_eq!(status["sitting_seconds"], 0);
    assert_eq!(status["idle_source"], "x11-sync");
    assert!(
        server.notifications().is_empty(),
        "reminded an absent user; log:\n{}",
        daemon.log()
    );
}

#[test]
fn a_second_instance_says_so_exits_zero_and_never_doubles_reminders() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let _daemon = desktop.start_daemon();
    let second = desktop.limber().output().expect("second limber");
    assert!(second.status.success());
    assert_eq!(
        String::from_utf8_lossy(&second.stdout).trim(),
        "limber is already running"
    );
    desktop.stay_active_until(Duration::from_secs(20), || false);
    assert_eq!(
        server.notifications().len(),
        1,
        "expected exactly one reminder in 20 s"
    );
}

#[test]
fn the_tray_item_registers_and_its_menu_pauses_limber() {
    let Some(desktop) = desktop() else { return };
    let watcher = SniWatcher::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    let menu = support::dbusmenu::Menu::of_daemon(&desktop, &watcher, &daemon);
    let labels = menu.labels();
    for expected in ["Stretch now", "Stretch…", "Pause", "Open settings", "Quit"] {
        assert!(
            labels.iter().any(|l| l == expected),
            "menu lacks {expected}: {labels:?}"
        );
    }
    assert!(
        labels[0].starts_with("Sitting"),
        "first line is the status: {labels:?}"
    );
    menu.click(&["Pause", "30 min"]);
    wait_for(Duration::from_secs(5), || {
        desktop.status()["state"] == "paused"
    })
    .unwrap_or_else(|| panic!("Pause ▸ 30 min did not pause; log:\n{}", daemon.log()));
    let status = desktop.status();
    assert!(status["paused_until"].is_string(), "{status}");
}

#[test]
fn start_at_login_in_the_tray_and_limber_autostart_are_one_switch() {
    let Some(desktop) = desktop() else { return };
    let watcher = SniWatcher::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    let menu = support::dbusmenu::Menu::of_daemon(&desktop, &watcher, &daemon);
    let checked = || {
        menu.find(&["Start at login"])
            .and_then(|entry| entry.checked)
    };
    let entry_file = desktop.path().join("config/autostart/limber.desktop");
    assert_eq!(checked(), Some(false), "{:?}", menu.layout());

    menu.click(&["Start at login"]);
    wait_for(Duration::from_secs(5), || checked() == Some(true))
        .unwrap_or_else(|| panic!("the item did not tick; log:\n{}", daemon.log()));
    let text = std::fs::read_to_string(&entry_file).expect("the autostart entry");
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_limber")).unwrap();
    assert!(
        text.contains(&format!("Exec={}\n", binary.display())),
        "{text}"
    );
    let status = desktop.run(&["autostart", "status"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).starts_with("Start at login: on"),
        "{status:?}"
    );

    // Switched off from the command line, the tray follows.
    let disabled = desktop.run(&["autostart", "disable"]);
    assert!(disabled.status.success(), "{disabled:?}");
    assert!(!entry_file.exists());
    wait_for(Duration::from_secs(5), || checked() == Some(false))
        .unwrap_or_else(|| panic!("the tray did not follow the CLI; log:\n{}", daemon.log()));
}

#[test]
fn a_broken_config_edit_keeps_the_daemon_on_its_last_good_settings() {
    let Some(desktop) = desktop() else { return };
    let server = NotificationServer::start(desktop.bus.address());
    let mut daemon = desktop.start_daemon();
    desktop.write_config("[reminder]\nevery = \"soon\"\n");
    assert!(
        wait_for(Duration::from_secs(5), || server
            .notifications()
            .iter()
            .any(|n| n.body.contains("config.toml:2:9")))
        .is_some(),
        "no notice naming file:line:col; got {:?}; log:\n{}",
        server.notifications(),
        daemon.log()
    );
    assert!(daemon.is_running());
    let next = desktop.status()["next_reminder_seconds"]
        .as_u64()
        .unwrap_or(u64::MAX);
    assert!(
        next <= 15,
        "the old 15 s interval should still be in force, next in {next} s"
    );
    // A good edit applies without a restart.
    desktop.write_config(&TEST_CONFIG.replace("\"15s\"", "\"40s\""));
    wait_for(Duration::from_secs(5), || {
        desktop.status()["next_reminder_seconds"]
            .as_u64()
            .is_some_and(|n| n > 20)
    })
    .unwrap_or_else(|| panic!("the valid edit was not applied; log:\n{}", daemon.log()));
}

#[test]
fn cli_commands_drive_the_running_daemon() {
    let Some(desktop) = desktop() else { return };
    let _daemon = desktop.start_daemon();
    let paused = desktop.run(&["pause", "--until-tomorrow"]);
    assert!(
        paused.status.success(),
        "{}",
        String::from_utf8_lossy(&paused.stderr)
    );
    assert_eq!(desktop.status()["state"], "paused");
    assert!(desktop.run(&["resume"]).status.success());
    assert_ne!(desktop.status()["state"], "paused");
    let skip = desktop.run(&["skip"]);
    assert_eq!(
        skip.status.code(),
        Some(1),
        "skip with nothing due is refused at run time, not a usage error"
    );
    assert!(String::from_utf8_lossy(&skip.stderr).contains("No reminder is due"));
    assert!(desktop.run(&["quit"]).status.success());
    wait_for(Duration::from_secs(5), || {
        desktop.run(&["status"]).status.code() == Some(1)
    })
    .expect("after quit, status reports that limber is not running");
}

#[test]
fn without_a_notification_server_the_reminder_opens_the_window_on_its_start_screen() {
    let Some(desktop) = desktop() else { return };
    let daemon = desktop.start_daemon();
    let mut window = String::new();
    desktop.stay_active_until(Duration::from_secs(25), || {
        let found = std::process::Command::new("xdotool")
            .args(["search", "--name", "^limber"])
            .env("DISPLAY", &desktop.display)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        window = found;
        !window.is_empty()
    });
    assert!(
        !window.is_empty(),
        "no timer window appeared; log:\n{}",
        daemon.log()
    );
    let status = desktop.status();
    assert_eq!(status["state"], "due", "{status}");
    assert_eq!(status["notifications"], false, "{status}");
}

#[test]
fn a_daemon_killed_hard_leaves_a_socket_the_next_one_replaces() {
    let Some(desktop) = desktop() else { return };
    let mut first = desktop.start_daemon();
    let _ = first.child.kill();
    let _ = first.child.wait();
    assert!(
        desktop.path().join("runtime/limber.sock").exists(),
        "a killed daemon leaves its socket behind"
    );
    let second = desktop.start_daemon();
    assert_eq!(desktop.status()["state"], "active");
    assert!(
        second.log().contains("replaced a stale socket"),
        "log:\n{}",
        second.log()
    );
}

#[test]
fn malformed_requests_get_an_error_reply_and_never_crash_the_daemon() {
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    let Some(desktop) = desktop() else { return };
    let mut daemon = desktop.start_daemon();
    let socket = desktop.path().join("runtime/limber.sock");
    let mut oversized = vec![b'x'; 70 * 1024];
    oversized.push(b'\n');
    let requests: Vec<(&str, Vec<u8>)> = vec![
        ("oversized", oversized),
        ("not json", b"hello limber\n".to_vec()),
        ("unknown command", b"{\"cmd\":\"explode\"}\n".to_vec()),
        (
            "unknown field",
            b"{\"cmd\":\"skip\",\"force\":true}\n".to_vec(),
        ),
        (
            "wrong type",
            b"{\"cmd\":\"snooze\",\"secs\":\"ten\"}\n".to_vec(),
        ),
        ("truncated", b"{\"cmd\":\"sta".to_vec()),
    ];
    for (what, bytes) in requests {
        let mut stream = UnixStream::connect(&socket).expect("connect");
        let _ = stream.write_all(&bytes);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut reply = String::new();
        let _ = stream.read_to_string(&mut reply);
        let reply: serde_json::Value = serde_json::from_str(reply.trim())
            .unwrap_or_else(|_| panic!("{what}: no JSON reply: {reply:?}"));
        assert_eq!(reply["ok"], false, "{what}: {reply}");
        assert!(
            reply["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}: {reply}"
        );
    }
    assert!(daemon.is_running());
    assert_eq!(desktop.status()["state"], "active");
}

#[test]
fn the_fifth_full_hold_of_a_stretch_makes_its_next_reminder_five_seconds_longer() {
    use std::io::{Read, Write};
    use std::os::unix::net::UnixStream;
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // The chair figure four alone, so every reminder suggests it.
    desktop.write_config(&format!(
        "{TEST_CONFIG}[stretches]\npositions = [\"chair\"]\n\
         disabled = [\"chair-hamstring-turnout\", \"chair-forward-bend\"]\n"
    ));
    // Four full holds of it already in history, one short one that does not count.
    let history = desktop.history_file();
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let line = |event: &str| {
        format!(
            "{{\"v\":2,\"at\":\"2026-11-24T14:00:00Z\",\"event\":\"{event}\",\
             \"stretch\":\"seated-figure-four-chair\",\"held_secs\":60,\"hold_secs\":30}}\n"
        )
    };
    std::fs::write(&history, line("done").repeat(4) + &line("stopped_early")).unwrap();
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    // A window reports the fifth, held in full on both sides.
    let mut stream = UnixStream::connect(desktop.path().join("runtime/limber.sock")).unwrap();
    stream
        .write_all(
            b"{\"cmd\":\"window_ended\",\"id\":\"seated-figure-four-chair\",\"ended\":\
              {\"done\":true,\"held_secs\":60,\"sides_secs\":[30,30]}}\n",
        )
        .unwrap();
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    assert!(reply.contains("\"ok\":true"), "{reply}");
    let reminder = first_reminder(&desktop, &server, &daemon);
    assert!(
        reminder.body.contains("seated figure four, 35 s each side"),
        "{}",
        reminder.body
    );
}
