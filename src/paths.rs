//! Where limber keeps its files: where each platform's users expect them.
//!
//! | | Linux (XDG) | macOS | Windows |
//! |---|---|---|---|
//! | config | `~/.config/limber/` | `~/Library/Application Support/limber/` | `%APPDATA%\limber\` |
//! | history | `~/.local/share/limber/` | `~/Library/Application Support/limber/` | `%LOCALAPPDATA%\limber\` |
//! | state, the user's lock | `~/.local/state/limber/` | `~/Library/Application Support/limber/` | `%LOCALAPPDATA%\limber\` |
//! | socket, its lock | `$XDG_RUNTIME_DIR` | `$TMPDIR/limber-UID/` | `%LOCALAPPDATA%\limber\run\` |
//!
//! On every platform the XDG variables (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `XDG_STATE_HOME`,
//! `XDG_RUNTIME_DIR`) win when set: that is the convention on Linux, a way for anyone to move the
//! files, and how the tests give each run private folders.
//!
//! The runtime folder holds the socket, so it must be the user's alone. Without
//! `XDG_RUNTIME_DIR` it is `limber-UID` in the shared temporary folder, where another user could
//! have made it first; as OpenSSH and tmux do, limber makes it with mode 0700 and then, without
//! following links, refuses anything but a folder of its own user closed to everyone else
//! ([`Paths::prepare_runtime_dir`], [`Paths::socket_to_call`]).

use std::path::PathBuf;

/// Every file limber reads or writes.
#[derive(Clone, Debug)]
pub struct Paths {
    pub config_file: PathBuf,
    /// Append-only history, one JSON event per line.
    pub history_file: PathBuf,
    /// What survives a restart, replaced atomically.
    pub state_file: PathBuf,
    /// Per-user, per-session folder for the socket and the lock.
    pub runtime_dir: PathBuf,
}

impl Paths {
    /// Works out the paths; `config_override` is `--config PATH`.
    pub fn discover(config_override: Option<PathBuf>) -> Result<Paths, String> {
        let defaults = platform::defaults()?;
        let config_file = match config_override {
            Some(path) => path,
            None => overridden("XDG_CONFIG_HOME", defaults.config)?
                .join("limber")
                .join("config.toml"),
        };
        Ok(Paths {
            config_file,
            history_file: overridden("XDG_DATA_HOME", defaults.data)?
                .join("limber")
                .join("history.jsonl"),
            state_file: overridden("XDG_STATE_HOME", defaults.state)?
                .join("limber")
                .join("state.json"),
            runtime_dir: overridden("XDG_RUNTIME_DIR", Ok(defaults.runtime))?,
        })
    }

    /// The daemon's socket.
    pub fn socket(&self) -> PathBuf {
        self.runtime_dir.join("limber.sock")
    }

    /// The lock that guards the socket: its holder alone binds it.
    pub fn lock_file(&self) -> PathBuf {
        self.runtime_dir.join("limber.lock")
    }

    /// The lock every daemon of the user on this machine takes, whatever its runtime folder:
    /// beside the state, which they would all write.
    pub fn user_lock_file(&self) -> PathBuf {
        self.state_file.with_file_name("limber.lock")
    }

    /// Makes the runtime folder ready for the daemon: created if missing (mode 0700 on Unix),
    /// then checked to be the user's alone. `Err` says what is wrong with it.
    pub fn prepare_runtime_dir(&self) -> Result<(), String> {
        private_folder::create(&self.runtime_dir)
            .map_err(|error| format!("{}: {error}", self.runtime_dir.display()))?;
        private_folder::check(&self.runtime_dir)
    }

    /// The socket a client calls the daemon on, once the runtime folder is found to be one the
    /// daemon would serve in (the user's alone: in the shared temporary folder another user
    /// could have made it); `Err` says what is wrong with it, naming it. A folder not there yet
    /// is no error: no limber serves there.
    pub fn socket_to_call(&self) -> Result<PathBuf, String> {
        if std::fs::symlink_metadata(&self.runtime_dir).is_ok() {
            private_folder::check(&self.runtime_dir)?;
        }
        Ok(self.socket())
    }
}

/// The user limber runs as: the real uid, from the kernel (`HOME` can say anything).
#[cfg(target_os = "linux")]
pub fn user_id() -> u32 {
    rustix::process::getuid().as_raw()
}

/// The user limber runs as: the real uid, from the kernel (`HOME` can say anything).
#[cfg(target_os = "macos")]
pub fn user_id() -> u32 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::getuid() }
}

/// A folder for the user alone.
#[cfg(unix)]
mod private_folder {
    use std::fs;
    use std::io;
    use std::os::unix::fs::{DirBuilderExt, MetadataExt};
    use std::path::Path;

    /// Makes `dir` with mode 0700 unless something is there already. Never changes what it
    /// finds: [`check`] judges it.
    pub fn create(dir: &Path) -> io::Result<()> {
        match fs::DirBuilder::new().mode(0o700).create(dir) {
            Err(error) if error.kind() != io::ErrorKind::AlreadyExists => Err(error),
            _ => Ok(()),
        }
    }

    /// Whether `dir` itself (a link is not followed) is a folder of ours closed to everyone
    /// else; `Err` says what it is instead.
    pub fn check(dir: &Path) -> Result<(), String> {
        let refuse = |why: String| {
            Err(crate::t!(
                "error-runtime-folder-refused",
                path = dir.display().to_string(),
                why = why
            ))
        };
        let meta =
            fs::symlink_metadata(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
        if meta.file_type().is_symlink() {
            return refuse(crate::t!("error-runtime-folder-link"));
        }
        if !meta.is_dir() {
            return refuse(crate::t!("error-runtime-folder-not-a-folder"));
        }
        if meta.uid() != super::user_id() {
            return refuse(crate::t!(
                "error-runtime-folder-owner",
                uid = meta.uid().to_string()
            ));
        }
        if meta.mode() & 0o077 != 0 {
            return refuse(crate::t!(
                "error-runtime-folder-open",
                mode = format!("{:04o}", meta.mode() & 0o7777)
            ));
        }
        Ok(())
    }
}

/// On Windows the runtime folder sits in the user's profile, whose access list already admits
/// only them (and administrators).
#[cfg(windows)]
mod private_folder {
    use std::path::Path;

    pub fn create(dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)
    }

    pub fn check(_dir: &Path) -> Result<(), String> {
        Ok(())
    }
}

/// limber's cache folder on Linux: `$XDG_CACHE_HOME/limber`, usually `~/.cache/limber`; for
/// files limber can always make again (the notification icon of a build).
#[cfg(all(unix, not(target_os = "macos")))]
pub fn cache_dir() -> Result<PathBuf, String> {
    let home = std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache"));
    overridden(
        "XDG_CACHE_HOME",
        home.ok_or_else(|| no_home("XDG_CACHE_HOME")),
    )
    .map(|cache| cache.join("limber"))
}

/// Where the desktop looks for installed data such as icons, most personal first:
/// `$XDG_DATA_HOME` (usually `~/.local/share`), then each of `$XDG_DATA_DIRS` (by default
/// `/usr/local/share:/usr/share`); relative entries are ignored, as the specification says.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn data_dirs() -> Vec<PathBuf> {
    let home = platform::defaults().and_then(|defaults| defaults.data);
    let shared = std::env::var_os("XDG_DATA_DIRS")
        .filter(|dirs| !dirs.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    overridden("XDG_DATA_HOME", home)
        .ok()
        .into_iter()
        .chain(std::env::split_paths(&shared).filter(|dir| dir.is_absolute()))
        .collect()
}

/// The platform's base folders, before the `limber` part; `Err` names what is missing.
struct Defaults {
    config: Result<PathBuf, String>,
    data: Result<PathBuf, String>,
    state: Result<PathBuf, String>,
    runtime: PathBuf,
}

/// The folder named by `variable` when it holds an absolute path, else the platform's default.
fn overridden(variable: &str, default: Result<PathBuf, String>) -> Result<PathBuf, String> {
    given(variable).map_or(default, Ok)
}

/// The absolute path in `variable`, if it holds one.
fn given(variable: &str) -> Option<PathBuf> {
    std::env::var_os(variable)
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
}

/// Why the folder `variable` names has no default: there is no home folder to put it in.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_home(variable: &str) -> String {
    crate::t!("error-no-home", variable = variable)
}

/// A private folder in the temporary folder, named after the user, for when the session provides
/// no runtime folder (a bare console, some containers, macOS).
#[cfg(unix)]
fn private_temp_dir() -> PathBuf {
    std::env::temp_dir().join(format!("limber-{}", user_id()))
}

#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    use std::path::PathBuf;

    use super::Defaults;

    /// The XDG defaults under `$HOME`.
    pub fn defaults() -> Result<Defaults, String> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let under_home = |variable: &str, folder: &str| {
            home.as_ref()
                .map(|home| home.join(folder))
                .ok_or_else(|| super::no_home(variable))
        };
        Ok(Defaults {
            config: under_home("XDG_CONFIG_HOME", ".config"),
            data: under_home("XDG_DATA_HOME", ".local/share"),
            state: under_home("XDG_STATE_HOME", ".local/state"),
            runtime: super::private_temp_dir(),
        })
    }
}

#[cfg(any(windows, target_os = "macos"))]
mod platform {
    use std::path::PathBuf;

    use directories::BaseDirs;

    use super::Defaults;

    /// The user's application folders, as the system reports them.
    pub fn defaults() -> Result<Defaults, String> {
        let base = BaseDirs::new().ok_or_else(|| crate::t!("error-no-home-folder"))?;
        Ok(Defaults {
            // Roaming on Windows: settings follow the user between machines.
            config: Ok(base.config_dir().to_path_buf()),
            data: Ok(base.data_local_dir().to_path_buf()),
            state: Ok(base.data_local_dir().to_path_buf()),
            runtime: runtime(&base),
        })
    }

    #[cfg(windows)]
    fn runtime(base: &BaseDirs) -> PathBuf {
        base.data_local_dir().join("limber").join("run")
    }

    /// `$TMPDIR` is the user's own on macOS.
    #[cfg(target_os = "macos")]
    fn runtime(_base: &BaseDirs) -> PathBuf {
        super::private_temp_dir()
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::private_folder;
    use std::fs;
    use std::os::unix::fs::PermissionsExt;
    use std::path::PathBuf;

    fn mode(path: &std::path::Path) -> u32 {
        fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// Where a runtime folder would be, in a temporary folder of the test's own.
    fn runtime_folder() -> (tempfile::TempDir, PathBuf) {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("limber-1000");
        (temp, dir)
    }

    /// A folder beside the runtime folder, with `mode`.
    fn folder_with_mode(path: PathBuf, mode: u32) -> PathBuf {
        fs::create_dir(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    #[test]
    fn a_missing_runtime_folder_is_made_private() {
        let (_temp, dir) = runtime_folder();
        private_folder::create(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(private_folder::check(&dir), Ok(()));
    }

    #[test]
    fn a_runtime_folder_open_to_others_is_refused_and_left_as_it_was() {
        let (_temp, dir) = runtime_folder();
        let dir = folder_with_mode(dir, 0o777);
        private_folder::create(&dir).unwrap();
        let refused = private_folder::check(&dir).unwrap_err();
        assert!(
            refused.contains("open to other users (mode 0777)"),
            "{refused}"
        );
        assert!(refused.contains(&dir.display().to_string()), "{refused}");
        assert_eq!(mode(&dir), 0o777, "never taken over");
    }

    #[test]
    fn a_runtime_folder_that_is_a_link_is_refused_and_not_followed() {
        let (temp, dir) = runtime_folder();
        let elsewhere = folder_with_mode(temp.path().join("elsewhere"), 0o755);
        std::os::unix::fs::symlink(&elsewhere, &dir).unwrap();
        private_folder::create(&dir).unwrap();
        let refused = private_folder::check(&dir).unwrap_err();
        assert!(refused.contains("symbolic link"), "{refused}");
        assert_eq!(mode(&elsewhere), 0o755);
    }

    #[test]
    fn a_file_in_place_of_the_runtime_folder_is_refused() {
        let (_temp, dir) = runtime_folder();
        fs::write(&dir, "").unwrap();
        assert!(private_folder::check(&dir)
            .unwrap_err()
            .contains("not a folder"));
    }

    #[test]
    fn a_refused_runtime_folder_is_said_in_the_language_spoken() {
        let (temp, dir) = runtime_folder();
        let link = temp.path().join("link");
        std::os::unix::fs::symlink(temp.path(), &link).unwrap();
        let file = temp.path().join("file");
        fs::write(&file, "").unwrap();
        let open = folder_with_mode(dir, 0o755);
        let places = [&link, &file, &open];
        crate::wording::plain_english::assert_said_through_fluent(
            || {
                places
                    .iter()
                    .map(|place| private_folder::check(place).unwrap_err())
                    .collect()
            },
            &places.map(|place| place.display().to_string()),
        );
    }
}
