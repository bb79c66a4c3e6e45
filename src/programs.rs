//! limber is two programs: `limber`, the tray daemon and every command, and `limber-window`,
//! limber's windows (the timer, the week picture, the control window).
//!
//! Why two: the daemon runs all day, and the kernel keeps most of a program's code mapped once
//! it has run a while. The windows' code (winit, drawing, text, pictures) was over half of one
//! program, so it sat in the daemon's memory although the daemon never draws. Apart, the daemon
//! maps only its own code; a window is a process of its own anyway (a crash in drawing cannot
//! take reminders down, and its memory goes back when it closes).
//!
//! Each program finds the other beside itself, in the same folder: `/usr/bin` from the package,
//! `target/release` from a build, the install folder on Windows, `limber.app/Contents/MacOS` on
//! macOS. The window program takes limber's own command lines for its windows (`stretch --here`,
//! `stats --week --show`, `open`), so `limber open` typed in a terminal becomes `limber-window
//! open` with nothing to translate.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::t;

/// The tray daemon and the commands.
pub const DAEMON: &str = "limber";
/// limber's windows.
pub const WINDOWS: &str = "limber-window";

/// A window the window program shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Window {
    /// The timer window for the stretch `id` (the next in rotation when None); `ready`: on its
    /// start screen rather than counting.
    Stretch { id: Option<String>, ready: bool },
    /// The week picture.
    Week,
    /// The control window, limber's way in where there is no tray.
    Control,
}

impl Window {
    /// The window a command line asks for, if it asks for one: `open`, `stretch --here`,
    /// `stats --show`.
    pub fn asked(command: &crate::cli::Command) -> Option<Window> {
        use crate::cli::Command;
        match command {
            Command::Open => Some(Window::Control),
            Command::Stretch {
                id,
                here: true,
                ready,
            } => Some(Window::Stretch {
                id: id.clone(),
                ready: *ready,
            }),
            Command::Stats { show: true, .. } => Some(Window::Week),
            _ => None,
        }
    }

    /// The window program's command line for this window, after `--config` when one was given.
    pub fn args(&self, config: Option<&Path>) -> Vec<OsString> {
        let mut args: Vec<OsString> = Vec::new();
        if let Some(config) = config {
            args.push(config_arg(config));
        }
        let words: &[&str] = match self {
            Window::Stretch { .. } => &["stretch", "--here"],
            Window::Week => &["stats", "--week", "--show"],
            Window::Control => &["open"],
        };
        args.extend(words.iter().map(OsString::from));
        if let Window::Stretch { id, ready } = self {
            // After `--`, so a stretch id that starts with a dash is still an id.
            if *ready {
                args.push("--ready".into());
            }
            if let Some(id) = id {
                args.push("--".into());
                args.push(id.into());
            }
        }
        args
    }
}

/// `--config=PATH` as one word, so a path that starts with a dash is still a path.
pub fn config_arg(config: &Path) -> OsString {
    let mut arg = OsString::from("--config=");
    arg.push(config);
    arg
}

/// The program `name` in the folder this program's file is in. Through a symbolic link (macOS
/// gives the link's path, Linux the file's), the file's folder: that is where the package put
/// both programs.
pub fn beside_this(name: &str) -> io::Result<PathBuf> {
    let started = std::env::current_exe()?;
    let this = std::fs::canonicalize(&started).unwrap_or(started);
    let folder = this.parent().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            t!("error-no-folder", path = this.display().to_string()),
        )
    })?;
    Ok(folder.join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}

/// On Windows both programs are GUI programs (`windows_subsystem`), so starting limber at login
/// or from the Start menu opens no console window; but then a command typed in a terminal has no
/// console to print to. Attaching to the parent's console gives it one. With no parent console
/// the call fails and nothing changes. Output the parent redirected (to a pipe or a file) keeps
/// going there: Windows fills in only the standard handles the parent left empty, and Rust's std
/// looks the handles up afresh on every write. (cmd.exe does not wait for a GUI program, so
/// there the output may follow its next prompt.) Elsewhere nothing to do.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
        // SAFETY: no pointers or handles are passed; failure leaves the process as it was.
        unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
    }
}

/// Names this process after the window program. The daemon starts it from an open file
/// (`/proc/self/fd/N`, see [`WindowProgram`]), which would otherwise name it `N` in `top` and
/// `ps -o comm`.
pub fn name_window_process() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::set_name(c"limber-window");
}

/// Shows `window` through the window program in this process's place: `limber open`, `limber
/// stretch --here` and `limber stats --week --show` typed in a terminal or run by a desktop
/// entry. On Unix the process becomes the window program (`exec`), keeping its process id, which
/// whoever started it may be watching; on Windows it starts it, waits, and exits as it did.
pub fn hand_over(window: &Window, config: Option<&Path>) -> ExitCode {
    let program = match beside_this(WINDOWS) {
        Ok(program) => program,
        Err(error) => return cannot_start(WINDOWS.as_ref(), &error),
    };
    let mut command = Command::new(&program);
    command.args(window.args(config));
    #[cfg(unix)]
    {
        let error = std::os::unix::process::CommandExt::exec(&mut command);
        cannot_start(&program, &error)
    }
    #[cfg(not(unix))]
    match command.status() {
        Ok(status) => status
            .code()
            .and_then(|code| u8::try_from(code).ok())
            .map_or(ExitCode::FAILURE, ExitCode::from),
        Err(error) => cannot_start(&program, &error),
    }
}

/// Why `program` did not start: said by the command that started it and by the daemon.
pub fn cannot_start_program(program: &Path, error: &io::Error) -> String {
    t!(
        "error-cannot-start-program",
        program = program.display().to_string(),
        error = error.to_string()
    )
}

fn cannot_start(program: &Path, error: &io::Error) -> ExitCode {
    eprintln!("limber: {}", cannot_start_program(program, error));
    ExitCode::from(crate::commands::EXIT_RUNTIME)
}

/// The daemon's hold on the window program, taken when it starts.
///
/// On Linux the program file is kept open, and windows are started from that open file
/// (`/proc/self/fd/N`): once a package upgrade has replaced `limber-window` on disk, the daemon
/// still starts the window of its own version, which speaks its socket's language. Only a
/// regular file that is a compiled program (ELF) is kept: a script's interpreter could not
/// open `/proc/self/fd/N` once the descriptor closes at `exec`, and anything else (a FIFO that
/// would block the open, a folder) is left for the start to refuse. Elsewhere, and for those,
/// the path.
#[derive(Debug)]
pub struct WindowProgram {
    path: PathBuf,
    #[cfg(target_os = "linux")]
    file: Option<std::fs::File>,
}

impl WindowProgram {
    /// The window program beside this one. A missing one is found out when a window is asked
    /// for, and said then: the daemon still reminds.
    pub fn find() -> WindowProgram {
        let path = beside_this(WINDOWS).unwrap_or_else(|_| PathBuf::from(WINDOWS));
        WindowProgram {
            #[cfg(target_os = "linux")]
            file: open_compiled_program(&path),
            path,
        }
    }

    /// A command that starts the window program showing `window`.
    pub fn command(&self, window: &Window, config: Option<&Path>) -> Command {
        #[cfg(target_os = "linux")]
        let mut command = match &self.file {
            Some(file) => {
                use std::os::fd::AsRawFd;
                let mut command = Command::new(format!("/proc/self/fd/{}", file.as_raw_fd()));
                std::os::unix::process::CommandExt::arg0(&mut command, &self.path);
                command
            }
            None => Command::new(&self.path),
        };
        #[cfg(not(target_os = "linux"))]
        let mut command = Command::new(&self.path);
        command.args(window.args(config));
        command
    }

    /// Where the window program is (or was looked for), to name it in errors.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// `path` opened, if it is a regular file that starts as an ELF program does. Opened without
/// waiting (a FIFO's open would wait for a writer), and never followed into anything else.
#[cfg(target_os = "linux")]
fn open_compiled_program(path: &Path) -> Option<std::fs::File> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic).ok()?;
    (magic == *b"\x7fELF").then_some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: Vec<OsString>) -> Vec<String> {
        args.into_iter()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn each_window_is_limber_s_own_command_line() {
        let config = Path::new("/tmp/my config.toml");
        assert_eq!(
            strings(Window::Week.args(Some(config))),
            ["--config=/tmp/my config.toml", "stats", "--week", "--show"]
        );
        assert_eq!(strings(Window::Control.args(None)), ["open"]);
        assert_eq!(
            strings(
                Window::Stretch {
                    id: Some("-odd-id".into()),
                    ready: true
                }
                .args(None)
            ),
            ["stretch", "--here", "--ready", "--", "-odd-id"]
        );
        assert_eq!(
            strings(
                Window::Stretch {
                    id: None,
                    ready: false
                }
                .args(None)
            ),
            ["stretch", "--here"]
        );
    }

    #[test]
    fn the_window_command_line_asks_for_the_same_window() {
        use crate::cli::Cli;
        use clap::Parser;
        let windows = [
            Window::Stretch {
                id: Some("-odd-id".into()),
                ready: true,
            },
            Window::Stretch {
                id: None,
                ready: false,
            },
            Window::Week,
            Window::Control,
        ];
        for window in windows {
            let mut argv = vec![OsString::from(WINDOWS)];
            argv.extend(window.args(Some(Path::new("-dash config.toml"))));
            let cli = Cli::try_parse_from(argv).expect("parses");
            assert_eq!(cli.config.as_deref(), Some(Path::new("-dash config.toml")));
            let asked = cli.command.as_ref().and_then(Window::asked);
            assert_eq!(asked, Some(window));
        }
    }

    #[test]
    fn other_commands_ask_for_no_window() {
        use crate::cli::Cli;
        use clap::Parser;
        for argv in [
            &["limber", "stretch"][..],
            &["limber", "stats", "--week"],
            &["limber", "status"],
        ] {
            let cli = Cli::try_parse_from(argv).expect("parses");
            assert_eq!(
                cli.command.as_ref().and_then(Window::asked),
                None,
                "{argv:?}"
            );
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn only_a_compiled_program_is_kept_open() {
        let folder = tempfile::tempdir().unwrap();
        let script = folder.path().join("script");
        std::fs::write(&script, "#!/bin/sh\nexit 3\n").unwrap();
        let fifo = folder.path().join("fifo");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::RWXU).unwrap();
        // A FIFO without a writer: an open that waited would hang here.
        for refused in [script.as_path(), fifo.as_path(), folder.path()] {
            assert!(open_compiled_program(refused).is_none(), "{refused:?}");
        }
        let this = std::env::current_exe().unwrap();
        assert!(open_compiled_program(&this).is_some());
    }
}
