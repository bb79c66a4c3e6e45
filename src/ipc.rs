//! The local protocol between the running limber and its clients (the CLI and the timer window).
//!
//! A client writes one JSON request per line and reads one JSON reply line for each. Most
//! connections carry one request: a command asks, the daemon answers and closes. A timer window
//! keeps its connection while it is open ([`Request::WindowStarted`] first, then its end), so
//! the daemon learns of a window that vanishes from the connection closing, and can tell the
//! window to close with a [`Reply`] it did not ask for ([`Reply::close_window`]).
//!
//! Only the user's own processes talk: the socket lives in the user's runtime folder (mode
//! 0600), and each side asks the kernel who is at the other end and refuses another user
//! ([`peer`]). Windows 10 and later have Unix sockets too, reached through `uds_windows`, in the
//! user's own profile folder. A request line is capped at [`MAX_REQUEST_BYTES`], and the first
//! must arrive whole within [`REQUEST_DEADLINE`], so a misbehaving client can neither make the
//! daemon allocate without bound nor hold it.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The socket types: the standard library's on Unix; `uds_windows`' on Windows, where the
/// standard library has none.
#[cfg(unix)]
pub use std::os::unix::net::{UnixListener, UnixStream};
#[cfg(windows)]
pub use uds_windows::{UnixListener, UnixStream};

use serde::{Deserialize, Serialize};

use crate::core::engine::State;
use crate::core::hold::BusyReason;
use crate::core::routine::Ended;
use crate::echo::echo;
use crate::t;

/// The largest request line the daemon reads.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

/// How long a client has to send its whole request once connected.
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(1);

/// How long a client waits for the daemon's answer, and the daemon for its loop's.
pub const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// What a client asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    // Commands without arguments are empty structs so that unknown fields are refused for them
    // too (serde ignores extra fields on unit variants of tagged enums).
    Status {},
    Stretch {
        #[serde(default)]
        id: Option<String>,
    },
    Snooze {
        #[serde(default)]
        secs: Option<u64>,
    },
    Skip {},
    Pause {
        #[serde(default)]
        secs: Option<u64>,
        #[serde(default)]
        until_tomorrow: bool,
    },
    Resume {},
    /// Let reminders through outside working hours for the rest of the day (the tray's "Remind
    /// me anyway today", asked from the control window).
    RemindAnyway {},
    Quit {},
    /// From a timer window, first on its connection: it is on screen, for stretch `id`.
    /// `waiting`: it shows its start screen (the reminder, when no notification server could
    /// show it) and counts nothing yet; it says so again with `waiting: false` when the user
    /// presses Start.
    WindowStarted {
        id: String,
        /// The window's process, so the daemon knows its own child's connection.
        #[serde(default)]
        pid: Option<u32>,
        #[serde(default)]
        waiting: bool,
    },
    /// From a timer window, last on its connection: how the stretch ended, as the window saw
    /// it; the daemon judges from the seconds held whether that counts as done or as stopped
    /// early. While a window shows the stretch under way, only that window's connection may end
    /// it.
    WindowEnded {
        id: String,
        ended: Ended,
    },
}

/// The daemon's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub ok: bool,
    /// A sentence for the user (what happened, or what went wrong).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusReport>,
    /// Sent unasked to a timer window: close now (limber is quitting, or the reminder the
    /// window shows was withdrawn).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub close: bool,
}

impl Reply {
    pub fn ok(message: impl Into<String>) -> Reply {
        Reply {
            ok: true,
            message: Some(message.into()),
            status: None,
            close: false,
        }
    }

    pub fn error(message: impl Into<String>) -> Reply {
        Reply {
            ok: false,
            message: Some(message.into()),
            status: None,
            close: false,
        }
    }

    /// Tells a timer window to close.
    pub fn close_window() -> Reply {
        Reply {
            ok: true,
            message: None,
            status: None,
            close: true,
        }
    }
}
/// `limber status --json`: a public contract, so fields are only ever added.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusReport {
    pub state: State,
    pub sitting_seconds: u64,
    pub sitting_today_seconds: u64,
    /// Null when no reminder is coming (paused, away, stretching).
    pub next_reminder_seconds: Option<u64>,
    /// When a pause ends (RFC 3339), null when not paused or paused until resumed.
    pub paused_until: Option<String>,
    /// The stretch that is due or under way.
    pub stretch: Option<String>,
    /// Outside working hours: when they open (RFC 3339).
    pub off_until: Option<String>,
    /// Why a due reminder is held: any of "do_not_disturb", "call", "fullscreen", "gnome_break";
    /// empty when nothing is held.
    pub holding: Vec<BusyReason>,
    /// Where idle time comes from, e.g. "x11-sync"; "none" while nothing answers.
    pub idle_source: String,
    /// Whether a notification server accepted the last reminder.
    pub notifications: bool,
    /// Whether a tray host registered the icon.
    pub tray: bool,
    /// Whether GNOME's own movement breaks are on (GNOME 48 and later): limber then keeps clear
    /// of them (`holding: ["gnome_break"]`). Absent from older daemons' answers, read as false.
    #[serde(default)]
    pub gnome_breaks: bool,
}

/// Why a request could not be answered.
#[derive(Debug)]
pub enum ClientError {
    /// Nothing listens on the socket.
    NotRunning,
    /// What listens on the socket runs as another user: it is not our limber.
    OtherUser {
        socket: PathBuf,
        uid: u32,
    },
    Io(io::Error),
    /// Nothing came back within [`IO_TIMEOUT`].
    Silent,
    /// The daemon answered something that is not a reply.
    Garbled(String),
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::NotRunning => f.write_str(&t!("error-not-running")),
            ClientError::OtherUser { socket, uid } => f.write_str(&t!(
                "error-other-user",
                socket = socket.display().to_string(),
                uid = uid.to_string()
            )),
            ClientError::Io(error) => {
                f.write_str(&t!("error-cannot-talk", error = error.to_string()))
            }
            ClientError::Silent => {
                f.write_str(&t!("error-no-answer", seconds = IO_TIMEOUT.as_secs()))
            }
            ClientError::Garbled(what) => f.write_str(&t!("error-odd-answer", answer = echo(what))),
        }
    }
}

/// Whether our own limber accepts connections at `socket`.
pub fn is_listening(socket: &Path) -> bool {
    connect(socket).is_ok()
}

/// Connects to the daemon at `socket`, after making sure it runs as our own user.
pub fn connect(socket: &Path) -> Result<UnixStream, ClientError> {
    let stream = UnixStream::connect(socket).map_err(|error| match error.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused => ClientError::NotRunning,
        kind => ClientError::Io(io::Error::new(
            kind,
            format!("{}: {error}", socket.display()),
        )),
    })?;
    if let peer::Peer::Other(uid) = peer::of(&stream).map_err(ClientError::Io)? {
        return Err(ClientError::OtherUser {
            socket: socket.to_path_buf(),
            uid,
        });
    }
    stream
        .set_read_timeout(Some(IO_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(IO_TIMEOUT)))
        .map_err(ClientError::Io)?;
    Ok(stream)
}

/// Sends one request to the daemon listening at `socket` and waits for its reply.
pub fn call(socket: &Path, request: &Request) -> Result<Reply, ClientError> {
    let mut stream = connect(socket)?;
    send(&mut stream, request)?;
    receive(&mut BufReader::new(stream))
}

/// Writes one request line.
pub fn send(stream: &mut UnixStream, request: &Request) -> Result<(), ClientError> {
    let mut line = serde_json::to_vec(request).map_err(|e| ClientError::Garbled(e.to_string()))?;
    line.push(b'\n');
    // A daemon that refuses us answers before reading and closes: read that answer anyway.
    match stream.write_all(&line) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => Err(ClientError::Io(error)),
        _ => Ok(()),
    }
}

/// Reads one reply line.
pub fn receive(reader: &mut impl BufRead) -> Result<Reply, ClientError> {
    let mut answer = String::new();
    reader
        .take(MAX_REQUEST_BYTES as u64)
        .read_line(&mut answer)
        .map_err(|error| match error.kind() {
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => ClientError::Silent,
            _ => ClientError::Io(error),
        })?;
    if answer.is_empty() {
        return Err(ClientError::Io(io::ErrorKind::UnexpectedEof.into()));
    }
    serde_json::from_str(answer.trim_end())
        .map_err(|_| ClientError::Garbled(answer.trim_end().to_string()))
}

/// Why no request could be read from a client.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The client closed the connection before starting another line.
    Closed,
    /// What the client sent is not a request, or it came too slowly; the text says why.
    Refused(String),
}

/// Something requests can be read from with a time limit: a client's connection.
pub trait TimedRead: Read {
    fn set_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()>;
}

impl TimedRead for UnixStream {
    fn set_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        self.set_read_timeout(timeout)
    }
}

/// Bytes already at hand (a test, the fuzzer), which never keep anyone waiting.
struct AtHand<R>(R);

impl<R: Read> Read for AtHand<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        self.0.read(buffer)
    }
}

impl<R: Read> TimedRead for AtHand<R> {
    fn set_timeout(&mut self, _timeout: Option<Duration>) -> io::Result<()> {
        Ok(())
    }
}

/// Reads one client's request lines, each at most [`MAX_REQUEST_BYTES`]. Bytes that arrive
/// after a line are kept for the next.
pub struct RequestReader<R> {
    source: R,
    pending: Vec<u8>,
}

impl<R: TimedRead> RequestReader<R> {
    pub fn new(source: R) -> RequestReader<R> {
        RequestReader {
            source,
            pending: Vec::new(),
        }
    }

    /// The next request. With a `deadline` the whole line must have come by then; without one
    /// it waits as long as it takes (a timer window's end comes when the user is done).
    pub fn next(&mut self, deadline: Option<Instant>) -> Result<Request, ReadError> {
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = self.pending.iter().position(|byte| *byte == b'\n') {
                let line: Vec<u8> = self.pending.drain(..=end).collect();
                if line.len() > MAX_REQUEST_BYTES {
                    return Err(too_large());
                }
                return parse_request(&line).map_err(ReadError::Refused);
            }
            if self.pending.len() >= MAX_REQUEST_BYTES {
                return Err(too_large());
            }
            let timeout = match deadline {
                Some(deadline) => match deadline.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => Some(left),
                    _ => return Err(too_slow()),
                },
                None => None,
            };
            self.source.set_timeout(timeout).map_err(|error| {
                ReadError::Refused(format!("could not read the request: {error}"))
            })?;
            match self.source.read(&mut chunk) {
                Ok(0) if self.pending.is_empty() => return Err(ReadError::Closed),
                Ok(0) => {
                    return Err(ReadError::Refused(
                        "incomplete request: expected one JSON object ending with a newline".into(),
                    ))
                }
                Ok(read) => self.pending.extend_from_slice(&chunk[..read]),
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error)
                    if matches!(
                        error.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    return Err(too_slow())
                }
                Err(error) => {
                    return Err(ReadError::Refused(format!(
                        "could not read the request: {error}"
                    )))
                }
            }
        }
    }
}

fn too_large() -> ReadError {
    ReadError::Refused(format!(
        "request too large (the limit is {MAX_REQUEST_BYTES} bytes)"
    ))
}

fn too_slow() -> ReadError {
    ReadError::Refused(format!(
        "the request did not arrive within {} s",
        REQUEST_DEADLINE.as_secs()
    ))
}

/// Reads one request line from bytes at hand, refusing more than [`MAX_REQUEST_BYTES`].
pub fn read_request(stream: &mut impl Read) -> Result<Request, String> {
    RequestReader::new(AtHand(stream))
        .next(None)
        .map_err(|error| match error {
            ReadError::Closed => {
                "incomplete request: expected one JSON object ending with a newline".into()
            }
            ReadError::Refused(why) => why,
        })
}

/// Parses one request line.
pub fn parse_request(line: &[u8]) -> Result<Request, String> {
    serde_json::from_slice(line).map_err(|error| format!("not a limber request: {error}"))
}

/// Writes one reply line.
pub fn write_reply(stream: &mut impl Write, reply: &Reply) -> io::Result<()> {
    let mut line = serde_json::to_vec(reply).map_err(io::Error::other)?;
    line.push(b'\n');
    stream.write_all(&line)
}

/// Writes one reply line only as far as the connection takes it now, never waiting: a peer that
/// stopped reading (a timer window stopped with SIGSTOP) cannot hold the writer. An error when the
/// line did not go out whole.
pub fn offer_reply(stream: &mut UnixStream, reply: &Reply) -> io::Result<()> {
    let mut line = serde_json::to_vec(reply).map_err(io::Error::other)?;
    line.push(b'\n');
    let sent = send_now(stream, &line)?;
    if sent < line.len() {
        return Err(io::Error::new(
            io::ErrorKind::WouldBlock,
            format!("only {sent} of {} bytes fit", line.len()),
        ));
    }
    Ok(())
}

/// Sends what fits now (`MSG_DONTWAIT`: the socket itself stays blocking for the thread that
/// reads it).
#[cfg(target_os = "linux")]
fn send_now(stream: &UnixStream, bytes: &[u8]) -> io::Result<usize> {
    rustix::net::send(stream, bytes, rustix::net::SendFlags::DONTWAIT).map_err(io::Error::from)
}

#[cfg(target_os = "macos")]
fn send_now(stream: &UnixStream, bytes: &[u8]) -> io::Result<usize> {
    use std::os::fd::AsRawFd;
    // SAFETY: the pointer and length are those of `bytes`, alive for the call.
    let sent = unsafe {
        libc::send(
            stream.as_raw_fd(),
            bytes.as_ptr().cast(),
            bytes.len(),
            libc::MSG_DONTWAIT,
        )
    };
    usize::try_from(sent).map_err(|_| io::Error::last_os_error())
}

/// Windows has no per-call flag: the write waits at most the socket's write timeout.
#[cfg(windows)]
fn send_now(stream: &mut UnixStream, bytes: &[u8]) -> io::Result<usize> {
    stream.write(bytes)
}

/// Who is at the other end of a connection, from the kernel's record of it.
pub mod peer {
    use crate::ipc::UnixStream;

    /// The process at the other end runs as our own user, or as the one with this uid.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Peer {
        Us,
        Other(u32),
    }

    /// `SO_PEERCRED` on Linux.
    #[cfg(target_os = "linux")]
    pub fn of(stream: &UnixStream) -> std::io::Result<Peer> {
        let uid = rustix::net::sockopt::socket_peercred(stream)?.uid.as_raw();
        Ok(compare(uid))
    }

    /// `getpeereid` on macOS.
    #[cfg(target_os = "macos")]
    pub fn of(stream: &UnixStream) -> std::io::Result<Peer> {
        use std::os::fd::AsRawFd;
        let (mut uid, mut gid) = (0, 0);
        // SAFETY: a connected socket we own, and two live integers the call fills in.
        if unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(compare(uid))
    }

    #[cfg(unix)]
    fn compare(uid: u32) -> Peer {
        if uid == crate::paths::user_id() {
            Peer::Us
        } else {
            Peer::Other(uid)
        }
    }

    /// Windows reports no peer credentials on Unix sockets. The socket file lives in the user's
    /// own profile folder, whose access list lets in no other (non-administrator) user, so only
    /// the user can connect, or listen there, in the first place.
    #[cfg(windows)]
    pub fn of(_stream: &UnixStream) -> std::io::Result<Peer> {
        Ok(Peer::Us)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn requests_read_as_one_json_line() {
        let mut input: &[u8] = b"{\"cmd\":\"snooze\",\"secs\":600}\n";
        assert_eq!(
            read_request(&mut input),
            Ok(Request::Snooze { secs: Some(600) })
        );
    }

    #[test]
    fn optional_fields_may_be_left_out() {
        let mut input: &[u8] = b"{\"cmd\":\"stretch\"}\n";
        assert_eq!(read_request(&mut input), Ok(Request::Stretch { id: None }));
    }

    #[test]
    fn an_oversized_request_is_refused() {
        let mut big = vec![b' '; MAX_REQUEST_BYTES + 10];
        big.push(b'\n');
        let error = read_request(&mut big.as_slice()).unwrap_err();
        assert!(error.contains("too large"), "{error}");
    }

    #[test]
    fn a_truncated_request_is_refused() {
        let error = read_request(&mut &b"{\"cmd\":\"status\""[..]).unwrap_err();
        assert!(error.contains("incomplete"), "{error}");
    }

    #[test]
    fn a_window_s_reports_are_read_one_by_one_even_when_they_arrive_together() {
        let started = "{\"cmd\":\"window_started\",\"id\":\"pigeon-pose\",\"pid\":7}\n";
        let ended =
            "{\"cmd\":\"window_ended\",\"id\":\"pigeon-pose\",\"ended\":{\"done\":true,\"held_secs\":9}}\n";
        let both = format!("{started}{ended}");
        let mut reader = RequestReader::new(AtHand(both.as_bytes()));
        assert_eq!(
            reader.next(None),
            Ok(Request::WindowStarted {
                id: "pigeon-pose".into(),
                pid: Some(7),
                waiting: false
            })
        );
        assert!(matches!(
            reader.next(None),
            Ok(Request::WindowEnded {
                ended: Ended { held_secs: 9, .. },
                ..
            })
        ));
        assert_eq!(reader.next(None), Err(ReadError::Closed));
    }

    /// A client that sends `bytes` one every `gap`, from another thread.
    #[cfg(unix)]
    fn trickling(bytes: &'static [u8], gap: Duration) -> UnixStream {
        let (ours, theirs) = UnixStream::pair().unwrap();
        std::thread::spawn(move || {
            let mut theirs = theirs;
            for byte in bytes {
                if theirs.write_all(&[*byte]).is_err() {
                    return;
                }
                std::thread::sleep(gap);
            }
        });
        ours
    }

    #[cfg(unix)]
    #[test]
    fn a_request_must_arrive_whole_before_its_deadline() {
        let slow = trickling(b"{\"cmd\":\"status\"}\n", Duration::from_millis(40));
        let asked = Instant::now();
        let deadline = asked + Duration::from_millis(200);
        let error = RequestReader::new(slow).next(Some(deadline)).unwrap_err();
        assert_eq!(error, too_slow());
        let took = asked.elapsed();
        assert!(
            took >= Duration::from_millis(200) && took < Duration::from_millis(400),
            "gave up after {took:?}"
        );
        // The same bytes in time are a request.
        let quick = trickling(b"{\"cmd\":\"status\"}\n", Duration::ZERO);
        let deadline = Instant::now() + Duration::from_secs(5);
        assert_eq!(
            RequestReader::new(quick).next(Some(deadline)),
            Ok(Request::Status {})
        );
    }

    #[cfg(unix)]
    #[test]
    fn without_a_deadline_a_window_s_end_is_awaited() {
        let window = trickling(
            b"{\"cmd\":\"window_ended\",\"id\":\"x\",\"ended\":{\"done\":false,\"held_secs\":0}}\n",
            Duration::from_millis(5),
        );
        assert!(matches!(
            RequestReader::new(window).next(None),
            Ok(Request::WindowEnded { .. })
        ));
    }

    #[test]
    fn a_window_report_without_sides_still_reads() {
        assert_eq!(
            parse_request(
                br#"{"cmd":"window_ended","id":"pigeon-pose","ended":{"done":true,"held_secs":90}}"#
            ),
            Ok(Request::WindowEnded {
                id: "pigeon-pose".into(),
                ended: Ended {
                    done: true,
                    held_secs: 90,
                    sides_secs: Vec::new()
                }
            })
        );
    }

    #[test]
    fn unknown_commands_and_fields_are_refused() {
        assert!(parse_request(b"{\"cmd\":\"explode\"}").is_err());
        assert!(parse_request(b"{\"cmd\":\"skip\",\"force\":true}").is_err());
        assert!(parse_request(
            br#"{"cmd":"window_ended","id":"x","ended":{"done":true,"held_secs":1,"bonus":9}}"#
        )
        .is_err());
        assert!(parse_request(b"not json").is_err());
    }

    proptest! {
        #[test]
        fn every_request_survives_a_round_trip(secs in proptest::option::of(0u64..1_000_000), id in proptest::option::of("[a-z-]{1,20}")) {
            for request in [
                Request::Status {},
                Request::Stretch { id: id.clone() },
                Request::Snooze { secs },
                Request::Pause { secs, until_tomorrow: false },
                Request::WindowEnded { id: id.clone().unwrap_or_default(), ended: Ended { done: true, held_secs: secs.unwrap_or(0), sides_secs: Vec::new() } },
                Request::WindowEnded { id: id.clone().unwrap_or_default(), ended: Ended { done: false, held_secs: 7, sides_secs: vec![3, 4] } },
            ] {
                let mut line = serde_json::to_vec(&request).unwrap();
                line.push(b'\n');
                prop_assert_eq!(read_request(&mut line.as_slice()), Ok(request));
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic_the_parser(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = read_request(&mut bytes.as_slice());
        }
    }

    #[test]
    fn every_client_error_is_said_in_the_language_spoken() {
        let socket = PathBuf::from("/run/user/1000/limber.sock");
        let system = "connection reset by peer".to_string();
        crate::wording::plain_english::assert_said_through_fluent(
            || {
                [
                    ClientError::NotRunning,
                    ClientError::OtherUser {
                        socket: socket.clone(),
                        uid: 1001,
                    },
                    ClientError::Io(io::Error::other(system.clone())),
                    ClientError::Silent,
                    ClientError::Garbled("{}".into()),
                ]
                .iter()
                .map(ToString::to_string)
                .collect()
            },
            &[socket.display().to_string(), system.clone()],
        );
    }
}
