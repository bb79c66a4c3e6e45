//! The tray on Windows (the notification area) and macOS (the menu bar), through `tray-icon` and
//! its menu crate `muda`.
//!
//! Both platforms tie the icon to the thread that runs the operating system's event loop, so the
//! daemon's loop is winit's there (see `event_loop`) and the tray is created once that loop runs.
//! A menu click arrives through muda's one global handler as the id of the item; each time the
//! menu is rebuilt the ids are numbered afresh and mapped to what they ask for.
//!
//! `tray-icon` has no event for a menu about to open, so the view is brought up to date when the
//! pointer enters, moves over or clicks the icon: its event handler asks the loop
//! ([`TrayAction::Looked`]), which calls [`Tray::show`]; the tooltip, the menu and the icon are
//! replaced only if the view changed. A change of state is shown the same way, at once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tray_icon::menu::{
    CheckMenuItem, IsMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem, Submenu,
};
use tray_icon::{Icon, TrayIconBuilder, TrayIconEvent};

use crate::core::clock::Now;

use super::menu::{self, Entry};
use super::view::{self, TrayModel};
use super::{icons, TrayAction, TrayError, TrayIcon, TrayView};

/// The icon's size in pixels: Windows shows 16 px at 100 % and scales down crisply from 32;
/// the macOS menu bar is 18 points high, 36 px on a Retina screen.
#[cfg(windows)]
pub(super) const ICON_SIZE: u32 = 32;
#[cfg(target_os = "macos")]
pub(super) const ICON_SIZE: u32 = 36;

/// Which action each item of the current menu stands for.
type Actions = Arc<Mutex<HashMap<MenuId, TrayAction>>>;

/// The icon in the notification area or menu bar.
pub struct Tray {
    icon: tray_icon::TrayIcon,
    actions: Actions,
    icons: [Icon; 3],
    /// What time it is.
    now: Box<dyn Fn() -> Now>,
    /// The view last drawn, to replace only what changed.
    shown: RefCell<TrayView>,
}

impl Tray {
    /// Adds the icon, reading the time with `now` whenever it is shown. Must run on the event
    /// loop's thread, once the loop has started.
    pub fn start(
        model: TrayModel,
        now: impl Fn() -> Now + Send + Sync + 'static,
        on_action: impl Fn(TrayAction) + Send + Sync + 'static,
    ) -> Result<Tray, TrayError> {
        let view = view::view(&model, &now());
        let icons = [TrayIcon::Idle, TrayIcon::Due, TrayIcon::Paused].map(|state| {
            icons::rgba(state, ICON_SIZE)
                .and_then(|rgba| Icon::from_rgba(rgba, ICON_SIZE, ICON_SIZE).ok())
        });
        let [Some(idle), Some(due), Some(paused)] = icons else {
            return Err(TrayError("the tray icons could not be drawn".into()));
        };
        let actions: Actions = Arc::default();
        let menu = build_menu(&view, &actions)?;
        let icon = TrayIconBuilder::new()
            .with_id("limber")
            .with_tooltip(tooltip(&view))
            .with_icon(idle.clone())
            .with_menu(Box::new(menu))
            .build()
            .map_err(|error| TrayError(format!("cannot add the tray icon: {error}")))?;
        let on_action = Arc::new(on_action);
        let clicked = Arc::clone(&actions);
        let picked = Arc::clone(&on_action);
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            let action = lock(&clicked).get(&event.id).cloned();
            if let Some(action) = action {
                picked(action);
            }
        }));
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if matches!(
                event,
                TrayIconEvent::Enter { .. }
                    | TrayIconEvent::Move { .. }
                    | TrayIconEvent::Click { .. }
            ) {
                on_action(TrayAction::Looked);
            }
        }));
        let tray = Tray {
            icon,
            actions,
            icons: [idle, due, paused],
            now: Box::new(now),
            shown: RefCell::new(view.clone()),
        };
        tray.show_icon(view.icon);
        Ok(tray)
    }

    /// The notification area and the menu bar are always there.
    pub fn is_shown(&self) -> bool {
        true
    }

    /// Shows `model` as of now: the icon, the tooltip and a menu rebuilt from it, each only
    /// if it changed since last drawn.
    pub fn show(&self, model: TrayModel) {
        let view = view::view(&model, &(self.now)());
        let mut shown = self.shown.borrow_mut();
        if *shown == view {
            return;
        }
        if shown.icon != view.icon {
            self.show_icon(view.icon);
        }
        if shown.status_line != view.status_line {
            if let Err(error) = self.icon.set_tooltip(Some(tooltip(&view))) {
                tracing::debug!("could not set the tray tooltip: {error}");
            }
        }
        match build_menu(&view, &self.actions) {
            Ok(menu) => self.icon.set_menu(Some(Box::new(menu))),
            Err(error) => tracing::warn!("{error}"),
        }
        *shown = view;
    }

    fn show_icon(&self, state: TrayIcon) {
        let [idle, due, paused] = &self.icons;
        let icon = match state {
            TrayIcon::Idle => idle,
            TrayIcon::Due => due,
            TrayIcon::Paused => paused,
        };
        if let Err(error) = self.icon.set_icon(Some(icon.clone())) {
            tracing::debug!("could not change the tray icon: {error}");
        }
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        MenuEvent::set_event_handler(None::<fn(MenuEvent)>);
        TrayIconEvent::set_event_handler(None::<fn(TrayIconEvent)>);
    }
}

fn tooltip(view: &TrayView) -> String {
    crate::t!("tray-tooltip", status = view.status_line.as_str())
}

fn lock(actions: &Actions) -> std::sync::MutexGuard<'_, HashMap<MenuId, TrayAction>> {
    actions.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The shared menu model as a muda menu; records which id asks for what.
fn build_menu(view: &TrayView, actions: &Actions) -> Result<Menu, TrayError> {
    let mut ids = HashMap::new();
    let items = menu::entries(view)
        .into_iter()
        .map(|entry| item(entry, &mut ids))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&dyn IsMenuItem> = items.iter().map(AsRef::as_ref).collect();
    let menu = Menu::with_items(&refs).map_err(menu_error)?;
    *lock(actions) = ids;
    Ok(menu)
}

fn item(
    entry: Entry,
    ids: &mut HashMap<MenuId, TrayAction>,
) -> Result<Box<dyn IsMenuItem>, TrayError> {
    Ok(match entry {
        Entry::Label(text) => Box::new(MenuItem::new(text, false, None)),
        Entry::Separator => Box::new(PredefinedMenuItem::separator()),
        Entry::Action { label, action } => {
            Box::new(MenuItem::with_id(register(ids, action), label, true, None))
        }
        Entry::Check {
            label,
            checked,
            action,
        } => Box::new(CheckMenuItem::with_id(
            register(ids, action),
            label,
            true,
            checked,
            None,
        )),
        Entry::Submenu { label, entries } => {
            let children = entries
                .into_iter()
                .map(|entry| item(entry, ids))
                .collect::<Result<Vec<_>, _>>()?;
            let refs: Vec<&dyn IsMenuItem> = children.iter().map(AsRef::as_ref).collect();
            Box::new(Submenu::with_items(label, true, &refs).map_err(menu_error)?)
        }
    })
}

/// A fresh id for an item that asks for `action`.
fn register(ids: &mut HashMap<MenuId, TrayAction>, action: TrayAction) -> MenuId {
    let id = MenuId::new(ids.len().to_string());
    ids.insert(id.clone(), action);
    id
}

fn menu_error(error: tray_icon::menu::Error) -> TrayError {
    TrayError(format!("cannot build the tray menu: {error}"))
}
