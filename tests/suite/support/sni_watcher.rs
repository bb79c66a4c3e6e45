//! A tray host stand-in speaking `org.kde.StatusNotifierWatcher`: it records the items that
//! register, as a panel's watcher would, and says a host is present.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zbus::blocking::Connection;
use zbus::message::Header;
use zbus::object_server::SignalEmitter;

const PATH: &str = "/StatusNotifierWatcher";
const NAME: &str = "org.kde.StatusNotifierWatcher";

/// A registered item: the service it gave, and the bus name that sent the registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub service: String,
    pub sender: String,
}

struct Watcher {
    items: Arc<Mutex<Vec<Item>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    async fn register_status_notifier_item(
        &self,
        service: String,
        #[zbus(header)] header: Header<'_>,
        #[zbus(signal_emitter)] emitter: SignalEmitter<'_>,
    ) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        self.items.lock().unwrap().push(Item {
            service: service.clone(),
            sender,
        });
        let _ = Self::status_notifier_item_registered(&emitter, &service).await;
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items
            .lock()
            .unwrap()
            .iter()
            .map(|i| i.service.clone())
            .collect()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(signal)]
    async fn status_notifier_item_registered(
        emitter: &SignalEmitter<'_>,
        service: &str,
    ) -> zbus::Result<()>;
}

pub struct SniWatcher {
    _connection: Connection,
    items: Arc<Mutex<Vec<Item>>>,
}

impl SniWatcher {
    pub fn start(address: &str) -> SniWatcher {
        let items = Arc::new(Mutex::new(Vec::new()));
        let connection = zbus::blocking::connection::Builder::address(address)
            .expect("address")
            .serve_at(
                PATH,
                Watcher {
                    items: Arc::clone(&items),
                },
            )
            .expect("serve")
            .name(NAME)
            .expect("name")
            .build()
            .expect("start the watcher double");
        SniWatcher {
            _connection: connection,
            items,
        }
    }

    pub fn items(&self) -> Vec<Item> {
        self.items.lock().unwrap().clone()
    }

    /// Waits for the first item to register.
    pub fn wait_for_item(&self, timeout: Duration) -> Option<Item> {
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if let Some(item) = self.items().into_iter().next() {
                return Some(item);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}
