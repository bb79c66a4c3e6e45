//! Idle time on X11, from the SYNC extension's `IDLETIME` system counter: the milliseconds since
//! the last input, kept by the server.
//!
//! Read on demand with `QueryCounter`, it is also watched the way Mutter and xss-lock watch it:
//! two alarms on the counter, one when it climbs to the break threshold (the user has been idle
//! that long) and one when it falls back below it (input resumed). The server sends each as an
//! `AlarmNotify` event the moment it happens, to a thread that blocks on the connection, so
//! nothing runs while the user types or while they are away.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::sync::{
    Alarm, ConnectionExt as _, Counter, CreateAlarmAux, Int64, ALARMSTATE, TESTTYPE, VALUETYPE,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

use super::{IdleError, IdleReport, IdleSource, Reporter};

/// The SYNC version limber speaks (alarms on system counters are 3.0; 3.1 is what servers have).
const SYNC_VERSION: (u8, u8) = (3, 1);

pub struct X11Idle {
    connection: Arc<RustConnection>,
    idletime: Counter,
    /// The two alarms, while the source reports by itself.
    watch: Option<Watch>,
}

/// The alarms a reporting source set, and how its thread is told to end.
struct Watch {
    alarms: [Alarm; 2],
    stopping: Arc<AtomicBool>,
}

impl X11Idle {
    /// Connects to `display` (`$DISPLAY` when None) to be sampled.
    pub fn connect(display: Option<&str>) -> Result<X11Idle, IdleError> {
        let (connection, _) =
            x11rb::connect(display).map_err(|error| IdleError(format!("no X display: {error}")))?;
        let connection = Arc::new(connection);
        let idletime = idletime_counter(&connection)?;
        let mut source = X11Idle {
            connection,
            idletime,
            watch: None,
        };
        // Ask once now, so a server that cannot answer is refused here, not later.
        source.idle_for()?;
        Ok(source)
    }

    /// Connects to `display` (`$DISPLAY` when None) and reports to `report` when the user has
    /// been idle for `threshold` and when input resumes after that.
    pub fn watch(
        display: Option<&str>,
        threshold: Duration,
        report: Reporter,
    ) -> Result<X11Idle, IdleError> {
        let mut source = X11Idle::connect(display)?;
        let failed = |error: &dyn std::fmt::Display| IdleError(error.to_string());
        let millis = i64::try_from(threshold.as_millis()).unwrap_or(i64::MAX);
        let connection = &source.connection;
        let reached = connection.generate_id().map_err(|e| failed(&e))?;
        let resumed = connection.generate_id().map_err(|e| failed(&e))?;
        // Climbing to the threshold: idle that long. Falling back below it: input resumed.
        for (alarm, value, test) in [
            (reached, millis, TESTTYPE::POSITIVE_TRANSITION),
            (resumed, millis - 1, TESTTYPE::NEGATIVE_TRANSITION),
        ] {
            let aux = CreateAlarmAux::new()
                .counter(source.idletime)
                .value_type(VALUETYPE::ABSOLUTE)
                .value(int64(value))
                .test_type(test)
                .delta(int64(0))
                .events(1);
            connection
                .sync_create_alarm(alarm, &aux)
                .map_err(|e| failed(&e))?
                .check()
                .map_err(|e| failed(&e))?;
        }
        let stopping = Arc::new(AtomicBool::new(false));
        let listener = Listener {
            connection: Arc::clone(&source.connection),
            alarms: [reached, resumed],
            stopping: Arc::clone(&stopping),
            report,
        };
        thread::Builder::new()
            .name("x11-idle".into())
            .spawn(move || listener.run())
            .map_err(|e| failed(&e))?;
        source.watch = Some(Watch {
            alarms: [reached, resumed],
            stopping,
        });
        Ok(source)
    }
}

/// Finds the `IDLETIME` system counter, which X.Org servers have had since 1.6 (2009).
fn idletime_counter(connection: &RustConnection) -> Result<Counter, IdleError> {
    let failed = |error: &dyn std::fmt::Display| IdleError(error.to_string());
    let (major, minor) = SYNC_VERSION;
    connection
        .sync_initialize(major, minor)
        .map_err(|e| failed(&e))?
        .reply()
        .map_err(|e| IdleError(format!("the X server has no SYNC extension ({e})")))?;
    let counters = connection
        .sync_list_system_counters()
        .map_err(|e| failed(&e))?
        .reply()
        .map_err(|e| failed(&e))?;
    counters
        .counters
        .iter()
        .find(|counter| counter.name == b"IDLETIME")
        .map(|counter| counter.counter)
        .ok_or_else(|| IdleError("the X server keeps no IDLETIME counter".into()))
}

impl IdleSource for X11Idle {
    fn name(&self) -> &'static str {
        "x11-sync"
    }

    fn reports(&self) -> bool {
        self.watch.is_some()
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        let reply = self
            .connection
            .sync_query_counter(self.idletime)
            .map_err(|error| IdleError(error.to_string()))?
            .reply()
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(millis(reply.counter_value))
    }
}

impl Drop for X11Idle {
    /// Destroying the alarms sends their last `AlarmNotify` (state Destroyed), which wakes the
    /// listener to see it should end.
    fn drop(&mut self) {
        let Some(watch) = &self.watch else { return };
        watch.stopping.store(true, Ordering::Release);
        for alarm in watch.alarms {
            let _ = self.connection.sync_destroy_alarm(alarm);
        }
        let _ = self.connection.flush();
    }
}

/// The thread that waits for the alarms.
struct Listener {
    connection: Arc<RustConnection>,
    alarms: [Alarm; 2],
    stopping: Arc<AtomicBool>,
    report: Reporter,
}

impl Listener {
    fn run(self) {
        loop {
            match self.connection.wait_for_event() {
                Ok(Event::SyncAlarmNotify(notice)) if self.alarms.contains(&notice.alarm) => {
                    if self.stopping.load(Ordering::Acquire) {
                        return;
                    }
                    if notice.state != ALARMSTATE::DESTROYED {
                        (self.report)(IdleReport::IdleFor(millis(notice.counter_value)));
                    }
                }
                Ok(_) => {}
                Err(error) => {
                    if !self.stopping.load(Ordering::Acquire) {
                        (self.report)(IdleReport::Lost(IdleError(format!(
                            "the X server went away ({error})"
                        ))));
                    }
                    return;
                }
            }
        }
    }
}

fn int64(value: i64) -> Int64 {
    Int64 {
        // The high half, then the low half as its bits: the split is exact, nothing is lost.
        hi: (value >> 32) as i32,
        lo: value as u32,
    }
}

/// A counter value in milliseconds as a duration (a negative one, which `IDLETIME` never
/// holds, as zero).
fn millis(value: Int64) -> Duration {
    let value = (i64::from(value.hi) << 32) | i64::from(value.lo);
    Duration::from_millis(u64::try_from(value).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_values_round_trip_through_their_two_halves() {
        for value in [0, 1, 299_999, 300_000, i64::from(u32::MAX) + 5, i64::MAX] {
            let expected = Duration::from_millis(value as u64);
            assert_eq!(millis(int64(value)), expected, "{value}");
        }
        assert_eq!(millis(int64(-1)), Duration::ZERO);
    }
}
