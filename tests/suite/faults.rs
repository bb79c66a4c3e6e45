//! Faults the daemon must survive: peers that are missing at start and come later, a peer
//! running as another user.

use crate::support;

use std::time::Duration;

use support::bus::PrivateBus;
use support::desktop::{wait_for, Desktop};
use support::logind::{Announce, Logind};
use support::notification_server::NotificationServer;
use support::sni_watcher::SniWatcher;

const FAST: &str =
    "[reminder]\nevery = \"15s\"\nsnooze = \"10s\"\n[activity]\nbreak_after = \"8s\"\n";

/// With no notification server, the reminder comes as the timer window with the tray "due";
/// then a server starts, the user closes the window, and the next reminder goes to the server,
/// which is returned.
fn window_then_notification(
    desktop: &Desktop,
    daemon: &support::desktop::Daemon,
) -> NotificationServer {
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !desktop.windows().is_empty()),
        "no window without a notification server; log:\n{}",
        daemon.log()
    );
    assert_eq!(desktop.status()["state"], "due");
    let server = NotificationServer::start(desktop.bus.address());
    close_windows(desktop);
    wait_for(Duration::from_secs(5), || desktop.windows().is_empty())
        .expect("Escape closes the window");
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !server
            .notifications()
            .is_empty()),
        "the next reminder did not reach the server; log:\n{}",
        daemon.log()
    );
    server
}

/// Closes limber's windows the way a user would: focus, then Escape.
fn close_windows(desktop: &Desktop) {
    for window in desktop.windows() {
        for args in [vec!["windowfocus", window.as_str()], vec!["key", "Escape"]] {
            let _ = std::process::Command::new("xdotool")
                .args(&args)
                .env("DISPLAY", &desktop.display)
                .status();
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

#[test]
fn a_notification_server_that_appears_later_gets_the_next_reminder() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(FAST);
    let daemon = desktop.start_daemon();
    // No server: the reminder reaches the user as the timer window on its start screen.
    let server = window_then_notification(&desktop, &daemon);
    assert!(server.notifications()[0]
        .summary
        .starts_with("Time to stretch · sitting "));
}

#[test]
fn a_tray_host_that_appears_later_gets_the_icon() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let mut daemon = desktop.start_daemon();
    std::thread::sleep(Duration::from_secs(2));
    assert!(daemon.is_running(), "no tray host must not stop the daemon");
    let watcher = SniWatcher::start(desktop.bus.address());
    watcher
        .wait_for_item(Duration::from_secs(10))
        .unwrap_or_else(|| {
            panic!(
                "the item never registered with a late watcher; log:\n{}",
                daemon.log()
            )
        });
}

#[test]
fn a_client_running_as_another_user_is_refused() {
    if !support::desktop::require(&["runuser", "useradd"]) {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    if !root {
        eprintln!("skipped: needs root to act as another user");
        return;
    }
    let _daemon = desktop.start_daemon();
    let _ = std::process::Command::new("useradd")
        .args(["-m", "limbertest"])
        .stderr(std::process::Stdio::null())
        .status();
    // Let the other user reach the socket file, so that only the daemon's own check stands.
    use std::os::unix::fs::PermissionsExt;
    let runtime = desktop.path().join("runtime");
    for path in [desktop.path().to_path_buf(), runtime.clone()] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    std::fs::set_permissions(
        runtime.join("limber.sock"),
        std::fs::Permissions::from_mode(0o777),
    )
    .unwrap();
    // A client of its own, so the daemon's check is what answers.
    let script = r#"
import socket, sys
client = socket.socket(socket.AF_UNIX)
client.connect(sys.argv[1])
try:
    client.sendall(b'{"cmd":"status"}\n')
except OSError:
    pass  # refused before it read a byte
print(client.makefile().readline())
"#;
    let raw = std::process::Command::new("runuser")
        .args(["-u", "limbertest", "--", "/usr/bin/python3", "-c", script])
        .arg(runtime.join("limber.sock"))
        .output()
        .unwrap();
    let answer = String::from_utf8_lossy(&raw.stdout);
    assert!(
        answer.contains("\"ok\":false") && answer.contains("limber only answers its own user"),
        "{answer} {}",
        String::from_utf8_lossy(&raw.stderr)
    );
    // limber's own client, as the other user, does not talk to a limber that is not theirs.
    let output = std::process::Command::new("runuser")
        .args(["-u", "limbertest", "--"])
        .arg(env!("CARGO_BIN_EXE_limber"))
        .args(["status", "--json"])
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("HOME", "/tmp")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "another user got an answer: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(stderr.contains("another user (uid 0)"), "{stderr}");
    // Closed again: limber's client, like the daemon, uses no runtime folder open to others.
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    wait_for(Duration::from_secs(2), || {
        desktop.status()["state"] == "active"
    })
    .expect("the daemon carries on");
}

#[test]
fn with_no_display_at_start_the_daemon_waits_and_uses_it_once_it_appears() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let number = 300 + std::process::id() % 600;
    let display = format!(":{number}");
    let daemon = desktop.start_daemon_with(|command| {
        command.env("DISPLAY", &display);
    });
    assert_eq!(
        desktop.status()["idle_source"],
        "none",
        "no X server runs on {display} yet"
    );
    let mut xvfb = std::process::Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "800x600x24",
            "-nolisten",
            "tcp",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start Xvfb");
    let found = wait_for(Duration::from_secs(30), || {
        desktop.status()["idle_source"] == "x11-sync"
    });
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    found.unwrap_or_else(|| panic!("the late display was never used; log:\n{}", daemon.log()));
}

#[test]
fn started_before_the_session_bus_the_daemon_waits_for_it() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let socket = desktop.path().join("late-bus");
    let address = format!("unix:path={}", socket.display());
    let mut daemon = desktop.start_daemon_with(|command| {
        command.env("DBUS_SESSION_BUS_ADDRESS", &address);
    });
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        daemon.is_running(),
        "gave up at once; log:\n{}",
        daemon.log()
    );
    let bus = PrivateBus::at_path(&socket);
    let watcher = SniWatcher::start(bus.address());
    watcher
        .wait_for_item(Duration::from_secs(15))
        .unwrap_or_else(|| panic!("no tray item on the late bus; log:\n{}", daemon.log()));
    assert!(
        daemon.log().contains("waiting for the session bus"),
        "{}",
        daemon.log()
    );
}

fn expect_state(
    desktop: &Desktop,
    daemon: &support::desktop::Daemon,
    state: &str,
    otherwise: &str,
) {
    wait_for(Duration::from_secs(3), || {
        desktop.status()["state"] == state
    })
    .unwrap_or_else(|| panic!("{otherwise}; log:\n{}", daemon.log()));
}

#[test]
fn sleep_and_lock_from_logind_count_as_breaks() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(FAST);
    let system = support::bus::PrivateBus::start();
    let logind = Logind::start(system.address());
    let daemon = desktop.start_daemon_with(|command| {
        command.env("DBUS_SYSTEM_BUS_ADDRESS", system.address());
    });
    desktop.stay_active_until(Duration::from_secs(4), || false);
    assert_eq!(desktop.status()["state"], "active");
    logind.announce(Announce::Sleep(true));
    expect_state(
        &desktop,
        &daemon,
        "on_break",
        "going to sleep was not a break",
    );
    logind.announce(Announce::Sleep(false));
    assert!(
        desktop.stay_active_until(Duration::from_secs(12), || desktop.status()["state"]
            == "active"),
        "input after waking did not start a new streak; log:\n{}",
        daemon.log()
    );
    assert!(
        desktop.status()["sitting_seconds"].as_u64().unwrap() < 12,
        "the streak before sleep carried on"
    );
    logind.announce(Announce::Lock);
    expect_state(&desktop, &daemon, "on_break", "locking was not a break");
    logind.announce(Announce::Unlock);
    expect_state(&desktop, &daemon, "active", "unlocking did not resume");
    assert!(desktop.status()["sitting_seconds"].as_u64().unwrap() <= 3);
}

#[test]
fn a_notification_server_that_dies_and_returns_mid_session_loses_no_reminder() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(FAST);
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !server
            .notifications()
            .is_empty())
    );
    server.invoke_action(server.notifications()[0].id, "skip");
    // The server goes away: the next reminder comes as the window, then it returns.
    drop(server);
    window_then_notification(&desktop, &daemon);
}
