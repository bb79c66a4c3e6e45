//! Idle time on Windows: `GetLastInputInfo` says when the last keyboard or pointer input of this
//! session happened, as a tick count, and `GetTickCount` says what the tick count is now. One
//! system call each, no connection to keep, so this source is always there.

use std::time::Duration;

use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};

use super::{IdleError, IdleSource, Reporter};

/// The last input of this session, from `GetLastInputInfo`.
pub struct LastInput;

impl IdleSource for LastInput {
    fn name(&self) -> &'static str {
        "windows-last-input"
    }

    fn reports(&self) -> bool {
        false
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        let mut info = LASTINPUTINFO {
            cbSize: size_of::<LASTINPUTINFO>() as u32,
            dwTime: 0,
        };
        // SAFETY: `info` is a live LASTINPUTINFO with `cbSize` set, as the call requires; it only
        // writes `dwTime`.
        if unsafe { GetLastInputInfo(&mut info) } == 0 {
            return Err(IdleError(format!(
                "GetLastInputInfo failed: {}",
                std::io::Error::last_os_error()
            )));
        }
        // SAFETY: no arguments, no preconditions.
        let now = unsafe { GetTickCount() };
        Ok(millis_between(info.dwTime, now))
    }
}

/// The time from one 32-bit millisecond tick count to a later one. The count wraps to zero every
/// 49.7 days of uptime, so the later reading can be the smaller number; wrapping subtraction still
/// gives the time between them, as long as that is under 49.7 days.
fn millis_between(earlier: u32, later: u32) -> Duration {
    Duration::from_millis(u64::from(later.wrapping_sub(earlier)))
}

/// `GetLastInputInfo` is on every Windows limber runs on; it is chosen without asking. It is
/// sampled: Windows sends no notice when idleness reaches a length, so the threshold and the
/// reporter go unused.
pub fn detect(_threshold: Duration, _report: Reporter) -> Option<Box<dyn IdleSource>> {
    let source = LastInput;
    tracing::info!("idle time from {}", source.name());
    Some(Box::new(source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_between_two_ticks() {
        assert_eq!(millis_between(1_000, 4_500), Duration::from_millis(3_500));
        assert_eq!(millis_between(7, 7), Duration::ZERO);
    }

    #[test]
    fn the_tick_count_wrapping_to_zero_does_not_matter() {
        // Last input 1 s before the count wraps to zero (1,000 ticks short of 2^32), read 2 s
        // after it.
        assert_eq!(
            millis_between(u32::MAX - 999, 2_000),
            Duration::from_millis(3_000)
        );
    }
}
