//! A camera in use by another program, as a sign of a video call: some process of this user has
//! a `/dev/video*` device open. Read from `/proc/<pid>/fd/*`, only when a reminder is due.

use std::fs;
use std::path::{Path, PathBuf};

use super::{BusySource, Shared};
use crate::core::hold::BusyReason;

pub struct Camera {
    /// `/proc`, or a fixture tree in tests.
    proc: PathBuf,
    /// Our own process, whose descriptors never count.
    own_pid: u32,
}

impl Camera {
    pub fn of_this_machine() -> Camera {
        Camera {
            proc: PathBuf::from("/proc"),
            own_pid: std::process::id(),
        }
    }

    /// The first process (other than ours) with a video device open.
    fn user(&self) -> Option<u32> {
        let processes = fs::read_dir(&self.proc).ok()?;
        processes.flatten().find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            (pid != self.own_pid && has_video_open(&entry.path().join("fd"))).then_some(pid)
        })
    }
}

/// Whether any descriptor in a `/proc/<pid>/fd` folder points at a `/dev/video*` device. Folders
/// of other users' processes cannot be read and count as no.
fn has_video_open(fds: &Path) -> bool {
    let Ok(entries) = fs::read_dir(fds) else {
        return false;
    };
    entries.flatten().any(|fd| {
        fs::read_link(fd.path()).is_ok_and(|target| {
            target
                .to_str()
                .and_then(|target| target.strip_prefix("/dev/video"))
                .is_some_and(|number| {
                    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
                })
        })
    })
}

impl BusySource for Camera {
    fn name(&self) -> &'static str {
        "camera in use"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        if !self.proc.is_dir() {
            return Err(format!("{} is not there", self.proc.display()));
        }
        Ok(self
            .user()
            .inspect(|pid| tracing::debug!("process {pid} has a camera open"))
            .is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A fake `/proc`: each process with descriptors pointing at the given targets.
    fn proc_tree(processes: &[(&str, &[&str])]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for (pid, targets) in processes {
            let fds = root.path().join(pid).join("fd");
            fs::create_dir_all(&fds).unwrap();
            for (fd, target) in targets.iter().enumerate() {
                symlink(target, fds.join(fd.to_string())).unwrap();
            }
        }
        // Entries that are not processes are skipped.
        fs::create_dir_all(root.path().join("sys")).unwrap();
        fs::write(root.path().join("uptime"), "1.0 1.0\n").unwrap();
        root
    }

    fn camera(root: &Path, own_pid: u32) -> Camera {
        Camera {
            proc: root.to_path_buf(),
            own_pid,
        }
    }

    #[test]
    fn a_process_with_a_video_device_open_is_found() {
        let tree = proc_tree(&[
            ("100", &["/dev/null", "socket:[1234]"]),
            ("200", &["/dev/pts/1", "/dev/video0"]),
        ]);
        let camera = camera(tree.path(), 1);
        assert_eq!(camera.user(), Some(200));
        assert_eq!(camera.is_busy(&mut Shared::default()), Ok(true));
    }

    #[test]
    fn no_video_device_means_no_call() {
        let tree = proc_tree(&[
            ("100", &["/dev/null", "/dev/videox", "/dev/video"]),
            ("200", &["/dev/dri/card0", "/home/me/video0.mp4"]),
        ]);
        assert_eq!(
            camera(tree.path(), 1).is_busy(&mut Shared::default()),
            Ok(false)
        );
    }

    #[test]
    fn our_own_descriptors_do_not_count() {
        let tree = proc_tree(&[("300", &["/dev/video2"])]);
        assert_eq!(camera(tree.path(), 300).user(), None);
    }

    #[test]
    fn a_missing_proc_is_an_error_not_a_call() {
        let camera = camera(Path::new("/nonexistent/proc"), 1);
        assert!(camera.is_busy(&mut Shared::default()).is_err());
    }
}
