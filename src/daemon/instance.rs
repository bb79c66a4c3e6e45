//! One limber per user: a lock file decides who the daemon is, and the winner serves the socket.
//!
//! The lock is an advisory file lock in the runtime folder (`$XDG_RUNTIME_DIR` on Linux), released
//! by the operating system when the process dies, so a crashed daemon never blocks the next one.
//! Because only the lock holder may bind, a socket file found by the holder is always stale and
//! is replaced. A runtime folder limber must not use (another user's, a link, one open to
//! others) or cannot use (read-only, full) costs only the socket: the lock then lives beside the
//! state, and reminders go on.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::ipc::UnixListener;
use crate::paths::Paths;

/// Held for the daemon's whole life; dropping it removes the socket, then releases the lock.
pub struct Instance {
    /// The socket this instance bound, if it could.
    socket: Option<PathBuf>,
    _lock: File,
}

/// Why this process cannot be the daemon.
pub enum Refused {
    /// Another limber holds the lock.
    AlreadyRunning,
    Io(String),
}

impl Instance {
    /// Takes the lock, or says why not, and binds the socket. A socket that cannot be bound is
    /// not a reason to refuse: reminders still reach the user through the tray, notifications
    /// and the timer window; only commands cannot reach this limber, which a warning says.
    pub fn claim(paths: &Paths) -> Result<(Instance, Option<UnixListener>), Refused> {
        let in_runtime = paths
            .prepare_runtime_dir()
            .map_err(Refused::Io)
            .and_then(|()| take_lock(&paths.lock_file()));
        let (lock, socket_path) = match in_runtime {
            Ok(lock) => (lock, Some(paths.socket())),
            Err(Refused::AlreadyRunning) => return Err(Refused::AlreadyRunning),
            // Not ours alone, or nothing can be made in it (read-only, full).
            Err(Refused::Io(problem)) => {
                tracing::warn!("commands cannot reach this limber: {problem}");
                (take_lock(&paths.fallback_lock_file())?, None)
            }
        };
        let listener = socket_path.as_deref().and_then(|path| {
            bind_private(path)
                .inspect_err(|error| {
                    tracing::warn!(
                        "commands cannot reach this limber: cannot serve {}: {error}",
                        path.display()
                    )
                })
                .ok()
        });
        let instance = Instance {
            socket: listener.as_ref().and(socket_path),
            _lock: lock,
        };
        Ok((instance, listener))
    }
}

/// Opens the lock file (making its folder if needed) and locks it without waiting.
fn take_lock(path: &Path) -> Result<File, Refused> {
    let failed = |error: io::Error| Refused::Io(format!("{}: {error}", path.display()));
    if let Some(dir) = path.parent() {
        create_private_dir_all(dir).map_err(failed)?;
    }
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(failed)?;
    match lock.try_lock() {
        Ok(()) => Ok(lock),
        Err(fs::TryLockError::WouldBlock) => Err(Refused::AlreadyRunning),
        Err(fs::TryLockError::Error(error)) => Err(failed(error)),
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(socket) = &self.socket {
            let _ = fs::remove_file(socket);
        }
    }
}

/// Binds the socket, replacing a stale one, and makes it readable by its owner only.
fn bind_private(path: &Path) -> io::Result<UnixListener> {
    match fs::remove_file(path) {
        Ok(()) => tracing::info!("replaced a stale socket left by an earlier limber"),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(error),
    }
    let listener = UnixListener::bind(path)?;
    owner_only(path)?;
    Ok(listener)
}

/// Makes the socket file ours alone (mode 0600).
#[cfg(unix)]
fn owner_only(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
}

/// Creates `dir` and its missing parents with mode 0700 (existing ones are left as they are).
#[cfg(unix)]
fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// On Windows the runtime folder sits in the user's profile, whose access list already admits
/// only them (and administrators); there are no mode bits to set.
#[cfg(windows)]
fn owner_only(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(windows)]
fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}
