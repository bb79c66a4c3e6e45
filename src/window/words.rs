//! The words the window shows: what each phase is called, the countdown, and how a session
//! ended, said kindly. Plain functions of core data, unit tested.

use std::time::Duration;

use crate::core::case::capitalised;
use crate::core::catalog::{Side, Stretch};
use crate::core::progression::Progress;
use crate::core::routine::{Breath, Ending, Outcome, Phase};
use crate::core::week::GOAL_PER_DAY;
use crate::t;

/// How Fluent selects a variant by side: "right" or "left".
fn side_key(side: Side) -> &'static str {
    match side {
        Side::Right => "right",
        Side::Left => "left",
    }
}

/// What the phase is called on screen, naming its side.
pub fn phase(phase: Phase) -> String {
    match phase {
        Phase::Setup(Some(side)) => t!("window-phase-setup-side", side = side_key(side)),
        Phase::Setup(None) => t!("window-phase-setup"),
        Phase::Hold(Some(side)) => t!("window-phase-hold-side", side = side_key(side)),
        Phase::Hold(None) => t!("window-phase-hold"),
        Phase::Switch(side) => t!("window-phase-switch", side = side_key(side)),
        Phase::ComeOut => t!("window-phase-come-out"),
        Phase::Done => t!("window-phase-done"),
    }
}

/// Where and how long: "On a chair · 30 s each side", or, the first time practice has made the
/// hold longer, "On a chair · New: 35 s each side — you have done this one 5 times".
pub fn where_and_how_long(stretch: &Stretch, progress: &Progress) -> String {
    let seconds = stretch.hold.as_secs();
    let per_side = if stretch.per_side { "yes" } else { "no" };
    let place = capitalised(&stretch.position.label());
    if progress.grew {
        t!(
            "window-where-and-how-long-grew",
            place = place,
            seconds = seconds,
            per_side = per_side,
            count = progress.done
        )
    } else {
        t!(
            "window-where-and-how-long",
            place = place,
            seconds = seconds,
            per_side = per_side
        )
    }
}

/// "Breathe in…", "Breathe out…".
pub fn breath(breath: Breath) -> String {
    match breath {
        Breath::In => t!("window-breathe-in"),
        Breath::Out => t!("window-breathe-out"),
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
            title: t!("window-end-done-title"),
            subtitle: count,
            body: t!("window-end-done-body", held = held(outcome.held_secs)),
        },
        Ending::StoppedEarly | Ending::Cancelled => LastScreen {
            title: t!("window-end-stopped-title"),
            subtitle: count,
            body: t!("window-end-stopped-body", held_of = held_of(outcome, sides)),
        },
    }
}

/// Stretches done today against the article's two a day: "1 of 2 today", "2 of 2 today",
/// and past the goal "3 today (goal: 2)".
pub fn today_against_goal(done_today: u32) -> String {
    if done_today <= GOAL_PER_DAY {
        t!(
            "window-today-of-goal",
            done = done_today,
            goal = GOAL_PER_DAY
        )
    } else {
        t!(
            "window-today-past-goal",
            done = done_today,
            goal = GOAL_PER_DAY
        )
    }
}

/// "You held 12 of 30 s on the right and 30 of 30 s on the left." (or "You held 12 of 30 s.").
fn held_of(outcome: &Outcome, sides: &[Side]) -> String {
    let hold = outcome.hold.as_secs();
    match (outcome.sides_secs.as_slice(), sides) {
        ([first, second], [first_side, _]) => t!(
            "window-held-of-sides",
            first_side = side_key(*first_side),
            first = *first,
            second = *second,
            hold = hold
        ),
        _ => t!(
            "window-held-of",
            held = outcome.held_secs,
            planned = hold.saturating_mul(sides.len().max(1) as u64)
        ),
    }
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

/// "45 s", "1 min 30 s": a hold to the second, where [`crate::wording::words::duration`] would
/// round to the minute.
pub fn held(secs: u64) -> String {
    if secs >= 60 {
        t!(
            "window-held-minutes-seconds",
            minutes = secs / 60,
            seconds = format!("{:02}", secs % 60)
        )
    } else {
        t!("window-held-seconds", seconds = secs)
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
