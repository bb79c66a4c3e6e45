//! A window and the CPU-drawn surface behind it, as every limber window has one (the timer, the
//! control window, the week picture): opened at a size on the monitor where the user is, named
//! and with limber's icon, and shown a frame at a time from a tiny-skia pixmap (softbuffer, so it
//! works on any display, Xvfb included), and what a screen reader sees of it ([`Access`]).

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::Instant;

use resvg::tiny_skia::Pixmap;
use winit::dpi::LogicalSize;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, EventLoopProxy};
use winit::monitor::MonitorHandle;
use winit::window::{Window, WindowLevel};

use super::access::Access;
use super::{draw, identity, placement, problems};

/// An open window and its frame buffer.
pub struct Surface {
    pub window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
    access: Access,
    /// When the window was asked for, to say when its first frame showed; None once said.
    first_frame_from: Option<Instant>,
}

/// What a window is opened as.
pub struct Opening {
    pub title: String,
    /// The inner size, in logical pixels.
    pub size: LogicalSize<f64>,
    pub min_size: LogicalSize<f64>,
    pub always_on_top: bool,
    /// Take keyboard focus: only when the user's own action opened it.
    pub take_focus: bool,
    /// When the window was asked for (`LIMBER_TRACE_FIRST_FRAME` prints how long its first
    /// frame took from then).
    pub asked: Instant,
}

/// The room a window has on `monitor`, in logical pixels: roughly the screen less its panels
/// and the window's frame (1024 × 700 when the display names no monitor).
pub fn work_area(monitor: Option<&MonitorHandle>) -> (f32, f32) {
    monitor.map_or((1024.0, 700.0), |monitor| {
        let size = monitor.size().to_logical::<f32>(monitor.scale_factor());
        (size.width * 0.92, size.height * 0.88 - 40.0)
    })
}

impl Surface {
    /// Opens the window, centred on `monitor` (from [`placement::monitor`]; Wayland
    /// compositors place windows themselves); a screen reader's requests reach the window's
    /// loop through `proxy`.
    pub fn open<T: From<accesskit_winit::Event> + Send + 'static>(
        event_loop: &ActiveEventLoop,
        monitor: Option<&MonitorHandle>,
        opening: Opening,
        proxy: EventLoopProxy<T>,
    ) -> Result<Surface, String> {
        let level = if opening.always_on_top {
            WindowLevel::AlwaysOnTop
        } else {
            WindowLevel::Normal
        };
        let mut attributes = identity::attributes(opening.title)
            .with_inner_size(opening.size)
            .with_min_inner_size(opening.min_size)
            .with_window_level(level)
            .with_active(opening.take_focus)
            // Shown once its accessibility adapter exists, as AccessKit requires.
            .with_visible(false);
        if let Some(position) =
            monitor.and_then(|monitor| placement::position(event_loop, monitor, opening.size))
        {
            attributes = attributes.with_position(position);
        }
        let window = Rc::new(
            event_loop
                .create_window(attributes)
                .map_err(problems::cannot_open)?,
        );
        let access = Access::new(event_loop, &window, proxy);
        window.set_visible(true);
        let context =
            softbuffer::Context::new(Rc::clone(&window)).map_err(problems::cannot_draw)?;
        let surface = softbuffer::Surface::new(&context, Rc::clone(&window))
            .map_err(problems::cannot_draw)?;
        Ok(Surface {
            window,
            surface,
            access,
            first_frame_from: Some(opening.asked),
        })
    }

    /// The inner size in physical pixels, or None while the window has no area.
    pub fn size(&self) -> Option<(NonZeroU32, NonZeroU32)> {
        let size = self.window.inner_size();
        Some((NonZeroU32::new(size.width)?, NonZeroU32::new(size.height)?))
    }

    /// A blank pixmap of the window's size to draw a frame in.
    pub fn pixmap(&self) -> Result<Option<Pixmap>, String> {
        let Some((width, height)) = self.size() else {
            return Ok(None);
        };
        Pixmap::new(width.get(), height.get())
            .map(Some)
            .ok_or_else(problems::too_large)
    }

    /// Shows a frame drawn at the window's size.
    pub fn present(&mut self, pixmap: &Pixmap) -> Result<(), String> {
        let (Some(width), Some(height)) = (
            NonZeroU32::new(pixmap.width()),
            NonZeroU32::new(pixmap.height()),
        ) else {
            return Ok(());
        };
        self.surface
            .resize(width, height)
            .map_err(problems::cannot_draw)?;
        let mut buffer = self.surface.buffer_mut().map_err(problems::cannot_draw)?;
        draw::to_softbuffer(pixmap, &mut buffer);
        buffer.present().map_err(problems::cannot_draw)?;
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

    /// Lets the accessibility adapter follow the window's focus and position.
    pub fn access_event(&mut self, event: &WindowEvent) {
        self.access.window_event(&self.window, event);
    }

    /// Hands the window's tree to a screen reader, if one listens (`tree` is called only then).
    pub fn update_access(&mut self, tree: impl FnOnce() -> accesskit::TreeUpdate) {
        self.access.update(tree);
    }

    pub fn redraw(&self) {
        self.window.request_redraw();
    }

    /// Physical pixels per logical pixel.
    pub fn scale_factor(&self) -> f32 {
        self.window.scale_factor() as f32
    }
}
