//! Lock, unlock, sleep and wake on Linux, from logind on the system bus.
//!
//! One thread holds one system-bus connection and blocks on logind's signals, so it costs nothing
//! while nothing happens. A machine without a system bus or without logind (a container, a BSD)
//! is reported once and limber carries on: idle time alone still finds breaks.

use std::thread;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type as MessageType;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};
use zbus::MatchRule;

use crate::daemon::message::{Inbox, Message, SessionEvent};

const LOGIND: &str = "org.freedesktop.login1";
const MANAGER_PATH: &str = "/org/freedesktop/login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";

/// Starts watching logind. Returns whether it is being watched.
pub fn watch(inbox: Inbox) -> bool {
    let connection = match Connection::system() {
        Ok(connection) => connection,
        Err(error) => {
            tracing::warn!(
                "no system bus ({error}); lock and sleep will be noticed as idle time only"
            );
            return false;
        }
    };
    let session = our_session(&connection);
    if session.is_none() {
        tracing::info!("logind knows no session for limber; watching sleep only");
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
