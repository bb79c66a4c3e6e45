//! A long run (default 30 minutes; run by `bench/soak.sh`, not by `cargo test`): reminders every
//! 20 s of sitting with scripted pointer activity, each answered with Skip. It checks that every
//! reminder comes within 1 s of its due time and that memory does not grow.

use crate::support;

use std::time::{Duration, Instant};

use support::desktop::Desktop;
use support::notification_server::NotificationServer;
use support::proc::memory_kib;

#[test]
#[ignore = "a 30-minute soak: run bench/soak.sh"]
fn reminders_stay_on_time_and_memory_stays_flat() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    desktop.write_config("[reminder]\nevery = \"20s\"\n[activity]\nbreak_after = \"10s\"\n");
    let server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    let started = Instant::now();
    let pid = daemon.child.id();
    let length = Duration::from_secs(
        std::env::var("LIMBER_SOAK_SECONDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1800),
    );
    let every = Duration::from_secs(20);
    let mut due = started + every;
    let mut seen = 0;
    let mut lateness_ms: Vec<i64> = Vec::new();
    let mut rss_start = None;
    let mut last_nudge = Instant::now();
    while started.elapsed() < length {
        if last_nudge.elapsed() >= Duration::from_secs(2) {
            desktop.nudge();
            last_nudge = Instant::now();
        }
        let notifications = server.notifications();
        if notifications.len() > seen {
            let arrived = Instant::now();
            let late = arrived.saturating_duration_since(due).as_millis() as i64
                - due.saturating_duration_since(arrived).as_millis() as i64;
            lateness_ms.push(late);
            let reminder = &notifications[seen];
            seen = notifications.len();
            server.invoke_action(reminder.id, "skip");
            due = Instant::now() + every;
        }
        if rss_start.is_none() && started.elapsed() >= Duration::from_secs(10) {
            rss_start = Some(memory_kib(pid, "Rss:"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let rss_end = memory_kib(pid, "Rss:");
    let rss_start = rss_start.unwrap_or(rss_end);
    let mut sorted = lateness_ms.clone();
    sorted.sort_unstable();
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0);
    let worst = sorted.iter().map(|l| l.abs()).max().unwrap_or(0);
    println!(
        "soak: {:.0} s, {} reminders, lateness median {median} ms, worst {worst} ms; RSS {:.1} -> {:.1} MiB ({:+} KiB)",
        started.elapsed().as_secs_f64(),
        lateness_ms.len(),
        rss_start as f64 / 1024.0,
        rss_end as f64 / 1024.0,
        rss_end as i64 - rss_start as i64
    );
    assert!(
        lateness_ms.len() as u64 >= length.as_secs() / 25,
        "too few reminders: {lateness_ms:?}"
    );
    assert!(
        worst <= 1000,
        "a reminder came {worst} ms off its due time: {lateness_ms:?}"
    );
    assert!(
        rss_end <= rss_start + 1024,
        "RSS grew from {rss_start} to {rss_end} KiB"
    );
}
