//! Where a new window opens: on the monitor where the user is, not always the primary one.
//!
//! On X11 (and Windows) limber asks where the pointer is and centres the window on the monitor
//! under it. On Wayland a program may neither learn where the pointer is nor place its windows;
//! the compositor does, and the common ones already open a new window where the user is: GNOME's
//! Mutter on the monitor with the pointer (`meta_backend_get_current_logical_monitor` in its
//! placement), sway on the focused output, KWin by its placement policy on the active screen.
//! There limber asks for no position and only sizes the window for the first monitor it is told
//! of. macOS places new windows on the screen with the key window by itself.

use winit::dpi::{LogicalSize, PhysicalPosition};
use winit::event_loop::ActiveEventLoop;
use winit::monitor::MonitorHandle;

/// A monitor's rectangle in the desktop's physical pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Area {
    fn contains(&self, (x, y): (i32, i32)) -> bool {
        let (right, bottom) = (
            i64::from(self.x) + i64::from(self.width),
            i64::from(self.y) + i64::from(self.height),
        );
        x >= self.x && y >= self.y && i64::from(x) < right && i64::from(y) < bottom
    }
}

/// Which of `monitors` holds `point`: the first that does, as monitors may overlap (mirrored).
pub fn monitor_at(monitors: &[Area], point: (i32, i32)) -> Option<usize> {
    monitors.iter().position(|area| area.contains(point))
}

/// Where a window of `size` goes to sit in the middle of `area`, never above or left of it.
pub fn centred(area: Area, size: (f64, f64)) -> (i32, i32) {
    let offset = |room: u32, length: f64| ((f64::from(room) - length) / 2.0).max(0.0) as i32;
    (
        area.x.saturating_add(offset(area.width, size.0)),
        area.y.saturating_add(offset(area.height, size.1)),
    )
}

fn area(monitor: &MonitorHandle) -> Area {
    let (position, size) = (monitor.position(), monitor.size());
    Area {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
    }
}

/// The monitor a new window belongs on: the one under the pointer where limber can ask, else
/// the primary one, else any.
pub fn monitor(event_loop: &ActiveEventLoop) -> Option<MonitorHandle> {
    let under_pointer = pointer(event_loop).and_then(|point| {
        let monitors: Vec<MonitorHandle> = event_loop.available_monitors().collect();
        let areas: Vec<Area> = monitors.iter().map(area).collect();
        monitor_at(&areas, point).map(|index| monitors[index].clone())
    });
    under_pointer
        .or_else(|| event_loop.primary_monitor())
        .or_else(|| event_loop.available_monitors().next())
}

/// Where a window of `size` (logical) goes on `monitor`; None where the compositor places
/// windows itself (Wayland), which then opens it where the user is.
pub fn position(
    event_loop: &ActiveEventLoop,
    monitor: &MonitorHandle,
    size: LogicalSize<f64>,
) -> Option<PhysicalPosition<i32>> {
    if places_windows_itself(event_loop) {
        return None;
    }
    let scale = monitor.scale_factor();
    let (x, y) = centred(area(monitor), (size.width * scale, size.height * scale));
    Some(PhysicalPosition::new(x, y))
}

#[cfg(target_os = "linux")]
fn places_windows_itself(event_loop: &ActiveEventLoop) -> bool {
    use winit::platform::x11::ActiveEventLoopExtX11;
    !event_loop.is_x11()
}

#[cfg(not(target_os = "linux"))]
fn places_windows_itself(_event_loop: &ActiveEventLoop) -> bool {
    false
}

/// Where the pointer is, in the desktop's physical pixels, where a program may ask: X11's
/// `QueryPointer` on the root window (a connection of its own, about a millisecond).
#[cfg(target_os = "linux")]
fn pointer(event_loop: &ActiveEventLoop) -> Option<(i32, i32)> {
    use winit::platform::x11::ActiveEventLoopExtX11;
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::ConnectionExt;
    if !event_loop.is_x11() {
        return None;
    }
    let (connection, screen) = x11rb::connect(None).ok()?;
    let root = connection.setup().roots.get(screen)?.root;
    let reply = connection.query_pointer(root).ok()?.reply().ok()?;
    Some((i32::from(reply.root_x), i32::from(reply.root_y)))
}

/// Where the pointer is, in virtual-screen pixels (`GetCursorPos`).
#[cfg(windows)]
fn pointer(_event_loop: &ActiveEventLoop) -> Option<(i32, i32)> {
    use windows_sys::Win32::Foundation::POINT;
    use windows_sys::Win32::UI::WindowsAndMessaging::GetCursorPos;
    let mut point = POINT { x: 0, y: 0 };
    // SAFETY: a valid, writable POINT for the call to fill in.
    (unsafe { GetCursorPos(&mut point) } != 0).then_some((point.x, point.y))
}

#[cfg(target_os = "macos")]
fn pointer(_event_loop: &ActiveEventLoop) -> Option<(i32, i32)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEFT: Area = Area {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    const RIGHT: Area = Area {
        x: 1920,
        y: 200,
        width: 1280,
        height: 800,
    };

    #[test]
    fn the_pointer_picks_the_monitor_it_is_on() {
        let monitors = [LEFT, RIGHT];
        assert_eq!(monitor_at(&monitors, (100, 100)), Some(0));
        assert_eq!(monitor_at(&monitors, (1920, 200)), Some(1));
        assert_eq!(monitor_at(&monitors, (3199, 999)), Some(1));
        // Edges belong to the monitor that starts there; the gap above RIGHT to none.
        assert_eq!(monitor_at(&monitors, (1919, 1079)), Some(0));
        assert_eq!(monitor_at(&monitors, (2000, 100)), None);
        assert_eq!(monitor_at(&monitors, (3200, 500)), None);
        assert_eq!(monitor_at(&[], (0, 0)), None);
    }

    #[test]
    fn monitors_left_of_or_above_the_primary_have_negative_origins() {
        let above = Area {
            x: -500,
            y: -1080,
            width: 1920,
            height: 1080,
        };
        assert_eq!(monitor_at(&[LEFT, above], (-1, -1)), Some(1));
        assert_eq!(centred(above, (460.0, 600.0)), (-500 + 730, -1080 + 240));
    }

    #[test]
    fn a_window_is_centred_on_its_monitor_and_never_starts_off_it() {
        assert_eq!(centred(RIGHT, (460.0, 600.0)), (1920 + 410, 200 + 100));
        assert_eq!(centred(RIGHT, (2000.0, 900.0)), (1920, 200));
    }

    #[test]
    fn absurd_monitor_geometry_does_not_overflow() {
        let huge = Area {
            x: i32::MAX - 10,
            y: i32::MAX - 10,
            width: u32::MAX,
            height: u32::MAX,
        };
        assert_eq!(monitor_at(&[huge], (i32::MAX, i32::MAX)), Some(0));
        assert_eq!(centred(huge, (10.0, 10.0)), (i32::MAX, i32::MAX));
    }
}
