//! The week picture's words all come from Fluent.

use jiff::Timestamp;

use super::*;
use crate::core::history::{BreakKind, EventKind, HistoryEvent, HoldEnded};
use crate::core::hold::BusyReason;
use crate::window::column::Rect;
use crate::window::fit_check::{centred_buttons, problems, Drawn};
use crate::window::layout::MARGIN;
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

/// `l` as the fit check reads it, with `labels` on its buttons.
fn drawn<'a>(
    name: String,
    l: &'a layout::WeekLayout,
    labels: &'a [String],
    fonts: &Fonts,
    height: f32,
) -> Drawn<'a> {
    let s = l.scale;
    let mut keep_out: Vec<(&'static str, Rect)> = vec![("button bar", l.bar)];
    keep_out.extend(l.cells.iter().map(|cell| ("grid", *cell)));
    keep_out.extend(
        l.swatches
            .iter()
            .map(|(swatch, _)| ("legend's swatch", *swatch)),
    );
    Drawn {
        name,
        edges: (MARGIN * s, l.width - MARGIN * s),
        height,
        lines: l.lines.iter().collect(),
        keep_out,
        framed: Vec::new(),
        buttons: centred_buttons(&l.buttons, labels, fonts, s),
        buttons_scroll: false,
        content_height: l.content_height,
        view_bottom: l.bar.y,
        max_scroll: 0.0,
    }
}

/// This week and the week before, in every language, with every hour's words in the line under
/// the grid in turn: nothing cut, nothing overlapping, in a window sized as it sizes itself.
#[test]
fn the_week_picture_fits_in_every_language() {
    let fonts = Fonts::load().unwrap();
    let week = weeks();
    let mut found = Vec::new();
    for tag in Tag::ALL {
        in_language(tag, || {
            let views = [Showing::ThisWeek, Showing::WeekBefore].map(|s| view::view(&week, s));
            let (width, height, room) = layout::fit(&views, &fonts, 1366.0);
            for (view, showing) in views.iter().zip([Showing::ThisWeek, Showing::WeekBefore]) {
                let labels = labels(view, showing);
                let details = std::iter::once(view.hint.as_str()).chain(
                    view.rows
                        .iter()
                        .flat_map(|row| row.cells.iter().map(|cell| cell.words.as_str())),
                );
                for detail in details {
                    let l = layout::layout(view, &fonts, width, height, 1.0, detail, room);
                    let name = format!("{tag} week, {showing:?}, \"{detail}\"");
                    found.extend(problems(&drawn(name, &l, &labels, &fonts, height)));
                }
            }
        });
    }
    found.dedup();
    assert!(found.is_empty(), "{} problems: {found:#?}", found.len());
}
