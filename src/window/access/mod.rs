//! What a screen reader sees of limber's windows: each window's content as an AccessKit tree,
//! built by a pure function of what the window shows ([`timer`], [`control`], [`week`]), and the
//! adapter that hands it to the platform (AT-SPI on Linux, UI Automation on Windows, NSAccessibility
//! on macOS, all through `accesskit_winit`).
//!
//! The adapter stays asleep until an assistive technology asks: on Linux AccessKit's Unix adapter
//! reads `org.a11y.Status.IsEnabled` once on a thread of its own and waits for it to change; no
//! tree is built and nothing is sent to the accessibility bus until it is true. A window asks
//! [`Access::update`] for every frame; the tree is built only while the adapter is awake.
//! A screen reader's "press" and "focus" arrive as a [`Request`] through the window's event loop,
//! and the window does what a click or Tab would.

pub mod announce;
pub mod control;
pub mod timer;
pub mod week;

use accesskit::{Action, ActionRequest, Node, NodeId, Role, TreeId, TreeInfo, TreeUpdate};
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, EventLoopProxy};
use winit::window::Window;

/// The window itself: the root of every tree.
pub const ROOT: NodeId = NodeId(1);
/// Buttons are numbered from here in the order they show, so a request names the button's index.
const FIRST_BUTTON: u64 = 1000;

/// A window's bridge to the platform's accessibility API.
pub struct Access {
    adapter: accesskit_winit::Adapter,
}

impl Access {
    /// The adapter for `window`, which must not have been shown yet; requests from assistive
    /// technologies reach the window's loop through `proxy`.
    pub fn new<T: From<accesskit_winit::Event> + Send + 'static>(
        event_loop: &ActiveEventLoop,
        window: &Window,
        proxy: EventLoopProxy<T>,
    ) -> Access {
        Access {
            adapter: accesskit_winit::Adapter::with_event_loop_proxy(event_loop, window, proxy),
        }
    }

    /// Lets the adapter follow the window's focus and position.
    pub fn window_event(&mut self, window: &Window, event: &WindowEvent) {
        self.adapter.process_event(window, event);
    }

    /// Hands the window's current tree to the platform; `tree` is called only while a screen
    /// reader listens.
    pub fn update(&mut self, tree: impl FnOnce() -> TreeUpdate) {
        self.adapter.update_if_active(tree);
    }
}

/// What an assistive technology asked a window to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// Send the whole tree: a screen reader has just started listening.
    Tree,
    /// Press button `index`, as a click would.
    Press(usize),
    /// Put the keyboard focus on button `index`.
    Focus(usize),
}

impl Request {
    /// What `event` asks, if it asks anything limber does.
    pub fn of(event: accesskit_winit::WindowEvent) -> Option<Request> {
        match event {
            accesskit_winit::WindowEvent::InitialTreeRequested => Some(Request::Tree),
            accesskit_winit::WindowEvent::ActionRequested(request) => Request::action(&request),
            accesskit_winit::WindowEvent::AccessibilityDeactivated => None,
        }
    }

    fn action(request: &ActionRequest) -> Option<Request> {
        let index = button_index(request.target_node)?;
        match request.action {
            Action::Click => Some(Request::Press(index)),
            Action::Focus => Some(Request::Focus(index)),
            _ => None,
        }
    }
}

/// The node of button `index`.
pub fn button_id(index: usize) -> NodeId {
    NodeId(FIRST_BUTTON + index as u64)
}

/// The node of item `index` of `parent` (a list's item, a row's cell): below every fixed id.
pub fn item(parent: NodeId, index: usize) -> NodeId {
    NodeId((parent.0 << 16) + index as u64 + 1)
}

fn button_index(node: NodeId) -> Option<usize> {
    node.0
        .checked_sub(FIRST_BUTTON)
        .filter(|index| *index < u64::from(u16::MAX) - FIRST_BUTTON)
        .and_then(|index| usize::try_from(index).ok())
}

/// A button as a screen reader hears it: its name, the key that presses it, where it is.
pub struct Button<'a> {
    pub label: &'a str,
    pub shortcut: Option<&'a str>,
    /// In the window's physical pixels.
    pub bounds: Option<accesskit::Rect>,
}

/// Builds a tree in reading order: the window first, then each node as it is added. Every node
/// keeps its id from frame to frame while it means the same thing (the countdown, the second
/// caution), so a screen reader hears a change of its text, not a new node.
pub struct Tree {
    nodes: Vec<(NodeId, Node)>,
}

impl Tree {
    /// A tree whose root is a window titled `title`.
    pub fn new(title: &str) -> Tree {
        Tree {
            nodes: vec![(ROOT, labelled(Role::Window, title))],
        }
    }

    /// Adds `node` as `id` under `parent`.
    pub fn add(&mut self, parent: NodeId, id: NodeId, node: Node) {
        if let Some((_, parent)) = self.nodes.iter_mut().find(|(node, _)| *node == parent) {
            parent.push_child(id);
        }
        self.nodes.push((id, node));
    }

    /// Adds a text with `role` (a label, a heading) as `id` under `parent`; nothing when it is
    /// empty.
    pub fn text(&mut self, parent: NodeId, id: NodeId, role: Role, text: &str) {
        if !text.is_empty() {
            self.add(parent, id, labelled(role, text));
        }
    }

    /// Adds a list `id` named `name` of `items` under `parent` ([`item`] numbers them); nothing
    /// when there are none.
    pub fn list<S: AsRef<str>>(&mut self, parent: NodeId, id: NodeId, name: &str, items: &[S]) {
        if items.is_empty() {
            return;
        }
        self.add(parent, id, labelled(Role::List, name));
        for (index, text) in items.iter().enumerate() {
            self.add(id, item(id, index), labelled(Role::ListItem, text.as_ref()));
        }
    }

    /// Adds the buttons under `parent`, numbered from 0 in order ([`button_id`]).
    pub fn buttons(&mut self, parent: NodeId, buttons: &[Button<'_>]) {
        for (index, button) in buttons.iter().enumerate() {
            let mut node = labelled(Role::Button, button.label);
            node.add_action(Action::Click);
            node.add_action(Action::Focus);
            if let Some(keys) = button.shortcut {
                node.set_keyboard_shortcut(keys);
            }
            if let Some(bounds) = button.bounds {
                node.set_bounds(bounds);
            }
            self.add(parent, button_id(index), node);
        }
    }

    /// The update that replaces the whole tree, with the focus on `focused` (the window itself
    /// when no button has it).
    pub fn update(self, focused: Option<NodeId>) -> TreeUpdate {
        TreeUpdate {
            nodes: self.nodes,
            tree: Some(TreeInfo::new(ROOT)),
            tree_id: TreeId::ROOT,
            focus: focused.unwrap_or(ROOT),
        }
    }
}

/// A node with `role` named `label`. A label's name is its value, as AccessKit reads it.
pub fn labelled(role: Role, label: &str) -> Node {
    let mut node = Node::new(role);
    if role == Role::Label {
        node.set_value(label);
    } else {
        node.set_label(label);
    }
    node
}

/// A rectangle in the window's physical pixels, as AccessKit takes it.
pub fn bounds(rect: &super::column::Rect) -> accesskit::Rect {
    accesskit::Rect::new(
        f64::from(rect.x),
        f64::from(rect.y),
        f64::from(rect.x + rect.width),
        f64::from(rect.y + rect.height),
    )
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// The tree as lines, in reading order: "role: name", indented by depth.
    pub fn outline(update: &TreeUpdate) -> Vec<String> {
        fn walk(update: &TreeUpdate, id: NodeId, depth: usize, lines: &mut Vec<String>) {
            let Some((_, node)) = update.nodes.iter().find(|(node, _)| *node == id) else {
                return;
            };
            let mut line = format!(
                "{}{:?}: {}",
                "  ".repeat(depth),
                node.role(),
                node.label().or(node.value()).unwrap_or_default()
            );
            if let Some(keys) = node.keyboard_shortcut() {
                line.push_str(&format!(" [{keys}]"));
            }
            lines.push(line);
            for child in node.children() {
                walk(update, *child, depth + 1, lines);
            }
        }
        let mut lines = Vec::new();
        walk(update, ROOT, 0, &mut lines);
        lines
    }

    #[test]
    fn a_press_or_focus_on_a_button_names_its_index_and_other_nodes_ask_nothing() {
        let ask = |action, node| {
            Request::of(accesskit_winit::WindowEvent::ActionRequested(
                ActionRequest {
                    action,
                    target_tree: TreeId::ROOT,
                    target_node: node,
                    data: None,
                },
            ))
        };
        assert_eq!(ask(Action::Click, button_id(2)), Some(Request::Press(2)));
        assert_eq!(ask(Action::Focus, button_id(0)), Some(Request::Focus(0)));
        assert_eq!(ask(Action::Click, ROOT), None);
        assert_eq!(ask(Action::ScrollDown, button_id(1)), None);
    }
}
