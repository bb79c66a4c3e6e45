//! The words of the week picture: what each hour, each day and the two weeks say. Plain
//! functions of [`crate::core::week`] data, unit tested; the cell words are what a screen reader
//! would read for the cell, and what the line under the grid shows on hover or focus.

use std::cmp::Ordering;
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::core::hold::BusyReason;
use crate::core::week::{Day, Held, Hour, Streak, Totals, GOAL_PER_DAY};
use crate::t;
use crate::wording::words::{self, duration};

/// "Wed 25 Nov".
pub fn day_name(day: &Day) -> String {
    words::day_short(day.date)
}

/// "10:40", on the user's wall clock.
fn clock(at: Timestamp, zone: &TimeZone) -> String {
    let time = at.to_zoned(zone.clone()).time();
    words::clock(time.hour() as u8, time.minute() as u8)
}

/// "10:40–11:05".
fn span(from: Timestamp, to: Timestamp, zone: &TimeZone) -> String {
    words::clock_span(clock(from, zone), clock(to, zone))
}

/// What held a reminder: "a call", "a call and Do Not Disturb".
fn reasons(reasons: &[BusyReason]) -> String {
    if reasons.is_empty() {
        return t!("window-week-reason-busy");
    }
    let words: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            BusyReason::Call => t!("window-week-reason-call"),
            BusyReason::DoNotDisturb => t!("window-week-reason-do-not-disturb"),
            BusyReason::Fullscreen => t!("window-week-reason-fullscreen"),
            BusyReason::GnomeBreak => t!("window-week-reason-gnome-break"),
        })
        .collect();
    words::list(&words)
}

/// "a reminder held 10:40–11:05 for a call", or "2 reminders held: 10:05–10:15 for a call and
/// 10:40–11:05 for Do Not Disturb".
fn holds(held: &[Held], zone: &TimeZone) -> Option<String> {
    let each = |hold: &Held| {
        t!(
            "window-week-held-each",
            span = span(hold.from, hold.until, zone),
            reasons = reasons(&hold.reasons)
        )
    };
    match held {
        [] => None,
        [one] => Some(t!(
            "window-week-held-one",
            span = span(one.from, one.until, zone),
            reasons = reasons(&one.reasons)
        )),
        many => Some(t!(
            "window-week-held-many",
            count = many.len(),
            holds = words::list(&many.iter().map(each).collect::<Vec<_>>())
        )),
    }
}

/// What one hour of one day says: "Wed 25 Nov, 10:00–11:00: sat 30 min, 1 stretch done and a
/// reminder held 10:40–11:05 for a call"; an hour still to come says so.
pub fn hour(day: &Day, index: usize, hour: &Hour, now: Timestamp, zone: &TimeZone) -> String {
    let whole_hour = |h: usize| words::clock(u8::try_from(h).unwrap_or(u8::MAX), 0);
    let span = t!(
        "window-week-hour-span",
        day = day_name(day),
        from = whole_hour(index),
        to = whole_hour(index + 1)
    );
    if hour.from > now {
        return t!("window-week-hour-future", span = span);
    }
    let mut parts = vec![if hour.sat.is_zero() {
        t!("window-week-no-sitting")
    } else {
        t!("window-week-sat", length = duration(hour.sat))
    }];
    if hour.done > 0 {
        parts.push(t!("window-week-stretches-done", count = hour.done));
    }
    parts.extend(holds(&hour.held, zone));
    t!("window-week-hour", span = span, what = words::list(&parts))
}

/// What a day's row says at its end: "2 h 35 · 2/2".
pub fn day_total(day: &Day) -> String {
    t!(
        "window-week-day-total",
        sat = short_duration(day.sat),
        done = day.done(),
        goal = GOAL_PER_DAY
    )
}

/// "2 h 35", "45 min", "0": shorter than [`words::duration`], for the end of a row.
fn short_duration(duration: Duration) -> String {
    let minutes = duration.as_secs() / 60;
    match minutes {
        0 => "0".into(),
        1..=59 => t!("window-week-short-minutes", minutes = minutes),
        _ => t!(
            "window-week-short-hours",
            hours = minutes / 60,
            minutes = format!("{:02}", minutes % 60)
        ),
    }
}

/// "Tue 24 Nov 13:10–15:02".
fn streak(streak: &Streak, zone: &TimeZone) -> String {
    t!(
        "window-week-longest-when",
        day = words::day_short(streak.to.to_zoned(zone.clone()).date()),
        span = span(streak.from, streak.to, zone)
    )
}

/// The lines under the picture: today against the goal, the streak of days that met it, and
/// the longest sitting this week with when it was.
pub fn summary(today: &Day, goal_streak: u32, this_week: &Totals, zone: &TimeZone) -> Vec<String> {
    let done = today.done();
    let today_line = match done.cmp(&GOAL_PER_DAY) {
        Ordering::Less => t!("window-week-today-under", done = done, goal = GOAL_PER_DAY),
        Ordering::Equal => t!("window-week-today-met", done = done, goal = GOAL_PER_DAY),
        Ordering::Greater => t!("window-week-today-past", done = done, goal = GOAL_PER_DAY),
    };
    let streak_line = match goal_streak {
        0 => t!("window-week-streak-none", goal = GOAL_PER_DAY),
        days => t!("window-week-streak", days = days, goal = GOAL_PER_DAY),
    };
    let longest = match &this_week.longest {
        Some(longest) => t!(
            "window-week-longest",
            length = duration(longest.length()),
            when = streak(longest, zone)
        ),
        None => t!("window-week-longest-none"),
    };
    vec![today_line, streak_line, longest]
}

/// This week beside the week before, as rows of a table: a header, then what each week adds up
/// to.
pub fn comparison(this_week: &Totals, week_before: &Totals) -> Vec<[String; 3]> {
    let both =
        |name: &str, value: fn(&Totals) -> String| [t!(name), value(this_week), value(week_before)];
    vec![
        [
            String::new(),
            t!("window-week-column-this"),
            t!("window-week-column-before"),
        ],
        both("window-week-figure-done", |t| t.done.to_string()),
        both("window-week-figure-sitting", |t| duration(t.sat)),
        both("window-week-figure-goal", |t| {
            t!(
                "window-week-goal-days",
                met = t.met_goal,
                days = t.working_days
            )
        }),
        both("window-week-figure-longest", |t| {
            t.longest
                .map_or(t!("window-week-longest-nothing"), |streak| {
                    duration(streak.length())
                })
        }),
    ]
}

#[cfg(test)]
mod tests;
