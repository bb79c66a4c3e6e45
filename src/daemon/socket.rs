//! Serves the IPC socket: one thread waits for connections, and each client is served on a
//! short-lived thread of its own, so a slow or silent client holds up nobody else.
//!
//! A request must arrive whole within [`ipc::REQUEST_DEADLINE`]. At most [`MAX_SERVING`] clients
//! are read from at once; the next waits in the kernel's queue until a place frees, which the
//! deadline bounds. A timer window's connection outlives its first report: its thread then gives
//! its place back and sleeps until the window's end comes or the connection closes (the window
//! is gone). Peers running as another user are refused before a byte is read. While nobody
//! talks, every thread here is blocked in the kernel: none wakes.

use std::sync::{mpsc, Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Instant;

use crate::ipc::peer::{self, Peer};
use crate::ipc::{self, ReadError, Reply, Request, RequestReader, UnixListener, UnixStream};

use super::message::{Client, Inbox, Message};

/// How many clients are read from at once.
const MAX_SERVING: usize = 32;
/// A client's thread parses one short line; it needs little stack.
const CLIENT_STACK: usize = 256 * 1024;

pub fn serve(listener: UnixListener, inbox: Inbox) -> std::io::Result<()> {
    let places = Places::new(MAX_SERVING);
    thread::Builder::new().name("ipc".into()).spawn(move || {
        for (session, stream) in (1u64..).zip(listener.incoming()) {
            let Ok(stream) = stream else { continue };
            let place = places.take();
            let inbox = inbox.clone();
            let spawned = thread::Builder::new()
                .name("ipc-client".into())
                .stack_size(CLIENT_STACK)
                .spawn(move || serve_client(stream, session, &inbox, place));
            if let Err(error) = spawned {
                tracing::warn!("could not serve a client: {error}");
            }
        }
    })?;
    Ok(())
}

/// Answers one client: its one request, or a timer window's reports until it closes.
fn serve_client(stream: UnixStream, session: u64, inbox: &Inbox, place: Place) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let _ = writer.set_write_timeout(Some(ipc::IO_TIMEOUT));
    match peer::of(&stream) {
        Ok(Peer::Us) => {}
        Ok(Peer::Other(uid)) => {
            tracing::warn!("refused a client running as uid {uid}");
            let refusal = Reply::error("refused: limber only answers its own user");
            let _ = ipc::write_reply(&mut writer, &refusal);
            return;
        }
        Err(error) => {
            tracing::warn!("refused a client whose user could not be read: {error}");
            return;
        }
    }
    let mut requests = RequestReader::new(stream);
    let request = match requests.next(Some(Instant::now() + ipc::REQUEST_DEADLINE)) {
        Ok(request) => request,
        // Connected and left without a word: someone checking that limber runs.
        Err(ReadError::Closed) => return,
        Err(ReadError::Refused(why)) => {
            let _ = ipc::write_reply(&mut writer, &Reply::error(why));
            return;
        }
    };
    let window = matches!(request, Request::WindowStarted { .. });
    let kept = window.then(|| writer.try_clone().ok()).flatten();
    let Some((reply, written)) = ask(inbox, request, session, kept) else {
        return;
    };
    if !window {
        let _ = ipc::write_reply(&mut writer, &reply);
        drop(written);
        return;
    }
    drop(place);
    serve_window(&mut requests, &mut writer, (reply, written), session, inbox);
    // However the window's connection ended (its end report, closed, a write that failed, an
    // answer that came too late), the loop may know the window: tell it the window is gone.
    // After an end report, or a refusal, it knows already and nothing happens.
    let _ = inbox.send(Message::WindowGone { session });
}

/// A timer window's connection once its first report was answered with `first`: its reports,
/// however long it stays open, until its end report. Anything else, or the connection closing
/// or failing, means the window is gone.
fn serve_window(
    requests: &mut RequestReader<UnixStream>,
    writer: &mut UnixStream,
    (first, written): (Reply, Written),
    session: u64,
    inbox: &Inbox,
) {
    let sent = ipc::write_reply(writer, &first);
    drop(written);
    if sent.is_err() || !first.ok {
        return;
    }
    loop {
        let request = match requests.next(None) {
            Ok(request @ (Request::WindowStarted { .. } | Request::WindowEnded { .. })) => request,
            Ok(_) | Err(_) => return,
        };
        let ended = matches!(request, Request::WindowEnded { .. });
        let Some((reply, _written)) = ask(inbox, request, session, None) else {
            return;
        };
        if ipc::write_reply(writer, &reply).is_err() || ended {
            return;
        }
    }
}

/// Held until an answer is written to its client; dropping it tells a loop that waits on
/// `Client::written` (on the way out) that the answer has left.
struct Written {
    _sender: mpsc::Sender<()>,
}

/// Hands a request to the loop and waits for its answer. None when the loop is gone (limber
/// is quitting): the client then hears nothing and knows it.
fn ask(
    inbox: &Inbox,
    request: Request,
    session: u64,
    stream: Option<UnixStream>,
) -> Option<(Reply, Written)> {
    let (reply_to, reply) = mpsc::sync_channel(1);
    let (written, wait_written) = mpsc::channel();
    let client = Client {
        reply: reply_to,
        session,
        stream,
        written: wait_written,
    };
    inbox.send(Message::Request(request, client)).ok()?;
    let reply = match reply.recv_timeout(ipc::IO_TIMEOUT) {
        Ok(reply) => reply,
        Err(mpsc::RecvTimeoutError::Timeout) => Reply::error("limber did not answer in time"),
        Err(mpsc::RecvTimeoutError::Disconnected) => return None,
    };
    Some((reply, Written { _sender: written }))
}

/// The places for clients being read from, shared by the accepting thread and the clients'.
#[derive(Clone)]
struct Places(Arc<(Mutex<usize>, Condvar)>);

/// One place taken; dropping it gives it back.
struct Place(Places);

impl Places {
    fn new(count: usize) -> Places {
        Places(Arc::new((Mutex::new(count), Condvar::new())))
    }

    /// Takes a place, waiting while none is free.
    fn take(&self) -> Place {
        let (free, freed) = &*self.0;
        let mut free = free.lock().unwrap_or_else(PoisonError::into_inner);
        while *free == 0 {
            free = freed.wait(free).unwrap_or_else(PoisonError::into_inner);
        }
        *free -= 1;
        Place(self.clone())
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        let (free, freed) = &*(self.0).0;
        *free.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_client_waits_for_a_place_only_while_all_are_taken() {
        let places = Places::new(2);
        let first = places.take();
        let _second = places.take();
        let (taken, waiting) = mpsc::channel();
        let third = places.clone();
        thread::spawn(move || {
            let _place = third.take();
            let _ = taken.send(());
        });
        assert!(waiting.recv_timeout(Duration::from_millis(100)).is_err());
        drop(first);
        assert!(waiting.recv_timeout(Duration::from_secs(5)).is_ok());
    }

    /// `limber quit` must hear its answer although limber exits right after sending it: once
    /// the loop's wait on `written` ends, the answer is in the client's socket.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_answer_is_written_before_the_loop_hears_it_left() {
        use std::io::BufReader;

        let (mut client, server) = UnixStream::pair().unwrap();
        let (sender, messages) = mpsc::channel();
        let inbox = Inbox::new(sender);
        let place = Places::new(1).take();
        thread::spawn(move || serve_client(server, 1, &inbox, place));
        ipc::send(&mut client, &Request::Quit {}).unwrap();
        let Ok(Message::Request(Request::Quit {}, asker)) =
            messages.recv_timeout(Duration::from_secs(5))
        else {
            panic!("the request did not reach the loop");
        };
        asker.reply.send(Reply::ok("limber stopped.")).unwrap();
        let _ = asker.written.recv_timeout(Duration::from_secs(5));
        // Limber would exit here: the answer must already be readable, without waiting.
        client.set_nonblocking(true).unwrap();
        match ipc::receive(&mut BufReader::new(&client)) {
            Ok(reply) => assert_eq!(reply.message.as_deref(), Some("limber stopped.")),
            Err(error) => panic!("no answer written yet: {error}"),
        }
    }
}
