//! The words the window shows: what each phase is called, the countdown, and how a session
//! ended, said kindly. Plain functions of core data, unit tested.

use std::time::Duration;

use crate::core::case::capitalised;
use crate::core::catalog::{Side, Stretch};
use crate::core::progression::Progress;
use crate::core::routine::{Breath, Ending, Outcome, Phase};
use crate::core::week::GOAL_PER_DAY;

/// The article's advice beyond stretching, in limber's words, for the end of every session.
pub const MOVE_EVERY_HOUR: &str =
    "Between stretches, get up and walk around for a few minutes every hour.";

/// What the phase is called on screen, naming its side.
pub fn phase(phase: Phase) -> String {
    match phase {
        Phase::Setup(Some(side)) => format!("Get into position: {} side", side.word()),
        Phase::Setup(None) => "Get into position".into(),
        Phase::Hold(Some(side)) => format!("Hold: {} side", side.word()),
        Phase::Hold(None) => "Hold".into(),
        Phase::Switch(side) => format!("Switch to your {} side", side.word()),
        Phase::ComeOut => "Come out slowly".into(),
        Phase::Done => "Done".into(),
    }
}

/// Where and how long: "On a chair · 30 s each side", or, the first time practice has made the
/// hold longer, "On a chair · New: 35 s each side — you have done this one 5 times".
pub fn where_and_how_long(stretch: &Stretch, progress: &Progress) -> String {
    let seconds = stretch.hold.as_secs();
    let hold = if stretch.per_side {
        format!("{seconds} s each side")
    } else {
        format!("{seconds} s")
    };
    let place = capitalised(&stretch.position.label());
    if progress.grew {
        format!(
            "{place} · New: {hold} — you have done this one {} times",
            progress.done
        )
    } else {
        format!("{place} · {hold}")
    }
}

/// "Breathe in…", "Breathe out…".
pub fn breath(breath: Breath) -> &'static str {
    match breath {
        Breath::In => "Breathe in…",
        Breath::Out => "Breathe out…",
    }
}

/// The words of the last screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastScreen {
    pub title: String,
    /// Today's count against the goal.
    pub subtitle: String,
    /// What was held, and the advice to move every hour.
    pub body: String,
}

/// The last screen for `outcome` of a stretch held on `sides` (empty: one-sided), with
/// `done_before` stretches done earlier today.
pub fn ending(outcome: &Outcome, sides: &[Side], done_before: u32) -> LastScreen {
    let done_today = match outcome.ending {
        Ending::Done => done_before.saturating_add(1),
        Ending::StoppedEarly | Ending::Cancelled => done_before,
    };
    let count = today_against_goal(done_today);
    match outcome.ending {
        Ending::Done => LastScreen {
            title: "Well done".into(),
            subtitle: count,
            body: format!("You held {}. {MOVE_EVERY_HOUR}", held(outcome.held_secs)),
        },
        Ending::StoppedEarly | Ending::Cancelled => LastScreen {
            title: "Stopped early".into(),
            subtitle: count,
            body: format!(
                "{} Every bit counts; next time, try for the full hold. {MOVE_EVERY_HOUR}",
                held_of(outcome, sides)
            ),
        },
    }
}

/// Stretches done today against the article's two a day: "1 of 2 today", "2 of 2 today",
/// and past the goal "3 today (goal: 2)".
pub fn today_against_goal(done_today: u32) -> String {
    if done_today <= GOAL_PER_DAY {
        format!("{done_today} of {GOAL_PER_DAY} today")
    } else {
        format!("{done_today} today (goal: {GOAL_PER_DAY})")
    }
}

/// "You held 12 of 30 s on the right and 30 of 30 s on the left." (or "You held 12 of 30 s.").
fn held_of(outcome: &Outcome, sides: &[Side]) -> String {
    let hold = outcome.hold.as_secs();
    let parts: Vec<String> = if outcome.sides_secs.len() == sides.len() && !sides.is_empty() {
        outcome
            .sides_secs
            .iter()
            .zip(sides)
            .map(|(secs, side)| format!("{secs} of {hold} s on the {}", side.word()))
            .collect()
    } else {
        let planned = hold.saturating_mul(sides.len().max(1) as u64);
        vec![format!("{} of {planned} s", outcome.held_secs)]
    };
    format!("You held {}.", parts.join(" and "))
}

/// "24" under a minute, "1:05" from a minute, counting whole seconds up (30 shows at the start).
pub fn countdown(remaining: Duration) -> String {
    let secs = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
    if secs >= 60 {
        format!("{}:{:02}", secs / 60, secs % 60)
    } else {
        secs.to_string()
    }
}

/// "45 s", "1 min 30 s".
pub fn held(secs: u64) -> String {
    if secs >= 60 {
        format!("{} min {:02} s", secs / 60, secs % 60)
    } else {
        format!("{secs} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: [Side; 2] = [Side::Right, Side::Left];

    fn outcome(ending: Ending, sides_secs: Vec<u64>) -> Outcome {
        Outcome {
            ending,
            held_secs: sides_secs.iter().sum(),
            sides_secs,
            hold: Duration::from_secs(30),
        }
    }

    #[test]
    fn the_countdown_shows_whole_seconds_rounded_up() {
        assert_eq!(countdown(Duration::from_secs(30)), "30");
        assert_eq!(countdown(Duration::from_millis(29_100)), "30");
        assert_eq!(countdown(Duration::from_secs(75)), "1:15");
        assert_eq!(countdown(Duration::ZERO), "0");
    }

    #[test]
    fn held_time_reads_naturally() {
        assert_eq!(held(45), "45 s");
        assert_eq!(held(90), "1 min 30 s");
    }

    #[test]
    fn a_hold_made_longer_by_practice_is_announced_once() {
        let mut stretch = crate::core::catalog::builtin().remove(0);
        stretch.hold = Duration::from_secs(35);
        let mut progress = Progress {
            hold: stretch.hold,
            added: Duration::from_secs(5),
            done: 5,
            grew: true,
        };
        assert_eq!(
            where_and_how_long(&stretch, &progress),
            "On a chair · New: 35 s each side — you have done this one 5 times"
        );
        progress.grew = false;
        assert_eq!(
            where_and_how_long(&stretch, &progress),
            "On a chair · 35 s each side"
        );
    }

    #[test]
    fn every_phase_of_a_side_names_it() {
        assert_eq!(
            phase(Phase::Setup(Some(Side::Right))),
            "Get into position: right side"
        );
        assert_eq!(phase(Phase::Hold(Some(Side::Left))), "Hold: left side");
        assert_eq!(phase(Phase::Switch(Side::Left)), "Switch to your left side");
    }

    #[test]
    fn stopping_early_is_said_kindly_with_the_seconds_per_side() {
        let words = ending(&outcome(Ending::StoppedEarly, vec![12, 30]), &BOTH, 2);
        assert_eq!(words.title, "Stopped early");
        assert_eq!(words.subtitle, "2 of 2 today");
        assert!(
            words.body.starts_with(
                "You held 12 of 30 s on the right and 30 of 30 s on the left. Every bit counts; \
                 next time, try for the full hold."
            ),
            "{}",
            words.body
        );
        let one_sided = ending(&outcome(Ending::StoppedEarly, vec![9]), &[], 0);
        assert!(one_sided.body.starts_with("You held 9 of 30 s."));
        assert_eq!(one_sided.subtitle, "0 of 2 today");
    }

    #[test]
    fn a_done_stretch_counts_today_and_advises_moving_every_hour() {
        let words = ending(&outcome(Ending::Done, vec![30, 30]), &BOTH, 0);
        assert_eq!(words.title, "Well done");
        assert_eq!(words.subtitle, "1 of 2 today");
        let second = ending(&outcome(Ending::Done, vec![30, 30]), &BOTH, 1);
        assert_eq!(second.subtitle, "2 of 2 today");
        let third = ending(&outcome(Ending::Done, vec![30, 30]), &BOTH, 2);
        assert_eq!(third.subtitle, "3 today (goal: 2)");
        assert!(words.body.contains("You held 1 min 00 s."));
        assert!(words.body.contains("walk around"), "{}", words.body);
        assert!(words.body.contains("every hour"), "{}", words.body);
    }

    #[test]
    fn no_ending_scolds() {
        for ending_kind in [Ending::Done, Ending::StoppedEarly, Ending::Cancelled] {
            let words = ending(&outcome(ending_kind, vec![3, 0]), &BOTH, 0);
            let text = format!("{} {} {}", words.title, words.subtitle, words.body).to_lowercase();
            for harsh in ["fail", "only", "should", "must", "!"] {
                assert!(!text.contains(harsh), "\"{harsh}\" in {text}");
            }
        }
    }
}
