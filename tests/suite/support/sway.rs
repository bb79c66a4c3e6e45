//! A headless sway (wlroots) for Wayland tests: no outputs but a virtual one, no input devices,
//! software rendering. It offers `org_kde_kwin_idle` (sway 1.7). sway refuses to run as root, so
//! as root it runs as a throwaway user, `limbertest`.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::desktop::{require, wait_for};

/// A headless sway for this test; killed when dropped.
pub struct Sway {
    child: Child,
    /// The Wayland socket, for `WAYLAND_DISPLAY`.
    pub socket: std::path::PathBuf,
    _runtime: tempfile::TempDir,
}

impl Drop for Sway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether the tests run as root (as in CI), where sway refuses to run.
fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
}

/// The uid and gid of `limbertest`, made if missing: made once, however many tests ask at the
/// same time (two `useradd` at once can fail on the password file's lock).
pub fn throwaway_user() -> (u32, u32) {
    static USER: std::sync::OnceLock<(u32, u32)> = std::sync::OnceLock::new();
    *USER.get_or_init(|| {
        let _ = Command::new("useradd")
            .args(["-m", "limbertest"])
            .stderr(Stdio::null())
            .status();
        let id = |which: &str| -> u32 {
            let output = Command::new("id")
                .args([which, "limbertest"])
                .output()
                .expect("id");
            String::from_utf8_lossy(&output.stdout)
                .trim()
                .parse()
                .expect("a numeric id")
        };
        (id("-u"), id("-g"))
    })
}

/// The user a headless compositor and its programs run as: `limbertest`, owning `runtime`,
/// when the tests run as root; else None (the tests' own user).
pub fn session_user(runtime: &std::path::Path) -> Option<(u32, u32)> {
    let user = running_as_root().then(throwaway_user)?;
    let _ = Command::new("chown")
        .arg("-R")
        .arg(user.0.to_string())
        .arg(runtime)
        .status();
    Some(user)
}

/// Runs `command` as `user` (uid, gid), when given.
pub fn as_user(command: &mut Command, user: Option<(u32, u32)>) {
    if let Some((uid, gid)) = user {
        use std::os::unix::process::CommandExt;
        command.uid(uid).gid(gid);
    }
}

/// sway refuses to run as root, so as root it runs as a throwaway user.
pub fn start_sway() -> Option<Sway> {
    if !require(&["sway", "runuser"]) {
        return None;
    }
    let runtime = tempfile::tempdir().unwrap();
    let config = runtime.path().join("sway.conf");
    std::fs::write(&config, "output HEADLESS-1 resolution 800x600\n").unwrap();
    let user = session_user(runtime.path());
    let mut command = Command::new("sway");
    // sway itself runs as the user (not under runuser), so killing the child kills sway.
    as_user(&mut command, user);
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
