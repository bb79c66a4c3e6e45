//! limber's files on disk: the history (append-only JSON lines) and the state (atomic replace).
//!
//! History is what stats are made of, so it must survive crashes: each event is one line written
//! with a single `write` to a file opened for appending, then synced. A crash can at worst leave
//! the last line torn; readers skip and report such a line, and the next append starts on a fresh
//! line so the damage never spreads. State is small and rewritten whole: it goes to a temporary
//! file in the same folder, is synced, and is renamed over the old one, so a reader sees either
//! the old state or the new one, never a mix.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::core::history::HistoryEvent;

/// The history file.
#[derive(Clone, Debug)]
pub struct History {
    path: PathBuf,
}

/// What reading the history found.
#[derive(Debug, Default)]
pub struct HistoryRead {
    pub events: Vec<HistoryEvent>,
    /// Lines that could not be read, with why; the rest of the file is still used.
    pub skipped: Vec<SkippedLine>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct SkippedLine {
    /// 1-based.
    pub line_no: usize,
    pub reason: String,
}

impl History {
    pub fn new(path: PathBuf) -> History {
        History { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one event as one line, synced to disk before returning.
    pub fn append(&self, event: &HistoryEvent) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&self.path)?;
        let mut line = Vec::with_capacity(128);
        if ends_torn(&mut file)? {
            // A crash left half a line: finish it off so ours starts clean.
            line.push(b'\n');
        }
        serde_json::to_writer(&mut line, event).map_err(io::Error::other)?;
        line.push(b'\n');
        // One write of the whole line: with O_APPEND it lands whole, after everything else.
        file.write_all(&line)?;
        file.sync_data()
    }

    /// Reads every event that can be read. A missing file is an empty history.
    pub fn read(&self) -> io::Result<HistoryRead> {
        let text = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(HistoryRead::default())
            }
            Err(error) => return Err(error),
        };
        let mut read = HistoryRead::default();
        let complete = text.ends_with(b"\n");
        let lines: Vec<&[u8]> = text.split(|byte| *byte == b'\n').collect();
        let count = lines.len();
        for (index, line) in lines.into_iter().enumerate() {
            let last = index + 1 == count;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<HistoryEvent>(line) {
                Ok(event) => read.events.push(event),
                Err(error) => read.skipped.push(SkippedLine {
                    line_no: index + 1,
                    reason: if last && !complete {
                        "the last line is incomplete (limber stopped while writing it)".to_string()
                    } else {
                        error.to_string()
                    },
                }),
            }
        }
        Ok(read)
    }
}

/// Whether the file's last byte is something other than a newline.
fn ends_torn(file: &mut File) -> io::Result<bool> {
    let length = file.seek(SeekFrom::End(0))?;
    if length == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

/// A state file that exists but cannot be understood.
#[derive(Debug)]
pub struct StateError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not read the saved state in {}: {}",
            self.path.display(),
            self.reason
        )
    }
}

impl std::error::Error for StateError {}

/// Replaces the state file atomically: temp file, sync, rename, sync the folder.
pub fn save_state<T: Serialize>(path: &Path, state: &T) -> io::Result<()> {
    let mut text = serde_json::to_vec_pretty(state).map_err(io::Error::other)?;
    text.push(b'\n');
    replace_file(path, &text)
}

/// Replaces a file atomically, creating its folder if needed: a crash leaves either the old
/// contents or the new, never a mix. The temporary file starts with a dot and does not end in the
/// file's extension, so programs scanning the folder (desktop autostart) ignore it.
pub fn replace_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::other(format!("{} has no folder", path.display())))?;
    fs::create_dir_all(dir)?;
    let temporary = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Loads the state file. Missing: `Ok(None)`. Present but unreadable: an error naming the file.
pub fn load_state<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, StateError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(StateError {
                path: path.to_path_buf(),
                reason: error.to_string(),
            })
        }
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|error| StateError {
            path: path.to_path_buf(),
            reason: error.to_string(),
        })
}
