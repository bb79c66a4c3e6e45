//! The daemon's idle footprint, measured (run by `bench/idle_footprint.sh`, not by `cargo test`):
//! RSS and PSS, CPU time and context switches per minute summed over all threads, and the same
//! per thread, for a daemon sitting in the tray with a tray host and a notification server
//! present and nothing to do.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::time::{Duration, Instant};

use support::desktop::Desktop;
use support::notification_server::NotificationServer;
use support::proc::memory_kib;
use support::sni_watcher::SniWatcher;

fn seconds(variable: &str, default: u64) -> Duration {
    Duration::from_secs(
        std::env::var(variable)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
    )
}

/// Per-thread CPU nanoseconds and context switches.
fn threads(pid: u32) -> BTreeMap<String, (u64, u64)> {
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
        threads.insert(format!("{comm}#{tid}"), (cpu_ns, switches));
    }
    threads
}

#[test]
#[ignore = "a benchmark: run bench/idle_footprint.sh"]
fn idle_footprint() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // The default config: an hour between reminders, so the minute measured is idle.
    let watcher = SniWatcher::start(desktop.bus.address());
    let _server = NotificationServer::start(desktop.bus.address());
    let daemon = desktop.start_daemon();
    let pid = daemon.child.id();
    std::thread::sleep(seconds("LIMBER_BENCH_WARMUP", 10));
    assert!(
        !watcher.items().is_empty(),
        "the tray item never registered"
    );
    let window = seconds("LIMBER_BENCH_SECONDS", 60);
    let before = threads(pid);
    let start = Instant::now();
    std::thread::sleep(window);
    let after = threads(pid);
    let minutes = start.elapsed().as_secs_f64() / 60.0;
    let rss = memory_kib(pid, "Rss:");
    let pss = memory_kib(pid, "Pss:");
    println!("per thread (cpu ms/min, context switches/min):");
    let (mut cpu_total, mut switch_total) = (0.0, 0.0);
    for (name, (cpu_after, switches_after)) in &after {
        let (cpu_before, switches_before) = before.get(name).copied().unwrap_or((0, 0));
        let cpu = (cpu_after - cpu_before) as f64 / 1e6 / minutes;
        let switches = (switches_after - switches_before) as f64 / minutes;
        cpu_total += cpu;
        switch_total += switches;
        println!("  {name:<24} {cpu:>8.2} {switches:>8.1}");
    }
    println!(
        "idle: rss {:.1} MiB, pss {:.1} MiB, cpu {cpu_total:.2} ms/min, {switch_total:.1} context switches/min, {} threads (over {:.0} s)",
        rss as f64 / 1024.0,
        pss as f64 / 1024.0,
        after.len(),
        start.elapsed().as_secs_f64()
    );
    drop(daemon);
}
