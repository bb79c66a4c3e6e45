//! Serves the IPC socket: one thread, one short request at a time.
//!
//! Requests are tiny and rare (a CLI call, a timer window reporting), so a single thread that
//! reads one line, forwards it to the loop and writes the answer is enough; read timeouts stop a
//! stalled client from holding it for long. Peers running as another user are refused before a
//! byte is read.

use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::mpsc;
use std::thread;

use rustix::net::sockopt::socket_peercred;

use crate::ipc::{self, Reply};

use super::message::{Inbox, Message};

pub fn serve(listener: UnixListener, inbox: Inbox) -> std::io::Result<()> {
    let uid = rustix::process::getuid();
    thread::Builder::new().name("ipc".into()).spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            if !answer(stream, uid, &inbox) {
                return;
            }
        }
    })?;
    Ok(())
}

/// Answers one client. Returns false when the loop is gone (the daemon is shutting down).
fn answer(mut stream: UnixStream, uid: rustix::process::Uid, inbox: &Inbox) -> bool {
    let _ = stream.set_read_timeout(Some(ipc::IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(ipc::IO_TIMEOUT));
    match socket_peercred(&stream) {
        Ok(peer) if peer.uid == uid => {}
        Ok(peer) => {
            tracing::warn!("refused a client running as uid {}", peer.uid.as_raw());
            let _ = ipc::write_reply(
                &mut stream,
                &Reply::error("refused: limber only answers its own user"),
            );
            return true;
        }
        Err(error) => {
            tracing::warn!("refused a client whose user could not be read: {error}");
            return true;
        }
    }
    let reply = match ipc::read_request(&mut stream) {
        Err(problem) => Reply::error(problem),
        Ok(request) => {
            let (reply_to, reply) = mpsc::sync_channel(1);
            if inbox.send(Message::Request(request, reply_to)).is_err() {
                return false;
            }
            reply
                .recv_timeout(ipc::IO_TIMEOUT)
                .unwrap_or_else(|_| Reply::error("limber did not answer in time"))
        }
    };
    let _ = ipc::write_reply(&mut stream, &reply);
    true
}
