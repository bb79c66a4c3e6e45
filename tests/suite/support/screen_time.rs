//! A double of GNOME 48's `org.gnome.Shell.ScreenTime` at `/org/gnome/Shell/ScreenTime`, owned
//! as `org.gnome.Shell` like gnome-shell does. Its `State` and `LastBreakEndTime` move as
//! gnome-shell's `js/misc/breakManager.js` moves them (GNOME 48 is not in Debian 12):
//!
//! - `State`: 0 disabled, 1 active, 2 idle, 3 in a break, 4 a break due (the code's numbering;
//!   the interface XML documents an older 0–3);
//! - `LastBreakEndTime` (wall-clock seconds) reads 0 while a break is under way; it is set to the
//!   moment the break ends, to the moment of a skip, pushed on by the delay on a delay, and set to
//!   the moment break reminders are switched on. Both properties are announced together in one
//!   `PropertiesChanged`, as gnome-shell's `ScreenTimeDBus` does.

use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;

pub const DISABLED: u32 = 0;
pub const ACTIVE: u32 = 1;
pub const IN_BREAK: u32 = 3;
pub const BREAK_DUE: u32 = 4;

#[derive(Clone, Copy)]
struct Manager {
    state: u32,
    /// Every break type's latest end; the property shows it only outside a break.
    last_end: u64,
}

struct ScreenTimeInterface {
    manager: Arc<Mutex<Manager>>,
}

#[zbus::interface(name = "org.gnome.Shell.ScreenTime")]
impl ScreenTimeInterface {
    #[zbus(property)]
    fn state(&self) -> u32 {
        self.manager.lock().unwrap().state
    }

    #[zbus(property)]
    fn last_break_end_time(&self) -> u64 {
        let manager = *self.manager.lock().unwrap();
        if manager.state == IN_BREAK {
            0
        } else {
            manager.last_end
        }
    }
}

/// The running double; it serves until dropped.
pub struct ScreenTime {
    connection: Connection,
    manager: Arc<Mutex<Manager>>,
}

const PATH: &str = "/org/gnome/Shell/ScreenTime";

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

impl ScreenTime {
    /// Break reminders switched on just now: active, the last end set to this moment.
    pub fn start(address: &str) -> ScreenTime {
        let manager = Arc::new(Mutex::new(Manager {
            state: ACTIVE,
            last_end: now(),
        }));
        let connection = zbus::blocking::connection::Builder::address(address)
            .unwrap()
            .serve_at(
                PATH,
                ScreenTimeInterface {
                    manager: Arc::clone(&manager),
                },
            )
            .unwrap()
            .name("org.gnome.Shell")
            .unwrap()
            .build()
            .unwrap();
        ScreenTime {
            connection,
            manager,
        }
    }

    fn change(&self, change: impl FnOnce(&mut Manager)) {
        change(&mut self.manager.lock().unwrap());
        let interface = self
            .connection
            .object_server()
            .interface::<_, ScreenTimeInterface>(PATH)
            .expect("the ScreenTime object");
        let emitter = interface.signal_emitter();
        let served = interface.get();
        zbus::block_on(async {
            served.state_changed(emitter).await?;
            served.last_break_end_time_changed(emitter).await
        })
        .expect("announce State and LastBreakEndTime");
    }

    /// The movement break's interval ran out while the user kept working.
    pub fn break_due(&self) {
        self.change(|manager| manager.state = BREAK_DUE);
    }

    /// The user stepped away for the break that is due.
    pub fn break_under_way(&self) {
        self.change(|manager| manager.state = IN_BREAK);
    }

    /// The user came back `ago` seconds ago from a break (taken, or skipped then).
    pub fn break_ended(&self, ago: u64) {
        self.change(|manager| {
            manager.state = ACTIVE;
            manager.last_end = now() - ago;
        });
    }

    /// The user delayed the due break by `delay` seconds: the end time moves on by that, into the
    /// past when the interval was longer.
    pub fn break_delayed(&self, delay: u64) {
        self.change(|manager| {
            manager.state = ACTIVE;
            manager.last_end += delay;
        });
    }

    /// Break reminders switched off in GNOME's settings.
    pub fn disabled(&self) {
        self.change(|manager| {
            manager.state = DISABLED;
            manager.last_end = 0;
        });
    }

    /// Seconds since the last break ended, as the double holds it.
    pub fn last_end_ago(&self) -> u64 {
        now().saturating_sub(self.manager.lock().unwrap().last_end)
    }
}
