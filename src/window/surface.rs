//! A window to draw into, shared by the timer window and the week picture: opened at a size,
//! centred on its monitor, with a CPU frame buffer (softbuffer) that a tiny-skia pixmap is copied
//! into each frame.

use std::num::NonZeroU32;
use std::rc::Rc;

use resvg::tiny_skia::Pixmap;
use winit::dpi::{LogicalSize, PhysicalPosition};
use winit::event_loop::ActiveEventLoop;
use winit::monitor::MonitorHandle;
use winit::window::{Window, WindowAttributes, WindowLevel};

use super::draw;

/// An open window and its frame buffer.
pub struct Surface {
    pub window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
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
}

/// The monitor windows open on, if the display names one.
pub fn monitor(event_loop: &ActiveEventLoop) -> Option<MonitorHandle> {
    event_loop
        .primary_monitor()
        .or_else(|| event_loop.available_monitors().next())
}

/// The room a window has, in logical pixels: roughly the screen less its panels and the
/// window's frame (1024 × 700 when the display names no monitor).
pub fn work_area(monitor: Option<&MonitorHandle>) -> (f32, f32) {
    monitor.map_or((1024.0, 700.0), |monitor| {
        let size = monitor.size().to_logical::<f32>(monitor.scale_factor());
        (size.width * 0.92, size.height * 0.88 - 40.0)
    })
}

impl Surface {
    /// Opens the window, centred on `monitor` (Wayland compositors place windows themselves).
    pub fn open(
        event_loop: &ActiveEventLoop,
        monitor: Option<&MonitorHandle>,
        opening: Opening,
    ) -> Result<Surface, String> {
        let level = if opening.always_on_top {
            WindowLevel::AlwaysOnTop
        } else {
            WindowLevel::Normal
        };
        let mut attributes = WindowAttributes::default()
            .with_title(opening.title)
            .with_inner_size(opening.size)
            .with_min_inner_size(opening.min_size)
            .with_window_level(level)
            .with_active(opening.take_focus)
            .with_visible(true);
        if let Some(monitor) = monitor {
            let scale = monitor.scale_factor();
            let (width, height) = (opening.size.width * scale, opening.size.height * scale);
            let area = monitor.size();
            let origin = monitor.position();
            attributes = attributes.with_position(PhysicalPosition::new(
                origin.x + ((f64::from(area.width) - width) / 2.0) as i32,
                origin.y + ((f64::from(area.height) - height) / 2.0).max(0.0) as i32,
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
        Ok(Surface { window, surface })
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
            .ok_or_else(|| "the window is too large to draw".to_string())
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
            .map_err(|e| format!("cannot draw: {e}"))?;
        let mut buffer = self
            .surface
            .buffer_mut()
            .map_err(|e| format!("cannot draw: {e}"))?;
        draw::to_softbuffer(pixmap, &mut buffer);
        buffer.present().map_err(|e| format!("cannot draw: {e}"))
    }

    pub fn redraw(&self) {
        self.window.request_redraw();
    }

    /// Physical pixels per logical pixel.
    pub fn scale_factor(&self) -> f32 {
        self.window.scale_factor() as f32
    }
}
