//! The tray's menu ([`menu::entries`]) drawn a second way: as pages of buttons, with the keyboard
//! as able as the pointer. Pure data and decisions, tested without a window.
//!
//! The first page holds every entry of the menu but its first line, the status line, which the
//! window shows above the buttons. A submenu (Stretch…, Snooze, Pause) is a button that opens a
//! page of its own, ending with Back. Separators become gaps. Keys: Tab and Down move the focus
//! forward, Shift+Tab and Up back, Home and End to the ends; Enter or Space presses the focused
//! button (Right too, on one that opens a page); Escape, Left or Backspace go back a page, and on
//! the first page Escape closes the window. In a right-to-left language Left and Right swap: the
//! arrow pointing onward in reading order opens a page.

use crate::daemon::tray::menu::Entry;
use crate::daemon::tray::TrayAction;

/// What a button does when pressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Does {
    /// What the tray's menu item does.
    Pick(TrayAction),
    /// Opens the submenu with this label.
    Open(String),
    /// Back to the first page.
    Back,
}

/// One button of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub does: Does,
    /// A switch (Start at login): whether it is on.
    pub checked: Option<bool>,
    /// The page's main action, drawn in the accent colour (Stretch now).
    pub primary: bool,
}

/// A row of a page, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Button(Button),
    /// Space between groups, where the menu has a separator.
    Gap,
}

/// A key, as the pages understand it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Next,
    Previous,
    First,
    Last,
    /// Enter or Space.
    Press,
    /// Right: opens a submenu, and does nothing on other buttons.
    Into,
    /// Left or Backspace: back a page, never closing the window.
    Back,
    Escape,
}

/// What a key or a click comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed.
    Nothing,
    /// The focus moved, or another page opened.
    Moved,
    /// Do what the tray's item does.
    Pick(TrayAction),
    /// Close the window.
    Close,
}

/// The menu as pages, which one is open, and which button has the focus.
#[derive(Clone, Debug)]
pub struct Pages {
    entries: Vec<Entry>,
    /// The submenu shown, by its label; None: the first page.
    open: Option<String>,
    /// The focused button of the page shown, counting buttons only.
    focus: usize,
}

impl Pages {
    /// The pages of `entries`, on the first page, the focus on its first button.
    pub fn new(entries: Vec<Entry>) -> Pages {
        Pages {
            entries,
            open: None,
            focus: 0,
        }
    }

    /// The first page and every page a button on it opens: every page the window can show.
    pub fn every_page(&self) -> Vec<Pages> {
        let mut first = self.clone();
        first.back();
        let mut pages = vec![first.clone()];
        for (index, button) in first.buttons().iter().enumerate() {
            if matches!(button.does, Does::Open(_)) {
                let mut page = first.clone();
                page.press(index);
                pages.push(page);
            }
        }
        pages
    }

    /// The menu changed (limber answered anew): the same page stays open if it still exists,
    /// and the focus stays on the button with the same label; if that went, on the button that
    /// came in its stead (Resume for Pause), else as near its place as there is one.
    pub fn update(&mut self, entries: Vec<Entry>) {
        let before: Vec<String> = self.buttons().into_iter().map(|b| b.label).collect();
        let focused = before.get(self.focus).cloned();
        self.entries = entries;
        if self
            .open
            .as_ref()
            .is_some_and(|open| self.submenu(open).is_none())
        {
            self.open = None;
        }
        let after: Vec<String> = self.buttons().into_iter().map(|b| b.label).collect();
        let same = focused.and_then(|label| after.iter().position(|l| *l == label));
        let instead = after
            .iter()
            .enumerate()
            .filter(|(_, label)| !before.contains(label))
            .min_by_key(|(index, _)| index.abs_diff(self.focus))
            .map(|(index, _)| index);
        self.focus = same
            .or(instead)
            .unwrap_or(self.focus.min(after.len().saturating_sub(1)));
    }

    /// The title of the page shown: the submenu's label, or None on the first page.
    pub fn title(&self) -> Option<&str> {
        self.open.as_deref()
    }

    /// The rows of the page shown.
    pub fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        match &self.open {
            None => {
                for entry in &self.entries {
                    match entry {
                        Entry::Label(_) => {}
                        Entry::Separator => rows.push(Row::Gap),
                        other => rows.extend(button(other).map(Row::Button)),
                    }
                }
            }
            Some(open) => {
                let entries = self.submenu(open).unwrap_or_default();
                rows.extend(entries.iter().filter_map(button).map(Row::Button));
                rows.push(Row::Gap);
                rows.push(Row::Button(Button {
                    label: crate::t!("window-control-back"),
                    does: Does::Back,
                    checked: None,
                    primary: false,
                }));
            }
        }
        tidy(rows)
    }

    /// The buttons of the page shown, in order.
    pub fn buttons(&self) -> Vec<Button> {
        self.rows()
            .into_iter()
            .filter_map(|row| match row {
                Row::Button(button) => Some(button),
                Row::Gap => None,
            })
            .collect()
    }

    pub fn focus(&self) -> usize {
        self.focus
    }

    pub fn focused(&self) -> Option<Button> {
        self.buttons().into_iter().nth(self.focus)
    }

    /// Puts the focus on button `index` (a screen reader asked), if the page has it.
    pub fn set_focus(&mut self, index: usize) {
        if index < self.buttons().len() {
            self.focus = index;
        }
    }

    pub fn key(&mut self, key: Key) -> Outcome {
        let count = self.buttons().len();
        if count == 0 {
            return match key {
                Key::Escape => Outcome::Close,
                _ => Outcome::Nothing,
            };
        }
        let focus = match key {
            Key::Next => (self.focus + 1) % count,
            Key::Previous => (self.focus + count - 1) % count,
            Key::First => 0,
            Key::Last => count - 1,
            Key::Press => return self.press(self.focus),
            Key::Into => {
                return match self.focused().map(|button| button.does) {
                    Some(Does::Open(_)) => self.press(self.focus),
                    _ => Outcome::Nothing,
                }
            }
            Key::Back if self.open.is_some() => return self.back(),
            Key::Back => return Outcome::Nothing,
            Key::Escape if self.open.is_some() => return self.back(),
            Key::Escape => return Outcome::Close,
        };
        if focus == self.focus {
            return Outcome::Nothing;
        }
        self.focus = focus;
        Outcome::Moved
    }

    /// Presses button `index` of the page shown (a click, or Enter on the focused one).
    pub fn press(&mut self, index: usize) -> Outcome {
        let Some(button) = self.buttons().into_iter().nth(index) else {
            return Outcome::Nothing;
        };
        self.focus = index;
        match button.does {
            Does::Pick(action) => Outcome::Pick(action),
            Does::Open(label) => {
                self.open = Some(label);
                self.focus = 0;
                Outcome::Moved
            }
            Does::Back => self.back(),
        }
    }

    /// Back to the first page, the focus on the submenu just left.
    pub fn back(&mut self) -> Outcome {
        let Some(left) = self.open.take() else {
            return Outcome::Nothing;
        };
        self.focus = self
            .buttons()
            .iter()
            .position(|button| button.does == Does::Open(left.clone()))
            .unwrap_or(0);
        Outcome::Moved
    }

    fn submenu(&self, label: &str) -> Option<Vec<Entry>> {
        self.entries.iter().find_map(|entry| match entry {
            Entry::Submenu {
                label: this,
                entries,
            } if this == label => Some(entries.clone()),
            _ => None,
        })
    }
}

/// The button an entry becomes, if it is one.
fn button(entry: &Entry) -> Option<Button> {
    let plain = |label: &str, does| Button {
        label: label.to_string(),
        does,
        checked: None,
        primary: false,
    };
    match entry {
        Entry::Action { label, action } => Some(Button {
            primary: *action == TrayAction::StretchNow,
            ..plain(label, Does::Pick(action.clone()))
        }),
        Entry::Check {
            label,
            checked,
            action,
        } => Some(Button {
            checked: Some(*checked),
            ..plain(label, Does::Pick(action.clone()))
        }),
        Entry::Submenu { label, .. } => Some(plain(label, Does::Open(label.clone()))),
        Entry::Label(_) | Entry::Separator => None,
    }
}

/// Rows without a gap at either end or two in a row.
fn tidy(rows: Vec<Row>) -> Vec<Row> {
    let mut tidied: Vec<Row> = Vec::with_capacity(rows.len());
    for row in rows {
        let gap_after_gap = row == Row::Gap && matches!(tidied.last(), None | Some(Row::Gap));
        if !gap_after_gap {
            tidied.push(row);
        }
    }
    if tidied.last() == Some(&Row::Gap) {
        tidied.pop();
    }
    tidied
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::core::schedule::PauseLength;
    use crate::daemon::tray::menu::entries;
    use crate::daemon::tray::{TrayIcon, TrayView};

    fn view() -> TrayView {
        TrayView {
            icon: TrayIcon::Idle,
            status_line: "Sitting 42 min · next stretch in 18 min".into(),
            stretches: vec![
                ("pigeon".into(), "Pigeon pose (on the floor)".into()),
                ("fold".into(), "Standing forward fold (standing)".into()),
            ],
            show_snooze: true,
            paused: false,
            off_hours: false,
            start_at_login: false,
        }
    }

    fn labels(pages: &Pages) -> Vec<String> {
        pages
            .rows()
            .iter()
            .map(|row| match row {
                Row::Button(button) => button.label.clone(),
                Row::Gap => "---".into(),
            })
            .collect()
    }

    #[test]
    fn the_first_page_is_the_tray_menu_without_its_status_line() {
        let pages = Pages::new(entries(&view()));
        assert_eq!(
            labels(&pages),
            [
                "Stretch now",
                "Stretch…",
                "Snooze",
                "Pause",
                "---",
                "Your week…",
                "Start at login",
                "Open settings",
                "Quit"
            ]
        );
        let buttons = pages.buttons();
        assert!(buttons[0].primary && !buttons[1].primary);
        assert_eq!(buttons[5].checked, Some(false));
        assert_eq!(buttons[5].does, Does::Pick(TrayAction::StartAtLogin(true)));
        assert_eq!(pages.focus(), 0);
    }

    #[test]
    fn every_menu_item_can_be_reached_and_pressed_with_the_keyboard_alone() {
        // Walk every button of every page with Tab and Enter, going back with Escape: each
        // of the menu's actions is picked once.
        let menu = entries(&view());
        let mut pages = Pages::new(menu.clone());
        let mut picked = Vec::new();
        let first_page = pages.buttons().len();
        for index in 0..first_page {
            if index > 0 {
                assert_eq!(pages.key(Key::Next), Outcome::Moved);
            }
            match pages.key(Key::Press) {
                Outcome::Pick(action) => picked.push(action),
                Outcome::Moved => {
                    let inside = pages.buttons().len();
                    for inner in 0..inside - 1 {
                        if inner > 0 {
                            pages.key(Key::Next);
                        }
                        match pages.key(Key::Press) {
                            Outcome::Pick(action) => picked.push(action),
                            other => panic!("{other:?}"),
                        }
                    }
                    assert_eq!(pages.key(Key::Escape), Outcome::Moved);
                    assert_eq!(pages.title(), None);
                    assert_eq!(pages.focus(), index, "back on the submenu just left");
                }
                other => panic!("{other:?}"),
            }
        }
        let mut expected = Vec::new();
        fn collect(entries: &[Entry], into: &mut Vec<TrayAction>) {
            for entry in entries {
                match entry {
                    Entry::Action { action, .. } | Entry::Check { action, .. } => {
                        into.push(action.clone())
                    }
                    Entry::Submenu { entries, .. } => collect(entries, into),
                    _ => {}
                }
            }
        }
        collect(&menu, &mut expected);
        assert_eq!(picked, expected);
        assert_eq!(pages.key(Key::Escape), Outcome::Close);
    }

    #[test]
    fn a_submenu_is_a_page_ending_with_back() {
        let mut pages = Pages::new(entries(&view()));
        pages.key(Key::Last);
        pages.set_focus(3);
        assert_eq!(pages.key(Key::Into), Outcome::Moved);
        assert_eq!(pages.title(), Some("Pause"));
        assert_eq!(
            labels(&pages),
            [
                "30 min",
                "1 hour",
                "2 hours",
                "Until tomorrow",
                "---",
                "‹ Back"
            ]
        );
        assert_eq!(
            pages.press(1),
            Outcome::Pick(TrayAction::Pause(PauseLength::For(Duration::from_secs(
                3600
            ))))
        );
        assert_eq!(pages.press(4), Outcome::Moved);
        assert_eq!(pages.title(), None);
        // Left goes back too, and never closes the window.
        pages.press(1);
        assert_eq!(pages.key(Key::Back), Outcome::Moved);
        assert_eq!(pages.key(Key::Back), Outcome::Nothing);
        // Right only opens submenus.
        pages.set_focus(0);
        assert_eq!(pages.key(Key::Into), Outcome::Nothing);
    }

    #[test]
    fn tab_wraps_around_both_ways() {
        let mut pages = Pages::new(entries(&view()));
        let count = pages.buttons().len();
        assert_eq!(pages.key(Key::Previous), Outcome::Moved);
        assert_eq!(pages.focus(), count - 1);
        assert_eq!(pages.key(Key::Next), Outcome::Moved);
        assert_eq!(pages.focus(), 0);
        assert_eq!(pages.key(Key::First), Outcome::Nothing);
    }

    #[test]
    fn a_new_menu_keeps_the_page_and_the_focused_button() {
        let mut pages = Pages::new(entries(&view()));
        pages.set_focus(6);
        assert_eq!(pages.focused().unwrap().label, "Open settings");
        // Snooze goes away: the focus stays on Open settings, now one up.
        pages.update(entries(&TrayView {
            show_snooze: false,
            ..view()
        }));
        assert_eq!(pages.focused().unwrap().label, "Open settings");
        // The Pause page is open when limber is paused from elsewhere: it goes, and the focus
        // is on Resume, which came in its stead, though Snooze went too.
        pages.press(
            pages
                .buttons()
                .iter()
                .position(|b| b.label == "Pause")
                .unwrap(),
        );
        assert_eq!(pages.title(), Some("Pause"));
        pages.back();
        pages.update(entries(&TrayView {
            paused: true,
            show_snooze: false,
            ..view()
        }));
        assert_eq!(pages.title(), None);
        assert_eq!(pages.focused().unwrap().label, "Resume");
        // And back: Pause comes in the stead of Resume.
        pages.update(entries(&TrayView {
            show_snooze: false,
            ..view()
        }));
        assert_eq!(pages.focused().unwrap().label, "Pause");
    }

    /// Every page's buttons, and every page as a screen reader reads it, in en-XA: what the
    /// control window says itself went through Fluent (the menu's labels and the status line
    /// are the tray's words, taken out).
    #[test]
    fn the_control_window_says_nothing_in_plain_english() {
        use crate::window::access::control::{tree, Row as ReadRow, Shown};
        use crate::window::plain_english::tree_texts;
        use crate::wording::plain_english::assert_all_through_fluent;
        use crate::wording::{in_language, Tag};

        fn labels_of(entries: &[Entry], into: &mut Vec<String>) {
            for entry in entries {
                match entry {
                    Entry::Label(label)
                    | Entry::Action { label, .. }
                    | Entry::Check { label, .. } => into.push(label.clone()),
                    Entry::Submenu { label, entries } => {
                        into.push(label.clone());
                        labels_of(entries, into);
                    }
                    Entry::Separator => {}
                }
            }
        }
        in_language(Tag::PseudoLong, || {
            let menu = entries(&view());
            let mut foreign = vec![view().status_line];
            labels_of(&menu, &mut foreign);
            let pages = Pages::new(menu).every_page();
            assert!(pages.len() > 1);
            let mut texts = Vec::new();
            for page in &pages {
                let buttons = page.buttons();
                texts.extend(buttons.iter().map(|button| button.label.clone()));
                let rows: Vec<ReadRow<'_>> = buttons
                    .iter()
                    .map(|button| ReadRow {
                        label: &button.label,
                        checked: button.checked,
                        opens_page: matches!(button.does, Does::Open(_)),
                        bounds: None,
                    })
                    .collect();
                texts.extend(tree_texts(&tree(&Shown {
                    page: page.title(),
                    status: &foreign[0],
                    notice: None,
                    next: None,
                    rows: &rows,
                    focused: page.focus(),
                })));
            }
            assert!(texts.iter().any(|text| text.contains('~')), "{texts:?}");
            assert_all_through_fluent(&texts, &foreign);
        });
    }

    #[test]
    fn an_empty_menu_only_closes() {
        let mut pages = Pages::new(vec![Entry::Label("limber".into()), Entry::Separator]);
        assert!(pages.rows().is_empty());
        assert_eq!(pages.key(Key::Press), Outcome::Nothing);
        assert_eq!(pages.key(Key::Next), Outcome::Nothing);
        assert_eq!(pages.key(Key::Escape), Outcome::Close);
    }
}
