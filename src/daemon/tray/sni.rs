//! The tray on Linux: a StatusNotifierItem with a dbusmenu, over D-Bus.
//!
//! This is the protocol KDE Plasma, GNOME (with the AppIndicator extension), wlroots bars and most
//! other panels speak. It needs no GTK and no display connection, so the daemon stays small and
//! starts even before the desktop is up. `ksni` serves it from one worker thread; with no tray
//! host present it waits quietly and registers when one appears.
//!
//! The icons are offered as pixmaps at a few sizes (the panel picks the closest); the themed
//! name "limber" is left out on purpose, since it would hide the state-specific pixmaps on some
//! panels.
//!
//! Nothing here runs on a timer. The item holds the [`TrayModel`] of the last change and
//! computes the view when asked: ksni reads the tooltip and the status on each property read,
//! and rebuilds the menu when a host says it is about to show it (dbusmenu `AboutToShow`). A
//! change of state is pushed with [`Tray::show`], which signals only the properties that changed
//! (the icon when the state did). A host that caches the tooltip until a signal shows it as of
//! the last change; the menu's first line is always current.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ksni::blocking::{Handle, TrayMethods};
use ksni::menu::{CheckmarkItem, MenuItem, StandardItem, SubMenu};

use crate::core::clock::Now;

use super::menu::{self, Entry};
use super::view::{self, TrayModel};
use super::{icons, TrayAction, TrayError, TrayIcon, TrayView};

/// Pixmap sizes offered to the panel, which picks the closest.
pub(super) const ICON_SIZES: [u32; 3] = [22, 32, 64];

type OnAction = Arc<dyn Fn(TrayAction) + Send + Sync>;

/// What time it is, on the tray's thread.
type Clock = Box<dyn Fn() -> Now + Send + Sync>;

/// The running tray item. It is served until the process ends, which releases its bus name:
/// shutting it down first makes zbus warn that it "failed to parse NameLost" as the connection
/// closes under it, on every clean exit.
pub struct Tray {
    handle: Handle<Item>,
    shown: Arc<AtomicBool>,
}

impl Tray {
    /// Starts serving the item, reading the time with `now` whenever it is looked at. A
    /// missing tray host is not an error: the item registers when one appears.
    pub fn start(
        model: TrayModel,
        now: impl Fn() -> Now + Send + Sync + 'static,
        on_action: impl Fn(TrayAction) + Send + Sync + 'static,
    ) -> Result<Tray, TrayError> {
        let shown = Arc::new(AtomicBool::new(true));
        let item = Item {
            model,
            now: Box::new(now),
            icons: Icons::render(),
            on_action: Arc::new(on_action),
            shown: Arc::clone(&shown),
            went_said: AtomicBool::new(false),
            came_said: AtomicBool::new(false),
        };
        let handle = item
            .assume_sni_available(true)
            .spawn()
            .map_err(|error| TrayError(error.to_string()))?;
        Ok(Tray { handle, shown })
    }

    /// Whether a tray host shows the icon (false while no StatusNotifierWatcher runs).
    pub fn is_shown(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }

    /// The state changed: ksni compares every property and the menu with what it served, and
    /// signals only what changed.
    pub fn show(&self, model: TrayModel) {
        self.handle.update(move |item| item.model = model);
    }
}

/// The pixmaps of the three states, drawn once.
struct Icons {
    idle: Vec<ksni::Icon>,
    due: Vec<ksni::Icon>,
    paused: Vec<ksni::Icon>,
}

impl Icons {
    fn render() -> Icons {
        Icons {
            idle: pixmaps(TrayIcon::Idle),
            due: pixmaps(TrayIcon::Due),
            paused: pixmaps(TrayIcon::Paused),
        }
    }

    fn of(&self, icon: TrayIcon) -> Vec<ksni::Icon> {
        match icon {
            TrayIcon::Idle => self.idle.clone(),
            TrayIcon::Due => self.due.clone(),
            TrayIcon::Paused => self.paused.clone(),
        }
    }
}

/// `icon` at each of [`ICON_SIZES`] as ARGB32 in network byte order, as SNI wants.
fn pixmaps(icon: TrayIcon) -> Vec<ksni::Icon> {
    ICON_SIZES
        .iter()
        .filter_map(|&size| {
            let mut data = icons::rgba(icon, size)?;
            for pixel in data.chunks_exact_mut(4) {
                pixel.rotate_right(1);
            }
            let side = i32::try_from(size).ok()?;
            Some(ksni::Icon {
                width: side,
                height: side,
                data,
            })
        })
        .collect()
}

struct Item {
    model: TrayModel,
    now: Clock,
    icons: Icons,
    on_action: OnAction,
    shown: Arc<AtomicBool>,
    /// Whether the host's going and coming were logged once already: a panel that crashes and
    /// restarts again and again is worth one warning, then only debug lines.
    went_said: AtomicBool,
    came_said: AtomicBool,
}

impl Item {
    /// The view as of now.
    fn view(&self) -> TrayView {
        view::view(&self.model, &(self.now)())
    }

    /// The icon as of now (cheaper than the whole view: no status line, no menu).
    fn icon(&self) -> TrayIcon {
        view::icon(self.model.standing.status(&(self.now)()).state)
    }

    /// One entry of the shared menu model as a dbusmenu item.
    fn item(&self, entry: Entry) -> MenuItem<Item> {
        let on_action = Arc::clone(&self.on_action);
        match entry {
            Entry::Label(text) => StandardItem {
                label: escape(&text),
                enabled: false,
                ..Default::default()
            }
            .into(),
            Entry::Separator => MenuItem::Separator,
            Entry::Action { label, action } => StandardItem {
                label: escape(&label),
                activate: Box::new(move |_: &mut Item| on_action(action.clone())),
                ..Default::default()
            }
            .into(),
            Entry::Check {
                label,
                checked,
                action,
            } => CheckmarkItem {
                label: escape(&label),
                checked,
                activate: Box::new(move |_: &mut Item| on_action(action.clone())),
                ..Default::default()
            }
            .into(),
            Entry::Submenu { label, entries } => SubMenu {
                label: escape(&label),
                submenu: entries.into_iter().map(|entry| self.item(entry)).collect(),
                ..Default::default()
            }
            .into(),
        }
    }
}

/// dbusmenu treats `_` as an access-key marker; a literal one is written `__`.
fn escape(label: &str) -> String {
    label.replace('_', "__")
}

impl ksni::Tray for Item {
    fn id(&self) -> String {
        "limber".into()
    }

    fn title(&self) -> String {
        "limber".into()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn status(&self) -> ksni::Status {
        match self.icon() {
            TrayIcon::Due => ksni::Status::NeedsAttention,
            TrayIcon::Idle | TrayIcon::Paused => ksni::Status::Active,
        }
    }

    fn icon_name(&self) -> String {
        // Only the pixmaps are state-specific; a themed name would hide them on some panels.
        String::new()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.of(self.icon())
    }

    fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.of(TrayIcon::Due)
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "limber".into(),
            description: view::status_line(&self.model, &(self.now)()),
            ..Default::default()
        }
    }

    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        // Once per disappearance, and a warning only the first time: reminders still work
        // without a tray.
        if self.shown.swap(false, Ordering::Relaxed) {
            // ksni says `No` when the watcher simply went away: nothing more to say then.
            let why = match reason {
                ksni::OfflineReason::Error(error) => format!(" ({error})"),
                _ => String::new(),
            };
            if self.went_said.swap(true, Ordering::Relaxed) {
                tracing::debug!("the tray host went away again{why}");
            } else {
                tracing::warn!(
                    "no tray host is running{why}; reminders still work, and the icon appears when a panel with a tray starts"
                );
            }
        }
        true
    }

    fn watcher_online(&self) {
        self.shown.store(true, Ordering::Relaxed);
        if self.came_said.swap(true, Ordering::Relaxed) {
            tracing::debug!("a tray host appeared again; the icon is shown");
        } else {
            tracing::info!("a tray host appeared; the icon is shown");
        }
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        menu::entries(&self.view())
            .into_iter()
            .map(|entry| self.item(entry))
            .collect()
    }

    /// Said to be implemented, so ksni rebuilds the menu (with the view as of now) and
    /// signals what changed before the host draws it.
    fn menu_about_to_show(&mut self) {}
}
