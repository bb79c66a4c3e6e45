//! Folder changes on Windows, from directory change notifications: one per folder, and one thread
//! blocked on all of them at once.
//!
//! Editors save in different ways (write in place, write a temporary file and rename it over,
//! delete and recreate), so entries added, removed or renamed and files written or resized all
//! count. A notification says only that its folder changed, which is all the loop needs.

use std::fs;
use std::io;
use std::os::windows::io::{AsHandle, BorrowedHandle};
use std::path::Path;
use std::thread;

use windows_sys::Win32::Foundation::{FALSE, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem::{
    FindCloseChangeNotification, FindFirstChangeNotificationW, FindNextChangeNotification,
    FILE_NOTIFY_CHANGE_FILE_NAME, FILE_NOTIFY_CHANGE_LAST_WRITE, FILE_NOTIFY_CHANGE_SIZE,
};

use super::Watched;
use crate::daemon::message::Inbox;
use crate::win32::{wait_for_any, wide};

/// Watches every folder (creating it if missing) from one thread.
pub fn watch(folders: &[Watched<'_>], inbox: Inbox) -> io::Result<()> {
    let mut watches = Vec::new();
    for watched in folders {
        fs::create_dir_all(watched.folder)?;
        watches.push((ChangeNotification::new(watched.folder)?, watched.message));
    }
    thread::Builder::new()
        .name("folder-watch".into())
        .spawn(move || {
            let handles: Vec<BorrowedHandle<'_>> = watches
                .iter()
                .map(|(notification, _)| notification.as_handle())
                .collect();
            // Blocks until a folder changes: no wakeups while nothing happens.
            while let Ok(which) = wait_for_any(&handles) {
                // In bounds: `which` is below the number of handles, one per watch.
                let (notification, message) = &watches[which];
                if inbox.send(message()).is_err() || notification.next().is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// A directory change notification for one folder, closed when dropped.
struct ChangeNotification(HANDLE);

// SAFETY: the handle is a kernel handle, which any thread may wait on, re-arm and close; the
// watcher thread is the only one that uses it after it is made.
unsafe impl Send for ChangeNotification {}

impl ChangeNotification {
    /// Asks to be signalled when an entry of `folder` (not of its subfolders) is added, removed or
    /// renamed, or a file in it is written or changes size.
    fn new(folder: &Path) -> io::Result<ChangeNotification> {
        let folder = wide(folder);
        // SAFETY: `folder` is a NUL-terminated path that outlives the call.
        let handle = unsafe {
            FindFirstChangeNotificationW(
                folder.as_ptr(),
                FALSE,
                FILE_NOTIFY_CHANGE_FILE_NAME
                    | FILE_NOTIFY_CHANGE_LAST_WRITE
                    | FILE_NOTIFY_CHANGE_SIZE,
            )
        };
        if handle == INVALID_HANDLE_VALUE {
            return Err(io::Error::last_os_error());
        }
        Ok(ChangeNotification(handle))
    }

    /// Asks for the next change once this one is handled. Changes made in between are kept by
    /// Windows and signal at once.
    fn next(&self) -> io::Result<()> {
        // SAFETY: the handle is open until `self` is dropped.
        if unsafe { FindNextChangeNotification(self.0) } == FALSE {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

impl AsHandle for ChangeNotification {
    fn as_handle(&self) -> BorrowedHandle<'_> {
        // SAFETY: the handle is open until `self` is dropped, which the borrow cannot outlive.
        unsafe { BorrowedHandle::borrow_raw(self.0) }
    }
}

impl Drop for ChangeNotification {
    fn drop(&mut self) {
        // SAFETY: the handle came from FindFirstChangeNotificationW and is closed only here, once.
        unsafe { FindCloseChangeNotification(self.0) };
    }
}
