//! Signals on Linux and macOS: SIGTERM and SIGINT end the daemon cleanly (state saved), SIGHUP
//! re-reads the config. One thread blocks until a signal comes.

use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::message::{Inbox, Message};

pub fn watch(inbox: Inbox) {
    let mut signals = match Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(signals) => signals,
        Err(error) => {
            tracing::warn!("signals will end limber without saving: {error}");
            return;
        }
    };
    let _ = thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let message = if signal == SIGHUP {
                    Message::ConfigChanged
                } else {
                    Message::Terminate
                };
                if inbox.send(message).is_err() {
                    return;
                }
            }
        });
}
