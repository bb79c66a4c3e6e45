//! Notices edits to the config file, without polling.
//!
//! Editors save in different ways (write in place, write a temporary file and rename it over,
//! delete and recreate), so the folder is watched rather than the file, and every change in it is
//! passed on; the loop re-reads the file and ignores changes that leave its text as it was.

use std::fs;
use std::io;
use std::path::Path;
use std::thread;

use rustix::fs::inotify::{self, CreateFlags, WatchFlags};

use super::message::{Inbox, Message};

pub fn watch(config_file: &Path, inbox: Inbox) -> io::Result<()> {
    let dir = config_file
        .parent()
        .ok_or_else(|| io::Error::other("the config file has no folder"))?;
    fs::create_dir_all(dir)?;
    let fd = inotify::init(CreateFlags::CLOEXEC)?;
    inotify::add_watch(
        &fd,
        dir,
        WatchFlags::CLOSE_WRITE
            | WatchFlags::MOVED_TO
            | WatchFlags::MOVED_FROM
            | WatchFlags::CREATE
            | WatchFlags::DELETE,
    )?;
    thread::Builder::new()
        .name("config-watch".into())
        .spawn(move || {
            let mut events = [0u8; 4096];
            // Blocks until the folder changes: no wakeups while nothing happens.
            while let Ok(read) = rustix::io::read(&fd, &mut events) {
                if read == 0 || inbox.send(Message::ConfigChanged).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}
