//! "Open settings": the config file in the user's text editor.
//!
//! Linux asks the desktop which program opens the file (`xdg-open`); macOS opens it in the
//! default text editor (`open -t`), since a `.toml` file usually has no app of its own there;
//! Windows opens it in Notepad, for the same reason. The opener runs on a thread that waits for
//! it, so it never lingers as a zombie process.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;

#[cfg(target_os = "linux")]
const OPENER: (&str, &[&str]) = ("xdg-open", &[]);
#[cfg(target_os = "macos")]
const OPENER: (&str, &[&str]) = ("open", &["-t"]);
#[cfg(windows)]
const OPENER: (&str, &[&str]) = ("notepad.exe", &[]);

/// "Open settings": the config file at `path` in the editor, first written with the documented
/// defaults when there is none. The error names the file.
pub fn open_settings(path: &Path) -> Result<(), String> {
    if !path.exists() {
        crate::config::write_default(path)
            .map_err(|error| format!("could not create {}: {error}", path.display()))?;
    }
    open(path).map_err(|error| format!("could not open {}: {error}", path.display()))
}

/// Opens `path` for editing; returns once the editor (or the opener) has started.
fn open(path: &Path) -> io::Result<()> {
    let (program, args) = OPENER;
    let mut child = Command::new(program)
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .spawn()
        .map_err(|error| io::Error::new(error.kind(), format!("{program}: {error}")))?;
    thread::Builder::new()
        .name("editor".into())
        .spawn(move || drop(child.wait()))?;
    Ok(())
}
