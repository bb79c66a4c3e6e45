//! The local protocol between the running limber and its clients (the CLI and the timer window).
//!
//! One request per connection: the client writes one JSON object on one line, the daemon answers
//! with one JSON line and closes. A Unix socket in `$XDG_RUNTIME_DIR` (mode 0600, peers of
//! another user refused) keeps it private; Windows 10 and later have Unix sockets too, reached
//! through `uds_windows`, in the user's own temporary folder; requests are capped at [`MAX_REQUEST_BYTES`] so a
//! misbehaving client cannot make the daemon allocate without bound.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;
use std::time::Duration;

/// The socket types: the standard library's on Unix; `uds_windows`' on Windows, where the
/// standard library has none.
#[cfg(unix)]
pub use std::os::unix::net::{UnixListener, UnixStream};
#[cfg(windows)]
pub use uds_windows::{UnixListener, UnixStream};

use serde::{Deserialize, Serialize};

use crate::core::engine::State;
use crate::core::hold::BusyReason;

/// The largest request line the daemon reads.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

/// How long either side waits for the other before giving up.
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
    Quit {},
    /// From a timer window: the user pressed Start on its "ready" screen.
    WindowStarted {
        id: String,
    },
    /// From a timer window: how the stretch ended.
    WindowEnded {
        id: String,
        done: bool,
        held_secs: u64,
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
}

impl Reply {
    pub fn ok(message: impl Into<String>) -> Reply {
        Reply {
            ok: true,
            message: Some(message.into()),
            status: None,
        }
    }

    pub fn error(message: impl Into<String>) -> Reply {
        Reply {
            ok: false,
            message: Some(message.into()),
            status: None,
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
    /// Where idle time comes from, e.g. "x11-screensaver"; "none" while nothing answers.
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
    Io(io::Error),
    /// The daemon answered something that is not a reply.
    Garbled(String),
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::NotRunning => write!(f, "limber is not running (start it with `limber`)"),
            ClientError::Io(error) => write!(f, "could not talk to limber: {error}"),
            ClientError::Garbled(what) => write!(f, "limber answered something unexpected: {what}"),
        }
    }
}

/// Whether something accepts connections at `socket` (a running limber).
pub fn is_listening(socket: &Path) -> bool {
    UnixStream::connect(socket).is_ok()
}

/// Sends one request to the daemon listening at `socket` and waits for its reply.
pub fn call(socket: &Path, request: &Request) -> Result<Reply, ClientError> {
    let mut stream = UnixStream::connect(socket).map_err(|error| match error.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused => ClientError::NotRunning,
        _ => ClientError::Io(error),
    })?;
    stream
        .set_read_timeout(Some(IO_TIMEOUT))
        .map_err(ClientError::Io)?;
    stream
        .set_write_timeout(Some(IO_TIMEOUT))
        .map_err(ClientError::Io)?;
    let mut line = serde_json::to_vec(request).map_err(|e| ClientError::Garbled(e.to_string()))?;
    line.push(b'\n');
    // A daemon that refuses us answers before reading and closes: read that answer anyway.
    if let Err(error) = stream.write_all(&line) {
        if error.kind() != io::ErrorKind::BrokenPipe {
            return Err(ClientError::Io(error));
        }
    }
    let mut answer = String::new();
    BufReader::new(stream.take(MAX_REQUEST_BYTES as u64))
        .read_line(&mut answer)
        .map_err(ClientError::Io)?;
    serde_json::from_str(answer.trim_end())
        .map_err(|_| ClientError::Garbled(answer.trim_end().to_string()))
}

/// Reads one request line from a client, refusing more than [`MAX_REQUEST_BYTES`].
pub fn read_request(stream: &mut impl Read) -> Result<Request, String> {
    let mut line = Vec::new();
    let read = BufReader::new(stream.take(MAX_REQUEST_BYTES as u64 + 1))
        .read_until(b'\n', &mut line)
        .map_err(|error| format!("could not read the request: {error}"))?;
    if read > MAX_REQUEST_BYTES {
        return Err(format!(
            "request too large (the limit is {MAX_REQUEST_BYTES} bytes)"
        ));
    }
    if !line.ends_with(b"\n") {
        return Err("incomplete request: expected one JSON object ending with a newline".into());
    }
    parse_request(&line)
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
    fn unknown_commands_and_fields_are_refused() {
        assert!(parse_request(b"{\"cmd\":\"explode\"}").is_err());
        assert!(parse_request(b"{\"cmd\":\"skip\",\"force\":true}").is_err());
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
                Request::WindowEnded { id: id.clone().unwrap_or_default(), done: true, held_secs: secs.unwrap_or(0) },
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
}
