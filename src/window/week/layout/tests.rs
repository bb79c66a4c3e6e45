use super::*;
use crate::core::history::{BreakKind, EventKind, HistoryEvent};
use crate::core::working_hours::WorkingHours;
use crate::window::week::view::{view, Showing};

fn fonts() -> Fonts {
    Fonts::load().unwrap()
}

/// A week with sitting in every hour of today, shown over `hours`.
fn sample(hours: &[&str]) -> WeekView {
    let now: jiff::Zoned = "2026-11-25T23:59:00[UTC]".parse().unwrap();
    let from = "2026-11-25T00:00:00Z".parse().unwrap();
    let to = "2026-11-25T23:50:00Z".parse().unwrap();
    let events = [HistoryEvent {
        at: to,
        kind: EventKind::Sat {
            from,
            to,
            ended_by: BreakKind::Locked,
        },
    }];
    let hours: Vec<WorkingHours> = hours.iter().map(|h| h.parse().unwrap()).collect();
    view(
        &crate::core::week::week(events, &now, &hours, None),
        Showing::ThisWeek,
    )
}

/// Every line and cell of `view` laid out at its fitted size sits inside the window, above the
/// bar, and no two cells overlap.
fn assert_fits(view: &WeekView, max_width: f32) -> (f32, f32) {
    let fonts = fonts();
    let (width, height, room) = fit(std::slice::from_ref(view), &fonts, max_width);
    assert!(width <= max_width.max(440.0), "{width} > {max_width}");
    for detail in [view.hint.as_str(), room] {
        let l = layout(view, &fonts, width, height, 1.0, detail, room);
        for line in &l.lines {
            let (left, right) = line.span();
            assert!(
                left >= 0.0 && right <= width + 0.5,
                "\"{}\" runs to {right}",
                line.text
            );
            assert!(
                line.y + line.size <= l.bar.y,
                "\"{}\" under the bar",
                line.text
            );
        }
        assert_eq!(l.cells.len(), 7 * view.columns.len());
        for pair in l.cells.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(
                a.x + a.width < b.x || a.y + a.height < b.y,
                "{a:?} and {b:?} overlap"
            );
        }
        let last = l.cells.last().unwrap();
        assert!(last.x + last.width <= width && last.y + last.height <= l.bar.y);
        for button in &l.buttons {
            assert!(button.x >= 0.0 && button.x + button.width <= width + 0.5);
            assert!(button.y + button.height <= height + 0.5);
        }
    }
    (width, height)
}

#[test]
fn a_working_day_fits_at_full_size() {
    let view = sample(&["Mon-Fri 09:00-17:30"]);
    assert_eq!(view.columns.len(), 9);
    let (width, height) = assert_fits(&view, 1180.0);
    assert!(width < 700.0 && height < 760.0, "{width}x{height}");
}

#[test]
fn a_whole_day_of_hours_narrows_the_cells_to_fit_a_small_screen() {
    let view = sample(&[]);
    assert_eq!(
        view.columns.len(),
        24,
        "sitting in every hour shows every hour"
    );
    let (width, _) = assert_fits(&view, 940.0);
    let l = layout(&view, &fonts(), width, 0.0, 1.0, &view.hint, &view.hint);
    assert!(l.cells[0].width < CELL_WIDTH, "{:?}", l.cells[0]);
    assert!(l.cells[0].width >= NARROWEST_CELL);
}

#[test]
fn the_focus_moving_never_moves_what_is_under_the_grid() {
    let view = sample(&["Mon-Fri 09:00-17:30"]);
    let fonts = fonts();
    let (width, height, room) = fit(std::slice::from_ref(&view), &fonts, 1180.0);
    let y_of = |detail: &str, text: &str| {
        let l = layout(&view, &fonts, width, height, 1.0, detail, room);
        l.lines
            .iter()
            .find(|line| line.text == text)
            .map(|line| line.y)
    };
    let legend_y = y_of(&view.hint, "none");
    assert!(legend_y.is_some());
    assert_eq!(legend_y, y_of(room, "none"));
    assert_eq!(
        y_of(&view.hint, "Stretches done"),
        y_of(room, "Stretches done")
    );
}

#[test]
fn the_pointer_finds_the_cell_it_is_over() {
    let view = sample(&["Mon-Fri 09:00-17:30"]);
    let fonts = fonts();
    let (width, height, _) = fit(std::slice::from_ref(&view), &fonts, 1180.0);
    let l = layout(&view, &fonts, width, height, 1.0, &view.hint, &view.hint);
    let (x, y) = l.cell(3, 5).unwrap().center();
    assert_eq!(l.cell_at(x, y), Some((3, 5)));
    assert_eq!(l.cell_at(1.0, 1.0), None);
    // Between two cells is neither.
    let a = l.cell(0, 0).unwrap();
    assert_eq!(l.cell_at(a.x + a.width + 1.0, a.y + 2.0), None);
}

#[test]
fn hidpi_doubles_the_grid() {
    let view = sample(&["Mon-Fri 09:00-17:30"]);
    let fonts = fonts();
    let one = layout(&view, &fonts, 600.0, 700.0, 1.0, &view.hint, &view.hint);
    let two = layout(&view, &fonts, 1200.0, 1400.0, 2.0, &view.hint, &view.hint);
    assert!((two.cells[10].x - 2.0 * one.cells[10].x).abs() < 0.5);
    assert!((two.cells[10].width - 2.0 * one.cells[10].width).abs() < 0.5);
}
