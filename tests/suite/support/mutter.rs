//! A double of Mutter's idle monitor (`org.gnome.Mutter.IdleMonitor` at
//! `/org/gnome/Mutter/IdleMonitor/Core`), as GNOME Shell serves it: `GetIdletime`, idle watches
//! that fire each time idleness reaches their interval, one-shot user-active watches that fire at
//! the next input, and `RemoveWatch`, each firing sent as `WatchFired`. The test plays the user
//! with [`MutterDouble::input`]; without it the user is idle from the double's start. Told to
//! [`MutterDouble::hang`], it answers no call from then on, as a GNOME Shell that hangs.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
const INTERFACE: &str = "org.gnome.Mutter.IdleMonitor";

#[derive(Default)]
struct Watches {
    next_id: u32,
    /// (id, interval, fired during this idle spell).
    idle: Vec<(u32, Duration, bool)>,
    active: Vec<u32>,
}

struct State {
    last_input: Instant,
    watches: Watches,
    /// Every method called, by name, in order.
    calls: Vec<String>,
    stopped: bool,
    /// Calls are taken and never answered.
    hung: bool,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

fn lock(shared: &Shared) -> MutexGuard<'_, State> {
    shared.0.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Monitor {
    shared: Shared,
}

impl Monitor {
    /// Never returns once the double hangs.
    async fn unless_hung(&self) {
        let hung = lock(&self.shared).hung;
        if hung {
            std::future::pending::<()>().await;
        }
    }
}

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl Monitor {
    async fn get_idletime(&self) -> u64 {
        self.unless_hung().await;
        let mut state = lock(&self.shared);
        state.calls.push("GetIdletime".into());
        u64::try_from(state.last_input.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    async fn add_idle_watch(&self, interval: u64) -> u32 {
        self.unless_hung().await;
        let mut state = lock(&self.shared);
        state.calls.push("AddIdleWatch".into());
        state.watches.next_id += 1;
        let id = state.watches.next_id;
        state
            .watches
            .idle
            .push((id, Duration::from_millis(interval), false));
        self.shared.1.notify_all();
        id
    }

    fn add_user_active_watch(&self) -> u32 {
        let mut state = lock(&self.shared);
        state.calls.push("AddUserActiveWatch".into());
        state.watches.next_id += 1;
        let id = state.watches.next_id;
        state.watches.active.push(id);
        id
    }

    fn remove_watch(&self, id: u32) {
        let mut state = lock(&self.shared);
        state.calls.push("RemoveWatch".into());
        state.watches.idle.retain(|(watch, _, _)| *watch != id);
        state.watches.active.retain(|watch| *watch != id);
    }
}

pub struct MutterDouble {
    shared: Shared,
    connection: zbus::blocking::Connection,
}

impl MutterDouble {
    /// Serves the idle monitor on the bus at `address`.
    pub fn start(address: &str) -> MutterDouble {
        let shared: Shared = Arc::new((
            Mutex::new(State {
                last_input: Instant::now(),
                watches: Watches::default(),
                calls: Vec::new(),
                stopped: false,
                hung: false,
            }),
            Condvar::new(),
        ));
        let connection = zbus::blocking::connection::Builder::address(address)
            .expect("bus address")
            .serve_at(
                PATH,
                Monitor {
                    shared: Arc::clone(&shared),
                },
            )
            .expect("serve the idle monitor")
            .name(INTERFACE)
            .expect("name")
            .build()
            .expect("connect the Mutter double");
        let timer = (Arc::clone(&shared), connection.clone());
        thread::spawn(move || fire_idle_watches(&timer.0, &timer.1));
        MutterDouble { shared, connection }
    }

    /// The user touches the keyboard: user-active watches fire and idleness starts again.
    pub fn input(&self) {
        let fired = {
            let mut state = lock(&self.shared);
            state.last_input = Instant::now();
            for watch in &mut state.watches.idle {
                watch.2 = false;
            }
            self.shared.1.notify_all();
            std::mem::take(&mut state.watches.active)
        };
        for id in fired {
            fire(&self.connection, id);
        }
    }

    /// From now on no call is answered.
    pub fn hang(&self) {
        lock(&self.shared).hung = true;
    }

    /// The methods called so far, by name.
    pub fn calls(&self) -> Vec<String> {
        lock(&self.shared).calls.clone()
    }
}

impl Drop for MutterDouble {
    fn drop(&mut self) {
        lock(&self.shared).stopped = true;
        self.shared.1.notify_all();
    }
}

fn fire(connection: &zbus::blocking::Connection, id: u32) {
    let _ = connection.emit_signal(None::<&str>, PATH, INTERFACE, "WatchFired", &(id,));
}

/// Fires each idle watch when idleness reaches its interval, once per idle spell.
fn fire_idle_watches(shared: &Shared, connection: &zbus::blocking::Connection) {
    let mut state = lock(shared);
    while !state.stopped {
        let idle_for = state.last_input.elapsed();
        let mut due = Vec::new();
        let mut next: Option<Duration> = None;
        for (id, interval, fired) in &mut state.watches.idle {
            if *fired {
                continue;
            }
            if idle_for >= *interval {
                *fired = true;
                due.push(*id);
            } else {
                let wait = *interval - idle_for;
                next = Some(next.map_or(wait, |next| next.min(wait)));
            }
        }
        if !due.is_empty() {
            drop(state);
            for id in due {
                fire(connection, id);
            }
            state = lock(shared);
            continue;
        }
        state = match next {
            Some(wait) => {
                shared
                    .1
                    .wait_timeout(state, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
            None => shared.1.wait(state).unwrap_or_else(PoisonError::into_inner),
        };
    }
}
