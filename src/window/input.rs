//! What every limber window does the same way with the pointer, the wheel and the keyboard's
//! modifiers, so each window says only what its keys and buttons do: [`handle`] takes the
//! window events they share and hands back the rest.

use winit::event::{ElementState, MouseButton, MouseScrollDelta, WindowEvent};
use winit::event_loop::ActiveEventLoop;
use winit::keyboard::Key;

use super::surface::Surface;
use super::text::Fonts;

/// How far one press of an arrow key or one notch of the wheel scrolls, in logical pixels.
pub const SCROLL_STEP: f32 = 40.0;

/// The pointer and scrolling as a window last saw them.
#[derive(Debug, Default)]
pub struct Input {
    /// Where the pointer is in the window, in physical pixels; None when it is outside.
    pub pointer: Option<(f32, f32)>,
    /// The button under the pointer.
    pub hovered: Option<usize>,
    /// Shift is held (Shift+Tab goes backwards).
    pub shift: bool,
    /// How far the column is scrolled, and how far it can be, in physical pixels.
    pub scroll: f32,
    pub max_scroll: f32,
}

/// A limber window, as far as [`handle`] needs to know it.
pub trait Interactive {
    fn input(&mut self) -> &mut Input;
    /// The window on screen, once it is.
    fn surface(&self) -> Option<&Surface>;
    /// Where a problem that ends the window is kept, for `run` to report.
    fn failure(&mut self) -> &mut Option<String>;
    /// Physical pixels per logical pixel of the design: the display's, unless the window also
    /// zooms.
    fn scale(&self) -> f32 {
        self.surface().map_or(1.0, Surface::scale_factor)
    }
    /// What it sets its text with.
    fn fonts(&self) -> &Fonts;
    /// Draws a frame.
    fn paint(&mut self) -> Result<(), String>;
    /// A key was pressed.
    fn key(&mut self, key: &Key, event_loop: &ActiveEventLoop);
    /// The button at `(x, y)`, in the window's physical pixels.
    fn button_at(&self, x: f32, y: f32) -> Option<usize>;
    /// Button `index` was clicked.
    fn click(&mut self, index: usize, event_loop: &ActiveEventLoop);

    /// Asks for a frame.
    fn redraw(&self) {
        if let Some(surface) = self.surface() {
            surface.redraw();
        }
    }

    /// The window cannot go on: it closes, and `run` reports `problem`.
    fn fail(&mut self, problem: String, event_loop: &ActiveEventLoop) {
        *self.failure() = Some(problem);
        event_loop.exit();
    }

    /// Scrolls the column by `logical` pixels (down when positive), within its length.
    fn scroll_by(&mut self, logical: f32) {
        let step = logical * self.scale();
        let input = self.input();
        let scrolled = (input.scroll + step).clamp(0.0, input.max_scroll);
        if scrolled != input.scroll {
            input.scroll = scrolled;
            self.redraw();
        }
    }
}

/// Handles the events every limber window handles alike (frames, resizing, keys, the wheel,
/// the pointer, clicks); returns the event when it is not one of those.
pub fn handle(
    window: &mut impl Interactive,
    event_loop: &ActiveEventLoop,
    event: WindowEvent,
) -> Option<WindowEvent> {
    match event {
        WindowEvent::RedrawRequested => {
            match window.paint() {
                // What the frame read of the system's fonts is not kept mapped between frames.
                Ok(()) => window.fonts().release_font_pages(),
                Err(problem) => window.fail(problem, event_loop),
            }
        }
        WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. } => window.redraw(),
        WindowEvent::ModifiersChanged(modifiers) => {
            window.input().shift = modifiers.state().shift_key()
        }
        WindowEvent::KeyboardInput { event, .. } if event.state == ElementState::Pressed => {
            window.key(&event.logical_key, event_loop);
        }
        WindowEvent::MouseWheel { delta, .. } => match delta {
            MouseScrollDelta::LineDelta(_, lines) => window.scroll_by(-lines * SCROLL_STEP),
            MouseScrollDelta::PixelDelta(pixels) => {
                let scale = window.scale();
                window.scroll_by(-(pixels.y as f32) / scale)
            }
        },
        WindowEvent::CursorMoved { position, .. } => {
            let (x, y) = (position.x as f32, position.y as f32);
            let hovered = window.button_at(x, y);
            let input = window.input();
            input.pointer = Some((x, y));
            if hovered != input.hovered {
                input.hovered = hovered;
                window.redraw();
            }
        }
        WindowEvent::CursorLeft { .. } => {
            let input = window.input();
            input.pointer = None;
            if input.hovered.take().is_some() {
                window.redraw();
            }
        }
        WindowEvent::MouseInput {
            state: ElementState::Released,
            button: MouseButton::Left,
            ..
        } => {
            let pointer = window.input().pointer;
            if let Some(index) = pointer.and_then(|(x, y)| window.button_at(x, y)) {
                window.click(index, event_loop);
            }
        }
        other => return Some(other),
    }
    None
}
