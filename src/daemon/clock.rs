//! Reads the clocks for the core, and notices when the machine slept.
//!
//! `CLOCK_MONOTONIC` stands still during suspend while `CLOCK_BOOTTIME` keeps counting, so the
//! growth of their difference is exactly the time spent asleep. That tells a suspend apart from a
//! wall-clock change (which moves neither), so setting the clock never looks like a break.

use std::time::{Duration, Instant};

use rustix::time::{clock_gettime, ClockId, Timespec};

use crate::core::clock::{Mono, Now};

/// Shorter gaps are scheduling noise, not sleep.
const SLEEP_NOISE: Duration = Duration::from_secs(2);

pub struct Clock {
    origin: Instant,
    /// BOOTTIME minus MONOTONIC at the last reading.
    asleep_so_far: Duration,
}

impl Clock {
    pub fn new() -> Clock {
        Clock {
            origin: Instant::now(),
            asleep_so_far: asleep_total(),
        }
    }

    /// Both clocks, now.
    pub fn now(&self) -> Now {
        Now::new(
            Mono::from_duration(self.origin.elapsed()),
            jiff::Zoned::now(),
        )
    }

    /// How long the machine slept since the last call, if it did.
    pub fn slept(&mut self) -> Option<Duration> {
        let total = asleep_total();
        let slept = total.saturating_sub(self.asleep_so_far);
        self.asleep_so_far = total;
        (slept > SLEEP_NOISE).then_some(slept)
    }
}

fn asleep_total() -> Duration {
    let boot = to_duration(clock_gettime(ClockId::Boottime));
    let mono = to_duration(clock_gettime(ClockId::Monotonic));
    boot.saturating_sub(mono)
}

fn to_duration(time: Timespec) -> Duration {
    Duration::new(
        u64::try_from(time.tv_sec).unwrap_or(0),
        u32::try_from(time.tv_nsec).unwrap_or(0),
    )
}
