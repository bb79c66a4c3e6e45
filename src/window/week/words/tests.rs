use super::*;
use crate::core::week::Day;

fn day(date: &str) -> Day {
    let now: jiff::Zoned = format!("{date}T23:00:00[UTC]").parse().unwrap();
    crate::core::week::week(
        Vec::<crate::core::history::HistoryEvent>::new(),
        &now,
        &[],
        None,
    )
    .today()
    .clone()
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[test]
fn an_hour_says_what_happened_in_it() {
    let mut day = day("2026-11-25");
    let mut hour = day.hours[10].clone();
    hour.sat = Duration::from_secs(30 * 60);
    hour.done = 1;
    hour.held = vec![Held {
        from: ts("2026-11-25T10:40:00Z"),
        until: ts("2026-11-25T11:05:00Z"),
        reasons: vec![BusyReason::Call, BusyReason::DoNotDisturb],
    }];
    let now = ts("2026-11-25T23:00:00Z");
    assert_eq!(
        super::hour(&day, 10, &hour, now, &TimeZone::UTC),
        "Wed 25 Nov, 10:00–11:00: sat 30 min, 1 stretch done and a reminder held 10:40–11:05 for \
         a call and Do Not Disturb"
    );
    hour.held.push(Held {
        from: ts("2026-11-25T10:50:00Z"),
        until: ts("2026-11-25T10:55:00Z"),
        reasons: vec![],
    });
    hour.done = 2;
    assert!(super::hour(&day, 10, &hour, now, &TimeZone::UTC).ends_with(
        "2 stretches done and 2 reminders held: 10:40–11:05 for a call and Do Not Disturb and \
         10:50–10:55 for being busy"
    ));
    day.hours[9].sat = Duration::ZERO;
    assert_eq!(
        super::hour(&day, 9, &day.hours[9], now, &TimeZone::UTC),
        "Wed 25 Nov, 09:00–10:00: no sitting"
    );
}

#[test]
fn today_and_the_streak_are_said_against_the_goal() {
    let mut today = day("2026-11-25");
    let week = Totals::default();
    let lines = |today: &Day, streak| summary(today, streak, &week, &TimeZone::UTC);
    assert!(lines(&today, 0)[0].starts_with("Today: 0 of 2 stretches."));
    assert_eq!(
        lines(&today, 0)[1],
        "Streak: none yet; 2 stretches on a working day starts one."
    );
    today.summary.done = 2;
    assert_eq!(
        lines(&today, 1)[0],
        "Today: 2 of 2 stretches, the goal met."
    );
    assert_eq!(
        lines(&today, 1)[1],
        "Streak: 1 working day with 2 stretches."
    );
    today.summary.done = 3;
    assert_eq!(
        lines(&today, 6)[0],
        "Today: 3 stretches, past the goal of 2."
    );
    assert_eq!(
        lines(&today, 6)[1],
        "Streak: 6 working days in a row with 2 stretches."
    );
    assert_eq!(
        lines(&today, 6)[2],
        "Longest sitting this week: none recorded."
    );
    let with_longest = Totals {
        longest: Some(Streak {
            from: ts("2026-11-24T13:10:00Z"),
            to: ts("2026-11-24T15:02:00Z"),
        }),
        ..Totals::default()
    };
    assert_eq!(
        summary(&today, 6, &with_longest, &TimeZone::UTC)[2],
        "Longest sitting this week: 1 h 52 min, Tue 24 Nov 13:10–15:02."
    );
}

#[test]
fn the_two_weeks_stand_side_by_side() {
    let this_week = Totals {
        sat: Duration::from_secs(31 * 3600 + 20 * 60),
        done: 9,
        working_days: 5,
        met_goal: 4,
        longest: None,
    };
    let table = comparison(&this_week, &Totals::default());
    assert_eq!(table[0], ["", "This week", "Week before"]);
    assert_eq!(table[1], ["Stretches done", "9", "0"]);
    assert_eq!(table[2], ["Time sitting", "31 h 20 min", "0 s"]);
    assert_eq!(
        table[3],
        ["Goal met", "4 of 5 working days", "0 of 0 working days"]
    );
    assert_eq!(table[4], ["Longest sitting", "none", "none"]);
}

#[test]
fn nothing_scolds() {
    let mut today = day("2026-11-25");
    for done in 0..4 {
        today.summary.done = done;
        for streak in 0..3 {
            let text = summary(&today, streak, &Totals::default(), &TimeZone::UTC)
                .join(" ")
                .to_lowercase();
            for harsh in ["fail", "only", "should", "must", "!", "bad"] {
                assert!(!text.contains(harsh), "\"{harsh}\" in {text}");
            }
        }
    }
}
