//! The words limber shows in notifications and the tray: short, calm, specific.

use std::time::Duration;

use crate::core::catalog::Stretch;
use crate::core::hold::BusyReason;

/// The reminder's body, e.g. "You've been sitting for 1 h 02 min. Try the seated figure four
/// (chair): rest one ankle on the other knee and hinge forward from the hips. 30 s each side."
pub fn reminder_body(stretch: &Stretch, sat_for: Duration) -> String {
    let hold = if stretch.per_side {
        format!("{} s each side.", stretch.hold.as_secs())
    } else {
        format!("Hold {} s.", stretch.hold.as_secs())
    };
    format!(
        "You've been sitting for {}. Try the {}: {}. {hold}",
        sitting(sat_for),
        lowercase_first(&stretch.name),
        stretch.cue
    )
}

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

/// "Seated figure four" → "seated figure four", so the name reads inside a sentence.
fn lowercase_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;

    fn stretch(id: &str) -> Stretch {
        builtin().into_iter().find(|s| s.id == id).unwrap()
    }

    #[test]
    fn the_body_says_how_long_what_and_how() {
        let body = reminder_body(
            &stretch("seated-figure-four-chair"),
            Duration::from_secs(3720),
        );
        assert_eq!(
            body,
            "You've been sitting for 1 h 02 min. Try the seated figure four (chair): \
             rest one ankle on the other knee and hinge forward from the hips. 30 s each side."
        );
    }

    #[test]
    fn a_single_sided_stretch_says_hold() {
        let body = reminder_body(&stretch("seated-forward-bend"), Duration::from_secs(3600));
        assert!(body.ends_with("Hold 45 s."), "{body}");
    }

    #[test]
    fn durations_are_read_at_a_glance() {
        assert_eq!(sitting(Duration::from_secs(35)), "35 s");
        assert_eq!(sitting(Duration::from_secs(42 * 60 + 5)), "42 min");
        assert_eq!(sitting(Duration::from_secs(3600 + 120)), "1 h 02 min");
        assert_eq!(snooze_label(Duration::from_secs(600)), "Snooze 10 min");
    }
}
