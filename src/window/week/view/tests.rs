use super::*;
use crate::core::history::{BreakKind, EventKind, HistoryEvent};
use crate::core::week::week;

fn at(civil: &str) -> jiff::Timestamp {
    civil
        .parse::<jiff::civil::DateTime>()
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
}

fn sat(from: &str, to: &str) -> HistoryEvent {
    HistoryEvent {
        at: at(to),
        kind: EventKind::Sat {
            from: at(from),
            to: at(to),
            ended_by: BreakKind::Idle,
        },
    }
}

/// Wednesday 25 November 2026, 15:30 UTC, after a morning's sitting and a Saturday stretch.
fn sample() -> Week {
    let events = vec![
        sat("2026-11-25T09:00", "2026-11-25T10:20"),
        sat("2026-11-25T11:50", "2026-11-25T12:10"),
        HistoryEvent {
            at: at("2026-11-25T10:25"),
            kind: EventKind::Done {
                stretch: "seated-figure-four-chair".into(),
                held_secs: 60,
            },
        },
        sat("2026-11-21T10:00", "2026-11-21T10:05"),
    ];
    let now = "2026-11-25T15:30:00[UTC]".parse().unwrap();
    week(events, &now, &[], None)
}

#[test]
fn sitting_in_an_hour_takes_a_step_a_quarter_hour() {
    let minutes = |m: u64| Duration::from_secs(m * 60);
    assert_eq!(step(Duration::ZERO), 0);
    assert_eq!(step(Duration::from_secs(20)), 1, "any sitting shows");
    assert_eq!(step(minutes(14)), 1);
    assert_eq!(step(minutes(15)), 2);
    assert_eq!(step(minutes(29)), 2);
    assert_eq!(step(minutes(30)), 3);
    assert_eq!(step(minutes(45)), 4);
    assert_eq!(step(minutes(120)), 4, "an autumn hour holds two");
}

#[test]
fn the_grid_is_seven_days_by_the_shown_hours_with_today_last() {
    let view = view(&sample(), Showing::ThisWeek);
    assert_eq!(view.rows.len(), 7);
    assert_eq!(
        view.columns,
        ["8", "9", "10", "11", "12", "13", "14", "15", "16", "17"]
    );
    let today = view.rows.last().unwrap();
    assert!(today.today && today.working);
    assert_eq!(today.label, "Wed 25 Nov");
    assert_eq!(today.total, "1 h 40 · 1/2");
    let steps: Vec<usize> = today.cells.iter().map(|cell| cell.step).collect();
    assert_eq!(steps, [0, 4, 2, 1, 1, 0, 0, 0, 0, 0]);
    assert_eq!(today.cells[2].done, 1);
    assert_eq!(
        today.cells[2].words,
        "Wed 25 Nov, 10:00–11:00: sat 20 min and 1 stretch done"
    );
    // 15:00–16:00 has begun; 16:00 on is still to come.
    assert!(!today.cells[7].future && today.cells[8].future);
    assert_eq!(
        today.cells[8].words,
        "Wed 25 Nov, 16:00–17:00: still to come"
    );
    let saturday = &view.rows[2];
    assert_eq!(saturday.label, "Sat 21 Nov");
    assert!(!saturday.working, "shown muted: it makes no streak");
    assert_eq!(saturday.cells[2].step, 1);
}

#[test]
fn the_week_before_shows_its_own_days_and_nothing_to_come() {
    let before = view(&sample(), Showing::WeekBefore);
    assert_eq!(before.title, "The week before");
    assert_eq!(before.rows[0].label, "Thu 12 Nov");
    assert_eq!(before.rows[6].label, "Wed 18 Nov");
    assert!(before.rows.iter().all(|row| !row.today));
    assert!(before
        .rows
        .iter()
        .flat_map(|row| &row.cells)
        .all(|cell| !cell.future && cell.step == 0));
    assert_eq!(label(Action::OtherWeek, Showing::WeekBefore), "This week");
    assert_eq!(label(Action::OtherWeek, Showing::ThisWeek), "Week before");
    // The summary is about this week and today whichever week the grid shows.
    assert_eq!(before.summary, view(&sample(), Showing::ThisWeek).summary);
}

#[test]
fn history_from_before_streak_times_is_said_to_be_placed_approximately() {
    let old = HistoryEvent {
        at: at("2026-11-25T10:00"),
        kind: EventKind::SatFor { secs: 1800 },
    };
    let now = "2026-11-25T15:30:00[UTC]".parse().unwrap();
    let view = view(&week([old], &now, &[], None), Showing::ThisWeek);
    assert!(
        view.hint.contains("where each break was noticed"),
        "{}",
        view.hint
    );
    assert_eq!(view.rows[6].cells[1].step, 3);
}
