//! Serves the IPC socket: one thread, one short request at a time.
//!
//! Requests are tiny and rare (a CLI call, a timer window reporting), so a single thread that
//! reads one line, forwards it to the loop and writes the answer is enough; read timeouts stop a
//! stalled client from holding it for long. Peers running as another user are refused before a
//! byte is read.

use std::sync::mpsc;
use std::thread;

use crate::ipc::{self, Reply, UnixListener, UnixStream};

use super::message::{Inbox, Message};

pub fn serve(listener: UnixListener, inbox: Inbox) -> std::io::Result<()> {
    thread::Builder::new().name("ipc".into()).spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            if !answer(stream, &inbox) {
                return;
            }
        }
    })?;
    Ok(())
}

/// Answers one client. Returns false when the loop is gone (the daemon is shutting down).
fn answer(mut stream: UnixStream, inbox: &Inbox) -> bool {
    let _ = stream.set_read_timeout(Some(ipc::IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(ipc::IO_TIMEOUT));
    match peer::is_same_user(&stream) {
        Ok(true) => {}
        Ok(false) => {
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

/// Who is on the other end of a connection.
#[cfg(target_os = "linux")]
mod peer {
    use rustix::net::sockopt::socket_peercred;

    use crate::ipc::UnixStream;

    /// From the kernel's record of the peer (`SO_PEERCRED`).
    pub fn is_same_user(stream: &UnixStream) -> std::io::Result<bool> {
        let peer = socket_peercred(stream)?;
        let same = peer.uid == rustix::process::getuid();
        if !same {
            tracing::warn!("refused a client running as uid {}", peer.uid.as_raw());
        }
        Ok(same)
    }
}

#[cfg(target_os = "macos")]
mod peer {
    use std::os::fd::AsRawFd;

    use crate::ipc::UnixStream;

    /// From the kernel's record of the peer (`getpeereid`).
    pub fn is_same_user(stream: &UnixStream) -> std::io::Result<bool> {
        let (mut uid, mut gid) = (0, 0);
        // SAFETY: a connected socket we own, and two live integers the call fills in.
        if unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: no arguments, cannot fail.
        let same = uid == unsafe { libc::getuid() };
        if !same {
            tracing::warn!("refused a client running as uid {uid}");
        }
        Ok(same)
    }
}

#[cfg(windows)]
mod peer {
    use crate::ipc::UnixStream;

    /// Windows reports no peer credentials on Unix sockets. The socket file lives in the user's
    /// own profile folder, whose access list lets in no other (non-administrator) user, so only
    /// the user can connect in the first place.
    pub fn is_same_user(_stream: &UnixStream) -> std::io::Result<bool> {
        Ok(true)
    }
}
