//! The busy sources against protocol-exact doubles on a private session bus, through the same
//! `BusyCheck` the daemon asks when a reminder comes due.

mod support;

use std::time::Duration;

use limber::busy::BusyCheck;
use limber::config::Defer;
use limber::core::hold::BusyReason;
use support::bus::PrivateBus;
use support::desktop::require;
use support::settings_portal::SettingsPortal;

const DO_NOT_DISTURB_ONLY: Defer = Defer {
    do_not_disturb: true,
    calls: false,
    fullscreen: false,
    max: Duration::from_secs(7200),
};

#[test]
fn gnome_do_not_disturb_is_seen_through_either_version_of_the_settings_portal() {
    if !require(&["dbus-daemon"]) {
        return;
    }
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
