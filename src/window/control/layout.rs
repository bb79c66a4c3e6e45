//! Where everything goes in the control window: one column, each text wrapped to the window's
//! width as in the timer window (the same [`Column`]), then the page's buttons, one per row and as
//! wide as the column. From the top: where things stand (the status line), what just happened
//! (the answer to the last button), the next stretch beside its picture, the submenu's name on
//! its page, the buttons (a label too long for its row wraps, and the row grows). In a right-to-left language it is mirrored: texts from the right, the
//! picture on the right. Pure geometry over measured text, unit tested.

use crate::window::column::{Column, Line, Pen, Rect, Role, LEADING};
use crate::window::layout::LABEL_SIZE;
use crate::window::text::{Direction, Fonts, Weight};

use super::pages::Row;

/// The width the window is designed for, in logical pixels.
pub const WIDTH: f32 = 380.0;
const MARGIN: f32 = 20.0;
const BUTTON_HEIGHT: f32 = 34.0;
const BUTTON_GAP: f32 = 6.0;
/// The space a menu separator leaves.
const GROUP_GAP: f32 = 12.0;
const PICTURE_WIDTH: f32 = 120.0;
const PICTURE_HEIGHT: f32 = 96.0;

/// What one page of the window says, apart from its buttons.
#[derive(Clone, Copy, Debug)]
pub struct Texts<'a> {
    pub status: &'a str,
    /// The answer to the last button pressed: Ok said what happened, Err what went wrong.
    pub notice: Option<&'a Result<String, String>>,
    /// The next stretch: a heading ("Next stretch") and what to do.
    pub next: Option<(&'a str, &'a str)>,
    /// The submenu's name, on its page.
    pub title: Option<&'a str>,
}

/// Every region of the window for one frame, in physical pixels, before scrolling.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub scale: f32,
    pub lines: Vec<Line>,
    pub picture: Option<Rect>,
    /// One per button of the page, in order.
    pub buttons: Vec<Rect>,
    /// Each button's label, wrapped to its row (a row is as tall as its label needs).
    pub labels: Vec<Vec<String>>,
    /// Thin rules: under the texts, and where the menu has separators.
    pub rules: Vec<Rect>,
    /// How tall everything is.
    pub content_height: f32,
}

impl Layout {
    /// How far the column can scroll in a window `height` tall.
    pub fn max_scroll(&self, height: f32) -> f32 {
        (self.content_height - height).max(0.0)
    }
}

/// The layout of a page in a window `width` physical pixels wide, one logical pixel of the
/// design being `scale` physical ones.
pub fn layout(texts: &Texts, rows: &[Row], fonts: &Fonts, width: f32, scale: f32) -> Layout {
    let s = scale.max(0.1);
    let margin = MARGIN * s;
    let inner = (width - 2.0 * margin).max(60.0 * s);
    let pen = |size: f32, weight, role| Pen {
        size: size * s,
        weight,
        role,
    };
    let mut column = Column::new(fonts, 16.0 * s);
    column.direction = crate::wording::current().direction();
    column.paragraph(
        texts.status,
        margin,
        inner,
        pen(16.0, Weight::SemiBold, Role::Text),
    );
    if let Some(notice) = texts.notice {
        column.y += 4.0 * s;
        let (text, role) = match notice {
            Ok(said) => (said, Role::Muted),
            Err(problem) => (problem, Role::Accent),
        };
        column.paragraph(text, margin, inner, pen(13.0, Weight::Regular, role));
    }
    column.y += 12.0 * s;

    let mut picture = None;
    if let Some((heading, text)) = texts.next {
        let picture_width = PICTURE_WIDTH * s;
        let beside_width = (inner - picture_width - 14.0 * s).max(60.0 * s);
        let (picture_x, beside) = match column.direction {
            Direction::LeftToRight => (margin, margin + picture_width + 14.0 * s),
            Direction::RightToLeft => (width - margin - picture_width, margin),
        };
        let frame = Rect {
            x: picture_x,
            y: column.y,
            width: picture_width,
            height: PICTURE_HEIGHT * s,
        };
        column.y += 2.0 * s;
        column.paragraph(
            heading,
            beside,
            beside_width,
            pen(13.0, Weight::SemiBold, Role::Accent),
        );
        column.y += 2.0 * s;
        column.paragraph(
            text,
            beside,
            beside_width,
            pen(13.0, Weight::Regular, Role::Text),
        );
        column.y = column.y.max(frame.bottom()) + 12.0 * s;
        picture = Some(frame);
    }

    let mut rules = vec![Rect {
        x: margin,
        y: column.y,
        width: inner,
        height: s.max(1.0),
    }];
    column.y += 12.0 * s;
    if let Some(title) = texts.title {
        column.paragraph(
            title,
            margin,
            inner,
            pen(15.0, Weight::SemiBold, Role::Text),
        );
        column.y += 6.0 * s;
    }

    let mut buttons = Vec::new();
    let mut labels = Vec::new();
    let mut y = column.y;
    for row in rows {
        match row {
            Row::Button(button) => {
                let mut rect = Rect {
                    x: margin,
                    y,
                    width: inner,
                    height: BUTTON_HEIGHT * s,
                };
                let room = label_room(&rect, button.checked.is_some(), s);
                let lines = fonts.wrap(&button.label, LABEL_SIZE * s, Weight::SemiBold, room);
                let text_height = lines.len() as f32 * LABEL_SIZE * s * LEADING;
                rect.height = rect.height.max(text_height + 2.0 * LABEL_PADDING * s);
                y += rect.height + BUTTON_GAP * s;
                buttons.push(rect);
                labels.push(lines);
            }
            Row::Gap => {
                let rule_y = y + (GROUP_GAP - BUTTON_GAP) * s / 2.0;
                rules.push(Rect {
                    x: margin,
                    y: rule_y,
                    width: inner,
                    height: s.max(1.0),
                });
                y += GROUP_GAP * s;
            }
        }
    }
    Layout {
        scale: s,
        lines: column.lines,
        picture,
        buttons,
        labels,
        rules,
        content_height: y - BUTTON_GAP * s + 18.0 * s,
    }
}

/// Where a row's label starts, in from the row's starting edge; a switch's box comes before it.
pub const LABEL_INSET: f32 = 14.0;
/// A switch's box, and the space after it.
pub const SWITCH_BOX: f32 = 16.0;
pub const SWITCH_GAP: f32 = 10.0;
/// The space above and below a label that wraps to more lines than a row's height holds.
const LABEL_PADDING: f32 = 8.0;
/// What the far end of a row keeps free for the arrow of a row that opens a page.
const ARROW_ROOM: f32 = 28.0;

/// How wide a label may be in the row `rect` at `scale`, with a switch's box before it if
/// `switch`.
pub fn label_room(rect: &Rect, switch: bool, scale: f32) -> f32 {
    let switch = if switch { SWITCH_BOX + SWITCH_GAP } else { 0.0 };
    rect.width - (LABEL_INSET + switch + ARROW_ROOM) * scale
}

/// The window's height, in logical pixels, to show the tallest of `pages` whole at the designed
/// width, but at most `max_height` (beyond that the column scrolls).
pub fn fit(pages: &[(Texts, Vec<Row>)], fonts: &Fonts, max_height: f32) -> f32 {
    pages
        .iter()
        .map(|(texts, rows)| layout(texts, rows, fonts, WIDTH, 1.0).content_height)
        .fold(0.0, f32::max)
        .ceil()
        .min(max_height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::tray::menu::entries;
    use crate::daemon::tray::{TrayIcon, TrayView};
    use crate::window::column::LEADING;
    use crate::window::control::pages::{self, Pages};
    use crate::window::fit_check::{problems, Button as Checked, Drawn};
    use crate::window::text::Align;
    use pages::Button;

    fn fonts() -> Fonts {
        Fonts::load().unwrap()
    }

    fn view(stretches: usize) -> TrayView {
        TrayView {
            icon: TrayIcon::Idle,
            status_line: "Holding your stretch until the call ends and Do Not Disturb is off"
                .into(),
            stretches: (0..stretches)
                .map(|i| {
                    (
                        format!("s{i}"),
                        format!("A stretch of my own, number {i} (on a chair)"),
                    )
                })
                .collect(),
            show_snooze: true,
            paused: false,
            off_hours: true,
            start_at_login: true,
        }
    }

    const NEXT: &str = "On your chair: seated figure four, 30 s each side. Ankle over the \
                        other thigh, then lean in.";

    fn texts<'a>(notice: Option<&'a Result<String, String>>) -> Texts<'a> {
        Texts {
            status: "Holding your stretch until the call ends and Do Not Disturb is off",
            notice,
            next: Some(("Next stretch", NEXT)),
            title: None,
        }
    }

    /// Every line inside the window's width, every button inside it and below the texts, none
    /// overlapping another, and every word of every text shown.
    fn assert_whole(texts: &Texts, rows: &[Row], width: f32, scale: f32) {
        let l = layout(texts, rows, &fonts(), width, scale);
        for line in &l.lines {
            assert_eq!(line.align, Align::Left);
            assert!(
                line.x >= 0.0 && line.x + line.width <= width - 10.0 * scale,
                "\"{}\" runs from {} to {} in {width}",
                line.text,
                line.x,
                line.x + line.width
            );
        }
        let texts_end = l
            .lines
            .iter()
            .map(|line| line.y + line.size * LEADING)
            .fold(0.0, f32::max);
        assert_eq!(
            l.buttons.len(),
            rows.iter().filter(|r| matches!(r, Row::Button(_))).count()
        );
        for pair in l.buttons.windows(2) {
            assert!(pair[0].bottom() < pair[1].y);
        }
        for button in &l.buttons {
            assert!(button.y > texts_end && button.x >= 0.0 && button.x + button.width <= width);
            assert!(button.bottom() <= l.content_height);
        }
        if let Some(picture) = l.picture {
            assert!(picture.bottom() < l.buttons[0].y);
        }
        let shown: String = l.lines.iter().map(|line| line.text.as_str()).collect();
        let squeezed = |text: &str| text.split_whitespace().collect::<String>();
        let mut said = vec![texts.status];
        said.extend(
            texts
                .next
                .map(|(heading, text)| [heading, text])
                .into_iter()
                .flatten(),
        );
        said.extend(texts.title);
        if let Some(Ok(text) | Err(text)) = texts.notice {
            said.push(text);
        }
        for text in said {
            assert!(
                squeezed(&shown).contains(&squeezed(text)),
                "lost \"{text}\""
            );
        }
    }

    #[test]
    fn a_right_to_left_language_mirrors_the_texts_and_the_picture() {
        use crate::wording::{in_language, Tag};
        let rows = Pages::new(entries(&view(3))).rows();
        let ltr = layout(&texts(None), &rows, &fonts(), WIDTH, 1.0);
        let rtl = in_language(Tag::PseudoRtl, || {
            layout(&texts(None), &rows, &fonts(), WIDTH, 1.0)
        });
        let (ltr_picture, rtl_picture) = (ltr.picture.unwrap(), rtl.picture.unwrap());
        assert_eq!(ltr_picture.x, MARGIN);
        assert_eq!(rtl_picture.x + rtl_picture.width, WIDTH - MARGIN);
        assert!(rtl.lines.iter().all(|line| line.align == Align::Right));
        // Every text ends at the right margin, or beside the picture, never under it.
        for line in &rtl.lines {
            assert!(line.x <= WIDTH - MARGIN + 0.5, "{}: {}", line.text, line.x);
            if line.y < rtl_picture.bottom() && line.y + line.size > rtl_picture.y {
                assert!(line.x <= rtl_picture.x, "{} over the picture", line.text);
            }
        }
        assert_eq!(ltr.buttons, rtl.buttons);
    }

    #[test]
    fn every_text_wraps_inside_the_window_and_the_buttons_follow_it() {
        let pages = Pages::new(entries(&view(3)));
        let problem = Err("limber is not running (start it with `limber`)".to_string());
        for notice in [None, Some(&problem)] {
            assert_whole(&texts(notice), &pages.rows(), WIDTH, 1.0);
            assert_whole(&texts(notice), &pages.rows(), 2.0 * WIDTH, 2.0);
        }
        let mut pause = pages.clone();
        let index = pause
            .buttons()
            .iter()
            .position(|b| b.label == "Pause")
            .unwrap();
        pause.press(index);
        let titled = Texts {
            title: pause.title(),
            ..texts(None)
        };
        assert_whole(&titled, &pause.rows(), WIDTH, 1.0);
    }

    #[test]
    fn hidpi_doubles_every_measure() {
        let rows = Pages::new(entries(&view(3))).rows();
        let one = layout(&texts(None), &rows, &fonts(), WIDTH, 1.0);
        let two = layout(&texts(None), &rows, &fonts(), 2.0 * WIDTH, 2.0);
        assert_eq!(two.lines.len(), one.lines.len());
        assert!((two.buttons[3].y - 2.0 * one.buttons[3].y).abs() < 1.0);
        assert!((two.content_height - 2.0 * one.content_height).abs() < 2.0);
    }

    #[test]
    fn the_window_fits_its_tallest_page_and_scrolls_beyond_the_screen() {
        let fonts = fonts();
        let few = Pages::new(entries(&view(3)));
        let mut many = Pages::new(entries(&view(40)));
        many.press(1);
        assert_eq!(many.title(), Some("Stretch…"));
        fn page(pages: &Pages) -> (Texts<'_>, Vec<Row>) {
            (
                Texts {
                    title: pages.title(),
                    ..texts(None)
                },
                pages.rows(),
            )
        }
        let first = fit(&[page(&few)], &fonts, 2000.0);
        assert_eq!(
            first,
            layout(&page(&few).0, &page(&few).1, &fonts, WIDTH, 1.0)
                .content_height
                .ceil()
        );
        let tall = fit(&[page(&few), page(&many)], &fonts, 2000.0);
        assert!(tall > first + 40.0 * 30.0, "{tall} vs {first}");
        assert_eq!(fit(&[page(&many)], &fonts, 700.0), 700.0);
        let l = layout(&page(&many).0, &page(&many).1, &fonts, WIDTH, 1.0);
        assert!(l.max_scroll(700.0) > 0.0);
        assert_eq!(l.max_scroll(l.content_height), 0.0);
    }

    /// `layout` of a page in a window `height` tall, as the fit check reads it.
    fn drawn<'a>(
        name: String,
        l: &'a Layout,
        buttons: &'a [Button],
        fonts: &Fonts,
        height: f32,
    ) -> Drawn<'a> {
        let s = l.scale;
        let mut keep_out: Vec<(&'static str, Rect)> =
            l.buttons.iter().map(|rect| ("buttons", *rect)).collect();
        keep_out.extend(l.picture.map(|picture| ("picture", picture)));
        Drawn {
            name,
            edges: (MARGIN * s, WIDTH * s - MARGIN * s),
            height,
            lines: l.lines.iter().collect(),
            keep_out,
            framed: Vec::new(),
            buttons: l
                .buttons
                .iter()
                .zip(buttons)
                .zip(&l.labels)
                .map(|((rect, button), lines)| {
                    let room = label_room(rect, button.checked.is_some(), s);
                    Checked::wrapped(&button.label, lines, *rect, room, fonts, s)
                })
                .collect(),
            buttons_scroll: true,
            content_height: l.content_height,
            view_bottom: height,
            max_scroll: l.max_scroll(height),
        }
    }

    /// The menu as the daemon offers it with every built-in stretch, every item shown (paused
    /// or not), and the longest status line it says.
    fn full_view(paused: bool) -> TrayView {
        use crate::core::catalog::{builtin, Catalog, Position};
        use crate::core::hold::BusyReason;
        use crate::daemon::tray::menu::stretch_choices;
        let everything = Catalog::new(builtin(), Position::ALL.to_vec(), Vec::new());
        TrayView {
            icon: TrayIcon::Idle,
            status_line: crate::daemon::wording::holding(&[
                BusyReason::Call,
                BusyReason::Fullscreen,
                BusyReason::DoNotDisturb,
                BusyReason::GnomeBreak,
            ]),
            stretches: stretch_choices(&everything),
            show_snooze: true,
            paused,
            off_hours: true,
            start_at_login: true,
        }
    }

    /// Every page of the window, in every language (with the longest status line, a problem
    /// said, and the longest reminder as the next stretch), paused or not: nothing cut, nothing
    /// overlapping, in a window sized as the window sizes itself.
    #[test]
    fn every_page_fits_in_every_language() {
        use crate::core::catalog::builtin;
        use crate::daemon::wording::reminder_body;
        use crate::wording::{in_language, Tag};
        let fonts = fonts();
        let mut found = Vec::new();
        for tag in Tag::ALL {
            in_language(tag, || {
                let next = builtin()
                    .iter()
                    .map(reminder_body)
                    .max_by_key(|body| body.chars().count())
                    .unwrap();
                let heading = crate::t!("cli-open-next");
                let problem = Err("limber is not running (start it with `limber`)".to_string());
                for paused in [false, true] {
                    let view = full_view(paused);
                    let pages = Pages::new(entries(&view)).every_page();
                    let laid: Vec<(Texts, Vec<Row>)> = pages
                        .iter()
                        .map(|page| {
                            let texts = Texts {
                                status: &view.status_line,
                                notice: Some(&problem),
                                next: Some((heading.as_str(), next.as_str())),
                                title: page.title(),
                            };
                            (texts, page.rows())
                        })
                        .collect();
                    let height = fit(&laid, &fonts, 720.0);
                    for (page, (texts, rows)) in pages.iter().zip(&laid) {
                        let l = layout(texts, rows, &fonts, WIDTH, 1.0);
                        let name = format!("{tag} control, {:?}", page.title());
                        let buttons = page.buttons();
                        found.extend(problems(&drawn(name, &l, &buttons, &fonts, height)));
                    }
                }
            });
        }
        assert!(found.is_empty(), "{} problems: {found:#?}", found.len());
    }

    #[test]
    fn without_a_next_stretch_there_is_no_picture() {
        let rows = Pages::new(entries(&view(1))).rows();
        let bare = Texts {
            next: None,
            ..texts(None)
        };
        let l = layout(&bare, &rows, &fonts(), WIDTH, 1.0);
        assert_eq!(l.picture, None);
        assert!(l.buttons[0].y < layout(&texts(None), &rows, &fonts(), WIDTH, 1.0).buttons[0].y);
    }
}
