//! limber's files on disk: the history (append-only JSON lines) and the state (atomic replace).
//!
//! History is what stats are made of, so it must survive crashes: each event is one line written
//! with a single `write` to a file opened for appending, then synced. A crash can at worst leave
//! the last line torn; readers skip and report such a line, and the next append starts on a fresh
//! line so the damage never spreads. State is small and rewritten whole: it goes to a temporary
//! file in the same folder, is synced, and is renamed over the old one, so a reader sees either
//! the old state or the new one, never a mix.
//!
//! Both say when the user sits and stretches, so they are the user's alone: created 0600 in
//! folders created 0700. A file an older limber left readable by others is tightened to 0600
//! when limber next writes it (group and others lose their bits; nothing is ever added), since it
//! was made that way by mistake, not by choice. Folders that already exist are left as they are:
//! they may be shared ones like `~/.local/share`. Both are read through [`crate::safe_read`], so
//! neither can hang or flood a reader: the state up to 1 MiB, the history line by line.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::core::history::HistoryEvent;
use crate::echo::shorten_quoted;
use crate::safe_read::{self, Line, Lines, Refused, MIB};
use crate::t;

/// The largest state file read; limber writes well under a kilobyte.
const STATE_MAX_BYTES: u64 = MIB;
/// The longest history line read; limber writes lines of a few hundred bytes.
const HISTORY_LINE_MAX_BYTES: usize = 64 * 1024;

/// The history file.
#[derive(Clone, Debug)]
pub struct History {
    path: PathBuf,
}

/// A history line that could not be read, and why; the rest of the file is still used.
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
            create_private_dir(dir)?;
        }
        let mut options = OpenOptions::new();
        options.create(true).append(true).read(true);
        // The callers name the file; the reason is enough here.
        let (mut file, _) = safe_read::open_regular(&self.path, private(&mut options))
            .map_err(|refused| io::Error::other(refused.reason.to_string()))?;
        tighten(&file)?;
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

    /// The events, read one line at a time as they are asked for, so a history of any size is
    /// never in memory whole. A missing file is an empty history; a line that cannot be read
    /// comes as a [`SkippedLine`] and the lines after it still count.
    pub fn events(&self) -> Result<Events, Refused> {
        Ok(Events {
            lines: safe_read::lines(&self.path, HISTORY_LINE_MAX_BYTES)?,
            line_no: 0,
        })
    }
}

/// The events of a history file, in order; see [`History::events`].
pub struct Events {
    lines: Option<Lines>,
    line_no: usize,
}

impl Iterator for Events {
    type Item = Result<HistoryEvent, SkippedLine>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let line = self.lines.as_mut()?.next()?;
            self.line_no += 1;
            let skipped = |reason: String| SkippedLine {
                line_no: self.line_no,
                reason,
            };
            let (bytes, ended) = match line {
                Ok(Line::Ended(bytes)) => (bytes, true),
                Ok(Line::Unended(bytes)) => (bytes, false),
                Ok(Line::TooLong) => {
                    return Some(Err(skipped(t!(
                        "error-history-line-too-long",
                        kib = HISTORY_LINE_MAX_BYTES / 1024
                    ))))
                }
                Err(error) => {
                    // The file cannot be read on: report where, and stop.
                    self.lines = None;
                    return Some(Err(skipped(t!(
                        "error-history-cannot-read-on",
                        error = error.to_string()
                    ))));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(match serde_json::from_slice::<HistoryEvent>(&bytes) {
                Ok(event) => Ok(event),
                Err(_) if !ended => Err(skipped(t!("error-history-line-incomplete"))),
                Err(error) => Err(skipped(shorten_quoted(&error.to_string()).into_owned())),
            });
        }
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
        f.write_str(&t!(
            "error-state-unreadable",
            path = self.path.display().to_string(),
            reason = self.reason.as_str()
        ))
    }
}

impl std::error::Error for StateError {}

/// Replaces the state file atomically: temp file, sync, rename, sync the folder. The file and a
/// folder created for it are the user's alone.
pub fn save_state<T: Serialize>(path: &Path, state: &T) -> io::Result<()> {
    let mut text = serde_json::to_vec_pretty(state).map_err(io::Error::other)?;
    text.push(b'\n');
    replace(path, &text, Readers::OnlyTheUser)
}

/// Replaces a file atomically, creating its folder if needed: a crash leaves either the old
/// contents or the new, never a mix. The temporary file starts with a dot and does not end in the
/// file's extension, so programs scanning the folder (desktop autostart) ignore it. The new file
/// gets the usual permissions for the user's umask.
pub fn replace_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace(path, contents, Readers::AsUsual)
}

/// Who may read a file limber writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Readers {
    /// Mode 0600 in a folder created 0700: the file says when the user sits.
    OnlyTheUser,
    /// What the umask allows, like any file the user saves (an autostart entry).
    AsUsual,
}

fn replace(path: &Path, contents: &[u8], readers: Readers) -> io::Result<()> {
    let dir = path.parent().ok_or_else(|| {
        io::Error::other(t!("error-no-folder", path = path.display().to_string()))
    })?;
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    match readers {
        Readers::OnlyTheUser => {
            create_private_dir(dir)?;
            private(&mut options);
        }
        Readers::AsUsual => fs::create_dir_all(dir)?,
    }
    let temporary = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let result = (|| {
        let (mut file, _) = safe_read::open_regular(&temporary, &mut options)
            .map_err(|refused| io::Error::other(refused.to_string()))?;
        if readers == Readers::OnlyTheUser {
            // A temporary file a crash left behind keeps its mode when opened again.
            tighten(&file)?;
        }
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        sync_folder(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Makes the rename in `dir` durable. On Unix the folder is synced like a file. Windows cannot
/// open a folder as a file (`File::open` fails with "Access is denied"), and NTFS journals a
/// rename with the folder's other metadata, so there is nothing to do there.
fn sync_folder(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Creates `dir` and any missing parents, each 0700 on Unix; existing folders keep their mode.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// A file these options create is 0600 on Unix.
fn private(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}

/// Takes group's and others' permissions off an open file that has any (Unix).
fn tighten(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata()?.permissions().mode();
        if mode & 0o077 != 0 {
            file.set_permissions(fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Loads the state file. Missing: `Ok(None)`. Present but unreadable, not a file, larger than
/// 1 MiB or not understood: an error naming the file.
pub fn load_state<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, StateError> {
    let failed = |reason: String| StateError {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = match safe_read::read(path, STATE_MAX_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(refused) => return Err(failed(refused.reason.to_string())),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|error| failed(shorten_quoted(&error.to_string()).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::EventKind;

    fn event(secs: u64) -> HistoryEvent {
        HistoryEvent {
            at: "2026-11-24T14:00:00Z".parse().unwrap(),
            kind: EventKind::Snoozed { secs },
        }
    }

    #[test]
    fn saving_state_succeeds_and_reads_back() {
        // On Windows this once failed after the rename, syncing the folder by opening it as a file.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber").join("state.json");
        save_state(&path, &vec![1, 2, 3]).unwrap();
        save_state(&path, &vec![4]).unwrap();
        assert_eq!(load_state::<Vec<u32>>(&path).unwrap(), Some(vec![4]));
        let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_state_file_past_its_cap_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, vec![b' '; STATE_MAX_BYTES as usize + 1]).unwrap();
        let error = load_state::<Vec<u32>>(&path).unwrap_err();
        assert_eq!(error.path, path);
        assert!(error.reason.contains("larger than 1 MiB"), "{error}");
    }

    #[test]
    fn history_is_read_line_by_line_past_damage() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::new(dir.path().join("limber").join("history.jsonl"));
        history.append(&event(1)).unwrap();
        let mut file = OpenOptions::new()
            .append(true)
            .open(history.path())
            .unwrap();
        file.write_all(&vec![b'x'; HISTORY_LINE_MAX_BYTES + 1])
            .unwrap();
        file.write_all(b"\n{\"event\":\"").unwrap();
        file.write_all(&vec![b'z'; 10_000]).unwrap();
        file.write_all(b"\"}\n").unwrap();
        history.append(&event(2)).unwrap();
        file.write_all(b"{\"at\":").unwrap();
        let read: Vec<_> = history.events().unwrap().collect();
        assert_eq!(read.len(), 5);
        assert_eq!(read[0], Ok(event(1)));
        let skipped = |index: usize| read[index].as_ref().unwrap_err();
        assert_eq!(skipped(1).line_no, 2);
        assert!(
            skipped(1).reason.contains("longer than 64 KiB"),
            "{:?}",
            skipped(1)
        );
        assert!(
            skipped(2).reason.len() < 300,
            "a quoted value is cut: {:?}",
            skipped(2)
        );
        assert_eq!(read[3], Ok(event(2)));
        assert!(skipped(4).reason.contains("incomplete"), "{:?}", skipped(4));
    }

    #[test]
    fn a_missing_history_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::new(dir.path().join("history.jsonl"));
        assert_eq!(history.events().unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn history_that_became_a_pipe_is_refused_not_written_into() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(made.unwrap().success());
        let (sent, received) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let history = History::new(path);
            let _ = sent.send(history.append(&event(1)).map_err(|e| e.to_string()));
        });
        let result = received
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("appending to a pipe hung");
        let message = result.unwrap_err();
        assert!(message.contains("a named pipe (FIFO)"), "{message}");
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn history_and_state_are_the_users_alone() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::new(dir.path().join("data/limber/history.jsonl"));
        history.append(&event(1)).unwrap();
        let state = dir.path().join("state/limber/state.json");
        save_state(&state, &1).unwrap();
        for file in [history.path(), &state] {
            assert_eq!(mode(file), 0o600, "{}", file.display());
            assert_eq!(mode(file.parent().unwrap()), 0o700, "{}", file.display());
        }
    }

    #[cfg(unix)]
    #[test]
    fn files_an_older_limber_left_readable_are_tightened_and_folders_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("limber");
        fs::create_dir(&folder).unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        let history = History::new(folder.join("history.jsonl"));
        let state = folder.join("state.json");
        for file in [history.path(), &state] {
            fs::write(file, b"").unwrap();
            fs::set_permissions(file, fs::Permissions::from_mode(0o644)).unwrap();
        }
        history.append(&event(1)).unwrap();
        save_state(&state, &1).unwrap();
        assert_eq!(mode(history.path()), 0o600);
        assert_eq!(mode(&state), 0o600);
        assert_eq!(mode(&folder), 0o755, "an existing folder keeps its mode");
    }

    #[test]
    fn a_damaged_history_and_state_are_said_in_the_language_spoken() {
        let dir = tempfile::tempdir().unwrap();
        let history = dir.path().join("history.jsonl");
        let mut text = vec![b'x'; HISTORY_LINE_MAX_BYTES + 1];
        text.extend_from_slice(b"\n{\"at\"");
        fs::write(&history, text).unwrap();
        crate::wording::plain_english::assert_said_through_fluent(
            || {
                let mut said: Vec<String> = History::new(history.clone())
                    .events()
                    .unwrap()
                    .filter_map(Result::err)
                    .map(|skipped| skipped.reason)
                    .collect();
                assert_eq!(said.len(), 2, "{said:?}");
                // A folder where the state file should be.
                said.push(load_state::<Vec<u32>>(dir.path()).unwrap_err().to_string());
                said
            },
            &[dir.path().display().to_string()],
        );
    }
}
