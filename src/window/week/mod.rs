//! The week picture: seven days by the hours of the working day, each hour coloured by how long
//! the user sat in it, with a mark for each stretch done and each reminder held, and under it
//! today against the goal, the streak of days that met it, and this week beside the week before.
//!
//! Like the timer window it runs in a process of its own (`limber stats --week --show`, which
//! the tray's "Your week…" runs too), draws on the CPU with the same stack (softbuffer and
//! tiny-skia, text with cosmic-text, the same theme), and sleeps until something happens: the
//! picture is still, so it draws only on input, on resize and when the desktop's answer about
//! high contrast comes ([`super::preferences`]). What it shows is [`view`]'s;
//! where, [`layout`]'s; this module turns keys and the pointer into focus and actions.
//!
//! Keyboard: the arrow keys move between hours and days (Home and End to the row's ends), in
//! reading order (in a right-to-left language, whose picture is mirrored, Left goes to the next
//! hour), and the line under the grid says what happened in the focused hour, as it does for
//! the one under the pointer; Tab moves between the grid and the buttons, Enter or Space
//! presses the focused button, Escape closes. A screen reader moving its focus to a cell moves
//! the window's there too.
//!
//! The window is never taller than the screen's work area; what does not fit scrolls above the
//! button bar as the timer window's column does (the wheel, Page Up and Page Down, the shared
//! [`super::input`]), the focused cell is scrolled into view, and Up or Down past the grid's
//! first or last day scrolls on.
//!
//! With `LIMBER_TRACE_WINDOW` set it prints what the end-to-end tests read: each frame, where the
//! grid is (`limber-week: grid X Y WIDTH HEIGHT STEP-X STEP-Y rows=R columns=C`), the detail line
//! when it changes, and which week it shows; `LIMBER_TRACE_FIRST_FRAME` prints when the first
//! frame was shown, counted from before the history was read.

mod draw;
mod focus;
mod layout;
mod view;
mod words;

use std::time::Instant;

use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{ElementState, MouseButton, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::keyboard::{Key, NamedKey};
use winit::window::WindowId;

use crate::core::week::Week;
use crate::t;

use super::access::{self, Request};
use super::draw::ButtonView;
use super::input::{self, Input, Interactive, SCROLL_STEP};
use super::placement;
use super::preferences::{self, Preferences};
use super::surface::{self, Opening, Surface};
use super::text::Fonts;
use super::theme::{self, Theme};
use focus::{Focus, Move};
use layout::WeekLayout;
use view::{Action, Showing, WeekView};

/// What the window is asked to show.
pub struct WeekRequest {
    pub week: Week,
    /// When the command began, before the history was read: the first frame is timed from it.
    pub started: Instant,
}

/// What reaches the window's loop from other threads.
#[derive(Debug)]
enum Report {
    /// The desktop's answer: high contrast or not.
    Preferences(Preferences),
    /// A screen reader asks.
    Access(accesskit_winit::Event),
}

impl From<accesskit_winit::Event> for Report {
    fn from(event: accesskit_winit::Event) -> Report {
        Report::Access(event)
    }
}

/// Opens the window and runs its loop until it is closed.
pub fn run(request: WeekRequest) -> Result<(), String> {
    let event_loop = EventLoop::<Report>::with_user_event()
        .build()
        .map_err(super::problems::cannot_open)?;
    let mut app = WeekWindow::new(request, event_loop.create_proxy())?;
    if theme::forced_high_contrast().is_none() {
        // Asked off this thread: the first frame never waits for D-Bus.
        let proxy = event_loop.create_proxy();
        preferences::ask_in_background(move |answer| {
            let _ = proxy.send_event(Report::Preferences(answer));
        });
    }
    event_loop.set_control_flow(ControlFlow::Wait);
    event_loop
        .run_app(&mut app)
        .map_err(super::problems::failed)?;
    match app.failure {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

struct WeekWindow {
    week: Week,
    started: Instant,
    fonts: Fonts,
    theme: Theme,
    showing: Showing,
    view: WeekView,
    /// The longest text the line under the grid shows, in either week: room is kept for it.
    room: String,
    surface: Option<Surface>,
    /// The last frame's layout, for hit-testing.
    layout: Option<WeekLayout>,
    focus: Focus,
    /// The pointer, the button under it, Shift, and how far the picture is scrolled.
    input: Input,
    /// The cell under the pointer.
    hovered: Option<(usize, usize)>,
    /// The focus moved: scroll its cell into view at the next frame.
    reveal: bool,
    /// `LIMBER_TRACE_WINDOW`: what was last traced, so only changes are.
    trace: Option<(String, String)>,
    failure: Option<String>,
    /// For a screen reader's requests.
    proxy: EventLoopProxy<Report>,
}

impl WeekWindow {
    fn new(request: WeekRequest, proxy: EventLoopProxy<Report>) -> Result<WeekWindow, String> {
        let view = view::view(&request.week, Showing::ThisWeek);
        let now_hour = usize::from(request.week.now.hour().unsigned_abs());
        let start_column = now_hour
            .saturating_sub(usize::from(request.week.hours.start))
            .min(view.columns.len().saturating_sub(1));
        Ok(WeekWindow {
            focus: Focus::new((view.rows.len().saturating_sub(1), start_column)),
            fonts: Fonts::load()?,
            theme: theme::current(false),
            showing: Showing::ThisWeek,
            room: String::new(),
            view,
            week: request.week,
            started: request.started,
            surface: None,
            layout: None,
            input: Input::default(),
            hovered: None,
            reveal: false,
            trace: std::env::var_os("LIMBER_TRACE_WINDOW").map(|_| Default::default()),
            failure: None,
            proxy,
        })
    }

    fn create_window(&mut self, event_loop: &ActiveEventLoop) -> Result<(), String> {
        let monitor = placement::monitor(event_loop);
        let work_area = surface::work_area(monitor.as_ref());
        let views = [Showing::ThisWeek, Showing::WeekBefore].map(|s| view::view(&self.week, s));
        let (width, height, room) = layout::fit_on_screen(&views, &self.fonts, work_area);
        self.room = room.to_string();
        let opening = Opening {
            title: t!("window-week-title"),
            size: LogicalSize::new(f64::from(width), f64::from(height)),
            min_size: LogicalSize::new(360.0, 300.0),
            always_on_top: false,
            take_focus: true,
            asked: self.started,
        };
        self.surface = Some(Surface::open(
            event_loop,
            monitor.as_ref(),
            opening,
            self.proxy.clone(),
        )?);
        Ok(())
    }

    /// What the line under the grid says: the hovered cell (until a key moves the focus), else
    /// the focused one, else a hint.
    fn detail(&self) -> &str {
        let cell = self.hovered.or(self.focus.focused_cell());
        cell.and_then(|(row, column)| self.view.rows.get(row)?.cells.get(column))
            .map_or(self.view.hint.as_str(), |cell| cell.words.as_str())
    }

    fn perform(&mut self, action: Action, event_loop: &ActiveEventLoop) {
        match action {
            Action::Close => event_loop.exit(),
            Action::OtherWeek => {
                self.showing = self.showing.other();
                self.view = view::view(&self.week, self.showing);
                self.redraw();
            }
        }
    }

    /// Does what a screen reader asks: press or focus a button, focus a cell, send the tree.
    fn access_request(
        &mut self,
        event: accesskit_winit::WindowEvent,
        event_loop: &ActiveEventLoop,
    ) {
        if let Some(cell) = access::week::cell_to_focus(&event) {
            return self.focus_cell(cell);
        }
        match Request::of(event) {
            Some(Request::Press(index)) => self.click(index, event_loop),
            Some(Request::Focus(index)) if index < self.view.actions.len() => {
                self.focus.place = Some(focus::Place::Button(index));
                self.redraw();
            }
            Some(Request::Tree) => self.redraw(),
            Some(Request::Focus(_)) | None => {}
        }
    }

    /// Puts the keyboard focus on the cell at `(row, column)`, if the grid has it, and scrolls
    /// it into view.
    fn focus_cell(&mut self, cell: (usize, usize)) {
        let (row, column) = cell;
        if row >= self.view.rows.len() || column >= self.view.columns.len() {
            return;
        }
        self.focus.place = Some(focus::Place::Grid);
        self.focus.cell = cell;
        self.reveal = true;
        self.redraw();
    }

    /// The pointer moved to `at` (None: it left): the cell under it, if any, is hovered.
    fn hover(&mut self, at: Option<(f32, f32)>) {
        let scroll = self.input.scroll;
        let cell = at
            .zip(self.layout.as_ref())
            .and_then(|((x, y), layout)| layout.cell_at(x, y, scroll));
        if cell != self.hovered {
            self.hovered = cell;
            self.redraw();
        }
    }
}

impl Interactive for WeekWindow {
    fn input(&mut self) -> &mut Input {
        &mut self.input
    }

    fn surface(&self) -> Option<&Surface> {
        self.surface.as_ref()
    }

    fn failure(&mut self) -> &mut Option<String> {
        &mut self.failure
    }

    fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    fn paint(&mut self) -> Result<(), String> {
        let Some(surface) = &self.surface else {
            return Ok(());
        };
        let Some(mut pixmap) = surface.pixmap()? else {
            return Ok(());
        };
        let scale = surface.scale_factor();
        let layout = layout::layout(
            &self.view,
            &self.fonts,
            pixmap.width() as f32,
            pixmap.height() as f32,
            scale,
            self.detail(),
            &self.room,
        );
        self.input.max_scroll = layout.max_scroll();
        if let Some(cell) = self.focus.focused_cell().filter(|_| self.reveal) {
            self.input.scroll = layout.reveal(cell, self.input.scroll);
        }
        self.reveal = false;
        self.input.scroll = self.input.scroll.clamp(0.0, self.input.max_scroll);
        let labels = labels(&self.view, self.showing);
        let buttons = labels
            .iter()
            .enumerate()
            .map(|(index, label)| ButtonView {
                label,
                primary: false,
                hovered: self.input.hovered == Some(index),
                focused: self.focus.focused_button() == Some(index),
            })
            .collect();
        let frame = draw::Frame {
            buttons,
            focused: self.focus.focused_cell(),
            hovered: self.hovered,
            scroll: self.input.scroll,
        };
        draw::frame(
            &mut pixmap,
            &self.view,
            &layout,
            &self.fonts,
            &self.theme,
            &frame,
        );
        if let Some(surface) = &mut self.surface {
            surface.present(&pixmap)?;
        }
        self.trace_frame(&layout);
        self.update_access(&layout);
        self.layout = Some(layout);
        Ok(())
    }

    fn key(&mut self, key: &Key, event_loop: &ActiveEventLoop) {
        let step = match key {
            Key::Named(NamedKey::Escape) => return event_loop.exit(),
            Key::Named(NamedKey::Enter | NamedKey::Space) => {
                if let Some(action) = self
                    .focus
                    .focused_button()
                    .and_then(|index| self.view.actions.get(index).copied())
                {
                    self.perform(action, event_loop);
                }
                return;
            }
            Key::Named(NamedKey::PageDown) => return self.scroll_by(SCROLL_STEP * 6.0),
            Key::Named(NamedKey::PageUp) => return self.scroll_by(-SCROLL_STEP * 6.0),
            Key::Named(NamedKey::Tab) if self.input.shift => Move::BackTab,
            Key::Named(NamedKey::Tab) => Move::Tab,
            Key::Named(NamedKey::ArrowUp) => Move::Up,
            Key::Named(NamedKey::ArrowDown) => Move::Down,
            Key::Named(NamedKey::Home) => Move::Home,
            Key::Named(NamedKey::End) => Move::End,
            Key::Named(arrow) => {
                match focus::across(*arrow, crate::wording::current().direction()) {
                    Some(step) => step,
                    None => return,
                }
            }
            _ => return,
        };
        let before = self.focus;
        self.focus.key(
            step,
            self.view.rows.len(),
            self.view.columns.len(),
            self.view.actions.len(),
        );
        // Up or Down that cannot move past the grid's first or last day scrolls on.
        let on_grid = before.place == Some(focus::Place::Grid);
        match step {
            Move::Up if on_grid && self.focus == before => return self.scroll_by(-SCROLL_STEP),
            Move::Down if on_grid && self.focus == before => return self.scroll_by(SCROLL_STEP),
            _ => {}
        }
        // The keys speak now: the cell under a resting pointer no longer has the last word.
        self.hovered = None;
        self.reveal = self.focus.focused_cell().is_some();
        self.redraw();
    }

    /// The buttons sit in a bar that does not scroll.
    fn button_at(&self, x: f32, y: f32) -> Option<usize> {
        let layout = self.layout.as_ref()?;
        layout.buttons.iter().position(|b| b.contains(x, y))
    }

    fn click(&mut self, index: usize, event_loop: &ActiveEventLoop) {
        if let Some(action) = self.view.actions.get(index).copied() {
            self.perform(action, event_loop);
        }
    }
}

impl WeekWindow {
    /// Hands the week to a screen reader, if one listens.
    fn update_access(&mut self, layout: &WeekLayout) {
        let focus = match (self.focus.focused_cell(), self.focus.focused_button()) {
            (Some((row, column)), _) => access::week::Focus::Cell(row, column),
            (None, Some(index)) => access::week::Focus::Button(index),
            (None, None) => access::week::Focus::Nothing,
        };
        let Some(surface) = &mut self.surface else {
            return;
        };
        let (view, showing, scroll) = (&self.view, self.showing, self.input.scroll);
        surface.update_access(|| access_tree(view, showing, layout, scroll, focus));
    }

    /// With tracing on: the frame, and where the grid is and what the detail line says when
    /// either changed.
    fn trace_frame(&mut self, layout: &WeekLayout) {
        let Some((last_grid, last_detail)) = &self.trace else {
            return;
        };
        let grid = match (layout.cell(0, 0), layout.cell(1, 1)) {
            (Some(first), Some(next)) => format!(
                "{} {} {} {} {} {} rows={} columns={} first-hour={} showing={}",
                first.x.round(),
                first.y.round(),
                first.width.round(),
                first.height.round(),
                next.x - first.x,
                next.y - first.y,
                self.view.rows.len(),
                layout.columns,
                self.week.hours.start,
                match self.showing {
                    Showing::ThisWeek => "this-week",
                    Showing::WeekBefore => "week-before",
                }
            ),
            _ => String::new(),
        };
        let detail = match self.focus.focused_button() {
            Some(index) => format!(
                "button {}",
                self.view
                    .actions
                    .get(index)
                    .map_or(String::new(), |action| view::label(*action, self.showing))
            ),
            None => self.detail().to_string(),
        };
        if *last_grid != grid {
            eprintln!("limber-week: grid {grid}");
        }
        if *last_detail != detail {
            eprintln!("limber-week: detail {detail}");
        }
        eprintln!("limber-week: frame");
        self.trace = Some((grid, detail));
    }
}

impl ApplicationHandler<Report> for WeekWindow {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.surface.is_none() {
            if let Err(problem) = self.create_window(event_loop) {
                self.failure = Some(problem);
                event_loop.exit();
            }
        }
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, report: Report) {
        match report {
            Report::Preferences(asked) => {
                let theme = theme::current(asked.high_contrast);
                if theme != self.theme {
                    self.theme = theme;
                    self.redraw();
                }
            }
            Report::Access(event) => self.access_request(event.window_event, event_loop),
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        if let Some(surface) = &mut self.surface {
            surface.access_event(&event);
        }
        // The cells are the week's own: the shared handling below knows only buttons.
        match &event {
            WindowEvent::CursorMoved { position, .. } => {
                self.hover(Some((position.x as f32, position.y as f32)));
            }
            WindowEvent::CursorLeft { .. } => self.hover(None),
            WindowEvent::MouseInput {
                state: ElementState::Released,
                button: MouseButton::Left,
                ..
            } => {
                if let Some(cell) = self.hovered {
                    self.focus_cell(cell);
                }
            }
            _ => {}
        }
        if let Some(WindowEvent::CloseRequested | WindowEvent::Destroyed) =
            input::handle(self, event_loop, event)
        {
            event_loop.exit();
        }
    }
}

/// The buttons' labels, in order.
fn labels(view: &WeekView, showing: Showing) -> Vec<String> {
    view.actions
        .iter()
        .map(|action| view::label(*action, showing))
        .collect()
}

/// The week shown as a screen reader reads it, its cells and buttons where `layout` puts them,
/// the cells scrolled `scroll` up.
fn access_tree(
    view: &WeekView,
    showing: Showing,
    layout: &WeekLayout,
    scroll: f32,
    focus: access::week::Focus,
) -> accesskit::TreeUpdate {
    let days: Vec<access::week::Day<'_>> = view
        .rows
        .iter()
        .enumerate()
        .map(|(row_index, row)| access::week::Day {
            label: &row.label,
            cells: row.cells.iter().map(|cell| cell.words.as_str()).collect(),
            bounds: (0..row.cells.len())
                .filter_map(|column| layout.cell(row_index, column))
                .map(|cell| {
                    access::bounds(&super::column::Rect {
                        y: cell.y - scroll,
                        ..*cell
                    })
                })
                .collect(),
            total: &row.total,
        })
        .collect();
    let labels = labels(view, showing);
    let escape = t!("window-key-escape");
    let buttons: Vec<access::Button<'_>> = view
        .actions
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(index, (action, label))| access::Button {
            label,
            shortcut: (*action == Action::Close).then_some(escape.as_str()),
            bounds: layout.buttons.get(index).map(access::bounds),
        })
        .collect();
    let title = t!("window-week-title");
    access::week::tree(&access::week::Shown {
        title: &title,
        heading: &view.title,
        subtitle: &view.subtitle,
        days: &days,
        summary: &view.summary,
        comparison: &view.comparison,
        buttons: &buttons,
        focus,
    })
}

#[cfg(test)]
mod tests;
