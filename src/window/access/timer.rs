//! The timer window as a screen reader reads it, in reading order: the stretch's name (a
//! heading) and where and how long, what to do now (a heading naming the side), the countdown
//! with what it counts, the steps or the text, the cautions, then the buttons with their names and
//! keyboard shortcuts, and a polite live region with the last thing [`super::announce`] said.

use accesskit::{Live, NodeId, Role, TreeUpdate};

use super::super::screen::{Action, Body, Screen};
use super::super::text::Direction;
use super::{labelled, Button, Tree, ROOT};
use crate::t;

/// What the tree is built from, beside the screen.
pub struct Shown<'a> {
    /// The window's title.
    pub title: &'a str,
    pub screen: &'a Screen,
    /// Each button's label as drawn ("Pause" or "Resume"), in the screen's order.
    pub labels: &'a [&'a str],
    /// Each button's place in the window, when it has been drawn.
    pub bounds: &'a [accesskit::Rect],
    /// The button with the keyboard focus.
    pub focused: Option<usize>,
    /// Whether the stretch is getting into position (Space then says "I'm in position").
    pub getting_into_position: bool,
    /// The last announcement.
    pub said: &'a str,
}

// The nodes, in reading order; the steps and the text are two nodes, so neither changes role.
const TITLE: NodeId = NodeId(2);
const SUBTITLE: NodeId = NodeId(3);
const HEADING: NodeId = NodeId(4);
const COUNTDOWN: NodeId = NodeId(5);
const STEPS: NodeId = NodeId(6);
const TEXT: NodeId = NodeId(7);
const CAUTIONS: NodeId = NodeId(8);
const SAID: NodeId = NodeId(9);

/// The whole tree for what the window shows.
pub fn tree(shown: &Shown<'_>) -> TreeUpdate {
    let screen = shown.screen;
    let mut tree = Tree::new(shown.title);
    tree.text(ROOT, TITLE, Role::Heading, &screen.title);
    tree.text(ROOT, SUBTITLE, Role::Label, &screen.subtitle);
    tree.text(ROOT, HEADING, Role::Heading, &screen.heading);
    let countdown = match screen.caption.as_str() {
        "" => screen.countdown.clone(),
        caption => t!(
            "window-countdown-read",
            countdown = screen.countdown.as_str(),
            caption = caption
        ),
    };
    tree.text(ROOT, COUNTDOWN, Role::Timer, &countdown);
    match &screen.body {
        Body::Steps(steps) => tree.list(ROOT, STEPS, &t!("window-steps"), steps),
        Body::Text(text) => tree.text(ROOT, TEXT, Role::Label, text),
    }
    tree.list(ROOT, CAUTIONS, &t!("window-cautions"), &screen.cautions);
    let shortcuts: Vec<Option<String>> = screen
        .actions
        .iter()
        .map(|action| shortcut(*action, shown.getting_into_position, screen.direction))
        .collect();
    let buttons: Vec<Button<'_>> = shortcuts
        .iter()
        .enumerate()
        .map(|(index, shortcut)| Button {
            label: shown.labels.get(index).copied().unwrap_or_default(),
            shortcut: shortcut.as_deref(),
            bounds: shown.bounds.get(index).copied(),
        })
        .collect();
    tree.buttons(ROOT, &buttons);
    let mut live = labelled(Role::Label, shown.said);
    live.set_live(Live::Polite);
    tree.add(ROOT, SAID, live);
    tree.update(shown.focused.map(super::button_id))
}

/// The name of the key that presses `action`'s button when no button has the focus (the
/// window's keyboard, as its module doc says): Skip's arrow points onward in reading order.
fn shortcut(action: Action, getting_into_position: bool, direction: Direction) -> Option<String> {
    let key = match action {
        Action::Start | Action::Done => "window-key-enter",
        Action::InPosition => "window-key-space",
        Action::TogglePause if !getting_into_position => "window-key-space",
        Action::Skip if !getting_into_position => match direction {
            Direction::LeftToRight => "window-key-right",
            Direction::RightToLeft => "window-key-left",
        },
        Action::Close => "window-key-escape",
        Action::TogglePause | Action::Extend | Action::Skip => return None,
    };
    Some(t!(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{builtin, Stretch};
    use crate::core::clock::Mono;
    use crate::core::progression::Progress;
    use crate::core::routine::Routine;
    use crate::window::access::tests::outline;
    use crate::window::screen::{self, Moment};
    use std::time::Duration;

    /// The screen of `stretch`, started at once, `second`s in.
    fn screen_at(stretch: &Stretch, second: u64) -> Screen {
        let progress = Progress {
            hold: stretch.hold,
            added: Duration::ZERO,
            done: 0,
            grew: false,
        };
        let shown = screen::Shown {
            stretch,
            progress: &progress,
            done_today: 0,
        };
        let routine = Routine::start(stretch, Mono::ZERO);
        screen::screen(&shown, &Moment::of(&routine, Mono::from_secs(second)))
    }

    #[test]
    fn the_hold_reads_in_order_with_buttons_named_and_their_keys() {
        let stretch = builtin().remove(0);
        let hold = screen_at(&stretch, 16);
        let update = tree(&Shown {
            title: "limber — Seated figure four",
            screen: &hold,
            labels: &["Pause", "+15 s", "Skip", "Done"],
            bounds: &[],
            focused: Some(1),
            getting_into_position: false,
            said: "Hold: right side. 30 seconds left",
        });
        let lines = outline(&update);
        assert_eq!(lines[0], "Window: limber — Seated figure four");
        assert_eq!(lines[1], format!("  Heading: {}", stretch.name));
        assert_eq!(lines[3], "  Heading: Hold: right side");
        assert_eq!(lines[4], "  Timer: 24 Breathe out…");
        assert_eq!(lines[5], format!("  Label: {}", hold_body(&hold)));
        assert_eq!(lines[6], "  List: Cautions");
        let buttons: Vec<&str> = lines
            .iter()
            .filter(|line| line.starts_with("  Button"))
            .map(String::as_str)
            .collect();
        assert_eq!(
            buttons,
            [
                "  Button: Pause [Space]",
                "  Button: +15 s",
                "  Button: Skip [Right]",
                "  Button: Done [Enter]"
            ]
        );
        assert_eq!(
            lines.last().map(String::as_str),
            Some("  Label: Hold: right side. 30 seconds left")
        );
        assert_eq!(update.focus, crate::window::access::button_id(1));
        let live = update.nodes.last().map(|(_, node)| node.live());
        assert_eq!(live, Some(Some(Live::Polite)));
        let cautions = lines
            .iter()
            .filter(|line| line.starts_with("    ListItem"))
            .count();
        assert_eq!(cautions, stretch.all_cautions().count());
    }

    fn hold_body(screen: &Screen) -> &str {
        match &screen.body {
            Body::Text(text) => text,
            Body::Steps(_) => "",
        }
    }

    #[test]
    fn getting_into_position_lists_the_steps_and_space_means_in_position() {
        let setup = screen_at(&builtin().remove(0), 1);
        let update = tree(&Shown {
            title: "limber",
            screen: &setup,
            labels: &["Pause", "+15 s", "I'm in position"],
            bounds: &[],
            focused: None,
            getting_into_position: true,
            said: "",
        });
        let lines = outline(&update);
        assert!(lines.contains(&"  List: Steps".to_string()), "{lines:#?}");
        assert!(lines.contains(&"  Button: Pause".to_string()), "{lines:#?}");
        assert!(lines.contains(&"  Button: I'm in position [Space]".to_string()));
        assert_eq!(update.focus, ROOT);
    }
}
