//! Idle time on macOS, from the window server's event source: the seconds since the last input
//! event of any kind (keyboard, pointer, scroll, tablet) in the login session.
//!
//! It is one cheap call that needs no permission (unlike an event tap) and no connection to set
//! up, so the source is always there; the daemon only has to ask.

use std::time::Duration;

use objc2_core_graphics::{CGEventSource, CGEventSourceStateID, CGEventType};

use super::{IdleError, IdleSource, Reporter};

/// `kCGAnyInputEventType`: a C macro, `((CGEventType)(~0))`, which the bindings do not carry.
const ANY_INPUT_EVENT: CGEventType = CGEventType(!0);

struct EventSourceIdle;

/// The event source always answers on macOS, so this never returns None. It is sampled: macOS
/// sends no notice when idleness reaches a length, so the threshold and the reporter go unused.
pub fn detect(_threshold: Duration, _report: Reporter) -> Option<Box<dyn IdleSource>> {
    let source = EventSourceIdle;
    tracing::info!("idle time from {}", source.name());
    Some(Box::new(source))
}

impl IdleSource for EventSourceIdle {
    fn name(&self) -> &'static str {
        "macos-event-source"
    }

    fn reports(&self) -> bool {
        false
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        // The combined session state: input from every source in this login session, as the
        // user sees it, rather than only the hardware's (which misses remote and synthetic input).
        let seconds = CGEventSource::seconds_since_last_event_type(
            CGEventSourceStateID::CombinedSessionState,
            ANY_INPUT_EVENT,
        );
        Duration::try_from_secs_f64(seconds).map_err(|_| {
            IdleError(format!(
                "the event source answered {seconds} seconds since the last input"
            ))
        })
    }
}
