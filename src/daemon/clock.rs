//! Reads the clocks for the core, and notices when the machine slept.
//!
//! The core's monotonic clock must stand still while the machine sleeps (a night asleep is not a
//! night of sitting) and never jump when the wall clock is set. Each platform has such a clock,
//! and a second one that also counts sleep; the growth of their difference is exactly the time
//! spent asleep. That tells a sleep apart from a wall-clock change (which moves neither), so
//! setting the clock never looks like a break.
//!
//! | platform | stands still asleep | counts sleep too |
//! |---|---|---|
//! | Linux | `CLOCK_MONOTONIC` | `CLOCK_BOOTTIME` |
//! | macOS | `CLOCK_UPTIME_RAW` | `CLOCK_MONOTONIC` |
//! | Windows | `QueryUnbiasedInterruptTime` | `GetTickCount64` |
//!
//! (`std::time::Instant` is not used: on Windows it counts sleep.)

use std::time::Duration;

use crate::core::clock::{Mono, Now};

/// Shorter gaps are scheduling noise, not sleep.
const SLEEP_NOISE: Duration = Duration::from_secs(2);

pub struct Clock {
    /// The awake-time reading at start: the core's origin.
    origin: Duration,
    /// Time asleep since boot at the last reading.
    asleep_so_far: Duration,
}

impl Clock {
    pub fn new() -> Clock {
        Clock {
            origin: platform::awake(),
            asleep_so_far: asleep_total(),
        }
    }

    /// Both clocks, now.
    pub fn now(&self) -> Now {
        now_since(self.origin)
    }

    /// Reads the same clocks as [`Clock::now`], from any thread (the tray's, when someone looks
    /// at it); only the loop asks whether the machine slept.
    pub fn reader(&self) -> impl Fn() -> Now + Send + Sync + 'static {
        let origin = self.origin;
        move || now_since(origin)
    }

    /// How long the machine slept since the last call, if it did.
    pub fn slept(&mut self) -> Option<Duration> {
        let total = asleep_total();
        let slept = total.saturating_sub(self.asleep_so_far);
        self.asleep_so_far = total;
        (slept > SLEEP_NOISE).then_some(slept)
    }
}

/// Both clocks, the monotonic one counted from `origin`.
fn now_since(origin: Duration) -> Now {
    Now::new(
        Mono::from_duration(platform::awake().saturating_sub(origin)),
        jiff::Zoned::now(),
    )
}

/// Time spent asleep since boot.
fn asleep_total() -> Duration {
    let awake = platform::awake();
    platform::since_boot().saturating_sub(awake)
}

#[cfg(target_os = "linux")]
mod platform {
    use std::time::Duration;

    use rustix::time::{clock_gettime, ClockId, Timespec};

    /// Time the machine has been awake.
    pub fn awake() -> Duration {
        to_duration(clock_gettime(ClockId::Monotonic))
    }

    /// Time since boot, sleep included.
    pub fn since_boot() -> Duration {
        to_duration(clock_gettime(ClockId::Boottime))
    }

    fn to_duration(time: Timespec) -> Duration {
        Duration::new(
            u64::try_from(time.tv_sec).unwrap_or(0),
            u32::try_from(time.tv_nsec).unwrap_or(0),
        )
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use std::time::Duration;

    /// Time the machine has been awake.
    pub fn awake() -> Duration {
        read(libc::CLOCK_UPTIME_RAW)
    }

    /// Time since boot, sleep included.
    pub fn since_boot() -> Duration {
        read(libc::CLOCK_MONOTONIC)
    }

    fn read(clock: libc::clockid_t) -> Duration {
        let mut time = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `time` is a live timespec the call fills in; both clocks exist since macOS 10.12.
        if unsafe { libc::clock_gettime(clock, &mut time) } != 0 {
            return Duration::ZERO;
        }
        Duration::new(
            u64::try_from(time.tv_sec).unwrap_or(0),
            u32::try_from(time.tv_nsec).unwrap_or(0),
        )
    }
}

#[cfg(windows)]
mod platform {
    use std::time::Duration;

    use windows_sys::Win32::System::SystemInformation::GetTickCount64;
    use windows_sys::Win32::System::WindowsProgramming::QueryUnbiasedInterruptTime;

    /// Time the machine has been awake (the unbiased interrupt time, in 100 ns units).
    pub fn awake() -> Duration {
        let mut hundred_ns = 0u64;
        // SAFETY: the pointer is to a live u64 the call fills in.
        unsafe { QueryUnbiasedInterruptTime(&mut hundred_ns) };
        Duration::from_nanos(hundred_ns.saturating_mul(100))
    }

    /// Time since boot, sleep included.
    pub fn since_boot() -> Duration {
        // SAFETY: no arguments, no preconditions.
        Duration::from_millis(unsafe { GetTickCount64() })
    }
}
