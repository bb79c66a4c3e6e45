//! What the daemon says in its notifications and the tray, from `locales/<code>/reminders.ftl`:
//! short, calm, specific. Durations, lists and times are said as every part says them
//! ([`crate::wording::words`]).

use std::path::Path;
use std::time::Duration;

use crate::core::case::{capitalised, lowercase_first};
use crate::core::catalog::Stretch;
use crate::core::hold::BusyReason;
use crate::t;
use crate::wording::words;

/// The reminder's title, with how long the user has sat: "Time to stretch · sitting 1 h 02 min".
pub fn reminder_summary(sat_for: Duration) -> String {
    t!("reminder-summary", sitting = words::duration(sat_for))
}

/// The reminder's body, where to do it first so the user knows at once whether it fits where
/// they are: "On your chair: seated figure four, 30 s each side. Ankle over the other thigh,
/// then lean in." Short enough that banners show it whole ([`MAX_BODY_CHARS`]).
pub fn reminder_body(stretch: &Stretch) -> String {
    // Whether a name starts small mid-sentence is the language's to say (German nouns do not).
    let name = if t!("reminder-body.stretch-case") == "lower" {
        lowercase_first(&stretch.name)
    } else {
        stretch.name.clone()
    };
    t!(
        "reminder-body",
        lead = stretch.position.lead(),
        stretch = name,
        per_side = if stretch.per_side { "yes" } else { "no" },
        hold_secs = stretch.hold.as_secs(),
        cue = capitalised(&stretch.cue)
    )
}

/// Added to the first reminder of a session when no tray shows limber's icon: how to reach it
/// instead, and on GNOME (`on_gnome`) what shows the icon there.
pub fn reach_without_tray(on_gnome: bool) -> String {
    if on_gnome {
        t!("reminder-no-tray-gnome")
    } else {
        t!("reminder-no-tray")
    }
}

/// The longest reminder body a built-in stretch may have: GNOME and KDE banners show about two
/// lines of this before cutting.
pub const MAX_BODY_CHARS: usize = 100;

/// "Holding your stretch until the call ends", naming what holds it.
pub fn holding(reasons: &[BusyReason]) -> String {
    if reasons.is_empty() {
        return t!("reminder-held");
    }
    let until: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            BusyReason::Call => t!("reminder-held-until-call"),
            BusyReason::Fullscreen => t!("reminder-held-until-fullscreen"),
            BusyReason::DoNotDisturb => t!("reminder-held-until-do-not-disturb"),
            BusyReason::GnomeBreak => t!("reminder-held-until-gnome-break"),
        })
        .collect();
    t!("reminder-held-until", reasons = words::list(&until))
}

/// The labels of the reminder's three buttons, the same on every platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buttons {
    pub start: String,
    /// "Snooze 10 min": the length can change with the config.
    pub snooze: String,
    pub skip: String,
}

/// The reminder's buttons for a snooze of `snooze`.
pub fn buttons(snooze: Duration) -> Buttons {
    Buttons {
        start: t!("reminder-start"),
        snooze: t!("reminder-snooze", length = words::duration(snooze)),
        skip: t!("reminder-skip"),
    }
}

/// The notice's title when a changed config was refused and the old settings stay.
pub fn config_kept() -> String {
    t!("reminder-config-kept")
}

/// Why the daemon turned down a request to open a timer window: at most `max` may be open.
pub fn too_many_windows(max: usize) -> String {
    t!("daemon-too-many-windows", max = max)
}

/// Why a stretch did not start: its window could not be opened (`error`, the system's reason).
pub fn window_failed(error: &str) -> String {
    t!("daemon-window-failed", error = error)
}

/// Why a second window may not take over the stretch under way.
pub fn window_taken() -> String {
    t!("daemon-window-taken")
}

/// A length a command asks the daemon for.
#[derive(Clone, Copy, Debug)]
pub enum Asked {
    Snooze,
    Pause,
}

/// Why a snooze or pause of `secs` seconds was refused; `why` says the allowed range.
pub fn length_refused(asked: Asked, secs: u64, why: &str) -> String {
    let id = match asked {
        Asked::Snooze => "daemon-snooze-refused",
        Asked::Pause => "daemon-pause-refused",
    };
    // As text: Fluent holds numbers as f64, which would round a hostile 2^64 - 1.
    t!(id, secs = secs.to_string(), why = why)
}

/// Where a limber that runs is reached, for someone whose commands look on another socket.
#[derive(Clone, Copy, Debug)]
pub enum Reached<'a> {
    /// On `socket`, while commands here look on `ours`.
    On { socket: &'a Path, ours: &'a Path },
    /// Nowhere: its runtime folder was refused.
    Nowhere,
}

/// "limber is already running", said when started twice.
pub fn already_running() -> String {
    t!("daemon-already-running")
}

/// That the limber of process `pid` runs and how it is `reached`; `already`: said when
/// started twice (else by a command that found no limber where it looks).
pub fn running_elsewhere(already: bool, pid: u32, reached: Reached<'_>) -> String {
    match reached {
        Reached::On { socket, ours } => {
            let id = if already {
                "daemon-already-running-elsewhere"
            } else {
                "daemon-running-elsewhere"
            };
            t!(
                id,
                pid = pid,
                socket = socket.display().to_string(),
                ours = ours.display().to_string(),
                folder = socket.parent().unwrap_or(socket).display().to_string()
            )
        }
        Reached::Nowhere => {
            let id = if already {
                "daemon-already-running-unreachable"
            } else {
                "daemon-running-unreachable"
            };
            t!(id, pid = pid)
        }
    }
}

/// Why the daemon could not start: `problem` is the system's reason.
pub fn cannot_start(problem: &str) -> String {
    t!("daemon-cannot-start", problem = problem)
}

/// Said after a broken config at start, which the daemon then runs without.
pub fn running_on_defaults() -> String {
    t!("daemon-running-on-defaults")
}

/// Why commands cannot reach the daemon: its `socket` could not be served (`error`).
pub fn cannot_serve(socket: &Path, error: &str) -> String {
    t!(
        "daemon-cannot-serve",
        socket = socket.display().to_string(),
        error = error
    )
}

/// Why the daemon stopped: the system's event loop (Windows, macOS) would not start, or failed
/// (`error`); `started`: it had run.
pub fn event_loop_failed(started: bool, error: &str) -> String {
    if started {
        t!("daemon-event-loop-failed", error = error)
    } else {
        t!("daemon-event-loop-cannot-start", error = error)
    }
}

#[cfg(test)]
mod tests;
