//! limber's identity on the desktop, end to end: the icon its notifications carry whether or not
//! it is installed, and a reminder the user dismissed written to history (and only then).
//!
//! The real daemon runs on a virtual X display with a private bus, against the notification
//! server double, with second-scale durations.

use crate::support;

use std::path::Path;
use std::time::Duration;

use support::desktop::{wait_for, Daemon, Desktop, QUICK_REMINDERS};
use support::notification_server::{NotificationServer, Notified};

/// The daemon with `data_dirs` as `XDG_DATA_DIRS` (where installed icons would be).
fn daemon(desktop: &Desktop, data_dirs: &Path) -> Daemon {
    let data_dirs = data_dirs.to_path_buf();
    desktop.start_daemon_with(move |command| {
        command.env("XDG_DATA_DIRS", &data_dirs);
    })
}

fn first_reminder(desktop: &Desktop, server: &NotificationServer, daemon: &Daemon) -> Notified {
    desktop.remind_via(server, daemon);
    server.notifications().remove(0)
}

#[test]
fn a_build_run_sends_the_bundled_icon_by_path_and_an_installed_one_by_name() {
    let Some(desktop) = Desktop::start_with_config(QUICK_REMINDERS) else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    // Nothing installed: no limber icon in any data folder.
    let empty = desktop.path().join("share-empty");
    std::fs::create_dir_all(empty.join("icons/hicolor/48x48/apps")).unwrap();
    let mut built = daemon(&desktop, &empty);
    let reminder = first_reminder(&desktop, &server, &built);
    let cached = desktop.path().join(".cache/limber/limber.png");
    assert_eq!(
        reminder.image_path.as_deref(),
        Some(cached.to_str().unwrap()),
        "log:\n{}",
        built.log()
    );
    assert_eq!(reminder.app_icon, cached.to_str().unwrap());
    let bundled = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/icons/hicolor/128x128/apps/limber.png"
    ))
    .unwrap();
    assert_eq!(std::fs::read(&cached).unwrap(), bundled);
    let _ = built.child.kill();
    let _ = built.child.wait();

    // Installed, as the .deb installs it: the name is enough.
    let installed = desktop.path().join("share-installed");
    let apps = installed.join("icons/hicolor/scalable/apps");
    std::fs::create_dir_all(&apps).unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/icons/limber.svg"),
        apps.join("limber.svg"),
    )
    .unwrap();
    let server = NotificationServer::start(desktop.bus.address());
    let packaged = daemon(&desktop, &installed);
    let reminder = first_reminder(&desktop, &server, &packaged);
    assert_eq!(reminder.app_icon, "limber", "log:\n{}", packaged.log());
    assert_eq!(reminder.image_path, None);
}

/// The `event` names in history.
fn events(desktop: &Desktop) -> Vec<String> {
    desktop
        .history()
        .iter()
        .filter_map(|event| event["event"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_reminder_closed_by_the_user_is_recorded_as_dismissed_and_one_that_expired_is_not() {
    let Some(desktop) = Desktop::start_with_config(QUICK_REMINDERS) else {
        return;
    };
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = daemon(&desktop, &desktop.path().join("share"));
    let first = first_reminder(&desktop, &server, &daemon);

    // Reason 1: it expired. It comes back after the snooze length; nothing is recorded.
    server.close(first.id, 1);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(desktop.status()["state"], "due");
    assert!(!events(&desktop).contains(&"dismissed".to_string()));

    // Reason 2: the user closed it.
    assert!(
        desktop.stay_active_until(Duration::from_secs(20), || server.notifications().len()
            >= 2),
        "the expired reminder never came back; log:\n{}",
        daemon.log()
    );
    let again = server.notifications().remove(1);
    server.close(again.id, 2);
    wait_for(Duration::from_secs(5), || {
        events(&desktop).contains(&"dismissed".to_string())
    })
    .unwrap_or_else(|| panic!("no dismissed record: {:?}", desktop.history()));
    let dismissed = desktop
        .history()
        .into_iter()
        .find(|event| event["event"] == "dismissed")
        .unwrap();
    assert_eq!(
        dismissed["stretch"],
        desktop.status()["stretch"],
        "{dismissed}"
    );
    assert_eq!(dismissed["v"], 3);
    assert_eq!(
        events(&desktop)
            .iter()
            .filter(|event| *event == "dismissed")
            .count(),
        1
    );
    let stats = String::from_utf8(desktop.run(&["stats"]).stdout).unwrap();
    assert!(
        stats
            .lines()
            .any(|line| line.split_whitespace().collect::<Vec<_>>() == ["dismissed", "1"]),
        "{stats}"
    );
}
