//! Is the user busy, on Windows: what the shell says of the user's state, and which app the
//! privacy records say is using the camera or microphone right now.
//!
//! Both are read only when a reminder is due.

use std::ffi::OsStr;

use windows_sys::Win32::System::Registry::{KEY_ENUMERATE_SUB_KEYS, KEY_QUERY_VALUE};
use windows_sys::Win32::UI::Shell::{
    SHQueryUserNotificationState, QUERY_USER_NOTIFICATION_STATE, QUNS_APP, QUNS_BUSY,
    QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME, QUNS_RUNNING_D3D_FULL_SCREEN,
};

use super::{BusySource, Shared};
use crate::config::Defer;
use crate::core::hold::BusyReason;
use crate::win32::Key;

/// The Windows sources the config switches on.
pub fn sources(defer: &Defer) -> Vec<Box<dyn BusySource>> {
    let mut sources: Vec<Box<dyn BusySource>> = Vec::new();
    if defer.do_not_disturb {
        sources.push(Box::new(QUIET_TIME));
    }
    if defer.calls {
        sources.push(Box::new(DeviceInUse::Camera));
        sources.push(Box::new(DeviceInUse::Microphone));
    }
    if defer.fullscreen {
        sources.push(Box::new(FULLSCREEN));
    }
    sources
}

/// The user's state as the shell reports it to programs about to notify
/// (`SHQueryUserNotificationState`): busy when it is one of `busy_states`.
struct ShellState {
    name: &'static str,
    reason: BusyReason,
    busy_states: &'static [QUERY_USER_NOTIFICATION_STATE],
}

/// A fullscreen program (a game, a film, a full-screen app), or presentation mode.
const FULLSCREEN: ShellState = ShellState {
    name: "fullscreen app or presentation (shell)",
    reason: BusyReason::Fullscreen,
    busy_states: &[
        QUNS_BUSY,
        QUNS_RUNNING_D3D_FULL_SCREEN,
        QUNS_PRESENTATION_MODE,
        QUNS_APP,
    ],
};

/// The shell's quiet time. Windows' Focus assist (Do not disturb on Windows 11) has no public
/// API other programs can read, so this is the nearest signal there is; while Focus assist is on,
/// Windows itself holds limber's toasts back, so the reminder is not shown over the user's work
/// either way.
const QUIET_TIME: ShellState = ShellState {
    name: "quiet time (shell)",
    reason: BusyReason::DoNotDisturb,
    busy_states: &[QUNS_QUIET_TIME],
};

impl BusySource for ShellState {
    fn name(&self) -> &'static str {
        self.name
    }

    fn reason(&self) -> BusyReason {
        self.reason
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        let mut state: QUERY_USER_NOTIFICATION_STATE = 0;
        // SAFETY: `state` is a live value of the type the call writes.
        let result = unsafe { SHQueryUserNotificationState(&mut state) };
        if result < 0 {
            return Err(format!(
                "SHQueryUserNotificationState failed: {result:#010x}"
            ));
        }
        Ok(self.busy_states.contains(&state))
    }
}

/// A camera or microphone in use by another program, as a sign of a call. Windows records in the
/// registry, for its privacy settings, when each app last started and stopped using each device:
/// one subkey per packaged app in the device's consent store, and one per desktop program under
/// its `NonPackaged` subkey, named by the program's path with `#` for `\`.
#[derive(Clone, Copy)]
enum DeviceInUse {
    Camera,
    Microphone,
}

/// Where Windows keeps, per device, which apps may use it and when each last did.
const CONSENT_STORES: &str =
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore";

/// The subkey of a consent store that holds the records of desktop programs.
const DESKTOP_PROGRAMS: &str = "NonPackaged";

impl DeviceInUse {
    /// The device's consent store, under `HKEY_CURRENT_USER`.
    fn consent_store(self) -> String {
        let device = match self {
            DeviceInUse::Camera => "webcam",
            DeviceInUse::Microphone => "microphone",
        };
        format!(r"{CONSENT_STORES}\{device}")
    }

    /// The first app whose record says it is using the device now.
    fn user(self) -> Result<Option<String>, String> {
        let path = self.consent_store();
        let store = Key::current_user(&path, KEY_ENUMERATE_SUB_KEYS)?
            .ok_or_else(|| format!(r"Windows keeps no records at HKCU\{path}"))?;
        for app in store.subkeys()? {
            let user = if app == DESKTOP_PROGRAMS {
                desktop_user(&store)?
            } else {
                record_in_use(&store, &app)?.then(|| app.to_string_lossy().into_owned())
            };
            if user.is_some() {
                return Ok(user);
            }
        }
        Ok(None)
    }
}

/// The first desktop program whose record in `store` says it is using the device now, by its
/// path.
fn desktop_user(store: &Key) -> Result<Option<String>, String> {
    let Some(programs) = store.child(OsStr::new(DESKTOP_PROGRAMS), KEY_ENUMERATE_SUB_KEYS)? else {
        return Ok(None);
    };
    for program in programs.subkeys()? {
        if record_in_use(&programs, &program)? {
            return Ok(Some(program.to_string_lossy().replace('#', r"\")));
        }
    }
    Ok(None)
}

impl BusySource for DeviceInUse {
    fn name(&self) -> &'static str {
        match self {
            DeviceInUse::Camera => "camera in use (privacy records)",
            DeviceInUse::Microphone => "microphone in use (privacy records)",
        }
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        Ok(self
            .user()?
            .inspect(|app| tracing::debug!("{app}: {}", self.name()))
            .is_some())
    }
}

/// Whether the record of `app` under `parent` says it is using the device now. A record that
/// vanished meanwhile (the app was removed) or lacks a time says no.
fn record_in_use(parent: &Key, app: &OsStr) -> Result<bool, String> {
    let Some(record) = parent.child(app, KEY_QUERY_VALUE)? else {
        return Ok(false);
    };
    Ok(in_use(
        record.qword("LastUsedTimeStart")?.unwrap_or(0),
        record.qword("LastUsedTimeStop")?.unwrap_or(0),
    ))
}

/// Windows stamps `LastUsedTimeStart` when an app opens the device and sets `LastUsedTimeStop`
/// to 0 until it closes it, when that is stamped too: a start with no stop is an app using the
/// device right now. Both are FILETIMEs; 0 means never.
fn in_use(last_used_start: u64, last_used_stop: u64) -> bool {
    last_used_start > 0 && last_used_stop == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_app_that_started_and_has_not_stopped_is_using_the_device() {
        assert!(in_use(133_500_000_000_000_000, 0));
    }

    #[test]
    fn an_app_that_stopped_is_not() {
        assert!(!in_use(133_500_000_000_000_000, 133_500_000_100_000_000));
    }

    #[test]
    fn an_app_that_never_used_the_device_is_not() {
        assert!(!in_use(0, 0));
    }
}
