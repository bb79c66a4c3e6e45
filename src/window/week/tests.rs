//! The week picture's words all come from Fluent.

use jiff::Timestamp;

use super::*;
use crate::core::history::{BreakKind, EventKind, HistoryEvent, HoldEnded};
use crate::core::hold::BusyReason;
use crate::window::plain_english::tree_texts;
use crate::window::text::Fonts;
use crate::wording::plain_english::assert_all_through_fluent;
use crate::wording::{in_language, Tag};

fn event(at: &str, kind: EventKind) -> HistoryEvent {
    HistoryEvent {
        at: at.parse().unwrap(),
        kind,
    }
}

fn done(at: &str) -> HistoryEvent {
    event(
        at,
        EventKind::Done {
            stretch: "seated-figure-four-chair".into(),
            held_secs: 60,
        },
    )
}

fn held(at: &str, from: &str, reasons: Vec<BusyReason>) -> HistoryEvent {
    event(
        at,
        EventKind::Held {
            from: from.parse().unwrap(),
            reasons,
            ended: HoldEnded::Shown,
        },
    )
}

/// Two weeks with every kind of hour: sitting, stretches (today past the goal, a streak before),
/// reminders held for one, two and no reasons, a day from before streak times were kept.
fn weeks() -> Week {
    let at = |text: &str| -> Timestamp { text.parse().unwrap() };
    let mut events = vec![
        event(
            "2026-11-25T10:20:00Z",
            EventKind::Sat {
                from: at("2026-11-25T09:00:00Z"),
                to: at("2026-11-25T10:20:00Z"),
                ended_by: BreakKind::Idle,
            },
        ),
        event("2026-11-23T12:00:00Z", EventKind::SatFor { secs: 3000 }),
        held(
            "2026-11-25T11:05:00Z",
            "2026-11-25T10:40:00Z",
            vec![BusyReason::Call, BusyReason::DoNotDisturb],
        ),
        held(
            "2026-11-25T10:55:00Z",
            "2026-11-25T10:50:00Z",
            vec![BusyReason::Fullscreen, BusyReason::GnomeBreak],
        ),
        held("2026-11-25T13:30:00Z", "2026-11-25T13:10:00Z", vec![]),
    ];
    for day in ["24", "25"] {
        for hour in ["10", "11", "14"] {
            events.push(done(&format!("2026-11-{day}T{hour}:25:00Z")));
        }
    }
    events.push(done("2026-11-17T10:25:00Z"));
    let now = "2026-11-25T15:30:00[UTC]".parse().unwrap();
    crate::core::week::week(events, &now, &[], None)
}

#[test]
fn the_week_picture_says_nothing_in_plain_english() {
    let fonts = Fonts::load().unwrap();
    let week = weeks();
    in_language(Tag::PseudoLong, || {
        let mut texts = Vec::new();
        for showing in [Showing::ThisWeek, Showing::WeekBefore] {
            let shown = view::view(&week, showing);
            let laid = layout::layout(&shown, &fonts, 900.0, 900.0, 1.0, &shown.hint, "");
            let tree = access_tree(&shown, showing, &laid, 0.0, access::week::Focus::Nothing);
            texts.extend(tree_texts(&tree));
            texts.extend(laid.lines.iter().map(|line| line.text.clone()));
            texts.extend(labels(&shown, showing));
            texts.push(shown.hint.clone());
        }
        let joined = texts.join("\n");
        for kind in ["~", "GÑÖMÉ", "Dö Ñöt", "4"] {
            assert!(joined.contains(kind), "{kind} in {joined}");
        }
        assert_all_through_fluent(&texts, &[]);
    });
}
