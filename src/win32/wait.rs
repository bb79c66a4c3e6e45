//! Waiting on several kernel handles at once, for the watcher threads that block until any of
//! their folders or registry keys changes.

use std::io;
use std::os::windows::io::BorrowedHandle;

use windows_sys::Win32::Foundation::{FALSE, WAIT_OBJECT_0};
use windows_sys::Win32::System::Threading::{WaitForMultipleObjects, INFINITE};

/// Blocks until one of `handles` (at most 64) is signalled, and says which, by its index.
pub fn wait_for_any(handles: &[BorrowedHandle<'_>]) -> io::Result<usize> {
    let count = u32::try_from(handles.len()).map_err(io::Error::other)?;
    // SAFETY: `BorrowedHandle` has the layout of a raw handle, so `handles` is an array of
    // `count` handles, each open while it is borrowed, which is for the whole call.
    let event = unsafe { WaitForMultipleObjects(count, handles.as_ptr().cast(), FALSE, INFINITE) };
    let index = event.wrapping_sub(WAIT_OBJECT_0) as usize;
    if index < handles.len() {
        Ok(index)
    } else {
        // With no timeout and no mutexes to abandon, anything else is WAIT_FAILED.
        Err(io::Error::last_os_error())
    }
}
