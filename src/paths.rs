//! Where limber keeps its files: where each platform's users expect them.
//!
//! | | Linux (XDG) | macOS | Windows |
//! |---|---|---|---|
//! | config | `~/.config/limber/` | `~/Library/Application Support/limber/` | `%APPDATA%\limber\` |
//! | history | `~/.local/share/limber/` | `~/Library/Application Support/limber/` | `%LOCALAPPDATA%\limber\` |
//! | state | `~/.local/state/limber/` | `~/Library/Application Support/limber/` | `%LOCALAPPDATA%\limber\` |
//! | socket, lock | `$XDG_RUNTIME_DIR` | `$TMPDIR/limber-UID/` | `%LOCALAPPDATA%\limber\run\` |
//!
//! On every platform the XDG variables (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `XDG_STATE_HOME`,
//! `XDG_RUNTIME_DIR`) win when set: that is the convention on Linux, a way for anyone to move the
//! files, and how the tests give each run private folders.

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

    /// The single-instance lock.
    pub fn lock_file(&self) -> PathBuf {
        self.runtime_dir.join("limber.lock")
    }
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
    match std::env::var_os(variable).map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => Ok(dir),
        _ => default,
    }
}

/// A private folder in the temporary folder, named after the user, for when the session provides
/// no runtime folder (a bare console, some containers, macOS).
#[cfg(unix)]
fn private_temp_dir() -> PathBuf {
    use std::os::unix::fs::MetadataExt;
    // The owner of our own home folder is us; no libc call needed for that.
    let uid = std::env::var_os("HOME")
        .and_then(|home| std::fs::metadata(std::path::Path::new(&home)).ok())
        .map_or(0, |meta| meta.uid());
    std::env::temp_dir().join(format!("limber-{uid}"))
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
                .ok_or_else(|| format!("neither {variable} nor HOME is set"))
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
        let base = BaseDirs::new().ok_or("cannot find your home folder")?;
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
