//! What the week picture shows, as data: a table of seven days by the hours of the working day,
//! each cell with its colour step, its marks and its words, then the summary and the buttons.
//! Pure, so every text is known before the window opens (it is sized to fit them all) and can be
//! checked in tests. It is also the structure a screen reader is given: a table whose rows and
//! cells are named in words ([`Cell::words`]), then lines of text, then buttons.

use std::time::Duration;

use crate::core::week::{Day, Week, WEEK_DAYS};
use crate::{t, wording};

use super::words;

/// Which of the two weeks the grid shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Showing {
    ThisWeek,
    WeekBefore,
}

/// What a button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show the other week.
    OtherWeek,
    Close,
}

/// One hour of one day, as drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The step of the colour scale, 0 (no sitting) to 4 (45 minutes or more).
    pub step: usize,
    /// Still to come today: drawn empty.
    pub future: bool,
    /// Stretches done in it: a mark each.
    pub done: u32,
    /// Whether a reminder was held in it: a mark in its corner.
    pub held: bool,
    /// What it says on hover or focus.
    pub words: String,
}

/// One day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// "Wed 25 Nov".
    pub label: String,
    pub today: bool,
    /// Days outside the working hours are shown muted: they neither make nor break a streak.
    pub working: bool,
    pub cells: Vec<Cell>,
    /// At the end of the row: "2 h 35 · 2/2".
    pub total: String,
}

/// Everything the window shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekView {
    pub title: String,
    pub subtitle: String,
    /// Over the columns: "8", "9", … the hour each begins.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// The line under the grid when no cell is hovered or focused.
    pub hint: String,
    /// The legend's words for each colour step.
    pub steps: [String; 5],
    pub summary: Vec<String>,
    /// This week beside the week before: a header row, then a row per figure.
    pub comparison: Vec<[String; 3]>,
    pub actions: Vec<Action>,
}

/// The upper bounds of the colour steps 0 to 3, in minutes sat in the hour; step 4 is the rest.
const STEP_BELOW_MINUTES: [u64; 4] = [0, 15, 30, 45];

/// The colour step for time sat in an hour: 0 for none, 1 for under 15 minutes, then one step
/// a quarter of an hour up to 4 for 45 minutes or more (a two-hour autumn hour included).
pub fn step(sat: Duration) -> usize {
    if sat.is_zero() {
        return 0;
    }
    let minutes = sat.as_secs() / 60;
    STEP_BELOW_MINUTES[1..]
        .iter()
        .position(|below| minutes < *below)
        .map_or(4, |index| index + 1)
}

impl Showing {
    fn days(self, week: &Week) -> &[Day] {
        let split = week.days.len().saturating_sub(WEEK_DAYS);
        match self {
            Showing::ThisWeek => &week.days[split..],
            Showing::WeekBefore => &week.days[..split],
        }
    }

    pub fn other(self) -> Showing {
        match self {
            Showing::ThisWeek => Showing::WeekBefore,
            Showing::WeekBefore => Showing::ThisWeek,
        }
    }
}

/// The picture of `week`, showing one of its two weeks.
pub fn view(week: &Week, showing: Showing) -> WeekView {
    let zone = week.now.time_zone();
    let now = week.now.timestamp();
    let days = showing.days(week);
    let first = usize::from(week.hours.start);
    let end = usize::from(week.hours.end);
    let today = week.now.date();
    let rows = days
        .iter()
        .map(|day| Row {
            label: words::day_name(day),
            today: day.date == today,
            working: day.working,
            cells: (first..end)
                .map(|index| {
                    let hour = &day.hours[index];
                    Cell {
                        step: step(hour.sat),
                        future: hour.from > now,
                        done: hour.done,
                        held: !hour.held.is_empty(),
                        words: words::hour(day, index, hour, now, zone),
                    }
                })
                .collect(),
            total: words::day_total(day),
        })
        .collect();
    let range = match (days.first(), days.last()) {
        (Some(first), Some(last)) => {
            t!(
                "window-week-range",
                first = words::day_name(first),
                last = words::day_name(last)
            )
        }
        _ => String::new(),
    };
    let title = match showing {
        Showing::ThisWeek => t!("window-week-heading-this"),
        Showing::WeekBefore => t!("window-week-heading-before"),
    };
    let hint = if week.approximate {
        t!("window-week-hint-approximate")
    } else {
        t!("window-week-hint")
    };
    WeekView {
        title,
        subtitle: t!(
            "window-week-subtitle",
            range = range,
            from = wording::words::clock(week.hours.start, 0),
            to = wording::words::clock(week.hours.end, 0)
        ),
        columns: (first..end).map(|hour| hour.to_string()).collect(),
        rows,
        hint,
        steps: [
            t!("window-week-step-none"),
            t!("window-week-step-under-15"),
            t!("window-week-step-15-30"),
            t!("window-week-step-30-45"),
            t!("window-week-step-45-60"),
        ],
        summary: words::summary(week.today(), week.goal_streak, &week.this_week, zone),
        comparison: words::comparison(&week.this_week, &week.week_before),
        actions: vec![Action::OtherWeek, Action::Close],
    }
}

/// A button's label.
pub fn label(action: Action, showing: Showing) -> String {
    match (action, showing) {
        (Action::OtherWeek, Showing::ThisWeek) => t!("window-week-button-before"),
        (Action::OtherWeek, Showing::WeekBefore) => t!("window-week-button-this"),
        (Action::Close, _) => t!("window-button-close"),
    }
}

#[cfg(test)]
mod tests;
