//! One stretch session as timed phases: get into position, hold, switch sides, hold the other
//! side, come out, done.
//!
//! Getting into position is not holding. A session starts with the *setup*: every step that
//! brings the user into position, with its own countdown ([`Stretch::setup`]) that starts the
//! hold by itself when it runs out, or earlier when the user says "I'm in position"
//! ([`Routine::in_position`]). Only then does the *hold* clock run. A two-sided stretch then
//! *switches* (the other side's setup, [`Stretch::switch`] long, also ended by "I'm in
//! position") and holds again; every stretch ends by *coming out* slowly
//! ([`Stretch::come_out`]). A one-sided stretch is setup, hold, come out.
//!
//! The first moments of a hold are guarded ([`HOLD_GUARD`]): a key pressed twice to say "I'm in
//! position" must not also pause or end the hold it just started.
//!
//! At the end the session is judged honestly ([`Outcome`]): it is *done* only when every side
//! was held at least four fifths of its planned hold; time added with "+15 s" makes the hold
//! longer but does not raise that bar. Less is *stopped early*, with the seconds held per side.
//!
//! The routine is pure: every operation takes the monotonic time, so the window can ask "what
//! should I show now?" and "when does that next change?" and sleep until then. Pausing stops the
//! clock of the current phase; nothing counts as held while paused.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::catalog::{Side, Stretch};
use super::clock::Mono;
use super::history::EventKind;

/// What the "+15 s" button adds to the current phase.
pub const EXTENSION: Duration = Duration::from_secs(15);
/// Half a breath: "Breathe in…" this long, then "Breathe out…" as long, about six breaths a
/// minute, the calm pace of slow stretching.
pub const BREATH: Duration = Duration::from_secs(5);
/// How long after a hold starts pausing, skipping and finishing do nothing, so the key that
/// said "I'm in position" cannot end or pause the hold it started.
pub const HOLD_GUARD: Duration = Duration::from_millis(1500);

/// What the user is doing now. Phases that concern one side name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Getting into position for the first hold (`None`: a one-sided stretch).
    Setup(Option<Side>),
    /// Holding this side (`None`: the one hold of a one-sided stretch). The only phase the hold
    /// clock counts.
    Hold(Option<Side>),
    /// Coming out of the first side and getting into position for this one.
    Switch(Side),
    /// Coming out of the stretch, slowly.
    ComeOut,
    Done,
}

impl Phase {
    /// Whether time in this phase counts as holding.
    pub fn is_hold(self) -> bool {
        matches!(self, Phase::Hold(_))
    }

    /// Whether the user is getting into position, which "I'm in position" ends.
    pub fn is_getting_into_position(self) -> bool {
        matches!(self, Phase::Setup(_) | Phase::Switch(_))
    }

    /// The side this phase is about, if any.
    pub fn side(self) -> Option<Side> {
        match self {
            Phase::Setup(side) | Phase::Hold(side) => side,
            Phase::Switch(side) => Some(side),
            Phase::ComeOut | Phase::Done => None,
        }
    }
}

/// Which half of a breath to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breath {
    In,
    Out,
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
    /// Time held in each hold already left, in the order held (one slot per hold).
    held_before: Vec<Duration>,
    /// The planned hold of each side: what "done" is measured against.
    hold: Duration,
}

impl Routine {
    /// A routine that starts counting at `now`, with the setup.
    pub fn start(stretch: &Stretch, now: Mono) -> Routine {
        let mut routine = Routine::ready(stretch, now);
        routine.run = Run::Running;
        routine
    }

    /// A routine waiting for the user to press Start.
    pub fn ready(stretch: &Stretch, now: Mono) -> Routine {
        let plan = match stretch.side_order() {
            [first, second, ..] => vec![
                (Phase::Setup(Some(*first)), stretch.setup),
                (Phase::Hold(Some(*first)), stretch.hold),
                (Phase::Switch(*second), stretch.switch),
                (Phase::Hold(Some(*second)), stretch.hold),
                (Phase::ComeOut, stretch.come_out),
            ],
            _ => vec![
                (Phase::Setup(None), stretch.setup),
                (Phase::Hold(None), stretch.hold),
                (Phase::ComeOut, stretch.come_out),
            ],
        };
        let holds = plan.iter().filter(|(phase, _)| phase.is_hold()).count();
        Routine {
            plan,
            index: 0,
            phase_started: now,
            run: Run::Ready,
            held_before: vec![Duration::ZERO; holds],
            hold: stretch.hold,
        }
    }

    /// The planned length of the whole session, setup and come-out included, without pauses,
    /// extensions or an early "I'm in position".
    pub fn total(&self) -> Duration {
        self.plan.iter().map(|(_, length)| *length).sum()
    }

    /// The planned hold of each side.
    pub fn planned_hold(&self) -> Duration {
        self.hold
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

    /// "I'm in position": ends the setup or the switch and starts the hold now, paused or not.
    pub fn in_position(&mut self, now: Mono) {
        self.advance(now);
        if matches!(self.run, Run::Running | Run::Paused(_))
            && self.current_phase().is_getting_into_position()
        {
            let elapsed = self.elapsed(now);
            self.leave_phase(elapsed, self.clock(now));
            self.resume(now);
        }
    }

    pub fn pause(&mut self, now: Mono) {
        self.advance(now);
        if self.run == Run::Running && !self.guarded(now) {
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

    /// Adds `by` to the current phase. A longer hold is welcome, but "done" is still measured
    /// against the planned hold.
    pub fn extend(&mut self, now: Mono, by: Duration) {
        self.advance(now);
        if self.is_finished() {
            return;
        }
        if let Some((_, length)) = self.plan.get_mut(self.index) {
            *length = length.saturating_add(by);
        }
    }

    /// Moves on to the next phase at once (not in the first moments of a hold).
    pub fn skip_phase(&mut self, now: Mono) {
        self.advance(now);
        if self.is_finished() || self.guarded(now) {
            return;
        }
        let elapsed = self.elapsed(now);
        self.leave_phase(elapsed, self.clock(now));
    }

    /// "Done": from a hold or a switch, straight to coming out (the holds end here); from the
    /// setup or the come-out, the end. Not in the first moments of a hold.
    pub fn finish(&mut self, now: Mono) {
        self.advance(now);
        if self.is_finished() || self.guarded(now) {
            return;
        }
        let come_out = self.plan.len() - 1;
        match self.current_phase() {
            Phase::Hold(_) | Phase::Switch(_) => {
                self.bank(self.elapsed(now));
                self.index = come_out;
                self.phase_started = now;
                self.run = Run::Running;
            }
            Phase::Setup(_) | Phase::ComeOut | Phase::Done => {
                self.run = Run::Finished { completed: true }
            }
        }
    }

    /// Ends the session now, as cancelled (the window closed).
    pub fn cancel(&mut self, now: Mono) {
        self.advance(now);
        if self.is_finished() {
            return;
        }
        self.bank(self.elapsed(now));
        self.run = Run::Finished { completed: false };
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

    /// Time spent in the current phase, pauses excluded.
    pub fn elapsed_in_phase(&self, now: Mono) -> Duration {
        self.settled(now).elapsed(now)
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

    /// Time actually spent holding, over all sides, pauses excluded.
    pub fn held(&self, now: Mono) -> Duration {
        self.held_per_side(now).into_iter().sum()
    }

    /// Time actually spent holding each side, in the order held (one entry for a one-sided
    /// stretch).
    pub fn held_per_side(&self, now: Mono) -> Vec<Duration> {
        let settled = self.settled(now);
        let mut held = settled.held_before.clone();
        if !settled.is_finished() && settled.current_phase().is_hold() {
            held[settled.hold_slot(settled.index)] += settled.elapsed(now);
        }
        held
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.run, Run::Finished { .. })
    }

    /// Whether `now` is in the first running moments of a hold, when pausing, skipping and
    /// finishing do nothing.
    pub fn guarded(&self, now: Mono) -> bool {
        let settled = self.settled(now);
        settled.run == Run::Running
            && settled.current_phase().is_hold()
            && settled.elapsed(now) < HOLD_GUARD
    }

    /// The half-breath to take now, during a hold: in for [`BREATH`], out for as long, from the
    /// moment the hold starts.
    pub fn breath(&self, now: Mono) -> Option<Breath> {
        let settled = self.settled(now);
        if settled.is_finished() || !settled.current_phase().is_hold() {
            return None;
        }
        let halves = settled.elapsed(now).as_millis() / BREATH.as_millis();
        Some(if halves.is_multiple_of(2) {
            Breath::In
        } else {
            Breath::Out
        })
    }

    /// When what the window shows next changes (the countdown's second, the breath, or a
    /// phase): the window sleeps until then. None while nothing counts.
    pub fn next_change(&self, now: Mono) -> Option<Mono> {
        let settled = self.settled(now);
        if settled.run != Run::Running {
            return None;
        }
        let remaining = settled.remaining(now);
        let into_second = remaining.subsec_nanos();
        let mut wait = if into_second == 0 {
            Duration::from_secs(1)
        } else {
            Duration::from_nanos(u64::from(into_second))
        };
        if settled.current_phase().is_hold() {
            let into_breath = settled.elapsed(now).as_nanos() % BREATH.as_nanos();
            let to_next_breath = BREATH.as_nanos() - into_breath;
            wait = wait.min(Duration::from_nanos(
                u64::try_from(to_next_breath).unwrap_or(u64::MAX),
            ));
        }
        Some(now + wait.min(remaining.max(Duration::from_millis(1))))
    }

    /// How the session ended, judged from the time held on each side; one that has not ended
    /// yet counts as closed now.
    pub fn outcome(&self, now: Mono) -> Outcome {
        Outcome::judge(self.ended(now), self.hold, self.held_before.len())
    }

    /// How the session ended, as it stands at `now`: the account the window reports.
    fn ended(&self, now: Mono) -> Ended {
        let settled = self.settled(now);
        let sides_secs: Vec<u64> = settled
            .held_per_side(now)
            .iter()
            .map(Duration::as_secs)
            .collect();
        Ended {
            done: settled.run == (Run::Finished { completed: true }),
            held_secs: sides_secs.iter().sum(),
            sides_secs,
        }
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

    /// Which hold the phase at `index` is: 0 for the first, 1 for the second.
    fn hold_slot(&self, index: usize) -> usize {
        self.plan[..index]
            .iter()
            .filter(|(phase, _)| phase.is_hold())
            .count()
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

    /// Adds `spent` in the current phase to its side's held time, if it is a hold.
    fn bank(&mut self, spent: Duration) {
        if self.current_phase().is_hold() {
            let slot = self.hold_slot(self.index);
            self.held_before[slot] += spent;
        }
    }

    fn leave_phase(&mut self, spent: Duration, at: Mono) {
        self.bank(spent);
        self.index += 1;
        self.phase_started = at;
        if self.index >= self.plan.len() {
            self.run = Run::Finished { completed: true };
        } else if let Run::Paused(_) = self.run {
            self.run = Run::Paused(at);
        }
    }
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Every side was held long enough ([`held_enough`]).
    Done,
    /// The session reached its end (it ran out, or the user pressed Done) with a side held less.
    StoppedEarly,
    /// The window was closed before the end.
    Cancelled,
}

/// How a stretch ended, as its window saw it: whether the routine reached its end, and the
/// seconds held. The one account of a stretch's end from the timer window, over the socket
/// (`WindowEnded`), to the engine, which judges it against the catalogue ([`Outcome::judge`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ended {
    /// The routine reached its end (it ran out, or the user pressed Done) rather than the window
    /// closing before.
    pub done: bool,
    /// Whole seconds held over all sides.
    pub held_secs: u64,
    /// Whole seconds held on each side, in the order held; empty when not said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sides_secs: Vec<u64>,
}

impl Ended {
    /// Closed before the end, having held `held_secs`.
    pub fn closed(held_secs: u64) -> Ended {
        Ended {
            done: false,
            held_secs,
            sides_secs: Vec::new(),
        }
    }

    /// The same account holding at most `limit` (rounded up to whole seconds), in all and on
    /// each side.
    pub fn held_at_most(self, limit: Duration) -> Ended {
        let limit = limit.as_secs() + u64::from(limit.subsec_nanos() > 0);
        Ended {
            done: self.done,
            held_secs: self.held_secs.min(limit),
            sides_secs: self
                .sides_secs
                .into_iter()
                .map(|side| side.min(limit))
                .collect(),
        }
    }
}

/// A session's end, judged: what history records and the window says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub ending: Ending,
    /// Whole seconds held over all sides.
    pub held_secs: u64,
    /// Whole seconds held on each side in the order held; empty when not known (a report that
    /// gave none, or one that did not add up).
    pub sides_secs: Vec<u64>,
    /// The planned hold of each side.
    pub hold: Duration,
}

impl Outcome {
    /// Judges the account of a session of `sides` holds of `hold` each. Without a per-side
    /// account that adds up, the total is judged against the total planned hold.
    pub fn judge(ended: Ended, hold: Duration, sides: usize) -> Outcome {
        let Ended {
            done: finished,
            held_secs,
            sides_secs,
        } = ended;
        let adds_up = sides_secs.len() == sides
            && sides_secs
                .iter()
                .try_fold(0u64, |sum, side| sum.checked_add(*side))
                == Some(held_secs);
        let sides_secs = if adds_up { sides_secs } else { Vec::new() };
        let long_enough = if adds_up {
            sides_secs.iter().all(|side| held_enough(hold, *side))
        } else {
            let planned = hold.saturating_mul(u32::try_from(sides.max(1)).unwrap_or(u32::MAX));
            held_enough(planned, held_secs)
        };
        let ending = match (finished, long_enough) {
            (false, _) => Ending::Cancelled,
            (true, true) => Ending::Done,
            (true, false) => Ending::StoppedEarly,
        };
        Outcome {
            ending,
            held_secs,
            sides_secs,
            hold,
        }
    }

    /// The account of this outcome, as the window reports it.
    pub fn ended(&self) -> Ended {
        Ended {
            done: self.ending != Ending::Cancelled,
            held_secs: self.held_secs,
            sides_secs: self.sides_secs.clone(),
        }
    }

    /// The history record of this outcome for `stretch`.
    pub fn record(&self, stretch: String) -> EventKind {
        let held_secs = self.held_secs;
        match self.ending {
            Ending::Done => EventKind::Done { stretch, held_secs },
            Ending::StoppedEarly => EventKind::StoppedEarly {
                stretch,
                held_secs,
                sides_secs: self.sides_secs.clone(),
                hold_secs: self.hold.as_secs(),
            },
            Ending::Cancelled => EventKind::Cancelled { stretch, held_secs },
        }
    }
}

/// Whether holding `held_secs` whole seconds of a planned `hold` counts: at least four fifths of
/// it. Whole seconds, so the window and the daemon, which hears whole seconds, always agree.
pub fn held_enough(hold: Duration, held_secs: u64) -> bool {
    let held = Duration::from_secs(held_secs);
    held.saturating_mul(5) >= hold.saturating_mul(4)
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

    fn ms(ms: u64) -> Mono {
        Mono::from_duration(Duration::from_millis(ms))
    }

    /// The chair figure four started at 0: 10 s setup, 30 s each side, 10 s switch, 5 s out.
    fn figure_four() -> Routine {
        Routine::start(&stretch("seated-figure-four-chair"), at(0))
    }

    const RIGHT: Option<Side> = Some(Side::Right);
    const LEFT: Option<Side> = Some(Side::Left);

    #[test]
    fn a_two_sided_stretch_goes_setup_hold_switch_hold_come_out_done() {
        // Pigeon: 45 s to get into position, 45 s holds, 30 s to switch, 10 s to come out.
        let routine = Routine::start(&stretch("pigeon-pose"), at(0));
        assert_eq!(routine.phase(at(0)), Phase::Setup(RIGHT));
        assert_eq!(routine.phase(at(44)), Phase::Setup(RIGHT));
        assert_eq!(routine.phase(at(45)), Phase::Hold(RIGHT));
        assert_eq!(routine.phase(at(90)), Phase::Switch(Side::Left));
        assert_eq!(routine.phase(at(120)), Phase::Hold(LEFT));
        assert_eq!(routine.phase(at(165)), Phase::ComeOut);
        assert_eq!(routine.phase(at(175)), Phase::Done);
        assert_eq!(routine.total(), secs(175));
        assert_eq!(routine.held(at(200)), secs(90));
        assert_eq!(routine.held_per_side(at(200)), [secs(45), secs(45)]);
    }

    #[test]
    fn a_single_sided_stretch_has_no_switch() {
        // Standing forward fold: 20 s setup (standing), 30 s hold, 8 s to roll up.
        let routine = Routine::start(&stretch("standing-forward-fold"), at(0));
        assert_eq!(routine.phase(at(0)), Phase::Setup(None));
        assert_eq!(routine.phase(at(20)), Phase::Hold(None));
        assert_eq!(routine.phase(at(50)), Phase::ComeOut);
        assert_eq!(routine.phase(at(58)), Phase::Done);
        assert_eq!(routine.total(), secs(58));
        assert_eq!(routine.held_per_side(at(60)), [secs(30)]);
    }

    #[test]
    fn the_setup_holds_nothing_however_long_it_lasts() {
        let routine = figure_four();
        assert_eq!(routine.held(at(9)), Duration::ZERO);
        assert_eq!(routine.held(at(12)), secs(2));
    }

    #[test]
    fn in_position_starts_the_hold_at_once() {
        let mut routine = figure_four();
        routine.in_position(at(3));
        assert_eq!(routine.phase(at(3)), Phase::Hold(RIGHT));
        assert_eq!(routine.remaining(at(3)), secs(30));
        assert_eq!(routine.held(at(13)), secs(10));
        // The switch ends the same way.
        assert_eq!(routine.phase(at(33)), Phase::Switch(Side::Left));
        routine.in_position(at(35));
        assert_eq!(routine.phase(at(35)), Phase::Hold(LEFT));
        assert_eq!(routine.held_per_side(at(40)), [secs(30), secs(5)]);
    }

    #[test]
    fn in_position_means_nothing_outside_the_setup_and_the_switch() {
        let mut routine = figure_four();
        routine.in_position(at(12));
        assert_eq!(routine.phase(at(12)), Phase::Hold(RIGHT));
        assert_eq!(routine.remaining(at(12)), secs(28));
        let mut ready = Routine::ready(&stretch("seated-figure-four-chair"), at(0));
        ready.in_position(at(1));
        assert_eq!(ready.run(), Run::Ready);
    }

    #[test]
    fn in_position_while_paused_starts_the_hold_running() {
        let mut routine = figure_four();
        routine.pause(at(2));
        routine.in_position(at(60));
        assert_eq!(routine.run(), Run::Running);
        assert_eq!(routine.held(at(65)), secs(5));
    }

    #[test]
    fn the_first_moments_of_a_hold_ignore_pause_skip_and_done() {
        let mut routine = figure_four();
        routine.in_position(ms(2000));
        // The same key pressed again 0.3 s later, then Done and Skip within the guard.
        routine.toggle_pause(ms(2300));
        routine.finish(ms(2600));
        routine.skip_phase(ms(3400));
        assert_eq!(routine.run(), Run::Running);
        assert_eq!(routine.phase(ms(3400)), Phase::Hold(RIGHT));
        assert!(routine.guarded(ms(3499)));
        assert!(!routine.guarded(ms(3500)));
        // After the guard they work.
        routine.toggle_pause(ms(3500));
        assert_eq!(routine.run(), Run::Paused(ms(3500)));
    }

    #[test]
    fn the_guard_comes_with_every_hold_however_it_starts() {
        let mut routine = figure_four();
        // The setup runs out at 10 s; the hold starts by itself.
        routine.finish(ms(10_500));
        assert_eq!(routine.phase(ms(10_500)), Phase::Hold(RIGHT));
        // The second side.
        assert!(routine.guarded(at(50)));
        assert!(!routine.guarded(at(49)));
    }

    #[test]
    fn done_in_a_hold_goes_to_coming_out_and_then_ends() {
        let mut routine = figure_four();
        routine.finish(at(20));
        assert_eq!(routine.phase(at(20)), Phase::ComeOut);
        assert_eq!(routine.remaining(at(20)), secs(5));
        assert_eq!(routine.held(at(24)), secs(10));
        assert_eq!(routine.phase(at(25)), Phase::Done);
        assert_eq!(routine.run(), Run::Running);
        let mut pressed_twice = routine.clone();
        pressed_twice.finish(at(22));
        assert_eq!(pressed_twice.run(), Run::Finished { completed: true });
        assert_eq!(pressed_twice.held(at(99)), secs(10));
    }

    #[test]
    fn remaining_counts_down_within_a_phase() {
        let routine = figure_four();
        assert_eq!(routine.remaining(at(2)), secs(8));
        assert_eq!(routine.remaining(at(15)), secs(25));
    }

    #[test]
    fn a_ready_routine_waits_for_start() {
        let mut routine = Routine::ready(&stretch("pigeon-pose"), at(0));
        assert_eq!(routine.phase(at(100)), Phase::Setup(RIGHT));
        assert_eq!(routine.next_change(at(100)), None);
        routine.begin(at(100));
        assert_eq!(routine.phase(at(145)), Phase::Hold(RIGHT));
    }

    #[test]
    fn pausing_stops_the_clock() {
        let mut routine = figure_four();
        routine.pause(at(15));
        assert_eq!(routine.remaining(at(100)), secs(25));
        assert_eq!(routine.held(at(100)), secs(5));
        routine.resume(at(100));
        assert_eq!(routine.remaining(at(101)), secs(24));
    }

    #[test]
    fn extending_adds_fifteen_seconds_to_the_phase() {
        let mut routine = figure_four();
        routine.extend(at(15), EXTENSION);
        assert_eq!(routine.remaining(at(15)), secs(40));
    }

    #[test]
    fn skipping_moves_on_and_counts_what_was_held() {
        let mut routine = figure_four();
        routine.skip_phase(at(2));
        assert_eq!(routine.phase(at(2)), Phase::Hold(RIGHT));
        routine.skip_phase(at(12));
        assert_eq!(routine.phase(at(12)), Phase::Switch(Side::Left));
        assert_eq!(routine.held(at(12)), secs(10));
    }

    #[test]
    fn cancelling_freezes_the_time_held() {
        let mut cancelled = figure_four();
        cancelled.cancel(at(25));
        assert_eq!(cancelled.run(), Run::Finished { completed: false });
        assert_eq!(cancelled.held(at(500)), secs(15));
    }

    #[test]
    fn breathing_alternates_every_five_seconds_of_the_hold_only() {
        let routine = figure_four();
        assert_eq!(routine.breath(at(5)), None);
        assert_eq!(routine.breath(at(10)), Some(Breath::In));
        assert_eq!(routine.breath(ms(14_999)), Some(Breath::In));
        assert_eq!(routine.breath(at(15)), Some(Breath::Out));
        assert_eq!(routine.breath(at(20)), Some(Breath::In));
        assert_eq!(routine.breath(at(40)), None);
    }

    #[test]
    fn the_window_wakes_when_the_second_or_the_breath_changes() {
        let routine = figure_four();
        let now = Mono::from_micros(2_300_000);
        assert_eq!(routine.next_change(now), Some(Mono::from_micros(3_000_000)));
        // A custom hold of 30.5 s: seconds tick at .5, breaths turn on whole seconds.
        let mut odd = stretch("seated-figure-four-chair");
        odd.hold = Duration::from_millis(30_500);
        let routine = Routine::start(&odd, at(0));
        assert_eq!(routine.next_change(ms(14_800)), Some(ms(15_000)));
        assert_eq!(routine.next_change(ms(15_000)), Some(ms(15_500)));
    }

    #[test]
    fn a_full_hold_on_every_side_is_done() {
        let routine = Routine::start(&stretch("pigeon-pose"), at(0));
        let outcome = routine.outcome(at(175));
        assert_eq!(outcome.ending, Ending::Done);
        assert_eq!((outcome.held_secs, outcome.sides_secs), (90, vec![45, 45]));
    }

    #[test]
    fn a_session_not_ended_counts_as_closed_now() {
        let routine = Routine::start(&stretch("standing-forward-fold"), at(0));
        let outcome = routine.outcome(at(35));
        assert_eq!((outcome.ending, outcome.held_secs), (Ending::Cancelled, 15));
    }

    #[test]
    fn a_short_side_is_stopped_early_with_the_seconds_per_side() {
        // 12 s on the right, skipped; the full hold on the left.
        let mut routine = figure_four();
        routine.in_position(at(0));
        routine.skip_phase(at(12));
        routine.in_position(at(13));
        let end = at(13 + 30 + 5);
        let outcome = routine.outcome(end);
        assert_eq!(outcome.ending, Ending::StoppedEarly);
        assert_eq!(outcome.sides_secs, [12, 30]);
        assert_eq!(
            outcome.record("seated-figure-four-chair".into()),
            EventKind::StoppedEarly {
                stretch: "seated-figure-four-chair".into(),
                held_secs: 42,
                sides_secs: vec![12, 30],
                hold_secs: 30,
            }
        );
    }

    #[test]
    fn four_fifths_of_the_planned_hold_is_enough_and_extensions_do_not_raise_the_bar() {
        assert!(held_enough(secs(30), 24));
        assert!(!held_enough(secs(30), 23));
        assert!(held_enough(secs(45), 36));
        assert!(!held_enough(Duration::from_millis(30_500), 24));
        let mut routine = Routine::start(&stretch("standing-forward-fold"), at(0));
        routine.in_position(at(0));
        routine.extend(at(5), EXTENSION);
        routine.finish(at(24));
        routine.finish(at(25));
        assert_eq!(routine.outcome(at(25)).ending, Ending::Done);
    }

    #[test]
    fn a_report_that_does_not_add_up_is_judged_on_its_total() {
        let ended = |done, held_secs, sides_secs| Ended {
            done,
            held_secs,
            sides_secs,
        };
        let judged = Outcome::judge(ended(true, 3, vec![30, 30]), secs(30), 2);
        assert_eq!(judged.ending, Ending::StoppedEarly);
        assert!(judged.sides_secs.is_empty());
        let older_window = Outcome::judge(ended(true, 60, Vec::new()), secs(30), 2);
        assert_eq!(older_window.ending, Ending::Done);
        let closed = Outcome::judge(ended(false, 30, vec![30]), secs(30), 1);
        assert_eq!(closed.ending, Ending::Cancelled);
        let absurd = Outcome::judge(ended(true, u64::MAX, vec![u64::MAX, 1]), secs(30), 2);
        assert_eq!(absurd.sides_secs, Vec::<u64>::new());
        assert_eq!(judged.ended(), ended(true, 3, Vec::new()));
        assert_eq!(closed.ended(), ended(false, 30, vec![30]));
    }

    /// Something the user can do in the window.
    #[derive(Clone, Debug)]
    enum Press {
        Wait(u64),
        Pause,
        Resume,
        Extend,
        Skip,
        InPosition,
        Done,
    }

    fn press() -> impl Strategy<Value = Press> {
        prop_oneof![
            6 => (1u64..20_000).prop_map(Press::Wait),
            1 => Just(Press::Pause),
            1 => Just(Press::Resume),
            1 => Just(Press::Extend),
            1 => Just(Press::Skip),
            2 => Just(Press::InPosition),
            1 => Just(Press::Done),
        ]
    }

    fn presses() -> impl Strategy<Value = Vec<Press>> {
        proptest::collection::vec(press(), 0..40)
    }

    fn any_stretch() -> impl Strategy<Value = Stretch> {
        proptest::sample::select(builtin())
    }

    /// The longest a wait is cut into: shorter than any phase, so no phase fits inside one step.
    const STEP: Duration = Duration::from_secs(1);

    /// Plays `presses`, calling `check(before, after, dt)` around every step of waiting and
    /// `(before, after, 0)` around every press. Returns the time at the end.
    fn play(
        routine: &mut Routine,
        presses: &[Press],
        mut check: impl FnMut(&Routine, &Routine, Mono, Duration),
    ) -> Mono {
        let mut now = Mono::ZERO;
        for press in presses {
            let before = routine.clone();
            match press {
                Press::Wait(ms) => {
                    let end = now + Duration::from_millis(*ms);
                    while now < end {
                        let step = end.saturating_since(now).min(STEP);
                        let before = routine.clone();
                        now = now + step;
                        check(&before, routine, now, step);
                    }
                    continue;
                }
                Press::Pause => routine.pause(now),
                Press::Resume => routine.resume(now),
                Press::Extend => routine.extend(now, EXTENSION),
                Press::Skip => routine.skip_phase(now),
                Press::InPosition => routine.in_position(now),
                Press::Done => routine.finish(now),
            }
            check(&before, routine, now, Duration::ZERO);
        }
        now
    }

    /// The first moment from `now` on outside a hold's guard.
    fn past_guard(routine: &Routine, mut now: Mono) -> Mono {
        while routine.guarded(now) {
            now = now + Duration::from_millis(100);
        }
        now
    }

    proptest! {
        /// Setup, switch and come-out never count as holding, whatever the user presses: the
        /// time held grows by exactly the time spent running in a hold, and never otherwise.
        #[test]
        fn the_hold_clock_runs_only_while_holding(stretch in any_stretch(), presses in presses()) {
            let mut routine = Routine::start(&stretch, Mono::ZERO);
            let mut failure = None;
            play(&mut routine, &presses, |before, after, now, dt| {
                let earlier = now.saturating_sub(dt);
                let grown = after.held(now).saturating_sub(before.held(earlier));
                let phase_before = before.phase(earlier);
                let phase_after = after.phase(now);
                // Judged by the phase itself, not by `Phase::is_hold`, which is under test too.
                let holding = |phase: Phase| matches!(phase, Phase::Hold(_));
                let running = before.settled(earlier).run == Run::Running
                    && after.settled(now).run == Run::Running;
                let problem = if after.held(now) < before.held(earlier) {
                    Some("held time went down")
                } else if grown > dt {
                    Some("held more than the time that passed")
                } else if !holding(phase_before) && !holding(phase_after) && !grown.is_zero() {
                    Some("held time grew outside a hold")
                } else if running && holding(phase_before) && phase_before == phase_after && grown != dt {
                    Some("a running hold did not count")
                } else {
                    None
                };
                if let (Some(problem), None) = (problem, &failure) {
                    failure = Some(format!(
                        "{problem} at {now:?}: {phase_before:?} -> {phase_after:?}, grew {grown:?} in {dt:?}"
                    ));
                }
            });
            prop_assert!(failure.is_none(), "{}", failure.unwrap_or_default());
        }

        #[test]
        fn uninterrupted_the_phases_follow_the_plan_and_hold_exactly_the_planned_time(stretch in any_stretch()) {
            let routine = Routine::start(&stretch, Mono::ZERO);
            let expected = stretch.setup + stretch.total_hold() + stretch.switch + stretch.come_out;
            prop_assert_eq!(routine.total(), expected);
            let end = Mono::ZERO + expected;
            prop_assert_eq!(routine.phase(end), Phase::Done);
            prop_assert_ne!(routine.phase(end.saturating_sub(Duration::from_millis(1))), Phase::Done);
            prop_assert_eq!(routine.held(end), stretch.total_hold());
            prop_assert_eq!(routine.held(Mono::ZERO + stretch.setup), Duration::ZERO);
            let outcome = routine.outcome(end);
            prop_assert_eq!(outcome.ending, Ending::Done);
        }

        /// A "done" is never given for less than four fifths of the planned hold on any side,
        /// and always given for a session that ran to its end with that much on every side.
        #[test]
        fn done_means_four_fifths_of_the_planned_hold_on_every_side(
            stretch in any_stretch(),
            presses in presses(),
            quit in any::<bool>(),
        ) {
            let mut routine = Routine::start(&stretch, Mono::ZERO);
            let mut now = play(&mut routine, &presses, |_, _, _, _| {});
            // Closing the window means something only before the end.
            routine.advance(now);
            let quit = quit && !routine.is_finished();
            if quit {
                routine.cancel(now);
            } else {
                // Let it run out, resuming if paused.
                routine.resume(now);
                now = now + routine.total() + EXTENSION * 40;
                routine.advance(now);
            }
            let outcome = routine.outcome(now);
            let sides: Vec<u64> = routine.held_per_side(now).iter().map(Duration::as_secs).collect();
            let enough = sides.iter().all(|side| Duration::from_secs(*side) * 5 >= stretch.hold * 4);
            prop_assert_eq!(sides.len(), stretch.sides() as usize);
            match outcome.ending {
                Ending::Done => prop_assert!(enough && !quit, "{:?}", sides),
                Ending::StoppedEarly => prop_assert!(!enough && !quit, "{:?}", sides),
                Ending::Cancelled => prop_assert!(quit),
            }
            prop_assert_eq!(outcome.held_secs, sides.iter().sum::<u64>());
        }

        #[test]
        fn a_pause_of_any_length_never_changes_the_time_held(
            stretch in any_stretch(),
            presses in presses(),
            pause in 0u64..1_000_000,
        ) {
            let mut routine = Routine::start(&stretch, Mono::ZERO);
            let now = play(&mut routine, &presses, |_, _, _, _| {});
            let now = past_guard(&routine, now);
            routine.pause(now);
            let held = routine.held(now);
            let later = now + Duration::from_millis(pause);
            prop_assert_eq!(routine.held(later), held);
            prop_assert_eq!(routine.phase(later), routine.phase(now));
        }

        #[test]
        fn skipping_always_moves_forward_once_the_guard_is_over(stretch in any_stretch(), presses in presses()) {
            let mut routine = Routine::start(&stretch, Mono::ZERO);
            let now = play(&mut routine, &presses, |_, _, _, _| {});
            let now = past_guard(&routine, now);
            let before = routine.phase(now);
            routine.skip_phase(now);
            if before != Phase::Done {
                prop_assert_ne!(routine.phase(now), before);
            }
        }

        #[test]
        fn extending_adds_exactly_its_length(stretch in any_stretch(), presses in presses()) {
            let mut routine = Routine::start(&stretch, Mono::ZERO);
            let now = play(&mut routine, &presses, |_, _, _, _| {});
            let now = past_guard(&routine, now);
            routine.pause(now);
            let before = routine.remaining(now);
            if routine.phase(now) != Phase::Done {
                routine.extend(now, EXTENSION);
                prop_assert_eq!(routine.remaining(now), before + EXTENSION);
            }
        }
    }
}
