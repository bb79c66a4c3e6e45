//! Starts the timer window as a child process: `limber stretch --here ID`.
//!
//! A separate process keeps the daemon small (the window's memory goes back to the OS when it
//! closes) and safe (a crash in drawing code cannot take reminders down). The child reports its
//! progress over the socket like any client; a thread waits for it to exit so a window that dies
//! without reporting is still noticed.

use std::io;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::thread;

use super::message::{Inbox, Message};

/// Opens the window for `stretch_id`. `ready`: wait on the start screen instead of counting.
/// An error names the program that could not be started.
pub fn open(
    stretch_id: &str,
    ready: bool,
    config: Option<&std::path::Path>,
    inbox: Inbox,
) -> io::Result<u32> {
    let mut command = limber(config)?;
    command.args(["stretch", "--here", stretch_id]);
    if ready {
        command.arg("--ready");
    }
    let mut child = command.stdin(Stdio::null()).spawn().map_err(|error| {
        let program = command.get_program().to_string_lossy().into_owned();
        io::Error::new(error.kind(), format!("cannot start {program}: {error}"))
    })?;
    let pid = child.id();
    thread::Builder::new()
        .name("window-wait".into())
        .spawn(move || {
            let _ = child.wait();
            let _ = inbox.send(Message::WindowExited { pid });
        })?;
    Ok(pid)
}

/// Opens the week picture: `limber stats --week --show`, a process of its own like the timer
/// window; a thread waits for it so it never lingers as a zombie.
pub fn open_week(config: Option<&std::path::Path>) -> io::Result<()> {
    let mut child = limber(config)?
        .args(["stats", "--week", "--show"])
        .stdin(Stdio::null())
        .spawn()?;
    thread::Builder::new()
        .name("week-wait".into())
        .spawn(move || drop(child.wait()))?;
    Ok(())
}

/// This limber, with the config it was started with.
fn limber(config: Option<&std::path::Path>) -> io::Result<Command> {
    let mut command = Command::new(this_program()?);
    if let Some(config) = config {
        command.arg("--config").arg(config);
    }
    Ok(command)
}

/// This very program, to start again as the window. On Linux, once an upgrade has replaced the
/// file limber was started from, the path `current_exe` gives is gone ("/usr/bin/limber
/// (deleted)") and every window would fail to open; `/proc/self/exe` still leads to the running
/// program, so the window is the same version as the daemon it reports to.
fn this_program() -> io::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    #[cfg(target_os = "linux")]
    if !exe.exists() {
        return Ok(PathBuf::from("/proc/self/exe"));
    }
    Ok(exe)
}
