//! Idle time on Wayland compositors that offer an idle protocol: `ext-idle-notify-v1` (the
//! standard one: KDE Plasma 6, wlroots 0.17+, niri, COSMIC) or the older `org_kde_kwin_idle`
//! (Plasma 5, wlroots before 0.17, sway 1.7).
//!
//! Both are events already: ask to be told after the break threshold without input, then get
//! "idled" when it passes and "resumed" at the next input, nothing in between. A thread owns the
//! Wayland connection and blocks on those events, passing each on as it comes. Idle time on
//! demand follows from them: the threshold plus the time since "idled", or none before it
//! (a user idle for less than the threshold is, to limber, still sitting).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_callback, wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{
    ext_idle_notification_v1, ext_idle_notifier_v1,
};
use wayland_protocols_plasma::idle::client::{org_kde_kwin_idle, org_kde_kwin_idle_timeout};

use super::{IdleError, IdleReport, IdleSource, Reporter};

/// Idle time from idled/resumed events: pure, so it is tested without a compositor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleClock {
    /// How long without input "idled" stands for.
    notice_after: Duration,
    idled_at: Option<Instant>,
}

impl IdleClock {
    pub fn new(notice_after: Duration) -> IdleClock {
        IdleClock {
            notice_after,
            idled_at: None,
        }
    }

    /// The compositor says the user has been idle for `notice_after` as of `at`.
    pub fn idled(&mut self, at: Instant) {
        self.idled_at.get_or_insert(at);
    }

    pub fn resumed(&mut self) {
        self.idled_at = None;
    }

    pub fn idle_for(&self, now: Instant) -> Duration {
        self.idled_at.map_or(Duration::ZERO, |at| {
            self.notice_after + now.saturating_duration_since(at)
        })
    }
}

pub struct WaylandIdle {
    clock: Arc<Mutex<IdleClock>>,
    alive: Arc<AtomicBool>,
    protocol: &'static str,
    /// To wake the thread when the source is dropped, so it sees it should end.
    connection: Connection,
    wake: QueueHandle<Events>,
    stopping: Arc<AtomicBool>,
}

/// The thread's side: it updates the clock and reports each change.
struct Events {
    clock: Arc<Mutex<IdleClock>>,
    report: Reporter,
}

impl Events {
    fn idled(&self) {
        let mut clock = lock(&self.clock);
        clock.idled(Instant::now());
        (self.report)(IdleReport::IdleFor(clock.idle_for(Instant::now())));
    }

    fn resumed(&self) {
        lock(&self.clock).resumed();
        (self.report)(IdleReport::IdleFor(Duration::ZERO));
    }
}

fn lock(clock: &Mutex<IdleClock>) -> std::sync::MutexGuard<'_, IdleClock> {
    clock.lock().unwrap_or_else(PoisonError::into_inner)
}

impl WaylandIdle {
    /// Connects to `$WAYLAND_DISPLAY`, subscribes with the best protocol offered to hear when
    /// the user has been idle for `threshold` and when input resumes, and tells `report`.
    pub fn watch(threshold: Duration, report: Reporter) -> Result<WaylandIdle, IdleError> {
        let connection = Connection::connect_to_env()
            .map_err(|error| IdleError(format!("no Wayland display: {error}")))?;
        let (globals, mut queue) = registry_queue_init::<Events>(&connection)
            .map_err(|error| IdleError(error.to_string()))?;
        let handle = queue.handle();
        let seat: wl_seat::WlSeat = globals
            .bind(&handle, 1..=1, ())
            .map_err(|_| IdleError("the compositor offers no seat".into()))?;
        // Both protocols take the timeout in milliseconds.
        let millis = u32::try_from(threshold.as_millis()).unwrap_or(u32::MAX);
        let protocol = if let Ok(notifier) =
            globals.bind::<ext_idle_notifier_v1::ExtIdleNotifierV1, _, _>(&handle, 1..=1, ())
        {
            notifier.get_idle_notification(millis, &seat, &handle, ());
            "ext-idle-notify-v1"
        } else if let Ok(idle) =
            globals.bind::<org_kde_kwin_idle::OrgKdeKwinIdle, _, _>(&handle, 1..=1, ())
        {
            idle.get_idle_timeout(&seat, millis, &handle, ());
            "kde-idle"
        } else {
            return Err(IdleError(
                "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle".into(),
            ));
        };
        let clock = Arc::new(Mutex::new(IdleClock::new(threshold)));
        let alive = Arc::new(AtomicBool::new(true));
        let stopping = Arc::new(AtomicBool::new(false));
        let mut events = Events {
            clock: Arc::clone(&clock),
            report,
        };
        queue
            .roundtrip(&mut events)
            .map_err(|error| IdleError(error.to_string()))?;
        let still_alive = Arc::clone(&alive);
        let stop = Arc::clone(&stopping);
        thread::Builder::new()
            .name("wayland-idle".into())
            .spawn(move || {
                // Blocks until the compositor sends something; ends when it goes away or the
                // source is dropped.
                while queue.blocking_dispatch(&mut events).is_ok() {
                    if stop.load(Ordering::Acquire) {
                        return;
                    }
                }
                still_alive.store(false, Ordering::Release);
                if !stop.load(Ordering::Acquire) {
                    (events.report)(IdleReport::Lost(IdleError(
                        "the Wayland compositor went away".into(),
                    )));
                }
            })
            .map_err(|error| IdleError(error.to_string()))?;
        Ok(WaylandIdle {
            clock,
            alive,
            protocol,
            connection,
            wake: handle,
            stopping,
        })
    }
}

impl IdleSource for WaylandIdle {
    fn name(&self) -> &'static str {
        self.protocol
    }

    fn reports(&self) -> bool {
        true
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        if !self.alive.load(Ordering::Acquire) {
            return Err(IdleError("the Wayland compositor went away".into()));
        }
        Ok(lock(&self.clock).idle_for(Instant::now()))
    }
}

impl Drop for WaylandIdle {
    /// A `sync` request's answer wakes the thread to see it should end; its connection closes
    /// with it.
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::Release);
        self.connection.display().sync(&self.wake, ());
        let _ = self.connection.flush();
    }
}

impl Dispatch<wl_callback::WlCallback, ()> for Events {
    fn event(
        _: &mut Self,
        _: &wl_callback::WlCallback,
        _: wl_callback::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
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
            ext_idle_notification_v1::Event::Idled => events.idled(),
            ext_idle_notification_v1::Event::Resumed => events.resumed(),
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
            org_kde_kwin_idle_timeout::Event::Idle => events.idled(),
            org_kde_kwin_idle_timeout::Event::Resumed => events.resumed(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTICE_AFTER: Duration = Duration::from_secs(300);

    #[test]
    fn an_active_user_is_not_idle() {
        assert_eq!(
            IdleClock::new(NOTICE_AFTER).idle_for(Instant::now()),
            Duration::ZERO
        );
    }

    #[test]
    fn idle_time_counts_the_notice_delay_and_what_came_after() {
        let start = Instant::now();
        let mut clock = IdleClock::new(NOTICE_AFTER);
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
        let mut clock = IdleClock::new(NOTICE_AFTER);
        clock.idled(start);
        clock.resumed();
        assert_eq!(
            clock.idle_for(start + Duration::from_secs(60)),
            Duration::ZERO
        );
    }
}
