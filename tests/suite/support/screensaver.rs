//! A double of the freedesktop ScreenSaver interface's idle time (`GetSessionIdleTime` on
//! `org.freedesktop.ScreenSaver` at `/org/freedesktop/ScreenSaver`, in seconds, as KDE serves it)
//! that answers its first few calls and then never again, as a desktop shell that hangs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

struct ScreenSaver {
    calls: Arc<AtomicUsize>,
    answers: usize,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaver {
    async fn get_session_idle_time(&self) -> u32 {
        if self.calls.fetch_add(1, Ordering::SeqCst) >= self.answers {
            std::future::pending::<()>().await;
        }
        0
    }
}

/// The running double; it serves until dropped.
pub struct HangingScreenSaver {
    _connection: zbus::blocking::Connection,
    calls: Arc<AtomicUsize>,
}

impl HangingScreenSaver {
    /// Serves on the bus at `address`, answering the first `answers` calls.
    pub fn start(address: &str, answers: usize) -> HangingScreenSaver {
        let calls = Arc::new(AtomicUsize::new(0));
        let connection = zbus::blocking::connection::Builder::address(address)
            .expect("bus address")
            .serve_at(
                "/org/freedesktop/ScreenSaver",
                ScreenSaver {
                    calls: Arc::clone(&calls),
                    answers,
                },
            )
            .expect("serve")
            .name("org.freedesktop.ScreenSaver")
            .expect("name")
            .build()
            .expect("start the ScreenSaver double");
        HangingScreenSaver {
            _connection: connection,
            calls,
        }
    }

    /// How many times idle time was asked for, answered or not.
    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}
