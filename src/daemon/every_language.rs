//! Tests: what the daemon says to a person (every notification, the tray menu's every label,
//! the status line in every state) in every language limber speaks and the two
//! pseudo-languages: never empty, never a message's id or a Fluent placeable left unformatted,
//! and a reminder's body short enough that a banner shows it whole.

use std::time::Duration;

use super::status_line::describe;
use super::tray::menu::{entries, stretch_choices, Entry};
use super::tray::{TrayIcon, TrayView};
use super::wording::{self, MAX_BODY_CHARS};
use crate::core::catalog::{builtin, Catalog, Position};
use crate::core::engine::{State, Status};
use crate::core::hold::BusyReason;
use crate::wording::{in_language, Tag};

/// What is wrong with `text`, shown as `what`, if anything: empty, a message id (`reminder-title`)
/// or a placeable (`{ $count }`) where words should be.
fn unfinished(what: &str, text: &str) -> Option<String> {
    let trimmed = text.trim();
    let looks_like_id = !trimmed.is_empty()
        && trimmed.contains('-')
        && trimmed
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
    if trimmed.is_empty() {
        Some(format!("{what} is empty"))
    } else if looks_like_id {
        Some(format!("{what} is a message id: {text:?}"))
    } else if text.contains(['{', '}']) {
        Some(format!("{what} holds a placeable: {text:?}"))
    } else {
        None
    }
}

/// Every label of `menu`, submenus included, with where it is.
fn labels(menu: &[Entry], path: &str, into: &mut Vec<(String, String)>) {
    for entry in menu {
        match entry {
            Entry::Label(label) | Entry::Action { label, .. } | Entry::Check { label, .. } => {
                into.push((format!("{path}{label:?}"), label.clone()));
            }
            Entry::Submenu { label, entries } => {
                into.push((format!("{path}{label:?}"), label.clone()));
                labels(entries, &format!("{path}{label:?} › "), into);
            }
            Entry::Separator => {}
        }
    }
}

/// Every kind of reason a reminder is held for, alone and together.
fn every_holding() -> Vec<Vec<BusyReason>> {
    let all = [
        BusyReason::Call,
        BusyReason::Fullscreen,
        BusyReason::DoNotDisturb,
        BusyReason::GnomeBreak,
    ];
    let mut holdings = vec![Vec::new(), all.to_vec()];
    holdings.extend(all.iter().map(|reason| vec![*reason]));
    holdings
}

/// The status line in every state, each with what it can name.
fn every_status_line(catalog: &Catalog) -> Vec<(String, String)> {
    let states = [
        State::Active,
        State::OnBreak,
        State::Due,
        State::Held,
        State::Snoozed,
        State::Paused,
        State::Stretching,
    ];
    states
        .into_iter()
        .map(|state| {
            let status = Status {
                state,
                sitting: Duration::from_secs(3 * 3600 + 59 * 60),
                sitting_today: Duration::from_secs(7 * 3600),
                next_reminder_in: Some(Duration::from_secs(59 * 60)),
                paused_until: None,
                stretch: catalog.all().first().map(|s| s.id.clone()),
                off_until: None,
                holding: vec![BusyReason::Call, BusyReason::DoNotDisturb],
            };
            (format!("status line {state:?}"), describe(&status, catalog))
        })
        .collect()
}

/// Everything the daemon says in the language spoken now, each with where it is said.
fn everything_said() -> Vec<(String, String)> {
    let catalog = Catalog::new(builtin(), Position::ALL.to_vec(), Vec::new());
    let mut said = Vec::new();
    for sat in [59, 3600, 3 * 3600 + 59 * 60] {
        said.push((
            format!("reminder title after {sat} s"),
            wording::reminder_summary(Duration::from_secs(sat)),
        ));
    }
    for stretch in catalog.all() {
        said.push((
            format!("reminder body of {}", stretch.id),
            wording::reminder_body(stretch),
        ));
    }
    for on_gnome in [false, true] {
        said.push((
            format!("no-tray note (GNOME: {on_gnome})"),
            wording::reach_without_tray(on_gnome),
        ));
    }
    for reasons in every_holding() {
        said.push((format!("holding {reasons:?}"), wording::holding(&reasons)));
    }
    said.extend(every_status_line(&catalog));
    for (paused, snooze) in [(false, true), (true, false)] {
        let view = TrayView {
            icon: TrayIcon::Idle,
            status_line: "·".into(),
            stretches: stretch_choices(&catalog),
            show_snooze: snooze,
            paused,
            off_hours: true,
            start_at_login: paused,
        };
        labels(&entries(&view), "tray menu › ", &mut said);
    }
    said
}

#[test]
fn every_notification_and_tray_label_is_whole_in_every_language() {
    let mut found = Vec::new();
    for tag in Tag::ALL {
        let said = in_language(tag, everything_said);
        assert!(said.len() > 40, "{tag}: only {} texts", said.len());
        for (what, text) in &said {
            found.extend(unfinished(&format!("{tag} {what}"), text));
            let body = what.starts_with("reminder body");
            if body && text.chars().count() > MAX_BODY_CHARS {
                found.push(format!(
                    "{tag} {what}: {} characters, more than a banner shows ({MAX_BODY_CHARS}): \
                     {text:?}",
                    text.chars().count()
                ));
            }
        }
    }
    assert!(found.is_empty(), "{} problems: {found:#?}", found.len());
}

#[test]
fn an_id_a_placeable_or_nothing_is_found() {
    assert_eq!(
        unfinished("title", "reminder-title").as_deref(),
        Some("title is a message id: \"reminder-title\"")
    );
    assert!(unfinished("body", "Hold { $secs } s").is_some());
    assert!(unfinished("label", "  ").is_some());
    for fine in [
        "Snooze 10 min",
        "Pause",
        "Time to stretch · sitting 1 h 02 min",
        "‹ Back",
    ] {
        assert_eq!(unfinished("label", fine), None, "{fine}");
    }
}
