//! What one full busy check costs: every source asked once, as the daemon does when a reminder
//! comes due, against real peers on a private desktop (a logind double on a private system bus,
//! a notification server double, an Xvfb display). The user is free, so no source is skipped.
//! Prints the median of 50 checks. Run with `bench/busy_check.sh`.

use crate::support;

use std::time::Instant;

use limber::busy::BusyCheck;
use limber::config::Config;
use support::bus::PrivateBus;
use support::desktop::Desktop;
use support::logind::Logind;
use support::notification_server::NotificationServer;

#[test]
#[ignore = "a benchmark: run bench/busy_check.sh"]
fn busy_check_cost() {
    // Points this process at a desktop of its own.
    if support::alone(module_path!(), "busy_check_cost") {
        return;
    }
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let system = PrivateBus::start();
    let logind = Logind::start(system.address());
    logind.inhibit("sleep", "updater", "delay");
    let _server = NotificationServer::start(desktop.bus.address());
    // The check reads the same variables the daemon would have.
    std::env::set_var("DISPLAY", &desktop.display);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", desktop.bus.address());
    std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", system.address());

    let check = BusyCheck::from_config(&Config::default().defer);
    let mut times: Vec<f64> = (0..50)
        .map(|_| {
            let started = Instant::now();
            let reasons = check.check();
            assert!(reasons.is_empty(), "nothing here is busy: {reasons:?}");
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "one full busy check (all sources, user free), 50 runs: median {:.2} ms, min {:.2} ms, max {:.2} ms",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
}
