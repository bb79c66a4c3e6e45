//! Which moments of a stretch the timer window marks with a sound, so a user on the floor or with
//! eyes closed need not watch the screen: the hold starting, time to switch sides, and the holds
//! over (come out slowly). Pure: it compares where the stretch stood at the last look with where
//! it stands now, whatever moved it (the clock, or the user's keys).

use crate::core::catalog::Side;
use crate::core::routine::{Ending, Phase};

use super::screen::Moment;

/// A moment worth a sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A hold starts: keep still.
    Hold,
    /// Come out of this side and into the other.
    Switch,
    /// The holds are over.
    Done,
}

/// Where a stretch stands, as far as the cues care: pausing changes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for Start.
    Waiting,
    GettingIntoPosition,
    Holding(Option<Side>),
    Switching(Side),
    /// Coming out, or finished having done it.
    Over,
    /// Closed, or ended before the holds were done.
    Stopped,
}

impl Stage {
    pub fn of(moment: &Moment) -> Stage {
        match moment {
            Moment::Ready => Stage::Waiting,
            Moment::Running { phase, .. } => match phase {
                Phase::Setup(_) => Stage::GettingIntoPosition,
                Phase::Hold(side) => Stage::Holding(*side),
                Phase::Switch(side) => Stage::Switching(*side),
                Phase::ComeOut | Phase::Done => Stage::Over,
            },
            Moment::Ended(outcome) => match outcome.ending {
                Ending::Done => Stage::Over,
                Ending::StoppedEarly | Ending::Cancelled => Stage::Stopped,
            },
        }
    }
}

/// The cue for moving from `before` to `now`, if it deserves one.
pub fn cue(before: Stage, now: Stage) -> Option<Cue> {
    if before == now {
        return None;
    }
    match now {
        Stage::Holding(_) => Some(Cue::Hold),
        Stage::Switching(_) => Some(Cue::Switch),
        Stage::Over => Some(Cue::Done),
        Stage::Waiting | Stage::GettingIntoPosition | Stage::Stopped => None,
    }
}

/// Remembers the stage at the last look, to hear each change once.
pub struct Cues {
    last: Stage,
}

impl Cues {
    pub fn from(stage: Stage) -> Cues {
        Cues { last: stage }
    }

    /// The cue for the change since the last look, if any.
    pub fn look(&mut self, now: Stage) -> Option<Cue> {
        let before = std::mem::replace(&mut self.last, now);
        cue(before, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{builtin, Stretch};
    use crate::core::clock::Mono;
    use crate::core::routine::Routine;

    fn stretch(id: &str) -> Stretch {
        builtin().into_iter().find(|s| s.id == id).unwrap()
    }

    /// The cues heard looking at `routine` once a second for `secs` seconds, after `act` on it
    /// at each second.
    fn heard(
        mut routine: Routine,
        secs: u64,
        mut act: impl FnMut(u64, &mut Routine),
    ) -> Vec<(u64, Cue)> {
        let mut cues = Cues::from(Stage::of(&Moment::of(&routine, Mono::ZERO)));
        let mut heard = Vec::new();
        for second in 0..=secs {
            let now = Mono::from_secs(second);
            act(second, &mut routine);
            routine.advance(now);
            if let Some(cue) = cues.look(Stage::of(&Moment::of(&routine, now))) {
                heard.push((second, cue));
            }
        }
        heard
    }

    #[test]
    fn a_two_sided_stretch_sounds_hold_switch_hold_done() {
        // Pigeon: 45 s setup, 45 s holds, 30 s to switch, 10 s to come out.
        let routine = Routine::start(&stretch("pigeon-pose"), Mono::ZERO);
        assert_eq!(
            heard(routine, 200, |_, _| {}),
            [
                (45, Cue::Hold),
                (90, Cue::Switch),
                (120, Cue::Hold),
                (165, Cue::Done)
            ]
        );
    }

    #[test]
    fn a_one_sided_stretch_sounds_hold_and_done() {
        let routine = Routine::start(&stretch("standing-forward-fold"), Mono::ZERO);
        assert_eq!(
            heard(routine, 100, |_, _| {}),
            [(20, Cue::Hold), (50, Cue::Done)]
        );
    }

    #[test]
    fn the_users_own_keys_sound_as_the_clock_would() {
        let routine = Routine::start(&stretch("pigeon-pose"), Mono::ZERO);
        let cues = heard(routine, 20, |second, routine| {
            let now = Mono::from_secs(second);
            match second {
                3 => routine.in_position(now),
                10 => routine.finish(now),
                _ => {}
            }
        });
        assert_eq!(cues, [(3, Cue::Hold), (10, Cue::Done)]);
    }

    #[test]
    fn waiting_pausing_and_closing_are_silent() {
        let waiting = Routine::ready(&stretch("pigeon-pose"), Mono::ZERO);
        assert_eq!(heard(waiting, 300, |_, _| {}), []);
        // Paused in the setup for minutes, then closed.
        let routine = Routine::start(&stretch("pigeon-pose"), Mono::ZERO);
        let cues = heard(routine, 300, |second, routine| {
            let now = Mono::from_secs(second);
            match second {
                5 => routine.toggle_pause(now),
                200 => routine.cancel(now),
                _ => {}
            }
        });
        assert_eq!(cues, []);
    }

    #[test]
    fn only_entering_a_hold_a_switch_or_the_end_sounds() {
        use Stage::*;
        let right = Some(Side::Right);
        assert_eq!(cue(GettingIntoPosition, Holding(right)), Some(Cue::Hold));
        assert_eq!(
            cue(Switching(Side::Left), Holding(Some(Side::Left))),
            Some(Cue::Hold)
        );
        assert_eq!(
            cue(Holding(right), Switching(Side::Left)),
            Some(Cue::Switch)
        );
        assert_eq!(cue(Holding(None), Over), Some(Cue::Done));
        assert_eq!(cue(Waiting, GettingIntoPosition), None);
        assert_eq!(cue(Holding(right), Stopped), None);
        assert_eq!(cue(Over, Stopped), None);
        for stage in [Waiting, GettingIntoPosition, Holding(right), Over, Stopped] {
            assert_eq!(cue(stage, stage), None, "{stage:?} twice");
        }
    }
}
