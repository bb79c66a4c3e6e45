//! Reminder notifications on Linux, over the freedesktop notification protocol.
//!
//! One session-bus connection does everything: `Notify` and `CloseNotification` calls from the
//! loop thread, and one listener thread blocked on `ActionInvoked` / `NotificationClosed` signals.
//! (notify-rust, the usual crate, opens a connection per notification and blocks a thread per
//! wait; that costs threads and wakeups the daemon's budget has no room for.)
//! Answers go through [`OnScreen`], so only the reminder on screen is ever answered. Every call
//! has a time limit, so a server that hangs costs the loop seconds, never the reminders.
//!
//! The server can go away and come back (dunst killed, plasmashell restarted), taking what it
//! showed with it. The listener follows the bus's `NameOwnerChanged` for the server's name: the
//! old server's notifications are forgotten, and when a server appears the loop is told, so a
//! reminder that is due can be shown again. Bodies are escaped for servers that announce
//! `body-markup` (dunst and GNOME do), so a `<` in a stretch's name is shown, not parsed. Each
//! notification carries limber's icon, installed or bundled ([`icon`]).

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use zbus::blocking::connection::Builder;
use zbus::blocking::{fdo::DBusProxy, Connection, MessageIterator};
use zbus::message::{Message, Type as MessageType};
use zbus::zvariant::Value;
use zbus::MatchRule;

use crate::core::catalog::Stretch;
use crate::core::engine::Answer;

use super::icon::NotificationIcon;
use super::{button_answer, NotifyError, OnScreen, SKIP, SNOOZE, START};
use crate::daemon::wording;

/// The longest the loop waits for the notification server to answer a call. Servers answer in
/// milliseconds; one that hangs (or was stopped) would otherwise stop the loop, and with it every
/// reminder, command and signal. Past this the reminder is shown as the timer window instead.
const CALL_TIMEOUT: Duration = Duration::from_secs(3);

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const BUS: &str = "org.freedesktop.DBus";

pub struct Notifier {
    /// Connected on first use, so a session bus that comes up late is still found.
    connection: Option<Connection>,
    on_screen: OnScreen,
    /// Called when a notification server appears.
    on_server_back: Arc<dyn Fn() + Send + Sync>,
    /// Whether the server reads markup in bodies, once asked; forgotten when it changes.
    reads_markup: Arc<Mutex<Option<bool>>>,
    /// The last notice told, which the next one replaces: an editor saving a broken config on
    /// every key leaves one notice on screen, not a pile.
    notice: u32,
    /// limber's icon, found when the first notification is sent.
    icon: Option<NotificationIcon>,
    /// A reminder has said how to reach limber without a tray (once a session is enough).
    told_how_to_reach: bool,
}

impl Notifier {
    /// `on_answer(id, answer)`: the user answered reminder `id`. `on_server_back()`: a
    /// notification server appeared (a new one, or the old one restarted).
    pub fn new(
        on_answer: impl Fn(u32, Answer) + Send + Sync + 'static,
        on_server_back: impl Fn() + Send + Sync + 'static,
    ) -> Notifier {
        Notifier {
            connection: None,
            on_screen: OnScreen::new(on_answer),
            on_server_back: Arc::new(on_server_back),
            reads_markup: Arc::default(),
            notice: 0,
            icon: None,
            told_how_to_reach: false,
        }
    }

    /// Shows the reminder with Start (also a click on the body), Snooze and Skip, replacing any
    /// earlier one. Returns its id. `tray_shown`: a tray host shows limber's icon; without one,
    /// the first reminder of the session also says how to reach limber.
    pub fn show_reminder(
        &mut self,
        stretch: &Stretch,
        sat_for: Duration,
        snooze: Duration,
        quiet: bool,
        tray_shown: bool,
    ) -> Result<u32, NotifyError> {
        self.withdraw();
        let buttons = wording::buttons(snooze);
        // "default" is a click on the notification itself (GNOME shows it as no button).
        let actions = [
            "default",
            &buttons.start,
            START,
            &buttons.start,
            SNOOZE,
            &buttons.snooze,
            SKIP,
            &buttons.skip,
        ];
        let mut body = wording::reminder_body(stretch);
        let tell_how_to_reach = !tray_shown && !self.told_how_to_reach;
        if tell_how_to_reach {
            body.push_str("\n\n");
            body.push_str(&wording::reach_without_tray(on_gnome()));
        }
        // Never expires: the reminder waits for an answer, or is withdrawn on a break.
        // Quiet (low urgency) once it was held as long as allowed: the user may still be busy.
        let urgency = if quiet { 0 } else { 1 };
        let summary = wording::reminder_summary(sat_for);
        let id = self.notify(0, &summary, &body, &actions, urgency, 0)?;
        self.on_screen.showing(id);
        self.told_how_to_reach |= tell_how_to_reach;
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

    /// A one-off notice with no actions, at low urgency (e.g. a config problem), in place of the
    /// last one.
    pub fn tell(&mut self, summary: &str, body: &str) -> Result<(), NotifyError> {
        self.notice = self.notify(self.notice, summary, body, &[], 0, -1)?;
        Ok(())
    }

    /// `Notify`, replacing notification `replaces` (0: none).
    fn notify(
        &mut self,
        replaces: u32,
        summary: &str,
        body: &str,
        actions: &[&str],
        urgency: u8,
        timeout_ms: i32,
    ) -> Result<u32, NotifyError> {
        let body = if self.reads_markup()? {
            escape_markup(body)
        } else {
            body.to_string()
        };
        let icon = self.icon.get_or_insert_with(|| {
            NotificationIcon::find(&crate::paths::data_dirs(), crate::paths::cache_dir())
        });
        let app_icon = icon.app_icon();
        let mut hints: HashMap<&str, Value> = HashMap::new();
        hints.insert("urgency", Value::U8(urgency));
        hints.insert("desktop-entry", Value::from("limber"));
        if let Some(image) = icon.image_path() {
            hints.insert("image-path", Value::from(image));
        }
        let connection = self.connect()?;
        let reply = connection
            .call_method(
                Some(SERVICE),
                PATH,
                Some(SERVICE),
                "Notify",
                &(
                    "limber", replaces, app_icon, summary, body, actions, hints, timeout_ms,
                ),
            )
            .map_err(|error| NotifyError(format!("no notification server answered: {error}")))?;
        reply.body().deserialize::<u32>().map_err(|error| {
            NotifyError(format!("the notification server answered oddly: {error}"))
        })
    }

    fn connect(&mut self) -> Result<&Connection, NotifyError> {
        if self.connection.is_none() {
            let connection = Builder::session()
                .and_then(|builder| builder.method_timeout(CALL_TIMEOUT).build())
                .map_err(|error| NotifyError(format!("no session bus: {error}")))?;
            let listener = Listener {
                on_screen: self.on_screen.clone(),
                on_server_back: Arc::clone(&self.on_server_back),
                reads_markup: Arc::clone(&self.reads_markup),
            };
            listener.start(&connection)?;
            self.connection = Some(connection);
        }
        self.connection
            .as_ref()
            .ok_or_else(|| NotifyError("no session bus".into()))
    }

    /// Whether the server announces `body-markup`, asked once per server. A server that cannot
    /// tell is taken to read plain text; one that does not answer in time would not answer
    /// `Notify` either, so that is an error, and the loop waits once, not twice.
    fn reads_markup(&mut self) -> Result<bool, NotifyError> {
        if let Some(known) = *lock(&self.reads_markup) {
            return Ok(known);
        }
        let connection = self.connect()?;
        let reply = match connection.call_method(
            Some(SERVICE),
            PATH,
            Some(SERVICE),
            "GetCapabilities",
            &(),
        ) {
            Ok(reply) => reply,
            Err(zbus::Error::InputOutput(error)) if error.kind() == io::ErrorKind::TimedOut => {
                return Err(NotifyError(format!(
                    "no notification server answered: {error}"
                )))
            }
            Err(_) => return Ok(false),
        };
        let markup = reply
            .body()
            .deserialize::<Vec<String>>()
            .is_ok_and(|capabilities| capabilities.iter().any(|c| c == "body-markup"));
        *lock(&self.reads_markup) = Some(markup);
        Ok(markup)
    }
}

/// What the listener thread needs: where answers go, and what to do when the server changes.
struct Listener {
    on_screen: OnScreen,
    on_server_back: Arc<dyn Fn() + Send + Sync>,
    reads_markup: Arc<Mutex<Option<bool>>>,
}

impl Listener {
    /// Subscribes to the server's signals and to changes of who owns its name, and starts the
    /// one thread that waits for them.
    fn start(self, connection: &Connection) -> Result<(), NotifyError> {
        let failed = |error: zbus::Error| NotifyError(error.to_string());
        let answers = MatchRule::builder()
            .msg_type(MessageType::Signal)
            .interface(SERVICE)
            .and_then(|builder| builder.path(PATH))
            .map_err(failed)?
            .build();
        let owners = MatchRule::builder()
            .msg_type(MessageType::Signal)
            .sender(BUS)
            .and_then(|builder| builder.member("NameOwnerChanged"))
            .and_then(|builder| builder.arg(0, SERVICE))
            .map_err(failed)?
            .build();
        // Every message on this connection comes through one iterator; the rules decide which
        // signals the bus sends it.
        let messages = MessageIterator::from(connection);
        let bus = DBusProxy::new(connection).map_err(failed)?;
        for rule in [answers, owners] {
            bus.add_match_rule(rule)
                .map_err(|error| NotifyError(error.to_string()))?;
        }
        thread::Builder::new()
            .name("notifications".into())
            .spawn(move || {
                for message in messages.flatten() {
                    self.heard(&message);
                }
            })
            .map(drop)
            .map_err(|error| NotifyError(error.to_string()))
    }

    fn heard(&self, message: &Message) {
        let header = message.header();
        if header.message_type() != MessageType::Signal {
            return;
        }
        let interface = header.interface().map(|i| i.as_str());
        let body = message.body();
        match (interface, header.member().map(|m| m.as_str())) {
            (Some(SERVICE), Some("ActionInvoked")) => {
                if let Ok((id, key)) = body.deserialize::<(u32, String)>() {
                    if let Some(answer) = action_answer(&key) {
                        self.on_screen.answer(id, answer);
                    }
                }
            }
            (Some(SERVICE), Some("NotificationClosed")) => {
                if let Ok((id, reason)) = body.deserialize::<(u32, u32)>() {
                    self.on_screen.answer(id, closed_answer(reason));
                }
            }
            (Some(BUS), Some("NameOwnerChanged"))
                if header.sender().is_some_and(|sender| sender.as_str() == BUS) =>
            {
                if let Ok((name, _old, new)) = body.deserialize::<(String, String, String)>() {
                    if name == SERVICE {
                        self.server_changed(!new.is_empty());
                    }
                }
            }
            _ => {}
        }
    }

    /// The server went away, or another took its name: what the old one showed is gone.
    fn server_changed(&self, appeared: bool) {
        self.on_screen.clear();
        *lock(&self.reads_markup) = None;
        if appeared {
            tracing::info!("a notification server appeared");
            (self.on_server_back)();
        } else {
            tracing::info!("the notification server went away");
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Text made safe for a server that reads markup in bodies: `&`, `<` and `>` as entities.
fn escape_markup(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Whether the desktop is GNOME (`XDG_CURRENT_DESKTOP` names it, alone or as in
/// `ubuntu:GNOME`), where only the AppIndicator extension shows tray icons.
fn on_gnome() -> bool {
    std::env::var("XDG_CURRENT_DESKTOP")
        .is_ok_and(|desktops| desktops.split(':').any(|desktop| desktop == "GNOME"))
}

/// What a `NotificationClosed` reason means: 2 is the user closing it; 1 (expired), 3 (closed by
/// a call) and 4 (undefined) are the notification going away by itself.
fn closed_answer(reason: u32) -> Answer {
    const DISMISSED_BY_THE_USER: u32 = 2;
    if reason == DISMISSED_BY_THE_USER {
        Answer::Dismissed
    } else {
        Answer::Vanished
    }
}

fn action_answer(key: &str) -> Option<Answer> {
    match key {
        "default" => Some(Answer::Start),
        button => button_answer(button),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_close_reason_2_is_the_user_dismissing_it() {
        assert_eq!(closed_answer(2), Answer::Dismissed);
        for reason in [0, 1, 3, 4, 99] {
            assert_eq!(closed_answer(reason), Answer::Vanished, "reason {reason}");
        }
    }

    #[test]
    fn markup_in_a_body_is_shown_as_text() {
        assert_eq!(
            escape_markup(r#"Fold & <img src="x"> it"#),
            r#"Fold &amp; &lt;img src="x"&gt; it"#
        );
        assert_eq!(escape_markup("30 s each side."), "30 s each side.");
    }
}
