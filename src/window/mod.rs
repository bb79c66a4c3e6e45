//! The guided timer window: one stretch, from "get ready" to "well done".
//!
//! It runs in its own process (`limber stretch --here ID`) with its own winit loop, draws on the
//! CPU (softbuffer + tiny-skia, text with ab_glyph), and sleeps between redraws: it wakes when the
//! countdown's second changes, on input, and on resize, and at no other time. The decisions (which
//! phase, how long is left, what counts as held) are [`crate::core::routine`]'s; this module shows
//! them and turns keys and clicks into routine operations.

mod draw;
mod layout;
mod pictogram;
mod text;
mod theme;
mod words;

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::{Duration, Instant};

use resvg::tiny_skia::Pixmap;
use winit::application::ApplicationHandler;
use winit::dpi::{LogicalSize, PhysicalPosition};
use winit::event::{ElementState, MouseButton, StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::keyboard::{Key, NamedKey};
use winit::window::{Window, WindowAttributes, WindowId, WindowLevel};

use crate::core::catalog::Stretch;
use crate::core::clock::Mono;
use crate::core::progression::Progress;
use crate::core::routine::{Outcome, Phase, Routine, Run, EXTENSION};

use draw::{ButtonView, Frame};
use layout::{DESIGN_HEIGHT, DESIGN_WIDTH};
use text::Fonts;
use theme::Theme;

/// How long the "well done" screen stays before the window closes by itself.
const DONE_SCREEN_FOR: Duration = Duration::from_secs(60);

/// What the window is asked to show.
#[derive(Clone, Debug)]
pub struct WindowRequest {
    pub stretch: Stretch,
    /// Stretches completed today before this one, for the "well done" screen.
    pub done_today: u32,
    /// Where practice has brought the stretch's hold (already in `stretch.hold`): the window
    /// says when it has just grown.
    pub progress: Progress,
    /// Start counting at once (the user asked) or wait on a "ready" screen (a reminder nobody
    /// could be notified of).
    pub start: StartMode,
    /// Take keyboard focus: only when the user's own action opened the window.
    pub take_focus: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartMode {
    Now,
    Ready,
}

/// Opens the window and runs its own event loop until it closes.
pub fn run(request: WindowRequest) -> Result<Outcome, String> {
    let opened = Instant::now();
    let event_loop = EventLoop::new().map_err(|error| format!("cannot open a window: {error}"))?;
    let mut app = TimerWindow::new(request, opened)?;
    event_loop
        .run_app(&mut app)
        .map_err(|error| format!("the window failed: {error}"))?;
    if let Some(problem) = app.failure {
        return Err(problem);
    }
    Ok(app.outcome())
}

/// What a button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Start,
    TogglePause,
    Extend,
    Skip,
    Done,
    Close,
}

struct Surface {
    window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
}

struct TimerWindow {
    request: WindowRequest,
    opened: Instant,
    fonts: Fonts,
    theme: Theme,
    routine: Routine,
    surface: Option<Surface>,
    /// The rendered pictogram and the size it was rendered at.
    pictogram: Option<(u32, u32, Pixmap)>,
    pointer: Option<(f32, f32)>,
    hovered: Option<usize>,
    /// Keyboard focus, once the user has pressed Tab.
    focused: Option<usize>,
    shift: bool,
    finished_at: Option<Instant>,
    first_frame_shown: bool,
    failure: Option<String>,
}

impl TimerWindow {
    fn new(request: WindowRequest, opened: Instant) -> Result<TimerWindow, String> {
        let routine = match request.start {
            StartMode::Now => Routine::start(&request.stretch, Mono::ZERO),
            StartMode::Ready => Routine::ready(&request.stretch, Mono::ZERO),
        };
        Ok(TimerWindow {
            fonts: Fonts::load()?,
            theme: theme::current(),
            routine,
            request,
            opened,
            surface: None,
            pictogram: None,
            pointer: None,
            hovered: None,
            focused: None,
            shift: false,
            finished_at: None,
            first_frame_shown: false,
            failure: None,
        })
    }

    /// Monotonic time since the window opened: the routine's clock.
    fn now(&self) -> Mono {
        Mono::from_duration(self.opened.elapsed())
    }

    fn outcome(&self) -> Outcome {
        self.routine.outcome(self.now())
    }

    fn actions(&self) -> Vec<Action> {
        match self.routine.run() {
            Run::Ready => vec![Action::Start, Action::Close],
            Run::Running | Run::Paused(_) => vec![
                Action::TogglePause,
                Action::Extend,
                Action::Skip,
                Action::Done,
            ],
            Run::Finished { .. } => vec![Action::Close],
        }
    }

    fn label(&self, action: Action) -> &'static str {
        match action {
            Action::Start => "Start",
            Action::TogglePause if matches!(self.routine.run(), Run::Paused(_)) => "Resume",
            Action::TogglePause => "Pause",
            Action::Extend => "+15 s",
            Action::Skip => "Skip",
            Action::Done => "Done",
            Action::Close => "Close",
        }
    }

    fn perform(&mut self, action: Action, event_loop: &ActiveEventLoop) {
        let now = self.now();
        match action {
            Action::Start => self.routine.begin(now),
            Action::TogglePause => self.routine.toggle_pause(now),
            Action::Extend => self.routine.extend(now, EXTENSION),
            Action::Skip => self.routine.skip_phase(now),
            Action::Done => self.routine.finish(now),
            Action::Close => {
                if !self.routine.is_finished() {
                    self.routine.cancel(now);
                }
                event_loop.exit();
                return;
            }
        }
        // The button row changes between screens; keep focus inside it.
        let count = self.actions().len();
        self.focused = self.focused.map(|i| i.min(count - 1));
        self.note_finish();
        self.redraw();
    }

    fn note_finish(&mut self) {
        if self.routine.is_finished() && self.finished_at.is_none() {
            self.finished_at = Some(Instant::now());
        }
    }

    fn redraw(&self) {
        if let Some(surface) = &self.surface {
            surface.window.request_redraw();
        }
    }

    fn on_key(&mut self, key: &Key, event_loop: &ActiveEventLoop) {
        let actions = self.actions();
        match key {
            Key::Named(NamedKey::Tab) => {
                let count = actions.len();
                self.focused = Some(match (self.focused, self.shift) {
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
            Key::Named(NamedKey::Space) => match self.routine.run() {
                Run::Ready => self.perform(Action::Start, event_loop),
                Run::Running | Run::Paused(_)
                    if self.routine.phase(self.now()).is_getting_into_position() =>
                {
                    self.perform(Action::Skip, event_loop)
                }
                Run::Running | Run::Paused(_) => self.perform(Action::TogglePause, event_loop),
                Run::Finished { .. } => {}
            },
            Key::Named(NamedKey::ArrowRight) if !self.routine.is_finished() => {
                self.perform(Action::Skip, event_loop)
            }
            Key::Named(NamedKey::Enter) => match self.routine.run() {
                Run::Ready => self.perform(Action::Start, event_loop),
                Run::Running | Run::Paused(_) => self.perform(Action::Done, event_loop),
                Run::Finished { .. } => self.perform(Action::Close, event_loop),
            },
            Key::Named(NamedKey::Escape) => self.perform(Action::Close, event_loop),
            _ => {}
        }
    }

    fn create_window(&mut self, event_loop: &ActiveEventLoop) -> Result<(), String> {
        let size = LogicalSize::new(f64::from(DESIGN_WIDTH), f64::from(DESIGN_HEIGHT));
        let mut attributes = WindowAttributes::default()
            .with_title(format!("limber — {}", self.request.stretch.name))
            .with_inner_size(size)
            .with_min_inner_size(size)
            .with_window_level(WindowLevel::AlwaysOnTop)
            .with_active(self.request.take_focus)
            .with_visible(true);
        // Centre on the primary monitor (Wayland compositors place windows themselves).
        if let Some(monitor) = event_loop.primary_monitor() {
            let scale = monitor.scale_factor();
            let (width, height) = (size.width * scale, size.height * scale);
            let area = monitor.size();
            let origin = monitor.position();
            attributes = attributes.with_position(PhysicalPosition::new(
                origin.x + ((f64::from(area.width) - width) / 2.0) as i32,
                origin.y + ((f64::from(area.height) - height) / 2.0) as i32,
            ));
        }
        #[cfg(target_os = "linux")]
        {
            use winit::platform::wayland::WindowAttributesExtWayland;
            use winit::platform::x11::WindowAttributesExtX11;
            attributes = WindowAttributesExtX11::with_name(attributes, "limber", "limber");
            attributes = WindowAttributesExtWayland::with_name(attributes, "limber", "limber");
        }
        let window = Rc::new(
            event_loop
                .create_window(attributes)
                .map_err(|e| format!("cannot open a window: {e}"))?,
        );
        let context = softbuffer::Context::new(Rc::clone(&window))
            .map_err(|e| format!("cannot draw: {e}"))?;
        let surface = softbuffer::Surface::new(&context, Rc::clone(&window))
            .map_err(|e| format!("cannot draw: {e}"))?;
        self.surface = Some(Surface { window, surface });
        Ok(())
    }

    fn paint(&mut self) -> Result<(), String> {
        let now = self.now();
        self.routine.advance(now);
        self.note_finish();
        let Some(surface) = &self.surface else {
            return Ok(());
        };
        let size = surface.window.inner_size();
        let (Some(width), Some(height)) =
            (NonZeroU32::new(size.width), NonZeroU32::new(size.height))
        else {
            return Ok(());
        };
        let actions = self.actions();
        let layout = layout::layout(
            size.width,
            size.height,
            surface.window.scale_factor(),
            actions.len(),
        );
        let picture_size = (
            layout.pictogram.width as u32,
            layout.pictogram.height as u32,
        );
        if self.pictogram.as_ref().map(|(w, h, _)| (*w, *h)) != Some(picture_size) {
            self.pictogram = pictogram::render(
                &self.request.stretch.id,
                picture_size.0,
                picture_size.1,
                self.theme.drawing,
            )
            .map(|pixmap| (picture_size.0, picture_size.1, pixmap));
        }
        let mut pixmap =
            Pixmap::new(size.width, size.height).ok_or("the window is too large to draw")?;
        let texts = self.texts(now);
        let frame = Frame {
            title: &texts.title,
            subtitle: &texts.subtitle,
            phase: &texts.phase,
            countdown: &texts.countdown,
            progress: texts.progress,
            step: &texts.step,
            caution: &texts.caution,
            buttons: actions
                .iter()
                .enumerate()
                .map(|(i, action)| ButtonView {
                    label: self.label(*action),
                    primary: matches!(action, Action::Start | Action::Done) || actions.len() == 1,
                    hovered: self.hovered == Some(i),
                    focused: self.focused == Some(i),
                })
                .collect(),
            pictogram: self.pictogram.as_ref().map(|(_, _, pixmap)| pixmap),
        };
        draw::frame(&mut pixmap, &layout, &self.fonts, &self.theme, &frame);
        let Some(surface) = &mut self.surface else {
            return Ok(());
        };
        surface
            .surface
            .resize(width, height)
            .map_err(|e| format!("cannot draw: {e}"))?;
        let mut buffer = surface
            .surface
            .buffer_mut()
            .map_err(|e| format!("cannot draw: {e}"))?;
        draw::to_softbuffer(&pixmap, &mut buffer);
        buffer.present().map_err(|e| format!("cannot draw: {e}"))?;
        if !self.first_frame_shown {
            self.first_frame_shown = true;
            if std::env::var_os("LIMBER_TRACE_FIRST_FRAME").is_some() {
                eprintln!(
                    "first-frame-ms {:.1}",
                    self.opened.elapsed().as_secs_f64() * 1000.0
                );
            }
        }
        Ok(())
    }

    fn texts(&self, now: Mono) -> Texts {
        let stretch = &self.request.stretch;
        match self.routine.run() {
            Run::Finished { completed: true } => {
                let outcome = self.outcome();
                let last = words::ending(&outcome, stretch.side_order(), self.request.done_today);
                Texts {
                    title: last.title,
                    subtitle: last.subtitle,
                    phase: format!("Held {}", words::held(outcome.held_secs)),
                    countdown: "Done".into(),
                    progress: 1.0,
                    step: last.body,
                    caution: String::new(),
                }
            }
            run => Texts {
                title: stretch.name.clone(),
                subtitle: words::where_and_how_long(stretch, &self.request.progress),
                phase: match run {
                    Run::Ready => "Ready when you are".into(),
                    Run::Paused(_) => "Paused".into(),
                    _ => words::phase(self.routine.phase(now)),
                },
                countdown: words::countdown(self.routine.remaining(now)),
                progress: if run == Run::Ready {
                    0.0
                } else {
                    self.routine.phase_progress(now)
                },
                step: match self.routine.phase(now) {
                    Phase::Setup(side) => stretch.steps_for(side).join(" "),
                    Phase::Switch(side) => stretch.steps_for(Some(side)).join(" "),
                    Phase::Hold(side) => match self.routine.breath(now) {
                        Some(breath) => {
                            format!("{} {}", words::breath(breath), stretch.hold_cue_for(side))
                        }
                        None => stretch.hold_cue_for(side),
                    },
                    _ => stretch.release.clone(),
                },
                caution: stretch.all_cautions().collect::<Vec<_>>().join(" "),
            },
        }
    }
}

/// The words of one frame.
struct Texts {
    title: String,
    subtitle: String,
    phase: String,
    countdown: String,
    progress: f32,
    step: String,
    caution: String,
}

impl ApplicationHandler for TimerWindow {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.surface.is_none() {
            if let Err(problem) = self.create_window(event_loop) {
                self.failure = Some(problem);
                event_loop.exit();
            }
        }
    }

    fn new_events(&mut self, _event_loop: &ActiveEventLoop, cause: StartCause) {
        if matches!(cause, StartCause::ResumeTimeReached { .. }) {
            self.redraw();
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        match event {
            // Closed by the user, or destroyed from outside (a session ending): the same outcome.
            WindowEvent::CloseRequested | WindowEvent::Destroyed => {
                self.perform(Action::Close, event_loop)
            }
            WindowEvent::RedrawRequested => {
                if let Err(problem) = self.paint() {
                    self.failure = Some(problem);
                    event_loop.exit();
                }
            }
            WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. } => self.redraw(),
            WindowEvent::ModifiersChanged(modifiers) => self.shift = modifiers.state().shift_key(),
            WindowEvent::KeyboardInput { event, .. } if event.state == ElementState::Pressed => {
                self.on_key(&event.logical_key, event_loop);
            }
            WindowEvent::CursorMoved { position, .. } => {
                self.pointer = Some((position.x as f32, position.y as f32));
                let hovered = self.button_at_pointer();
                if hovered != self.hovered {
                    self.hovered = hovered;
                    self.redraw();
                }
            }
            WindowEvent::CursorLeft { .. } => {
                self.pointer = None;
                if self.hovered.take().is_some() {
                    self.redraw();
                }
            }
            WindowEvent::MouseInput {
                state: ElementState::Released,
                button: MouseButton::Left,
                ..
            } => {
                if let Some(action) = self
                    .button_at_pointer()
                    .and_then(|i| self.actions().get(i).copied())
                {
                    self.perform(action, event_loop);
                }
            }
            _ => {}
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        let now = self.now();
        if let Some(finished) = self.finished_at {
            if finished.elapsed() >= DONE_SCREEN_FOR {
                event_loop.exit();
                return;
            }
            event_loop.set_control_flow(ControlFlow::WaitUntil(finished + DONE_SCREEN_FOR));
            return;
        }
        match self.routine.next_change(now) {
            Some(change) => {
                let wait = change.saturating_since(now);
                event_loop.set_control_flow(ControlFlow::WaitUntil(Instant::now() + wait));
            }
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}

impl TimerWindow {
    fn button_at_pointer(&self) -> Option<usize> {
        let (x, y) = self.pointer?;
        let surface = self.surface.as_ref()?;
        let size = surface.window.inner_size();
        let layout = layout::layout(
            size.width,
            size.height,
            surface.window.scale_factor(),
            self.actions().len(),
        );
        layout.buttons.iter().position(|rect| rect.contains(x, y))
    }
}
