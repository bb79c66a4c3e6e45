//! Beside GNOME's own break reminders (GNOME 48 and later): when GNOME's break is due or under
//! way, or ended less than [`QUIET_AFTER`] ago, limber holds its reminder, so a user who has both
//! never gets two calls to get up at once.
//!
//! GNOME tells other programs where its break reminders stand through
//! `org.gnome.Shell.ScreenTime` at `/org/gnome/Shell/ScreenTime`: `State` and
//! `LastBreakEndTime`. This module reads those two values; the shell fetches them.
//!
//! What gnome-shell's `js/misc/breakManager.js` really does, which its D-Bus documentation does
//! not quite say:
//! - `State` has five values, not the four the interface XML lists: 0 disabled, 1 active (no
//!   break needed yet), 2 idle (but no break needed), 3 in a break, 4 a break is due while the
//!   user is still active. The XML's "2: taking a break, 3: due" is an older numbering.
//! - `LastBreakEndTime` (wall-clock seconds) is the latest end over every break type (eyesight
//!   breaks too), reads 0 while a break is under way, and moves on more than a finished break:
//!   when the user skips a due break (to that moment), delays one (by the delay), comes back from
//!   any idle spell at least as long as a break, or when break reminders are switched on.
//!
//! So limber cannot tell from these values alone whether GNOME showed a break; it treats every
//! move of `LastBreakEndTime` as "GNOME just dealt with a break" and keeps quiet for
//! [`QUIET_AFTER`]: at worst a reminder waits ten minutes more after the user came back from a
//! short pause. A delayed break moves the end time into the past, so limber may remind while
//! GNOME's delayed break is pending; GNOME's break then holds limber's next reminder once due.

use std::time::Duration;

/// How long limber keeps quiet after GNOME's break ended.
pub const QUIET_AFTER: Duration = Duration::from_secs(10 * 60);

/// GNOME's `State` values, as gnome-shell's code numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakState {
    Disabled,
    Active,
    Idle,
    InBreak,
    BreakDue,
    /// A value this version of limber does not know (a later GNOME).
    Other(u32),
}

impl From<u32> for BreakState {
    fn from(value: u32) -> BreakState {
        match value {
            0 => BreakState::Disabled,
            1 => BreakState::Active,
            2 => BreakState::Idle,
            3 => BreakState::InBreak,
            4 => BreakState::BreakDue,
            other => BreakState::Other(other),
        }
    }
}

/// What `org.gnome.Shell.ScreenTime` says at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScreenTime {
    pub state: BreakState,
    /// Seconds since the Unix epoch; 0 when no break has ended yet or one is under way.
    pub last_break_end: u64,
}

/// Whether GNOME's break holds limber's reminder at `now` (seconds since the Unix epoch).
pub fn holds(screen_time: ScreenTime, now: u64) -> bool {
    match screen_time.state {
        BreakState::InBreak | BreakState::BreakDue => true,
        BreakState::Disabled => false,
        BreakState::Active | BreakState::Idle | BreakState::Other(_) => {
            let end = screen_time.last_break_end;
            let quiet = QUIET_AFTER.as_secs();
            // An end in the future is a clock that was set back: near enough counts as just now,
            // far off (a broken value) counts for nothing, so it can never hold for long.
            end != 0 && end < now.saturating_add(quiet) && now < end.saturating_add(quiet)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{Catalog, Position};
    use crate::core::clock::test_clock::monday_9am;
    use crate::core::clock::Now;
    use crate::core::engine::{Effect, Engine, Input, Settings, State};
    use crate::core::hold::{BusyReason, HoldRules};
    use crate::core::schedule::ReminderRules;
    use proptest::prelude::*;

    const NOW: u64 = 1_800_000_000;

    fn screen_time(state: u32, last_break_end: u64) -> ScreenTime {
        ScreenTime {
            state: state.into(),
            last_break_end,
        }
    }

    #[test]
    fn a_break_due_or_under_way_holds() {
        assert!(holds(screen_time(4, NOW - 3600), NOW), "due");
        assert!(
            holds(screen_time(3, 0), NOW),
            "under way (end time reads 0)"
        );
    }

    #[test]
    fn the_ten_minutes_after_a_break_are_quiet() {
        assert!(holds(screen_time(1, NOW), NOW));
        assert!(holds(screen_time(1, NOW - 599), NOW));
        assert!(!holds(screen_time(1, NOW - 600), NOW), "ten minutes on");
        assert!(holds(screen_time(2, NOW - 60), NOW), "idle since");
    }

    #[test]
    fn without_gnome_breaks_nothing_holds() {
        assert!(!holds(screen_time(0, NOW - 10), NOW), "disabled");
        assert!(!holds(screen_time(1, 0), NOW), "no break yet");
        assert!(!holds(screen_time(1, NOW - 3600), NOW), "long ago");
    }

    #[test]
    fn an_end_far_in_the_future_does_not_hold() {
        assert!(
            holds(screen_time(1, NOW + 60), NOW),
            "a clock set back a little"
        );
        assert!(!holds(screen_time(1, NOW + 3600), NOW));
        assert!(!holds(screen_time(1, u64::MAX), NOW));
    }

    #[test]
    fn an_unknown_state_is_judged_by_the_end_time_alone() {
        assert_eq!(screen_time(9, 0).state, BreakState::Other(9));
        assert!(!holds(screen_time(9, NOW - 3600), NOW));
        assert!(holds(screen_time(9, NOW - 60), NOW));
    }

    proptest! {
        #[test]
        fn an_end_time_never_holds_for_more_than_twice_the_quiet_time(state in 0u32..8, end in any::<u64>(), now in 0..u64::MAX / 2) {
            let screen_time = screen_time(state, end);
            let by_state = matches!(screen_time.state, BreakState::InBreak | BreakState::BreakDue);
            if holds(screen_time, now) && !by_state {
                prop_assert!(!holds(screen_time, now + 2 * QUIET_AFTER.as_secs()));
            }
        }
    }

    /// GNOME's movement break and limber's break threshold, at their defaults: 5 minutes each.
    const GNOME_BREAK: Duration = Duration::from_secs(300);
    const EVERY: Duration = Duration::from_secs(3600);

    fn engine() -> (Engine, Now) {
        let now = monday_9am();
        let settings = Settings {
            rules: ReminderRules {
                every: EVERY,
                snooze: Duration::from_secs(600),
                working_hours: Vec::new(),
            },
            break_after: GNOME_BREAK,
            hold: HoldRules {
                enabled: true,
                max: Duration::from_secs(7200),
            },
        };
        let catalog = Catalog::new(Vec::new(), vec![Position::Chair], Vec::new());
        (Engine::new(settings, catalog, &now), now)
    }

    /// Feeds one input; busy checks are answered "GNOME's break"; returns the reminders shown.
    fn feed(engine: &mut Engine, now: &Now, input: Input) -> usize {
        let mut inputs = vec![input];
        let mut shown = 0;
        while let Some(input) = inputs.pop() {
            for effect in engine.handle(now, input).unwrap_or_default() {
                match effect {
                    Effect::CheckBusy => {
                        inputs.push(Input::BusyChecked(vec![BusyReason::GnomeBreak]));
                    }
                    Effect::ShowReminder { .. } => shown += 1,
                    _ => {}
                }
            }
        }
        shown
    }

    #[test]
    fn the_idle_spell_of_a_break_taken_for_gnome_counts_as_limbers_break() {
        let (mut engine, mut now) = engine();
        // An hour of sitting: limber's reminder comes due while GNOME's break is due too.
        let mut shown = 0;
        while now.mono < monday_9am().mono + EVERY + Duration::from_secs(30) {
            now = now.advanced(Duration::from_secs(10));
            shown += feed(&mut engine, &now, Input::IdleSample(Duration::from_secs(1)));
        }
        assert_eq!(shown, 0, "held while GNOME's break is due");
        let status = engine.status(&now);
        assert_eq!(status.state, State::Held);
        assert_eq!(status.holding, [BusyReason::GnomeBreak]);

        // The user takes GNOME's break: away from the keyboard for its five minutes.
        for _ in 0..30 {
            now = now.advanced(Duration::from_secs(10));
            let idle = now
                .mono
                .saturating_since(monday_9am().mono + EVERY + Duration::from_secs(30));
            shown += feed(&mut engine, &now, Input::IdleSample(idle));
        }
        // Back at the keyboard: no reminder follows, and the sitting count starts again.
        for _ in 0..6 {
            now = now.advanced(Duration::from_secs(10));
            shown += feed(&mut engine, &now, Input::IdleSample(Duration::from_secs(1)));
        }
        assert_eq!(shown, 0, "the break taken for GNOME was limber's break too");
        let status = engine.status(&now);
        assert_eq!(status.state, State::Active);
        assert!(status.holding.is_empty());
        assert!(
            status.sitting <= Duration::from_secs(70),
            "{:?}",
            status.sitting
        );
        assert_eq!(
            status
                .next_reminder_in
                .map(|left| left > EVERY - Duration::from_secs(120)),
            Some(true)
        );
    }
}
