//! What the window shows at one moment, as data: the words, the countdown, the buttons. Pure,
//! so every screen a stretch can have is known before the window opens (the window is sized to
//! the largest) and can be checked in tests.
//!
//! The screens: ready (waiting for Start), get into position (every setup step, numbered, the
//! side named, and "I'm in position"), hold (the hold cue, the breathing pace, the countdown
//! counting only the hold), switch sides (the new side named, its setup steps), come out (how to
//! come out slowly), and the end (done or stopped early, said kindly). Every screen carries all
//! the cautions.

use std::time::Duration;

use crate::core::catalog::Stretch;
use crate::core::clock::Mono;
use crate::core::progression::Progress;
use crate::core::routine::{Breath, Ending, Outcome, Phase, Routine, Run, EXTENSION};

use super::text::Direction;
use super::words;
use crate::t;

/// What a button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    /// "I'm in position": ends the setup or the switch.
    InPosition,
    TogglePause,
    Extend,
    Skip,
    Done,
    Close,
}

/// The label of `action`'s button; `paused`: the stretch is paused (Pause says Resume).
pub fn label(action: Action, paused: bool) -> String {
    match action {
        Action::Start => t!("window-button-start"),
        Action::InPosition => t!("window-button-in-position"),
        Action::TogglePause if paused => t!("window-button-resume"),
        Action::TogglePause => t!("window-button-pause"),
        Action::Extend => t!("window-button-extend", seconds = EXTENSION.as_secs()),
        Action::Skip => t!("window-button-skip"),
        Action::Done => t!("window-button-done"),
        Action::Close => t!("window-button-close"),
    }
}

/// Where the routine stands, as far as the screen is concerned.
#[derive(Clone, Debug, PartialEq)]
pub enum Moment {
    /// Waiting for Start.
    Ready,
    Running {
        phase: Phase,
        paused: bool,
        remaining: Duration,
        /// How far through the phase, 0 to 1.
        progress: f32,
        breath: Option<Breath>,
    },
    Ended(Outcome),
}

impl Moment {
    /// Where `routine` stands at `now`.
    pub fn of(routine: &Routine, now: Mono) -> Moment {
        match routine.run() {
            Run::Ready => Moment::Ready,
            Run::Finished { .. } => Moment::Ended(routine.outcome(now)),
            run @ (Run::Running | Run::Paused(_)) => Moment::Running {
                phase: routine.phase(now),
                paused: matches!(run, Run::Paused(_)),
                remaining: routine.remaining(now),
                progress: routine.phase_progress(now),
                breath: routine.breath(now),
            },
        }
    }
}

/// The main text under the picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Numbered steps.
    Steps(Vec<String>),
    Text(String),
}

/// One screen's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    pub title: String,
    pub subtitle: String,
    /// The large number in the ring, or a word.
    pub countdown: String,
    /// Under the ring: the breath to take, what the countdown counts, or "Paused".
    pub caption: String,
    pub progress: f32,
    /// What to do now, naming the side.
    pub heading: String,
    pub body: Body,
    pub cautions: Vec<String>,
    pub actions: Vec<Action>,
    /// Which way the window reads.
    pub direction: Direction,
}

/// The stretch a window shows and what it needs to say about it.
pub struct Shown<'a> {
    pub stretch: &'a Stretch,
    pub progress: &'a Progress,
    /// Stretches done today before this one.
    pub done_today: u32,
}

/// The screen for `moment`.
pub fn screen(shown: &Shown<'_>, moment: &Moment) -> Screen {
    let stretch = shown.stretch;
    let cautions = stretch.all_cautions().map(str::to_string).collect();
    let setup = |side| Body::Steps(stretch.steps_for(side));
    let direction = crate::wording::current().direction();
    match moment {
        Moment::Ready => {
            let first = stretch.side_order().first().copied();
            Screen {
                title: stretch.name.clone(),
                subtitle: words::where_and_how_long(stretch, shown.progress),
                countdown: words::countdown(stretch.setup),
                caption: t!("window-ready"),
                progress: 0.0,
                heading: words::phase(Phase::Setup(first)),
                body: setup(first),
                cautions,
                actions: vec![Action::Start, Action::Close],
                direction,
            }
        }
        Moment::Running {
            phase,
            paused,
            remaining,
            progress,
            breath,
        } => {
            let (body, caption, actions) = match phase {
                Phase::Setup(side) => (
                    setup(*side),
                    t!("window-until-hold"),
                    vec![Action::TogglePause, Action::Extend, Action::InPosition],
                ),
                Phase::Switch(side) => (
                    setup(Some(*side)),
                    t!("window-until-hold"),
                    vec![Action::TogglePause, Action::Extend, Action::InPosition],
                ),
                Phase::Hold(side) => (
                    Body::Text(stretch.hold_cue_for(*side)),
                    breath.map(words::breath).unwrap_or_default(),
                    vec![
                        Action::TogglePause,
                        Action::Extend,
                        Action::Skip,
                        Action::Done,
                    ],
                ),
                Phase::ComeOut | Phase::Done => (
                    Body::Text(stretch.release.clone()),
                    t!("window-until-come-out"),
                    vec![Action::TogglePause, Action::Done],
                ),
            };
            Screen {
                title: stretch.name.clone(),
                subtitle: words::where_and_how_long(stretch, shown.progress),
                countdown: words::countdown(*remaining),
                caption: if *paused {
                    t!("window-paused")
                } else {
                    caption
                },
                progress: *progress,
                heading: words::phase(*phase),
                body,
                cautions,
                actions,
                direction,
            }
        }
        Moment::Ended(outcome) => {
            let last = words::ending(outcome, stretch.side_order(), shown.done_today);
            Screen {
                title: last.title,
                subtitle: last.subtitle,
                countdown: match outcome.ending {
                    Ending::Done => t!("window-ring-done"),
                    Ending::StoppedEarly | Ending::Cancelled => {
                        words::countdown(Duration::from_secs(outcome.held_secs))
                    }
                },
                caption: match outcome.ending {
                    Ending::Done => t!("window-ring-held", held = words::held(outcome.held_secs)),
                    Ending::StoppedEarly | Ending::Cancelled => t!("window-ring-held-in-all"),
                },
                progress: 1.0,
                heading: stretch.name.clone(),
                body: Body::Text(last.body),
                cautions,
                actions: vec![Action::Close],
                direction,
            }
        }
    }
}

/// Every screen `shown` can have, with the longest words each can show: what the window is
/// sized for, so it never has to grow in the middle of a stretch.
pub fn every_screen(shown: &Shown<'_>) -> Vec<Screen> {
    let stretch = shown.stretch;
    let sides: Vec<Option<_>> = match stretch.side_order() {
        [] => vec![None],
        sides => sides.iter().copied().map(Some).collect(),
    };
    let running = |phase, breath| Moment::Running {
        phase,
        paused: false,
        remaining: stretch.hold.max(stretch.setup),
        progress: 0.0,
        breath,
    };
    let mut moments = vec![Moment::Ready];
    for side in &sides {
        moments.push(running(Phase::Setup(*side), None));
        moments.push(running(Phase::Hold(*side), Some(Breath::Out)));
    }
    if let [_, Some(second)] = sides.as_slice() {
        moments.push(running(Phase::Switch(*second), None));
    }
    moments.push(running(Phase::ComeOut, None));
    let hold_secs = stretch.hold.as_secs();
    let sides_count = sides.len();
    for ending in [Ending::Done, Ending::StoppedEarly] {
        moments.push(Moment::Ended(Outcome {
            ending,
            // The widest numbers a real session can show.
            held_secs: hold_secs.saturating_mul(sides_count as u64) + 59,
            sides_secs: vec![hold_secs.saturating_sub(1); sides_count],
            hold: stretch.hold,
        }));
    }
    moments.iter().map(|moment| screen(shown, moment)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{builtin, Side};
    use crate::core::clock::Mono;
    use crate::core::routine::Routine;

    fn no_progress(stretch: &Stretch) -> Progress {
        Progress {
            hold: stretch.hold,
            added: Duration::ZERO,
            done: 0,
            grew: false,
        }
    }

    fn shown_at(stretch: &Stretch, routine: &Routine, now: Mono) -> Screen {
        let progress = no_progress(stretch);
        let shown = Shown {
            stretch,
            progress: &progress,
            done_today: 0,
        };
        let moment = Moment::of(routine, now);
        screen(&shown, &moment)
    }

    #[test]
    fn the_setup_shows_every_step_with_the_side_named_and_in_position() {
        let stretch = builtin().remove(0);
        let routine = Routine::start(&stretch, Mono::ZERO);
        let setup = shown_at(&stretch, &routine, Mono::from_secs(1));
        assert_eq!(
            setup.body,
            Body::Steps(stretch.steps_for(Some(Side::Right)))
        );
        assert_eq!(setup.heading, "Get into position: right side");
        assert!(setup.actions.contains(&Action::InPosition));
        assert!(!setup.actions.contains(&Action::Done));
        assert_eq!(setup.countdown, "9");
    }

    #[test]
    fn the_hold_shows_its_cue_and_the_breath_and_the_switch_the_new_side() {
        let stretch = builtin().remove(0);
        let routine = Routine::start(&stretch, Mono::ZERO);
        let hold = shown_at(&stretch, &routine, Mono::from_secs(16));
        assert_eq!(
            hold.body,
            Body::Text(stretch.hold_cue_for(Some(Side::Right)))
        );
        assert_eq!(hold.caption, "Breathe out…");
        assert_eq!(hold.countdown, "24");
        let switch = shown_at(&stretch, &routine, Mono::from_secs(41));
        assert_eq!(switch.heading, "Switch to your left side");
        assert_eq!(
            switch.body,
            Body::Steps(stretch.steps_for(Some(Side::Left)))
        );
        let out = shown_at(&stretch, &routine, Mono::from_secs(81));
        assert_eq!(out.body, Body::Text(stretch.release.clone()));
    }

    #[test]
    fn every_screen_carries_every_caution() {
        for stretch in builtin() {
            let progress = no_progress(&stretch);
            let shown = Shown {
                stretch: &stretch,
                progress: &progress,
                done_today: 3,
            };
            let screens = every_screen(&shown);
            assert!(screens.len() >= 6, "{}", stretch.id);
            let all: Vec<String> = stretch.all_cautions().map(str::to_string).collect();
            for screen in screens {
                assert_eq!(screen.cautions, all, "{}", stretch.id);
            }
        }
    }
}
