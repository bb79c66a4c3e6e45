//! A logind double for a private "system" bus: a Manager that knows one session, can announce
//! sleep, and lists the inhibitors a test sets; and that session, which can announce lock and
//! unlock and has a `LockedHint` (false until a test sets it, as with a locker that never tells
//! logind, such as i3lock or swaylock; GNOME and KDE set it while their lock screen shows).
//! Speaks the real `org.freedesktop.login1` interfaces, as far as limber uses them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;
use zbus::zvariant::OwnedObjectPath;

pub const SESSION: &str = "/org/freedesktop/login1/session/test";
const MANAGER: &str = "/org/freedesktop/login1";

/// One inhibitor as `ListInhibitors` returns it: what, who, why, mode, uid, pid.
pub type Inhibitor = (String, String, String, String, u32, u32);

struct Manager {
    inhibitors: Arc<Mutex<Vec<Inhibitor>>>,
    /// Which session is ours is never answered, as by a logind that hangs.
    hangs: bool,
}

impl Manager {
    async fn our_session(&self) -> OwnedObjectPath {
        if self.hangs {
            std::future::pending::<()>().await;
        }
        OwnedObjectPath::try_from(SESSION).unwrap()
    }
}

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
    async fn get_session(&self, _id: String) -> OwnedObjectPath {
        self.our_session().await
    }

    #[zbus(name = "GetSessionByPID")]
    async fn get_session_by_pid(&self, _pid: u32) -> OwnedObjectPath {
        self.our_session().await
    }

    fn list_inhibitors(&self) -> Vec<Inhibitor> {
        self.inhibitors.lock().unwrap().clone()
    }
}

struct Session {
    locked_hint: Arc<AtomicBool>,
}

#[zbus::interface(name = "org.freedesktop.login1.Session")]
impl Session {
    #[zbus(property)]
    fn locked_hint(&self) -> bool {
        self.locked_hint.load(Ordering::SeqCst)
    }
}

/// What the double can announce.
pub enum Announce {
    /// `PrepareForSleep(true)` before sleeping, `(false)` after waking.
    Sleep(bool),
    Lock,
    Unlock,
}

/// The running double; it serves until dropped.
pub struct Logind {
    connection: Connection,
    inhibitors: Arc<Mutex<Vec<Inhibitor>>>,
    locked_hint: Arc<AtomicBool>,
}

impl Logind {
    pub fn start(address: &str) -> Logind {
        Logind::serve(address, false)
    }

    /// A logind that never says which session is ours.
    pub fn start_hung(address: &str) -> Logind {
        Logind::serve(address, true)
    }

    fn serve(address: &str, hangs: bool) -> Logind {
        let inhibitors = Arc::new(Mutex::new(Vec::new()));
        let manager = Manager {
            inhibitors: Arc::clone(&inhibitors),
            hangs,
        };
        let locked_hint = Arc::new(AtomicBool::new(false));
        let session = Session {
            locked_hint: Arc::clone(&locked_hint),
        };
        let connection = zbus::blocking::connection::Builder::address(address)
            .unwrap()
            .serve_at(MANAGER, manager)
            .unwrap()
            .serve_at(SESSION, session)
            .unwrap()
            .name("org.freedesktop.login1")
            .unwrap()
            .build()
            .unwrap();
        Logind {
            connection,
            inhibitors,
            locked_hint,
        }
    }

    /// Sets the session's `LockedHint` quietly, as a lock screen that set it earlier left it
    /// (what limber reads when it asks).
    pub fn set_locked_hint(&self, locked: bool) {
        self.locked_hint.store(locked, Ordering::SeqCst);
    }

    /// An app takes an inhibitor, e.g. what "idle", mode "block" for a call.
    pub fn inhibit(&self, what: &str, who: &str, mode: &str) {
        self.inhibitors.lock().unwrap().push((
            what.into(),
            who.into(),
            "test".into(),
            mode.into(),
            1000,
            4242,
        ));
    }

    /// Sends a signal as logind does around sleep and screen locking.
    pub fn announce(&self, what: Announce) {
        let session = (SESSION, "org.freedesktop.login1.Session");
        let sent = match what {
            Announce::Sleep(going) => self.connection.emit_signal(
                None::<&str>,
                MANAGER,
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                &(going,),
            ),
            Announce::Lock => {
                self.connection
                    .emit_signal(None::<&str>, session.0, session.1, "Lock", &())
            }
            Announce::Unlock => {
                self.connection
                    .emit_signal(None::<&str>, session.0, session.1, "Unlock", &())
            }
        };
        sent.expect("emit a logind signal");
    }

    /// Every inhibitor is released.
    pub fn release_all(&self) {
        self.inhibitors.lock().unwrap().clear();
    }
}
