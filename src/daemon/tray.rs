//! The tray icon and its menu, as a StatusNotifierItem with a dbusmenu over D-Bus.
//!
//! This is the protocol KDE Plasma, GNOME (with the AppIndicator extension), wlroots bars and most
//! other panels speak. It needs no GTK and no display connection, so the daemon stays small and
//! starts even before the desktop is up. `ksni` serves it from one worker thread; with no tray
//! host present it waits quietly and registers when one appears.
//!
//! The icon is drawn from the SVG sources in `icons/tray/` at start, at the sizes panels ask for,
//! and kept as pixmaps; the themed name "limber" is offered too, for installed packages.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ksni::blocking::{Handle, TrayMethods};
use ksni::menu::{CheckmarkItem, MenuItem, StandardItem, SubMenu};

use crate::core::schedule::PauseLength;

/// Which of the three icons to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrayIcon {
    Idle,
    Due,
    Paused,
}

/// Everything the tray shows; the loop builds a new one when something changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrayView {
    pub icon: TrayIcon,
    /// The disabled first line of the menu, and the tooltip.
    pub status_line: String,
    /// (id, name) of the stretches for the "Stretch…" submenu.
    pub stretches: Vec<(String, String)>,
    /// Offer "Snooze": a reminder is due or close.
    pub show_snooze: bool,
    pub paused: bool,
    /// Outside working hours: offer "Remind me anyway today".
    pub off_hours: bool,
    /// The "Start at login" check mark.
    pub start_at_login: bool,
}

/// What the user picked from the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrayAction {
    StretchNow,
    Stretch(String),
    Snooze(Duration),
    Pause(PauseLength),
    Resume,
    /// Let reminders through outside working hours for the rest of the day.
    RemindAnywayToday,
    /// Switch starting at login on (true) or off.
    StartAtLogin(bool),
    OpenSettings,
    Quit,
}

/// Snooze choices offered in the menu.
const SNOOZE_CHOICES: [(&str, u64); 3] = [("10 min", 10), ("20 min", 20), ("30 min", 30)];
/// Pause choices offered in the menu (None: until tomorrow).
const PAUSE_CHOICES: [(&str, Option<u64>); 4] = [
    ("30 min", Some(30)),
    ("1 hour", Some(60)),
    ("2 hours", Some(120)),
    ("Until tomorrow", None),
];
/// Pixmap sizes offered to the panel, which picks the closest.
const ICON_SIZES: [u32; 3] = [22, 32, 64];

type OnAction = Arc<dyn Fn(TrayAction) + Send + Sync>;

/// The running tray item.
pub struct Tray {
    handle: Handle<Item>,
    shown: Arc<AtomicBool>,
}

/// Why the tray could not start (no session bus, usually).
#[derive(Debug)]
pub struct TrayError(String);

impl std::fmt::Display for TrayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Tray {
    /// Starts serving the item. A missing tray host is not an error: the item registers when
    /// one appears.
    pub fn start(
        view: TrayView,
        on_action: impl Fn(TrayAction) + Send + Sync + 'static,
    ) -> Result<Tray, TrayError> {
        let shown = Arc::new(AtomicBool::new(true));
        let item = Item {
            view,
            icons: Icons::render(),
            on_action: Arc::new(on_action),
            shown: Arc::clone(&shown),
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

    /// Shows a new view; ksni signals only the properties that changed.
    pub fn update(&self, view: TrayView) {
        self.handle.update(move |item| item.view = view);
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        self.handle.shutdown().wait();
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
            idle: render_svg(include_str!("../../icons/tray/limber-idle.svg")),
            due: render_svg(include_str!("../../icons/tray/limber-due.svg")),
            paused: render_svg(include_str!("../../icons/tray/limber-paused.svg")),
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

/// Renders an SVG at each of [`ICON_SIZES`] as ARGB32 in network byte order, as SNI wants.
fn render_svg(svg: &str) -> Vec<ksni::Icon> {
    let Ok(tree) = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()) else {
        return Vec::new();
    };
    ICON_SIZES
        .iter()
        .filter_map(|&size| {
            let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size)?;
            let scale = size as f32 / tree.size().width().max(tree.size().height());
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::from_scale(scale, scale),
                &mut pixmap.as_mut(),
            );
            let mut data = Vec::with_capacity((size * size * 4) as usize);
            for pixel in pixmap.pixels() {
                // tiny-skia stores premultiplied RGBA; SNI wants straight ARGB.
                let color = pixel.demultiply();
                data.extend_from_slice(&[color.alpha(), color.red(), color.green(), color.blue()]);
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
    view: TrayView,
    icons: Icons,
    on_action: OnAction,
    shown: Arc<AtomicBool>,
}

impl Item {
    fn item(&self, label: &str, action: TrayAction) -> MenuItem<Item> {
        let on_action = Arc::clone(&self.on_action);
        StandardItem {
            label: escape(label),
            activate: Box::new(move |_: &mut Item| on_action(action.clone())),
            ..Default::default()
        }
        .into()
    }

    fn submenu(&self, label: &str, items: Vec<MenuItem<Item>>) -> MenuItem<Item> {
        SubMenu {
            label: escape(label),
            submenu: items,
            ..Default::default()
        }
        .into()
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
        match self.view.icon {
            TrayIcon::Due => ksni::Status::NeedsAttention,
            TrayIcon::Idle | TrayIcon::Paused => ksni::Status::Active,
        }
    }

    fn icon_name(&self) -> String {
        // Only the pixmaps are state-specific; a themed name would hide them on some panels.
        String::new()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.of(self.view.icon)
    }

    fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.of(TrayIcon::Due)
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "limber".into(),
            description: self.view.status_line.clone(),
            ..Default::default()
        }
    }

    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        // Said once per disappearance: reminders still work without a tray.
        if self.shown.swap(false, Ordering::Relaxed) {
            tracing::warn!(
                "no tray host is running ({reason:?}); reminders still work, and the icon appears when a panel with a tray starts"
            );
        }
        true
    }

    fn watcher_online(&self) {
        self.shown.store(true, Ordering::Relaxed);
        tracing::info!("a tray host appeared; the icon is shown");
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        let view = &self.view;
        let mut menu = vec![
            StandardItem {
                label: escape(&view.status_line),
                enabled: false,
                ..Default::default()
            }
            .into(),
            MenuItem::Separator,
            self.item("Stretch now", TrayAction::StretchNow),
            self.submenu(
                "Stretch…",
                view.stretches
                    .iter()
                    .map(|(id, name)| self.item(name, TrayAction::Stretch(id.clone())))
                    .collect(),
            ),
        ];
        if view.show_snooze {
            menu.push(
                self.submenu(
                    "Snooze",
                    SNOOZE_CHOICES
                        .iter()
                        .map(|(label, minutes)| {
                            self.item(label, TrayAction::Snooze(Duration::from_secs(minutes * 60)))
                        })
                        .collect(),
                ),
            );
        }
        if view.paused {
            menu.push(self.item("Resume", TrayAction::Resume));
        } else {
            menu.push(
                self.submenu(
                    "Pause",
                    PAUSE_CHOICES
                        .iter()
                        .map(|(label, minutes)| {
                            let length = match minutes {
                                Some(minutes) => {
                                    PauseLength::For(Duration::from_secs(minutes * 60))
                                }
                                None => PauseLength::UntilTomorrow,
                            };
                            self.item(label, TrayAction::Pause(length))
                        })
                        .collect(),
                ),
            );
        }
        if view.off_hours {
            menu.push(self.item("Remind me anyway today", TrayAction::RemindAnywayToday));
        }
        let on_action = Arc::clone(&self.on_action);
        let start_at_login = view.start_at_login;
        menu.extend([
            MenuItem::Separator,
            CheckmarkItem {
                label: "Start at login".into(),
                checked: start_at_login,
                activate: Box::new(move |_: &mut Item| {
                    on_action(TrayAction::StartAtLogin(!start_at_login))
                }),
                ..Default::default()
            }
            .into(),
            self.item("Open settings", TrayAction::OpenSettings),
            self.item("Quit", TrayAction::Quit),
        ]);
        menu
    }
}
