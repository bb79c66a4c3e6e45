//! Starting limber at login: the one switch behind `limber autostart` and the tray's
//! **Start at login** item, so the two always agree.
//!
//! Linux and the BSDs use an XDG autostart entry, written by [`xdg`] (not a crate: the common one
//! ignores `XDG_CONFIG_HOME` and leaves `Exec` unquoted). Windows (`HKCU\…\Run`) and macOS (a
//! LaunchAgent with `RunAtLoad`) go through the `auto-launch` crate in [`launcher`].

#[cfg(all(unix, not(target_os = "macos")))]
mod desktop_entry;
#[cfg(any(windows, target_os = "macos"))]
mod launcher;
#[cfg(all(unix, not(target_os = "macos")))]
mod xdg;

use std::fmt;
use std::path::PathBuf;

use crate::t;

/// Whether limber starts at login, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub enabled: bool,
    /// What makes it so; None when nothing mentions limber.
    pub source: Option<Source>,
}

/// The thing that starts limber at login (or would, but is switched off).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// An entry limber wrote.
    Ours(PathBuf),
    /// An entry the user wrote themselves.
    Users(PathBuf),
    /// A system-wide entry an administrator installed.
    System(PathBuf),
    /// The platform's own registration (the Run key on Windows, a LaunchAgent on macOS).
    Platform(String),
}

impl fmt::Display for Status {
    /// "Start at login: on (~/.config/autostart/limber.desktop)", in the language spoken.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let on = self.enabled;
        let path = |id_on: &str, id_off: &str, path: &std::path::Path| {
            let id = if on { id_on } else { id_off };
            t!(id, path = path.display().to_string())
        };
        let text = match &self.source {
            None => t!("autostart-off"),
            Some(Source::Ours(file)) => path("autostart-on-ours", "autostart-off-ours", file),
            Some(Source::Users(file)) => path("autostart-on-users", "autostart-off-users", file),
            Some(Source::System(file)) => path("autostart-on-system", "autostart-off-system", file),
            Some(Source::Platform(place)) => {
                let id = if on {
                    "autostart-on-platform"
                } else {
                    "autostart-off-platform"
                };
                t!(id, place = place.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// Reads the current state.
pub fn status() -> Result<Status, String> {
    platform::status()
}

/// Switches starting at login on or off for this user and returns the state it left.
pub fn set(enabled: bool) -> Result<Status, String> {
    let binary = std::env::current_exe()
        .map_err(|error| crate::t!("error-autostart-where-installed", error = error.to_string()))?;
    platform::set(enabled, binary)
}

/// The folder that says whether limber starts at login, which the daemon watches so its tray
/// item follows changes made with `limber autostart` or by hand.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn user_folder() -> Result<PathBuf, String> {
    Ok(xdg::Folders::discover()?.user)
}

/// The folder that says whether limber starts at login: `~/Library/LaunchAgents` on macOS.
#[cfg(target_os = "macos")]
pub fn user_folder() -> Result<PathBuf, String> {
    std::env::var_os("HOME")
        .map(|home| PathBuf::from(home).join("Library/LaunchAgents"))
        .ok_or_else(|| "HOME is not set".to_string())
}

#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    use super::{xdg, Status};
    use std::path::PathBuf;

    pub fn status() -> Result<Status, String> {
        let folders = xdg::Folders::discover()?;
        xdg::status(&folders).map_err(|error| error.to_string())
    }

    pub fn set(enabled: bool, binary: PathBuf) -> Result<Status, String> {
        let folders = xdg::Folders::discover()?;
        xdg::set(&folders, enabled, &binary).map_err(|error| {
            format!(
                "cannot change {}: {error}",
                folders.user.join("limber.desktop").display()
            )
        })
    }
}

#[cfg(any(windows, target_os = "macos"))]
use launcher as platform;
