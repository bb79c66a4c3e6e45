//! A microphone in use, as a sign of a call (most meetings run with the camera off): a stream
//! recording on the user's sound server ([`super::sound_server`]), or, where no sound server
//! runs, another process holding an ALSA capture device (`/dev/snd/pcmC*D*c`) open.

use super::open_devices::OpenDevices;
use super::sound_server::{self, Unanswered};
use super::{BusySource, Shared};
use crate::core::hold::BusyReason;

pub struct Microphone {
    devices: OpenDevices,
}

impl Microphone {
    pub fn of_this_machine() -> Microphone {
        Microphone {
            devices: OpenDevices::of_this_machine(),
        }
    }
}

/// `/dev/snd/pcmC0D0c`: card 0, device 0, capture (a `p` at the end is playback).
fn is_alsa_capture(target: &str) -> bool {
    let Some(rest) = target.strip_prefix("/dev/snd/pcmC") else {
        return false;
    };
    let Some((card, device)) = rest.strip_suffix('c').and_then(|rest| rest.split_once('D')) else {
        return false;
    };
    let number = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    number(card) && number(device)
}

impl BusySource for Microphone {
    fn name(&self) -> &'static str {
        "microphone in use"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, _shared: &mut Shared) -> Result<bool, String> {
        match sound_server::recordings() {
            Ok(recordings) => {
                for recording in &recordings {
                    tracing::debug!("{} is recording", recording.application);
                }
                Ok(!recordings.is_empty())
            }
            Err(Unanswered::NoServer) => Ok(self
                .devices
                .first_user(is_alsa_capture)?
                .inspect(|pid| tracing::debug!("process {pid} has an ALSA capture device open"))
                .is_some()),
            Err(Unanswered::Failed(problem)) => Err(problem),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::busy::open_devices::proc_tree;

    #[test]
    fn capture_devices_are_told_from_playback_and_controls() {
        assert!(is_alsa_capture("/dev/snd/pcmC0D0c"));
        assert!(is_alsa_capture("/dev/snd/pcmC12D3c"));
        assert!(!is_alsa_capture("/dev/snd/pcmC0D0p"), "playback");
        assert!(!is_alsa_capture("/dev/snd/controlC0"));
        assert!(!is_alsa_capture("/dev/snd/pcmCD0c"));
        assert!(!is_alsa_capture("/dev/snd/pcmC0Dc"));
        assert!(!is_alsa_capture("/dev/snd/pcmC0D0cx"));
        assert!(!is_alsa_capture("/home/me/dev/snd/pcmC0D0c"));
    }

    #[test]
    fn a_process_capturing_from_alsa_is_found_and_ours_is_not() {
        let tree = proc_tree(&[
            ("100", &["/dev/snd/pcmC0D0p", "/dev/snd/controlC0"]),
            ("200", &["/dev/null", "/dev/snd/pcmC1D0c"]),
        ]);
        let devices = OpenDevices::at(tree.path(), 1);
        assert_eq!(devices.first_user(is_alsa_capture), Ok(Some(200)));
        assert_eq!(
            OpenDevices::at(tree.path(), 200).first_user(is_alsa_capture),
            Ok(None),
            "our own capture does not count; playback is no call"
        );
    }
}
