//! The sitting-time tracker: turns idle samples, lock and sleep into "sitting since" or "on a break".
//!
//! The rule is simple on purpose. The user is sitting from the first input after a break. A break
//! begins when input stops for at least `break_after` (it started the moment idleness began, not
//! when we noticed), when the session is locked, when the machine goes to sleep, or when a
//! stretch starts. Every sitting streak that ends is reported once, with its length, so history can
//! show the longest one.
//!
//! Idle time arrives as readings ("no input for this long, as of now"), whether a source reports
//! them by itself (when idleness reaches `break_after`, and at the input that ends it) or the
//! shell samples it. A reading says how long the user has been idle, so a sampling shell only
//! needs to look again when that idleness could first reach `break_after`
//! ([`Activity::next_sample_at`]); looking sooner would learn nothing.
//!
//! A lock ends only when the session says so, but not every locker says so: after
//! `loginctl lock-session`, i3lock and swaylock end without logind's `Unlock`. So a reading that
//! finds someone at the keyboard while the session is believed locked puts the lock in doubt
//! ([`Activity::doubts_lock`]), and the shell asks the session whether it is still locked.

use std::time::Duration;

use super::clock::Mono;

/// Why the user is not sitting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Away {
    /// No input for at least `break_after`.
    Idle,
    /// The session is locked.
    Locked,
    /// The machine is (or was) asleep.
    Asleep,
    /// A stretch is under way.
    Stretching,
}

/// Where the user is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Sitting { since: Mono },
    Away { since: Mono, why: Away },
}

/// The tracker. Feed it what the shell observes; ask it how long the user has been sitting.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    break_after: Duration,
    presence: Presence,
}

/// A sitting streak that just ended, to be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreakEnded {
    pub sat_for: Duration,
}

impl Activity {
    /// A tracker that assumes the user has just sat down at `now` (limber starts at login).
    pub fn new(break_after: Duration, now: Mono) -> Activity {
        Activity {
            break_after,
            presence: Presence::Sitting { since: now },
        }
    }

    /// A tracker that continues a streak begun at `sitting_since` (restored after a restart).
    pub fn resumed(break_after: Duration, sitting_since: Mono) -> Activity {
        Activity {
            break_after,
            presence: Presence::Sitting {
                since: sitting_since,
            },
        }
    }

    pub fn break_after(&self) -> Duration {
        self.break_after
    }

    /// Changes the break threshold (config reload). Takes effect from the next sample.
    pub fn set_break_after(&mut self, break_after: Duration) {
        self.break_after = break_after;
    }

    pub fn presence(&self) -> Presence {
        self.presence
    }

    /// When the current sitting streak began, if the user is sitting.
    pub fn sitting_since(&self) -> Option<Mono> {
        match self.presence {
            Presence::Sitting { since } => Some(since),
            Presence::Away { .. } => None,
        }
    }

    /// How long the user has been sitting without a break, as of `now`.
    pub fn sitting_for(&self, now: Mono) -> Duration {
        self.sitting_since()
            .map_or(Duration::ZERO, |since| now.saturating_since(since))
    }

    /// The user has had no input for `idle_for`, as of `now`.
    pub fn idle_sample(&mut self, now: Mono, idle_for: Duration) -> Option<StreakEnded> {
        let last_input = now.saturating_sub(idle_for);
        match self.presence {
            Presence::Sitting { since } if idle_for >= self.break_after => {
                // The break began when input stopped; the streak ends there, not now.
                let ended_at = last_input.max(since);
                self.presence = Presence::Away {
                    since: ended_at,
                    why: Away::Idle,
                };
                Some(StreakEnded {
                    sat_for: ended_at.saturating_since(since),
                })
            }
            Presence::Away {
                why: Away::Idle | Away::Asleep,
                since,
            } if idle_for < self.break_after => {
                // Back at the keyboard: sitting since the input that ended the break.
                self.presence = Presence::Sitting {
                    since: last_input.max(since),
                };
                None
            }
            // Locked: only unlocking ends it. Stretching: only the stretch's end does.
            _ => None,
        }
    }

    /// The session was locked, or the machine is about to sleep.
    pub fn left(&mut self, now: Mono, why: Away) -> Option<StreakEnded> {
        let ended = self.end_streak(now);
        self.presence = Presence::Away { since: now, why };
        ended
    }

    /// The machine slept for a while without warning us (seen as a gap between clocks). The
    /// monotonic clock stood still meanwhile, so the streak ends now.
    pub fn slept(&mut self, now: Mono) -> Option<StreakEnded> {
        self.left(now, Away::Asleep)
    }

    /// Whether a reading of `idle_for` puts the lock in doubt: the session is believed locked,
    /// yet someone is at the keyboard. A locker that ended without telling the session looks
    /// like this, and so does a hand on the mouse at a lock screen that still shows; only the
    /// session can tell them apart.
    pub fn doubts_lock(&self, idle_for: Duration) -> bool {
        self.locked_since().is_some() && idle_for < self.break_after
    }

    /// When the lock under way began, if the session is believed locked.
    pub fn locked_since(&self) -> Option<Mono> {
        match self.presence {
            Presence::Away {
                why: Away::Locked,
                since,
            } => Some(since),
            _ => None,
        }
    }

    /// The session was unlocked: someone typed a password, so they are here and sitting.
    pub fn unlocked(&mut self, now: Mono) {
        if let Presence::Away {
            why: Away::Locked, ..
        } = self.presence
        {
            self.presence = Presence::Sitting { since: now };
        }
    }

    /// A stretch ended (done or cancelled): the user sits back down and the count restarts.
    pub fn stretch_ended(&mut self, now: Mono) -> Option<StreakEnded> {
        let ended = self.end_streak(now);
        self.presence = Presence::Sitting { since: now };
        ended
    }

    /// When the tracker next needs an idle reading to stay exact, given the last one: taken at
    /// `sampled_at`, it said the user had been idle for `idle_for`. Planned from the reading, not
    /// from "now": asking again later must not put it off.
    ///
    /// While sitting: exactly when that idleness could first reach `break_after`, so a break is
    /// seen the moment it becomes one. While away idle, asleep or locked: `break_after` later,
    /// so a return is seen within that (a reading cannot say when input resumed, only when it
    /// last came; a return while locked puts the lock in doubt). While stretching: never, since
    /// no reading can end a stretch.
    pub fn next_sample_at(&self, sampled_at: Mono, idle_for: Duration) -> Option<Mono> {
        match self.presence {
            Presence::Sitting { .. } => {
                Some(sampled_at + self.break_after.saturating_sub(idle_for))
            }
            Presence::Away {
                why: Away::Idle | Away::Asleep | Away::Locked,
                ..
            } => Some(sampled_at + self.break_after),
            Presence::Away {
                why: Away::Stretching,
                ..
            } => None,
        }
    }

    fn end_streak(&mut self, now: Mono) -> Option<StreakEnded> {
        self.sitting_since().map(|since| StreakEnded {
            sat_for: now.saturating_since(since),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BREAK: Duration = Duration::from_secs(300);

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn a_new_tracker_counts_sitting_from_its_start() {
        let activity = Activity::new(BREAK, Mono::from_secs(10));
        assert_eq!(activity.sitting_for(Mono::from_secs(70)), secs(60));
    }

    #[test]
    fn short_idleness_does_not_interrupt_sitting() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        assert_eq!(activity.idle_sample(Mono::from_secs(600), secs(299)), None);
        assert_eq!(activity.sitting_for(Mono::from_secs(600)), secs(600));
    }

    #[test]
    fn a_break_starts_when_idleness_began_not_when_it_was_noticed() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        let ended = activity.idle_sample(Mono::from_secs(1000), secs(400));
        assert_eq!(ended, Some(StreakEnded { sat_for: secs(600) }));
        assert_eq!(
            activity.presence(),
            Presence::Away {
                since: Mono::from_secs(600),
                why: Away::Idle
            }
        );
    }

    #[test]
    fn coming_back_starts_a_new_streak_at_the_first_input() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        activity.idle_sample(Mono::from_secs(1000), secs(400));
        activity.idle_sample(Mono::from_secs(1300), secs(20));
        assert_eq!(activity.sitting_since(), Some(Mono::from_secs(1280)));
    }

    #[test]
    fn locking_ends_the_streak_and_only_unlocking_resumes_it() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        let ended = activity.left(Mono::from_secs(100), Away::Locked);
        assert_eq!(ended, Some(StreakEnded { sat_for: secs(100) }));
        assert_eq!(activity.idle_sample(Mono::from_secs(110), secs(1)), None);
        assert_eq!(activity.sitting_since(), None);
        activity.unlocked(Mono::from_secs(200));
        assert_eq!(activity.sitting_since(), Some(Mono::from_secs(200)));
    }

    #[test]
    fn sleep_ends_the_streak_and_input_after_waking_starts_a_new_one() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        assert_eq!(
            activity.slept(Mono::from_secs(50)),
            Some(StreakEnded { sat_for: secs(50) })
        );
        activity.idle_sample(Mono::from_secs(55), secs(2));
        assert_eq!(activity.sitting_since(), Some(Mono::from_secs(53)));
    }

    #[test]
    fn a_stretch_pauses_sitting_and_its_end_restarts_the_count() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        activity.left(Mono::from_secs(3600), Away::Stretching);
        // Standing still while stretching is not "coming back to sit".
        activity.idle_sample(Mono::from_secs(3620), secs(5));
        assert_eq!(activity.sitting_since(), None);
        assert_eq!(activity.stretch_ended(Mono::from_secs(3670)), None);
        assert_eq!(activity.sitting_since(), Some(Mono::from_secs(3670)));
    }

    #[test]
    fn sampling_comes_back_exactly_when_idleness_could_become_a_break() {
        let activity = Activity::new(BREAK, Mono::ZERO);
        let now = Mono::from_secs(1000);
        assert_eq!(
            activity.next_sample_at(now, secs(290)),
            Some(now + secs(10))
        );
        // No cap: an active user is looked at again only when a break could have begun.
        assert_eq!(activity.next_sample_at(now, secs(0)), Some(now + BREAK));
    }

    #[test]
    fn while_away_idle_a_return_is_looked_for_every_break_length() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        activity.idle_sample(Mono::from_secs(1000), secs(400));
        let now = Mono::from_secs(1000);
        assert_eq!(activity.next_sample_at(now, secs(400)), Some(now + BREAK));
    }

    #[test]
    fn while_stretching_no_reading_is_needed() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        let now = Mono::from_secs(100);
        activity.left(now, Away::Stretching);
        assert_eq!(activity.next_sample_at(now, secs(0)), None);
    }

    #[test]
    fn while_locked_a_return_is_looked_for_every_break_length() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        let now = Mono::from_secs(100);
        activity.left(now, Away::Locked);
        assert_eq!(activity.next_sample_at(now, secs(0)), Some(now + BREAK));
    }

    #[test]
    fn someone_at_the_keyboard_puts_only_a_lock_in_doubt_and_only_unlocking_ends_it() {
        let mut activity = Activity::new(BREAK, Mono::ZERO);
        assert!(!activity.doubts_lock(secs(0)), "sitting");
        activity.left(Mono::from_secs(100), Away::Locked);
        assert_eq!(activity.locked_since(), Some(Mono::from_secs(100)));
        assert!(activity.doubts_lock(secs(2)));
        assert!(
            !activity.doubts_lock(BREAK),
            "away from the lock screen too"
        );
        // The reading alone ends nothing: the session decides.
        activity.idle_sample(Mono::from_secs(200), secs(2));
        assert_eq!(activity.sitting_since(), None);
        activity.left(Mono::from_secs(300), Away::Asleep);
        assert!(!activity.doubts_lock(secs(0)), "asleep, not locked");
        assert_eq!(activity.locked_since(), None);
    }

    /// One observation the shell could report.
    #[derive(Clone, Debug)]
    enum Observation {
        Idle(u64),
        Lock,
        Unlock,
        Sleep,
        StretchStart,
        StretchEnd,
    }

    fn observation() -> impl Strategy<Value = Observation> {
        prop_oneof![
            6 => (0u64..900).prop_map(Observation::Idle),
            1 => Just(Observation::Lock),
            1 => Just(Observation::Unlock),
            1 => Just(Observation::Sleep),
            1 => Just(Observation::StretchStart),
            1 => Just(Observation::StretchEnd),
        ]
    }

    fn apply(activity: &mut Activity, now: Mono, observation: &Observation) -> Option<StreakEnded> {
        match observation {
            Observation::Idle(idle) => activity.idle_sample(now, secs(*idle)),
            Observation::Lock => activity.left(now, Away::Locked),
            Observation::Unlock => {
                activity.unlocked(now);
                None
            }
            Observation::Sleep => activity.slept(now),
            Observation::StretchStart => activity.left(now, Away::Stretching),
            Observation::StretchEnd => activity.stretch_ended(now),
        }
    }

    proptest! {
        #[test]
        fn sitting_time_never_exceeds_elapsed_time(
            steps in proptest::collection::vec((1u64..600, observation()), 1..60)
        ) {
            let start = Mono::from_secs(5);
            let mut activity = Activity::new(BREAK, start);
            let mut now = start;
            for (gap, observation) in &steps {
                now = now + secs(*gap);
                apply(&mut activity, now, observation);
                prop_assert!(activity.sitting_for(now) <= now.saturating_since(start));
            }
        }

        #[test]
        fn any_idleness_of_break_length_resets_sitting(
            steps in proptest::collection::vec((1u64..600, observation()), 0..40),
            idle in 300u64..5000,
        ) {
            let mut activity = Activity::new(BREAK, Mono::ZERO);
            let mut now = Mono::from_secs(10_000);
            for (gap, observation) in &steps {
                now = now + secs(*gap);
                apply(&mut activity, now, observation);
            }
            now = now + secs(1);
            activity.idle_sample(now, secs(idle));
            prop_assert_eq!(activity.sitting_for(now), Duration::ZERO);
        }

        #[test]
        fn every_streak_reported_fits_inside_the_time_observed(
            steps in proptest::collection::vec((1u64..600, observation()), 1..60)
        ) {
            let mut activity = Activity::new(BREAK, Mono::ZERO);
            let mut now = Mono::ZERO;
            let mut reported = Duration::ZERO;
            for (gap, observation) in &steps {
                now = now + secs(*gap);
                let ended = apply(&mut activity, now, observation);
                reported += ended.map_or(Duration::ZERO, |e| e.sat_for);
            }
            prop_assert!(reported + activity.sitting_for(now) <= now.since_origin());
        }
    }
}
