//! One limber per user: a lock file decides who the daemon is, and the winner serves the socket.
//!
//! The lock is an advisory file lock in the runtime folder (`$XDG_RUNTIME_DIR` on Linux), released
//! by the operating system when the process dies, so a crashed daemon never blocks the next one.
//! Because only the lock holder may bind, a socket file found by the holder is always stale and
//! is replaced.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::ipc::UnixListener;

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
    pub fn claim(
        lock_path: &Path,
        socket_path: &Path,
    ) -> Result<(Instance, Option<UnixListener>), Refused> {
        if let Some(dir) = lock_path.parent() {
            fs::create_dir_all(dir)
                .and_then(|()| owner_only(dir, 0o700))
                .map_err(|e| Refused::Io(format!("{}: {e}", dir.display())))?;
        }
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path)
            .map_err(|e| Refused::Io(format!("{}: {e}", lock_path.display())))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(Refused::AlreadyRunning),
            Err(fs::TryLockError::Error(e)) => {
                return Err(Refused::Io(format!("{}: {e}", lock_path.display())))
            }
        }
        let listener = bind_private(socket_path)
            .inspect_err(|error| {
                tracing::warn!(
                    "commands cannot reach this limber: cannot serve {}: {error}",
                    socket_path.display()
                )
            })
            .ok();
        let instance = Instance {
            socket: listener.as_ref().map(|_| socket_path.to_path_buf()),
            _lock: lock,
        };
        Ok((instance, listener))
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
    owner_only(path, 0o600)?;
    Ok(listener)
}

/// Makes a file or folder ours alone (`mode`, with no group or other bits).
#[cfg(unix)]
fn owner_only(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

/// On Windows the runtime folder sits in the user's profile, whose access list already admits
/// only them (and administrators); there are no mode bits to set.
#[cfg(windows)]
fn owner_only(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}
