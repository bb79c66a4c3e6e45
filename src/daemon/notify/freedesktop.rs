//! Reminder notifications on Linux, over the freedesktop notification protocol.
//!
//! One session-bus connection does everything: `Notify` and `CloseNotification` calls from the
//! loop thread, and one listener thread blocked on `ActionInvoked` / `NotificationClosed` signals.
//! (notify-rust, the usual crate, opens a connection per notification and blocks a thread per
//! wait; that costs threads and wakeups the daemon's budget has no room for.)
//! Answers go through [`OnScreen`], so only the reminder on screen is ever answered.

use std::collections::HashMap;
use std::thread;
use std::time::Duration;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type as MessageType;
use zbus::zvariant::Value;
use zbus::MatchRule;

use crate::core::catalog::Stretch;
use crate::core::engine::Answer;

use super::{button_answer, NotifyError, OnScreen, SKIP, SNOOZE, START};
use crate::daemon::wording;

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

pub struct Notifier {
    /// Connected on first use, so a session bus that comes up late is still found.
    connection: Option<Connection>,
    on_screen: OnScreen,
}

impl Notifier {
    pub fn new(on_answer: impl Fn(u32, Answer) + Send + Sync + 'static) -> Notifier {
        Notifier {
            connection: None,
            on_screen: OnScreen::new(on_answer),
        }
    }

    /// Shows the reminder with Start (also a click on the body), Snooze and Skip, replacing any
    /// earlier one. Returns its id.
    pub fn show_reminder(
        &mut self,
        stretch: &Stretch,
        sat_for: Duration,
        snooze: Duration,
        quiet: bool,
    ) -> Result<u32, NotifyError> {
        self.withdraw();
        let snooze_label = wording::snooze_label(snooze);
        // "default" is a click on the notification itself (GNOME shows it as no button).
        let actions = [
            "default",
            "Start",
            START,
            "Start",
            SNOOZE,
            &snooze_label,
            SKIP,
            "Skip",
        ];
        let body = wording::reminder_body(stretch);
        // Never expires: the reminder waits for an answer, or is withdrawn on a break.
        // Quiet (low urgency) once it was held as long as allowed: the user may still be busy.
        let urgency = if quiet { 0 } else { 1 };
        let summary = wording::reminder_summary(sat_for);
        let id = self.notify(&summary, &body, &actions, urgency, 0)?;
        self.on_screen.showing(id);
        Ok(id)
    }

    /// Takes the reminder off the screen, if one is showing.
    pub fn withdraw(&mut self) {
        let Some(id) = self.on_screen.clear() else {
            return;
        };
        if let Some(connection) = &self.connection {
            let _ = connection.call_method(
                Some(SERVICE),
                PATH,
                Some(SERVICE),
                "CloseNotification",
                &(id,),
            );
        }
    }

    /// A one-off notice with no actions, at low urgency (e.g. a config problem).
    pub fn tell(&mut self, summary: &str, body: &str) -> Result<(), NotifyError> {
        self.notify(summary, body, &[], 0, -1).map(drop)
    }

    fn notify(
        &mut self,
        summary: &str,
        body: &str,
        actions: &[&str],
        urgency: u8,
        timeout_ms: i32,
    ) -> Result<u32, NotifyError> {
        let connection = self.connect()?;
        let mut hints: HashMap<&str, Value> = HashMap::new();
        hints.insert("urgency", Value::U8(urgency));
        hints.insert("desktop-entry", Value::from("limber"));
        let reply = connection
            .call_method(
                Some(SERVICE),
                PATH,
                Some(SERVICE),
                "Notify",
                &(
                    "limber", 0u32, "limber", summary, body, actions, hints, timeout_ms,
                ),
            )
            .map_err(|error| NotifyError(format!("no notification server answered: {error}")))?;
        reply.body().deserialize::<u32>().map_err(|error| {
            NotifyError(format!("the notification server answered oddly: {error}"))
        })
    }

    fn connect(&mut self) -> Result<&Connection, NotifyError> {
        if self.connection.is_none() {
            let connection = Connection::session()
                .map_err(|error| NotifyError(format!("no session bus: {error}")))?;
            listen(&connection, self.on_screen.clone())?;
            self.connection = Some(connection);
        }
        self.connection
            .as_ref()
            .ok_or_else(|| NotifyError("no session bus".into()))
    }
}

/// Starts the one listener thread, which passes every answer to `on_screen`.
fn listen(connection: &Connection, on_screen: OnScreen) -> Result<(), NotifyError> {
    let rule = MatchRule::builder()
        .msg_type(MessageType::Signal)
        .interface(SERVICE)
        .and_then(|builder| builder.path(PATH))
        .map(|builder| builder.build())
        .map_err(|error| NotifyError(error.to_string()))?;
    let signals = MessageIterator::for_match_rule(rule, connection, Some(8))
        .map_err(|error| NotifyError(error.to_string()))?;
    thread::Builder::new()
        .name("notifications".into())
        .spawn(move || {
            for message in signals.flatten() {
                let header = message.header();
                let answer = match header.member().map(|m| m.as_str()) {
                    Some("ActionInvoked") => match message.body().deserialize::<(u32, String)>() {
                        Ok((id, key)) => action_answer(&key).map(|answer| (id, answer)),
                        Err(_) => None,
                    },
                    Some("NotificationClosed") => {
                        match message.body().deserialize::<(u32, u32)>() {
                            Ok((id, _reason)) => Some((id, Answer::Dismissed)),
                            Err(_) => None,
                        }
                    }
                    _ => None,
                };
                if let Some((id, answer)) = answer {
                    on_screen.answer(id, answer);
                }
            }
        })
        .map(drop)
        .map_err(|error| NotifyError(error.to_string()))
}

fn action_answer(key: &str) -> Option<Answer> {
    match key {
        "default" => Some(Answer::Start),
        button => button_answer(button),
    }
}
