//! What the timer window says aloud through a screen reader without being asked: each change of
//! phase (get into position, hold, switch sides, come out, done, stopped early), pausing and
//! resuming, and, while a phase runs, the time left at most every 10 s, never every second. Pure: it compares the
//! moment with what it said last and when, whatever moved the stretch (the clock or a key).
//! The window puts what it says in a polite live region, which a screen reader reads when it
//! has finished what it was saying.

use std::time::Duration;

use crate::core::clock::Mono;
use crate::core::routine::{Ending, Phase};

use super::super::screen::Moment;
use super::super::words;
use crate::t;

/// The least time between two things said, and the step the time left is said in.
pub const EVERY: Duration = Duration::from_secs(10);

/// Where a stretch stands, as far as announcements care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Waiting,
    Running(Phase),
    Ended(Ending),
}

impl Stage {
    fn of(moment: &Moment) -> Stage {
        match moment {
            Moment::Ready => Stage::Waiting,
            Moment::Running { phase, .. } => Stage::Running(*phase),
            Moment::Ended(outcome) => Stage::Ended(outcome.ending),
        }
    }
}

fn paused(moment: &Moment) -> bool {
    matches!(moment, Moment::Running { paused: true, .. })
}

/// Remembers what was said last, and when.
#[derive(Debug)]
pub struct Announcer {
    stage: Stage,
    paused: bool,
    said_at: Mono,
}

impl Announcer {
    /// Starts at `moment`, at `now`, without saying it: the window's own name and content say
    /// that, so the time left is first said [`EVERY`] later.
    pub fn new(moment: &Moment, now: Mono) -> Announcer {
        Announcer {
            stage: Stage::of(moment),
            paused: paused(moment),
            said_at: now,
        }
    }

    /// What to say at `now`, standing at `moment`, if anything.
    pub fn look(&mut self, moment: &Moment, now: Mono) -> Option<String> {
        let stage = Stage::of(moment);
        let was_paused = std::mem::replace(&mut self.paused, paused(moment));
        let said = if stage != self.stage {
            self.stage = stage;
            phase_change(moment)
        } else if was_paused != self.paused {
            Some(if self.paused {
                t!("window-say-paused")
            } else {
                t!("window-say-resumed")
            })
        } else {
            self.time_left(moment, now)
        };
        if said.is_some() {
            self.said_at = now;
        }
        said
    }

    /// "20 seconds left" when the countdown shows a multiple of 10 and nothing was said for
    /// [`EVERY`].
    fn time_left(&self, moment: &Moment, now: Mono) -> Option<String> {
        let Moment::Running {
            paused: false,
            remaining,
            ..
        } = moment
        else {
            return None;
        };
        let rested = now.saturating_since(self.said_at) >= EVERY;
        let secs = shown_secs(*remaining);
        (rested && secs > 0 && secs.is_multiple_of(EVERY.as_secs())).then(|| seconds_left(secs))
    }
}

/// What is said when the stretch reaches `moment`: the phase as the screen names it, with how
/// long it lasts; nothing when the window closes.
fn phase_change(moment: &Moment) -> Option<String> {
    match moment {
        Moment::Ready => None,
        Moment::Running {
            phase: Phase::Done, ..
        } => Some(words::phase(Phase::Done)),
        Moment::Running {
            phase, remaining, ..
        } => Some(t!(
            "window-say-phase",
            phase = words::phase(*phase),
            seconds = shown_secs(*remaining)
        )),
        Moment::Ended(outcome) => match outcome.ending {
            Ending::Done => Some(t!("window-end-done-title")),
            Ending::StoppedEarly => Some(t!("window-end-stopped-title")),
            Ending::Cancelled => None,
        },
    }
}

/// The seconds the countdown shows for `remaining` (whole seconds, counted up).
fn shown_secs(remaining: Duration) -> u64 {
    remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0)
}

fn seconds_left(secs: u64) -> String {
    t!("window-say-seconds-left", seconds = secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;
    use crate::core::routine::Routine;

    /// A whole stretch looked at every second (and twice within some seconds, as extra frames
    /// do): what was said, and at which second.
    fn a_run(
        routine: &mut Routine,
        until: u64,
        act: impl Fn(u64, &mut Routine),
    ) -> Vec<(u64, String)> {
        let mut announcer = Announcer::new(&Moment::of(routine, Mono::ZERO), Mono::ZERO);
        let mut said = Vec::new();
        for second in 0..=until {
            let now = Mono::from_secs(second);
            act(second, routine);
            routine.advance(now);
            for now in [now, now + Duration::from_millis(500)] {
                if let Some(words) = announcer.look(&Moment::of(routine, now), now) {
                    said.push((second, words));
                }
            }
        }
        said
    }

    #[test]
    fn every_phase_is_said_and_the_time_left_at_most_every_ten_seconds() {
        let stretch = builtin().remove(0);
        let mut routine = Routine::start(&stretch, Mono::ZERO);
        let said = a_run(&mut routine, 200, |_, _| {});
        let texts: Vec<&str> = said.iter().map(|(_, words)| words.as_str()).collect();
        for phase in [
            "Hold: right side. 30 seconds left",
            "Switch to your left side",
            "Hold: left side. 30 seconds left",
            "Come out slowly",
            "Well done",
        ] {
            assert!(
                texts.iter().any(|text| text.starts_with(phase)),
                "{phase} not in {said:?}"
            );
        }
        assert!(texts.contains(&"20 seconds left"), "{said:?}");
        assert!(texts.contains(&"10 seconds left"), "{said:?}");
        for pair in said.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            if after.1.ends_with("seconds left") && !after.1.contains('.') {
                assert!(after.0 - before.0 >= 10, "too soon: {pair:?} in {said:?}");
            }
        }
        let distinct: std::collections::HashSet<_> = said.iter().map(|(at, _)| at).collect();
        assert_eq!(distinct.len(), said.len(), "twice in a second: {said:?}");
    }

    #[test]
    fn pausing_and_resuming_are_said_once_each() {
        let stretch = builtin().remove(0);
        let mut routine = Routine::start(&stretch, Mono::ZERO);
        let said = a_run(&mut routine, 40, |second, routine| {
            if second == 17 || second == 25 {
                routine.toggle_pause(Mono::from_secs(second));
            }
        });
        let around: Vec<_> = said
            .iter()
            .filter(|(at, _)| (17..=25).contains(at))
            .collect();
        assert_eq!(
            around,
            [&(17, "Paused".to_string()), &(25, "Resumed".to_string())],
            "{said:?}"
        );
    }

    #[test]
    fn a_paused_stretch_is_quiet_and_stopping_early_is_said() {
        let stretch = builtin().remove(0);
        let mut routine = Routine::start(&stretch, Mono::ZERO);
        let said = a_run(&mut routine, 100, |second, routine| {
            let now = Mono::from_secs(second);
            match second {
                17 => routine.toggle_pause(now),
                70 => routine.finish(now),
                _ => {}
            }
        });
        assert!(
            said.iter().all(|(at, _)| *at <= 17 || *at >= 70),
            "spoke while paused: {said:?}"
        );
        assert!(said.contains(&(17, "Paused".to_string())), "{said:?}");
        assert_eq!(
            said.last().map(|(_, words)| words.as_str()),
            Some("Stopped early")
        );
    }
}
