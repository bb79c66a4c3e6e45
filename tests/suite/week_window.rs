//! The week picture as a person sees it: the real binary opens `limber stats --week --show` on a
//! virtual X display over a history written for the test; the test reads the screenshot's
//! pixels where the window's trace (`LIMBER_TRACE_WINDOW`) says each hour's cell is, moves the
//! focus with real keys, and checks that the tray's "Your week…" opens the same picture.

use crate::support;

use std::process::{Child, Stdio};
use std::time::Duration;

use support::desktop::{require, wait_for, Desktop};
use support::screen::{screenshot, Shot};

/// Where the grid is, from the trace: the first cell and the step to the next.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Grid {
    x: usize,
    y: usize,
    width: usize,
    height: usize,
    step_x: usize,
    step_y: usize,
}

impl Grid {
    /// A point just inside the top left of a cell, clear of its marks.
    fn inset(&self, row: usize, column: usize) -> (usize, usize) {
        (
            self.x + column * self.step_x + 5,
            self.y + row * self.step_y + 5,
        )
    }
}

/// The last grid traced in `trace`, and the whole line.
fn last_grid(trace: &str) -> Option<(Grid, String)> {
    let line = trace
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("limber-week: grid "))?;
    let numbers: Vec<usize> = line
        .split_whitespace()
        .take(6)
        .map(|n| n.parse::<f32>().unwrap().round() as usize)
        .collect();
    let grid = Grid {
        x: numbers[0],
        y: numbers[1],
        width: numbers[2],
        height: numbers[3],
        step_x: numbers[4],
        step_y: numbers[5],
    };
    Some((grid, line.to_string()))
}

/// An open week picture.
struct Picture {
    child: Child,
    id: String,
    trace: std::path::PathBuf,
}

impl Picture {
    fn trace(&self) -> String {
        std::fs::read_to_string(&self.trace).unwrap_or_default()
    }

    /// The last grid the window traced, waiting for one.
    fn grid(&self) -> (Grid, String) {
        let mut grid = None;
        wait_for(Duration::from_secs(10), || {
            grid = last_grid(&self.trace());
            grid.is_some()
        });
        grid.unwrap_or_else(|| panic!("no grid traced: {}", self.trace()))
    }

    /// The detail lines traced so far.
    fn details(&self) -> Vec<String> {
        self.trace()
            .lines()
            .filter_map(|line| line.strip_prefix("limber-week: detail "))
            .map(str::to_string)
            .collect()
    }

    /// Presses `key` and waits until the detail line changes to something containing `expect`.
    fn press(&self, desktop: &Desktop, key: &str, expect: &str) {
        desktop.xdotool(&["key", "--window", &self.id, key]);
        wait_for(Duration::from_secs(5), || {
            self.details()
                .last()
                .is_some_and(|last| last.contains(expect))
        })
        .unwrap_or_else(|| panic!("after {key}, no \"{expect}\": {:?}", self.details()));
    }

    fn shot(&self, desktop: &Desktop) -> Shot {
        // Let the frame for the last input land first.
        std::thread::sleep(Duration::from_millis(400));
        screenshot(desktop, &self.id)
    }
}

/// Opens the picture in `theme` with the pointer out of the way, and gives it the keyboard.
fn open(desktop: &Desktop, theme: &str) -> Picture {
    let trace = desktop.path().join(format!("week-{theme}.txt"));
    desktop.xdotool(&["mousemove", "1270", "790"]);
    let child = desktop
        .limber()
        .env("TZ", "UTC")
        .env("LIMBER_THEME", theme)
        .env("LIMBER_TRACE_WINDOW", "1")
        .args(["stats", "--week", "--show"])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&trace).expect("trace file"))
        .spawn()
        .expect("open the week picture");
    let id = desktop
        .xdotool(&["search", "--sync", "--name", "your week"])
        .lines()
        .next()
        .expect("a window")
        .to_string();
    let picture = Picture { child, id, trace };
    picture.grid();
    desktop.xdotool(&["windowfocus", &picture.id]);
    std::thread::sleep(Duration::from_millis(300));
    picture
}

/// An instant `days` before today at `clock` (HH:MM), in UTC, as the history writes it.
fn stamp(days: i64, clock: &str) -> String {
    let day = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::UTC)
        .date()
        .checked_sub(jiff::Span::new().days(days))
        .unwrap();
    format!("{day}T{clock}:00Z")
}

/// A fortnight of history: yesterday 09:00–11:30 with a stretch at 10:15; three days ago
/// 14:00–14:20 with a reminder held 14:05–14:30 for a call; four days ago 16:00–16:10; nine days
/// ago (the week before) 12:00–13:00.
fn fixture() -> String {
    let sat = |days, from, to| {
        format!(
            r#"{{"v":2,"at":"{}","event":"sat","from":"{}","to":"{}","ended_by":"idle"}}"#,
            stamp(days, to),
            stamp(days, from),
            stamp(days, to)
        )
    };
    [
        sat(1, "09:00", "11:30"),
        format!(
            r#"{{"v":2,"at":"{}","event":"done","stretch":"seated-figure-four-chair","held_secs":60}}"#,
            stamp(1, "10:15")
        ),
        sat(3, "14:00", "14:20"),
        format!(
            r#"{{"v":2,"at":"{}","event":"held","from":"{}","reasons":["call"],"ended":"shown"}}"#,
            stamp(3, "14:30"),
            stamp(3, "14:05")
        ),
        sat(4, "16:00", "16:10"),
        sat(9, "12:00", "13:00"),
        "not json: a damaged line is skipped, the rest still draws".into(),
    ]
    .join("\n")
}

/// Working every day from 8:00 to 18:00: ten columns, none of them today's future in question.
const EVERY_DAY: &str = "[schedule]\nworking_hours = [\"Daily 08:00-18:00\"]\n";

fn lightness([r, g, b]: [u8; 3]) -> u32 {
    2126 * u32::from(r) + 7152 * u32::from(g) + 722 * u32::from(b)
}

/// The desktop with the fixture history and config, when Xvfb and ImageMagick are there.
fn desktop_with_fixture() -> Option<Desktop> {
    if !require(&["import"]) {
        return None;
    }
    let desktop = Desktop::start()?;
    desktop.write_config(EVERY_DAY);
    std::fs::create_dir_all(desktop.history_file().parent().unwrap()).unwrap();
    std::fs::write(desktop.history_file(), fixture()).unwrap();
    Some(desktop)
}

#[test]
fn hours_are_coloured_where_the_history_says_sitting_happened() {
    let Some(desktop) = desktop_with_fixture() else {
        return;
    };
    let picture = open(&desktop, "light");
    let (grid, line) = picture.grid();
    assert!(
        line.contains("rows=7 columns=10 first-hour=8 showing=this-week"),
        "{line}"
    );
    let shot = picture.shot(&desktop);
    let at = |row: usize, column: usize| {
        let (x, y) = grid.inset(row, column);
        shot.pixel(x, y)
    };
    // Rows: six days ago first, today last. Columns: 8:00 first.
    let sitting = [
        ((5, 1), 4), // yesterday 9:00, an hour
        ((5, 2), 4), // yesterday 10:00, an hour
        ((5, 3), 3), // yesterday 11:00, half an hour
        ((3, 6), 2), // three days ago 14:00, 20 minutes
        ((2, 8), 1), // four days ago 16:00, 10 minutes
    ];
    let empty = at(0, 0);
    for row in 0..6 {
        for column in 0..10 {
            if !sitting.iter().any(|(cell, _)| *cell == (row, column)) {
                assert_eq!(
                    at(row, column),
                    empty,
                    "cell {row},{column} should be empty"
                );
            }
        }
    }
    let mut by_step: Vec<(usize, u32)> = sitting
        .iter()
        .map(|((row, column), step)| (*step, lightness(at(*row, *column))))
        .collect();
    by_step.push((0, lightness(empty)));
    by_step.sort_unstable();
    for pair in by_step.windows(2) {
        assert!(
            pair[0].0 == pair[1].0 || pair[1].1 < pair[0].1,
            "more sitting is not darker: {by_step:?}"
        );
    }
    assert_eq!(at(5, 1), at(5, 2), "two full hours, one colour");
    // The stretch at 10:15 yesterday is a light dot at the foot of its dark cell.
    let (x, y) = (
        grid.x + 2 * grid.step_x + grid.width / 2,
        grid.y + 5 * grid.step_y + grid.height - 7,
    );
    assert!(
        lightness(shot.pixel(x, y)) > lightness(at(5, 2)) + 1_000_000,
        "no dot"
    );
    picture_closes(picture, &desktop);
}

#[test]
fn the_keys_tell_each_hour_and_show_the_week_before() {
    let Some(desktop) = desktop_with_fixture() else {
        return;
    };
    let picture = open(&desktop, "dark");
    assert!(picture.details()[0].starts_with("Point at an hour"));
    // The first arrow lands on today; Home goes to 8:00, then up to yesterday, right to 10:00.
    picture.press(&desktop, "Up", "");
    picture.press(&desktop, "Home", "08:00–09:00");
    picture.press(&desktop, "Up", "08:00–09:00: no sitting");
    picture.press(&desktop, "Right", "09:00–10:00: sat 1 h 00 min");
    picture.press(
        &desktop,
        "Right",
        "10:00–11:00: sat 1 h 00 min and 1 stretch done",
    );
    picture.press(&desktop, "Up", "10:00–11:00: no sitting");
    picture.press(&desktop, "Up", "10:00–11:00: no sitting");
    for _ in 0..3 {
        desktop.xdotool(&["key", "--window", &picture.id, "Right"]);
    }
    picture.press(
        &desktop,
        "Right",
        "14:00–15:00: sat 20 min and a reminder held 14:05–14:30 for a call",
    );
    // Dark theme: sitting is lighter than an empty hour.
    let (grid, _) = picture.grid();
    let shot = picture.shot(&desktop);
    let (ex, ey) = grid.inset(0, 0);
    let (sx, sy) = grid.inset(5, 1);
    assert!(lightness(shot.pixel(sx, sy)) > lightness(shot.pixel(ex, ey)));
    // Tab to "Week before", Enter: the grid shows the week before, nine days ago at 12:00.
    picture.press(&desktop, "Tab", "button Week before");
    desktop.xdotool(&["key", "--window", &picture.id, "Return"]);
    wait_for(Duration::from_secs(5), || {
        picture.grid().1.contains("showing=week-before")
    })
    .unwrap_or_else(|| panic!("Enter did not show the week before: {}", picture.trace()));
    let before = picture.shot(&desktop);
    let (x, y) = grid.inset(4, 4);
    let (ex, ey) = grid.inset(0, 0);
    assert!(lightness(before.pixel(x, y)) > lightness(before.pixel(ex, ey)));
    picture_closes(picture, &desktop);
}

/// Escape closes the picture, which exits cleanly.
fn picture_closes(mut picture: Picture, desktop: &Desktop) {
    desktop.xdotool(&["key", "--window", &picture.id, "Escape"]);
    wait_for(Duration::from_secs(5), || {
        matches!(picture.child.try_wait(), Ok(Some(_)))
    })
    .expect("Escape closes the picture");
    assert!(picture.child.wait().unwrap().success());
    assert!(
        picture.trace().contains("skipped a damaged line"),
        "the damaged line is reported: {}",
        picture.trace()
    );
}

#[test]
fn the_trays_your_week_opens_the_picture_with_the_sitting_under_way() {
    let Some(desktop) = desktop_with_fixture() else {
        return;
    };
    let watcher = support::sni_watcher::SniWatcher::start(desktop.bus.address());
    let daemon = desktop.start_daemon_with(|command| {
        command.env("LIMBER_TRACE_WINDOW", "1").env("TZ", "UTC");
    });
    let menu = support::dbusmenu::Menu::of_daemon(&desktop, &watcher, &daemon);
    // Sit a moment, so the streak under way has begun.
    desktop.stay_active_until(Duration::from_secs(2), || false);
    menu.click(&["Your week…"]);
    let mut window = String::new();
    wait_for(Duration::from_secs(10), || {
        window = desktop.xdotool(&["search", "--name", "your week"]);
        !window.is_empty()
    })
    .unwrap_or_else(|| panic!("no week picture; log:\n{}", daemon.log()));
    assert_eq!(
        desktop.xdotool(&["getwindowname", window.lines().next().unwrap()]),
        "limber — your week"
    );
    // Today's row shows the sitting under way, which the history has not got yet.
    let now_hour = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::UTC)
        .hour();
    wait_for(Duration::from_secs(5), || {
        daemon.log().contains("limber-week: frame")
    })
    .unwrap_or_else(|| panic!("the picture traced no frame:\n{}", daemon.log()));
    if !(8..18).contains(&now_hour) {
        eprintln!("outside 8:00-18:00 UTC the sitting under way is not in the grid: not checked");
        return;
    }
    let (grid, _) = last_grid(&daemon.log()).expect("a grid");
    std::thread::sleep(Duration::from_millis(400));
    let shot = screenshot(&desktop, window.lines().next().unwrap());
    let (ex, ey) = grid.inset(0, 0);
    let empty = shot.pixel(ex, ey);
    let today: Vec<[u8; 3]> = (0..10)
        .map(|column| {
            let (x, y) = grid.inset(6, column);
            shot.pixel(x, y)
        })
        .collect();
    let column = usize::from(now_hour.unsigned_abs()) - 8;
    assert!(
        today[column] != empty || (column > 0 && today[column - 1] != empty),
        "the hour being sat is not coloured: {today:?} (empty {empty:?})"
    );
}
