//! The busy sources against protocol-exact doubles on a private session bus, through the same
//! `BusyCheck` the daemon asks when a reminder comes due.

mod support;

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use limber::busy::BusyCheck;
use limber::config::Defer;
use limber::core::hold::BusyReason;
use support::bus::PrivateBus;
use support::desktop::require;
use support::gnome_session::GnomeSession;
use support::settings_portal::SettingsPortal;

/// The busy check with only these `[defer]` switches on.
fn switched_on(do_not_disturb: bool, calls: bool) -> BusyCheck {
    BusyCheck::from_config(&Defer {
        do_not_disturb,
        calls,
        fullscreen: false,
        max: Duration::from_secs(7200),
    })
}

/// Tests point the process's session bus at their own private bus, so they run one at a time.
static SESSION_BUS: Mutex<()> = Mutex::new(());

/// A private session bus for this test's checks, which connect to the bus the daemon would have;
/// there is no system bus (logind cannot answer, which counts as not busy). None when
/// dbus-daemon is missing outside CI.
fn private_session_bus() -> Option<(MutexGuard<'static, ()>, PrivateBus)> {
    if !require(&["dbus-daemon"]) {
        return None;
    }
    let turn = SESSION_BUS.lock().unwrap_or_else(PoisonError::into_inner);
    let bus = PrivateBus::start();
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", bus.address());
    std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent");
    Some((turn, bus))
}

#[test]
fn a_gnome_idle_inhibitor_is_a_call_and_other_inhibitors_are_not() {
    let Some((_turn, bus)) = private_session_bus() else {
        return;
    };
    let session = GnomeSession::start(bus.address());
    let check = switched_on(false, true);
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
    let Some((_turn, bus)) = private_session_bus() else {
        return;
    };
    let check = switched_on(true, false);
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
