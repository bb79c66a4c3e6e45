//! How long the user has been away from keyboard and pointer, from whatever the session offers.
//!
//! Each source answers one question, "how long since the last input?", behind [`IdleSource`].
//! [`detect`] picks the best one for the session and says once which it chose. X11 knows idle
//! time directly; on Wayland only the compositor knows, so limber asks it in its own dialect:
//! GNOME's Mutter over D-Bus, or the `ext-idle-notify-v1` / `org_kde_kwin_idle` protocols that
//! KDE and wlroots compositors offer. The freedesktop ScreenSaver interface is the last resort.
//! XWayland comes last on Wayland: it cannot see input that goes to native Wayland windows, so it
//! would report a busy user as idle.

mod mutter;
mod screensaver;
mod wayland;
mod x11;

use std::fmt;
use std::time::Duration;

pub use mutter::MutterIdle;
pub use screensaver::ScreenSaverIdle;
pub use wayland::WaylandIdle;
pub use x11::X11Idle;

/// A way to learn the user's idle time.
pub trait IdleSource: Send {
    /// Short name for logs and `limber status`.
    fn name(&self) -> &'static str;
    /// Time since the last keyboard or pointer input. An error means the source stopped working
    /// (its server went away); the daemon then looks for another.
    fn idle_for(&mut self) -> Result<Duration, IdleError>;
}

/// A source that stopped answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleError(pub String);

impl fmt::Display for IdleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
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

type Connector = fn() -> Result<Box<dyn IdleSource>, IdleError>;

/// Finds the best idle source for this session, or None when nothing answers yet (at login the
/// display can come up after limber; the daemon asks again later).
pub fn detect() -> Option<Box<dyn IdleSource>> {
    let order: &[(&str, Connector)] = match session()? {
        Session::Wayland => &[
            ("gnome-mutter", || MutterIdle::connect().map(boxed)),
            ("wayland", || WaylandIdle::connect().map(boxed)),
            ("freedesktop-screensaver", || {
                ScreenSaverIdle::connect().map(boxed)
            }),
            ("x11-screensaver", || X11Idle::connect(None).map(boxed)),
        ],
        Session::X11 => &[
            ("x11-screensaver", || X11Idle::connect(None).map(boxed)),
            ("gnome-mutter", || MutterIdle::connect().map(boxed)),
            ("freedesktop-screensaver", || {
                ScreenSaverIdle::connect().map(boxed)
            }),
        ],
    };
    let mut refused = Vec::new();
    for (name, connect) in order {
        match connect() {
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
