//! Is the user busy? Asked only when a reminder comes due (and once a minute while one is held),
//! so none of this costs anything the rest of the time: no connection is kept open, nothing polls.
//!
//! Each way of telling is a small [`BusySource`], switched on by the `[defer]` config section.
//! On Linux: Do Not Disturb ([`do_not_disturb`]), something asking the session not to idle
//! ([`inhibitors`]), a camera in use ([`camera`]), a microphone recording ([`microphone`]), a fullscreen window on X11 ([`fullscreen`]),
//! GNOME's own break reminder due, under way or just over ([`gnome_break`]).
//! On Windows: what the shell says of the user's state (fullscreen, presenting, quiet hours) and
//! the privacy records of which app uses the camera or microphone ([`windows`]). macOS offers
//! other programs no way to see Focus or a fullscreen window, so there nothing holds reminders.
//! A source that cannot answer (no such service on this desktop) counts as "not busy": missing
//! a call is better than never reminding.

#[cfg(target_os = "linux")]
mod buses;
#[cfg(target_os = "linux")]
mod camera;
#[cfg(target_os = "linux")]
mod dconf;
#[cfg(target_os = "linux")]
mod do_not_disturb;
#[cfg(target_os = "linux")]
mod fullscreen;
#[cfg(target_os = "linux")]
mod gnome_break;
#[cfg(target_os = "linux")]
mod gvdb;
#[cfg(target_os = "linux")]
mod inhibitors;
#[cfg(target_os = "linux")]
mod microphone;
#[cfg(target_os = "linux")]
mod open_devices;
#[cfg(target_os = "linux")]
mod pulse_wire;
#[cfg(target_os = "linux")]
mod sound_server;
#[cfg(windows)]
mod windows;

use std::time::Instant;

use crate::config::Defer;
use crate::core::hold::BusyReason;

/// What the sources of one check share, made when the check starts and dropped when it ends: the
/// D-Bus connections on Linux, nothing elsewhere.
#[cfg(target_os = "linux")]
pub use buses::Buses as Shared;
#[cfg(target_os = "linux")]
use buses::{ask, boolean};
/// A boolean GNOME setting from the user's dconf database (Linux).
#[cfg(target_os = "linux")]
pub use dconf::user_boolean as dconf_boolean;
/// A desktop setting through the settings portal (Linux).
#[cfg(target_os = "linux")]
pub use do_not_disturb::read_setting as read_portal_setting;
/// The timer window's sound cues go through the user's sound server (Linux).
#[cfg(target_os = "linux")]
pub use sound_server::{play as play_sound, Sound, Unanswered as SoundUnanswered};
#[cfg(not(target_os = "linux"))]
#[derive(Default)]
pub struct Shared {}

/// One way of telling that the user is busy.
pub trait BusySource {
    /// For logs, e.g. "logind idle inhibitor".
    fn name(&self) -> &'static str;
    /// What it means when this source says "busy".
    fn reason(&self) -> BusyReason;
    /// Whether the user is busy by this source's account.
    fn is_busy(&self, shared: &mut Shared) -> Result<bool, String>;
}

/// The sources the config switches on.
pub struct BusyCheck {
    sources: Vec<Box<dyn BusySource>>,
    /// Whether GNOME's own breaks exist here and the config keeps limber clear of them.
    gnome_breaks: bool,
}

impl BusyCheck {
    pub fn from_config(defer: &Defer) -> BusyCheck {
        let sources = sources(defer);
        BusyCheck {
            gnome_breaks: sources
                .iter()
                .any(|source| source.reason() == BusyReason::GnomeBreak),
            sources,
        }
    }

    /// Whether limber keeps clear of GNOME's own movement breaks: they are on (GNOME 48 and
    /// later) and the config lets them hold reminders. For `limber status` and the tray.
    pub fn beside_gnome_breaks(&self) -> bool {
        self.gnome_breaks && gnome_movement_breaks_selected()
    }

    /// Asks every source; the reasons the user is busy, each once.
    pub fn check(&self) -> Vec<BusyReason> {
        let started = Instant::now();
        let mut shared = Shared::default();
        let mut reasons = Vec::new();
        for source in &self.sources {
            if reasons.contains(&source.reason()) {
                // Already known busy for this reason: the other sources for it can only agree.
                continue;
            }
            match source.is_busy(&mut shared) {
                Ok(true) => {
                    tracing::info!("busy: {}", source.name());
                    reasons.push(source.reason());
                }
                Ok(false) => {}
                Err(problem) => tracing::debug!("{} cannot tell: {problem}", source.name()),
            }
        }
        tracing::debug!(
            "busy check took {:.1} ms: {reasons:?}",
            started.elapsed().as_secs_f64() * 1000.0
        );
        reasons
    }
}

#[cfg(target_os = "linux")]
use gnome_break::movement_selected as gnome_movement_breaks_selected;

/// GNOME's break reminders exist on Linux only.
#[cfg(not(target_os = "linux"))]
fn gnome_movement_breaks_selected() -> bool {
    false
}

/// The Linux sources the config switches on.
#[cfg(target_os = "linux")]
fn sources(defer: &Defer) -> Vec<Box<dyn BusySource>> {
    let mut sources: Vec<Box<dyn BusySource>> = Vec::new();
    if defer.do_not_disturb {
        sources.push(Box::new(do_not_disturb::NotificationServer));
        sources.push(Box::new(do_not_disturb::GnomeBanners));
    }
    if defer.calls {
        sources.push(Box::new(inhibitors::Logind));
        sources.push(Box::new(inhibitors::GnomeSession));
        sources.push(Box::new(camera::Camera::of_this_machine()));
        sources.push(Box::new(microphone::Microphone::of_this_machine()));
    }
    if defer.fullscreen {
        sources.push(Box::new(fullscreen::X11Fullscreen));
    }
    if defer.gnome_breaks && gnome_break::installed() {
        sources.push(Box::new(gnome_break::GnomeBreaks));
    }
    sources
}

#[cfg(windows)]
use windows::sources;

/// macOS lets no other program see Focus, a call or a fullscreen window; nothing to ask.
#[cfg(target_os = "macos")]
fn sources(_defer: &Defer) -> Vec<Box<dyn BusySource>> {
    Vec::new()
}
