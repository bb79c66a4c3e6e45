//! A camera in use by another program, as a sign of a video call: some process of this user has
//! a `/dev/video*` device open. Read from `/proc/<pid>/fd/*`, only when a reminder is due.

use super::open_devices::OpenDevices;
use super::{BusySource, Shared};
use crate::core::hold::BusyReason;

pub struct Camera {
    devices: OpenDevices,
}

impl Camera {
    pub fn of_this_machine() -> Camera {
        Camera {
            devices: OpenDevices::of_this_machine(),
        }
    }
}

/// `/dev/video0`, `/dev/video12`: a video capture device.
fn is_video_device(target: &str) -> bool {
    target
        .strip_prefix("/dev/video")
        .is_some_and(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
}

impl BusySource for Camera {
    fn name(&self) -> &'static str {
        "camera in use"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        Ok(self
            .devices
            .first_user(is_video_device)?
            .inspect(|pid| tracing::debug!("process {pid} has a camera open"))
            .is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::busy::open_devices::proc_tree;
    use std::path::Path;

    fn camera(root: &Path, own_pid: u32) -> Camera {
        Camera {
            devices: OpenDevices::at(root, own_pid),
        }
    }

    #[test]
    fn a_process_with_a_video_device_open_is_found() {
        let tree = proc_tree(&[
            ("100", &["/dev/null", "socket:[1234]"]),
            ("200", &["/dev/pts/1", "/dev/video0"]),
        ]);
        let camera = camera(tree.path(), 1);
        assert_eq!(camera.devices.first_user(is_video_device), Ok(Some(200)));
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
        assert_eq!(
            camera(tree.path(), 300).is_busy(&mut Shared::default()),
            Ok(false)
        );
    }

    #[test]
    fn a_missing_proc_is_an_error_not_a_call() {
        let camera = camera(Path::new("/nonexistent/proc"), 1);
        assert!(camera.is_busy(&mut Shared::default()).is_err());
    }
}
