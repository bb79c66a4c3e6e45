//! Reads and clicks a tray item's menu over `com.canonical.dbusmenu`, as a panel does.

use std::collections::HashMap;

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedValue, Value};

use super::sni_watcher::Item;

const MENU_PATH: &str = "/MenuBar";
const INTERFACE: &str = "com.canonical.dbusmenu";

/// A layout node on the wire: id, properties, children (each a variant holding a node).
type Node = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// One menu entry.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: i32,
    pub label: String,
    /// A check item's mark: Some(true) ticked, Some(false) not, None for other items.
    pub checked: Option<bool>,
    pub children: Vec<Entry>,
}

pub struct Menu {
    connection: Connection,
    destination: String,
}

impl Menu {
    pub fn of(address: &str, item: &Item) -> Menu {
        let connection = zbus::blocking::connection::Builder::address(address)
            .expect("address")
            .build()
            .expect("connect");
        // Items register a well-known name or a bare path; the sender always reaches them.
        let destination = if item.service.starts_with('/') {
            item.sender.clone()
        } else {
            item.service.clone()
        };
        Menu {
            connection,
            destination,
        }
    }

    /// The menu of the tray item `daemon` registers with `watcher`, waiting up to 10 s for it.
    pub fn of_daemon(
        desktop: &super::desktop::Desktop,
        watcher: &super::sni_watcher::SniWatcher,
        daemon: &super::desktop::Daemon,
    ) -> Menu {
        let item = watcher
            .wait_for_item(std::time::Duration::from_secs(10))
            .unwrap_or_else(|| panic!("no tray item registered; log:\n{}", daemon.log()));
        Menu::of(desktop.bus.address(), &item)
    }

    /// The whole layout, top level first.
    pub fn layout(&self) -> Vec<Entry> {
        let reply = self
            .connection
            .call_method(
                Some(self.destination.as_str()),
                MENU_PATH,
                Some(INTERFACE),
                "GetLayout",
                &(0i32, -1i32, Vec::<String>::new()),
            )
            .expect("GetLayout");
        let (_revision, root): (u32, Node) = reply.body().deserialize().expect("layout");
        root.2.iter().map(entry).collect()
    }

    /// Labels of the top level, in order (separators left out).
    pub fn labels(&self) -> Vec<String> {
        self.layout()
            .into_iter()
            .map(|e| e.label)
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Finds an entry by its path of labels, e.g. `["Pause", "30 min"]`.
    pub fn find(&self, path: &[&str]) -> Option<Entry> {
        let mut entries = self.layout();
        let mut found = None;
        for label in path {
            let entry = entries.into_iter().find(|e| e.label == *label)?;
            entries = entry.children.clone();
            found = Some(entry);
        }
        found
    }

    /// Says the menu is about to open (`AboutToShow` on the root), as a panel does first.
    pub fn about_to_show(&self) {
        self.connection
            .call_method(
                Some(self.destination.as_str()),
                MENU_PATH,
                Some(INTERFACE),
                "AboutToShow",
                &(0i32,),
            )
            .expect("AboutToShow");
    }

    /// The item's tooltip text (its `ToolTip` property's description), read as a panel reads it
    /// when the pointer rests on the icon.
    pub fn tooltip(&self) -> String {
        let reply = self
            .connection
            .call_method(
                Some(self.destination.as_str()),
                "/StatusNotifierItem",
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &("org.kde.StatusNotifierItem", "ToolTip"),
            )
            .expect("ToolTip");
        let value: OwnedValue = reply.body().deserialize().expect("a variant");
        // (icon name, icon pixmaps, title, description)
        type ToolTip = (String, Vec<(i32, i32, Vec<u8>)>, String, String);
        let (_, _, _, description): ToolTip = value.try_into().expect("a tooltip");
        description
    }

    /// Clicks the entry at `path`, as a panel does when the user picks it.
    pub fn click(&self, path: &[&str]) {
        let entry = self
            .find(path)
            .unwrap_or_else(|| panic!("no menu entry {path:?}"));
        self.connection
            .call_method(
                Some(self.destination.as_str()),
                MENU_PATH,
                Some(INTERFACE),
                "Event",
                &(entry.id, "clicked", Value::from(""), 0u32),
            )
            .expect("Event");
    }
}

fn entry(value: &OwnedValue) -> Entry {
    let (id, properties, children): (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>) = value
        .try_clone()
        .expect("clone")
        .try_into()
        .expect("menu entry");
    let label = properties
        .get("label")
        .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
        .unwrap_or_default()
        .replace("__", "_");
    // dbusmenu: "toggle-state" is 1 for on, 0 for off, on items with a "toggle-type".
    let checked = properties.contains_key("toggle-type").then(|| {
        properties
            .get("toggle-state")
            .and_then(|v| i32::try_from(v).ok())
            == Some(1)
    });
    Entry {
        id,
        label,
        checked,
        children: children.iter().map(entry).collect(),
    }
}
