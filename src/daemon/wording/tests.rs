//! The daemon's words: English as reviewed, bodies that fit a banner in every language, and
//! every text the daemon shows a person taken from Fluent (the `en-XA` test).

use std::path::PathBuf;
use std::time::Duration;

use super::*;
use crate::autostart::{Source, Status as Autostart};
use crate::core::catalog::{builtin, Catalog, Position};
use crate::core::engine::{State, Status};
use crate::daemon::status_line;
use crate::daemon::tray::menu::{entries, stretch_choices, Entry};
use crate::daemon::tray::{TrayIcon, TrayView};
use crate::wording::pseudo::GROWTH;
use crate::wording::{in_language, Tag};

fn stretch(id: &str) -> Stretch {
    builtin().into_iter().find(|s| s.id == id).unwrap()
}

#[test]
fn without_a_tray_the_reminder_says_where_limber_is_and_on_gnome_what_shows_it() {
    let elsewhere = reach_without_tray(false);
    assert!(
        elsewhere.contains("open limber from your apps"),
        "{elsewhere}"
    );
    assert!(!elsewhere.contains("GNOME"));
    let gnome = reach_without_tray(true);
    assert!(gnome.starts_with(&elsewhere) && gnome.contains("AppIndicator extension"));
}

#[test]
fn the_body_says_where_first_then_what_and_how_long() {
    let body = reminder_body(&stretch("seated-figure-four-chair"));
    assert_eq!(
        body,
        "On your chair: seated figure four, 30 s each side. Ankle over the other thigh, \
         then lean in."
    );
    let fold = reminder_body(&stretch("seated-forward-bend"));
    assert!(
        fold.starts_with("On the floor: seated forward bend, hold 45 s."),
        "{fold}"
    );
}

#[test]
fn every_built_in_body_fits_a_banner() {
    let too_long: Vec<String> = builtin()
        .iter()
        .map(reminder_body)
        .filter(|body| body.chars().count() > MAX_BODY_CHARS)
        .collect();
    assert!(too_long.is_empty(), "{too_long:#?}");
}

/// The bodies that run longer than `limit` characters, in `tag`, with the catalogue built in
/// that language too.
fn bodies_longer_than(tag: Tag, limit: usize) -> Vec<String> {
    in_language(tag, || {
        builtin()
            .iter()
            .map(reminder_body)
            .filter(|body| body.chars().count() > limit)
            .collect()
    })
}

/// A translation must fit the same banner. The translations are empty until translators fill
/// them (English stands in), so this bites when one lands too long.
#[test]
fn every_built_in_body_fits_a_banner_in_every_language() {
    for tag in Tag::ALL.into_iter().filter(|tag| tag.is_translation()) {
        let too_long = bodies_longer_than(tag, MAX_BODY_CHARS);
        assert!(too_long.is_empty(), "{tag}: {too_long:#?}");
    }
}

/// `en-XA` is 40 % longer by design, and may be by that much.
#[test]
fn every_built_in_body_fits_a_banner_forty_percent_longer_in_en_xa() {
    let limit = (MAX_BODY_CHARS as f32 * (1.0 + GROWTH)).ceil() as usize;
    let too_long = bodies_longer_than(Tag::PseudoLong, limit);
    assert!(too_long.is_empty(), "{too_long:#?}");
}

#[test]
fn the_summary_carries_the_sitting_time() {
    assert_eq!(
        reminder_summary(Duration::from_secs(3720)),
        "Time to stretch · sitting 1 h 02 min"
    );
}

#[test]
fn the_buttons_say_start_snooze_with_its_length_and_skip() {
    assert_eq!(
        buttons(Duration::from_secs(600)),
        Buttons {
            start: "Start".into(),
            snooze: "Snooze 10 min".into(),
            skip: "Skip".into(),
        }
    );
}

#[test]
fn holding_names_every_reason_as_one_list() {
    assert_eq!(holding(&[]), "Holding your stretch for a better moment");
    assert_eq!(
        holding(&[BusyReason::Call]),
        "Holding your stretch until the call ends"
    );
    assert_eq!(
        holding(&[
            BusyReason::Call,
            BusyReason::Fullscreen,
            BusyReason::DoNotDisturb
        ]),
        "Holding your stretch until the call ends, you leave fullscreen and Do Not Disturb is off"
    );
}

/// A stand-in for a stretch whose words came through Fluent too (the catalogue's own test
/// checks that they do): its name and cue carry no plain English.
fn foreign_stretch(per_side: bool) -> Stretch {
    Stretch {
        id: "pseudo".into(),
        name: "Ŝţŕéţçĥ".into(),
        cue: "ĉúé".into(),
        per_side,
        ..stretch("seated-figure-four-chair")
    }
}

/// Every status a person can meet, each state with and without its details.
fn statuses() -> Vec<Status> {
    let base = Status {
        state: State::Active,
        sitting: Duration::from_secs(42 * 60),
        sitting_today: Duration::from_secs(3 * 3600),
        next_reminder_in: Some(Duration::from_secs(18 * 60)),
        paused_until: None,
        stretch: Some("pseudo".into()),
        off_until: None,
        holding: Vec::new(),
    };
    let later_today = jiff::Timestamp::now() + jiff::SignedDuration::from_mins(1);
    let another_day = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(72);
    let opens = another_day.to_zoned(jiff::tz::TimeZone::system());
    let mut all = Vec::new();
    for state in [
        State::Active,
        State::OnBreak,
        State::Due,
        State::Held,
        State::Snoozed,
        State::Paused,
        State::Stretching,
    ] {
        let status = Status {
            state,
            ..base.clone()
        };
        all.push(status.clone());
        all.push(Status {
            stretch: None,
            next_reminder_in: None,
            ..status.clone()
        });
        all.push(Status {
            off_until: Some(opens.clone()),
            ..status.clone()
        });
        for until in [later_today, another_day] {
            all.push(Status {
                paused_until: Some(until),
                ..status.clone()
            });
        }
        all.push(Status {
            holding: vec![
                BusyReason::Call,
                BusyReason::Fullscreen,
                BusyReason::DoNotDisturb,
                BusyReason::GnomeBreak,
            ],
            ..status
        });
    }
    all
}

/// Every label of a menu, submenus' included.
fn labels(menu: &[Entry], out: &mut Vec<String>) {
    for entry in menu {
        match entry {
            Entry::Separator => {}
            Entry::Label(label) | Entry::Action { label, .. } | Entry::Check { label, .. } => {
                out.push(label.clone())
            }
            Entry::Submenu { label, entries } => {
                out.push(label.clone());
                labels(entries, out);
            }
        }
    }
}

/// Every text the daemon can show a person, in the language spoken now. Where a text carries
/// words of the catalogue or the config (a position, why a length is refused), those are taken
/// out: their own parts check them.
fn everything_the_daemon_says() -> Vec<String> {
    let mut said = Vec::new();
    for per_side in [true, false] {
        let stretch = foreign_stretch(per_side);
        let lead = stretch.position.lead().to_string();
        said.push(reminder_body(&stretch).replace(&lead, ""));
    }
    said.push(reminder_summary(Duration::from_secs(3720)));
    said.extend([reach_without_tray(false), reach_without_tray(true)]);
    let labels_of = buttons(Duration::from_secs(600));
    said.extend([labels_of.start, labels_of.snooze, labels_of.skip]);
    said.push(config_kept());

    let catalog = Catalog::new(
        vec![foreign_stretch(true)],
        vec![Position::Chair],
        Vec::new(),
    );
    for status in statuses() {
        let line = status_line::describe(&status, &catalog);
        said.push(status_line::beside_gnome_breaks(
            &status,
            line.clone(),
            true,
        ));
        said.push(line);
    }

    let position = Position::Chair.label().to_string();
    let stretches: Vec<(String, String)> = stretch_choices(&catalog)
        .into_iter()
        .filter(|(id, _)| id == "pseudo")
        .map(|(id, label)| (id, label.replace(&position, "")))
        .collect();
    assert_eq!(stretches.len(), 1, "the stand-in stretch is offered");
    for (show_snooze, paused, off_hours) in [(true, false, true), (false, true, false)] {
        let view = TrayView {
            icon: TrayIcon::Idle,
            status_line: status_line::describe(&statuses()[0], &catalog),
            stretches: stretches.clone(),
            show_snooze,
            paused,
            off_hours,
            start_at_login: true,
        };
        labels(&entries(&view), &mut said);
    }

    for enabled in [true, false] {
        let file = PathBuf::from("/ĥöḿé/åúţöšţåŕţ.ðéšķţöþ");
        for source in [
            None,
            Some(Source::Ours(file.clone())),
            Some(Source::Users(file.clone())),
            Some(Source::System(file)),
            Some(Source::Platform("Ŕûñ".into())),
        ] {
            said.push(Autostart { enabled, source }.to_string());
        }
    }
    // The range a refused length gives comes from the config's words.
    let why = "ŕåñĝé";
    said.extend([
        too_many_windows(4),
        window_failed("ŝýšţéḿ"),
        window_taken(),
        length_refused(Asked::Snooze, 9, why),
        length_refused(Asked::Pause, 9, why),
        already_running(),
        cannot_start("ŕéåšöñ"),
        running_on_defaults(),
        cannot_serve(Path::new("/ŕ/ļ.šöçķ"), "ŕéåšöñ"),
        event_loop_failed(false, "ŕéåšöñ"),
        event_loop_failed(true, "ŕéåšöñ"),
    ]);
    let (socket, ours) = (Path::new("/ŕ/ļ.šöçķ"), Path::new("/ö/ļ.šöçķ"));
    for already in [true, false] {
        for reached in [Reached::On { socket, ours }, Reached::Nowhere] {
            said.push(running_elsewhere(already, 4242, reached));
        }
    }
    said
}

/// What is wrong with `text`, if anything: empty, a message's id where its words should be
/// (`reminder-title`, which `t!` gives for a message no language has), or a placeable left
/// unformatted (`{ $count }`).
fn unfinished(text: &str) -> Option<&'static str> {
    let trimmed = text.trim();
    let id = trimmed.contains('-')
        && trimmed
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.'));
    if trimmed.is_empty() {
        Some("empty")
    } else if id {
        Some("a message id")
    } else if text.contains(['{', '}']) {
        Some("a placeable")
    } else {
        None
    }
}

/// Every text the daemon says, and the tray's list of every built-in stretch, is whole in
/// every language: none empty, none a message id or a placeable where words should be.
#[test]
fn everything_the_daemon_says_is_whole_in_every_language() {
    let everything = Catalog::new(builtin(), Position::ALL.to_vec(), Vec::new());
    let mut found = Vec::new();
    for tag in Tag::ALL {
        let mut said = in_language(tag, everything_the_daemon_says);
        said.extend(
            in_language(tag, || stretch_choices(&everything))
                .into_iter()
                .map(|(_, label)| label),
        );
        assert!(said.len() > 50, "{tag}: only {} texts", said.len());
        found
            .extend(said.iter().filter_map(|text| {
                unfinished(text).map(|what| format!("{tag}: {what}: {text:?}"))
            }));
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn an_empty_text_an_id_or_a_placeable_is_unfinished() {
    assert_eq!(unfinished("reminder-title"), Some("a message id"));
    assert_eq!(unfinished("Hold { $secs } s"), Some("a placeable"));
    assert_eq!(unfinished("  "), Some("empty"));
    for whole in [
        "Snooze 10 min",
        "Pause",
        "Time to stretch · sitting 1 h 02 min",
        "‹ Back",
    ] {
        assert_eq!(unfinished(whole), None, "{whole}");
    }
}

/// The plain English words in `text` (`wording::plain_english`): none once it went through
/// Fluent in `en-XA`.
fn plain_english(text: &str) -> Option<String> {
    crate::wording::plain_english::plain_english(&[text], &[])
        .into_iter()
        .next()
        .map(|(word, _)| word)
}

#[test]
fn everything_the_daemon_says_comes_from_fluent() {
    let said = in_language(Tag::PseudoLong, everything_the_daemon_says);
    let english: Vec<&String> = said
        .iter()
        .filter(|text| plain_english(text).is_some())
        .collect();
    assert!(english.is_empty(), "plain English: {english:#?}");
}

#[test]
fn the_plain_english_check_sees_english() {
    assert_eq!(plain_english("Šñööžé~~~ 10 ḿîñ~~"), None);
    assert_eq!(plain_english("35 š~"), None);
    assert_eq!(plain_english("Šñööžé~~~ 10 min").as_deref(), Some("min"));
    // What the check runs over, in English, is all plain (the stand-in stretch's label in the
    // tray's list is its name alone, which is not English even here).
    let mut not_seen: Vec<String> = everything_the_daemon_says()
        .into_iter()
        .filter(|text| plain_english(text).is_none())
        .collect();
    not_seen.dedup();
    assert_eq!(not_seen, ["Ŝţŕéţçĥ ()"]);
}

#[test]
fn a_refused_length_is_said_to_the_second_however_long() {
    assert_eq!(
        length_refused(Asked::Snooze, u64::MAX, "out of range"),
        "A snooze of 18446744073709551615 s is out of range."
    );
}
