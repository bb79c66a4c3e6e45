//! Idle time on GNOME (X11 or Wayland), from Mutter's `org.gnome.Mutter.IdleMonitor`.
//!
//! `GetIdletime` reads it on demand. Watched, Mutter does the waiting: an idle watch
//! (`AddIdleWatch`) fires each time idleness reaches the break threshold, and a user-active
//! watch (`AddUserActiveWatch`, one-shot, added after each idle one fires) at the next input;
//! both arrive as `WatchFired` on a connection of the source's own, whose thread blocks until
//! one does. A firing says the idle time by itself (the threshold, or none), so it costs no
//! reading, and the user-active watch is asked for without waiting for an answer
//! (`NO_REPLY_EXPECTED`): its id is not needed, as Mutter sends a watch's firing only to the
//! connection that set it, and this one sets only the idle watch and one user-active watch at a
//! time; so a break costs one message each way and nothing else. Mutter leaving the bus (GNOME
//! Shell restarting) ends the source, and the daemon looks for another; so does a call Mutter
//! leaves unanswered past its time limit (a GNOME Shell that hangs) while setting up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use zbus::blocking::{fdo::DBusProxy, Connection, MessageIterator};
use zbus::message::{Flags, Message, Type as MessageType};
use zbus::MatchRule;

use super::{IdleError, IdleReport, IdleSource, Reporter};

const SERVICE: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
const BUS: &str = "org.freedesktop.DBus";

pub struct MutterIdle {
    connection: Connection,
    /// Set while Mutter reports to this source by itself: how its listener is told to end.
    stopping: Option<Arc<AtomicBool>>,
}

impl MutterIdle {
    /// Connects to the session bus to be sampled.
    pub fn connect() -> Result<MutterIdle, IdleError> {
        let connection = super::linux::session_bus()?;
        let mut source = MutterIdle {
            connection,
            stopping: None,
        };
        source.idle_for()?;
        Ok(source)
    }

    /// Connects and has Mutter tell `report` when the user has been idle for `threshold` and
    /// when input resumes after that.
    pub fn watch(threshold: Duration, report: Reporter) -> Result<MutterIdle, IdleError> {
        let mut source = MutterIdle::connect()?;
        let connection = &source.connection;
        let failed = |error: zbus::Error| IdleError(error.to_string());
        // Listening before the watch is added, so its first firing cannot be missed.
        let messages = MessageIterator::from(connection);
        let bus = DBusProxy::new(connection).map_err(failed)?;
        for rule in [
            MatchRule::builder()
                .msg_type(MessageType::Signal)
                .interface(SERVICE)
                .and_then(|rule| rule.member("WatchFired"))
                .map_err(failed)?
                .build(),
            MatchRule::builder()
                .msg_type(MessageType::Signal)
                .sender(BUS)
                .and_then(|rule| rule.member("NameOwnerChanged"))
                .and_then(|rule| rule.arg(0, SERVICE))
                .map_err(failed)?
                .build(),
        ] {
            bus.add_match_rule(rule)
                .map_err(|error| IdleError(error.to_string()))?;
        }
        let millis = u64::try_from(threshold.as_millis()).unwrap_or(u64::MAX);
        let idle_watch: u32 = call(connection, "AddIdleWatch", &(millis,))?;
        // Whose firings count: the connection that holds Mutter's name now. A new owner means
        // GNOME Shell restarted, which ends the source (NameOwnerChanged) with its watches.
        let mutter = zbus::names::BusName::try_from(SERVICE)
            .map_err(|error| IdleError(error.to_string()))
            .and_then(|name| {
                bus.get_name_owner(name)
                    .map_err(|error| IdleError(error.to_string()))
            })?;
        let stopping = Arc::new(AtomicBool::new(false));
        let listener = Listener {
            connection: connection.clone(),
            threshold,
            idle_watch,
            mutter: mutter.into_inner().to_string(),
            away: false,
            stopping: Arc::clone(&stopping),
            report,
        };
        thread::Builder::new()
            .name("mutter-idle".into())
            .spawn(move || listener.run(messages))
            .map_err(|error| IdleError(error.to_string()))?;
        source.stopping = Some(stopping);
        Ok(source)
    }
}

/// Calls a method of Mutter's idle monitor and reads its one answer.
fn call<B, R>(connection: &Connection, method: &str, body: &B) -> Result<R, IdleError>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    let reply = connection
        .call_method(Some(SERVICE), PATH, Some(SERVICE), method, body)
        .map_err(|error| IdleError(error.to_string()))?;
    reply
        .body()
        .deserialize()
        .map_err(|error| IdleError(error.to_string()))
}

/// Has Mutter fire a one-shot watch at the next input, without waiting for its answer (the
/// watch's id), which nothing needs: a call that cannot fail, as it takes nothing.
fn watch_for_return(connection: &Connection) -> Result<(), IdleError> {
    let failed = |error: zbus::Error| IdleError(error.to_string());
    let message = Message::method_call(PATH, "AddUserActiveWatch")
        .and_then(|call| call.destination(SERVICE))
        .and_then(|call| call.interface(SERVICE))
        .and_then(|call| call.with_flags(Flags::NoReplyExpected))
        .and_then(|call| call.build(&()))
        .map_err(failed)?;
    connection.send(&message).map_err(failed)
}

impl IdleSource for MutterIdle {
    fn name(&self) -> &'static str {
        "gnome-mutter"
    }

    fn reports(&self) -> bool {
        self.stopping.is_some()
    }

    fn idle_for(&mut self) -> Result<Duration, IdleError> {
        call(&self.connection, "GetIdletime", &()).map(Duration::from_millis)
    }
}

impl Drop for MutterIdle {
    /// Closing the connection ends the listener's messages, and with them its thread; Mutter
    /// drops the watches of a connection that leaves.
    fn drop(&mut self) {
        if let Some(stopping) = &self.stopping {
            stopping.store(true, Ordering::Release);
            let _ = self.connection.clone().close();
        }
    }
}

/// The thread that waits for `WatchFired`.
struct Listener {
    connection: Connection,
    /// What the idle watch fires at.
    threshold: Duration,
    idle_watch: u32,
    /// Mutter's unique name on the bus: only its firings are heard.
    mutter: String,
    /// Whether the user is away: the idle watch fired, and the one-shot user-active watch is set
    /// for the next input.
    away: bool,
    stopping: Arc<AtomicBool>,
    report: Reporter,
}

impl Listener {
    fn run(mut self, messages: MessageIterator) {
        for message in messages {
            let outcome = match message {
                Ok(message) => self.heard(&message),
                Err(error) => Err(IdleError(error.to_string())),
            };
            if self.stopping.load(Ordering::Acquire) {
                return;
            }
            if let Err(error) = outcome {
                (self.report)(IdleReport::Lost(error));
                return;
            }
        }
        // The connection closed: the source was dropped, or the bus went away.
        if !self.stopping.load(Ordering::Acquire) {
            (self.report)(IdleReport::Lost(IdleError(
                "the session bus went away".into(),
            )));
        }
    }

    /// Handles one message; an error ends the source.
    fn heard(&mut self, message: &Message) -> Result<(), IdleError> {
        let header = message.header();
        if header.message_type() != MessageType::Signal {
            return Ok(());
        }
        match header.member().map(|member| member.as_str()) {
            Some("WatchFired") => {
                if header.sender().map(|sender| sender.as_str()) != Some(self.mutter.as_str()) {
                    return Ok(());
                }
                let Ok(id) = message.body().deserialize::<u32>() else {
                    return Ok(());
                };
                let idle_for = if id == self.idle_watch {
                    watch_for_return(&self.connection)?;
                    self.away = true;
                    self.threshold
                } else if self.away {
                    // The only other watch of this connection's: the user-active one.
                    self.away = false;
                    Duration::ZERO
                } else {
                    return Ok(());
                };
                (self.report)(IdleReport::IdleFor(idle_for));
                Ok(())
            }
            Some("NameOwnerChanged") => {
                let (_, _, new_owner) = message
                    .body()
                    .deserialize::<(String, String, String)>()
                    .unwrap_or_default();
                if new_owner.is_empty() {
                    Err(IdleError("Mutter left the session bus".into()))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }
}
