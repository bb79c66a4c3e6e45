//! Folder changes on Linux, from inotify: one thread blocked on one inotify descriptor.
//!
//! Editors save in different ways (write in place, write a temporary file and rename it over,
//! delete and recreate), so every kind of entry change counts.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::mem::MaybeUninit;
use std::thread;

use rustix::fs::inotify::{self, CreateFlags, WatchFlags};

use super::Watched;
use crate::daemon::message::Inbox;

/// Watches every folder (creating it if missing) from one thread.
pub fn watch(folders: &[Watched<'_>], inbox: Inbox) -> io::Result<()> {
    let fd = inotify::init(CreateFlags::CLOEXEC)?;
    let mut messages = Vec::new();
    for watched in folders {
        fs::create_dir_all(watched.folder)?;
        let wd = inotify::add_watch(
            &fd,
            watched.folder,
            WatchFlags::CLOSE_WRITE
                | WatchFlags::MOVED_TO
                | WatchFlags::MOVED_FROM
                | WatchFlags::CREATE
                | WatchFlags::DELETE,
        )?;
        messages.push((wd, watched.message));
    }
    thread::Builder::new()
        .name("folder-watch".into())
        .spawn(move || {
            let mut buffer = [MaybeUninit::<u8>::uninit(); 4096];
            let mut events = inotify::Reader::new(&fd, &mut buffer);
            loop {
                // Blocks until a folder changes: no wakeups while nothing happens. One message
                // per folder for everything read at once, since a save is often several events.
                let mut changed = BTreeSet::new();
                loop {
                    match events.next() {
                        Ok(event) => {
                            changed.insert(event.wd());
                        }
                        Err(_) => return,
                    }
                    if events.is_buffer_empty() {
                        break;
                    }
                }
                for (wd, message) in &messages {
                    if changed.contains(wd) && inbox.send(message()).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(())
}
