//! Lock, unlock, sleep and wake on Linux, from logind on the system bus.
//!
//! One thread holds one system-bus connection and blocks on logind's signals, so it costs nothing
//! while nothing happens. A machine without a system bus or without logind (a container, a BSD)
//! is reported once and limber carries on: idle time alone still finds breaks.
//!
//! Not every lock ends with `Unlock`: after `loginctl lock-session`, i3lock and swaylock end
//! without a word to logind. So when the core doubts a lock (someone is at the keyboard),
//! [`ask_whether_locked`] reads the session's `LockedHint` on a thread of its own. GNOME's and
//! KDE's lock screens keep it true while they show, so a hand on the mouse there leaves the lock
//! in place; a locker that never set it leaves it false, and the user counts as back.
//!
//! Every call to logind has a time limit ([`CALL_LIMIT`]): a logind that hangs cannot hold up
//! limber's start or its loop.

use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

use zbus::blocking::{connection, Connection, MessageIterator};
use zbus::message::Type as MessageType;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};
use zbus::MatchRule;

use crate::daemon::message::{Inbox, Message, SessionEvent};

const LOGIND: &str = "org.freedesktop.login1";
const MANAGER_PATH: &str = "/org/freedesktop/login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";

/// The longest limber waits for logind to answer a call.
const CALL_LIMIT: Duration = Duration::from_millis(500);

/// Our session and a connection to ask about it, once logind is watched and knows the session.
static OUR_SESSION: OnceLock<(Connection, OwnedObjectPath)> = OnceLock::new();

/// Starts watching logind. Returns whether it is being watched.
pub fn watch(inbox: Inbox) -> bool {
    let built = connection::Builder::system()
        .and_then(|builder| builder.method_timeout(CALL_LIMIT).build());
    let connection = match built {
        Ok(connection) => connection,
        Err(error) => {
            tracing::warn!(
                "no system bus ({error}); lock and sleep will be noticed as idle time only"
            );
            return false;
        }
    };
    let session = our_session(&connection);
    match &session {
        Some(path) => drop(OUR_SESSION.set((connection.clone(), path.clone()))),
        None => tracing::info!("logind knows no session for limber; watching sleep only"),
    }
    let rule = match MatchRule::builder()
        .msg_type(MessageType::Signal)
        .sender(LOGIND)
        .map(|builder| builder.build())
    {
        Ok(rule) => rule,
        Err(error) => {
            tracing::warn!("cannot watch logind: {error}");
            return false;
        }
    };
    let messages = match MessageIterator::for_match_rule(rule, &connection, Some(16)) {
        Ok(messages) => messages,
        Err(error) => {
            tracing::warn!("cannot watch logind: {error}");
            return false;
        }
    };
    let spawned = thread::Builder::new().name("logind".into()).spawn(move || {
        for message in messages.flatten() {
            let header = message.header();
            let path = header.path().map(|p| p.as_str().to_owned());
            let member = header.member().map(|m| m.as_str().to_owned());
            let event = match (member.as_deref(), path.as_deref()) {
                (Some("PrepareForSleep"), Some(MANAGER_PATH)) => {
                    match message.body().deserialize::<bool>() {
                        Ok(true) => Some(SessionEvent::Sleeping),
                        Ok(false) => Some(SessionEvent::Woke),
                        Err(_) => None,
                    }
                }
                (Some(signal), Some(path)) if is_ours(&session, path) => match signal {
                    "Lock" => Some(SessionEvent::Locked),
                    "Unlock" => Some(SessionEvent::Unlocked),
                    "PropertiesChanged" => locked_hint(&message).map(|locked| {
                        if locked {
                            SessionEvent::Locked
                        } else {
                            SessionEvent::Unlocked
                        }
                    }),
                    _ => None,
                },
                _ => None,
            };
            if let Some(event) = event {
                if inbox.send(Message::Session(event)).is_err() {
                    return;
                }
            }
        }
    });
    spawned.is_ok()
}

/// Asks logind, off the loop's thread, whether our session is still locked, and tells the loop
/// when it is not ([`Message::LockNotHeld`], for the `lock`-th lock it saw). An answer that does
/// not come, or a logind without `LockedHint`, counts as not locked: someone is at the keyboard,
/// and a reminder at a lock screen costs less than none for the rest of the day.
pub fn ask_whether_locked(inbox: Inbox, lock: u64) {
    let Some((connection, session)) = OUR_SESSION.get() else {
        // No session of ours is watched, so no lock came from logind either.
        return;
    };
    let spawned = thread::Builder::new()
        .name("logind-locked".into())
        .spawn(move || {
            let locked = read_locked_hint(connection, session);
            match &locked {
                Ok(true) => {
                    tracing::debug!("logind's LockedHint says the session is still locked");
                    return;
                }
                Ok(false) => tracing::info!(
                    "someone is at the keyboard and logind's LockedHint holds no lock: the \
                     session's locker ended without saying so"
                ),
                Err(problem) => tracing::info!(
                    "someone is at the keyboard and logind's LockedHint cannot be read \
                     ({problem}): taking the session as unlocked"
                ),
            }
            let _ = inbox.send(Message::LockNotHeld { lock });
        });
    if let Err(error) = spawned {
        tracing::warn!("cannot ask logind whether the session is locked: {error}");
    }
}

/// The `LockedHint` property of `session`, read now.
fn read_locked_hint(connection: &Connection, session: &OwnedObjectPath) -> Result<bool, String> {
    let reply = connection
        .call_method(
            Some(LOGIND),
            session.as_str(),
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(SESSION, "LockedHint"),
        )
        .map_err(|error| error.to_string())?;
    let value: OwnedValue = reply
        .body()
        .deserialize()
        .map_err(|error| error.to_string())?;
    bool::try_from(value).map_err(|error| error.to_string())
}

fn is_ours(session: &Option<OwnedObjectPath>, path: &str) -> bool {
    session.as_ref().is_some_and(|ours| ours.as_str() == path)
}

/// The logind session limber runs in: by `XDG_SESSION_ID`, else by our process.
fn our_session(connection: &Connection) -> Option<OwnedObjectPath> {
    let by_id = std::env::var("XDG_SESSION_ID").ok().and_then(|id| {
        connection
            .call_method(
                Some(LOGIND),
                MANAGER_PATH,
                Some(MANAGER),
                "GetSession",
                &(id,),
            )
            .ok()
    });
    let reply = by_id.or_else(|| {
        connection
            .call_method(
                Some(LOGIND),
                MANAGER_PATH,
                Some(MANAGER),
                "GetSessionByPID",
                &(std::process::id(),),
            )
            .ok()
    })?;
    reply.body().deserialize::<OwnedObjectPath>().ok()
}

/// `LockedHint` from a `PropertiesChanged` signal of the session object, if it is in there.
fn locked_hint(message: &zbus::Message) -> Option<bool> {
    let (interface, changed, _invalidated): (
        String,
        std::collections::HashMap<String, OwnedValue>,
        Vec<String>,
    ) = message.body().deserialize().ok()?;
    if interface != SESSION {
        return None;
    }
    changed
        .get("LockedHint")
        .and_then(|value| bool::try_from(value).ok())
}
