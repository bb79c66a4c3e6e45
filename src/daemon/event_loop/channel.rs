//! The loop on Linux: a channel the loop thread blocks on until a message comes or the next
//! deadline passes.

use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};

use crate::daemon::app::{App, Flow};
use crate::daemon::message::Inbox;

/// Starts the app with `start` and runs it until it quits; saves its state on the way out.
pub fn run(start: impl FnOnce(Inbox) -> Result<App, String>) -> ExitCode {
    let (sender, messages) = mpsc::channel();
    let mut app = match start(Inbox::new(sender)) {
        Ok(app) => app,
        Err(problem) => {
            eprintln!("limber: {problem}");
            return ExitCode::from(1);
        }
    };
    loop {
        let now = app.now();
        let received = match app.next_deadline(&now) {
            Some(deadline) => messages.recv_timeout(deadline.saturating_since(now.mono)),
            // Nothing to wait for but a message.
            None => messages.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match received {
            Ok(message) => {
                if app.on_message(message) == Flow::Quit {
                    break;
                }
            }
            Err(RecvTimeoutError::Timeout) => app.on_deadline(),
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    app.shutdown();
    ExitCode::SUCCESS
}
