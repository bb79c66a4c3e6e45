//! Notices "start at login" being switched outside limber on Windows, so the tray's **Start at
//! login** follows `limber autostart` and Task Manager's Startup tab.
//!
//! On Windows starting at login is a registry value, not a file in a folder: `limber` under
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, written by the `auto-launch` crate (see
//! `autostart::launcher`). Task Manager leaves that value alone and switches the entry off and
//! on in `Explorer\StartupApproved\Run` next to it, which `auto-launch` also reads. One thread
//! blocks on a registry change notification for each key and tells the loop, which reads the
//! setting again; nothing polls.

use std::io;
use std::os::windows::io::{AsHandle, AsRawHandle, BorrowedHandle, FromRawHandle, OwnedHandle};
use std::ptr;
use std::thread;

use windows_sys::Win32::Foundation::{ERROR_SUCCESS, FALSE, TRUE};
use windows_sys::Win32::System::Registry::{
    RegNotifyChangeKeyValue, KEY_NOTIFY, REG_NOTIFY_CHANGE_LAST_SET, REG_NOTIFY_CHANGE_NAME,
};
use windows_sys::Win32::System::Threading::CreateEventW;

use super::message::{Inbox, Message};
use crate::win32::{failed, wait_for_any, Key};

const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
const STARTUP_APPROVED: &str =
    r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";

/// Starts following both keys on a thread of its own. Failing that, limber still runs; the tray
/// only misses outside changes until it restarts (a warning says so).
pub fn watch(inbox: Inbox) {
    let spawned = thread::Builder::new()
        .name("autostart-watch".into())
        .spawn(move || {
            if let Err(problem) = follow(&inbox) {
                tracing::warn!("\"Start at login\" will not follow outside changes: {problem}");
            }
        });
    if let Err(error) = spawned {
        tracing::warn!("\"Start at login\" will not follow outside changes: {error}");
    }
}

/// Tells the loop of every change to the keys until the loop ends.
fn follow(inbox: &Inbox) -> Result<(), String> {
    let run =
        Key::current_user(RUN, KEY_NOTIFY)?.ok_or_else(|| format!(r"there is no HKCU\{RUN}"))?;
    // Absent until Task Manager first records an entry there; then only `Run` is followed.
    let approved = Key::current_user(STARTUP_APPROVED, KEY_NOTIFY)?;
    let mut watches = Vec::new();
    for key in std::iter::once(run).chain(approved) {
        let changed = new_event().map_err(|error| format!("cannot make an event: {error}"))?;
        notify_on_change(&key, &changed)?;
        watches.push((key, changed));
    }
    let handles: Vec<BorrowedHandle<'_>> = watches
        .iter()
        .map(|(_, changed)| changed.as_handle())
        .collect();
    loop {
        let which = wait_for_any(&handles).map_err(|error| format!("waiting failed: {error}"))?;
        // In bounds: `which` is below the number of handles, one per watch.
        let (key, changed) = &watches[which];
        // Each notification fires once: ask for the next before telling the loop, so a change
        // made while the loop reads the setting is not missed.
        notify_on_change(key, changed)?;
        if inbox.send(Message::AutostartChanged).is_err() {
            return Ok(());
        }
    }
}

/// An auto-reset event, unnamed and unsignalled: a wait that returns resets it.
fn new_event() -> io::Result<OwnedHandle> {
    // SAFETY: default security, auto-reset, unsignalled, no name: no pointers to keep valid.
    let event = unsafe { CreateEventW(ptr::null(), FALSE, FALSE, ptr::null()) };
    if event.is_null() {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `event` is a new handle that nothing else owns; `OwnedHandle` closes it once.
    Ok(unsafe { OwnedHandle::from_raw_handle(event) })
}

/// Asks Windows to signal `changed` at the next change of a value (or of the set of values) in
/// `key`.
fn notify_on_change(key: &Key, changed: &OwnedHandle) -> Result<(), String> {
    // SAFETY: `key` is open with KEY_NOTIFY and `changed` is an open event; both outlive the
    // request, which is dropped when the key is closed. This thread keeps running while it
    // waits, as an asynchronous request requires.
    let status = unsafe {
        RegNotifyChangeKeyValue(
            key.as_raw(),
            FALSE,
            REG_NOTIFY_CHANGE_LAST_SET | REG_NOTIFY_CHANGE_NAME,
            changed.as_raw_handle(),
            TRUE,
        )
    };
    if status == ERROR_SUCCESS {
        Ok(())
    } else {
        Err(failed("RegNotifyChangeKeyValue", status))
    }
}
