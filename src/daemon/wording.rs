//! The words limber shows in notifications and the tray: short, calm, specific.

use std::time::Duration;

use crate::core::case::{capitalised, lowercase_first};
use crate::core::catalog::Stretch;
use crate::core::hold::BusyReason;

/// The reminder's title, with how long the user has sat: "Time to stretch · sitting 1 h 02 min".
pub fn reminder_summary(sat_for: Duration) -> String {
    format!("Time to stretch · sitting {}", sitting(sat_for))
}

/// The reminder's body, where to do it first so the user knows at once whether it fits where
/// they are: "On your chair: seated figure four, 30 s each side. Ankle over the other thigh,
/// then lean in." Short enough that banners show it whole ([`MAX_BODY_CHARS`]).
pub fn reminder_body(stretch: &Stretch) -> String {
    let hold = stretch.hold.as_secs();
    let hold = if stretch.per_side {
        format!("{hold} s each side")
    } else {
        format!("hold {hold} s")
    };
    format!(
        "{}: {}, {hold}. {}.",
        stretch.position.lead(),
        lowercase_first(&stretch.name),
        capitalised(&stretch.cue)
    )
}

/// Added to the first reminder of a session when no tray shows limber's icon: how to reach it
/// instead, and on GNOME (`on_gnome`) what shows the icon there.
pub fn reach_without_tray(on_gnome: bool) -> String {
    let reach = "No tray icon here: open limber from your apps (right-click it for Snooze and \
                 Pause).";
    if on_gnome {
        format!("{reach} GNOME's AppIndicator extension shows the icon in the top bar.")
    } else {
        reach.to_string()
    }
}

/// The longest reminder body a built-in stretch may have: GNOME and KDE banners show about two
/// lines of this before cutting.
pub const MAX_BODY_CHARS: usize = 100;

/// "35 s", "42 min", "1 h 02 min".
pub fn sitting(duration: Duration) -> String {
    let secs = duration.as_secs();
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        _ => format!("{} h {:02} min", secs / 3600, secs % 3600 / 60),
    }
}

/// "Holding your stretch until the call ends", naming what holds it.
pub fn holding(reasons: &[BusyReason]) -> String {
    let until: Vec<&str> = reasons
        .iter()
        .map(|reason| match reason {
            BusyReason::Call => "the call ends",
            BusyReason::Fullscreen => "you leave fullscreen",
            BusyReason::DoNotDisturb => "Do Not Disturb is off",
            // Held while GNOME's break is due, under way, or ended minutes ago.
            BusyReason::GnomeBreak => "GNOME's break is well behind you",
        })
        .collect();
    match until.as_slice() {
        [] => "Holding your stretch for a better moment".to_string(),
        [one] => format!("Holding your stretch until {one}"),
        [first @ .., last] => format!("Holding your stretch until {} and {last}", first.join(", ")),
    }
}

/// "Snooze 10 min".
pub fn snooze_label(length: Duration) -> String {
    format!("Snooze {}", sitting(length))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;

    fn stretch(id: &str) -> Stretch {
        builtin().into_iter().find(|s| s.id == id).unwrap()
    }

    #[test]
    fn without_a_tray_the_reminder_says_where_limber_is_and_on_gnome_what_shows_it() {
        let elsewhere = reach_without_tray(false);
        assert!(
            elsewhere.contains("open limber from your apps"),
            "{elsewhere}"
        );
        assert!(!elsewhere.contains("GNOME"));
        let gnome = reach_without_tray(true);
        assert!(gnome.starts_with(&elsewhere) && gnome.contains("AppIndicator extension"));
    }

    #[test]
    fn the_body_says_where_first_then_what_and_how_long() {
        let body = reminder_body(&stretch("seated-figure-four-chair"));
        assert_eq!(
            body,
            "On your chair: seated figure four, 30 s each side. Ankle over the other thigh, \
             then lean in."
        );
        let fold = reminder_body(&stretch("seated-forward-bend"));
        assert!(
            fold.starts_with("On the floor: seated forward bend, hold 45 s."),
            "{fold}"
        );
    }

    #[test]
    fn every_built_in_body_fits_a_banner() {
        let too_long: Vec<String> = builtin()
            .iter()
            .map(reminder_body)
            .filter(|body| body.chars().count() > MAX_BODY_CHARS)
            .collect();
        assert!(too_long.is_empty(), "{too_long:#?}");
    }

    #[test]
    fn the_summary_carries_the_sitting_time() {
        assert_eq!(
            reminder_summary(Duration::from_secs(3720)),
            "Time to stretch · sitting 1 h 02 min"
        );
    }

    #[test]
    fn durations_are_read_at_a_glance() {
        assert_eq!(sitting(Duration::from_secs(35)), "35 s");
        assert_eq!(sitting(Duration::from_secs(42 * 60 + 5)), "42 min");
        assert_eq!(sitting(Duration::from_secs(3600 + 120)), "1 h 02 min");
        assert_eq!(snooze_label(Duration::from_secs(600)), "Snooze 10 min");
    }
}
