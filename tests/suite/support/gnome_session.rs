//! A GNOME session manager double: `org.gnome.SessionManager.IsInhibited(flags)`, true while the
//! test holds an inhibitor whose flags share a bit with the ones asked about (8 is "idle", which
//! GNOME also sets for `org.freedesktop.ScreenSaver.Inhibit` calls, as video players and call
//! apps make).

use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;

/// The flags of the inhibitors apps hold.
type Inhibitors = Arc<Mutex<Vec<u32>>>;

struct SessionManager {
    inhibitors: Inhibitors,
}

#[zbus::interface(name = "org.gnome.SessionManager")]
impl SessionManager {
    fn is_inhibited(&self, flags: u32) -> bool {
        self.inhibitors
            .lock()
            .unwrap()
            .iter()
            .any(|held| held & flags != 0)
    }
}

/// The running double; it serves until dropped.
pub struct GnomeSession {
    _connection: Connection,
    inhibitors: Inhibitors,
}

impl GnomeSession {
    pub fn start(address: &str) -> GnomeSession {
        let inhibitors = Inhibitors::default();
        let connection = zbus::blocking::connection::Builder::address(address)
            .unwrap()
            .serve_at(
                "/org/gnome/SessionManager",
                SessionManager {
                    inhibitors: Arc::clone(&inhibitors),
                },
            )
            .unwrap()
            .name("org.gnome.SessionManager")
            .unwrap()
            .build()
            .unwrap();
        GnomeSession {
            _connection: connection,
            inhibitors,
        }
    }

    /// An app takes an inhibitor with these flags (1 log out, 2 switch user, 4 suspend, 8 idle).
    pub fn inhibit(&self, flags: u32) {
        self.inhibitors.lock().unwrap().push(flags);
    }

    pub fn release_all(&self) {
        self.inhibitors.lock().unwrap().clear();
    }
}
