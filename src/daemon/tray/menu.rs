//! The tray menu as plain data: which entries, in which order, doing what. Every platform's tray
//! draws exactly this list, so the menu is the same everywhere and is tested here without a
//! desktop.

use std::time::Duration;

use crate::core::catalog::Catalog;
use crate::core::schedule::PauseLength;

use super::{TrayAction, TrayView};
use crate::t;
use crate::wording::words;

/// One line of the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Text that says where things stand and does nothing when clicked.
    Label(String),
    Separator,
    Action {
        label: String,
        action: TrayAction,
    },
    /// A switch with a check mark; `action` is what clicking it asks for (the opposite state).
    Check {
        label: String,
        checked: bool,
        action: TrayAction,
    },
    Submenu {
        label: String,
        entries: Vec<Entry>,
    },
}

/// Snooze lengths offered in the menu, in minutes.
const SNOOZE_MINUTES: [u64; 3] = [10, 20, 30];
/// Pause choices offered in the menu.
const PAUSE_CHOICES: [PauseChoice; 4] = [
    PauseChoice::Minutes(30),
    PauseChoice::Hours(1),
    PauseChoice::Hours(2),
    PauseChoice::UntilTomorrow,
];

/// One length in the Pause submenu.
#[derive(Clone, Copy)]
enum PauseChoice {
    Minutes(u64),
    Hours(u64),
    UntilTomorrow,
}

impl PauseChoice {
    fn label(self) -> String {
        match self {
            PauseChoice::Minutes(minutes) => t!("tray-pause-minutes", minutes = minutes),
            PauseChoice::Hours(hours) => t!("tray-pause-hours", hours = hours),
            PauseChoice::UntilTomorrow => t!("tray-pause-until-tomorrow"),
        }
    }

    fn length(self) -> PauseLength {
        match self {
            PauseChoice::Minutes(minutes) => PauseLength::For(Duration::from_secs(minutes * 60)),
            PauseChoice::Hours(hours) => PauseLength::For(Duration::from_secs(hours * 3600)),
            PauseChoice::UntilTomorrow => PauseLength::UntilTomorrow,
        }
    }
}

/// The menu for `view`: where things stand, then what the user can do about it.
pub fn entries(view: &TrayView) -> Vec<Entry> {
    let mut menu = vec![
        Entry::Label(view.status_line.clone()),
        Entry::Separator,
        action(t!("tray-stretch-now"), TrayAction::StretchNow),
        Entry::Submenu {
            label: t!("tray-stretch-choose"),
            entries: view
                .stretches
                .iter()
                .map(|(id, name)| action(name.clone(), TrayAction::Stretch(id.clone())))
                .collect(),
        },
    ];
    if view.show_snooze {
        menu.push(Entry::Submenu {
            label: t!("tray-snooze"),
            entries: SNOOZE_MINUTES
                .iter()
                .map(|minutes| {
                    let length = Duration::from_secs(minutes * 60);
                    action(words::duration(length), TrayAction::Snooze(length))
                })
                .collect(),
        });
    }
    if view.paused {
        menu.push(action(t!("tray-resume"), TrayAction::Resume));
    } else {
        menu.push(Entry::Submenu {
            label: t!("tray-pause"),
            entries: PAUSE_CHOICES
                .iter()
                .map(|choice| action(choice.label(), TrayAction::Pause(choice.length())))
                .collect(),
        });
    }
    if view.off_hours {
        menu.push(action(
            t!("tray-remind-anyway"),
            TrayAction::RemindAnywayToday,
        ));
    }
    menu.extend([
        Entry::Separator,
        action(t!("tray-your-week"), TrayAction::ShowWeek),
        Entry::Check {
            label: t!("tray-start-at-login"),
            checked: view.start_at_login,
            action: TrayAction::StartAtLogin(!view.start_at_login),
        },
        action(t!("tray-open-settings"), TrayAction::OpenSettings),
        action(t!("tray-quit"), TrayAction::Quit),
    ]);
    menu
}

/// The "Stretch…" submenu's choices, (id, label): every enabled stretch, saying where it is
/// done, since two may share a name (the figure four on a chair and on the floor).
pub fn stretch_choices(catalog: &Catalog) -> Vec<(String, String)> {
    catalog
        .enabled()
        .map(|s| {
            let label = t!(
                "tray-stretch-choice",
                stretch = s.name.as_str(),
                position = s.position.label()
            );
            (s.id.clone(), label)
        })
        .collect()
}

fn action(label: impl Into<String>, action: TrayAction) -> Entry {
    Entry::Action {
        label: label.into(),
        action,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::tray::TrayIcon;

    fn view() -> TrayView {
        TrayView {
            icon: TrayIcon::Idle,
            status_line: "Sitting 42 min · next stretch in 18 min".into(),
            stretches: vec![
                ("pigeon".into(), "Pigeon pose".into()),
                ("fold".into(), "Standing forward fold".into()),
            ],
            show_snooze: false,
            paused: false,
            off_hours: false,
            start_at_login: false,
        }
    }

    /// The labels at the top level, submenus by their own label.
    fn labels(menu: &[Entry]) -> Vec<&str> {
        menu.iter()
            .map(|entry| match entry {
                Entry::Label(text) => text.as_str(),
                Entry::Separator => "---",
                Entry::Action { label, .. }
                | Entry::Check { label, .. }
                | Entry::Submenu { label, .. } => label.as_str(),
            })
            .collect()
    }

    fn submenu<'a>(menu: &'a [Entry], name: &str) -> &'a [Entry] {
        menu.iter()
            .find_map(|entry| match entry {
                Entry::Submenu { label, entries } if label == name => Some(entries.as_slice()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {name} submenu"))
    }

    #[test]
    fn the_status_line_comes_first_then_what_can_be_done() {
        assert_eq!(
            labels(&entries(&view())),
            [
                "Sitting 42 min · next stretch in 18 min",
                "---",
                "Stretch now",
                "Stretch…",
                "Pause",
                "---",
                "Your week…",
                "Start at login",
                "Open settings",
                "Quit"
            ]
        );
    }

    #[test]
    fn every_stretch_can_be_picked_by_name() {
        let menu = entries(&view());
        assert_eq!(
            submenu(&menu, "Stretch…"),
            [
                action("Pigeon pose", TrayAction::Stretch("pigeon".into())),
                action("Standing forward fold", TrayAction::Stretch("fold".into())),
            ]
        );
    }

    #[test]
    fn snooze_appears_only_when_offered_and_asks_for_its_length() {
        assert!(!labels(&entries(&view())).contains(&"Snooze"));
        let menu = entries(&TrayView {
            show_snooze: true,
            ..view()
        });
        assert_eq!(
            submenu(&menu, "Snooze")[1],
            action("20 min", TrayAction::Snooze(Duration::from_secs(1200)))
        );
    }

    #[test]
    fn paused_offers_resume_instead_of_pause() {
        let labels_now = labels(&entries(&TrayView {
            paused: true,
            ..view()
        }))
        .join("|");
        assert!(labels_now.contains("Resume") && !labels_now.contains("Pause"));
        let menu = entries(&view());
        assert_eq!(
            submenu(&menu, "Pause")[3],
            action(
                "Until tomorrow",
                TrayAction::Pause(PauseLength::UntilTomorrow)
            )
        );
    }

    #[test]
    fn outside_working_hours_it_offers_to_remind_anyway() {
        let menu = entries(&TrayView {
            off_hours: true,
            ..view()
        });
        assert!(menu.contains(&action(
            "Remind me anyway today",
            TrayAction::RemindAnywayToday
        )));
        assert!(!labels(&entries(&view())).contains(&"Remind me anyway today"));
    }

    #[test]
    fn your_week_opens_the_week_picture_whatever_the_state() {
        for paused in [false, true] {
            let menu = entries(&TrayView { paused, ..view() });
            assert!(menu.contains(&action("Your week…", TrayAction::ShowWeek)));
        }
    }

    #[test]
    fn start_at_login_shows_the_state_and_asks_for_the_opposite() {
        for on in [false, true] {
            let menu = entries(&TrayView {
                start_at_login: on,
                ..view()
            });
            assert!(menu.contains(&Entry::Check {
                label: "Start at login".into(),
                checked: on,
                action: TrayAction::StartAtLogin(!on),
            }));
        }
    }
}
