//! Everything that can reach the daemon's loop, as one type.
//!
//! Each input source (socket, tray, notification server, logind, the config file, the timer window,
//! signals) runs on its own thread, turns what it sees into a [`Message`] and sends it through an
//! [`Inbox`]. The loop thread is the only one that touches the core.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::Arc;

use crate::core::engine::Answer;
use crate::idle::IdleReport;
use crate::ipc::{Reply, Request, UnixStream};

use super::tray::TrayAction;

pub enum Message {
    /// A client request; the answer goes back to the client.
    Request(Request, Client),
    /// The user answered the notification with this id.
    Answer {
        id: u32,
        answer: Answer,
    },
    /// A notification server appeared (the old one, restarted, or another).
    NotificationServerBack,
    Tray(TrayAction),
    /// The screen was locked or unlocked, or the machine is going to sleep or woke.
    Session(SessionEvent),
    /// Asked after the `lock`-th lock the loop saw, the session said it holds no lock (its
    /// locker ended without a word).
    LockNotHeld {
        lock: u64,
    },
    /// The idle source connected `generation`-th reported by itself.
    Idle {
        generation: u64,
        report: IdleReport,
    },
    /// The config file (or its folder) changed.
    ConfigChanged,
    /// Something in the autostart folder changed: "Start at login" may have been switched.
    AutostartChanged,
    /// The timer window process this limber started, with this pid, exited.
    WindowExited {
        pid: u32,
    },
    /// The connection of the timer window with this session closed before the window reported
    /// its end (it was killed, crashed, or never opened).
    WindowGone {
        session: u64,
    },
    /// SIGTERM or SIGINT, or the session is ending: save and leave.
    Terminate,
}

/// Where a request came from, and where its answer goes.
pub struct Client {
    pub reply: SyncSender<Reply>,
    /// The connection's number, the same for every request it carries.
    pub session: u64,
    /// The connection itself, with a timer window's first report: the loop keeps it to tell the
    /// window to close.
    pub stream: Option<UnixStream>,
    /// Closes once the answer is written to the client (or could not be): the loop waits on it
    /// before limber exits, so `limber quit` hears its answer rather than a closed socket.
    pub written: Receiver<()>,
}

/// What the session told us: logind on Linux, the session and power notifications on Windows,
/// the workspace notifications on macOS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionEvent {
    Locked,
    Unlocked,
    Sleeping,
    Woke,
}

/// The loop has ended; nobody will read the message.
#[derive(Debug)]
pub struct Closed;

/// The sending side, cloned into every input thread.
///
/// On Linux it feeds a plain channel the loop thread blocks on. On Windows and macOS the loop is
/// the operating system's event loop (the tray needs it), run by winit; there a message goes
/// through winit's proxy, which also wakes that loop.
///
/// A message that only says "look again" ([`Message::ConfigChanged`],
/// [`Message::AutostartChanged`]) is not sent while the same one still waits for the loop: one
/// waiting stands for any number of changes. A config saved hundreds of times a second, each
/// read taking the loop a moment, would otherwise queue reads without end, and every request
/// behind them.
#[derive(Clone)]
pub struct Inbox {
    sender: Sender,
    waiting: Waiting,
}

/// Which "look again" messages wait for the loop, shared by every clone of the [`Inbox`].
#[derive(Clone, Default)]
struct Waiting {
    config: Arc<AtomicBool>,
    autostart: Arc<AtomicBool>,
}

impl Waiting {
    fn flag(&self, message: &Message) -> Option<&AtomicBool> {
        match message {
            Message::ConfigChanged => Some(&self.config),
            Message::AutostartChanged => Some(&self.autostart),
            _ => None,
        }
    }
}

#[cfg(target_os = "linux")]
type Sender = std::sync::mpsc::Sender<Message>;
#[cfg(not(target_os = "linux"))]
type Sender = winit::event_loop::EventLoopProxy<Message>;

impl Inbox {
    pub fn new(sender: Sender) -> Inbox {
        Inbox {
            sender,
            waiting: Waiting::default(),
        }
    }

    pub fn send(&self, message: Message) -> Result<(), Closed> {
        if let Some(waiting) = self.waiting.flag(&message) {
            if waiting.swap(true, Ordering::SeqCst) {
                return Ok(());
            }
        }
        #[cfg(target_os = "linux")]
        let sent = self.sender.send(message).map_err(|_| Closed);
        #[cfg(not(target_os = "linux"))]
        let sent = self.sender.send_event(message).map_err(|_| Closed);
        sent
    }

    /// The loop took `message` and is about to act on it: a change from now on is news again.
    pub fn taken(&self, message: &Message) {
        if let Some(waiting) = self.waiting.flag(message) {
            waiting.store(false, Ordering::SeqCst);
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_changes_waits_as_one_message_until_the_loop_takes_it() {
        let (sender, queue) = std::sync::mpsc::channel();
        let inbox = Inbox::new(sender);
        for _ in 0..1000 {
            inbox.send(Message::ConfigChanged).unwrap();
            inbox.send(Message::AutostartChanged).unwrap();
        }
        inbox.send(Message::Terminate).unwrap();
        inbox.send(Message::Terminate).unwrap();
        let waiting: Vec<Message> = queue.try_iter().collect();
        assert_eq!(waiting.len(), 4, "one of each change, every other message");
        inbox.taken(&waiting[0]);
        inbox.send(Message::ConfigChanged).unwrap();
        inbox.send(Message::AutostartChanged).unwrap();
        let more: Vec<Message> = queue.try_iter().collect();
        assert!(
            matches!(more[..], [Message::ConfigChanged]),
            "a change after the loop took the last is news"
        );
    }
}
