//! Folder changes on macOS, from kqueue: one thread blocked on one kqueue, with a vnode watch on
//! each folder.
//!
//! A folder's vnode reports `NOTE_WRITE` whenever an entry is added, removed or renamed in it,
//! which covers saving by writing a new file and renaming it over the old one (most editors) and
//! deleting and recreating. It does **not** report a write into a file already there: that
//! changes the file, not the folder. Watching each file as well would need its own descriptor,
//! reopened after every rename. Instead limber re-reads its config on SIGHUP too, so after an
//! in-place save `kill -HUP` (or the next change in the folder) applies it.
//!
//! A watched folder that is itself deleted or moved is reported once (`NOTE_DELETE`,
//! `NOTE_RENAME`); its replacement is not watched until limber restarts.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::ptr;
use std::thread;

use super::Watched;
use crate::daemon::message::{Inbox, Message};

/// Everything that can happen to a folder's own vnode.
const FOLDER_CHANGES: u32 = libc::NOTE_WRITE
    | libc::NOTE_DELETE
    | libc::NOTE_RENAME
    | libc::NOTE_EXTEND
    | libc::NOTE_ATTRIB;

/// Watches every folder (creating it if missing) from one thread.
pub fn watch(folders: &[Watched<'_>], inbox: Inbox) -> io::Result<()> {
    // SAFETY: kqueue takes no arguments; a negative result is an error, checked below.
    let queue = unsafe { libc::kqueue() };
    if queue < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `queue` is a new descriptor that nothing else owns. The kernel makes every kqueue
    // close-on-exec by itself, so timer windows never inherit it.
    let queue = unsafe { OwnedFd::from_raw_fd(queue) };

    let mut watched: Vec<(File, fn() -> Message)> = Vec::new();
    for folder in folders {
        fs::create_dir_all(folder.folder)?;
        let opened = open_for_events(folder.folder)?;
        register(&queue, opened.as_raw_fd())?;
        watched.push((opened, folder.message));
    }

    thread::Builder::new()
        .name("folder-watch".into())
        .spawn(move || {
            // `watched` moves in with the thread: its descriptors must stay open to be watched.
            let mut events = [empty_event(); 16];
            loop {
                // Blocks until a folder changes: no wakeups while nothing happens. One message
                // per folder for everything read at once, since a save is often several events.
                let count = match wait(&queue, &mut events) {
                    Ok(count) => count,
                    Err(error) => {
                        tracing::warn!("stopped watching for config changes: {error}");
                        return;
                    }
                };
                let changed: BTreeSet<libc::uintptr_t> =
                    events.iter().take(count).map(|event| event.ident).collect();
                for (folder, message) in &watched {
                    if changed.contains(&ident(folder.as_raw_fd()))
                        && inbox.send(message()).is_err()
                    {
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// Opens a folder only to be told about it: `O_EVTONLY` does not keep its volume from being
/// unmounted. (std adds `O_CLOEXEC`.)
fn open_for_events(folder: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_EVTONLY)
        .open(folder)
}

/// Adds a vnode watch for `fd` to the queue. `EV_CLEAR` reports each change once, rather than
/// for as long as it is pending.
fn register(queue: &OwnedFd, fd: RawFd) -> io::Result<()> {
    let change = libc::kevent {
        ident: ident(fd),
        filter: libc::EVFILT_VNODE,
        flags: libc::EV_ADD | libc::EV_CLEAR,
        fflags: FOLDER_CHANGES,
        ..empty_event()
    };
    // SAFETY: one valid change in, no event list out, no timeout pointer.
    let result = unsafe {
        libc::kevent(
            queue.as_raw_fd(),
            &change,
            1,
            ptr::null_mut(),
            0,
            ptr::null(),
        )
    };
    if result < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Waits, without a timeout, for at least one event; returns how many were written to `events`.
/// A signal delivered to this thread interrupts the wait, which then simply resumes.
fn wait(queue: &OwnedFd, events: &mut [libc::kevent]) -> io::Result<usize> {
    let capacity = libc::c_int::try_from(events.len()).unwrap_or(libc::c_int::MAX);
    loop {
        // SAFETY: no changes in; `events` has room for `capacity` events; a null timeout waits
        // until something happens.
        let count = unsafe {
            libc::kevent(
                queue.as_raw_fd(),
                ptr::null(),
                0,
                events.as_mut_ptr(),
                capacity,
                ptr::null(),
            )
        };
        match usize::try_from(count) {
            Ok(count) => return Ok(count),
            Err(_) => {
                let error = io::Error::last_os_error();
                if error.kind() != io::ErrorKind::Interrupted {
                    return Err(error);
                }
            }
        }
    }
}

/// A vnode watch is identified by its descriptor (never negative).
fn ident(fd: RawFd) -> libc::uintptr_t {
    fd as libc::uintptr_t
}

fn empty_event() -> libc::kevent {
    libc::kevent {
        ident: 0,
        filter: 0,
        flags: 0,
        fflags: 0,
        data: 0,
        udata: ptr::null_mut(),
    }
}
