//! A window and the CPU-drawn surface behind it, as every limber window has one: opened from its
//! attributes, and shown a frame at a time from a tiny-skia pixmap (softbuffer, so it works on
//! any display, Xvfb included).

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::Instant;

use resvg::tiny_skia::Pixmap;
use winit::event_loop::ActiveEventLoop;
use winit::window::{Window, WindowAttributes};

use super::draw;

pub struct Surface {
    pub window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
    /// When the window was asked for, to say when its first frame showed; None once said.
    first_frame_from: Option<Instant>,
}

impl Surface {
    /// Opens a window with `attributes`; `asked` is when it was asked for
    /// (`LIMBER_TRACE_FIRST_FRAME` prints how long its first frame took from then).
    pub fn open(
        event_loop: &ActiveEventLoop,
        attributes: WindowAttributes,
        asked: Instant,
    ) -> Result<Surface, String> {
        let window = Rc::new(
            event_loop
                .create_window(attributes)
                .map_err(|e| format!("cannot open a window: {e}"))?,
        );
        let context = softbuffer::Context::new(Rc::clone(&window))
            .map_err(|e| format!("cannot draw: {e}"))?;
        let surface = softbuffer::Surface::new(&context, Rc::clone(&window))
            .map_err(|e| format!("cannot draw: {e}"))?;
        Ok(Surface {
            window,
            surface,
            first_frame_from: Some(asked),
        })
    }

    /// The window's size in physical pixels, None while it has none (minimised).
    pub fn size(&self) -> Option<(NonZeroU32, NonZeroU32)> {
        let size = self.window.inner_size();
        Some((NonZeroU32::new(size.width)?, NonZeroU32::new(size.height)?))
    }

    /// Shows `pixmap`, which is the window's size.
    pub fn present(&mut self, pixmap: &Pixmap) -> Result<(), String> {
        let (Some(width), Some(height)) = (
            NonZeroU32::new(pixmap.width()),
            NonZeroU32::new(pixmap.height()),
        ) else {
            return Ok(());
        };
        self.surface
            .resize(width, height)
            .map_err(|e| format!("cannot draw: {e}"))?;
        let mut buffer = self
            .surface
            .buffer_mut()
            .map_err(|e| format!("cannot draw: {e}"))?;
        draw::to_softbuffer(pixmap, &mut buffer);
        buffer.present().map_err(|e| format!("cannot draw: {e}"))?;
        if let Some(asked) = self.first_frame_from.take() {
            if std::env::var_os("LIMBER_TRACE_FIRST_FRAME").is_some() {
                eprintln!(
                    "first-frame-ms {:.1}",
                    asked.elapsed().as_secs_f64() * 1000.0
                );
            }
        }
        Ok(())
    }
}
