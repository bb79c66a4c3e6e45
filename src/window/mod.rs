//! The guided timer window: one stretch, from getting into position to "well done".
//!
//! It runs in its own process (`limber stretch --here ID`) with its own winit loop, draws on the
//! CPU (softbuffer + tiny-skia, text with cosmic-text), and sleeps between redraws: it wakes when the
//! countdown's second or the breath changes, on input and on resize, and, for at most two seconds
//! at the start of a setup, to move the picture. The decisions (which phase, how long is left,
//! what counts as held, whether it was done) are [`crate::core::routine`]'s; what each screen
//! says is [`screen`]'s; this module shows them and turns keys and clicks into routine
//! operations.
//!
//! The window is sized before it opens to the largest screen its stretch can show, so nothing is
//! ever cut and it never resizes mid-stretch ([`layout::fit`]). Keyboard: Tab moves the focus
//! between buttons, Enter or Space presses the focused one; without a focused button Space says
//! "I'm in position" (then pauses and resumes), Enter starts, says "I'm in position", ends the
//! hold (Done) and closes, Right skips (Left in a right-to-left language: the arrow that points
//! onward in reading order), Escape closes, Up, Down and the page keys scroll. Every word comes
//! from `locales/<code>/window.ftl` through `t!`, and the window reads in the direction of the
//! language spoken.
//!
//! With `LIMBER_TRACE_WINDOW` set it prints each screen it changes to and each frame it paints
//! (`limber-window: screen setup right`, `limber-window: frame`), which the end-to-end tests
//! read; `LIMBER_TRACE_FIRST_FRAME` prints when the first frame was shown.
//!
//! A screen reader sees every screen as a tree ([`access::timer`]), hears each phase change and
//! the time left at most every 10 s ([`access::announce`]), and can press every button.

mod access;
mod column;
pub mod control;
mod cue;
mod draw;
#[cfg(test)]
mod every_language;
#[cfg(test)]
mod fit_check;
mod font_pages;
mod identity;
mod input;
mod layout;
mod pictogram;
mod picture;
mod placement;
#[cfg(test)]
pub(crate) mod plain_english;
mod preferences;
mod problems;
mod screen;
mod sound;
mod surface;
mod text;
mod theme;
pub mod week;
mod words;

use std::time::{Duration, Instant};

use resvg::tiny_skia::Pixmap;
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::keyboard::{Key, NamedKey};
use winit::window::WindowId;

use crate::core::catalog::Stretch;
use crate::core::clock::Mono;
use crate::core::progression::Progress;
use crate::core::routine::{Ending, Outcome, Phase, Routine, Run, EXTENSION};
use crate::t;

use access::announce::Announcer;
use access::Request;
use column::Rect;
use cue::{Cues, Stage};
use draw::{ButtonView, Frame};
use input::{Input, Interactive, SCROLL_STEP};
use layout::Fit;
use screen::{Action, Body, Moment, Screen, Shown};
use surface::{Opening, Surface};
use text::Fonts;
use theme::Theme;

/// How long the last screen stays before the window closes by itself.
const DONE_SCREEN_FOR: Duration = Duration::from_secs(60);

/// What the window is asked to show.
#[derive(Clone, Debug)]
pub struct WindowRequest {
    /// The stretch, its hold already as practice has made it.
    pub stretch: Stretch,
    /// Stretches completed today before this one, for the last screen.
    pub done_today: u32,
    /// Where practice has brought the stretch's hold: the window says when it has just grown.
    pub progress: Progress,
    /// Start counting at once (the user asked) or wait on a "ready" screen (a reminder nobody
    /// could be notified of).
    pub start: StartMode,
    /// Take keyboard focus: only when the user's own action opened the window.
    pub take_focus: bool,
    /// Sound the cues (`[window] sounds`): a hold starts, switch sides, done.
    pub sounds: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartMode {
    Now,
    Ready,
}

/// What reaches the window's loop from other threads.
#[derive(Debug)]
enum Report {
    /// The desktop's answer: reduced motion, high contrast.
    Preferences(preferences::Preferences),
    /// Close, as the user's Close would ([`Closer`]).
    Close,
    /// A screen reader asks.
    Access(accesskit_winit::Event),
}

impl From<accesskit_winit::Event> for Report {
    fn from(event: accesskit_winit::Event) -> Report {
        Report::Access(event)
    }
}

/// What the window tells whoever opened it (`limber stretch --here` reports it to the daemon).
pub enum Lifecycle {
    /// The window is on screen; the [`Closer`] closes it from any thread.
    Opened(Closer),
    /// The user pressed Start on the start screen: the routine counts from now.
    Started,
}

/// Closes the window from another thread, as the user's Close would.
#[derive(Clone)]
pub struct Closer(EventLoopProxy<Report>);

impl Closer {
    pub fn close(&self) {
        let _ = self.0.send_event(Report::Close);
    }
}

/// Opens the window and runs its own event loop until it closes, telling `on_lifecycle` as it
/// opens and starts.
pub fn run(
    request: WindowRequest,
    on_lifecycle: impl FnMut(Lifecycle) + 'static,
) -> Result<Outcome, String> {
    let opened = Instant::now();
    let event_loop = EventLoop::<Report>::with_user_event()
        .build()
        .map_err(problems::cannot_open)?;
    let closer = Closer(event_loop.create_proxy());
    let mut app = TimerWindow::new(request, opened, Box::new(on_lifecycle), closer)?;
    app.motion = preferences::reduced_motion_from_env().map(|reduced| !reduced);
    if app.motion.is_none() || theme::forced_high_contrast().is_none() {
        // Asked off this thread: the first frame never waits for D-Bus.
        let proxy = event_loop.create_proxy();
        let asked = preferences::ask_in_background(move |answer| {
            let _ = proxy.send_event(Report::Preferences(answer));
        });
        if !asked {
            app.motion.get_or_insert(false);
        }
    }
    event_loop.run_app(&mut app).map_err(problems::failed)?;
    if let Some(problem) = app.failure {
        return Err(problem);
    }
    Ok(app.outcome())
}

/// The rendered picture and what it was rendered for.
struct Drawn {
    width: u32,
    height: u32,
    pose: picture::Pose,
    pixmap: Pixmap,
}

struct TimerWindow {
    request: WindowRequest,
    opened: Instant,
    fonts: Fonts,
    theme: Theme,
    routine: Routine,
    surface: Option<Surface>,
    /// The size and zoom chosen for this stretch's screens.
    fit: Option<Fit>,
    picture: Option<Drawn>,
    /// Whether pictures may move: unknown until the desktop answers.
    motion: Option<bool>,
    /// The sound cues heard so far; `None` with sounds off.
    cues: Option<Cues>,
    /// The pointer, the modifiers and how far the column is scrolled.
    input: Input,
    /// From the last frame: where the buttons are.
    buttons: Vec<Rect>,
    /// Keyboard focus, once the user has pressed Tab.
    focused: Option<usize>,
    finished_at: Option<Instant>,
    /// `LIMBER_TRACE_WINDOW`: print screens and frames; the last screen printed.
    trace: Option<String>,
    failure: Option<String>,
    on_lifecycle: Box<dyn FnMut(Lifecycle)>,
    /// Handed to `on_lifecycle` once the window is on screen.
    closer: Option<Closer>,
    /// For a screen reader's requests.
    proxy: EventLoopProxy<Report>,
    /// What was last said to a screen reader, and when.
    announcer: Announcer,
    said: String,
}

impl TimerWindow {
    fn new(
        request: WindowRequest,
        opened: Instant,
        on_lifecycle: Box<dyn FnMut(Lifecycle)>,
        closer: Closer,
    ) -> Result<TimerWindow, String> {
        let routine = match request.start {
            StartMode::Now => Routine::start(&request.stretch, Mono::ZERO),
            StartMode::Ready => Routine::ready(&request.stretch, Mono::ZERO),
        };
        let moment = Moment::of(&routine, Mono::ZERO);
        let cues = request.sounds.then(|| Cues::from(Stage::of(&moment)));
        Ok(TimerWindow {
            announcer: Announcer::new(&moment, Mono::ZERO),
            said: String::new(),
            proxy: closer.0.clone(),
            cues,
            fonts: Fonts::load()?,
            theme: theme::current(false),
            routine,
            request,
            opened,
            surface: None,
            fit: None,
            picture: None,
            motion: None,
            input: Input::default(),
            buttons: Vec::new(),
            focused: None,
            finished_at: None,
            trace: std::env::var_os("LIMBER_TRACE_WINDOW").map(|_| String::new()),
            failure: None,
            on_lifecycle,
            closer: Some(closer),
        })
    }

    /// Monotonic time since the window opened: the routine's clock.
    fn now(&self) -> Mono {
        Mono::from_duration(self.opened.elapsed())
    }

    fn outcome(&self) -> Outcome {
        self.routine.outcome(self.now())
    }

    fn shown(&self) -> Shown<'_> {
        Shown {
            stretch: &self.request.stretch,
            progress: &self.request.progress,
            done_today: self.request.done_today,
        }
    }

    fn screen(&self, now: Mono) -> Screen {
        screen::screen(&self.shown(), &Moment::of(&self.routine, now))
    }

    /// The window's title: limber's name and the stretch's.
    fn title(&self) -> String {
        t!("window-title", stretch = self.request.stretch.name.as_str())
    }

    fn label(&self, action: Action) -> String {
        screen::label(action, matches!(self.routine.run(), Run::Paused(_)))
    }

    fn perform(&mut self, action: Action, event_loop: &ActiveEventLoop) {
        let now = self.now();
        self.routine.advance(now);
        match action {
            Action::Start => {
                self.routine.begin(now);
                (self.on_lifecycle)(Lifecycle::Started);
            }
            Action::InPosition => self.routine.in_position(now),
            Action::TogglePause => self.routine.toggle_pause(now),
            Action::Extend => self.routine.extend(now, EXTENSION),
            Action::Skip => self.routine.skip_phase(now),
            Action::Done => self.routine.finish(now),
            Action::Close => {
                self.routine.cancel(now);
                event_loop.exit();
                return;
            }
        }
        // The button row changes between screens; keep focus inside it.
        let count = self.screen(now).actions.len();
        self.focused = self.focused.map(|i| i.min(count.saturating_sub(1)));
        self.note_finish();
        self.redraw();
    }

    fn note_finish(&mut self) {
        if self.routine.is_finished() && self.finished_at.is_none() {
            self.finished_at = Some(Instant::now());
        }
    }

    fn create_window(&mut self, event_loop: &ActiveEventLoop) -> Result<(), String> {
        let monitor = placement::monitor(event_loop);
        let (max_width, max_height) = surface::work_area(monitor.as_ref());
        let fit = layout::fit(
            &screen::every_screen(&self.shown()),
            &self.fonts,
            max_width,
            max_height,
        );
        self.fit = Some(fit);
        let opening = Opening {
            title: self.title(),
            size: LogicalSize::new(f64::from(fit.width), f64::from(fit.height)),
            min_size: LogicalSize::new(320.0, 260.0),
            always_on_top: true,
            take_focus: self.request.take_focus,
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

    /// Whether the picture moves now: the first seconds of a setup or switch, running, when
    /// the desktop allows motion.
    fn picture_moving(&self, now: Mono) -> bool {
        self.routine.run() == Run::Running
            && picture::moving(
                self.routine.phase(now),
                self.routine.elapsed_in_phase(now),
                self.motion == Some(true),
            )
    }

    /// The picture for `now`, rendered again only when its pose or size changed.
    fn update_picture(&mut self, now: Mono, width: u32, height: u32) {
        let phase = match self.routine.run() {
            Run::Ready => None,
            _ => Some(self.routine.phase(now)),
        };
        let pose = picture::pose(
            phase,
            self.routine.elapsed_in_phase(now),
            self.motion == Some(true),
        );
        let current = self
            .picture
            .as_ref()
            .is_some_and(|d| (d.width, d.height, d.pose) == (width, height, pose));
        if !current {
            self.picture =
                picture::render(&self.request.stretch.id, pose, width, height, &self.theme).map(
                    |pixmap| Drawn {
                        width,
                        height,
                        pose,
                        pixmap,
                    },
                );
        }
    }

    /// Sounds the cue for the moment the stretch has just reached, if it deserves one.
    fn sound_cue(&mut self, now: Mono) {
        let stage = Stage::of(&Moment::of(&self.routine, now));
        let Some(cue) = self.cues.as_mut().and_then(|cues| cues.look(stage)) else {
            return;
        };
        if self.trace.is_some() {
            eprintln!("limber-window: cue {cue:?}");
        }
        sound::play(cue);
    }

    /// Hands what the window shows to a screen reader, with what it has to say now.
    fn update_access(&mut self, now: Mono, screen: &Screen) {
        if let Some(words) = self.announcer.look(&Moment::of(&self.routine, now), now) {
            if self.trace.is_some() {
                eprintln!("limber-window: say {words}");
            }
            self.said = words;
        }
        let labels: Vec<String> = screen.actions.iter().map(|a| self.label(*a)).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let bounds: Vec<_> = self.buttons.iter().map(access::bounds).collect();
        let title = self.title();
        let getting_into_position = self.routine.phase(now).is_getting_into_position();
        let Some(surface) = &mut self.surface else {
            return;
        };
        let shown = access::timer::Shown {
            title: &title,
            screen,
            labels: &labels,
            bounds: &bounds,
            focused: self.focused,
            getting_into_position,
            said: &self.said,
        };
        surface.update_access(|| access::timer::tree(&shown));
    }

    /// Does what a screen reader asks.
    fn access_request(&mut self, request: Request, event_loop: &ActiveEventLoop) {
        match request {
            Request::Tree => self.redraw(),
            Request::Press(index) => self.click(index, event_loop),
            Request::Focus(index) => {
                if index < self.screen(self.now()).actions.len() {
                    self.focused = Some(index);
                    self.redraw();
                }
            }
        }
    }

    /// With tracing on: the screen, when it changed, and the frame.
    fn trace_frame(&mut self, now: Mono, screen: &Screen) {
        let Some(last) = &self.trace else { return };
        let name = trace_name(&Moment::of(&self.routine, now), screen);
        if *last != name {
            eprintln!("limber-window: screen {name}");
            self.trace = Some(name);
        }
        eprintln!("limber-window: frame");
    }
}

/// How the trace names a screen: "ready", "setup right", "hold left", "switch left",
/// "come-out", "paused", "done", "stopped-early"; setup and switch say how many steps show.
/// In English whatever the language spoken: scripts and tests read it.
fn trace_name(moment: &Moment, screen: &Screen) -> String {
    let side = |phase: Phase| {
        phase
            .side()
            .map_or(String::new(), |s| format!(" {s:?}").to_lowercase())
    };
    let steps = match &screen.body {
        Body::Steps(steps) => format!(" steps={}", steps.len()),
        Body::Text(_) => String::new(),
    };
    match moment {
        Moment::Ready => format!("ready{steps}"),
        Moment::Running { paused: true, .. } => "paused".into(),
        Moment::Running { phase, .. } => match phase {
            Phase::Setup(_) => format!("setup{}{steps}", side(*phase)),
            Phase::Hold(_) => format!("hold{}", side(*phase)),
            Phase::Switch(_) => format!("switch{}{steps}", side(*phase)),
            Phase::ComeOut => "come-out".into(),
            Phase::Done => "done".into(),
        },
        Moment::Ended(outcome) => match outcome.ending {
            Ending::Done => "done".into(),
            Ending::StoppedEarly => "stopped-early".into(),
            Ending::Cancelled => "cancelled".into(),
        },
    }
}

impl Interactive for TimerWindow {
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

    /// Physical pixels per logical pixel of the design: the display's scale and the zoom.
    fn scale(&self) -> f32 {
        let display = self.surface.as_ref().map_or(1.0, Surface::scale_factor);
        display * self.fit.map_or(1.0, |fit| fit.zoom)
    }

    fn paint(&mut self) -> Result<(), String> {
        let now = self.now();
        self.routine.advance(now);
        self.note_finish();
        let Some((width, height)) = self.surface.as_ref().and_then(Surface::size) else {
            return Ok(());
        };
        let (width, height) = (width.get(), height.get());
        let screen = self.screen(now);
        let layout = layout::layout(
            &screen,
            &self.fonts,
            width as f32,
            height as f32,
            self.scale(),
        );
        self.buttons = layout.buttons.clone();
        self.input.max_scroll = layout.max_scroll();
        self.input.scroll = self.input.scroll.clamp(0.0, self.input.max_scroll);
        self.update_picture(
            now,
            layout.picture.width as u32,
            layout.picture.height as u32,
        );
        let mut pixmap = Pixmap::new(width, height).ok_or_else(problems::too_large)?;
        let primary = |action: &Action| {
            matches!(action, Action::Start | Action::InPosition | Action::Done)
                || screen.actions.len() == 1
        };
        let labels: Vec<String> = screen.actions.iter().map(|a| self.label(*a)).collect();
        let frame = Frame {
            progress: screen.progress,
            buttons: labels
                .iter()
                .enumerate()
                .zip(&screen.actions)
                .map(|((i, label), action)| ButtonView {
                    label,
                    primary: primary(action),
                    hovered: self.input.hovered == Some(i),
                    focused: self.focused == Some(i),
                })
                .collect(),
            picture: self.picture.as_ref().map(|drawn| &drawn.pixmap),
            scroll: self.input.scroll,
        };
        draw::frame(&mut pixmap, &layout, &self.fonts, &self.theme, &frame);
        if let Some(surface) = &mut self.surface {
            surface.present(&pixmap)?;
        }
        self.trace_frame(now, &screen);
        self.update_access(now, &screen);
        Ok(())
    }

    fn key(&mut self, key: &Key, event_loop: &ActiveEventLoop) {
        let now = self.now();
        self.routine.advance(now);
        let Screen {
            actions, direction, ..
        } = self.screen(now);
        // The arrow that points to what comes next in reading order skips ahead.
        let forward = forward_key(direction);
        let phase = self.routine.phase(now);
        let getting_into_position = phase.is_getting_into_position();
        let run = self.routine.run();
        match key {
            Key::Named(NamedKey::Tab) => {
                let count = actions.len();
                self.focused = Some(match (self.focused, self.input.shift) {
                    (None, false) => 0,
                    (None, true) => count - 1,
                    (Some(i), false) => (i + 1) % count,
                    (Some(i), true) => (i + count - 1) % count,
                });
                self.redraw();
            }
            // With a button focused, Enter and Space press it; otherwise they are shortcuts.
            Key::Named(NamedKey::Enter | NamedKey::Space) if self.focused.is_some() => {
                if let Some(action) = self.focused.and_then(|i| actions.get(i).copied()) {
                    self.perform(action, event_loop);
                }
            }
            Key::Named(NamedKey::Space | NamedKey::Enter) if run == Run::Ready => {
                self.perform(Action::Start, event_loop)
            }
            Key::Named(key)
                if (matches!(key, NamedKey::Space | NamedKey::Enter) || *key == forward)
                    && getting_into_position
                    && !self.routine.is_finished() =>
            {
                self.perform(Action::InPosition, event_loop)
            }
            Key::Named(NamedKey::Space) if !self.routine.is_finished() => {
                self.perform(Action::TogglePause, event_loop)
            }
            Key::Named(NamedKey::Enter) if self.routine.is_finished() => {
                self.perform(Action::Close, event_loop)
            }
            Key::Named(NamedKey::Enter) if run != Run::Ready => {
                self.perform(Action::Done, event_loop)
            }
            Key::Named(key) if *key == forward && !self.routine.is_finished() => {
                self.perform(Action::Skip, event_loop)
            }
            Key::Named(NamedKey::Escape) => self.perform(Action::Close, event_loop),
            Key::Named(NamedKey::ArrowDown) => self.scroll_by(SCROLL_STEP),
            Key::Named(NamedKey::ArrowUp) => self.scroll_by(-SCROLL_STEP),
            Key::Named(NamedKey::PageDown) => self.scroll_by(SCROLL_STEP * 6.0),
            Key::Named(NamedKey::PageUp) => self.scroll_by(-SCROLL_STEP * 6.0),
            Key::Named(NamedKey::Home) => self.scroll_by(-f32::MAX),
            Key::Named(NamedKey::End) => self.scroll_by(f32::MAX),
            _ => {}
        }
    }

    /// The buttons sit in a bar that does not scroll.
    fn button_at(&self, x: f32, y: f32) -> Option<usize> {
        self.buttons.iter().position(|rect| rect.contains(x, y))
    }

    fn click(&mut self, index: usize, event_loop: &ActiveEventLoop) {
        let actions = self.screen(self.now()).actions;
        if let Some(action) = actions.get(index).copied() {
            self.perform(action, event_loop);
        }
    }
}

impl ApplicationHandler<Report> for TimerWindow {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.surface.is_none() {
            match self.create_window(event_loop) {
                Ok(()) => {
                    if let Some(closer) = self.closer.take() {
                        (self.on_lifecycle)(Lifecycle::Opened(closer));
                    }
                }
                Err(problem) => self.fail(problem, event_loop),
            }
        }
    }

    fn new_events(&mut self, _event_loop: &ActiveEventLoop, cause: StartCause) {
        if matches!(cause, StartCause::ResumeTimeReached { .. }) {
            self.redraw();
        }
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, report: Report) {
        match report {
            Report::Preferences(asked) => {
                if preferences::reduced_motion_from_env().is_none() {
                    self.motion = Some(!asked.reduced_motion);
                }
                let theme = theme::current(asked.high_contrast);
                if theme != self.theme {
                    self.theme = theme;
                    // The picture is drawn in the theme's colours.
                    self.picture = None;
                }
                self.redraw();
            }
            Report::Close => self.perform(Action::Close, event_loop),
            Report::Access(event) => {
                if let Some(request) = Request::of(event.window_event) {
                    self.access_request(request, event_loop);
                }
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        if let Some(surface) = &mut self.surface {
            surface.access_event(&event);
        }
        // Closed by the user, or destroyed from outside (a session ending): the same outcome.
        if let Some(WindowEvent::CloseRequested | WindowEvent::Destroyed) =
            input::handle(self, event_loop, event)
        {
            self.perform(Action::Close, event_loop)
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        let now = self.now();
        self.sound_cue(now);
        if let Some(finished) = self.finished_at {
            if finished.elapsed() >= DONE_SCREEN_FOR {
                event_loop.exit();
                return;
            }
            event_loop.set_control_flow(ControlFlow::WaitUntil(finished + DONE_SCREEN_FOR));
            return;
        }
        let mut wake = self.routine.next_change(now);
        if self.picture_moving(now) {
            let frame = now + picture::frame_time();
            wake = Some(wake.map_or(frame, |change| change.min(frame)));
        }
        match wake {
            Some(change) => {
                let wait = change.saturating_since(now);
                event_loop.set_control_flow(ControlFlow::WaitUntil(Instant::now() + wait));
            }
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}

/// The arrow key that points to what comes next in reading order: Right in a left-to-right
/// language, Left in a right-to-left one. It skips ahead (or ends getting into position).
fn forward_key(direction: text::Direction) -> NamedKey {
    match direction {
        text::Direction::LeftToRight => NamedKey::ArrowRight,
        text::Direction::RightToLeft => NamedKey::ArrowLeft,
    }
}
