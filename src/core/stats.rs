//! Summaries of the history: what was done, skipped, snoozed and dismissed, per day and per week.
//!
//! Days are the user's calendar days, in the zone of the `now` passed in, so "today" means what
//! the clock on the wall says. Everything is recomputed from the events: history is the one
//! source of truth and there are no counters to drift.
//!
//! The events come from a file anyone could have edited, so no value in them may panic a reader:
//! every sum saturates, and an event with a value no real stretch or sitting streak can have (a
//! stretch held for a day) is left out of the totals and counted in [`Summary::ignored`] instead.
//! Events are taken one at a time, from any iterator, so a history of any length is summed
//! without being held in memory.

use std::borrow::Borrow;
use std::time::Duration;

use jiff::civil::Date;
use jiff::Zoned;

use super::history::{EventKind, HistoryEvent};

/// Longer than any stretch is held, with every extension: a day.
const MAX_HELD_SECS: u64 = 24 * 3600;
/// Longer than any sitting streak: a week without a single break, lock or sleep.
const MAX_SAT_SECS: u64 = 7 * 24 * 3600;

/// The totals for a span of days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub reminders: u32,
    pub done: u32,
    /// Stretches that ended before a full hold: stopped early, or their window closed.
    pub cancelled: u32,
    pub snoozed: u32,
    pub skipped: u32,
    /// Reminders the user closed without choosing anything.
    pub dismissed: u32,
    /// Time spent holding stretches, finished or not.
    pub stretched: Duration,
    /// The longest sitting streak that ended in the span.
    pub longest_sitting: Duration,
    /// Events left out because no real event can have their values.
    pub ignored: u32,
}

impl Summary {
    /// Counts one event in (or, with values no real event has, in [`Summary::ignored`]).
    pub fn add(&mut self, kind: &EventKind) {
        if !plausible(kind) {
            bump(&mut self.ignored);
            return;
        }
        match kind {
            EventKind::Reminded { .. } => bump(&mut self.reminders),
            EventKind::Snoozed { .. } => bump(&mut self.snoozed),
            EventKind::Skipped { .. } => bump(&mut self.skipped),
            EventKind::Dismissed { .. } => bump(&mut self.dismissed),
            EventKind::Done { held_secs, .. } => {
                bump(&mut self.done);
                self.stretched = self
                    .stretched
                    .saturating_add(Duration::from_secs(*held_secs));
            }
            EventKind::Cancelled { held_secs, .. } | EventKind::StoppedEarly { held_secs, .. } => {
                bump(&mut self.cancelled);
                self.stretched = self
                    .stretched
                    .saturating_add(Duration::from_secs(*held_secs));
            }
            EventKind::SatFor { secs } => {
                self.longest_sitting = self.longest_sitting.max(Duration::from_secs(*secs));
            }
            EventKind::Sat { from, to, .. } => {
                self.longest_sitting = self.longest_sitting.max(sat_length(*from, *to));
            }
            EventKind::Held { .. }
            | EventKind::Paused { .. }
            | EventKind::Resumed
            | EventKind::Unknown => {}
        }
    }

    /// Adds another span's totals to this one.
    pub fn merge(&mut self, other: &Summary) {
        let counts = [
            (&mut self.reminders, other.reminders),
            (&mut self.done, other.done),
            (&mut self.cancelled, other.cancelled),
            (&mut self.snoozed, other.snoozed),
            (&mut self.skipped, other.skipped),
            (&mut self.dismissed, other.dismissed),
            (&mut self.ignored, other.ignored),
        ];
        for (count, more) in counts {
            *count = count.saturating_add(more);
        }
        self.stretched = self.stretched.saturating_add(other.stretched);
        self.longest_sitting = self.longest_sitting.max(other.longest_sitting);
    }
}

fn bump(count: &mut u32) {
    *count = count.saturating_add(1);
}

/// Whether a real event could have these values.
pub fn plausible(kind: &EventKind) -> bool {
    match kind {
        EventKind::Done { held_secs, .. }
        | EventKind::Cancelled { held_secs, .. }
        | EventKind::StoppedEarly { held_secs, .. } => *held_secs <= MAX_HELD_SECS,
        EventKind::SatFor { secs } => *secs <= MAX_SAT_SECS,
        EventKind::Sat { from, to, .. } => {
            from <= to && sat_length(*from, *to) <= Duration::from_secs(MAX_SAT_SECS)
        }
        _ => true,
    }
}

/// How long a streak from `from` to `to` lasted (zero if it ends before it starts).
pub fn sat_length(from: jiff::Timestamp, to: jiff::Timestamp) -> Duration {
    Duration::try_from(to.duration_since(from)).unwrap_or(Duration::ZERO)
}

/// Which days to sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    Today,
    /// The seven days ending today.
    Week,
}

/// The totals for a range of days ending today.
pub fn summarize<E: Borrow<HistoryEvent>>(
    events: impl IntoIterator<Item = E>,
    range: Range,
    now: &Zoned,
) -> Summary {
    let days = match range {
        Range::Today => 1,
        Range::Week => 7,
    };
    let first = first_day(now, days);
    let today = now.date();
    let mut summary = Summary::default();
    for event in events {
        let event = event.borrow();
        let day = day_of(event, now);
        if day >= first && day <= today {
            summary.add(&event.kind);
        }
    }
    summary
}

/// One summary per day for the `days` days ending today, oldest first.
pub fn per_day<E: Borrow<HistoryEvent>>(
    events: impl IntoIterator<Item = E>,
    days: u32,
    now: &Zoned,
) -> Vec<(Date, Summary)> {
    let first = first_day(now, days);
    let mut out: Vec<(Date, Summary)> = (0..i64::from(days))
        .filter_map(|offset| first.checked_add(jiff::Span::new().days(offset)).ok())
        .map(|day| (day, Summary::default()))
        .collect();
    for event in events {
        let event = event.borrow();
        let day = day_of(event, now);
        if let Some((_, summary)) = out.iter_mut().find(|(d, _)| *d == day) {
            summary.add(&event.kind);
        }
    }
    out
}

/// Stretches finished today, for the timer window's "well done".
pub fn done_today<E: Borrow<HistoryEvent>>(
    events: impl IntoIterator<Item = E>,
    now: &Zoned,
) -> u32 {
    summarize(events, Range::Today, now).done
}

fn day_of(event: &HistoryEvent, now: &Zoned) -> Date {
    event.at.to_zoned(now.time_zone().clone()).date()
}

fn first_day(now: &Zoned, days: u32) -> Date {
    let back = i64::from(days.max(1)) - 1;
    now.date()
        .checked_sub(jiff::Span::new().days(back))
        .unwrap_or(now.date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn now() -> Zoned {
        "2026-11-24T15:00:00[Europe/Berlin]".parse().unwrap()
    }

    fn at(hours_ago: i64, kind: EventKind) -> HistoryEvent {
        HistoryEvent {
            at: now()
                .timestamp()
                .checked_sub(jiff::SignedDuration::from_hours(hours_ago))
                .unwrap(),
            kind,
        }
    }

    fn done(secs: u64) -> EventKind {
        EventKind::Done {
            stretch: "pigeon-pose".into(),
            held_secs: secs,
        }
    }

    #[test]
    fn today_counts_only_todays_events() {
        let events = vec![
            at(
                1,
                EventKind::Reminded {
                    stretch: "pigeon-pose".into(),
                },
            ),
            at(1, done(90)),
            at(2, EventKind::Snoozed { secs: 600 }),
            at(30, done(60)),
        ];
        let today = summarize(&events, Range::Today, &now());
        assert_eq!((today.reminders, today.done, today.snoozed), (1, 1, 1));
        assert_eq!(today.stretched, Duration::from_secs(90));
        assert_eq!(done_today(&events, &now()), 1);
    }

    #[test]
    fn dismissed_reminders_are_counted_apart_from_skips() {
        let dismissed = || EventKind::Dismissed {
            stretch: "pigeon-pose".into(),
        };
        let events = vec![
            at(1, dismissed()),
            at(
                1,
                EventKind::Skipped {
                    stretch: "pigeon-pose".into(),
                },
            ),
            at(2, dismissed()),
            at(30, dismissed()),
        ];
        let today = summarize(&events, Range::Today, &now());
        assert_eq!((today.dismissed, today.skipped), (2, 1));
        assert_eq!(summarize(&events, Range::Week, &now()).dismissed, 3);
    }

    #[test]
    fn a_stretch_stopped_early_is_not_done_but_its_time_counts() {
        let events = vec![
            at(1, done(60)),
            at(
                1,
                EventKind::StoppedEarly {
                    stretch: "pigeon-pose".into(),
                    held_secs: 12,
                    sides_secs: vec![12, 0],
                    hold_secs: 45,
                },
            ),
            at(1, EventKind::Unknown),
        ];
        let today = summarize(&events, Range::Today, &now());
        assert_eq!((today.done, today.cancelled), (1, 1));
        assert_eq!(today.stretched, Duration::from_secs(72));
        assert_eq!(done_today(&events, &now()), 1);
    }

    #[test]
    fn days_follow_the_users_zone_not_utc() {
        // 23:30 in Berlin yesterday is 22:30 UTC: yesterday either way; 00:30 Berlin today is
        // 23:30 UTC yesterday, but it is today for the user.
        let just_after_midnight = HistoryEvent {
            at: "2026-11-23T23:30:00Z".parse().unwrap(),
            kind: done(30),
        };
        assert_eq!(done_today(&[just_after_midnight], &now()), 1);
    }

    #[test]
    fn the_longest_sitting_streak_is_the_maximum() {
        let events = vec![
            at(3, EventKind::SatFor { secs: 3000 }),
            at(2, EventKind::SatFor { secs: 4100 }),
        ];
        assert_eq!(
            summarize(&events, Range::Today, &now()).longest_sitting,
            Duration::from_secs(4100)
        );
    }

    fn sat(hours_ago: i64, minutes: i64) -> HistoryEvent {
        let end = at(hours_ago, EventKind::Resumed).at;
        let from = end
            .checked_sub(jiff::SignedDuration::from_mins(minutes))
            .unwrap();
        at(
            hours_ago,
            EventKind::Sat {
                from,
                to: end,
                ended_by: crate::core::history::BreakKind::Idle,
            },
        )
    }

    #[test]
    fn streaks_with_a_start_and_end_count_beside_older_lengths() {
        let events = vec![
            at(4, EventKind::SatFor { secs: 3000 }),
            sat(2, 75),
            sat(1, -30),
            sat(1, 8 * 24 * 60),
        ];
        let today = summarize(&events, Range::Today, &now());
        assert_eq!(today.longest_sitting, Duration::from_secs(75 * 60));
        assert_eq!(
            today.ignored, 2,
            "a streak ending before it starts, or a week long"
        );
    }

    #[test]
    fn a_week_has_seven_days_oldest_first() {
        let days = per_day(&[], 7, &now());
        assert_eq!(days.len(), 7);
        assert_eq!(days[6].0, now().date());
        assert!(days[0].0 < days[6].0);
    }

    fn any_event() -> impl Strategy<Value = HistoryEvent> {
        let kind = prop_oneof![
            Just(EventKind::Reminded {
                stretch: "pigeon-pose".into()
            }),
            (0u64..120).prop_map(done),
            (0u64..120).prop_map(|held_secs| EventKind::Cancelled {
                stretch: "pigeon-pose".into(),
                held_secs
            }),
            (1u64..3600).prop_map(|secs| EventKind::Snoozed { secs }),
            Just(EventKind::Skipped {
                stretch: "pigeon-pose".into()
            }),
            Just(EventKind::Dismissed {
                stretch: "pigeon-pose".into()
            }),
            (0u64..20_000).prop_map(|secs| EventKind::SatFor { secs }),
        ];
        ((-48i64)..(24 * 12), kind).prop_map(|(hours_ago, kind)| at(hours_ago, kind))
    }

    #[test]
    fn absurd_held_times_are_ignored_and_never_overflow() {
        let events = vec![
            at(1, done(u64::MAX)),
            at(1, done(u64::MAX - 1)),
            at(1, done(60)),
            at(2, EventKind::SatFor { secs: u64::MAX }),
            at(
                2,
                EventKind::Cancelled {
                    stretch: "pigeon-pose".into(),
                    held_secs: u64::MAX,
                },
            ),
        ];
        let week = summarize(&events, Range::Week, &now());
        assert_eq!((week.done, week.cancelled, week.ignored), (1, 0, 4));
        assert_eq!(week.stretched, Duration::from_secs(60));
        assert_eq!(week.longest_sitting, Duration::ZERO);
        assert_eq!(done_today(&events, &now()), 1);
    }

    #[test]
    fn the_longest_real_values_still_count() {
        let events = vec![
            at(1, done(MAX_HELD_SECS)),
            at(1, EventKind::SatFor { secs: MAX_SAT_SECS }),
        ];
        let today = summarize(&events, Range::Today, &now());
        assert_eq!((today.done, today.ignored), (1, 0));
        assert_eq!(today.longest_sitting, Duration::from_secs(MAX_SAT_SECS));
    }

    #[test]
    fn merged_totals_saturate() {
        let mut total = Summary {
            done: u32::MAX,
            stretched: Duration::MAX,
            ..Summary::default()
        };
        total.merge(&total.clone());
        assert_eq!((total.done, total.stretched), (u32::MAX, Duration::MAX));
    }

    /// Any event at any instant jiff can hold, with any numbers.
    fn any_wild_event() -> impl Strategy<Value = HistoryEvent> {
        let stretch = || "[a-z-]{0,12}";
        let kind = prop_oneof![
            stretch().prop_map(|stretch| EventKind::Reminded { stretch }),
            (stretch(), any::<u64>())
                .prop_map(|(stretch, held_secs)| EventKind::Done { stretch, held_secs }),
            (stretch(), any::<u64>())
                .prop_map(|(stretch, held_secs)| EventKind::Cancelled { stretch, held_secs }),
            any::<u64>().prop_map(|secs| EventKind::Snoozed { secs }),
            stretch().prop_map(|stretch| EventKind::Skipped { stretch }),
            stretch().prop_map(|stretch| EventKind::Dismissed { stretch }),
            any::<u64>().prop_map(|secs| EventKind::SatFor { secs }),
            Just(EventKind::Paused { until: None }),
            Just(EventKind::Resumed),
        ];
        let instant = jiff::Timestamp::MIN.as_second()..=jiff::Timestamp::MAX.as_second();
        // Half of them near now, so the totals are exercised, not only the range check.
        let near = now().timestamp().as_second() - 8 * 86_400..=now().timestamp().as_second();
        let second = prop_oneof![instant, near];
        (second, kind).prop_map(|(second, kind)| HistoryEvent {
            at: jiff::Timestamp::from_second(second).unwrap(),
            kind,
        })
    }

    proptest! {
        #[test]
        fn any_history_gives_stats_and_a_week_is_the_sum_of_its_days(
            events in proptest::collection::vec(any_wild_event(), 0..80)
        ) {
            let mut sum = Summary::default();
            for (_, day) in per_day(&events, 7, &now()) {
                sum.merge(&day);
            }
            prop_assert_eq!(sum, summarize(&events, Range::Week, &now()));
            let _ = done_today(&events, &now());
        }

        #[test]
        fn order_does_not_matter(mut events in proptest::collection::vec(any_event(), 0..60)) {
            let forward = summarize(&events, Range::Week, &now());
            events.reverse();
            prop_assert_eq!(forward, summarize(&events, Range::Week, &now()));
        }

        #[test]
        fn events_in_the_future_or_before_the_range_never_count(events in proptest::collection::vec(any_event(), 0..60)) {
            let inside: Vec<HistoryEvent> = events
                .iter()
                .filter(|e| {
                    let day = e.at.to_zoned(now().time_zone().clone()).date();
                    day <= now().date() && day >= first_day(&now(), 7)
                })
                .cloned()
                .collect();
            prop_assert_eq!(summarize(&events, Range::Week, &now()), summarize(&inside, Range::Week, &now()));
        }
    }
}
