//! The idle daemon's footprint, with a tray host and a notification server present and nothing
//! due: how often its threads wake, and what the tray shows when looked at.
//!
//! In CI: the threads together wake at most [`WAKEUPS_PER_MINUTE`] times over a minute (counted
//! as context switches, which a loaded machine does not inflate the way it inflates CPU time),
//! and the tray's line is current whenever a panel reads it, with no timer refreshing it. The
//! benchmark `idle_footprint` (ignored; `bench/idle_footprint.sh` runs it) prints RSS and PSS,
//! CPU time and context switches per minute, summed and per thread, for each idle source.

use crate::support;

use std::collections::BTreeMap;
use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

use support::dbusmenu::Menu;
use support::desktop::{Daemon, Desktop};
use support::mutter::MutterDouble;
use support::notification_server::NotificationServer;
use support::proc::memory_kib;
use support::sni_watcher::SniWatcher;
use support::sway::{start_sway, Sway};

/// The budget: context switches a minute, over all of the idle daemon's threads.
const WAKEUPS_PER_MINUTE: u64 = 3;

fn seconds(variable: &str, default: u64) -> Duration {
    Duration::from_secs(
        std::env::var(variable)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
    )
}

/// CPU nanoseconds and context switches (voluntary and not) of one thread so far.
#[derive(Clone, Copy, Default)]
struct Counts {
    cpu_ns: u64,
    switches: u64,
}

/// Each thread of `pid`, by name and id.
fn threads(pid: u32) -> BTreeMap<String, Counts> {
    let mut threads = BTreeMap::new();
    for task in fs::read_dir(format!("/proc/{pid}/task"))
        .expect("task dir")
        .flatten()
    {
        let path = task.path();
        let comm = fs::read_to_string(path.join("comm"))
            .unwrap_or_default()
            .trim()
            .to_string();
        let tid = task.file_name().to_string_lossy().into_owned();
        let cpu_ns: u64 = fs::read_to_string(path.join("schedstat"))
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let status = fs::read_to_string(path.join("status")).unwrap_or_default();
        let switches: u64 = status
            .lines()
            .filter(|l| {
                l.starts_with("voluntary_ctxt_switches")
                    || l.starts_with("nonvoluntary_ctxt_switches")
            })
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum();
        threads.insert(format!("{comm}#{tid}"), Counts { cpu_ns, switches });
    }
    threads
}

/// What each thread did over a stretch of time, as (name, cpu ms, context switches).
struct Measured {
    threads: Vec<(String, f64, u64)>,
    took: Duration,
}

impl Measured {
    fn switches(&self) -> u64 {
        self.threads.iter().map(|(_, _, switches)| switches).sum()
    }

    fn per_thread(&self) -> String {
        self.threads
            .iter()
            .map(|(name, cpu_ms, switches)| format!("  {name:<24} {cpu_ms:>8.2} ms {switches:>6}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Watches `pid`'s threads for `window`.
fn measure(pid: u32, window: Duration) -> Measured {
    let before = threads(pid);
    let start = Instant::now();
    std::thread::sleep(window);
    let after = threads(pid);
    let threads = after
        .into_iter()
        .map(|(name, after)| {
            let before = before.get(&name).copied().unwrap_or_default();
            let cpu_ms = after.cpu_ns.saturating_sub(before.cpu_ns) as f64 / 1e6;
            (name, cpu_ms, after.switches.saturating_sub(before.switches))
        })
        .collect();
    Measured {
        threads,
        took: start.elapsed(),
    }
}

/// A daemon idling in the tray on `desktop`, with its peers, and what serves its idle source.
struct Idle {
    daemon: Daemon,
    watcher: SniWatcher,
    _server: NotificationServer,
    _mutter: Option<MutterDouble>,
    _sway: Option<Sway>,
}

/// Starts the daemon on the default config (an hour between reminders, so nothing comes due)
/// with its idle time from `source`: "x11" (the Xvfb display), "mutter" (a GNOME session, served
/// by a double of Mutter's idle monitor) or "sway" (a headless wlroots compositor). None when
/// that source cannot run here (a note is printed; in CI it fails instead).
fn start_idle(desktop: &Desktop, source: &str) -> Option<Idle> {
    let watcher = SniWatcher::start(desktop.bus.address());
    let server = NotificationServer::start(desktop.bus.address());
    let (mutter, sway) = match source {
        "x11" => (None, None),
        "mutter" => (Some(MutterDouble::start(desktop.bus.address())), None),
        "sway" => (None, Some(start_sway()?)),
        other => panic!("no idle source called {other:?}: x11, mutter or sway"),
    };
    let daemon = desktop.start_daemon_with(|command: &mut Command| {
        if source != "x11" {
            command
                .env_remove("DISPLAY")
                .env("XDG_SESSION_TYPE", "wayland");
        }
        if let Some(sway) = &sway {
            command.env("WAYLAND_DISPLAY", &sway.socket);
        }
    });
    Some(Idle {
        daemon,
        watcher,
        _server: server,
        _mutter: mutter,
        _sway: sway,
    })
}

#[test]
fn the_idle_daemon_wakes_at_most_three_times_a_minute() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let Some(idle) = start_idle(&desktop, "x11") else {
        return;
    };
    idle.watcher
        .wait_for_item(Duration::from_secs(10))
        .unwrap_or_else(|| {
            panic!(
                "the tray item never registered; log:\n{}",
                idle.daemon.log()
            )
        });
    // Starting up (the tray registering, the first look at the config) is done within seconds.
    std::thread::sleep(Duration::from_secs(5));
    let measured = measure(idle.daemon.child.id(), Duration::from_secs(60));
    let per_minute = measured.switches() as f64 * 60.0 / measured.took.as_secs_f64();
    assert!(
        per_minute <= WAKEUPS_PER_MINUTE as f64,
        "{per_minute:.1} context switches a minute (budget {WAKEUPS_PER_MINUTE}); per thread over {:?}:\n{}",
        measured.took,
        measured.per_thread()
    );
}

#[test]
fn the_tray_line_is_current_whenever_it_is_looked_at() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let Some(idle) = start_idle(&desktop, "x11") else {
        return;
    };
    let menu = Menu::of_daemon(&desktop, &idle.watcher, &idle.daemon);
    // Under a minute the line counts seconds ("Sitting 3 s · …"): two looks seconds apart, with
    // nothing said to the daemon in between, must differ if the line is computed when looked at.
    let first = menu.tooltip();
    std::thread::sleep(Duration::from_millis(2500));
    let second = menu.tooltip();
    assert!(first.starts_with("Sitting "), "{first}");
    assert_ne!(first, second, "the tooltip did not move on");
    menu.about_to_show();
    let line = menu.labels().remove(0);
    assert!(line.starts_with("Sitting "), "{line}");
    assert_ne!(line, first, "the menu's first line did not move on");
}

#[test]
#[ignore = "a benchmark: run bench/idle_footprint.sh"]
fn idle_footprint() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let source = std::env::var("LIMBER_BENCH_SOURCE").unwrap_or_else(|_| "x11".into());
    // A language other than English costs its resources on top of English's (the fallback).
    if let Some(language) = std::env::var("LIMBER_BENCH_LANGUAGE")
        .ok()
        .filter(|l| !l.is_empty())
    {
        desktop.write_config(&format!("language = \"{language}\"\n"));
    }
    let Some(idle) = start_idle(&desktop, &source) else {
        return;
    };
    let pid = idle.daemon.child.id();
    std::thread::sleep(seconds("LIMBER_BENCH_WARMUP", 10));
    assert!(
        !idle.watcher.items().is_empty(),
        "the tray item never registered"
    );
    let status = desktop.status();
    let measured = measure(pid, seconds("LIMBER_BENCH_SECONDS", 60));
    let minutes = measured.took.as_secs_f64() / 60.0;
    let rss = memory_kib(pid, "Rss:");
    let pss = memory_kib(pid, "Pss:");
    println!(
        "idle source {} ({source}); per thread over {:.0} s (cpu ms, context switches):",
        status["idle_source"],
        measured.took.as_secs_f64()
    );
    println!("{}", measured.per_thread());
    let cpu: f64 = measured.threads.iter().map(|(_, cpu_ms, _)| cpu_ms).sum();
    println!(
        "idle: rss {:.1} MiB, pss {:.1} MiB, cpu {:.2} ms/min, {:.1} context switches/min, {} threads",
        rss as f64 / 1024.0,
        pss as f64 / 1024.0,
        cpu / minutes,
        measured.switches() as f64 / minutes,
        measured.threads.len(),
    );
}
