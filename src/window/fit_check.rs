//! For tests: what a person would call cut or overlapping in a laid-out window, each problem said
//! in words. One check for all three windows (timer, control, week): each test describes its
//! layout as a [`Drawn`] and asks for its [`problems`].
//!
//! A problem is a line that runs past the window's content edge (either side), two lines that
//! overlap, a line over something drawn outside the text (the picture, the ring, the button
//! bar), a text that does not fit the frame it is drawn in (the countdown in its ring), a button
//! label wider than its button or buttons that overlap or leave the window, and text below the
//! end of the column or that no scrolling brings into view.

use super::column::{Line, Rect, LEADING};
use super::layout::{label_room, LABEL_SIZE};
use super::text::{Fonts, Weight};

/// How far a measure may be off before it counts, in physical pixels: rounding, not design.
const SLACK: f32 = 0.5;

/// One button as drawn: its label's width at the size it is set in, and the room for it.
pub struct Button<'a> {
    pub label: &'a str,
    pub rect: Rect,
    pub label_width: f32,
    pub room: f32,
}

impl<'a> Button<'a> {
    /// A button whose `label` is set at the buttons' size (as `draw::draw_button` and the
    /// control window's rows set it) with `room` for it, at `scale`.
    pub fn with_room(label: &'a str, rect: Rect, room: f32, fonts: &Fonts, scale: f32) -> Self {
        Button {
            label,
            rect,
            label_width: fonts.width(label, LABEL_SIZE * scale, Weight::SemiBold),
            room,
        }
    }

    /// A button whose `label` is set as `lines`, each at the buttons' size, with `room` for each.
    pub fn wrapped(
        label: &'a str,
        lines: &[String],
        rect: Rect,
        room: f32,
        fonts: &Fonts,
        scale: f32,
    ) -> Self {
        let widest = lines
            .iter()
            .map(|line| fonts.width(line, LABEL_SIZE * scale, Weight::SemiBold))
            .fold(0.0, f32::max);
        let squeezed = |text: &str| text.split_whitespace().collect::<String>();
        // A label that lost words to its wrapping is as cut as one too wide.
        let whole = squeezed(&lines.concat()) == squeezed(label);
        Button {
            label,
            rect,
            label_width: if whole { widest } else { f32::INFINITY },
            room,
        }
    }

    /// A button of the timer window or the week picture: its label centred in it.
    pub fn centred(label: &'a str, rect: Rect, fonts: &Fonts, scale: f32) -> Self {
        Button::with_room(label, rect, label_room(&rect, scale), fonts, scale)
    }
}

/// The buttons `rects` labelled `labels` in turn, each label centred (the timer window's bar,
/// the week picture's), at `scale`.
pub fn centred_buttons<'a>(
    rects: &[Rect],
    labels: &'a [String],
    fonts: &Fonts,
    scale: f32,
) -> Vec<Button<'a>> {
    rects
        .iter()
        .zip(labels)
        .map(|(rect, label)| Button::centred(label, *rect, fonts, scale))
        .collect()
}

/// One window's layout, as the fit check reads it, in physical pixels.
pub struct Drawn<'a> {
    /// Which window and screen, in the problems' words ("de timer: hold right").
    pub name: String,
    /// The left and right edges of the content: no line or button goes beyond them.
    pub edges: (f32, f32),
    /// The window's height.
    pub height: f32,
    /// The column's lines, unscrolled.
    pub lines: Vec<&'a Line>,
    /// What no line of the column may cross, with its name: the picture, the ring, the bar.
    pub keep_out: Vec<(&'static str, Rect)>,
    /// Lines that must stay inside a frame of their own (the countdown in its ring).
    pub framed: Vec<(&'a Line, &'static str, Rect)>,
    pub buttons: Vec<Button<'a>>,
    /// Whether the buttons are in the column and scroll with it (the control window's), rather
    /// than in a bar that never scrolls.
    pub buttons_scroll: bool,
    /// How tall the column is, where its view ends (the bar's top, or the window's bottom), and
    /// how far it scrolls.
    pub content_height: f32,
    pub view_bottom: f32,
    pub max_scroll: f32,
}

/// The box a line's letters take: its span, and the text size's height from its top (a text
/// size is the height from descender to ascender).
fn ink(line: &Line) -> Rect {
    let (left, right) = line.span();
    Rect {
        x: left,
        y: line.y,
        width: right - left,
        height: line.size,
    }
}

/// Whether `a` and `b` share more than rounding's worth of area.
fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x + SLACK < b.x + b.width
        && b.x + SLACK < a.x + a.width
        && a.y + SLACK < b.bottom()
        && b.y + SLACK < a.bottom()
}

/// Whether `inner` lies inside `outer`.
fn inside(inner: &Rect, outer: &Rect) -> bool {
    inner.x >= outer.x - SLACK
        && inner.x + inner.width <= outer.x + outer.width + SLACK
        && inner.y >= outer.y - SLACK
        && inner.bottom() <= outer.bottom() + SLACK
}

/// Every problem in `drawn`, in words; none when a person would find nothing cut or overlapping.
pub fn problems(drawn: &Drawn<'_>) -> Vec<String> {
    let name = &drawn.name;
    let (left, right) = drawn.edges;
    let mut found = Vec::new();
    for line in &drawn.lines {
        let (start, end) = line.span();
        if start < left - SLACK {
            found.push(format!(
                "{name}: \"{}\" runs {:.1} px past the left edge",
                line.text,
                left - start
            ));
        }
        if end > right + SLACK {
            found.push(format!(
                "{name}: \"{}\" runs {:.1} px past the right edge",
                line.text,
                end - right
            ));
        }
        let bottom = line.y + line.size * LEADING;
        if bottom > drawn.content_height + SLACK {
            found.push(format!(
                "{name}: \"{}\" ends below the column, at {bottom:.1} of {:.1}",
                line.text, drawn.content_height
            ));
        }
        for (what, rect) in &drawn.keep_out {
            if overlap(&ink(line), rect) {
                found.push(format!("{name}: \"{}\" is over the {what}", line.text));
            }
        }
    }
    for (index, line) in drawn.lines.iter().enumerate() {
        for other in &drawn.lines[index + 1..] {
            if overlap(&ink(line), &ink(other)) {
                found.push(format!(
                    "{name}: \"{}\" overlaps \"{}\"",
                    line.text, other.text
                ));
            }
        }
    }
    for (line, what, frame) in &drawn.framed {
        if !inside(&ink(line), frame) {
            found.push(format!(
                "{name}: \"{}\" does not fit in the {what}",
                line.text
            ));
        }
    }
    let reachable = drawn.view_bottom + drawn.max_scroll;
    if drawn.content_height > reachable + SLACK {
        found.push(format!(
            "{name}: the column's last {:.1} px cannot be scrolled into view",
            drawn.content_height - reachable
        ));
    }
    for (index, button) in drawn.buttons.iter().enumerate() {
        let label = button.label;
        if label.trim().is_empty() {
            found.push(format!("{name}: button {} has no label", index + 1));
        }
        if button.label_width > button.room + SLACK {
            found.push(format!(
                "{name}: the label \"{label}\" needs {:.1} px, its button has {:.1}",
                button.label_width, button.room
            ));
        }
        let rect = &button.rect;
        if rect.x < left - SLACK || rect.x + rect.width > right + SLACK {
            found.push(format!("{name}: the button \"{label}\" runs past an edge"));
        }
        let bottom = if drawn.buttons_scroll {
            drawn.content_height
        } else {
            drawn.height
        };
        if rect.bottom() > bottom + SLACK {
            found.push(format!(
                "{name}: the button \"{label}\" is below the window"
            ));
        }
        for other in &drawn.buttons[index + 1..] {
            if overlap(rect, &other.rect) {
                found.push(format!(
                    "{name}: the buttons \"{label}\" and \"{}\" overlap",
                    other.label
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::window::column::Role;
    use crate::window::text::Align;

    fn line(text: &str, x: f32, y: f32, width: f32) -> Line {
        Line {
            text: text.into(),
            x,
            y,
            size: 14.0,
            weight: Weight::Regular,
            role: Role::Text,
            align: Align::Left,
            width,
        }
    }

    fn rect(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    fn drawn<'a>(lines: Vec<&'a Line>, buttons: Vec<Button<'a>>) -> Drawn<'a> {
        Drawn {
            name: "test".into(),
            edges: (20.0, 280.0),
            height: 300.0,
            lines,
            keep_out: vec![("bar", rect(0.0, 240.0, 300.0, 60.0))],
            framed: Vec::new(),
            buttons,
            buttons_scroll: false,
            content_height: 240.0,
            view_bottom: 240.0,
            max_scroll: 0.0,
        }
    }

    #[test]
    fn a_tidy_layout_has_no_problem() {
        let (a, b) = (
            line("one", 20.0, 10.0, 100.0),
            line("two", 20.0, 30.0, 260.0),
        );
        let button = Button {
            label: "Pause",
            rect: rect(20.0, 250.0, 100.0, 32.0),
            label_width: 40.0,
            room: 90.0,
        };
        assert_eq!(
            problems(&drawn(vec![&a, &b], vec![button])),
            Vec::<String>::new()
        );
    }

    #[test]
    fn each_kind_of_problem_is_named() {
        let past = line("past", 200.0, 10.0, 100.0);
        let before = line("before", 10.0, 40.0, 50.0);
        let under = line("under", 40.0, 45.0, 50.0);
        let low = line("low", 20.0, 230.0, 50.0);
        let button = Button {
            label: "Pausieren",
            rect: rect(20.0, 250.0, 60.0, 32.0),
            label_width: 70.0,
            room: 50.0,
        };
        let found = problems(&drawn(vec![&past, &before, &under, &low], vec![button]));
        let expect = [
            "\"past\" runs 20.0 px past the right edge",
            "\"before\" runs 10.0 px past the left edge",
            "\"before\" overlaps \"under\"",
            "\"low\" ends below the column",
            "\"low\" is over the bar",
            "the label \"Pausieren\" needs 70.0 px, its button has 50.0",
        ];
        for words in expect {
            assert!(
                found.iter().any(|f| f.contains(words)),
                "{words}: {found:#?}"
            );
        }
        assert_eq!(found.len(), expect.len(), "{found:#?}");
    }

    #[test]
    fn a_column_that_cannot_scroll_to_its_end_is_cut() {
        let mut cut = drawn(Vec::new(), Vec::new());
        cut.content_height = 400.0;
        cut.max_scroll = 100.0;
        assert_eq!(
            problems(&cut),
            ["test: the column's last 60.0 px cannot be scrolled into view"]
        );
        cut.max_scroll = 160.0;
        assert!(problems(&cut).is_empty());
    }
}
