//! Which process has a device open: a walk over `/proc/<pid>/fd/*`, reading where each descriptor
//! points. The camera and the microphone checks share it; it runs only when a reminder is due.
//! Other users' processes cannot be read and are passed over; our own process never counts.

use std::fs;
use std::path::{Path, PathBuf};

pub struct OpenDevices {
    /// `/proc`, or a fixture tree in tests.
    proc: PathBuf,
    /// Our own process, whose descriptors never count.
    own_pid: u32,
}

impl OpenDevices {
    pub fn of_this_machine() -> OpenDevices {
        OpenDevices {
            proc: PathBuf::from("/proc"),
            own_pid: std::process::id(),
        }
    }

    #[cfg(test)]
    pub fn at(proc: &Path, own_pid: u32) -> OpenDevices {
        OpenDevices {
            proc: proc.to_path_buf(),
            own_pid,
        }
    }

    /// The first process (other than ours) with a descriptor whose target `wanted` accepts;
    /// `Err` when there is no `/proc` to look in.
    pub fn first_user(&self, wanted: fn(&str) -> bool) -> Result<Option<u32>, String> {
        let processes = fs::read_dir(&self.proc)
            .map_err(|error| format!("{} cannot be read: {error}", self.proc.display()))?;
        Ok(processes.flatten().find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            (pid != self.own_pid && has_open(&entry.path().join("fd"), wanted)).then_some(pid)
        }))
    }
}

/// Whether any descriptor in a `/proc/<pid>/fd` folder points at a device `wanted` accepts.
fn has_open(fds: &Path, wanted: fn(&str) -> bool) -> bool {
    let Ok(entries) = fs::read_dir(fds) else {
        return false;
    };
    entries
        .flatten()
        .any(|fd| fs::read_link(fd.path()).is_ok_and(|target| target.to_str().is_some_and(wanted)))
}

/// A fake `/proc` for tests: each process with descriptors pointing at the given targets, and
/// entries that are not processes, which the walk must pass over.
#[cfg(test)]
pub fn proc_tree(processes: &[(&str, &[&str])]) -> tempfile::TempDir {
    use std::os::unix::fs::symlink;
    let root = tempfile::tempdir().unwrap();
    for (pid, targets) in processes {
        let fds = root.path().join(pid).join("fd");
        fs::create_dir_all(&fds).unwrap();
        for (fd, target) in targets.iter().enumerate() {
            symlink(target, fds.join(fd.to_string())).unwrap();
        }
    }
    fs::create_dir_all(root.path().join("sys")).unwrap();
    fs::write(root.path().join("uptime"), "1.0 1.0\n").unwrap();
    root
}
