//! One stretch session as timed phases: get ready, hold one side, switch, hold the other, done.
//!
//! A single-sided stretch is get ready, hold, done. The routine is pure: every operation takes
//! the monotonic time, so the window can ask "what should I show now?" and "when does that next
//! change?" and sleep until then. Pausing stops the clock of the current phase; nothing counts
//! as held while paused.

use std::time::Duration;

use super::catalog::{Side, Stretch};
use super::clock::Mono;

/// A moment to settle into position before holding, and to change sides.
pub const GET_READY: Duration = Duration::from_secs(5);
pub const SWITCH: Duration = Duration::from_secs(5);
/// What the "+15 s" button adds.
pub const EXTENSION: Duration = Duration::from_secs(15);

/// What the user is doing now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    GetReady,
    /// The first side of a two-sided stretch.
    RightSide,
    Switch,
    LeftSide,
    /// The one hold of a single-sided stretch.
    Hold,
    Done,
}

impl Phase {
    /// The words on the screen.
    pub fn label(self) -> &'static str {
        match self {
            Phase::GetReady => "Get ready",
            Phase::RightSide => "Right side",
            Phase::Switch => "Switch sides",
            Phase::LeftSide => "Left side",
            Phase::Hold => "Hold",
            Phase::Done => "Done",
        }
    }

    /// Whether time in this phase counts as stretching.
    pub fn is_hold(self) -> bool {
        matches!(self, Phase::RightSide | Phase::LeftSide | Phase::Hold)
    }
}

/// Whether the clock is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    /// Waiting for the user to press Start.
    Ready,
    Running,
    /// Paused at this moment.
    Paused(Mono),
    /// Finished (by the routine's end or by the user); `completed` is false for a cancel.
    Finished {
        completed: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Routine {
    plan: Vec<(Phase, Duration)>,
    index: usize,
    /// When the current phase began, moved later by pauses so elapsed time excludes them.
    phase_started: Mono,
    run: Run,
    /// Time held in hold phases already left.
    held_before: Duration,
    steps: Vec<String>,
    per_side: bool,
}

impl Routine {
    /// A routine that starts counting at `now`.
    pub fn start(stretch: &Stretch, now: Mono) -> Routine {
        let mut routine = Routine::ready(stretch, now);
        routine.run = Run::Running;
        routine
    }

    /// A routine waiting for the user to press Start.
    pub fn ready(stretch: &Stretch, now: Mono) -> Routine {
        let plan = if stretch.per_side {
            vec![
                (Phase::GetReady, GET_READY),
                (Phase::RightSide, stretch.hold),
                (Phase::Switch, SWITCH),
                (Phase::LeftSide, stretch.hold),
            ]
        } else {
            vec![(Phase::GetReady, GET_READY), (Phase::Hold, stretch.hold)]
        };
        Routine {
            plan,
            index: 0,
            phase_started: now,
            run: Run::Ready,
            held_before: Duration::ZERO,
            steps: stretch.steps.clone(),
            per_side: stretch.per_side,
        }
    }

    /// Every phase's length added up (what an uninterrupted session takes).
    pub fn total(&self) -> Duration {
        self.plan.iter().map(|(_, length)| *length).sum()
    }

    pub fn run(&self) -> Run {
        self.run
    }

    /// Starts a routine that was waiting on its ready screen.
    pub fn begin(&mut self, now: Mono) {
        if self.run == Run::Ready {
            self.phase_started = now;
            self.run = Run::Running;
        }
    }

    pub fn pause(&mut self, now: Mono) {
        self.advance(now);
        if self.run == Run::Running {
            self.run = Run::Paused(now);
        }
    }

    pub fn resume(&mut self, now: Mono) {
        if let Run::Paused(at) = self.run {
            self.phase_started = self.phase_started + now.saturating_since(at);
            self.run = Run::Running;
        }
    }

    /// Pause when running, resume when paused.
    pub fn toggle_pause(&mut self, now: Mono) {
        match self.run {
            Run::Running => self.pause(now),
            Run::Paused(_) => self.resume(now),
            Run::Ready | Run::Finished { .. } => {}
        }
    }

    /// Adds `by` to the current phase.
    pub fn extend(&mut self, now: Mono, by: Duration) {
        self.advance(now);
        if let Some((_, length)) = self.plan.get_mut(self.index) {
            *length += by;
        }
    }

    /// Moves on to the next phase at once.
    pub fn skip_phase(&mut self, now: Mono) {
        self.advance(now);
        if self.is_finished() {
            return;
        }
        let elapsed = self.elapsed(now);
        self.leave_phase(elapsed, self.clock(now));
    }

    /// Ends the session now, as done.
    pub fn finish_early(&mut self, now: Mono) {
        self.end(now, true);
    }

    /// Ends the session now, as cancelled.
    pub fn cancel(&mut self, now: Mono) {
        self.end(now, false);
    }

    /// The phase at `now` (the routine moves through phases as time passes).
    pub fn phase(&self, now: Mono) -> Phase {
        self.settled(now).current_phase()
    }

    /// Time left in the current phase.
    pub fn remaining(&self, now: Mono) -> Duration {
        let settled = self.settled(now);
        match settled.plan.get(settled.index) {
            Some((_, length)) if !settled.is_finished() => {
                length.saturating_sub(settled.elapsed(now))
            }
            _ => Duration::ZERO,
        }
    }

    /// How far through the current phase, from 0 to 1.
    pub fn phase_progress(&self, now: Mono) -> f32 {
        let settled = self.settled(now);
        match settled.plan.get(settled.index) {
            Some((_, length)) if !settled.is_finished() && !length.is_zero() => {
                (settled.elapsed(now).as_secs_f32() / length.as_secs_f32()).clamp(0.0, 1.0)
            }
            _ => 1.0,
        }
    }

    /// Time actually spent holding, pauses excluded.
    pub fn held(&self, now: Mono) -> Duration {
        let settled = self.settled(now);
        let current = if !settled.is_finished() && settled.current_phase().is_hold() {
            settled.elapsed(now)
        } else {
            Duration::ZERO
        };
        settled.held_before + current
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.run, Run::Finished { .. })
    }

    /// The instruction to show now, with the side named: the first step while getting ready,
    /// then the later steps in turn across each hold.
    pub fn step(&self, now: Mono) -> Option<String> {
        let phase = self.phase(now);
        let side = match phase {
            Phase::GetReady | Phase::RightSide if self.per_side => Some(Side::Right),
            Phase::LeftSide => Some(Side::Left),
            _ => None,
        };
        let index = match phase {
            Phase::GetReady => 0,
            Phase::Switch => return Some("Release slowly and change to the other side.".into()),
            Phase::Done => return None,
            Phase::RightSide | Phase::LeftSide | Phase::Hold => {
                let later = self.steps.len().saturating_sub(1).max(1);
                let progress = self.phase_progress(now).min(0.999);
                1 + (progress * later as f32) as usize
            }
        };
        let step = self
            .steps
            .get(index.min(self.steps.len().saturating_sub(1)))?;
        Some(match side {
            Some(side) => side.fill(step),
            None => step.clone(),
        })
    }

    /// When what the window shows next changes (the countdown's second, or a phase): the window
    /// sleeps until then. None while nothing counts.
    pub fn next_change(&self, now: Mono) -> Option<Mono> {
        let settled = self.settled(now);
        if settled.run != Run::Running {
            return None;
        }
        let remaining = settled.remaining(now);
        let into_second = remaining.subsec_nanos();
        let wait = if into_second == 0 {
            Duration::from_secs(1)
        } else {
            Duration::from_nanos(u64::from(into_second))
        };
        Some(now + wait.min(remaining.max(Duration::from_millis(1))))
    }

    /// Moves through every phase whose time is up by `now`.
    pub fn advance(&mut self, now: Mono) {
        if self.run != Run::Running {
            return;
        }
        while let Some((_, length)) = self.plan.get(self.index).copied() {
            if self.elapsed(now) < length {
                return;
            }
            let ended_at = self.phase_started + length;
            self.leave_phase(length, ended_at);
        }
    }

    fn settled(&self, now: Mono) -> Routine {
        let mut copy = self.clone();
        copy.advance(now);
        copy
    }

    fn current_phase(&self) -> Phase {
        match self.run {
            Run::Finished { .. } => Phase::Done,
            _ => self
                .plan
                .get(self.index)
                .map_or(Phase::Done, |(phase, _)| *phase),
        }
    }

    /// Time spent in the current phase, pauses excluded.
    fn elapsed(&self, now: Mono) -> Duration {
        match self.run {
            Run::Ready | Run::Finished { .. } => Duration::ZERO,
            Run::Running => now.saturating_since(self.phase_started),
            Run::Paused(at) => at.saturating_since(self.phase_started),
        }
    }

    /// Where the phase clock stands: `now`, or the moment of pausing.
    fn clock(&self, now: Mono) -> Mono {
        match self.run {
            Run::Paused(at) => at,
            _ => now,
        }
    }

    fn leave_phase(&mut self, spent: Duration, at: Mono) {
        if self.current_phase().is_hold() {
            self.held_before += spent;
        }
        self.index += 1;
        self.phase_started = at;
        if self.index >= self.plan.len() {
            self.run = Run::Finished { completed: true };
        } else if let Run::Paused(_) = self.run {
            self.run = Run::Paused(at);
        }
    }

    fn end(&mut self, now: Mono, completed: bool) {
        self.advance(now);
        if self.is_finished() {
            return;
        }
        if self.current_phase().is_hold() {
            self.held_before += self.elapsed(now);
        }
        self.run = Run::Finished { completed };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::builtin;
    use proptest::prelude::*;

    fn stretch(id: &str) -> Stretch {
        builtin().into_iter().find(|s| s.id == id).unwrap()
    }

    fn at(secs: u64) -> Mono {
        Mono::from_secs(secs)
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn a_two_sided_stretch_goes_ready_right_switch_left_done() {
        let routine = Routine::start(&stretch("pigeon-pose"), at(0));
        assert_eq!(routine.phase(at(0)), Phase::GetReady);
        assert_eq!(routine.phase(at(5)), Phase::RightSide);
        assert_eq!(routine.phase(at(50)), Phase::Switch);
        assert_eq!(routine.phase(at(55)), Phase::LeftSide);
        assert_eq!(routine.phase(at(100)), Phase::Done);
        assert_eq!(routine.held(at(200)), secs(90));
    }

    #[test]
    fn a_single_sided_stretch_has_no_switch() {
        let routine = Routine::start(&stretch("standing-forward-fold"), at(0));
        assert_eq!(routine.phase(at(5)), Phase::Hold);
        assert_eq!(routine.phase(at(35)), Phase::Done);
        assert_eq!(routine.total(), secs(35));
    }

    #[test]
    fn remaining_counts_down_within_a_phase() {
        let routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        assert_eq!(routine.remaining(at(2)), secs(3));
        assert_eq!(routine.remaining(at(15)), secs(20));
    }

    #[test]
    fn a_ready_routine_waits_for_start() {
        let mut routine = Routine::ready(&stretch("pigeon-pose"), at(0));
        assert_eq!(routine.phase(at(100)), Phase::GetReady);
        assert_eq!(routine.next_change(at(100)), None);
        routine.begin(at(100));
        assert_eq!(routine.phase(at(105)), Phase::RightSide);
    }

    #[test]
    fn pausing_stops_the_clock() {
        let mut routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        routine.pause(at(10));
        assert_eq!(routine.remaining(at(100)), secs(25));
        assert_eq!(routine.held(at(100)), secs(5));
        routine.resume(at(100));
        assert_eq!(routine.remaining(at(101)), secs(24));
    }

    #[test]
    fn extending_adds_fifteen_seconds_to_the_phase() {
        let mut routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        routine.extend(at(10), EXTENSION);
        assert_eq!(routine.remaining(at(10)), secs(40));
    }

    #[test]
    fn skipping_moves_on_and_counts_what_was_held() {
        let mut routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        routine.skip_phase(at(2));
        assert_eq!(routine.phase(at(2)), Phase::RightSide);
        routine.skip_phase(at(12));
        assert_eq!(routine.phase(at(12)), Phase::Switch);
        assert_eq!(routine.held(at(12)), secs(10));
    }

    #[test]
    fn finishing_early_and_cancelling_freeze_the_time_held() {
        let mut done = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        done.finish_early(at(20));
        assert_eq!(done.run(), Run::Finished { completed: true });
        assert_eq!(done.held(at(500)), secs(15));
        let mut cancelled = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        cancelled.cancel(at(20));
        assert_eq!(cancelled.run(), Run::Finished { completed: false });
        assert_eq!(cancelled.held(at(500)), secs(15));
    }

    #[test]
    fn steps_follow_the_phases() {
        let routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        let steps = stretch("seated-figure-four-chair").steps;
        assert_eq!(routine.step(at(1)), Some(Side::Right.fill(&steps[0])));
        assert_eq!(routine.step(at(6)), Some(Side::Right.fill(&steps[1])));
        assert_eq!(
            routine.step(at(34)),
            Some(Side::Right.fill(&steps[steps.len() - 1]))
        );
        assert_eq!(
            routine.step(at(36)).as_deref(),
            Some("Release slowly and change to the other side.")
        );
    }

    #[test]
    fn the_window_wakes_when_the_second_changes() {
        let routine = Routine::start(&stretch("seated-figure-four-chair"), at(0));
        let now = Mono::from_micros(2_300_000);
        assert_eq!(routine.next_change(now), Some(Mono::from_micros(3_000_000)));
    }

    /// Something the user can do in the window.
    #[derive(Clone, Debug)]
    enum Press {
        Wait(u64),
        Pause,
        Resume,
        Extend,
        Skip,
    }

    fn press() -> impl Strategy<Value = Press> {
        prop_oneof![
            4 => (1u64..20_000).prop_map(Press::Wait),
            1 => Just(Press::Pause),
            1 => Just(Press::Resume),
            1 => Just(Press::Extend),
            1 => Just(Press::Skip),
        ]
    }

    fn play(routine: &mut Routine, presses: &[Press]) -> Mono {
        let mut now = Mono::ZERO;
        for press in presses {
            match press {
                Press::Wait(ms) => now = now + Duration::from_millis(*ms),
                Press::Pause => routine.pause(now),
                Press::Resume => routine.resume(now),
                Press::Extend => routine.extend(now, EXTENSION),
                Press::Skip => routine.skip_phase(now),
            }
        }
        now
    }

    proptest! {
        #[test]
        fn phase_times_add_up_to_the_total(index in 0usize..10) {
            let stretch = &builtin()[index];
            let routine = Routine::start(stretch, Mono::ZERO);
            let expected = GET_READY + stretch.total_hold() + if stretch.per_side { SWITCH } else { Duration::ZERO };
            prop_assert_eq!(routine.total(), expected);
            prop_assert_eq!(routine.phase(Mono::ZERO + expected), Phase::Done);
            prop_assert_ne!(routine.phase(Mono::ZERO + (expected - Duration::from_millis(1))), Phase::Done);
            prop_assert_eq!(routine.held(Mono::ZERO + expected), stretch.total_hold());
        }

        #[test]
        fn a_pause_of_any_length_never_changes_the_time_held(
            presses in proptest::collection::vec(press(), 0..20),
            pause in 0u64..1_000_000,
        ) {
            let mut routine = Routine::start(&builtin()[0], Mono::ZERO);
            let now = play(&mut routine, &presses);
            routine.pause(now);
            let held = routine.held(now);
            let later = now + Duration::from_millis(pause);
            prop_assert_eq!(routine.held(later), held);
            prop_assert_eq!(routine.phase(later), routine.phase(now));
        }

        #[test]
        fn held_never_exceeds_the_time_that_passed(presses in proptest::collection::vec(press(), 0..30)) {
            let mut routine = Routine::start(&builtin()[6], Mono::ZERO);
            let now = play(&mut routine, &presses);
            prop_assert!(routine.held(now) <= now.since_origin());
            prop_assert!(routine.remaining(now) <= routine.total() + EXTENSION * 30);
        }

        #[test]
        fn skipping_always_moves_forward(presses in proptest::collection::vec(press(), 0..20)) {
            let mut routine = Routine::start(&builtin()[2], Mono::ZERO);
            let now = play(&mut routine, &presses);
            let before = routine.phase(now);
            routine.skip_phase(now);
            if before != Phase::Done {
                prop_assert_ne!(routine.phase(now), before);
            }
        }

        #[test]
        fn extending_adds_exactly_its_length(presses in proptest::collection::vec(press(), 0..20)) {
            let mut routine = Routine::start(&builtin()[2], Mono::ZERO);
            let now = play(&mut routine, &presses);
            routine.pause(now);
            let before = routine.remaining(now);
            if routine.phase(now) != Phase::Done {
                routine.extend(now, EXTENSION);
                prop_assert_eq!(routine.remaining(now), before + EXTENSION);
            }
        }
    }
}
