//! Gradually longer holds, as the article advises: as a stretch gets easier, hold it longer.
//!
//! After every [`DONE_PER_STEP`] holds of a stretch recorded as done (each side at least four
//! fifths of its hold, see [`super::routine::held_enough`]), its hold grows by [`STEP`], up to
//! the article's [`LONGEST`]. A hold is never shorter than written, and one written longer than
//! [`LONGEST`] (a custom stretch) stays as written. `[stretches] progression = false` keeps every
//! hold as written.
//!
//! The count comes from history ([`Practice`]), so it survives restarts and needs no state of its
//! own; the daemon's reminders, the timer window and `limber list` all ask this module.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::time::Duration;

use super::catalog::{Catalog, Stretch};
use super::history::{EventKind, HistoryEvent};

/// Done holds of a stretch that earn it a longer hold.
pub const DONE_PER_STEP: u32 = 5;
/// How much longer each time.
pub const STEP: Duration = Duration::from_secs(5);
/// The longest hold practice leads to: the article's "30-60 seconds".
pub const LONGEST: Duration = Duration::from_secs(60);

/// How many holds of each stretch were done.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Practice {
    done: BTreeMap<String, u32>,
}

impl Practice {
    /// Counts the done holds in `events` (any order; other events are ignored).
    pub fn from_history<E: Borrow<HistoryEvent>>(events: impl IntoIterator<Item = E>) -> Practice {
        let mut practice = Practice::default();
        for event in events {
            practice.note(&event.borrow().kind);
        }
        practice
    }

    /// Takes one more event into account.
    pub fn note(&mut self, kind: &EventKind) {
        if let EventKind::Done { stretch, .. } = kind {
            let count = self.done.entry(stretch.clone()).or_default();
            *count = count.saturating_add(1);
        }
    }

    /// Holds of stretch `id` done so far.
    pub fn done(&self, id: &str) -> u32 {
        self.done.get(id).copied().unwrap_or(0)
    }
}

/// Where a stretch's hold stands after practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The hold to use now.
    pub hold: Duration,
    /// How much longer than written.
    pub added: Duration,
    /// Holds of this stretch done so far.
    pub done: u32,
    /// The last done hold made it longer: this is the first session at the new length.
    pub grew: bool,
}

/// The hold of `stretch` now, after `practice`; as written when `enabled` is false.
pub fn progress(stretch: &Stretch, practice: &Practice, enabled: bool) -> Progress {
    let done = practice.done(&stretch.id);
    let written = stretch.hold;
    if !enabled {
        return Progress {
            hold: written,
            added: Duration::ZERO,
            done,
            grew: false,
        };
    }
    let hold = hold_after(written, done);
    Progress {
        hold,
        added: hold - written,
        done,
        grew: done > 0 && hold > hold_after(written, done - 1),
    }
}

/// `catalog` with every hold as practice has made it (as written when `enabled` is false).
pub fn apply(catalog: Catalog, practice: &Practice, enabled: bool) -> Catalog {
    catalog.map_stretches(|stretch| stretch.hold = progress(stretch, practice, enabled).hold)
}

/// The rule: [`STEP`] more for every [`DONE_PER_STEP`] done, up to [`LONGEST`], never below
/// what was written.
fn hold_after(written: Duration, done: u32) -> Duration {
    if written >= LONGEST {
        return written;
    }
    let steps = done / DONE_PER_STEP;
    written
        .saturating_add(STEP.saturating_mul(steps))
        .min(LONGEST)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::{builtin, Position};
    use proptest::prelude::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn figure_four() -> Stretch {
        builtin().remove(0)
    }

    fn done_holds(id: &str, times: u32) -> Vec<HistoryEvent> {
        let event = HistoryEvent {
            at: "2026-11-24T14:00:00Z".parse().unwrap(),
            kind: EventKind::Done {
                stretch: id.into(),
                held_secs: 60,
            },
        };
        vec![event; times as usize]
    }

    #[test]
    fn five_done_holds_add_five_seconds() {
        let stretch = figure_four();
        let after = |times| {
            progress(
                &stretch,
                &Practice::from_history(done_holds(&stretch.id, times)),
                true,
            )
        };
        assert_eq!(after(0).hold, secs(30));
        assert_eq!(after(4).hold, secs(30));
        let fifth = after(5);
        assert_eq!(
            (fifth.hold, fifth.added, fifth.grew),
            (secs(35), secs(5), true)
        );
        assert_eq!((after(6).hold, after(6).grew), (secs(35), false));
        assert_eq!(after(10).hold, secs(40));
        assert_eq!(after(1000).hold, secs(60));
        assert!(!after(1000).grew);
    }

    #[test]
    fn only_done_holds_of_that_stretch_count() {
        let mut events = done_holds("pigeon-pose", 7);
        for kind in [
            EventKind::StoppedEarly {
                stretch: "seated-figure-four-chair".into(),
                held_secs: 3,
                sides_secs: vec![3, 0],
                hold_secs: 30,
            },
            EventKind::Cancelled {
                stretch: "seated-figure-four-chair".into(),
                held_secs: 3,
            },
            EventKind::Unknown,
        ] {
            events.extend(std::iter::repeat_n(
                HistoryEvent {
                    at: "2026-11-24T14:00:00Z".parse().unwrap(),
                    kind,
                },
                5,
            ));
        }
        let practice = Practice::from_history(&events);
        assert_eq!(practice.done("pigeon-pose"), 7);
        assert_eq!(practice.done("seated-figure-four-chair"), 0);
    }

    #[test]
    fn switched_off_every_hold_is_as_written() {
        let stretch = figure_four();
        let practice = Practice::from_history(done_holds(&stretch.id, 50));
        let off = progress(&stretch, &practice, false);
        assert_eq!(
            (off.hold, off.added, off.grew, off.done),
            (secs(30), secs(0), false, 50)
        );
    }

    #[test]
    fn the_catalogue_carries_the_practised_holds() {
        let catalog = Catalog::new(Vec::new(), vec![Position::Chair], Vec::new());
        let practice = Practice::from_history(done_holds("seated-figure-four-chair", 10));
        let practised = apply(catalog.clone(), &practice, true);
        assert_eq!(
            practised.get("seated-figure-four-chair").unwrap().hold,
            secs(40)
        );
        assert_eq!(practised.get("chair-forward-bend").unwrap().hold, secs(30));
        assert_eq!(apply(catalog.clone(), &practice, false), catalog);
    }

    proptest! {
        #[test]
        fn a_hold_never_shrinks_never_passes_a_minute_and_grows_in_steps(
            written_secs in 5u64..200,
            done in 0u32..500,
        ) {
            let written = secs(written_secs);
            let hold = hold_after(written, done);
            prop_assert!(hold >= written);
            prop_assert!(hold <= written.max(LONGEST));
            prop_assert!(hold_after(written, done + 1) >= hold);
            let grown = hold_after(written, done + 1) - hold;
            prop_assert!(grown.is_zero() || grown <= STEP);
            if grown > Duration::ZERO {
                prop_assert_eq!((done + 1) % DONE_PER_STEP, 0);
            }
            if written >= LONGEST {
                prop_assert_eq!(hold, written);
            }
            if written < LONGEST && done >= DONE_PER_STEP * 12 {
                prop_assert_eq!(hold, LONGEST);
            }
        }

        #[test]
        fn it_says_it_grew_exactly_when_the_hold_is_new(written_secs in 5u64..90, done in 0u32..200) {
            let mut stretch = figure_four();
            stretch.hold = secs(written_secs);
            let practice = Practice::from_history(done_holds(&stretch.id, done));
            let now = progress(&stretch, &practice, true);
            let before = hold_after(stretch.hold, done.saturating_sub(1));
            prop_assert_eq!(now.grew, done > 0 && now.hold != before);
            prop_assert_eq!(now.added, now.hold - stretch.hold);
        }
    }
}
