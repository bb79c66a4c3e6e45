use super::*;
use crate::core::history::{BreakKind, HoldEnded};
use proptest::prelude::*;

const BERLIN: &str = "Europe/Berlin";

/// A moment on the wall clock in Berlin.
fn berlin(civil: &str) -> Zoned {
    civil
        .parse::<jiff::civil::DateTime>()
        .unwrap()
        .to_zoned(TimeZone::get(BERLIN).unwrap())
        .unwrap()
}

fn ts(civil: &str) -> Timestamp {
    berlin(civil).timestamp()
}

fn sat(from: &str, to: &str) -> HistoryEvent {
    HistoryEvent {
        at: ts(to),
        kind: EventKind::Sat {
            from: ts(from),
            to: ts(to),
            ended_by: BreakKind::Idle,
        },
    }
}

fn done(at: &str) -> HistoryEvent {
    HistoryEvent {
        at: ts(at),
        kind: EventKind::Done {
            stretch: "seated-figure-four-chair".into(),
            held_secs: 60,
        },
    }
}

fn minutes(m: u64) -> Duration {
    Duration::from_secs(m * 60)
}

/// Wednesday 25 November 2026, 15:00 in Berlin.
fn wednesday() -> Zoned {
    berlin("2026-11-25T15:00")
}

/// Two weeks of a steady office routine up to Wednesday 15:00: on every weekday 9:00–10:30,
/// 11:00–11:45 and 14:00–14:20 seated, a stretch after the first two streaks (only one on
/// Tuesdays); on Saturdays 10:00–10:30 and one stretch.
fn routine() -> Vec<HistoryEvent> {
    let mut events = Vec::new();
    let last = wednesday().date();
    let first = last.checked_sub(jiff::Span::new().days(13)).unwrap();
    for date in first.series(jiff::Span::new().days(1)).take(14) {
        let at = |time: &str| format!("{date}T{time}");
        match date.weekday() {
            Weekday::Sunday => {}
            Weekday::Saturday => {
                events.push(sat(&at("10:00"), &at("10:30")));
                events.push(done(&at("10:31")));
            }
            weekday => {
                events.push(sat(&at("09:00"), &at("10:30")));
                events.push(done(&at("10:31")));
                events.push(sat(&at("11:00"), &at("11:45")));
                if weekday != Weekday::Tuesday {
                    events.push(done(&at("11:46")));
                }
                events.push(sat(&at("14:00"), &at("14:20")));
            }
        }
    }
    events
}

#[test]
fn a_generated_fortnight_adds_up_to_its_known_totals() {
    let week = week(routine(), &wednesday(), &[], None);
    assert_eq!(week.days.len(), 14);
    assert_eq!(week.today().date, wednesday().date());
    assert_eq!(week.hours, 8..18);
    let wednesday_row = week.today();
    assert_eq!(wednesday_row.sat, minutes(90 + 45 + 20));
    assert_eq!(wednesday_row.hours[9].sat, minutes(60));
    assert_eq!(wednesday_row.hours[10].sat, minutes(30));
    assert_eq!(wednesday_row.hours[10].done, 1);
    assert_eq!(wednesday_row.hours[11].sat, minutes(45));
    assert_eq!(wednesday_row.hours[14].sat, minutes(20));
    assert_eq!(wednesday_row.hours[12].sat, Duration::ZERO);
    assert_eq!(wednesday_row.done(), 2);
    assert_eq!(wednesday_row.longest.map(|s| s.length()), Some(minutes(90)));
    // This week: Thu, Fri, Mon, Tue, Wed are weekdays (Tue one stretch short), Sat has one.
    let this = &week.this_week;
    assert_eq!(this.sat, minutes(5 * 155 + 30));
    assert_eq!(this.done, 5 * 2 - 1 + 1);
    assert_eq!((this.working_days, this.met_goal), (5, 4));
    // The week before: Thu 12 … Wed 18, the same shape.
    assert_eq!(week.week_before.sat, minutes(5 * 155 + 30));
    assert_eq!(week.week_before.working_days, 5);
    // Tuesday broke the streak; Wednesday has met the goal.
    assert_eq!(week.goal_streak, 1);
    assert!(!week.approximate);
    assert_eq!(week.ignored, 0);
}

#[test]
fn the_order_of_the_lines_does_not_matter() {
    let mut events = routine();
    let forward = week(&events, &wednesday(), &[], None);
    events.reverse();
    assert_eq!(week(&events, &wednesday(), &[], None), forward);
}

#[test]
fn a_streak_across_midnight_counts_on_both_days_and_ends_on_the_second() {
    let events = [sat("2026-11-23T23:30", "2026-11-24T00:45")];
    let week = week(events, &wednesday(), &[], None);
    let monday = &week.days[11];
    let tuesday = &week.days[12];
    assert_eq!(monday.date.to_string(), "2026-11-23");
    assert_eq!(monday.hours[23].sat, minutes(30));
    assert_eq!(monday.sat, minutes(30));
    assert_eq!(tuesday.hours[0].sat, minutes(45));
    assert_eq!(tuesday.sat, minutes(45));
    assert_eq!(monday.longest, None);
    assert_eq!(tuesday.longest.map(|s| s.length()), Some(minutes(75)));
    assert_eq!(
        week.this_week.longest.map(|s| s.length()),
        Some(minutes(75))
    );
    // The hours stretch to show it.
    assert_eq!(week.hours, 0..24);
}

#[test]
fn on_the_spring_change_the_skipped_hour_holds_nothing() {
    // 29 March 2026: at 02:00 the clocks in Berlin jump to 03:00. 01:30 to 03:30 is one hour.
    let now = berlin("2026-03-29T12:00");
    let events = [sat("2026-03-29T01:30", "2026-03-29T03:30")];
    let week = week(events, &now, &[], None);
    let day = week.today();
    assert_eq!(day.sat, minutes(60));
    assert_eq!(day.hours[1].sat, minutes(30));
    assert_eq!(
        day.hours[2].from, day.hours[2].to,
        "the skipped hour is empty"
    );
    assert_eq!(day.hours[2].sat, Duration::ZERO);
    assert_eq!(day.hours[3].sat, minutes(30));
    let length: Duration = day.hours.iter().map(|h| sat_length(h.from, h.to)).sum();
    assert_eq!(length, Duration::from_secs(23 * 3600));
}

#[test]
fn on_the_autumn_change_the_repeated_hour_holds_both_passes() {
    // 25 October 2026: at 03:00 the clocks go back to 02:00, so 02:00–03:00 happens twice.
    let now = berlin("2026-10-25T12:00");
    let from = ts("2026-10-25T01:30");
    let to = "2026-10-25T03:30".parse::<jiff::civil::DateTime>().unwrap();
    let to = TimeZone::get(BERLIN).unwrap().to_timestamp(to).unwrap();
    let streak = HistoryEvent {
        at: to,
        kind: EventKind::Sat {
            from,
            to,
            ended_by: BreakKind::Locked,
        },
    };
    // A stretch in the second pass of 02:xx lands in the same cell.
    let second_pass = "2026-10-25T00:30:00Z".parse().unwrap();
    let stretch = HistoryEvent {
        at: second_pass,
        kind: done("2026-10-25T02:00").kind,
    };
    let week = week([streak, stretch], &now, &[], None);
    let day = week.today();
    assert_eq!(
        day.sat,
        minutes(180),
        "01:30 CEST to 03:30 CET is three hours"
    );
    assert_eq!(day.hours[1].sat, minutes(30));
    assert_eq!(day.hours[2].sat, minutes(120));
    assert_eq!(day.hours[3].sat, minutes(30));
    assert_eq!(day.hours[2].done, 1);
    let length: Duration = day.hours.iter().map(|h| sat_length(h.from, h.to)).sum();
    assert_eq!(length, Duration::from_secs(25 * 3600));
}

#[test]
fn weekends_neither_count_toward_nor_break_the_goal_streak() {
    // Thu, Fri met; Sat, Sun nothing; Mon, Tue met; Wednesday (today) not yet.
    let events: Vec<HistoryEvent> = ["19", "20", "23", "24"]
        .iter()
        .flat_map(|day| {
            [
                done(&format!("2026-11-{day}T10:00")),
                done(&format!("2026-11-{day}T15:00")),
            ]
        })
        .collect();
    let week = week(&events, &wednesday(), &[], None);
    assert_eq!(week.goal_streak, 4, "today, under way, breaks nothing");
    // Working Monday, Wednesday and Friday only: Tuesday and Thursday are left out too.
    let hours: Vec<WorkingHours> = vec!["Mon,Wed,Fri 09:00-17:00".parse().unwrap()];
    let week_mwf = super::week(&events, &wednesday(), &hours, None);
    assert_eq!(week_mwf.goal_streak, 2, "Friday and Monday");
    assert_eq!(week_mwf.hours, 9..17);
    // A weekday without two stretches breaks it; a weekend day with them does not count.
    let mut broken = events.clone();
    broken.retain(|e| !e.at.to_string().starts_with("2026-11-20"));
    broken.push(done("2026-11-22T10:00"));
    broken.push(done("2026-11-22T11:00"));
    assert_eq!(super::week(&broken, &wednesday(), &[], None).goal_streak, 2);
}

#[test]
fn an_empty_history_draws_an_empty_week() {
    let week = week(Vec::<HistoryEvent>::new(), &wednesday(), &[], None);
    assert_eq!(week.days.len(), 14);
    assert_eq!(week.goal_streak, 0);
    assert_eq!(
        week.this_week,
        Totals {
            working_days: 5,
            ..Totals::default()
        }
    );
    assert!(week.days.iter().all(|day| day.hours.len() == 24));
}

#[test]
fn history_with_only_lengths_still_draws_and_says_it_is_approximate() {
    let old = HistoryEvent {
        at: ts("2026-11-25T10:30"),
        kind: EventKind::SatFor { secs: 90 * 60 },
    };
    let week = week([old], &wednesday(), &[], None);
    assert!(week.approximate);
    assert_eq!(week.today().hours[9].sat, minutes(60));
    assert_eq!(week.today().hours[10].sat, minutes(30));
}

#[test]
fn held_reminders_show_where_they_came_due_with_their_reasons() {
    let held = |from: &str, until: &str| HistoryEvent {
        at: ts(until),
        kind: EventKind::Held {
            from: ts(from),
            reasons: vec![BusyReason::Call],
            ended: HoldEnded::Shown,
        },
    };
    let events = [
        held("2026-11-25T10:40", "2026-11-25T11:05"),
        held("2026-11-25T12:00", "2026-11-25T11:00"),
        held("2026-11-20T12:00", "2026-11-22T12:00"),
    ];
    let week = week(events, &wednesday(), &[], None);
    let cell = &week.today().hours[10];
    assert_eq!(cell.held.len(), 1);
    assert_eq!(cell.held[0].reasons, [BusyReason::Call]);
    assert_eq!(
        sat_length(cell.held[0].from, cell.held[0].until),
        minutes(25)
    );
    assert_eq!(week.ignored, 2, "ending before it began; held for two days");
}

#[test]
fn the_streak_under_way_is_drawn_too() {
    let week = week(
        Vec::<HistoryEvent>::new(),
        &wednesday(),
        &[],
        Some(minutes(50)),
    );
    assert_eq!(week.today().hours[14].sat, minutes(50));
    assert_eq!(
        week.this_week.longest.map(|s| s.length()),
        Some(minutes(50))
    );
}

#[test]
fn absurd_lines_are_left_out_and_never_panic() {
    let events = [
        HistoryEvent {
            at: Timestamp::MAX,
            kind: EventKind::SatFor { secs: u64::MAX },
        },
        HistoryEvent {
            at: Timestamp::MIN,
            kind: EventKind::Sat {
                from: Timestamp::MAX,
                to: Timestamp::MIN,
                ended_by: BreakKind::Other,
            },
        },
        HistoryEvent {
            at: Timestamp::MIN,
            kind: EventKind::Done {
                stretch: String::new(),
                held_secs: u64::MAX,
            },
        },
    ];
    let week = week(events, &wednesday(), &[], None);
    assert_eq!(week.ignored, 3);
    assert_eq!(week.this_week.sat, Duration::ZERO);
}

/// Streaks within the three weeks before `now`, as minutes from the start and a length; apart
/// from one another when `apart`.
fn any_streaks(apart: bool) -> impl Strategy<Value = Vec<(i64, i64)>> {
    proptest::collection::vec((0i64..20 * 24 * 60, 0i64..16 * 60), 0..30).prop_map(
        move |mut spans| {
            if apart {
                spans.sort_unstable();
                for i in 1..spans.len() {
                    let (start, length) = spans[i - 1];
                    spans[i].0 = spans[i].0.max(start + length);
                }
            }
            spans
        },
    )
}

fn any_zone() -> impl Strategy<Value = TimeZone> {
    prop_oneof![
        Just("Europe/Berlin"),
        Just("America/New_York"),
        Just("Australia/Lord_Howe"),
        Just("UTC")
    ]
    .prop_map(|name| TimeZone::get(name).unwrap())
}

/// The streaks as history, counted from three weeks before `now`.
fn streak_events(now: &Zoned, spans: &[(i64, i64)]) -> Vec<HistoryEvent> {
    let start = now
        .timestamp()
        .checked_sub(SignedDuration::from_hours(20 * 24))
        .unwrap();
    spans
        .iter()
        .map(|(offset, length)| {
            let from = start
                .checked_add(SignedDuration::from_mins(*offset))
                .unwrap();
            let to = from
                .checked_add(SignedDuration::from_mins(*length))
                .unwrap();
            HistoryEvent {
                at: to,
                kind: EventKind::Sat {
                    from,
                    to,
                    ended_by: BreakKind::Idle,
                },
            }
        })
        .collect()
}

fn evening(zone: &TimeZone, month: i8) -> Zoned {
    jiff::civil::date(2026, month, 20)
        .at(18, 0, 0, 0)
        .to_zoned(zone.clone())
        .unwrap()
}

proptest! {
    #[test]
    fn sitting_is_split_over_cells_without_loss_or_double_counting(
        spans in any_streaks(true), zone in any_zone(), month in 1i8..=12,
    ) {
        let now = evening(&zone, month);
        let events = streak_events(&now, &spans);
        let week = week(&events, &now, &[], None);
        let first = week.days[0].hours[0].from;
        let last = week.today().hours[23].to;
        let expected: Duration = events
            .iter()
            .map(|e| match e.kind {
                EventKind::Sat { from, to, .. } => sat_length(from.max(first), to.min(last)),
                _ => Duration::ZERO,
            })
            .sum();
        let by_day: Duration = week.days.iter().map(|d| d.sat).sum();
        prop_assert_eq!(by_day, expected);
        // The cells tile the fortnight: each begins where the one before ended.
        let cells: Vec<&Hour> = week.days.iter().flat_map(|d| &d.hours).collect();
        for pair in cells.windows(2) {
            prop_assert_eq!(pair[0].to, pair[1].from);
        }
    }

    #[test]
    fn overlapping_streaks_never_fill_an_hour_past_its_length(
        spans in any_streaks(false), zone in any_zone(), month in 1i8..=12,
    ) {
        let now = evening(&zone, month);
        let week = week(streak_events(&now, &spans), &now, &[], None);
        for day in &week.days {
            let by_hour: Duration = day.hours.iter().map(|h| h.sat).sum();
            prop_assert_eq!(by_hour, day.sat);
            for hour in &day.hours {
                prop_assert!(hour.sat <= sat_length(hour.from, hour.to));
            }
        }
    }
}

#[test]
fn a_history_forged_over_many_years_keeps_ten_years_of_days_at_most() {
    let today = wednesday().date();
    let mut book = Book::new(Date::MIN, today, TimeZone::get(BERLIN).unwrap(), &[]);
    for back in (0..40 * 366).step_by(2) {
        let date = today.checked_sub(jiff::Span::new().days(back)).unwrap();
        book.add(&sat(&format!("{date}T09:00"), &format!("{date}T09:30")));
        book.add(&done(&format!("{date}T10:00")));
    }
    assert!(book.days().count() <= KEPT_DAYS as usize / 2 + 1);
    assert!(book.done_by_day.len() <= KEPT_DAYS as usize / 2 + 1);
    assert!(book.days().all(|day| day.sat == minutes(30)));
}
