//! A timer window's report to the running limber, over one connection kept open while the
//! window is on screen.
//!
//! When the window is on screen it connects and says so (`window_started`, with its process id,
//! and whether it waits on its start screen); when the user presses Start it says that; when it
//! closes it sends how the stretch ended on the same connection. If the window dies before that
//! (killed, Ctrl+C, a crash), the connection closes with it and limber ends the stretch. A window
//! that cannot open never connects, so it leaves nothing behind. limber can tell the window to
//! close over the connection (when it quits, or when the reminder the window shows is
//! withdrawn); a listener thread waits for that.
//!
//! With no limber to tell (none running, it refused the window, or it went away), the window's
//! caller records the stretch itself.

use std::io::BufReader;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;

use crate::core::routine::Outcome;
use crate::ipc::{self, Reply, Request, UnixStream};
use crate::window::{Closer, Lifecycle};

/// Who recorded the stretch.
#[derive(Debug, PartialEq, Eq)]
pub enum Recorded {
    /// The running limber did.
    ByLimber,
    /// Nobody yet: the caller writes it to history itself.
    ByNobody,
    /// There is nothing to record: limber closed a window that was only showing the reminder.
    Nothing,
}

pub struct Reporter {
    /// Where limber listens; None when its runtime folder cannot be trusted.
    socket: Option<PathBuf>,
    stretch: String,
    /// The window opened on its start screen.
    opened_waiting: bool,
    /// The routine has counted (it started at once, or the user pressed Start).
    counting: bool,
    session: Option<Session>,
    /// Set by the listener when limber told the window to close.
    told_to_close: Arc<AtomicBool>,
}

/// The connection to limber.
struct Session {
    stream: UnixStream,
    /// limber's replies, in the order of the reports.
    replies: mpsc::Receiver<Reply>,
    /// Reports sent, each answered by one reply.
    sent: usize,
}

impl Reporter {
    pub fn new(socket: Option<PathBuf>, stretch: String, waiting: bool) -> Reporter {
        Reporter {
            socket,
            stretch,
            opened_waiting: waiting,
            counting: false,
            session: None,
            told_to_close: Arc::default(),
        }
    }

    /// What the window just told us.
    pub fn lifecycle(&mut self, event: Lifecycle) {
        match event {
            Lifecycle::Opened(closer) => {
                self.counting = !self.opened_waiting;
                self.session = self.connect(closer);
            }
            Lifecycle::Started => {
                self.counting = true;
                let started = self.started();
                if let Some(session) = &mut self.session {
                    session.send(&started);
                }
            }
        }
    }

    /// The window closed with `outcome`: tells limber on the same connection. Returns who
    /// recorded the stretch.
    pub fn finish(&mut self, outcome: &Outcome) -> Recorded {
        if self.told_to_close.load(Ordering::SeqCst) && !self.counting {
            return Recorded::Nothing;
        }
        let Some(session) = &mut self.session else {
            return Recorded::ByNobody;
        };
        session.send(&Request::WindowEnded {
            id: self.stretch.clone(),
            ended: outcome.ended(),
        });
        match session.last_reply() {
            Some(reply) if reply.ok => Recorded::ByLimber,
            _ => Recorded::ByNobody,
        }
    }

    fn started(&self) -> Request {
        Request::WindowStarted {
            id: self.stretch.clone(),
            pid: Some(std::process::id()),
            waiting: !self.counting,
        }
    }

    /// Connects, says the window is on screen, and listens for limber telling it to close.
    /// None when no limber of ours listens.
    fn connect(&self, closer: Closer) -> Option<Session> {
        let stream = ipc::connect(self.socket.as_ref()?).ok()?;
        // The listener waits as long as the window is open; only its replies have a time limit.
        stream.set_read_timeout(None).ok()?;
        let listening = stream.try_clone().ok()?;
        let (replies_to, replies) = mpsc::channel();
        let told_to_close = Arc::clone(&self.told_to_close);
        thread::Builder::new()
            .name("limber-listener".into())
            .spawn(move || listen(listening, replies_to, &told_to_close, &closer))
            .ok()?;
        let mut session = Session {
            stream,
            replies,
            sent: 0,
        };
        session.send(&self.started());
        Some(session)
    }
}

impl Session {
    /// Sends a report; a failure shows as a missing reply.
    fn send(&mut self, request: &Request) {
        if ipc::send(&mut self.stream, request).is_ok() {
            self.sent += 1;
        }
    }

    /// Waits for the replies to every report sent; returns the last, or None if limber went
    /// quiet or away first.
    fn last_reply(&mut self) -> Option<Reply> {
        let mut last = None;
        for _ in 0..self.sent {
            last = Some(self.replies.recv_timeout(ipc::IO_TIMEOUT).ok()?);
        }
        self.sent = 0;
        last
    }
}

/// Passes limber's replies on, and closes the window when limber says so. Ends when limber
/// closes the connection (it refused the window, took its end, or went away).
fn listen(
    stream: UnixStream,
    replies: mpsc::Sender<Reply>,
    told_to_close: &AtomicBool,
    closer: &Closer,
) {
    let mut reader = BufReader::new(stream);
    while let Ok(reply) = ipc::receive(&mut reader) {
        if reply.close {
            told_to_close.store(true, Ordering::SeqCst);
            closer.close();
        } else if replies.send(reply).is_err() {
            return;
        }
    }
}
