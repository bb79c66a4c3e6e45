//! Faults the daemon must survive: peers that are missing at start and come later, a peer
//! running as another user.

mod support;

use std::time::Duration;

use support::desktop::{wait_for, Desktop};
use support::notification_server::NotificationServer;
use support::sni_watcher::SniWatcher;

const FAST: &str =
    "[reminder]\nevery = \"15s\"\nsnooze = \"10s\"\n[activity]\nbreak_after = \"8s\"\n";

/// The ids of windows whose name starts with "limber".
fn windows(desktop: &Desktop) -> Vec<String> {
    std::process::Command::new("xdotool")
        .args(["search", "--name", "^limber"])
        .env("DISPLAY", &desktop.display)
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_notification_server_that_appears_later_gets_the_next_reminder() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config(FAST);
    let daemon = desktop.start_daemon();
    // No server: the reminder reaches the user as the timer window on its start screen.
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !windows(&desktop).is_empty()),
        "no window without a notification server; log:\n{}",
        daemon.log()
    );
    assert_eq!(desktop.status()["state"], "due");
    // The server comes up; the user closes the window (a cancelled stretch still got them up).
    let server = NotificationServer::start(desktop.bus.address());
    for window in windows(&desktop) {
        for args in [vec!["windowfocus", window.as_str()], vec!["key", "Escape"]] {
            let _ = std::process::Command::new("xdotool")
                .args(&args)
                .env("DISPLAY", &desktop.display)
                .status();
            std::thread::sleep(Duration::from_millis(300));
        }
    }
    wait_for(Duration::from_secs(5), || windows(&desktop).is_empty())
        .expect("Escape closes the window");
    assert!(
        desktop.stay_active_until(Duration::from_secs(25), || !server
            .notifications()
            .is_empty()),
        "the next reminder did not use the server that appeared; log:\n{}",
        daemon.log()
    );
    assert_eq!(server.notifications()[0].summary, "Time to stretch");
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
    assert!(
        stderr.contains("limber only answers its own user"),
        "{stderr}"
    );
    wait_for(Duration::from_secs(2), || {
        desktop.status()["state"] == "active"
    })
    .expect("the daemon carries on");
}
