//! Starts the timer window as a child process (`limber-window stretch --here ID`, see
//! [`crate::programs`]), and the week picture.
//!
//! A separate process keeps the daemon small (the window's memory goes back to the OS when it
//! closes) and safe (a crash in drawing code cannot take reminders down). The child reports its
//! progress over the socket like any client; a thread waits for it to exit so a window that dies
//! without reporting is still noticed.

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;

use crate::programs::{self, Window, WindowProgram};

use super::message::{Inbox, Message};

/// Opens limber's windows through the window program found when the daemon started, with the
/// config limber was started with.
#[derive(Debug)]
pub struct Launcher {
    program: WindowProgram,
    config: Option<PathBuf>,
}

impl Launcher {
    pub fn new(config: Option<PathBuf>) -> Launcher {
        Launcher {
            program: WindowProgram::find(),
            config,
        }
    }

    /// Opens the timer window for `stretch_id`. `ready`: wait on the start screen instead of
    /// counting. An error names the program that could not be started.
    pub fn open(&self, stretch_id: &str, ready: bool, inbox: Inbox) -> io::Result<u32> {
        let window = Window::Stretch {
            id: Some(stretch_id.to_owned()),
            ready,
        };
        let mut child = self.start(&window)?;
        let pid = child.id();
        thread::Builder::new()
            .name("window-wait".into())
            .spawn(move || {
                let _ = child.wait();
                let _ = inbox.send(Message::WindowExited { pid });
            })?;
        Ok(pid)
    }

    /// Opens the week picture, a process of its own like the timer window; a thread waits for
    /// it so it never lingers as a zombie.
    pub fn open_week(&self) -> io::Result<()> {
        let mut child = self.start(&Window::Week)?;
        thread::Builder::new()
            .name("week-wait".into())
            .spawn(move || drop(child.wait()))?;
        Ok(())
    }

    fn start(&self, window: &Window) -> io::Result<std::process::Child> {
        let mut command: Command = self.program.command(window, self.config.as_deref());
        command.stdin(Stdio::null()).spawn().map_err(|error| {
            let program: &Path = self.program.path();
            io::Error::new(
                error.kind(),
                programs::cannot_start_program(program, &error),
            )
        })
    }
}
