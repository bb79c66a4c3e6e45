//! When a reminder is due: after `every` of sitting, unless snoozed, skipped, paused or outside
//! working hours, and never twice for the same unanswered reminder.
//!
//! The schedule does not measure sitting itself; it is told when the current streak began
//! (by [`super::activity`]) and works out the rest. Snooze and skip are measured on the monotonic
//! clock, like sitting. A pause "until tomorrow" is a calendar idea, so it is kept as a wall-clock
//! instant; a pause for a duration is kept on the monotonic clock so a clock change cannot end it
//! early.

use std::time::Duration;

use jiff::{Timestamp, Zoned};

use super::clock::{Mono, Now};
use super::working_hours::{self, WorkingHours};

/// The hour at which "tomorrow" begins for "pause until tomorrow": late-night work still belongs
/// to today.
pub const TOMORROW_STARTS_AT_HOUR: i8 = 4;

/// The reminder rules from the config file.
#[derive(Clone, Debug, PartialEq)]
pub struct ReminderRules {
    /// Sitting time before a reminder.
    pub every: Duration,
    /// Default snooze length.
    pub snooze: Duration,
    /// When reminders may fire; empty means any time.
    pub working_hours: Vec<WorkingHours>,
}

/// How long a pause lasts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PauseEnd {
    /// Until the user resumes.
    Resumed,
    /// For a length of time, measured on the monotonic clock.
    After(Mono),
    /// Until a wall-clock instant ("until tomorrow").
    At(Timestamp),
}

/// What a pause request asks for; turned into a [`PauseEnd`] at the moment it is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PauseLength {
    UntilResumed,
    For(Duration),
    UntilTomorrow,
}

/// A reminder that has been shown and not yet answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The stretch it suggested.
    pub stretch_id: String,
    /// Set once the notification was closed without an answer: the reminder comes back then.
    pub returns_at: Option<Mono>,
}

/// The schedule's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    rules: ReminderRules,
    /// A skip restarts the `every` count from here without claiming a break.
    skipped_at: Option<Mono>,
    snoozed_until: Option<Mono>,
    paused: Option<PauseEnd>,
    pending: Option<Pending>,
    /// "Remind me anyway today": working hours do not hold reminders back until this instant.
    hours_waived_until: Option<Timestamp>,
}

/// Whether a reminder may fire now, and if not, when to look again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Fire a reminder now.
    Fire,
    /// Nothing to do; look again at this moment (None: only a new input can change things).
    Wait(Option<Mono>),
}

impl Schedule {
    pub fn new(rules: ReminderRules) -> Schedule {
        Schedule {
            rules,
            skipped_at: None,
            snoozed_until: None,
            paused: None,
            pending: None,
            hours_waived_until: None,
        }
    }

    pub fn rules(&self) -> &ReminderRules {
        &self.rules
    }

    /// New rules from a reloaded config; snooze, pause and any pending reminder stay as they are.
    pub fn set_rules(&mut self, rules: ReminderRules) {
        self.rules = rules;
    }

    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_ref()
    }

    pub fn paused(&self) -> Option<&PauseEnd> {
        self.paused.as_ref()
    }

    pub fn snoozed_until(&self) -> Option<Mono> {
        self.snoozed_until
    }

    /// When the next reminder is due by sitting time alone (snooze and skip included, pause and
    /// working hours not), given the start of the current sitting streak. A snooze already
    /// accounts for the interval: it was set from the moment the reminder would have fired.
    pub fn due_at(&self, sitting_since: Mono) -> Mono {
        self.snoozed_until.unwrap_or_else(|| {
            let counted_from = self
                .skipped_at
                .map_or(sitting_since, |s| s.max(sitting_since));
            counted_from + self.rules.every
        })
    }

    /// Decides whether a reminder fires now. `sitting_since` is None while the user is away.
    pub fn verdict(&self, now: &Now, sitting_since: Option<Mono>) -> Verdict {
        if self.paused.is_some() && !self.pause_is_over(now) {
            return Verdict::Wait(self.pause_end_mono(now));
        }
        let Some(sitting_since) = sitting_since else {
            return Verdict::Wait(None);
        };
        let due = match &self.pending {
            // Shown and still open: never again for the same reminder.
            Some(Pending {
                returns_at: None, ..
            }) => return Verdict::Wait(None),
            Some(Pending {
                returns_at: Some(at),
                ..
            }) => *at,
            None => self.due_at(sitting_since),
        };
        if now.mono < due {
            return Verdict::Wait(Some(due));
        }
        if !self.hours_waived(now)
            && !working_hours::is_within(&self.rules.working_hours, &now.wall)
        {
            let opens = working_hours::next_open(&self.rules.working_hours, &now.wall);
            return Verdict::Wait(opens.map(|at| mono_at(now, at.timestamp())));
        }
        Verdict::Fire
    }

    /// A reminder suggesting `stretch_id` was just shown.
    pub fn reminder_shown(&mut self, stretch_id: String) {
        self.snoozed_until = None;
        self.pending = Some(Pending {
            stretch_id,
            returns_at: None,
        });
    }

    /// The notification was closed without an answer: keep it due, bring it back after the
    /// snooze length.
    pub fn reminder_dismissed(&mut self, now: Mono) {
        if let Some(pending) = &mut self.pending {
            pending.returns_at = Some(now + self.rules.snooze);
        }
    }

    /// Postpones the next reminder by `length` (the default snooze when None). A due reminder
    /// comes back `length` from now; one not yet due comes `length` later than it would have.
    /// Returns the length used.
    pub fn snooze(
        &mut self,
        now: Mono,
        sitting_since: Option<Mono>,
        length: Option<Duration>,
    ) -> Duration {
        let length = length.unwrap_or(self.rules.snooze);
        let would_fire = match (&self.pending, sitting_since) {
            (Some(_), _) => now,
            (None, Some(since)) => self.due_at(since).max(now),
            (None, None) => now + self.rules.every,
        };
        self.pending = None;
        self.snoozed_until = Some(would_fire + length);
        length
    }

    /// Declines the due reminder (or the next one): the count of `every` restarts now.
    pub fn skip(&mut self, now: Mono) -> Option<Pending> {
        self.skipped_at = Some(now);
        self.snoozed_until = None;
        self.pending.take()
    }

    /// The user started a stretch, or the sitting streak ended: whatever was due is resolved.
    pub fn settle(&mut self) -> Option<Pending> {
        self.skipped_at = None;
        self.snoozed_until = None;
        self.pending.take()
    }

    /// Pauses reminders. Returns the wall-clock end, if the pause has one.
    pub fn pause(&mut self, now: &Now, length: PauseLength) -> Option<Timestamp> {
        let (end, until) = match length {
            PauseLength::UntilResumed => (PauseEnd::Resumed, None),
            PauseLength::For(length) => (
                PauseEnd::After(now.mono + length),
                now.timestamp().checked_add(signed(length)).ok(),
            ),
            PauseLength::UntilTomorrow => {
                let at = start_of_tomorrow(&now.wall);
                (PauseEnd::At(at), Some(at))
            }
        };
        self.paused = Some(end);
        until
    }

    /// Lets reminders through outside working hours until `until` (the end of the day).
    pub fn waive_hours_until(&mut self, until: Timestamp) {
        self.hours_waived_until = Some(until);
    }

    /// Whether working hours are waived at `now`.
    pub fn hours_waived(&self, now: &Now) -> bool {
        self.hours_waived_until
            .is_some_and(|until| now.timestamp() < until)
    }

    /// Until when working hours are waived, if they still are at `now`.
    pub fn hours_waived_until(&self, now: &Now) -> Option<Timestamp> {
        self.hours_waived_until.filter(|_| self.hours_waived(now))
    }

    /// Ends a pause whose time is up. Returns whether it did.
    pub fn expire_pause(&mut self, now: &Now) -> bool {
        let over = self.paused.is_some() && self.pause_is_over(now);
        if over {
            self.paused = None;
        }
        over
    }

    /// Ends a pause. Returns whether there was one.
    pub fn resume(&mut self) -> bool {
        self.paused.take().is_some()
    }

    /// Restores a pause saved before a restart.
    pub fn restore(&mut self, paused: Option<PauseEnd>, snoozed_until: Option<Mono>) {
        self.paused = paused;
        self.snoozed_until = snoozed_until;
    }

    /// The moment the current pause ends, on the monotonic clock (None: no pause, or until resumed).
    pub fn pause_end_mono(&self, now: &Now) -> Option<Mono> {
        match self.paused.as_ref()? {
            PauseEnd::Resumed => None,
            PauseEnd::After(end) => Some(*end),
            PauseEnd::At(at) => Some(mono_at(now, *at)),
        }
    }

    /// The moment the current pause ends on the wall clock, for display and saving.
    pub fn pause_end_wall(&self, now: &Now) -> Option<Timestamp> {
        match self.paused.as_ref()? {
            PauseEnd::Resumed => None,
            PauseEnd::After(end) => wall_at(now, *end),
            PauseEnd::At(at) => Some(*at),
        }
    }

    fn pause_is_over(&self, now: &Now) -> bool {
        match &self.paused {
            None => true,
            Some(PauseEnd::Resumed) => false,
            Some(PauseEnd::After(end)) => now.mono >= *end,
            Some(PauseEnd::At(at)) => now.timestamp() >= *at,
        }
    }
}

/// The first `TOMORROW_STARTS_AT_HOUR` o'clock strictly after `wall`, in its zone.
pub fn start_of_tomorrow(wall: &Zoned) -> Timestamp {
    let today = wall
        .date()
        .at(TOMORROW_STARTS_AT_HOUR, 0, 0, 0)
        .to_zoned(wall.time_zone().clone());
    match today {
        Ok(at) if at.timestamp() > wall.timestamp() => at.timestamp(),
        _ => wall
            .date()
            .tomorrow()
            .ok()
            .and_then(|date| {
                date.at(TOMORROW_STARTS_AT_HOUR, 0, 0, 0)
                    .to_zoned(wall.time_zone().clone())
                    .ok()
            })
            .map_or_else(|| wall.timestamp(), |at| at.timestamp()),
    }
}

/// The monotonic reading at which the wall clock will show `at`, assuming neither clock jumps
/// meanwhile. Used to sleep until a calendar moment; the caller re-checks the wall clock then.
pub fn mono_at(now: &Now, at: Timestamp) -> Mono {
    let ahead = at.duration_since(now.timestamp());
    if ahead.is_negative() {
        return now.mono;
    }
    now.mono + ahead.unsigned_abs()
}

/// The wall-clock instant matching a monotonic reading, assuming neither clock jumps meanwhile.
pub fn wall_at(now: &Now, at: Mono) -> Option<Timestamp> {
    let ahead = at.saturating_since(now.mono);
    now.timestamp().checked_add(signed(ahead)).ok()
}

fn signed(duration: Duration) -> jiff::SignedDuration {
    jiff::SignedDuration::try_from(duration).unwrap_or(jiff::SignedDuration::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::clock::test_clock::{at, monday_9am};
    use proptest::prelude::*;

    const HOUR: Duration = Duration::from_secs(3600);
    const TEN_MIN: Duration = Duration::from_secs(600);

    fn rules() -> ReminderRules {
        ReminderRules {
            every: HOUR,
            snooze: TEN_MIN,
            working_hours: Vec::new(),
        }
    }

    fn mins(m: u64) -> Duration {
        Duration::from_secs(m * 60)
    }

    #[test]
    fn a_reminder_is_due_after_an_hour_of_sitting() {
        let schedule = Schedule::new(rules());
        let start = monday_9am();
        let since = start.mono;
        assert_eq!(
            schedule.verdict(&start.advanced(mins(59)), Some(since)),
            Verdict::Wait(Some(since + HOUR))
        );
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR), Some(since)),
            Verdict::Fire
        );
    }

    #[test]
    fn nothing_is_due_while_the_user_is_away() {
        let schedule = Schedule::new(rules());
        assert_eq!(
            schedule.verdict(&monday_9am().advanced(HOUR * 3), None),
            Verdict::Wait(None)
        );
    }

    #[test]
    fn a_shown_reminder_does_not_fire_again_while_open() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        schedule.reminder_shown("pigeon-pose".into());
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR * 5), Some(start.mono)),
            Verdict::Wait(None)
        );
    }

    #[test]
    fn a_dismissed_reminder_comes_back_after_the_snooze_length() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        let shown = start.advanced(HOUR);
        schedule.reminder_shown("pigeon-pose".into());
        schedule.reminder_dismissed(shown.mono);
        assert_eq!(
            schedule.verdict(&shown.advanced(mins(9)), Some(start.mono)),
            Verdict::Wait(Some(shown.mono + TEN_MIN))
        );
        assert_eq!(
            schedule.verdict(&shown.advanced(TEN_MIN), Some(start.mono)),
            Verdict::Fire
        );
    }

    #[test]
    fn skipping_restarts_the_count_from_the_skip() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        let skip = start.advanced(HOUR);
        schedule.reminder_shown("pigeon-pose".into());
        assert!(schedule.skip(skip.mono).is_some());
        assert_eq!(
            schedule.verdict(&skip.advanced(mins(1)), Some(start.mono)),
            Verdict::Wait(Some(skip.mono + HOUR))
        );
    }

    #[test]
    fn snoozing_before_the_reminder_moves_it_out_by_the_snooze_length() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        schedule.snooze(start.mono + mins(20), Some(start.mono), None);
        assert_eq!(schedule.due_at(start.mono), start.mono + HOUR + TEN_MIN);
    }

    #[test]
    fn pause_until_tomorrow_ends_at_four_in_the_morning() {
        let evening = at("2026-11-23T18:30:00");
        let expected: Timestamp = "2026-11-24T04:00:00Z".parse().unwrap();
        assert_eq!(start_of_tomorrow(&evening.wall), expected);
        let small_hours = at("2026-11-24T01:30:00");
        assert_eq!(start_of_tomorrow(&small_hours.wall), expected);
    }

    #[test]
    fn a_paused_schedule_fires_once_the_pause_ends() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        let until = schedule.pause(&start, PauseLength::For(HOUR * 2));
        assert_eq!(until, Some("2026-11-23T11:00:00Z".parse().unwrap()));
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR), Some(start.mono)),
            Verdict::Wait(Some(start.mono + HOUR * 2))
        );
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR * 2), Some(start.mono)),
            Verdict::Fire
        );
        assert!(schedule.expire_pause(&start.advanced(HOUR * 2)));
        assert_eq!(schedule.paused(), None);
    }

    #[test]
    fn pause_until_resumed_waits_for_resume() {
        let mut schedule = Schedule::new(rules());
        let start = monday_9am();
        schedule.pause(&start, PauseLength::UntilResumed);
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR * 30), Some(start.mono)),
            Verdict::Wait(None)
        );
        assert!(schedule.resume());
        assert_eq!(
            schedule.verdict(&start.advanced(HOUR * 30), Some(start.mono)),
            Verdict::Fire
        );
    }

    #[test]
    fn outside_working_hours_the_reminder_waits_for_the_next_opening() {
        let schedule = Schedule::new(ReminderRules {
            working_hours: vec!["Mon-Fri 09:00-17:30".parse().unwrap()],
            ..rules()
        });
        let evening = at("2026-11-23T17:00:00");
        let late = evening.advanced(HOUR);
        let verdict = schedule.verdict(&late, Some(evening.mono));
        // Tuesday 09:00 is 15 hours after Monday 18:00.
        assert_eq!(verdict, Verdict::Wait(Some(late.mono + HOUR * 15)));
    }

    /// One thing the user can do to the schedule.
    #[derive(Clone, Debug)]
    enum Action {
        Wait(u64),
        Show,
        Dismiss,
        Snooze(Option<u64>),
        Skip,
        Pause(u64),
        Resume,
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            4 => (1u64..7200).prop_map(Action::Wait),
            1 => Just(Action::Show),
            1 => Just(Action::Dismiss),
            1 => proptest::option::of(1u64..7200).prop_map(Action::Snooze),
            1 => Just(Action::Skip),
            1 => (1u64..7200).prop_map(Action::Pause),
            1 => Just(Action::Resume),
        ]
    }

    fn run(schedule: &mut Schedule, mut now: Now, since: Mono, actions: &[Action]) -> Now {
        for action in actions {
            match action {
                Action::Wait(s) => now = now.advanced(Duration::from_secs(*s)),
                Action::Show => schedule.reminder_shown("pigeon-pose".into()),
                Action::Dismiss => schedule.reminder_dismissed(now.mono),
                Action::Snooze(s) => {
                    schedule.snooze(now.mono, Some(since), s.map(Duration::from_secs));
                }
                Action::Skip => {
                    schedule.skip(now.mono);
                }
                Action::Pause(s) => {
                    schedule.pause(&now, PauseLength::For(Duration::from_secs(*s)));
                }
                Action::Resume => {
                    schedule.resume();
                }
            }
        }
        now
    }

    proptest! {
        #[test]
        fn snooze_postpones_by_exactly_its_length(
            history in proptest::collection::vec(action(), 0..20),
            length in 1u64..7200,
        ) {
            let mut schedule = Schedule::new(rules());
            let start = monday_9am();
            let now = run(&mut schedule, start.clone(), start.mono, &history);
            schedule.resume();
            let before = match schedule.pending() {
                Some(_) => now.mono,
                None => schedule.due_at(start.mono).max(now.mono),
            };
            let length = Duration::from_secs(length);
            schedule.snooze(now.mono, Some(start.mono), Some(length));
            prop_assert_eq!(schedule.due_at(start.mono), before + length);
            prop_assert_eq!(schedule.verdict(&now, Some(start.mono)), Verdict::Wait(Some(before + length)));
        }

        #[test]
        fn no_reminder_fires_while_paused(
            history in proptest::collection::vec(action(), 0..20),
            pause in 1u64..20_000,
            probe in 0u64..20_000,
        ) {
            let mut schedule = Schedule::new(rules());
            let start = monday_9am();
            let now = run(&mut schedule, start.clone(), start.mono, &history);
            schedule.pause(&now, PauseLength::For(Duration::from_secs(pause)));
            let probe = now.advanced(Duration::from_secs(probe.min(pause - 1)));
            prop_assert_ne!(schedule.verdict(&probe, Some(start.mono)), Verdict::Fire);
        }

        #[test]
        fn no_reminder_fires_while_snoozed(
            history in proptest::collection::vec(action(), 0..20),
            length in 1u64..7200,
            probe in 0u64..7200,
        ) {
            let mut schedule = Schedule::new(rules());
            let start = monday_9am();
            let now = run(&mut schedule, start.clone(), start.mono, &history);
            schedule.resume();
            schedule.snooze(now.mono, Some(start.mono), Some(Duration::from_secs(length)));
            let probe = now.advanced(Duration::from_secs(probe.min(length - 1)));
            prop_assert_ne!(schedule.verdict(&probe, Some(start.mono)), Verdict::Fire);
        }

        #[test]
        fn no_reminder_fires_outside_working_hours(
            history in proptest::collection::vec(action(), 0..20),
            minute_of_week in 0u64..(7 * 24 * 60),
        ) {
            let hours: WorkingHours = "Mon-Fri 09:00-17:30".parse().unwrap();
            let mut schedule = Schedule::new(ReminderRules { working_hours: vec![hours.clone()], ..rules() });
            let start = monday_9am();
            run(&mut schedule, start.clone(), start.mono, &history);
            let probe = start.advanced(mins(minute_of_week));
            if !working_hours::is_within(std::slice::from_ref(&hours), &probe.wall) {
                prop_assert_ne!(schedule.verdict(&probe, Some(start.mono)), Verdict::Fire);
            }
        }

        #[test]
        fn a_reminder_always_fires_at_the_moment_it_asked_to_be_woken(
            history in proptest::collection::vec(action(), 0..20),
        ) {
            let mut schedule = Schedule::new(rules());
            let start = monday_9am();
            let now = run(&mut schedule, start.clone(), start.mono, &history);
            schedule.resume();
            if let Verdict::Wait(Some(wake)) = schedule.verdict(&now, Some(start.mono)) {
                let woken = now.advanced(wake.saturating_since(now.mono));
                prop_assert_eq!(schedule.verdict(&woken, Some(start.mono)), Verdict::Fire);
            }
        }
    }
}
