//! The little of PulseAudio's native protocol limber speaks, as bytes: packets and "tagstructs".
//! PipeWire's `pipewire-pulse` speaks the same protocol on the same socket, so this reaches both.
//!
//! A packet is a 20-byte descriptor (payload length, channel, two offset words, flags; big-endian)
//! and a payload. Commands and replies travel on the control channel (all ones) as a tagstruct:
//! a sequence of values, each a one-byte tag that says its type (`L` a u32, `t` a string, `P` a
//! property list, ...) followed by its big-endian bytes. A command starts with its number and a
//! tag the reply repeats. Everything read is checked against the bytes received, so a misbehaving
//! server can only produce an error. Sound travels the other way as plain packets on the
//! channel the server gave the playback stream ([`data_packet`]).

use std::io::{Read, Write};

/// The protocol version limber announces; the server answers with its own, and both use the
/// lower. 32 is PulseAudio 12's; every field read here exists from version 22 on.
pub const VERSION: u32 = 32;
/// The oldest server version whose answers this reader knows (source outputs say whether they
/// are paused from version 19, and carry their volume fields from version 22).
pub const OLDEST_VERSION: u32 = 22;

pub const ERROR: u32 = 0;
pub const REPLY: u32 = 2;
pub const CREATE_PLAYBACK_STREAM: u32 = 3;
pub const AUTH: u32 = 8;
pub const SET_CLIENT_NAME: u32 = 9;
pub const DRAIN_PLAYBACK_STREAM: u32 = 12;
pub const GET_SOURCE_INFO_LIST: u32 = 24;
pub const GET_SOURCE_OUTPUT_INFO_LIST: u32 = 32;
/// The server asks for more of a playback stream's sound: its channel and how many bytes.
pub const REQUEST: u32 = 61;
/// The server ended a playback stream (its sink went away).
pub const PLAYBACK_STREAM_KILLED: u32 = 64;
/// 16-bit signed little-endian samples.
pub const SAMPLE_S16LE: u8 = 3;
/// The channel position of a mono stream.
const POSITION_MONO: u8 = 0;
/// A stream's volume as recorded: 100 %.
const VOLUME_NORM: u32 = 0x10000;

/// "No such object": a source that monitors no sink, a stream without an owner.
pub const INVALID_INDEX: u32 = u32::MAX;
/// The channel commands and replies travel on.
const CONTROL: u32 = u32::MAX;
const DESCRIPTOR: usize = 20;
/// Far more than any list of sources and streams takes.
const MAX_PAYLOAD: usize = 4 * 1024 * 1024;

/// A command being written.
pub struct Command(Vec<u8>);

impl Command {
    pub fn new(command: u32, tag: u32) -> Command {
        let mut command_packet = Command(Vec::new());
        command_packet.u32(command).u32(tag);
        command_packet
    }

    pub fn u32(&mut self, value: u32) -> &mut Command {
        self.0.push(b'L');
        self.0.extend_from_slice(&value.to_be_bytes());
        self
    }

    /// Bytes of any kind, e.g. the authentication cookie.
    pub fn arbitrary(&mut self, bytes: &[u8]) -> &mut Command {
        self.0.push(b'x');
        self.0
            .extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        self.0.extend_from_slice(bytes);
        self
    }

    /// A property list of text values (each stored with its terminating zero).
    pub fn proplist(&mut self, properties: &[(&str, &str)]) -> &mut Command {
        self.0.push(b'P');
        for (key, value) in properties {
            self.string(key);
            let mut bytes = value.as_bytes().to_vec();
            bytes.push(0);
            self.u32(bytes.len() as u32).arbitrary(&bytes);
        }
        self.0.push(b'N');
        self
    }

    fn string(&mut self, text: &str) {
        self.0.push(b't');
        self.0.extend_from_slice(text.as_bytes());
        self.0.push(0);
    }

    /// The null string: "the default", where a name is asked for.
    pub fn no_string(&mut self) -> &mut Command {
        self.0.push(b'N');
        self
    }

    pub fn bool(&mut self, value: bool) -> &mut Command {
        self.0.push(if value { b'1' } else { b'0' });
        self
    }

    pub fn u8(&mut self, value: u8) -> &mut Command {
        self.0.extend_from_slice(&[b'B', value]);
        self
    }

    /// A mono sample format at `rate` samples a second, its one channel's position, and its
    /// volume (100 %).
    pub fn mono(&mut self, format: u8, rate: u32) -> &mut Command {
        self.0.extend_from_slice(&[b'a', format, 1]);
        self.0.extend_from_slice(&rate.to_be_bytes());
        self.0.extend_from_slice(&[b'm', 1, POSITION_MONO]);
        self
    }

    /// A mono stream's volume, 100 %.
    pub fn mono_volume(&mut self) -> &mut Command {
        self.0.extend_from_slice(&[b'v', 1]);
        self.0.extend_from_slice(&VOLUME_NORM.to_be_bytes());
        self
    }

    /// The whole packet: descriptor and payload.
    pub fn packet(&self) -> Vec<u8> {
        framed(CONTROL, &self.0)
    }
}

/// Sound for the playback stream on `channel`, written after what came before.
pub fn data_packet(channel: u32, sound: &[u8]) -> Vec<u8> {
    framed(channel, sound)
}

/// A packet: the descriptor (length, channel, no offset, no flags) and the payload.
fn framed(channel: u32, payload: &[u8]) -> Vec<u8> {
    let mut packet = Vec::with_capacity(DESCRIPTOR + payload.len());
    packet.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    packet.extend_from_slice(&channel.to_be_bytes());
    packet.extend_from_slice(&[0; 12]);
    packet.extend_from_slice(payload);
    packet
}

/// Reads packets until one on the control channel comes, and returns its payload.
pub fn read_control_packet(stream: &mut impl Read) -> Result<Vec<u8>, String> {
    loop {
        let mut descriptor = [0u8; DESCRIPTOR];
        stream
            .read_exact(&mut descriptor)
            .map_err(|error| format!("no answer from the sound server: {error}"))?;
        let length =
            u32::from_be_bytes([descriptor[0], descriptor[1], descriptor[2], descriptor[3]])
                as usize;
        let channel =
            u32::from_be_bytes([descriptor[4], descriptor[5], descriptor[6], descriptor[7]]);
        if length > MAX_PAYLOAD {
            return Err(format!("the sound server sent a packet of {length} bytes"));
        }
        let mut payload = vec![0; length];
        stream
            .read_exact(&mut payload)
            .map_err(|error| format!("the sound server's answer broke off: {error}"))?;
        if channel == CONTROL {
            return Ok(payload);
        }
    }
}

/// Sends `command` and reads the answer; [`reply`] then reads it.
pub fn call(stream: &mut (impl Read + Write), command: &Command) -> Result<Vec<u8>, String> {
    stream
        .write_all(&command.packet())
        .map_err(|error| format!("cannot talk to the sound server: {error}"))?;
    read_control_packet(stream)
}

/// The reply in `payload` to the command tagged `tag`: a reader at its first value after the
/// header; a refusal or a reply to something else is an error.
pub fn reply(payload: &[u8], tag: u32) -> Result<Tags<'_>, String> {
    let mut tags = Tags::new(payload);
    let command = tags.u32()?;
    let answered = tags.u32()?;
    if answered != tag {
        return Err(format!(
            "the sound server answered request {answered}, not {tag}"
        ));
    }
    match command {
        REPLY => Ok(tags),
        ERROR => Err(format!("the sound server refused: error {}", tags.u32()?)),
        other => Err(format!(
            "the sound server sent command {other} instead of a reply"
        )),
    }
}

/// A tagstruct being read.
pub struct Tags<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Tags<'a> {
    pub fn new(bytes: &'a [u8]) -> Tags<'a> {
        Tags { bytes, at: 0 }
    }

    pub fn is_done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn take(&mut self, length: usize) -> Result<&'a [u8], String> {
        let bytes = self
            .at
            .checked_add(length)
            .and_then(|end| self.bytes.get(self.at..end))
            .ok_or("the sound server's answer ends in the middle of a value")?;
        self.at += length;
        Ok(bytes)
    }

    fn tag(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn expect(&mut self, wanted: u8) -> Result<(), String> {
        match self.tag()? {
            tag if tag == wanted => Ok(()),
            tag => Err(format!(
                "the sound server sent a value of type '{}' where '{}' belongs",
                tag.escape_ascii(),
                wanted.escape_ascii()
            )),
        }
    }

    fn be_u32(&mut self) -> Result<u32, String> {
        let bytes = self.take(4)?;
        Ok(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        self.expect(b'L')?;
        self.be_u32()
    }

    pub fn u8(&mut self) -> Result<u8, String> {
        self.expect(b'B')?;
        Ok(self.take(1)?[0])
    }

    pub fn bool(&mut self) -> Result<bool, String> {
        match self.tag()? {
            b'1' => Ok(true),
            b'0' => Ok(false),
            tag => Err(format!("expected a boolean, not '{}'", tag.escape_ascii())),
        }
    }

    /// A string, or None for the null string.
    pub fn string(&mut self) -> Result<Option<String>, String> {
        match self.tag()? {
            b'N' => Ok(None),
            b't' => {
                let rest = &self.bytes[self.at..];
                let end = rest
                    .iter()
                    .position(|&b| b == 0)
                    .ok_or("a string without its end")?;
                let text = String::from_utf8_lossy(&rest[..end]).into_owned();
                self.at += end + 1;
                Ok(Some(text))
            }
            tag => Err(format!("expected a string, not '{}'", tag.escape_ascii())),
        }
    }

    /// A property list, as (key, value) pairs with text values' terminating zeros removed.
    pub fn proplist(&mut self) -> Result<Vec<(String, Vec<u8>)>, String> {
        self.expect(b'P')?;
        let mut properties = Vec::new();
        while let Some(key) = self.string()? {
            let length = self.u32()?;
            self.expect(b'x')?;
            let stored = self.be_u32()?;
            if stored != length {
                return Err("a property's two lengths differ".into());
            }
            let value = self.take(length as usize)?;
            properties.push((key, value.strip_suffix(&[0]).unwrap_or(value).to_vec()));
        }
        Ok(properties)
    }

    /// Passes over one value of any type.
    pub fn skip(&mut self) -> Result<(), String> {
        let tag = self
            .bytes
            .get(self.at)
            .copied()
            .ok_or("a value is missing")?;
        match tag {
            b't' | b'N' => self.string().map(drop),
            b'P' => self.proplist().map(drop),
            b'f' => {
                self.at += 1;
                self.u8()?;
                self.proplist().map(drop)
            }
            _ => {
                self.at += 1;
                let length = match tag {
                    b'0' | b'1' => 0,
                    b'B' => 1,
                    b'L' | b'V' => 4,
                    b'R' | b'r' | b'T' | b'U' => 8,
                    b'a' => 6,
                    b'x' => self.be_u32()? as usize,
                    b'm' => usize::from(self.take(1)?[0]),
                    b'v' => usize::from(self.take(1)?[0]) * 4,
                    other => {
                        return Err(format!(
                            "the sound server sent a value of unknown type '{}'",
                            other.escape_ascii()
                        ))
                    }
                };
                self.take(length).map(drop)
            }
        }
    }

    pub fn skip_n(&mut self, count: usize) -> Result<(), String> {
        (0..count).try_for_each(|_| self.skip())
    }
}
