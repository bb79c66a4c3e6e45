//! The control window as a screen reader reads it: the page's name, where things stand, the
//! answer to the last button (a polite live region, so it is heard when it changes), the next
//! stretch, then the page's buttons; a switch (Start at login) is a check box that says whether
//! it is on, and a button that opens a page says so.

use accesskit::{HasPopup, Live, NodeId, Role, Toggled, TreeUpdate};

use super::{labelled, Button, Tree, ROOT};

/// One button of the page.
pub struct Row<'a> {
    pub label: &'a str,
    /// A switch: whether it is on.
    pub checked: Option<bool>,
    /// Opens a page of its own (Snooze, Pause…).
    pub opens_page: bool,
    /// In the window's physical pixels, as scrolled.
    pub bounds: Option<accesskit::Rect>,
}

/// What the window shows.
pub struct Shown<'a> {
    /// The submenu's name, on its page.
    pub page: Option<&'a str>,
    pub status: &'a str,
    /// The answer to the last button pressed.
    pub notice: Option<&'a str>,
    /// The next stretch: a heading and what to do.
    pub next: Option<(&'a str, &'a str)>,
    pub rows: &'a [Row<'a>],
    /// The button with the keyboard focus.
    pub focused: usize,
}

// The nodes before the buttons, in reading order.
const PAGE: NodeId = NodeId(2);
const STATUS: NodeId = NodeId(3);
const NOTICE: NodeId = NodeId(4);
const NEXT: NodeId = NodeId(5);
const NEXT_TEXT: NodeId = NodeId(6);

/// The whole tree for the page shown.
pub fn tree(shown: &Shown<'_>) -> TreeUpdate {
    let mut tree = Tree::new("limber");
    if let Some(page) = shown.page {
        tree.text(ROOT, PAGE, Role::Heading, page);
    }
    tree.text(ROOT, STATUS, Role::Label, shown.status);
    let mut notice = labelled(Role::Label, shown.notice.unwrap_or_default());
    notice.set_live(Live::Polite);
    tree.add(ROOT, NOTICE, notice);
    if let Some((heading, text)) = shown.next {
        tree.text(ROOT, NEXT, Role::Heading, heading);
        tree.text(ROOT, NEXT_TEXT, Role::Label, text);
    }
    let buttons: Vec<Button<'_>> = shown
        .rows
        .iter()
        .map(|row| Button {
            label: row.label,
            shortcut: None,
            bounds: row.bounds,
        })
        .collect();
    tree.buttons(ROOT, &buttons);
    let mut update = tree.update(Some(super::button_id(shown.focused)));
    for (index, row) in shown.rows.iter().enumerate() {
        let id = super::button_id(index);
        let Some((_, node)) = update.nodes.iter_mut().find(|(node, _)| *node == id) else {
            continue;
        };
        if let Some(on) = row.checked {
            node.set_role(Role::CheckBox);
            node.set_toggled(if on { Toggled::True } else { Toggled::False });
        }
        if row.opens_page {
            node.set_has_popup(HasPopup::Menu);
        }
    }
    if shown.rows.is_empty() {
        update.focus = ROOT;
    }
    update
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::access::tests::outline;

    #[test]
    fn the_first_page_reads_status_then_buttons_with_the_switch_as_a_check_box() {
        let rows = [
            Row {
                label: "Stretch now",
                checked: None,
                opens_page: false,
                bounds: None,
            },
            Row {
                label: "Snooze",
                checked: None,
                opens_page: true,
                bounds: None,
            },
            Row {
                label: "Start at login",
                checked: Some(true),
                opens_page: false,
                bounds: None,
            },
        ];
        let update = tree(&Shown {
            page: None,
            status: "Sitting for 42 min",
            notice: Some("Snoozed for 10 min"),
            next: Some(("Next stretch", "Seated figure four, on your chair")),
            rows: &rows,
            focused: 2,
        });
        assert_eq!(
            outline(&update),
            [
                "Window: limber",
                "  Label: Sitting for 42 min",
                "  Label: Snoozed for 10 min",
                "  Heading: Next stretch",
                "  Label: Seated figure four, on your chair",
                "  Button: Stretch now",
                "  Button: Snooze",
                "  CheckBox: Start at login",
            ]
        );
        assert_eq!(update.focus, crate::window::access::button_id(2));
        let switch = &update.nodes.last().expect("a node").1;
        assert_eq!(switch.toggled(), Some(Toggled::True));
    }
}
