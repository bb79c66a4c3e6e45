//! The busy sources against protocol-exact doubles on a private session bus, through the same
//! `BusyCheck` the daemon asks when a reminder comes due.

use crate::support;

use std::time::Duration;

use limber::busy::BusyCheck;
use limber::config::Defer;
use limber::core::hold::BusyReason;
use support::bus::PrivateBus;
use support::desktop::require;
use support::gnome_session::GnomeSession;
use support::screen_time::ScreenTime;
use support::settings_portal::SettingsPortal;
use support::sound_server::SoundServer;

/// The busy check with only these `[defer]` switches on.
fn switched_on(do_not_disturb: bool, calls: bool) -> BusyCheck {
    BusyCheck::from_config(&Defer {
        do_not_disturb,
        calls,
        fullscreen: false,
        gnome_breaks: false,
        max: Duration::from_secs(7200),
    })
}

/// The busy check with only GNOME's breaks switched on.
fn beside_gnome_breaks() -> BusyCheck {
    BusyCheck::from_config(&Defer {
        do_not_disturb: false,
        calls: false,
        fullscreen: false,
        gnome_breaks: true,
        max: Duration::from_secs(7200),
    })
}

/// What one test holds while it runs: its private bus, and an empty config folder (no dconf
/// database) that it may fill.
struct Turn {
    bus: PrivateBus,
    config_home: tempfile::TempDir,
}

/// A private session bus for this test's checks, which connect to the bus the daemon would have;
/// there is no system bus (logind cannot answer, which counts as not busy), and
/// `XDG_CONFIG_HOME` is an empty folder of the test's own. These point this process's
/// environment at them, so `test` runs in a process of its own ([`support::alone`]): None in
/// the test as the harness runs it, and when dbus-daemon is missing outside CI.
fn private_session_bus(test: &str) -> Option<Turn> {
    if support::alone(module_path!(), test) || !require(&["dbus-daemon"]) {
        return None;
    }
    let bus = PrivateBus::start();
    let config_home = tempfile::tempdir().expect("config folder");
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", bus.address());
    std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent");
    std::env::set_var("XDG_CONFIG_HOME", config_home.path());
    std::env::remove_var("GSETTINGS_SCHEMA_DIR");
    Some(Turn { bus, config_home })
}

#[test]
fn a_gnome_idle_inhibitor_is_a_call_and_other_inhibitors_are_not() {
    let Some(turn) =
        private_session_bus("a_gnome_idle_inhibitor_is_a_call_and_other_inhibitors_are_not")
    else {
        return;
    };
    let session = GnomeSession::start(turn.bus.address());
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
    let Some(turn) = private_session_bus(
        "gnome_do_not_disturb_is_seen_through_either_version_of_the_settings_portal",
    ) else {
        return;
    };
    let check = switched_on(true, false);
    for version in [1, 2] {
        let portal = SettingsPortal::start(turn.bus.address(), version);
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

#[test]
fn gnome_do_not_disturb_is_read_from_dconf_as_gnome_writes_it() {
    let Some(turn) =
        private_session_bus("gnome_do_not_disturb_is_read_from_dconf_as_gnome_writes_it")
    else {
        return;
    };
    if !require(&["gsettings", "/usr/libexec/dconf-service"]) {
        return;
    }
    // GNOME 43's settings portal does not know the key: a portal that answers "banners on" must
    // not hide what dconf says.
    let _portal = SettingsPortal::start(turn.bus.address(), 2);
    let dconf = DconfService::start(&turn);
    let check = switched_on(true, false);
    assert_eq!(check.check(), [], "no database yet: banners on");
    dconf.gsettings_set("org.gnome.desktop.notifications", "show-banners", "false");
    assert_eq!(
        check.check(),
        [BusyReason::DoNotDisturb],
        "GNOME's Do Not Disturb"
    );
    dconf.gsettings_set("org.gnome.desktop.notifications", "show-banners", "true");
    assert_eq!(check.check(), [], "switched back off");
    dconf.gsettings_set("org.gnome.desktop.notifications", "show-banners", "false");
    dconf.gsettings_reset("org.gnome.desktop.notifications", "show-banners");
    assert_eq!(check.check(), [], "reset to GNOME's default");
}

#[test]
fn a_damaged_dconf_database_is_no_do_not_disturb_and_no_panic() {
    let Some(turn) =
        private_session_bus("a_damaged_dconf_database_is_no_do_not_disturb_and_no_panic")
    else {
        return;
    };
    let database = turn.config_home.path().join("dconf/user");
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    let check = switched_on(true, false);
    for bytes in [&b"GVariant"[..], &[0xff; 4096], &b"GVariant\0\0\0\0"[..]] {
        std::fs::write(&database, bytes).unwrap();
        assert_eq!(check.check(), [], "{bytes:?}");
    }
}

#[test]
fn gnome_breaks_hold_when_movement_breaks_are_on_and_due_under_way_or_just_over() {
    let Some(turn) = private_session_bus(
        "gnome_breaks_hold_when_movement_breaks_are_on_and_due_under_way_or_just_over",
    ) else {
        return;
    };
    if !require(&[
        "gsettings",
        "glib-compile-schemas",
        "/usr/libexec/dconf-service",
    ]) {
        return;
    }
    let mut dconf = DconfService::start(&turn);
    let screen_time = ScreenTime::start(turn.bus.address());
    let check = beside_gnome_breaks();
    screen_time.break_due();
    assert_eq!(check.check(), [], "GNOME 47 and older: no such schema");
    assert!(!check.beside_gnome_breaks());

    let schemas = dconf.install_gnome_48_schemas();
    std::env::set_var("GSETTINGS_SCHEMA_DIR", schemas.path());
    // The schema list is read with the config, as when limber starts in a GNOME 48 session.
    let check = beside_gnome_breaks();
    assert!(!check.beside_gnome_breaks(), "no break selected");
    assert_eq!(check.check(), []);
    dconf.gsettings_set(SCHEMA, "selected-breaks", "['eyesight']");
    assert!(!check.beside_gnome_breaks(), "eyesight breaks only");
    assert_eq!(check.check(), []);
    dconf.gsettings_set(SCHEMA, "selected-breaks", "['eyesight', 'movement']");
    assert!(check.beside_gnome_breaks());

    assert_eq!(
        check.check(),
        [BusyReason::GnomeBreak],
        "GNOME's break is due"
    );
    screen_time.break_under_way();
    assert_eq!(check.check(), [BusyReason::GnomeBreak], "under way");
    screen_time.break_ended(30);
    assert_eq!(
        check.check(),
        [BusyReason::GnomeBreak],
        "ended half a minute ago"
    );
    screen_time.break_ended(9 * 60 + 30);
    assert_eq!(
        check.check(),
        [BusyReason::GnomeBreak],
        "nine and a half minutes ago"
    );
    screen_time.break_ended(10 * 60 + 5);
    assert_eq!(check.check(), [], "ten minutes on, limber may remind");
    // Delaying a due break (by 3 minutes, after a 30-minute interval) moves the end time, but
    // not into the last ten minutes: limber may remind until the delayed break is due again.
    screen_time.break_ended(30 * 60);
    screen_time.break_due();
    screen_time.break_delayed(180);
    assert_eq!(screen_time.last_end_ago(), 27 * 60);
    assert_eq!(check.check(), []);
    screen_time.disabled();
    assert_eq!(check.check(), [], "switched off in GNOME's settings");
    drop(screen_time);
    assert_eq!(check.check(), [], "no gnome-shell answering: not busy");
    std::env::remove_var("GSETTINGS_SCHEMA_DIR");
}

#[test]
fn a_stream_recording_a_microphone_on_pulseaudio_is_a_call() {
    let Some(turn) = private_session_bus("a_stream_recording_a_microphone_on_pulseaudio_is_a_call")
    else {
        return;
    };
    if require(&["pulseaudio", "parecord", "pactl"]) {
        recording_is_a_call(&turn, SoundServer::pulseaudio);
    }
}

#[test]
fn a_stream_recording_a_microphone_on_pipewire_is_a_call() {
    let Some(turn) = private_session_bus("a_stream_recording_a_microphone_on_pipewire_is_a_call")
    else {
        return;
    };
    if require(&[
        "pipewire",
        "wireplumber",
        "pipewire-pulse",
        "parecord",
        "pactl",
    ]) {
        let bus = turn.bus.address().to_string();
        recording_is_a_call(&turn, |runtime, home| {
            SoundServer::pipewire(runtime, home, &bus)
        });
    }
}

/// Starts a sound server with `start` and records from its microphone, then its sink's monitor.
fn recording_is_a_call(
    _turn: &Turn,
    start: impl FnOnce(&std::path::Path, &std::path::Path) -> SoundServer,
) {
    let runtime = tempfile::tempdir().expect("runtime folder");
    let home = tempfile::tempdir().expect("home folder");
    std::env::set_var("XDG_RUNTIME_DIR", runtime.path());
    std::env::set_var("HOME", home.path());
    let check = switched_on(false, true);
    assert_eq!(check.check(), [], "no sound server, no capture device open");

    let server = start(runtime.path(), home.path());
    assert_eq!(check.check(), [], "a sound server, nothing recording");
    let call = server.record("mic");
    assert_eq!(
        check.check(),
        [BusyReason::Call],
        "recording the microphone"
    );
    drop(call);
    assert_eq!(check.check(), [], "the call ended");
    let _visualiser = server.record("null.monitor");
    assert_eq!(
        check.check(),
        [],
        "recording what the computer plays is no call"
    );
}

const SCHEMA: &str = "org.gnome.desktop.break-reminders";

/// GNOME's settings store: the real `dconf-service` on the test's bus, writing the test's
/// `XDG_CONFIG_HOME/dconf/user`, changed with `gsettings` as a user or GNOME's panels would.
struct DconfService {
    service: std::process::Child,
    bus: String,
    config_home: std::path::PathBuf,
    /// GNOME 48's break reminder schema, once installed.
    schemas: Option<std::path::PathBuf>,
}

impl DconfService {
    fn start(turn: &Turn) -> DconfService {
        let service = std::process::Command::new("/usr/libexec/dconf-service")
            .env("DBUS_SESSION_BUS_ADDRESS", turn.bus.address())
            .env("XDG_CONFIG_HOME", turn.config_home.path())
            .spawn()
            .expect("start dconf-service");
        turn.bus.wait_for_owner("ca.desrt.dconf");
        DconfService {
            service,
            bus: turn.bus.address().to_string(),
            config_home: turn.config_home.path().to_path_buf(),
            schemas: None,
        }
    }

    /// Compiles GNOME 48's break reminder schema (`tests/data/gnome-48`) into a folder of its own,
    /// which `gsettings` uses from now on.
    fn install_gnome_48_schemas(&mut self) -> tempfile::TempDir {
        let folder = tempfile::tempdir().expect("schema folder");
        let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gnome-48");
        let status = std::process::Command::new("glib-compile-schemas")
            .args(["--targetdir"])
            .arg(folder.path())
            .arg(source)
            .status()
            .expect("glib-compile-schemas");
        assert!(status.success());
        self.schemas = Some(folder.path().to_path_buf());
        folder
    }

    fn gsettings(&self, args: &[&str]) {
        let status = std::process::Command::new("gsettings")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_CONFIG_HOME", &self.config_home)
            .env("GSETTINGS_BACKEND", "dconf")
            .envs(self.schemas.iter().map(|dir| ("GSETTINGS_SCHEMA_DIR", dir)))
            .status()
            .expect("gsettings");
        assert!(status.success(), "gsettings {args:?}");
    }

    fn gsettings_set(&self, schema: &str, key: &str, value: &str) {
        self.gsettings(&["set", schema, key, value]);
    }

    fn gsettings_reset(&self, schema: &str, key: &str) {
        self.gsettings(&["reset", schema, key]);
    }
}

impl Drop for DconfService {
    fn drop(&mut self) {
        let _ = self.service.kill();
        let _ = self.service.wait();
    }
}
