use super::*;
use crate::core::history::{BreakKind, EventKind, HistoryEvent};
use crate::core::working_hours::WorkingHours;
use crate::window::layout::MARGIN;
use crate::window::week::view::{view, Showing};
use crate::wording::{in_language, Tag};

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
    assert_eq!(l.cell_at(x, y, 0.0), Some((3, 5)));
    assert_eq!(l.cell_at(1.0, 1.0, 0.0), None);
    // Between two cells is neither.
    let a = l.cell(0, 0).unwrap();
    assert_eq!(l.cell_at(a.x + a.width + 1.0, a.y + 2.0, 0.0), None);
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

#[test]
fn a_right_to_left_language_mirrors_the_picture_and_days_still_run_down() {
    let english = sample(&["Mon-Fri 09:00-17:30"]);
    let rtl_view = in_language(Tag::PseudoRtl, || sample(&["Mon-Fri 09:00-17:30"]));
    let fonts = fonts();
    let (width, height) = (640.0, 760.0);
    let ltr = layout(
        &english,
        &fonts,
        width,
        height,
        1.0,
        &english.hint,
        &english.hint,
    );
    let rtl = in_language(Tag::PseudoRtl, || {
        layout(
            &rtl_view,
            &fonts,
            width,
            height,
            1.0,
            &rtl_view.hint,
            &rtl_view.hint,
        )
    });
    assert!(!ltr.mirrored && rtl.mirrored);
    // The first hour at the right edge, the hours running leftwards; the days still downwards.
    let (first, second) = (rtl.cell(0, 0).unwrap(), rtl.cell(0, 1).unwrap());
    assert!(second.x + second.width < first.x, "{first:?} {second:?}");
    assert!(rtl.cell(1, 0).unwrap().y > first.y);
    let last = rtl.cell(0, rtl.columns - 1).unwrap();
    assert!(first.x + first.width > width / 2.0 && last.x < width / 2.0);
    // The day names stand at the right, every text starts there.
    let right_edge = width - MARGIN;
    let day = rtl
        .lines
        .iter()
        .find(|line| line.text == rtl_view.rows[0].label)
        .unwrap();
    assert_eq!((day.x, day.align), (right_edge, Align::Right));
    assert!(day.x > first.x + first.width);
    for line in &rtl.lines {
        let (left, right) = line.span();
        assert!(
            left >= MARGIN - 0.5 && right <= right_edge + 0.5,
            "{}",
            line.text
        );
        assert_ne!(
            line.align,
            Align::Left,
            "\"{}\" starts at the left",
            line.text
        );
    }
    let hint = rtl
        .lines
        .iter()
        .find(|line| rtl_view.hint.starts_with(line.text.as_str()))
        .unwrap();
    assert_eq!((hint.x, hint.align), (right_edge, Align::Right));
    // The legend's first swatch at the right; the first button rightmost.
    assert!(rtl.swatches[0].0.x > rtl.swatches[1].0.x);
    assert!(rtl.buttons[0].x > rtl.buttons[1].x);
    // Mirrored, not moved: the same cells, reflected.
    for (a, b) in ltr.cells.iter().zip(&rtl.cells) {
        assert!((a.x - (width - b.x - b.width)).abs() < 0.01 && a.y == b.y);
    }
}

#[test]
fn on_a_screen_600_px_tall_the_window_fits_it_and_everything_scrolls_into_view() {
    let view = sample(&[]);
    let fonts = fonts();
    let views = std::slice::from_ref(&view);
    // What `surface::work_area` leaves of a screen 1024 × 600 (panels and the frame).
    let work_area = (1024.0 * 0.92, 600.0 * 0.88 - 40.0);
    let (_, tall, _) = fit(views, &fonts, work_area.0);
    assert!(
        tall > work_area.1,
        "the picture needs more than the screen: {tall}"
    );
    let (width, height, room) = fit_on_screen(views, &fonts, work_area);
    assert_eq!(height, work_area.1.floor());
    let l = layout(&view, &fonts, width, height, 1.0, room, room);
    // The bar stays at the window's foot, the buttons in the window.
    assert_eq!(l.bar.y + l.bar.height, height);
    for button in &l.buttons {
        assert!(button.bottom() <= height);
    }
    let scroll = l.max_scroll();
    assert!(scroll > 0.0);
    // Scrolled all the way, the last text is above the bar; at the top, the title shows.
    let lowest = l
        .lines
        .iter()
        .map(|line| line.y + line.size)
        .fold(0.0, f32::max);
    assert!(
        lowest - scroll <= l.bar.y,
        "{lowest} - {scroll} > {}",
        l.bar.y
    );
    assert!(l.lines[0].y >= 0.0);
    // Scrolled to the foot, a key on the first day scrolls up to it; a cell in view, with the
    // line telling about it, moves nothing.
    let first = l.cell(0, 0).unwrap();
    let up = l.reveal((0, 0), scroll);
    assert!(up < scroll && first.y - up >= 0.0, "{up}");
    let last_day = l.cell(6, 0).unwrap();
    assert!(last_day.y - scroll >= 0.0 && l.detail.bottom() <= l.bar.y);
    let shown = l.reveal((6, 0), scroll);
    assert_eq!(shown, scroll);
    assert_eq!(l.reveal((6, 0), 0.0), 0.0);
    // Looking at the title, a key on the last day scrolls down to show it and the line too.
    let small = layout(&view, &fonts, width, 300.0, 1.0, room, room);
    let down = small.reveal((6, 0), 0.0);
    let cell = small.cell(6, 0).unwrap();
    assert!(down > 0.0 && cell.y - down >= 0.0, "{down}");
    assert!(cell.bottom() - down <= small.bar.y);
    // The pointer finds a cell where it is drawn, scrolled, and none under the bar.
    let (x, y) = last_day.center();
    assert_eq!(l.cell_at(x, y - shown, shown), Some((6, 0)));
    assert_eq!(l.cell_at(x, l.bar.y + 1.0, l.bar.y + 1.0 - y), None);
}

#[test]
fn a_screen_with_room_leaves_the_window_as_tall_as_it_needs() {
    let view = sample(&["Mon-Fri 09:00-17:30"]);
    let fonts = fonts();
    let views = std::slice::from_ref(&view);
    let (_, natural, _) = fit(views, &fonts, 1180.0);
    let (_, height, _) = fit_on_screen(views, &fonts, (1180.0, 2000.0));
    assert_eq!(height, natural);
    let l = layout(&view, &fonts, 700.0, height, 1.0, &view.hint, &view.hint);
    assert_eq!(l.max_scroll(), 0.0);
}
