//! The week picture as a screen reader reads it: the title and subtitle, the grid as a table of
//! days whose every cell names its day, its hour and what happened in it ("Wed 25 Nov,
//! 10:00–11:00: sat 30 min and 1 stretch done"), each day's total, the summary, the comparison
//! with the week before, then the buttons. The cell the arrow keys are on has the focus, and a
//! screen reader that moves its focus to a cell ([`cell_to_focus`]) moves the window's there.

use accesskit::{Action, ActionRequest, NodeId, Role, TreeUpdate};

use super::{item, labelled, Button, Tree, ROOT};
use crate::t;

/// One day of the grid.
pub struct Day<'a> {
    /// "Wed 25 Nov".
    pub label: &'a str,
    /// What each hour says, in order.
    pub cells: Vec<&'a str>,
    /// Where each hour's cell is in the window, in physical pixels: a screen reader moves its
    /// focus only to a cell with a place (AT-SPI's Component), and shows it there.
    pub bounds: Vec<accesskit::Rect>,
    /// "2 h 35 · 2/2".
    pub total: &'a str,
}

/// What has the keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Nothing,
    /// (day, hour) of the grid.
    Cell(usize, usize),
    Button(usize),
}

/// What the window shows.
pub struct Shown<'a> {
    pub title: &'a str,
    pub heading: &'a str,
    pub subtitle: &'a str,
    pub days: &'a [Day<'a>],
    pub summary: &'a [String],
    /// A header row, then a row per figure.
    pub comparison: &'a [[String; 3]],
    pub buttons: &'a [Button<'a>],
    pub focus: Focus,
}

// The nodes before the buttons, in reading order; each day is a row of the grid, each hour a
// cell of its day.
const HEADING: NodeId = NodeId(2);
const SUBTITLE: NodeId = NodeId(3);
const GRID: NodeId = NodeId(4);
const SUMMARY: NodeId = NodeId(5);
const COMPARISON: NodeId = NodeId(6);

/// The whole tree for the week shown.
pub fn tree(shown: &Shown<'_>) -> TreeUpdate {
    let mut tree = Tree::new(shown.title);
    tree.text(ROOT, HEADING, Role::Heading, shown.heading);
    tree.text(ROOT, SUBTITLE, Role::Label, shown.subtitle);
    tree.add(ROOT, GRID, labelled(Role::Table, shown.heading));
    let mut focused = None;
    for (row, day) in shown.days.iter().enumerate() {
        let line = item(GRID, row);
        tree.add(GRID, line, labelled(Role::Row, day.label));
        for (column, words) in day.cells.iter().enumerate() {
            let mut cell = labelled(Role::Cell, words);
            cell.add_action(Action::Focus);
            if let Some(bounds) = day.bounds.get(column) {
                cell.set_bounds(*bounds);
            }
            tree.add(line, item(line, column), cell);
            if shown.focus == Focus::Cell(row, column) {
                focused = Some(item(line, column));
            }
        }
        let total = t!(
            "window-week-day-total-read",
            day = day.label,
            total = day.total
        );
        tree.add(
            line,
            item(line, day.cells.len()),
            labelled(Role::Cell, &total),
        );
    }
    for (index, line) in shown.summary.iter().enumerate() {
        tree.text(ROOT, item(SUMMARY, index), Role::Label, line);
    }
    if let Some(([_, this, before], figures)) = shown.comparison.split_first() {
        let name = t!(
            "window-week-comparison-read",
            this = this.as_str(),
            before = before.as_str()
        );
        tree.add(ROOT, COMPARISON, labelled(Role::Table, &name));
        for (index, [figure, now, then]) in figures.iter().enumerate() {
            let words = t!(
                "window-week-comparison-row-read",
                figure = figure.as_str(),
                now = now.as_str(),
                this = this.as_str(),
                then = then.as_str(),
                before = before.as_str()
            );
            tree.add(
                COMPARISON,
                item(COMPARISON, index),
                labelled(Role::Row, &words),
            );
        }
    }
    tree.buttons(ROOT, shown.buttons);
    if let Focus::Button(index) = shown.focus {
        focused = Some(super::button_id(index));
    }
    tree.update(focused)
}

/// The (day, hour) of the grid's cell a screen reader asks to put the focus on, if `event`
/// asks that: the cell's id names it (an [`item`] of an [`item`] of the grid). A day's total
/// is a cell too, one past the hours; the window ignores a cell it does not show.
pub fn cell_to_focus(event: &accesskit_winit::WindowEvent) -> Option<(usize, usize)> {
    match event {
        accesskit_winit::WindowEvent::ActionRequested(ActionRequest {
            action: Action::Focus,
            target_node,
            ..
        }) => cell_of(*target_node),
        _ => None,
    }
}

/// The inverse of `item(item(GRID, day), hour)`.
fn cell_of(node: NodeId) -> Option<(usize, usize)> {
    let index = |id: u64| usize::try_from((id & 0xffff).checked_sub(1)?).ok();
    let line = node.0 >> 16;
    if line >> 16 != GRID.0 {
        return None;
    }
    Some((index(line)?, index(node.0)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::access::tests::outline;

    #[test]
    fn every_cell_names_its_day_and_numbers_and_the_focused_cell_has_the_focus() {
        let days = [
            Day {
                label: "Tue 24 Nov",
                cells: vec!["Tue 24 Nov, 09:00–10:00: sat 45 min"],
                bounds: Vec::new(),
                total: "45 min · 0/2",
            },
            Day {
                label: "Wed 25 Nov",
                cells: vec!["Wed 25 Nov, 09:00–10:00: sat 30 min, 1 stretch done"],
                bounds: Vec::new(),
                total: "30 min · 1/2",
            },
        ];
        let comparison = [
            ["".to_string(), "this week".into(), "the week before".into()],
            ["Sat".to_string(), "1 h 15".into(), "3 h".into()],
        ];
        let buttons = [Button {
            label: "Close",
            shortcut: Some("Escape"),
            bounds: None,
        }];
        let update = tree(&Shown {
            title: "limber — your week",
            heading: "Your week",
            subtitle: "Sitting by the hour",
            days: &days,
            summary: &["1 stretch today".into()],
            comparison: &comparison,
            buttons: &buttons,
            focus: Focus::Cell(1, 0),
        });
        let lines = outline(&update);
        assert_eq!(
            lines,
            [
                "Window: limber — your week",
                "  Heading: Your week",
                "  Label: Sitting by the hour",
                "  Table: Your week",
                "    Row: Tue 24 Nov",
                "      Cell: Tue 24 Nov, 09:00–10:00: sat 45 min",
                "      Cell: Tue 24 Nov: 45 min · 0/2",
                "    Row: Wed 25 Nov",
                "      Cell: Wed 25 Nov, 09:00–10:00: sat 30 min, 1 stretch done",
                "      Cell: Wed 25 Nov: 30 min · 1/2",
                "  Label: 1 stretch today",
                "  Table: this week and the week before",
                "    Row: Sat: 1 h 15 this week, 3 h the week before",
                "  Button: Close [Escape]",
            ]
        );
        let focused = update.nodes.iter().find(|(id, _)| *id == update.focus);
        assert_eq!(
            focused.and_then(|(_, node)| node.label()),
            Some("Wed 25 Nov, 09:00–10:00: sat 30 min, 1 stretch done")
        );
    }

    #[test]
    fn a_screen_reader_focusing_a_cell_names_its_day_and_hour_and_nothing_else_does() {
        let days: Vec<Day<'_>> = (0..7)
            .map(|_| Day {
                label: "Wed",
                cells: vec!["an hour"; 12],
                bounds: vec![accesskit::Rect::new(1.0, 2.0, 3.0, 4.0); 12],
                total: "1 h",
            })
            .collect();
        let update = tree(&Shown {
            title: "week",
            heading: "Your week",
            subtitle: "",
            days: &days,
            summary: &[],
            comparison: &[],
            buttons: &[],
            focus: Focus::Nothing,
        });
        let ask = |action, target_node| {
            cell_to_focus(&accesskit_winit::WindowEvent::ActionRequested(
                ActionRequest {
                    action,
                    target_tree: accesskit::TreeId::ROOT,
                    target_node,
                    data: None,
                },
            ))
        };
        let cell = item(item(GRID, 6), 11);
        let (_, node) = update.nodes.iter().find(|(id, _)| *id == cell).unwrap();
        assert!(
            node.supports_action(Action::Focus),
            "a cell takes the focus"
        );
        assert!(node.bounds().is_some(), "and has a place to show it at");
        assert_eq!(ask(Action::Focus, cell), Some((6, 11)));
        assert_eq!(ask(Action::Focus, item(item(GRID, 0), 0)), Some((0, 0)));
        assert_eq!(ask(Action::Click, cell), None);
        for other in [
            ROOT,
            GRID,
            item(GRID, 2),
            super::super::button_id(0),
            HEADING,
        ] {
            assert_eq!(ask(Action::Focus, other), None, "{other:?}");
        }
        assert_eq!(ask(Action::Focus, item(item(SUMMARY, 0), 0)), None);
    }
}
