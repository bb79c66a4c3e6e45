//! Reading limber's files so that no file can hang limber or run it out of memory.
//!
//! Every file limber reads (the config, the state, the history, autostart entries) sits where the
//! user, or a program the user ran, can put anything: a named pipe, whose read waits for a writer
//! forever; a symlink to `/dev/zero`, whose read never ends; a folder; a file of gigabytes. So
//! every read goes through here:
//!
//! - the file is opened without waiting (`O_NONBLOCK`; `O_NOCTTY` so a terminal never becomes
//!   limber's), which returns at once even for a pipe with no writer;
//! - the opened descriptor is checked (`fstat`) to be a regular file, so a symlink to a regular
//!   file is fine, a symlink to anything else is refused, and nothing can be swapped in between
//!   the check and the read;
//! - it is read with a cap: whole files up to a size given by the caller ([`read`]), or line by
//!   line with a cap per line, up to its length when opened ([`lines`]), so a long file never
//!   sits in memory whole and a growing one never keeps a reader going.
//!
//! On Windows the same checks are what the standard library offers: the opened file's metadata
//! must say it is a file, and the same caps apply.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::t;

/// One mebibyte, the unit the caps are written in.
pub const MIB: u64 = 1024 * 1024;

/// A file limber would not read, and why; it names the path.
#[derive(Debug)]
pub struct Refused {
    pub path: PathBuf,
    pub reason: Reason,
}

/// Why a file was not read.
#[derive(Debug)]
pub enum Reason {
    /// Something other than a regular file stands at the path.
    NotAFile(Kind),
    /// Larger than the cap, in bytes.
    TooLarge(u64),
    /// The system refused to open or read it.
    Io(io::Error),
}

/// What stands at a path that is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    NamedPipe,
    Socket,
    Device,
    Other,
}

impl Kind {
    /// Its key in the `error-not-a-file` message, which names it in the language spoken.
    fn key(self) -> &'static str {
        match self {
            Kind::Folder => "folder",
            Kind::NamedPipe => "fifo",
            Kind::Socket => "socket",
            Kind::Device => "device",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            Reason::NotAFile(kind) => t!("error-not-a-file", kind = kind.key()),
            Reason::TooLarge(cap) => t!("error-file-too-large", size = size(*cap)),
            Reason::Io(error) => t!("error-cannot-read", error = error.to_string()),
        };
        f.write_str(&said)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for Refused {}

/// The whole file at `path`, at most `cap` bytes; `Ok(None)` when there is no file there.
pub fn read(path: &Path, cap: u64) -> Result<Option<Vec<u8>>, Refused> {
    let refused = |reason| Refused {
        path: path.to_path_buf(),
        reason,
    };
    let Some((file, length)) = open(path)? else {
        return Ok(None);
    };
    if length > cap {
        return Err(refused(Reason::TooLarge(cap)));
    }
    // The length can be stale (a file still growing) or 0 (files under /proc): read one byte
    // past the cap to know.
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| refused(Reason::Io(error)))?;
    if bytes.len() as u64 > cap {
        return Err(refused(Reason::TooLarge(cap)));
    }
    Ok(Some(bytes))
}

/// The file at `path` line by line, each line at most `line_cap` bytes; `Ok(None)` when there is
/// no file there. Read only as far as the file reached when it was opened: one that another
/// writer keeps growing would otherwise keep its reader going forever; what it adds meanwhile is
/// for the next reader.
pub fn lines(path: &Path, line_cap: usize) -> Result<Option<Lines>, Refused> {
    Ok(open(path)?.map(|(file, length)| Lines {
        reader: BufReader::new(file.take(length)),
        line_cap,
    }))
}

/// One line of a file read by [`lines`], without its line break.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A line that ended with a line break.
    Ended(Vec<u8>),
    /// The last line, with no line break after it (a writer may have stopped half-way).
    Unended(Vec<u8>),
    /// A line longer than the cap; it was passed over without being kept.
    TooLong,
}

/// The lines of a file, in order; see [`lines`].
pub struct Lines {
    reader: BufReader<io::Take<File>>,
    line_cap: usize,
}

impl Iterator for Lines {
    type Item = io::Result<Line>;

    fn next(&mut self) -> Option<io::Result<Line>> {
        self.next_line().transpose()
    }
}

impl Lines {
    fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut line = Vec::new();
        let mut too_long = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if available.is_empty() {
                return Ok(match (too_long, line.is_empty()) {
                    (true, _) => Some(Line::TooLong),
                    (false, true) => None,
                    (false, false) => Some(Line::Unended(line)),
                });
            }
            let end = available.iter().position(|byte| *byte == b'\n');
            let chunk = &available[..end.unwrap_or(available.len())];
            if !too_long && line.len() + chunk.len() > self.line_cap {
                too_long = true;
                line = Vec::new();
            }
            if !too_long {
                line.extend_from_slice(chunk);
            }
            let used = end.map_or(chunk.len(), |end| end + 1);
            self.reader.consume(used);
            if end.is_some() {
                return Ok(Some(if too_long {
                    Line::TooLong
                } else {
                    Line::Ended(line)
                }));
            }
        }
    }
}

/// Opens `path` for reading if it is a regular file, with its length; `Ok(None)` if missing.
fn open(path: &Path) -> Result<Option<(File, u64)>, Refused> {
    match open_regular(path, OpenOptions::new().read(true)) {
        Ok(opened) => Ok(Some(opened)),
        Err(Refused {
            reason: Reason::Io(error),
            ..
        }) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(refused) => Err(refused),
    }
}

/// Opens `path` with `options` (to read, or to append), on Unix without waiting for a pipe's
/// other end or taking a terminal, and only if what it opened is a regular file; with its
/// length. Writers use it too, so a history that became a pipe is refused, not written into.
pub fn open_regular(path: &Path, options: &mut OpenOptions) -> Result<(File, u64), Refused> {
    let refused = |reason| Refused {
        path: path.to_path_buf(),
        reason,
    };
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(options, NO_WAIT_NO_TERMINAL);
    let file = match options.open(path) {
        Ok(file) => file,
        // A folder cannot be opened on Windows, a socket nowhere: say what stands there.
        Err(error) => {
            return Err(refused(match fs::metadata(path) {
                Ok(metadata) if !metadata.is_file() => Reason::NotAFile(kind(&metadata)),
                _ => Reason::Io(error),
            }))
        }
    };
    let metadata = file
        .metadata()
        .map_err(|error| refused(Reason::Io(error)))?;
    if !metadata.is_file() {
        return Err(refused(Reason::NotAFile(kind(&metadata))));
    }
    Ok((file, metadata.len()))
}

#[cfg(target_os = "linux")]
const NO_WAIT_NO_TERMINAL: i32 =
    (rustix::fs::OFlags::NONBLOCK.bits() | rustix::fs::OFlags::NOCTTY.bits()) as i32;
#[cfg(target_os = "macos")]
const NO_WAIT_NO_TERMINAL: i32 = libc::O_NONBLOCK | libc::O_NOCTTY;

/// What stands at a path that is not a regular file.
fn kind(metadata: &fs::Metadata) -> Kind {
    if metadata.is_dir() {
        return Kind::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return Kind::NamedPipe;
        }
        if kind.is_socket() {
            return Kind::Socket;
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Kind::Device;
        }
    }
    Kind::Other
}

/// "1 MiB", "64 KiB", "100 bytes".
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= MIB && b % MIB == 0 => t!("error-size-mib", count = b / MIB),
        b if b >= 1024 && b % 1024 == 0 => t!("error-size-kib", count = b / 1024),
        b => t!("error-size-bytes", count = b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file");
        fs::write(&path, bytes).unwrap();
        (dir, path)
    }

    fn all_lines(path: &Path, cap: usize) -> Vec<Line> {
        lines(path, cap)
            .unwrap()
            .unwrap()
            .collect::<io::Result<_>>()
            .unwrap()
    }

    #[test]
    fn a_missing_file_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(read(&dir.path().join("absent"), MIB).unwrap().is_none());
        assert!(lines(&dir.path().join("absent"), 10).unwrap().is_none());
    }

    #[test]
    fn a_file_up_to_its_cap_is_read_whole() {
        let (_dir, path) = file_with(b"12345");
        assert_eq!(read(&path, 5).unwrap().unwrap(), b"12345");
    }

    #[test]
    fn a_file_past_its_cap_is_refused_by_name() {
        let (_dir, path) = file_with(b"123456");
        let refused = read(&path, 5).unwrap_err();
        assert!(matches!(refused.reason, Reason::TooLarge(5)));
        assert!(refused.to_string().starts_with(&path.display().to_string()));
        assert!(
            refused.to_string().contains("larger than 5 bytes"),
            "{refused}"
        );
    }

    #[test]
    fn a_folder_is_refused_as_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let refused = read(dir.path(), MIB).unwrap_err();
        assert!(
            matches!(refused.reason, Reason::NotAFile(Kind::Folder)),
            "{refused}"
        );
    }

    #[test]
    fn lines_are_split_and_the_last_one_may_be_unended() {
        let (_dir, path) = file_with(b"one\n\ntwo\nthr");
        assert_eq!(
            all_lines(&path, 10),
            vec![
                Line::Ended(b"one".to_vec()),
                Line::Ended(Vec::new()),
                Line::Ended(b"two".to_vec()),
                Line::Unended(b"thr".to_vec()),
            ]
        );
    }

    #[test]
    fn a_line_past_its_cap_is_passed_over_and_the_next_is_read() {
        let mut text = vec![b'x'; 200_000];
        text.extend_from_slice(b"\nnext\n");
        text.extend_from_slice(&[b'y'; 11]);
        let (_dir, path) = file_with(&text);
        assert_eq!(
            all_lines(&path, 10),
            vec![Line::TooLong, Line::Ended(b"next".to_vec()), Line::TooLong]
        );
    }

    #[test]
    fn a_line_exactly_at_its_cap_is_kept() {
        let (_dir, path) = file_with(b"0123456789\n");
        assert_eq!(
            all_lines(&path, 10),
            vec![Line::Ended(b"0123456789".to_vec())]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_a_file_is_read_and_one_to_a_device_refused() {
        let (dir, path) = file_with(b"text");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert_eq!(read(&link, MIB).unwrap().unwrap(), b"text");
        let zero = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        let refused = read(&zero, MIB).unwrap_err();
        assert!(
            matches!(refused.reason, Reason::NotAFile(Kind::Device)),
            "{refused}"
        );
        assert!(lines(&zero, 10).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        mkfifo(&fifo);
        // Without O_NONBLOCK the open itself would wait for a writer; a thread keeps a hang from
        // stalling the test run.
        let (sent, received) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let _ = sent.send(read(&path, MIB).map(|_| ()).map_err(|r| r.to_string()));
        });
        let result = received
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("reading a named pipe hung");
        let message = result.unwrap_err();
        assert!(message.contains("a named pipe (FIFO)"), "{message}");
    }

    #[cfg(unix)]
    fn mkfifo(path: &Path) {
        let status = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success());
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(MIB), "1 MiB");
        assert_eq!(size(64 * 1024), "64 KiB");
        assert_eq!(size(100), "100 bytes");
    }

    #[test]
    fn every_refusal_is_said_in_the_language_spoken() {
        let system = "permission denied".to_string();
        let kinds = [
            Kind::Folder,
            Kind::NamedPipe,
            Kind::Socket,
            Kind::Device,
            Kind::Other,
        ];
        crate::wording::plain_english::assert_said_through_fluent(
            || {
                let mut reasons: Vec<Reason> = kinds.into_iter().map(Reason::NotAFile).collect();
                reasons.extend([MIB, 64 * 1024, 100, 1].map(Reason::TooLarge));
                reasons.push(Reason::Io(io::Error::other(system.clone())));
                reasons.iter().map(ToString::to_string).collect()
            },
            std::slice::from_ref(&system),
        );
    }
}
