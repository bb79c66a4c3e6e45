//! The control window: limber without a tray. What `limber open` shows, and what launching
//! limber from the app menu (or the Start menu, or Launchpad) opens: where things stand, the next
//! stretch with its picture, and everything the tray's menu offers as buttons ([`pages`]: the
//! same menu model, `daemon::tray::menu`, drawn a second way).
//!
//! Like the timer window it is a process of its own with its own winit loop, drawn on the CPU
//! with the same text, layout pieces and themes, so the daemon stays small. It reaches limber
//! only through a [`Limber`], which `limber open` implements over the socket as every command
//! does; the window asks it on a thread of its own, so a slow answer never freezes a frame.
//! It asks again every [`REFRESH`] while open (the status line counts minutes), and after each
//! button, whose answer it shows under the status line. Stretching or quitting closes it.
//!
//! With `LIMBER_TRACE_WINDOW` set it prints what it shows (`limber-control: page Pause`,
//! `limber-control: focus 1 hour`, `limber-control: said Paused until 15:30`,
//! `limber-control: frame`), which the end-to-end tests read; `LIMBER_TRACE_FIRST_FRAME` prints
//! when the first frame was shown. A screen reader reads the page as a tree
//! ([`access::control`]), hears the answer to each button, and can press every button.

mod layout;
mod pages;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use resvg::tiny_skia::{Pixmap, PixmapPaint, Transform};
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::keyboard::{Key as WinitKey, NamedKey};
use winit::window::WindowId;

use crate::daemon::tray::menu;
use crate::daemon::tray::{TrayAction, TrayView};

use super::access::{self, Request};
use super::column::{Rect, LEADING};
use super::draw::{self, ButtonView};
use super::input::{self, Input, Interactive, SCROLL_STEP};
use super::layout::LABEL_SIZE;
use super::picture::{self, Pose};
use super::placement;
use super::preferences::{self, Preferences};
use super::surface::{self, Opening, Surface};
use super::text::{Align, Direction, Fonts, Weight};
use super::theme::{self, Theme};
use layout::{Layout, Texts};
use pages::{Does, Key, Outcome, Pages};

/// How often the window asks limber again while it is open.
pub const REFRESH: Duration = Duration::from_secs(30);

/// Everything the window shows, as limber answered at one moment.
#[derive(Clone, Debug)]
pub struct Overview {
    /// The tray's view: its status line and what its menu offers.
    pub menu: TrayView,
    /// The stretch that comes next (or is due, or under way).
    pub next: Option<Upcoming>,
    /// Something to say, when limber could not be asked or the config not read.
    pub problem: Option<String>,
}

/// The next stretch, as the window shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    pub stretch_id: String,
    /// "Next stretch", "Due now", "Stretching now".
    pub heading: String,
    /// Where, what and how long, as the reminder says it.
    pub text: String,
}

/// What came of pressing a button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    /// What happened (empty when the status line will say it), or why it did not.
    pub said: Result<String, String>,
    /// The window's work is done (a stretch began, limber quit).
    pub close: bool,
}

/// How the window reaches limber. Called on the window's own thread for limber, never on the
/// thread that draws.
pub trait Limber: Send + 'static {
    /// What stands now.
    fn look(&mut self) -> Overview;
    /// Does what the tray's menu item does.
    fn pick(&mut self, action: &TrayAction) -> Picked;
}

/// What reaches the window's loop from the thread that talks to limber.
#[derive(Debug)]
enum Report {
    Looked(Box<Overview>),
    Picked(Picked),
    /// The desktop's answer: whether it asks for high contrast.
    Preferences(Preferences),
    /// A screen reader asks.
    Access(accesskit_winit::Event),
}

impl From<accesskit_winit::Event> for Report {
    fn from(event: accesskit_winit::Event) -> Report {
        Report::Access(event)
    }
}

/// What the window asks of that thread.
enum Ask {
    Look,
    Pick(TrayAction),
}

/// Opens the control window and runs its loop until it closes. The first look at limber is
/// taken before the window opens, so its first frame already shows where things stand.
pub fn run(mut limber: impl Limber) -> Result<(), String> {
    let opened = Instant::now();
    let first = limber.look();
    let event_loop = EventLoop::<Report>::with_user_event()
        .build()
        .map_err(super::problems::cannot_open)?;
    let asks = ask_on_a_thread(limber, event_loop.create_proxy())?;
    let mut app = ControlWindow::new(first, asks, opened, event_loop.create_proxy())?;
    if theme::forced_high_contrast().is_none() {
        let proxy = event_loop.create_proxy();
        preferences::ask_in_background(move |answer| {
            let _ = proxy.send_event(Report::Preferences(answer));
        });
    }
    event_loop
        .run_app(&mut app)
        .map_err(super::problems::failed)?;
    app.failure.map_or(Ok(()), Err)
}

/// Starts the thread that asks `limber` what the window wants to know and reports back.
fn ask_on_a_thread(
    mut limber: impl Limber,
    proxy: EventLoopProxy<Report>,
) -> Result<mpsc::Sender<Ask>, String> {
    let (asks, asked) = mpsc::channel();
    std::thread::Builder::new()
        .name("limber".into())
        .spawn(move || {
            for ask in asked {
                let report = match ask {
                    Ask::Look => Report::Looked(Box::new(limber.look())),
                    Ask::Pick(action) => Report::Picked(limber.pick(&action)),
                };
                if proxy.send_event(report).is_err() {
                    return;
                }
            }
        })
        .map_err(super::problems::helper_failed)?;
    Ok(asks)
}

/// The picture as last rendered, and for what.
struct Drawn {
    stretch_id: String,
    width: u32,
    height: u32,
    pixmap: Pixmap,
}

struct ControlWindow {
    opened: Instant,
    fonts: Fonts,
    theme: Theme,
    overview: Overview,
    pages: Pages,
    /// The answer to the last button pressed.
    notice: Option<Result<String, String>>,
    asks: mpsc::Sender<Ask>,
    /// For a screen reader's requests.
    proxy: EventLoopProxy<Report>,
    /// When limber was last asked what stands.
    looked: Instant,
    surface: Option<Surface>,
    picture: Option<Drawn>,
    /// The pointer, the modifiers and how far the column is scrolled.
    input: Input,
    /// From the last frame: where the buttons are, and which page it showed.
    buttons: Vec<Rect>,
    shown_page: Option<String>,
    /// The focus moved: scroll it into view at the next frame.
    reveal: bool,
    /// `LIMBER_TRACE_WINDOW`: what was last printed.
    trace: Option<Traced>,
    failure: Option<String>,
}

/// What the trace last said, so it says each change once.
#[derive(Default, PartialEq)]
struct Traced {
    page: String,
    focus: String,
    notice: String,
}

impl ControlWindow {
    fn new(
        overview: Overview,
        asks: mpsc::Sender<Ask>,
        opened: Instant,
        proxy: EventLoopProxy<Report>,
    ) -> Result<ControlWindow, String> {
        Ok(ControlWindow {
            fonts: Fonts::load()?,
            theme: theme::current(false),
            pages: Pages::new(menu::entries(&overview.menu)),
            notice: overview.problem.clone().map(Err),
            overview,
            asks,
            proxy,
            looked: Instant::now(),
            opened,
            surface: None,
            picture: None,
            input: Input::default(),
            buttons: Vec::new(),
            shown_page: None,
            reveal: false,
            trace: std::env::var_os("LIMBER_TRACE_WINDOW").map(|_| Traced::default()),
            failure: None,
        })
    }

    fn texts(&self) -> Texts<'_> {
        Texts {
            status: &self.overview.menu.status_line,
            notice: self.notice.as_ref(),
            next: self
                .overview
                .next
                .as_ref()
                .map(|next| (next.heading.as_str(), next.text.as_str())),
            title: self.pages.title(),
        }
    }

    fn ask(&mut self, ask: Ask) {
        if matches!(ask, Ask::Look) {
            self.looked = Instant::now();
        }
        // The thread only stops with the window.
        let _ = self.asks.send(ask);
    }

    fn outcome(&mut self, outcome: Outcome, event_loop: &ActiveEventLoop) {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Moved => {
                self.reveal = true;
                self.redraw();
            }
            Outcome::Pick(action) => {
                self.trace_line(&format!("pick {}", self.label_of(&action)));
                self.ask(Ask::Pick(action));
            }
            Outcome::Close => event_loop.exit(),
        }
    }

    /// The label of the focused button, which was just pressed to pick `action`.
    fn label_of(&self, action: &TrayAction) -> String {
        self.pages
            .buttons()
            .into_iter()
            .find(|button| button.does == Does::Pick(action.clone()))
            .map_or_else(|| format!("{action:?}"), |button| button.label)
    }

    /// Scrolls so the focused button shows in a window `height` tall, when the column is
    /// taller than that.
    fn reveal_focus(&mut self, height: f32) {
        let Some(button) = self.buttons.get(self.pages.focus()) else {
            return;
        };
        let margin = 8.0 * self.scale();
        let input = &mut self.input;
        if button.y - margin < input.scroll {
            input.scroll = (button.y - margin).max(0.0);
        } else if button.bottom() + margin > input.scroll + height {
            input.scroll = (button.bottom() + margin - height).min(input.max_scroll);
        }
    }

    fn create_window(&mut self, event_loop: &ActiveEventLoop) -> Result<(), String> {
        let monitor = placement::monitor(event_loop);
        let (_, max_height) = surface::work_area(monitor.as_ref());
        let height = self.fitting_height(max_height);
        let opening = Opening {
            title: "limber".into(),
            size: LogicalSize::new(f64::from(layout::WIDTH), f64::from(height)),
            min_size: LogicalSize::new(300.0, 240.0),
            always_on_top: false,
            take_focus: true,
            asked: self.opened,
        };
        self.surface = Some(Surface::open(
            event_loop,
            monitor.as_ref(),
            opening,
            self.proxy.clone(),
        )?);
        Ok(())
    }

    /// The height that shows every page of the menu as it stands whole, up to `max_height`.
    fn fitting_height(&self, max_height: f32) -> f32 {
        let mut pages = vec![self.pages.clone()];
        pages.extend(self.pages.every_page());
        let texts = self.texts();
        let laid: Vec<(Texts, _)> = pages
            .iter()
            .map(|page| {
                (
                    Texts {
                        title: page.title(),
                        ..texts
                    },
                    page.rows(),
                )
            })
            .collect();
        layout::fit(&laid, &self.fonts, max_height)
    }

    /// The picture of the next stretch's hold, rendered again only when it or its size changed.
    fn update_picture(&mut self, frame: Option<Rect>) {
        let (Some(next), Some(frame)) = (&self.overview.next, frame) else {
            self.picture = None;
            return;
        };
        let (width, height) = (frame.width as u32, frame.height as u32);
        let current = self.picture.as_ref().is_some_and(|drawn| {
            (drawn.stretch_id.as_str(), drawn.width, drawn.height)
                == (next.stretch_id.as_str(), width, height)
        });
        if !current {
            let hold = Pose {
                t: 1.0,
                mirror: false,
            };
            self.picture =
                picture::render(&next.stretch_id, hold, width, height, &self.theme).map(|pixmap| {
                    Drawn {
                        stretch_id: next.stretch_id.clone(),
                        width,
                        height,
                        pixmap,
                    }
                });
        }
    }

    fn draw(&self, pixmap: &mut Pixmap, layout: &Layout, width: f32, height: f32) {
        let theme = &self.theme;
        let bg = theme.background;
        pixmap.fill(resvg::tiny_skia::Color::from_rgba8(bg.0, bg.1, bg.2, 255));
        let up = self.input.scroll;
        for line in &layout.lines {
            draw::text(pixmap, &self.fonts, theme, line, up);
        }
        if let (Some(frame), Some(drawn)) = (layout.picture, &self.picture) {
            pixmap.draw_pixmap(
                frame.x as i32,
                (frame.y - up) as i32,
                drawn.pixmap.as_ref(),
                &PixmapPaint::default(),
                Transform::identity(),
                None,
            );
        }
        for rule in &layout.rules {
            let moved = Rect {
                y: rule.y - up,
                ..*rule
            };
            draw::fill(pixmap, &moved, theme.track);
        }
        let focus = self.pages.focus();
        let rows = layout.buttons.iter().zip(&layout.labels);
        for (index, ((rect, lines), button)) in rows.zip(self.pages.buttons()).enumerate() {
            let rect = Rect {
                y: rect.y - up,
                ..*rect
            };
            let view = ButtonView {
                label: &button.label,
                primary: button.primary,
                hovered: self.input.hovered == Some(index),
                focused: focus == index,
            };
            self.draw_row(
                pixmap,
                (&rect, lines),
                &view,
                &button.does,
                button.checked,
                layout.scale,
            );
        }
        if layout.content_height > height {
            draw::scrollbar(
                pixmap,
                theme,
                layout.scale,
                (width, height),
                layout.content_height,
                up,
            );
        }
    }

    /// One menu row: the button's shape, its label's `lines` from the starting edge (the left,
    /// or the right in a right-to-left language), a box for a switch before them, and an arrow
    /// at the far edge on one that opens a page.
    fn draw_row(
        &self,
        pixmap: &mut Pixmap,
        (rect, lines): (&Rect, &[String]),
        view: &ButtonView<'_>,
        does: &Does,
        checked: Option<bool>,
        s: f32,
    ) {
        let ink = draw::button_shape(pixmap, rect, &self.theme, view, s);
        let rtl = crate::wording::current().direction() == Direction::RightToLeft;
        // Mirrors a box `width` wide placed `x` in from the row's left edge.
        let placed = |x: f32, width: f32| {
            if rtl {
                rect.x + rect.width - (x - rect.x) - width
            } else {
                x
            }
        };
        let size = LABEL_SIZE * s;
        let baseline_top = rect.center().1 - size * 0.62;
        let mut x = rect.x + layout::LABEL_INSET * s;
        if let Some(on) = checked {
            let side = layout::SWITCH_BOX * s;
            let frame = Rect {
                x: placed(x, side),
                y: rect.center().1 - side / 2.0,
                width: side,
                height: side,
            };
            draw::fill(pixmap, &frame, self.theme.muted);
            let inside = Rect {
                x: frame.x + 1.5 * s,
                y: frame.y + 1.5 * s,
                width: side - 3.0 * s,
                height: side - 3.0 * s,
            };
            draw::fill(pixmap, &inside, self.theme.background);
            if on {
                self.fonts.draw_line(
                    pixmap,
                    "✓",
                    frame.center().0,
                    baseline_top,
                    size,
                    Weight::SemiBold,
                    self.theme.accent_strong,
                    Align::Center,
                );
            }
            x += side + layout::SWITCH_GAP * s;
        }
        let (label_x, align) = if rtl {
            (placed(x, 0.0), Align::Right)
        } else {
            (x, Align::Left)
        };
        // The lines centred on the row's middle, as one line is.
        let line_height = size * LEADING;
        let first_top = baseline_top - (lines.len().max(1) - 1) as f32 * line_height / 2.0;
        for (index, line) in lines.iter().enumerate() {
            self.fonts.draw_line(
                pixmap,
                line,
                label_x,
                first_top + index as f32 * line_height,
                size,
                Weight::SemiBold,
                ink,
                align,
            );
        }
        if matches!(does, Does::Open(_)) {
            let arrow = 15.0 * s;
            let glyph = if rtl { "‹" } else { "›" };
            let glyph_width = self.fonts.width(glyph, arrow, Weight::SemiBold);
            let arrow_x = placed(rect.x + rect.width - 14.0 * s - glyph_width, glyph_width);
            self.fonts.draw_line(
                pixmap,
                glyph,
                arrow_x,
                rect.center().1 - arrow * 0.66,
                arrow,
                Weight::SemiBold,
                ink,
                Align::Left,
            );
        }
    }

    /// Hands the page to a screen reader, if one listens.
    fn update_access(&mut self) {
        let buttons = self.pages.buttons();
        let scroll = self.input.scroll;
        let rows: Vec<access::control::Row<'_>> = buttons
            .iter()
            .zip(self.buttons.iter().map(|rect| Rect {
                y: rect.y - scroll,
                ..*rect
            }))
            .map(|(button, rect)| access::control::Row {
                label: &button.label,
                checked: button.checked,
                opens_page: matches!(button.does, Does::Open(_)),
                bounds: Some(access::bounds(&rect)),
            })
            .collect();
        let shown = access::control::Shown {
            page: self.pages.title(),
            status: &self.overview.menu.status_line,
            notice: self.notice.as_ref().map(|notice| match notice {
                Ok(said) | Err(said) => said.as_str(),
            }),
            next: self
                .overview
                .next
                .as_ref()
                .map(|next| (next.heading.as_str(), next.text.as_str())),
            rows: &rows,
            focused: self.pages.focus(),
        };
        if let Some(surface) = &mut self.surface {
            surface.update_access(|| access::control::tree(&shown));
        }
    }

    fn trace_line(&self, line: &str) {
        if self.trace.is_some() {
            eprintln!("limber-control: {line}");
        }
    }

    /// With tracing on: the page, the focused button and the notice, each when it changed, and
    /// the frame.
    fn trace_frame(&mut self) {
        if self.trace.is_none() {
            return;
        }
        let now = Traced {
            page: self.pages.title().unwrap_or("main").to_string(),
            focus: self
                .pages
                .focused()
                .map_or_else(String::new, |button| button.label),
            notice: match &self.notice {
                Some(Ok(said)) => format!("said {said}"),
                Some(Err(problem)) => format!("problem {problem}"),
                None => String::new(),
            },
        };
        let Some(last) = &self.trace else { return };
        if now.page != last.page {
            eprintln!("limber-control: page {}", now.page);
        }
        if now.focus != last.focus {
            eprintln!("limber-control: focus {}", now.focus);
        }
        if now.notice != last.notice && !now.notice.is_empty() {
            eprintln!("limber-control: {}", now.notice);
        }
        eprintln!("limber-control: frame");
        self.trace = Some(now);
    }
}

impl Interactive for ControlWindow {
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
        let Some((width, height)) = self.surface.as_ref().and_then(Surface::size) else {
            return Ok(());
        };
        let (width, height) = (width.get(), height.get());
        let rows = self.pages.rows();
        let layout = layout::layout(
            &self.texts(),
            &rows,
            &self.fonts,
            width as f32,
            self.scale(),
        );
        self.buttons = layout.buttons.clone();
        self.input.max_scroll = layout.max_scroll(height as f32);
        let page = self.pages.title().map(str::to_string);
        if page != self.shown_page {
            // Another page starts at its top.
            self.input.scroll = 0.0;
            self.shown_page = page;
        }
        self.input.scroll = self.input.scroll.clamp(0.0, self.input.max_scroll);
        if std::mem::take(&mut self.reveal) {
            self.reveal_focus(height as f32);
        }
        self.update_picture(layout.picture);
        let mut pixmap = Pixmap::new(width, height).ok_or_else(super::problems::too_large)?;
        self.draw(&mut pixmap, &layout, width as f32, height as f32);
        if let Some(surface) = &mut self.surface {
            surface.present(&pixmap)?;
        }
        self.trace_frame();
        self.update_access();
        Ok(())
    }

    fn key(&mut self, key: &WinitKey, event_loop: &ActiveEventLoop) {
        // The arrow pointing onward in reading order opens a page; the other goes back.
        let (onward, backward) = match crate::wording::current().direction() {
            Direction::LeftToRight => (NamedKey::ArrowRight, NamedKey::ArrowLeft),
            Direction::RightToLeft => (NamedKey::ArrowLeft, NamedKey::ArrowRight),
        };
        let key = match key {
            WinitKey::Named(NamedKey::Tab) if self.input.shift => Key::Previous,
            WinitKey::Named(NamedKey::Tab | NamedKey::ArrowDown) => Key::Next,
            WinitKey::Named(NamedKey::ArrowUp) => Key::Previous,
            WinitKey::Named(NamedKey::Home) => Key::First,
            WinitKey::Named(NamedKey::End) => Key::Last,
            WinitKey::Named(NamedKey::Enter | NamedKey::Space) => Key::Press,
            WinitKey::Named(arrow) if *arrow == onward => Key::Into,
            WinitKey::Named(arrow) if *arrow == backward => Key::Back,
            WinitKey::Named(NamedKey::Backspace) => Key::Back,
            WinitKey::Named(NamedKey::Escape) => Key::Escape,
            WinitKey::Named(NamedKey::PageDown) => return self.scroll_by(SCROLL_STEP * 6.0),
            WinitKey::Named(NamedKey::PageUp) => return self.scroll_by(-SCROLL_STEP * 6.0),
            _ => return,
        };
        let outcome = self.pages.key(key);
        self.outcome(outcome, event_loop);
    }

    /// The buttons scroll with the column.
    fn button_at(&self, x: f32, y: f32) -> Option<usize> {
        self.buttons
            .iter()
            .position(|rect| rect.contains(x, y + self.input.scroll))
    }

    fn click(&mut self, index: usize, event_loop: &ActiveEventLoop) {
        let outcome = self.pages.press(index);
        self.outcome(outcome, event_loop);
    }
}

impl ApplicationHandler<Report> for ControlWindow {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.surface.is_none() {
            if let Err(problem) = self.create_window(event_loop) {
                self.fail(problem, event_loop);
            }
        }
    }

    fn new_events(&mut self, _event_loop: &ActiveEventLoop, cause: StartCause) {
        if matches!(cause, StartCause::ResumeTimeReached { .. }) {
            self.ask(Ask::Look);
        }
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, report: Report) {
        match report {
            Report::Preferences(asked) => {
                let theme = theme::current(asked.high_contrast);
                if theme == self.theme {
                    return;
                }
                self.theme = theme;
                // The picture is drawn in the theme's colours.
                self.picture = None;
            }
            Report::Looked(overview) => {
                self.pages.update(menu::entries(&overview.menu));
                if let Some(problem) = &overview.problem {
                    self.notice = Some(Err(problem.clone()));
                }
                self.overview = *overview;
            }
            Report::Picked(picked) => {
                self.trace_line(match &picked.said {
                    Ok(_) => "picked",
                    Err(_) => "refused",
                });
                if picked.close && picked.said.is_ok() {
                    event_loop.exit();
                    return;
                }
                self.notice = match picked.said {
                    Ok(said) if said.is_empty() => None,
                    said => Some(said),
                };
                // Done: back on the first page, which shows the new state.
                self.pages.back();
                self.ask(Ask::Look);
            }
            Report::Access(event) => match Request::of(event.window_event) {
                Some(Request::Press(index)) => return self.click(index, event_loop),
                Some(Request::Focus(index)) => {
                    self.pages.set_focus(index);
                    self.reveal = true;
                }
                Some(Request::Tree) | None => {}
            },
        }
        self.redraw();
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        if let Some(surface) = &mut self.surface {
            surface.access_event(&event);
        }
        if let Some(WindowEvent::CloseRequested | WindowEvent::Destroyed) =
            input::handle(self, event_loop, event)
        {
            event_loop.exit();
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        event_loop.set_control_flow(ControlFlow::WaitUntil(self.looked + REFRESH));
    }
}
