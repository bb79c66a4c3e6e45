//! Idle time on Wayland compositors that offer an idle protocol: `ext-idle-notify-v1` (the
//! standard one: KDE Plasma 6, wlroots 0.17+, niri, COSMIC) or the older `org_kde_kwin_idle`
//! (Plasma 5, wlroots before 0.17, sway 1.7).
//!
//! Both work the same way: ask to be told after `NOTICE_AFTER` without input, then get "idled"
//! and "resumed" events. A thread owns the Wayland connection and blocks on those events, so
//! nothing runs while the user types. Idle time is then the notice delay plus the time since
//! "idled": exact to within the delay, and the delay is seconds while breaks are minutes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{
    ext_idle_notification_v1, ext_idle_notifier_v1,
};
use wayland_protocols_plasma::idle::client::{org_kde_kwin_idle, org_kde_kwin_idle_timeout};

use super::{IdleError, IdleSource};

/// How long without input before the compositor tells us.
const NOTICE_AFTER: Duration = Duration::from_secs(5);

/// Idle time from idled/resumed events: pure, so it is tested without a compositor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IdleClock {
    idled_at: Option<Instant>,
}

impl IdleClock {
    /// The compositor says the user has been idle for `NOTICE_AFTER` as of `at`.
    pub fn idled(&mut self, at: Instant) {
        self.idled_at.get_or_insert(at);
    }

    pub fn resumed(&mut self) {
        self.idled_at = None;
    }

    pub fn idle_for(&self, now: Instant) -> Duration {
        self.idled_at.map_or(Duration::ZERO, |at| {
            NOTICE_AFTER + now.saturating_duration_since(at)
        })
    }
}

pub struct WaylandIdle {
    clock: Arc<Mutex<IdleClock>>,
    alive: Arc<AtomicBool>,
    protocol: &'static str,
}

struct Events {
    clock: Arc<Mutex<IdleClock>>,
}

impl Events {
    fn update(&self, change: impl FnOnce(&mut IdleClock)) {
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        change(&mut clock);
    }
}

impl WaylandIdle {
    /// Connects to `$WAYLAND_DISPLAY` and subscribes with the best protocol offered.
    pub fn connect() -> Result<WaylandIdle, IdleError> {
        let connection = Connection::connect_to_env()
            .map_err(|error| IdleError(format!("no Wayland display: {error}")))?;
        let (globals, mut queue) = registry_queue_init::<Events>(&connection)
            .map_err(|error| IdleError(error.to_string()))?;
        let handle = queue.handle();
        let seat: wl_seat::WlSeat = globals
            .bind(&handle, 1..=1, ())
            .map_err(|_| IdleError("the compositor offers no seat".into()))?;
        let micros = u32::try_from(NOTICE_AFTER.as_millis()).unwrap_or(u32::MAX);
        let protocol = if let Ok(notifier) =
            globals.bind::<ext_idle_notifier_v1::ExtIdleNotifierV1, _, _>(&handle, 1..=1, ())
        {
            notifier.get_idle_notification(micros, &seat, &handle, ());
            "ext-idle-notify-v1"
        } else if let Ok(idle) =
            globals.bind::<org_kde_kwin_idle::OrgKdeKwinIdle, _, _>(&handle, 1..=1, ())
        {
            idle.get_idle_timeout(&seat, micros, &handle, ());
            "kde-idle"
        } else {
            return Err(IdleError(
                "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle".into(),
            ));
        };
        let clock = Arc::new(Mutex::new(IdleClock::default()));
        let alive = Arc::new(AtomicBool::new(true));
        let mut events = Events {
            clock: Arc::clone(&clock),
        };
        queue
            .roundtrip(&mut events)
            .map_err(|error| IdleError(error.to_string()))?;
        let still_alive = Arc::clone(&alive);
        thread::Builder::new()
            .name("wayland-idle".into())
            .spawn(move || {
                // Blocks until the compositor sends something; returns when it goes away.
                while queue.blocking_dispatch(&mut events).is_ok() {}
                still_alive.store(false, Ordering::Release);
            })
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(WaylandIdle {
            clock,
            alive,
            protocol,
        })
    }
}

impl IdleSource for WaylandIdle {
    fn name(&self) -> &'static str {
        self.protocol
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        if !self.alive.load(Ordering::Acquire) {
            return Err(IdleError("the Wayland compositor went away".into()));
        }
        let clock = self
            .clock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Ok(clock.idle_for(Instant::now()))
    }
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Events {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<wl_seat::WlSeat, ()> for Events {
    fn event(
        _: &mut Self,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ext_idle_notifier_v1::ExtIdleNotifierV1, ()> for Events {
    fn event(
        _: &mut Self,
        _: &ext_idle_notifier_v1::ExtIdleNotifierV1,
        _: ext_idle_notifier_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ext_idle_notification_v1::ExtIdleNotificationV1, ()> for Events {
    fn event(
        events: &mut Self,
        _: &ext_idle_notification_v1::ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => {
                events.update(|clock| clock.idled(Instant::now()))
            }
            ext_idle_notification_v1::Event::Resumed => events.update(IdleClock::resumed),
            _ => {}
        }
    }
}

impl Dispatch<org_kde_kwin_idle::OrgKdeKwinIdle, ()> for Events {
    fn event(
        _: &mut Self,
        _: &org_kde_kwin_idle::OrgKdeKwinIdle,
        _: org_kde_kwin_idle::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<org_kde_kwin_idle_timeout::OrgKdeKwinIdleTimeout, ()> for Events {
    fn event(
        events: &mut Self,
        _: &org_kde_kwin_idle_timeout::OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => {
                events.update(|clock| clock.idled(Instant::now()))
            }
            org_kde_kwin_idle_timeout::Event::Resumed => events.update(IdleClock::resumed),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_active_user_is_not_idle() {
        assert_eq!(
            IdleClock::default().idle_for(Instant::now()),
            Duration::ZERO
        );
    }

    #[test]
    fn idle_time_counts_the_notice_delay_and_what_came_after() {
        let start = Instant::now();
        let mut clock = IdleClock::default();
        clock.idled(start);
        assert_eq!(
            clock.idle_for(start + Duration::from_secs(60)),
            NOTICE_AFTER + Duration::from_secs(60)
        );
        // A repeated "idled" does not restart the count.
        clock.idled(start + Duration::from_secs(30));
        assert_eq!(
            clock.idle_for(start + Duration::from_secs(60)),
            NOTICE_AFTER + Duration::from_secs(60)
        );
    }

    #[test]
    fn resuming_ends_idleness() {
        let start = Instant::now();
        let mut clock = IdleClock::default();
        clock.idled(start);
        clock.resumed();
        assert_eq!(
            clock.idle_for(start + Duration::from_secs(60)),
            Duration::ZERO
        );
    }
}
