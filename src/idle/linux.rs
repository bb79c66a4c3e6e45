//! Which idle source on Linux, by session: X11 knows idle time directly; on Wayland only the
//! compositor knows, so limber asks it in its own dialect: GNOME's Mutter over D-Bus, or the
//! `ext-idle-notify-v1` / `org_kde_kwin_idle` protocols that KDE and wlroots compositors offer.
//! The freedesktop ScreenSaver interface is the last resort (it must be sampled; the others
//! report by themselves). XWayland comes last on Wayland: it cannot see input that goes to native
//! Wayland windows, so it would report a busy user as idle.
//!
//! The D-Bus sources are connected and read on the daemon's loop thread, so each call they make
//! has a time limit ([`CALL_LIMIT`]): a shell that hangs fails its source, and the next is tried.

use std::time::Duration;

use zbus::blocking::{connection, Connection};

use super::{IdleError, IdleSource, MutterIdle, Reporter, ScreenSaverIdle, WaylandIdle, X11Idle};

/// The longest a D-Bus idle source waits for the desktop to answer one call.
const CALL_LIMIT: Duration = Duration::from_millis(500);

/// A session-bus connection for an idle source, whose calls give up after [`CALL_LIMIT`].
pub(super) fn session_bus() -> Result<Connection, IdleError> {
    connection::Builder::session()
        .and_then(|builder| builder.method_timeout(CALL_LIMIT).build())
        .map_err(|error| IdleError(format!("no session bus: {error}")))
}

/// Which kind of session this is, from the environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Session {
    Wayland,
    X11,
}

fn session() -> Option<Session> {
    let declared = std::env::var("XDG_SESSION_TYPE").unwrap_or_default();
    if declared == "wayland" || std::env::var_os("WAYLAND_DISPLAY").is_some() {
        Some(Session::Wayland)
    } else if std::env::var_os("DISPLAY").is_some() {
        Some(Session::X11)
    } else {
        None
    }
}

/// Connects one kind of source, to report to the reporter when idleness reaches the threshold.
type Connector = fn(Duration, Reporter) -> Result<Box<dyn IdleSource>, IdleError>;

const MUTTER: (&str, Connector) = ("gnome-mutter", |threshold, report| {
    MutterIdle::watch(threshold, report).map(boxed)
});
const WAYLAND: (&str, Connector) = ("wayland", |threshold, report| {
    WaylandIdle::watch(threshold, report).map(boxed)
});
const SCREENSAVER: (&str, Connector) = ("freedesktop-screensaver", |_, _| {
    ScreenSaverIdle::connect().map(boxed)
});
const X11: (&str, Connector) = ("x11-sync", |threshold, report| {
    X11Idle::watch(None, threshold, report).map(boxed)
});

/// Finds the best idle source for this session, or None when nothing answers yet (at login the
/// display can come up after limber; the daemon asks again later). A source that reports tells
/// `report` when the user has been idle for `threshold` and when input resumes.
pub fn detect(threshold: Duration, report: Reporter) -> Option<Box<dyn IdleSource>> {
    let order: &[(&str, Connector)] = match session()? {
        Session::Wayland => &[MUTTER, WAYLAND, SCREENSAVER, X11],
        Session::X11 => &[X11, MUTTER, SCREENSAVER],
    };
    let mut refused = Vec::new();
    for (name, connect) in order {
        match connect(threshold, report.clone()) {
            Ok(source) => {
                if refused.is_empty() {
                    tracing::info!("idle time from {}", source.name());
                } else {
                    tracing::info!("idle time from {} ({})", source.name(), refused.join("; "));
                }
                return Some(source);
            }
            Err(error) => refused.push(format!("{name}: {error}")),
        }
    }
    tracing::warn!(
        "no idle source answers yet ({}); will try again",
        refused.join("; ")
    );
    None
}

fn boxed<S: IdleSource + 'static>(source: S) -> Box<dyn IdleSource> {
    Box::new(source)
}
