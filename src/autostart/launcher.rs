//! Start at login on Windows and macOS, through the `auto-launch` crate: a value under
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Run` on Windows, a LaunchAgent plist with
//! `RunAtLoad` in `~/Library/LaunchAgents/` on macOS (not the AppleScript login-item path, which
//! asks the user for automation permission).

use std::path::PathBuf;

use auto_launch::{AutoLaunch, AutoLaunchBuilder, MacOSLaunchMode, WindowsEnableMode};

use super::{Source, Status};

/// The name the entry is registered under; on macOS also the LaunchAgent's label and file name.
#[cfg(target_os = "macos")]
const NAME: &str = "io.github.limber";
#[cfg(windows)]
const NAME: &str = "limber";

#[cfg(target_os = "macos")]
const PLACE: &str = "~/Library/LaunchAgents/io.github.limber.plist";
#[cfg(windows)]
const PLACE: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run\limber";

fn launcher(binary: &std::path::Path) -> Result<AutoLaunch, String> {
    let binary = binary
        .to_str()
        .ok_or_else(|| format!("{} is not valid Unicode", binary.display()))?;
    AutoLaunchBuilder::new()
        .set_app_name(NAME)
        .set_app_path(binary)
        .set_macos_launch_mode(MacOSLaunchMode::LaunchAgent)
        .set_windows_enable_mode(WindowsEnableMode::CurrentUser)
        .build()
        .map_err(|error| error.to_string())
}

fn read(launcher: &AutoLaunch) -> Result<Status, String> {
    let enabled = launcher.is_enabled().map_err(|error| error.to_string())?;
    Ok(Status {
        enabled,
        source: enabled.then(|| Source::Platform(PLACE.into())),
    })
}

pub fn status() -> Result<Status, String> {
    let binary = std::env::current_exe().map_err(|error| error.to_string())?;
    read(&launcher(&binary)?)
}

pub fn set(enabled: bool, binary: PathBuf) -> Result<Status, String> {
    let launcher = launcher(&binary)?;
    let before = read(&launcher)?;
    if before.enabled == enabled {
        // The crate fails to remove what is not there; nothing to do is not an error.
        return Ok(before);
    }
    let result = if enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|error| {
        crate::t!(
            "error-autostart-cannot-change",
            place = PLACE,
            error = error.to_string()
        )
    })?;
    read(&launcher)
}
