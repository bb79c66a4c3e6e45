//! Everything that can reach the daemon's loop, as one type.
//!
//! Each input source (socket, tray, notification server, logind, the config file, the timer window,
//! signals) runs on its own thread, turns what it sees into a [`Message`] and sends it down one
//! channel. The loop thread is the only one that touches the core.

use std::sync::mpsc::{Sender, SyncSender};

use crate::core::engine::Answer;
use crate::ipc::{Reply, Request};

use super::session::SessionEvent;
use super::tray::TrayAction;

pub enum Message {
    /// A client request; the answer goes back on `reply`.
    Request(Request, SyncSender<Reply>),
    /// The user answered the notification with this id.
    Answer {
        id: u32,
        answer: Answer,
    },
    Tray(TrayAction),
    Session(SessionEvent),
    /// The config file (or its folder) changed.
    ConfigChanged,
    /// Something in the autostart folder changed: "Start at login" may have been switched.
    AutostartChanged,
    /// The timer window process with this pid exited.
    WindowExited {
        pid: u32,
    },
    /// SIGTERM, SIGINT or SIGHUP-less shutdown: save and leave.
    Terminate,
}

/// The sending side, cloned into every input thread.
pub type Inbox = Sender<Message>;
