//! Time as the core sees it: a monotonic reading for measuring, a zoned wall reading for the
//! calendar.
//!
//! Durations that matter to the user's body (how long they have sat, how long a hold lasts) are
//! measured on the monotonic clock, which never jumps when the wall clock is set and does not
//! advance while the machine sleeps. The wall clock is used only for what is calendar-shaped:
//! working hours, "pause until tomorrow", history timestamps.

use std::ops::{Add, Sub};
use std::time::Duration;

/// A reading of the monotonic clock, as time since an arbitrary origin chosen by the shell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mono(Duration);

impl Mono {
    /// The origin itself; handy in tests.
    pub const ZERO: Mono = Mono(Duration::ZERO);

    pub const fn from_duration(since_origin: Duration) -> Mono {
        Mono(since_origin)
    }

    pub const fn from_secs(secs: u64) -> Mono {
        Mono(Duration::from_secs(secs))
    }

    pub const fn from_micros(micros: u64) -> Mono {
        Mono(Duration::from_micros(micros))
    }

    pub const fn since_origin(self) -> Duration {
        self.0
    }

    /// Time from `earlier` to `self`, or zero if `earlier` is in fact later.
    pub fn saturating_since(self, earlier: Mono) -> Duration {
        self.0.saturating_sub(earlier.0)
    }

    /// `self - by`, stopping at the origin.
    pub fn saturating_sub(self, by: Duration) -> Mono {
        Mono(self.0.saturating_sub(by))
    }
}

impl Add<Duration> for Mono {
    type Output = Mono;
    fn add(self, rhs: Duration) -> Mono {
        Mono(self.0.saturating_add(rhs))
    }
}

impl Sub<Mono> for Mono {
    type Output = Duration;
    /// Saturating: a later minus an earlier reading, zero otherwise.
    fn sub(self, rhs: Mono) -> Duration {
        self.saturating_since(rhs)
    }
}

/// Both clocks read at one moment. The shell builds one per message it hands to the core.
#[derive(Clone, Debug, PartialEq)]
pub struct Now {
    /// Monotonic reading: use it for every duration.
    pub mono: Mono,
    /// Wall clock in the user's time zone: use it for the calendar only.
    pub wall: jiff::Zoned,
}

impl Now {
    pub fn new(mono: Mono, wall: jiff::Zoned) -> Now {
        Now { mono, wall }
    }

    /// The wall reading as an absolute instant, for history and persisted state.
    pub fn timestamp(&self) -> jiff::Timestamp {
        self.wall.timestamp()
    }

    /// The same moment `by` later on both clocks; the fake clock tests advance with.
    pub fn advanced(&self, by: Duration) -> Now {
        let span = jiff::SignedDuration::try_from(by).unwrap_or(jiff::SignedDuration::MAX);
        let wall = self
            .wall
            .checked_add(span)
            .unwrap_or_else(|_| self.wall.clone());
        Now {
            mono: self.mono + by,
            wall,
        }
    }
}

#[cfg(test)]
pub(crate) mod test_clock {
    //! A fixed starting point for tests: Monday 2026-11-23 09:00 UTC.
    use super::*;

    pub fn monday_9am() -> Now {
        at("2026-11-23T09:00:00")
    }

    /// A `Now` at the given civil time in UTC, with the monotonic clock at 1000 s.
    pub fn at(civil: &str) -> Now {
        let wall = civil
            .parse::<jiff::civil::DateTime>()
            .expect("valid civil time")
            .to_zoned(jiff::tz::TimeZone::UTC)
            .expect("in range");
        Now::new(Mono::from_secs(1000), wall)
    }
}
