//! The recording streams on the user's sound server (PulseAudio, or PipeWire through
//! `pipewire-pulse`), asked over its socket in its own protocol ([`super::pulse_wire`]): four
//! short requests on one connection, about a millisecond, no process started. Bluetooth headsets
//! go through the sound server too, so their microphones are covered.
//!
//! A stream counts as recording when it is not paused ("corked") and does not record a sink's
//! monitor, which is what a visualiser or a recorder of the computer's own sound uses, not a call.
//!
//! The timer window's sound cues go the same way ([`play`]): a connection and a playback stream
//! for one short sound, closed once the server says it has played, so nothing stays open while
//! limber is silent.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use super::pulse_wire::{self, Command, Tags, INVALID_INDEX};
use crate::safe_read;

/// The longest the check waits for the sound server at each step.
const TIMEOUT: Duration = Duration::from_millis(500);
/// PulseAudio's authentication cookie is this long.
const COOKIE_LENGTH: usize = 256;

/// A stream recording from a microphone.
#[derive(Debug, PartialEq, Eq)]
pub struct Recording {
    /// The program recording, as it named itself.
    pub application: String,
}

/// Why the sound server could not say.
#[derive(Debug)]
pub enum Unanswered {
    /// No sound server runs for this user: nothing listens on its socket.
    NoServer,
    /// One runs but the exchange failed.
    Failed(String),
}

/// The streams recording from a microphone now.
pub fn recordings() -> Result<Vec<Recording>, Unanswered> {
    talk(ask)
}

/// Connects to the user's sound server, introduces limber and has `conversation` with it.
fn talk<T>(
    conversation: impl FnOnce(&mut UnixStream, u32) -> Result<T, String>,
) -> Result<T, Unanswered> {
    let path = socket_path().ok_or(Unanswered::NoServer)?;
    let mut stream = UnixStream::connect(&path).map_err(|_| Unanswered::NoServer)?;
    introduce(&mut stream)
        .and_then(|version| conversation(&mut stream, version))
        .map_err(|problem| Unanswered::Failed(format!("{}: {problem}", path.display())))
}

/// Authenticates and names the client; returns the protocol version both sides speak.
fn introduce(stream: &mut UnixStream) -> Result<u32, String> {
    stream
        .set_read_timeout(Some(TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
        .map_err(|error| error.to_string())?;
    let version = authenticate(stream)?;
    let mut name = Command::new(pulse_wire::SET_CLIENT_NAME, 1);
    name.proplist(&[("application.name", "limber")]);
    pulse_wire::reply(&pulse_wire::call(stream, &name)?, 1)?;
    Ok(version)
}

fn ask(stream: &mut UnixStream, version: u32) -> Result<Vec<Recording>, String> {
    let sources = pulse_wire::call(stream, &Command::new(pulse_wire::GET_SOURCE_INFO_LIST, 2))?;
    let monitors = monitor_sources(pulse_wire::reply(&sources, 2)?, version)?;
    let outputs = pulse_wire::call(
        stream,
        &Command::new(pulse_wire::GET_SOURCE_OUTPUT_INFO_LIST, 3),
    )?;
    recording_streams(pulse_wire::reply(&outputs, 3)?, &monitors)
}

/// A short sound: mono, 16-bit signed little-endian samples at `rate` a second.
pub struct Sound<'a> {
    /// What it means, for the sound server's list of streams ("limber: switch sides").
    pub name: &'a str,
    pub rate: u32,
    pub samples: &'a [u8],
}

/// "The server's choice", for a buffer size.
const SERVER_DEFAULT: u32 = u32::MAX;
/// The most sound written in one packet.
const CHUNK: usize = 64 * 1024;

/// Plays `sound` through the user's sound server and returns once it has played: a playback
/// stream in the "event" role (so the desktop's volume for alerts applies), written as the server
/// asks for it, drained, and closed with the connection. Takes about the sound's length: call it
/// off any thread that draws.
pub fn play(sound: &Sound<'_>) -> Result<(), Unanswered> {
    talk(|stream, _version| play_on(stream, sound))
}

fn play_on(stream: &mut UnixStream, sound: &Sound<'_>) -> Result<(), String> {
    let mut create = Command::new(pulse_wire::CREATE_PLAYBACK_STREAM, 2);
    // Format, the default sink, buffer length, not paused; target length, pre-buffering and
    // request size; sync group; volume.
    create
        .mono(pulse_wire::SAMPLE_S16LE, sound.rate)
        .u32(INVALID_INDEX)
        .no_string()
        .u32(SERVER_DEFAULT)
        .bool(false)
        .u32(SERVER_DEFAULT)
        .u32(SERVER_DEFAULT)
        .u32(SERVER_DEFAULT)
        .u32(0)
        .mono_volume();
    // No remapping, no remixing, no fixed format, rate or channels, may move, fixed rate; not
    // muted, no latency adjustment (version 12 and 13).
    for _ in 0..9 {
        create.bool(false);
    }
    create.proplist(&[
        ("media.role", "event"),
        ("media.name", sound.name),
        ("application.name", "limber"),
    ]);
    // Volume not set (the server's for events), no early requests, mute not set, may suspend,
    // need not fail on suspend, absolute volume, no passthrough (versions 14 to 18); no formats
    // beyond the sample format (21).
    for _ in 0..7 {
        create.bool(false);
    }
    create.u8(0);
    let created = pulse_wire::call(stream, &create)?;
    let mut reply = pulse_wire::reply(&created, 2)?;
    let channel = reply.u32()?;
    let _sink_input = reply.u32()?;
    let mut asked = reply.u32()? as usize;
    let mut rest = sound.samples;
    while !rest.is_empty() {
        // Whole samples only.
        let now = rest.len().min(asked).min(CHUNK) & !1;
        if now == 0 {
            if let Heard::Asked(more) = hear(stream, channel, None)? {
                asked += more;
            }
            continue;
        }
        stream
            .write_all(&pulse_wire::data_packet(channel, &rest[..now]))
            .map_err(|error| format!("cannot talk to the sound server: {error}"))?;
        rest = &rest[now..];
        asked -= now;
    }
    // The answer to "drain" comes once the sound has played.
    let length = Duration::from_secs_f64(sound.samples.len() as f64 / 2.0 / f64::from(sound.rate));
    stream
        .set_read_timeout(Some(length + 4 * TIMEOUT))
        .map_err(|error| error.to_string())?;
    let mut drain = Command::new(pulse_wire::DRAIN_PLAYBACK_STREAM, 3);
    drain.u32(channel);
    stream
        .write_all(&drain.packet())
        .map_err(|error| format!("cannot talk to the sound server: {error}"))?;
    while hear(stream, channel, Some(3))? != Heard::Answered {}
    Ok(())
}

/// What the server said while a sound played.
#[derive(Debug, PartialEq, Eq)]
enum Heard {
    /// It asks for this many more bytes.
    Asked(usize),
    /// It answered the request `tag`, yes.
    Answered,
    /// Something else: the stream started, ran short, moved.
    Other,
}

/// The next message for the playback stream on `channel`, or the answer to the request `tag`.
fn hear(stream: &mut UnixStream, channel: u32, tag: Option<u32>) -> Result<Heard, String> {
    let payload = pulse_wire::read_control_packet(stream)?;
    let mut tags = Tags::new(&payload);
    let command = tags.u32()?;
    let answered = tags.u32()?;
    match command {
        pulse_wire::REQUEST if tags.u32()? == channel => Ok(Heard::Asked(tags.u32()? as usize)),
        pulse_wire::PLAYBACK_STREAM_KILLED => Err("the sound server ended the sound".into()),
        pulse_wire::REPLY | pulse_wire::ERROR if Some(answered) == tag => {
            pulse_wire::reply(&payload, answered).map(|_| Heard::Answered)
        }
        _ => Ok(Heard::Other),
    }
}

/// Authenticates with the cookie and our credentials (PulseAudio accepts either; PipeWire needs
/// neither), and returns the protocol version both sides speak.
fn authenticate(stream: &mut UnixStream) -> Result<u32, String> {
    let mut auth = Command::new(pulse_wire::AUTH, 0);
    auth.u32(pulse_wire::VERSION).arbitrary(&cookie());
    send_with_credentials(stream, &auth.packet())?;
    let payload = pulse_wire::read_control_packet(stream)?;
    let server = pulse_wire::reply(&payload, 0)?.u32()? & 0xffff;
    let version = server.min(pulse_wire::VERSION);
    if version < pulse_wire::OLDEST_VERSION {
        return Err(format!(
            "a sound server of protocol version {server} is too old"
        ));
    }
    Ok(version)
}

/// Writes `packet` with our process's credentials attached, which PulseAudio checks against its
/// own user.
fn send_with_credentials(stream: &mut UnixStream, packet: &[u8]) -> Result<(), String> {
    use rustix::net::{sendmsg, SendAncillaryBuffer, SendAncillaryMessage, SendFlags, UCred};
    use std::mem::MaybeUninit;
    let credentials = UCred {
        pid: rustix::process::getpid(),
        uid: rustix::process::getuid(),
        gid: rustix::process::getgid(),
    };
    let mut space = [MaybeUninit::uninit(); rustix::cmsg_space!(ScmCredentials(1))];
    let mut control = SendAncillaryBuffer::new(&mut space);
    control.push(SendAncillaryMessage::ScmCredentials(credentials));
    let sent = sendmsg(
        &*stream,
        &[std::io::IoSlice::new(packet)],
        &mut control,
        SendFlags::NOSIGNAL,
    )
    .map_err(|error| format!("cannot talk to the sound server: {error}"))?;
    // A short write leaves the rest for an ordinary write; the credentials went with the first.
    stream
        .write_all(&packet[sent..])
        .map_err(|error| format!("cannot talk to the sound server: {error}"))
}

/// The sound server's socket: `PULSE_SERVER` when it names a local one, else
/// `$XDG_RUNTIME_DIR/pulse/native`, where both PulseAudio and pipewire-pulse listen.
fn socket_path() -> Option<PathBuf> {
    if let Ok(servers) = std::env::var("PULSE_SERVER") {
        return servers.split_whitespace().find_map(|server| {
            let path = server.strip_prefix("unix:").unwrap_or(server);
            path.starts_with('/').then(|| PathBuf::from(path))
        });
    }
    let runtime = PathBuf::from(std::env::var_os("XDG_RUNTIME_DIR")?);
    Some(runtime.join("pulse").join("native"))
}

/// The cookie PulseAudio shares with the user's programs, or zeros (then the credentials decide).
fn cookie() -> Vec<u8> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")));
    let candidates = std::env::var_os("PULSE_COOKIE")
        .map(PathBuf::from)
        .into_iter()
        .chain(config.map(|config| config.join("pulse").join("cookie")))
        .chain(std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".pulse-cookie")));
    candidates
        .filter_map(|path| safe_read::read(&path, COOKIE_LENGTH as u64).ok().flatten())
        .find(|cookie| cookie.len() == COOKIE_LENGTH)
        .unwrap_or_else(|| vec![0; COOKIE_LENGTH])
}

/// The indexes of the sources that are some sink's monitor, from a source list.
fn monitor_sources(mut tags: Tags<'_>, version: u32) -> Result<Vec<u32>, String> {
    let mut monitors = Vec::new();
    while !tags.is_done() {
        let index = tags.u32()?;
        // Name, description, sample spec, channel map, owner module, volume, mute.
        tags.skip_n(7)?;
        if tags.u32()? != INVALID_INDEX {
            monitors.push(index);
        }
        // Monitored sink's name, latency, driver, flags; properties and configured latency.
        tags.skip_n(6)?;
        if version >= 15 {
            // Base volume, state, volume steps, card.
            tags.skip_n(4)?;
        }
        if version >= 16 {
            let ports = tags.u32()?;
            let fields_per_port = if version >= 24 { 4 } else { 3 };
            for _ in 0..ports {
                tags.skip_n(fields_per_port)?;
            }
            // The active port.
            tags.skip()?;
        }
        if version >= 21 {
            let formats = tags.u8()?;
            tags.skip_n(usize::from(formats))?;
        }
    }
    Ok(monitors)
}

/// The streams of a source-output list that record from a microphone.
fn recording_streams(mut tags: Tags<'_>, monitors: &[u32]) -> Result<Vec<Recording>, String> {
    let mut recordings = Vec::new();
    while !tags.is_done() {
        // Index, name, owner module, client.
        tags.skip_n(4)?;
        let source = tags.u32()?;
        // Sample spec, channel map, two latencies, resampler, driver.
        tags.skip_n(6)?;
        let properties = tags.proplist()?;
        let corked = tags.bool()?;
        // Volume, mute, has volume, volume writable, format.
        tags.skip_n(5)?;
        if corked || monitors.contains(&source) {
            continue;
        }
        let application = properties
            .into_iter()
            .find(|(key, _)| key == "application.name")
            .map_or_else(
                || "a program".to_string(),
                |(_, name)| String::from_utf8_lossy(&name).into_owned(),
            );
        recordings.push(Recording { application });
    }
    Ok(recordings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tagstruct written the way a server writes one, for the readers to read.
    #[derive(Default)]
    struct Reply(Vec<u8>);

    impl Reply {
        fn u32(mut self, value: u32) -> Reply {
            self.0.push(b'L');
            self.0.extend_from_slice(&value.to_be_bytes());
            self
        }
        fn string(mut self, text: Option<&str>) -> Reply {
            match text {
                Some(text) => {
                    self.0.push(b't');
                    self.0.extend_from_slice(text.as_bytes());
                    self.0.push(0);
                }
                None => self.0.push(b'N'),
            }
            self
        }
        fn raw(mut self, bytes: &[u8]) -> Reply {
            self.0.extend_from_slice(bytes);
            self
        }
        fn proplist(mut self, properties: &[(&str, &str)]) -> Reply {
            self.0.push(b'P');
            for (key, value) in properties {
                self = self.string(Some(key));
                let length = value.len() as u32 + 1;
                self = self.u32(length);
                self.0.push(b'x');
                self.0.extend_from_slice(&length.to_be_bytes());
                self.0.extend_from_slice(value.as_bytes());
                self.0.push(0);
            }
            self.0.push(b'N');
            self
        }
        fn boolean(mut self, value: bool) -> Reply {
            self.0.push(if value { b'1' } else { b'0' });
            self
        }
        fn format(self) -> Reply {
            self.raw(b"fB\x01").proplist(&[])
        }
        /// One source output, as PulseAudio 16 writes it at version 32.
        fn source_output(self, source: u32, application: &str, corked: bool) -> Reply {
            self.u32(7)
                .string(Some("Recording"))
                .u32(INVALID_INDEX)
                .u32(3)
                .u32(source)
                .raw(b"a\x03\x01\x00\x00\xbb\x80")
                .raw(b"m\x01\x00")
                .raw(b"U\0\0\0\0\0\0\0\x10")
                .raw(b"U\0\0\0\0\0\0\0\x20")
                .string(None)
                .string(Some("protocol-native.c"))
                .proplist(&[("application.name", application), ("media.role", "phone")])
                .boolean(corked)
                .raw(b"v\x01\x00\x01\x00\x00")
                .boolean(false)
                .boolean(true)
                .boolean(true)
                .format()
        }
        /// One source, with one port, as PulseAudio 16 writes it at version 32.
        fn source(self, index: u32, monitor_of: u32) -> Reply {
            self.u32(index)
                .string(Some("alsa_input.usb"))
                .string(Some("USB microphone"))
                .raw(b"a\x03\x01\x00\x00\xbb\x80")
                .raw(b"m\x01\x00")
                .u32(1)
                .raw(b"v\x01\x00\x01\x00\x00")
                .boolean(false)
                .u32(monitor_of)
                .string(None)
                .raw(b"U\0\0\0\0\0\0\0\x10")
                .string(Some("module-alsa-card.c"))
                .u32(0x2f)
                .proplist(&[("device.class", "sound")])
                .raw(b"U\0\0\0\0\0\0\0\x10")
                .raw(b"V\x00\x01\x00\x00")
                .u32(0)
                .u32(65537)
                .u32(1)
                .u32(1)
                .string(Some("analog-input-mic"))
                .string(Some("Microphone"))
                .u32(8700)
                .u32(2)
                .string(Some("analog-input-mic"))
                .raw(b"B\x01")
                .format()
        }
    }

    #[test]
    fn a_running_stream_from_a_microphone_is_a_recording() {
        let outputs = Reply::default()
            .source_output(1, "Firefox", false)
            .source_output(1, "Paused app", true)
            .source_output(2, "Visualiser", false);
        let recordings = recording_streams(Tags::new(&outputs.0), &[2]).unwrap();
        assert_eq!(
            recordings,
            [Recording {
                application: "Firefox".into()
            }]
        );
    }

    #[test]
    fn monitors_are_told_from_microphones() {
        let sources = Reply::default().source(1, INVALID_INDEX).source(2, 0);
        assert_eq!(monitor_sources(Tags::new(&sources.0), 32), Ok(vec![2]));
    }

    #[test]
    fn no_streams_is_no_recording() {
        assert_eq!(recording_streams(Tags::new(&[]), &[]), Ok(vec![]));
    }

    #[test]
    fn a_broken_answer_is_an_error_not_a_panic() {
        let outputs = Reply::default().source_output(1, "Firefox", false).0;
        for end in 0..outputs.len() {
            assert!(recording_streams(Tags::new(&outputs[..end]), &[]).is_err() || end == 0);
        }
        for at in 0..outputs.len() {
            for value in [0, b'L', b'x', 0xff] {
                let mut bytes = outputs.clone();
                bytes[at] = value;
                let _ = recording_streams(Tags::new(&bytes), &[]);
            }
        }
        let sources = Reply::default().source(1, 0).0;
        for at in 0..sources.len() {
            let mut bytes = sources.clone();
            bytes[at] = 0xff;
            let _ = monitor_sources(Tags::new(&bytes), 32);
        }
    }

    #[test]
    fn a_refusal_is_an_error_naming_the_code() {
        let refused = Reply::default().u32(pulse_wire::ERROR).u32(3).u32(1).0;
        let error = pulse_wire::reply(&refused, 3).err().unwrap();
        assert!(error.contains("error 1"), "{error}");
        let other = Reply::default().u32(pulse_wire::REPLY).u32(9).0;
        assert!(
            pulse_wire::reply(&other, 3).is_err(),
            "an answer to another request"
        );
    }
}
