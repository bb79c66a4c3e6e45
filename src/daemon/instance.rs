//! One limber per user: lock files decide who the daemon is, and the winner serves the socket.
//!
//! Two advisory file locks, released by the operating system when the process dies, so a crashed
//! daemon never blocks the next one:
//! - the **user's lock**, beside the state file, covers every daemon of the user on this machine
//!   whatever its runtime folder: an ssh session without `XDG_RUNTIME_DIR` (or with another one)
//!   would otherwise start a second daemon writing the same history and state. Its holder writes
//!   there which process it is and where its socket is ([`Holder`]), so a second start can say
//!   where the running limber is reached;
//! - the **runtime lock**, beside the socket, guards the socket. Because only its holder may bind,
//!   a socket file found by the holder is always stale and is replaced.
//!
//! A runtime folder limber must not use (another user's, a link, one open to others) or cannot
//! use (read-only, full) costs only the socket; a state folder it cannot lock in costs only the
//! refusal of a daemon started with another runtime folder. Only when neither lock can be taken
//! does limber not start.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ipc::UnixListener;
use crate::paths::Paths;

/// Held for the daemon's whole life; dropping it removes the socket, then releases the locks.
pub struct Instance {
    /// The socket this instance bound, if it could.
    socket: Option<PathBuf>,
    _user_lock: Option<File>,
    _runtime_lock: Option<File>,
}

/// Why this process cannot be the daemon.
pub enum Refused {
    /// Another limber holds a lock: the one it described, if it could be read.
    AlreadyRunning(Option<Holder>),
    Io(String),
}

/// What the daemon holding the user's lock says of itself there.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    /// The socket it serves; none when commands cannot reach it.
    pub socket: Option<PathBuf>,
}

/// The most of a lock file read for its holder's description.
const HOLDER_CAP: u64 = 4096;

impl Instance {
    /// Takes the locks, or says why not, and binds the socket. A socket that cannot be bound is
    /// not a reason to refuse: reminders still reach the user through the tray, notifications
    /// and the timer window; only commands cannot reach this limber, which a warning says.
    pub fn claim(paths: &Paths) -> Result<(Instance, Option<UnixListener>), Refused> {
        let user_lock_file = paths.user_lock_file();
        let user_lock = match take_lock(&user_lock_file) {
            Ok(lock) => Ok(lock),
            Err(Refused::AlreadyRunning(_)) => {
                return Err(Refused::AlreadyRunning(read_holder(&user_lock_file)))
            }
            Err(Refused::Io(problem)) => Err(problem),
        };
        let runtime_lock = match paths
            .prepare_runtime_dir()
            .map_err(Refused::Io)
            .and_then(|()| take_lock(&paths.lock_file()))
        {
            Ok(lock) => Ok(lock),
            // Another limber, with state kept elsewhere, serves this runtime folder.
            Err(Refused::AlreadyRunning(_)) => return Err(Refused::AlreadyRunning(None)),
            // Not ours alone, or nothing can be made in it (read-only, full).
            Err(Refused::Io(problem)) => Err(problem),
        };
        match (&user_lock, &runtime_lock) {
            (Err(user), Err(runtime)) => return Err(Refused::Io(format!("{user}; {runtime}"))),
            (Err(problem), Ok(_)) => tracing::warn!(
                "a second limber started with another runtime folder will not be refused: \
                 {problem}"
            ),
            (Ok(_), Err(problem)) => {
                tracing::warn!("commands cannot reach this limber: {problem}")
            }
            (Ok(_), Ok(_)) => {}
        }
        let socket_path = runtime_lock.is_ok().then(|| paths.socket());
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
        let socket = listener.as_ref().and(socket_path);
        let mut user_lock = user_lock.ok();
        if let Some(lock) = &mut user_lock {
            let holder = Holder {
                pid: std::process::id(),
                socket: socket.clone(),
            };
            if let Err(error) = describe(lock, &holder) {
                tracing::warn!(
                    "a second limber will not be told where this one is: {}: {error}",
                    user_lock_file.display()
                );
            }
        }
        let instance = Instance {
            socket,
            _user_lock: user_lock,
            _runtime_lock: runtime_lock.ok(),
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
        Err(fs::TryLockError::WouldBlock) => Err(Refused::AlreadyRunning(None)),
        Err(fs::TryLockError::Error(error)) => Err(failed(error)),
    }
}

/// Writes `holder` into the lock file this process holds, in place of what an earlier holder
/// wrote.
fn describe(lock: &mut File, holder: &Holder) -> io::Result<()> {
    lock.set_len(0)?;
    lock.rewind()?;
    serde_json::to_writer(&mut *lock, holder)?;
    lock.flush()
}

/// What the daemon holding the user's lock at `path` wrote of itself; None when no daemon holds
/// it (what a dead one wrote is not believed) or it cannot be read.
pub fn running_holder(path: &Path) -> Option<Holder> {
    let lock = File::open(path).ok()?;
    match lock.try_lock_shared() {
        Ok(()) => None,
        Err(fs::TryLockError::WouldBlock) => read_holder(path),
        Err(fs::TryLockError::Error(_)) => None,
    }
}

/// What the holder of the lock file at `path` wrote of itself; None when it cannot be read (not
/// written yet, or Windows, where a locked file cannot be read by others).
fn read_holder(path: &Path) -> Option<Holder> {
    let bytes = crate::safe_read::read(path, HOLDER_CAP).ok()??;
    serde_json::from_slice(&bytes).ok()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_on_the_user_s_lock_learns_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join("limber.lock");
        // What an earlier holder left is replaced, not added to.
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(
            &path,
            "left by an earlier limber, much longer than what follows",
        )
        .unwrap();
        let mut held = take_lock(&path).ok().expect("the first claim wins");
        let holder = Holder {
            pid: 4321,
            socket: Some(dir.path().join("run").join("limber.sock")),
        };
        describe(&mut held, &holder).unwrap();
        assert!(matches!(take_lock(&path), Err(Refused::AlreadyRunning(_))));
        assert_eq!(read_holder(&path), Some(holder));
        drop(held);
        assert!(take_lock(&path).is_ok(), "released with its holder");
    }
}
