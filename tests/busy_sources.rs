//! The busy sources against protocol-exact doubles on a private session bus, through the same
//! `BusyCheck` the daemon asks when a reminder comes due.

mod support;

use std::time::Duration;

use limber::busy::BusyCheck;
use limber::config::Defer;
use limber::core::hold::BusyReason;
use support::bus::PrivateBus;
use support::desktop::require;
use support::gnome_session::GnomeSession;
use support::settings_portal::SettingsPortal;

const CALLS_ONLY: Defer = Defer {
    do_not_disturb: false,
    calls: true,
    fullscreen: false,
    max: Duration::from_secs(7200),
};

const DO_NOT_DISTURB_ONLY: Defer = Defer {
    do_not_disturb: true,
    calls: false,
    fullscreen: false,
    max: Duration::from_secs(7200),
};

/// Both tests point the process's session bus at their own private bus, so they run one at a time.
static SESSION_BUS: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn a_gnome_idle_inhibitor_is_a_call_and_other_inhibitors_are_not() {
    if !require(&["dbus-daemon"]) {
        return;
    }
    let _one_at_a_time = SESSION_BUS.lock().unwrap_or_else(|e| e.into_inner());
    let bus = PrivateBus::start();
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", bus.address());
    // No system bus: logind cannot answer, which counts as not busy.
    std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent");
    let session = GnomeSession::start(bus.address());
    let check = BusyCheck::from_config(&CALLS_ONLY);
    assert_eq!(check.check(), [], "nothing inhibited");
    session.inhibit(4);
    assert_eq!(check.check(), [], "a suspend inhibitor is no call");
    session.inhibit(8);
    assert_eq!(check.check(), [BusyReason::Call], "an idle inhibitor is");
    session.release_all();
    assert_eq!(check.check(), [], "released");
}

#[test]
fn gnome_do_not_disturb_is_seen_through_either_version_of_the_settings_portal() {
    if !require(&["dbus-daemon"]) {
        return;
    }
    let _one_at_a_time = SESSION_BUS.lock().unwrap_or_else(|e| e.into_inner());
    let bus = PrivateBus::start();
    // The check connects to the session bus the daemon would have.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", bus.address());
    let check = BusyCheck::from_config(&DO_NOT_DISTURB_ONLY);
    for version in [1, 2] {
        let portal = SettingsPortal::start(bus.address(), version);
        assert_eq!(check.check(), [], "version {version}: banners on, not busy");
        portal.set_do_not_disturb(true);
        assert_eq!(
            check.check(),
            [BusyReason::DoNotDisturb],
            "version {version}: banners off is Do Not Disturb"
        );
        portal.set_do_not_disturb(false);
        assert_eq!(check.check(), [], "version {version}: switched back on");
    }
}
