//! The words of the week picture: what each hour, each day and the two weeks say. Plain
//! functions of [`crate::core::week`] data, unit tested; the cell words are what a screen reader
//! would read for the cell, and what the line under the grid shows on hover or focus.

use std::cmp::Ordering;
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::core::hold::BusyReason;
use crate::core::week::{Day, Held, Hour, Streak, Totals, GOAL_PER_DAY};
use crate::wording::words::duration as duration_words;

/// "Wed 25 Nov".
pub fn day_name(day: &Day) -> String {
    day.date.strftime("%a %-d %b").to_string()
}

/// "10:40", on the user's wall clock.
fn clock(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned(zone.clone()).strftime("%H:%M").to_string()
}

/// What held a reminder: "a call", "a call and Do Not Disturb".
fn reasons(reasons: &[BusyReason]) -> String {
    let words: Vec<&str> = reasons
        .iter()
        .map(|reason| match reason {
            BusyReason::Call => "a call",
            BusyReason::DoNotDisturb => "Do Not Disturb",
            BusyReason::Fullscreen => "a fullscreen window",
            BusyReason::GnomeBreak => "GNOME's break",
        })
        .collect();
    match words.as_slice() {
        [] => "being busy".into(),
        [one] => (*one).into(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "a reminder held 10:40–11:05 for a call", or "2 reminders held: 10:05–10:15 for a call,
/// 10:40–11:05 for Do Not Disturb".
fn holds(held: &[Held], zone: &TimeZone) -> Option<String> {
    let each = |hold: &Held| {
        format!(
            "{}–{} for {}",
            clock(hold.from, zone),
            clock(hold.until, zone),
            reasons(&hold.reasons)
        )
    };
    match held {
        [] => None,
        [one] => Some(format!("a reminder held {}", each(one))),
        many => Some(format!(
            "{} reminders held: {}",
            many.len(),
            many.iter().map(each).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// "1 stretch done", "3 stretches done".
fn stretches(done: u32) -> String {
    match done {
        1 => "1 stretch done".into(),
        n => format!("{n} stretches done"),
    }
}

/// What one hour of one day says: "Wed 25 Nov, 10:00–11:00: sat 30 min, 1 stretch done, a
/// reminder held 10:40–11:05 for a call"; an hour still to come says so.
pub fn hour(day: &Day, index: usize, hour: &Hour, now: Timestamp, zone: &TimeZone) -> String {
    let span = format!("{}, {:02}:00–{:02}:00", day_name(day), index, index + 1);
    if hour.from > now {
        return format!("{span}: still to come");
    }
    let mut parts = vec![if hour.sat.is_zero() {
        "no sitting".to_string()
    } else {
        format!("sat {}", duration_words(hour.sat))
    }];
    if hour.done > 0 {
        parts.push(stretches(hour.done));
    }
    parts.extend(holds(&hour.held, zone));
    format!("{span}: {}", parts.join(", "))
}

/// What a day's row says at its end: "2 h 35 · 2/2".
pub fn day_total(day: &Day) -> String {
    format!(
        "{} · {}/{GOAL_PER_DAY}",
        short_duration(day.sat),
        day.done()
    )
}

/// "2 h 35", "45 min", "0".
fn short_duration(duration: Duration) -> String {
    let minutes = duration.as_secs() / 60;
    match minutes {
        0 => "0".into(),
        1..=59 => format!("{minutes} min"),
        _ => format!("{} h {:02}", minutes / 60, minutes % 60),
    }
}

/// "Tue 24 Nov 13:10–15:02".
fn streak(streak: &Streak, zone: &TimeZone) -> String {
    format!(
        "{} {}–{}",
        streak.to.to_zoned(zone.clone()).strftime("%a %-d %b"),
        clock(streak.from, zone),
        clock(streak.to, zone)
    )
}

/// The lines under the picture: today against the goal, the streak of days that met it, and
/// the longest sitting this week with when it was.
pub fn summary(today: &Day, goal_streak: u32, this_week: &Totals, zone: &TimeZone) -> Vec<String> {
    let done = today.done();
    let today_line = match done.cmp(&GOAL_PER_DAY) {
        Ordering::Less => format!(
            "Today: {done} of {GOAL_PER_DAY} stretches. The article advises at least two a day."
        ),
        Ordering::Equal => format!("Today: {done} of {GOAL_PER_DAY} stretches, the goal met."),
        Ordering::Greater => format!("Today: {done} stretches, past the goal of {GOAL_PER_DAY}."),
    };
    let streak_line = match goal_streak {
        0 => format!("Streak: none yet; {GOAL_PER_DAY} stretches on a working day starts one."),
        1 => format!("Streak: 1 working day with {GOAL_PER_DAY} stretches."),
        n => format!("Streak: {n} working days in a row with {GOAL_PER_DAY} stretches."),
    };
    let longest = match &this_week.longest {
        Some(longest) => format!(
            "Longest sitting this week: {}, {}.",
            duration_words(longest.length()),
            streak(longest, zone)
        ),
        None => "Longest sitting this week: none recorded.".into(),
    };
    vec![today_line, streak_line, longest]
}

/// This week beside the week before, as rows of a table: a header, then what each week adds up
/// to.
pub fn comparison(this_week: &Totals, week_before: &Totals) -> Vec<[String; 3]> {
    let both = |name: &str, value: fn(&Totals) -> String| {
        [name.to_string(), value(this_week), value(week_before)]
    };
    vec![
        [String::new(), "This week".into(), "Week before".into()],
        both("Stretches done", |t| t.done.to_string()),
        both("Time sitting", |t| duration_words(t.sat)),
        both("Goal met", |t| {
            format!("{} of {} working days", t.met_goal, t.working_days)
        }),
        both("Longest sitting", |t| {
            t.longest
                .map_or("none".into(), |streak| duration_words(streak.length()))
        }),
    ]
}

#[cfg(test)]
mod tests;
