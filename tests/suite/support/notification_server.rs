//! A notification server double speaking `org.freedesktop.Notifications` (spec 1.3, with the `Inhibited` property): it records
//! every `Notify` and `CloseNotification`, and the test can answer as a user would by emitting
//! `ActionInvoked` and `NotificationClosed`. One kind never answers `Notify` or
//! `GetCapabilities`, as a server that hangs (or was stopped with SIGSTOP) would not.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::OwnedValue;

const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";

/// One `Notify` call as received.
#[derive(Clone, Debug)]
pub struct Notified {
    pub id: u32,
    pub app_name: String,
    pub app_icon: String,
    pub summary: String,
    pub body: String,
    /// Pairs of key and label, flattened, as on the wire.
    pub actions: Vec<String>,
    pub urgency: Option<u8>,
    /// The `image-path` hint, if sent.
    pub image_path: Option<String>,
}

#[derive(Default)]
struct Record {
    notified: Vec<Notified>,
}

struct Server {
    record: Arc<Mutex<Record>>,
    /// Do Not Disturb, as spec 1.3's `Inhibited` property reports it.
    inhibited: bool,
    /// What `GetCapabilities` answers.
    capabilities: Vec<String>,
    /// `Notify` is recorded but never answered, nor is `GetCapabilities`.
    hangs: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let id = {
            let mut record = self.record.lock().unwrap();
            // As the spec says: a notification that replaces another keeps its id.
            let id = match replaces_id {
                0 => record.notified.len() as u32 + 1,
                replaced => replaced,
            };
            record.notified.push(Notified {
                id,
                app_name,
                app_icon,
                summary,
                body,
                actions,
                urgency: hints.get("urgency").and_then(|v| u8::try_from(v).ok()),
                image_path: hints
                    .get("image-path")
                    .and_then(|v| String::try_from(v.clone()).ok()),
            });
            id
        };
        if self.hangs {
            std::future::pending::<()>().await;
        }
        id
    }

    async fn close_notification(
        &self,
        id: u32,
        #[zbus(signal_emitter)] emitter: SignalEmitter<'_>,
    ) {
        // Reason 3: closed by a call to CloseNotification.
        let _ = Self::notification_closed(&emitter, id, 3).await;
    }

    async fn get_capabilities(&self) -> Vec<String> {
        if self.hangs {
            std::future::pending::<()>().await;
        }
        self.capabilities.clone()
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "limber-test".into(),
            "limber".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.inhibited
    }

    #[zbus(signal)]
    async fn notification_closed(
        emitter: &SignalEmitter<'_>,
        id: u32,
        reason: u32,
    ) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

/// The running double; it serves until dropped.
pub struct NotificationServer {
    connection: Connection,
    record: Arc<Mutex<Record>>,
}

impl NotificationServer {
    /// A server that shows plain text bodies (no `body-markup`), with actions.
    pub fn start(address: &str) -> NotificationServer {
        NotificationServer::start_with_capabilities(address, &["actions", "body"])
    }

    /// A server announcing `capabilities` (e.g. `body-markup`, as dunst and GNOME do).
    pub fn start_with_capabilities(address: &str, capabilities: &[&str]) -> NotificationServer {
        NotificationServer::serve(address, capabilities, false)
    }

    /// A server that takes every `Notify` and never answers it, nor what it can do.
    pub fn start_hung(address: &str) -> NotificationServer {
        NotificationServer::serve(address, &["actions", "body"], true)
    }

    fn serve(address: &str, capabilities: &[&str], hangs: bool) -> NotificationServer {
        let record = Arc::new(Mutex::new(Record::default()));
        let connection = zbus::blocking::connection::Builder::address(address)
            .expect("address")
            .serve_at(
                PATH,
                Server {
                    record: Arc::clone(&record),
                    inhibited: false,
                    capabilities: capabilities.iter().map(|c| c.to_string()).collect(),
                    hangs,
                },
            )
            .expect("serve")
            .name(INTERFACE)
            .expect("name")
            .build()
            .expect("start the notification server double");
        NotificationServer { connection, record }
    }

    /// Every `Notify` so far, oldest first.
    pub fn notifications(&self) -> Vec<Notified> {
        self.record.lock().unwrap().notified.clone()
    }

    /// The user clicked an action (`"default"` is a click on the body).
    pub fn invoke_action(&self, id: u32, key: &str) {
        self.emit("ActionInvoked", &(id, key));
    }

    /// The notification went away: reason 1 expired, 2 dismissed by the user.
    pub fn close(&self, id: u32, reason: u32) {
        self.emit("NotificationClosed", &(id, reason));
    }

    /// Switches Do Not Disturb on or off, announcing it with PropertiesChanged as servers do.
    pub fn set_do_not_disturb(&self, on: bool) {
        let server = self
            .connection
            .object_server()
            .interface::<_, Server>(PATH)
            .expect("the server object");
        server.get_mut().inhibited = on;
        zbus::block_on(server.get_mut().inhibited_changed(server.signal_emitter()))
            .expect("announce Inhibited");
    }

    fn emit<B: serde::Serialize + zbus::zvariant::DynamicType>(&self, signal: &str, body: &B) {
        self.connection
            .emit_signal(None::<&str>, PATH, INTERFACE, signal, body)
            .expect("emit signal");
    }
}
