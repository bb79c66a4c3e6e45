//! Where limber keeps its files, following the XDG base directory conventions on Linux.
//!
//! The environment variables (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `XDG_STATE_HOME`,
//! `XDG_RUNTIME_DIR`) win when set, which is also how the tests give each run private folders.

use std::path::PathBuf;

/// Every file limber reads or writes.
#[derive(Clone, Debug)]
pub struct Paths {
    pub config_file: PathBuf,
    /// Append-only history, one JSON event per line.
    pub history_file: PathBuf,
    /// What survives a restart, replaced atomically.
    pub state_file: PathBuf,
    /// Per-user, per-boot folder for the socket and the lock.
    pub runtime_dir: PathBuf,
}

impl Paths {
    /// Works out the paths; `config_override` is `--config PATH`.
    pub fn discover(config_override: Option<PathBuf>) -> Result<Paths, String> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let base = |variable: &str, fallback: &str| -> Result<PathBuf, String> {
            match std::env::var_os(variable).map(PathBuf::from) {
                Some(dir) if dir.is_absolute() => Ok(dir),
                _ => home
                    .as_ref()
                    .map(|home| home.join(fallback))
                    .ok_or_else(|| format!("neither {variable} nor HOME is set")),
            }
        };
        let config_file = match config_override {
            Some(path) => path,
            None => base("XDG_CONFIG_HOME", ".config")?.join("limber/config.toml"),
        };
        Ok(Paths {
            config_file,
            history_file: base("XDG_DATA_HOME", ".local/share")?.join("limber/history.jsonl"),
            state_file: base("XDG_STATE_HOME", ".local/state")?.join("limber/state.json"),
            runtime_dir: runtime_dir(),
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

/// `$XDG_RUNTIME_DIR`, or a private folder in the temp dir named after the user when the session
/// provides none (a bare console, some containers).
fn runtime_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => std::env::temp_dir().join(format!("limber-{}", user_id())),
    }
}

#[cfg(unix)]
fn user_id() -> u32 {
    use std::os::unix::fs::MetadataExt;
    // The owner of our own home folder is us; no libc call needed for that.
    std::env::var_os("HOME")
        .and_then(|home| std::fs::metadata(std::path::Path::new(&home)).ok())
        .map_or(0, |meta| meta.uid())
}

#[cfg(not(unix))]
fn user_id() -> u32 {
    0
}
