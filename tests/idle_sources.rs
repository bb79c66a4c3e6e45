//! Idle time from real servers: an X server (Xvfb), a Wayland compositor (headless sway, which
//! offers `org_kde_kwin_idle`), and D-Bus doubles speaking Mutter's and the freedesktop
//! ScreenSaver's interfaces.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use limber::idle::{IdleSource, MutterIdle, ScreenSaverIdle, X11Idle};
use support::desktop::{require, wait_for, Desktop};

#[test]
fn x11_idle_time_grows_and_input_resets_it() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let mut idle = X11Idle::connect(Some(&desktop.display)).expect("X11 idle source");
    assert_eq!(idle.name(), "x11-screensaver");
    desktop.nudge();
    std::thread::sleep(Duration::from_millis(1300));
    let before = idle.idle_for().unwrap();
    assert!(
        before >= Duration::from_secs(1),
        "idle {before:?} after 1.3 s without input"
    );
    desktop.nudge();
    let after = idle.idle_for().unwrap();
    assert!(
        after < Duration::from_millis(500),
        "idle {after:?} right after input"
    );
}

#[test]
fn an_x11_source_without_a_display_is_refused_not_a_crash() {
    assert!(X11Idle::connect(Some(":9999")).is_err());
}

struct Mutter;

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl Mutter {
    fn get_idletime(&self) -> u64 {
        4321
    }
}

struct ScreenSaver;

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaver {
    fn get_session_idle_time(&self) -> u32 {
        42
    }
}

#[test]
fn gnome_and_freedesktop_idle_interfaces_are_read_in_their_units() {
    if !require(&["dbus-daemon"]) {
        return;
    }
    let bus = support::bus::PrivateBus::start();
    // This is the only test in this binary that uses the session bus from the environment.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", bus.address());
    assert!(MutterIdle::connect().is_err(), "no Mutter on the bus yet");
    let _mutter = zbus::blocking::connection::Builder::address(bus.address())
        .unwrap()
        .serve_at("/org/gnome/Mutter/IdleMonitor/Core", Mutter)
        .unwrap()
        .name("org.gnome.Mutter.IdleMonitor")
        .unwrap()
        .build()
        .unwrap();
    let _screensaver = zbus::blocking::connection::Builder::address(bus.address())
        .unwrap()
        .serve_at("/org/freedesktop/ScreenSaver", ScreenSaver)
        .unwrap()
        .name("org.freedesktop.ScreenSaver")
        .unwrap()
        .build()
        .unwrap();
    let mut mutter = MutterIdle::connect().expect("Mutter idle source");
    assert_eq!(mutter.idle_for().unwrap(), Duration::from_millis(4321));
    let mut screensaver = ScreenSaverIdle::connect().expect("ScreenSaver idle source");
    assert_eq!(screensaver.idle_for().unwrap(), Duration::from_secs(42));
}

/// A headless sway for this test; killed when dropped.
struct Sway {
    child: Child,
    socket: std::path::PathBuf,
    _runtime: tempfile::TempDir,
}

impl Drop for Sway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The throwaway user's uid (`-u`) or gid (`-g`).
fn id_of(which: &str) -> u32 {
    let output = Command::new("id")
        .args([which, "limbertest"])
        .output()
        .expect("id");
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("a numeric id")
}

/// sway refuses to run as root, so as root it runs as a throwaway user.
fn start_sway() -> Option<Sway> {
    if !require(&["sway", "runuser"]) {
        return None;
    }
    let runtime = tempfile::tempdir().unwrap();
    let config = runtime.path().join("sway.conf");
    std::fs::write(&config, "output HEADLESS-1 resolution 800x600\n").unwrap();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let mut command = Command::new("sway");
    if root {
        let _ = Command::new("useradd")
            .args(["-m", "limbertest"])
            .stderr(Stdio::null())
            .status();
        let _ = Command::new("chown")
            .args(["-R", "limbertest"])
            .arg(runtime.path())
            .status();
        // sway itself runs as the user (not under runuser), so killing the child kills sway.
        use std::os::unix::process::CommandExt;
        command.uid(id_of("-u")).gid(id_of("-g"));
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(runtime.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let child = command
        .arg("-c")
        .arg(&config)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("WLR_BACKENDS", "headless")
        .env("WLR_LIBINPUT_NO_DEVICES", "1")
        .env("WLR_RENDERER", "pixman")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start sway");
    let socket = runtime.path().join("wayland-1");
    wait_for(Duration::from_secs(10), || socket.exists()).expect("sway opened no Wayland socket");
    Some(Sway {
        child,
        socket,
        _runtime: runtime,
    })
}

#[test]
fn on_a_wayland_compositor_the_daemon_takes_idle_time_from_its_idle_protocol() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    let Some(sway) = start_sway() else { return };
    let log = desktop.path().join("wayland-daemon.log");
    let mut command = desktop.limber();
    command
        .env_remove("DISPLAY")
        .env("XDG_SESSION_TYPE", "wayland")
        .env("WAYLAND_DISPLAY", &sway.socket)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap());
    let mut daemon = command.spawn().expect("start limber");
    let socket = desktop.path().join("runtime/limber.sock");
    let up = wait_for(Duration::from_secs(20), || {
        std::os::unix::net::UnixStream::connect(&socket).is_ok()
    });
    let status = up.map(|()| desktop.status());
    let _ = daemon.kill();
    let _ = daemon.wait();
    let log = std::fs::read_to_string(&log).unwrap_or_default();
    let status =
        status.unwrap_or_else(|| panic!("the daemon did not come up on Wayland; log: {log}"));
    // sway 1.7 offers org_kde_kwin_idle (not yet ext-idle-notify-v1); X11 is not reachable here.
    assert_eq!(status["idle_source"], "kde-idle", "{status}; log: {log}");
    assert!(log.contains("idle time from kde-idle"), "{log}");
}
