//! The daemon's hold on idle time: the best source that answers, found again when it stops.
//!
//! A source that reports by itself is connected with the break threshold and a [`Reporter`]
//! whose reports reach the loop tagged with the source's generation, so a report a replaced
//! source sent late is recognised and dropped. A source that must be sampled is read when the
//! loop asks. With no source (the display is not up yet), the monitor looks again every
//! [`RETRY`]; a source that fails is dropped and looked for again at once, though never sooner
//! than [`RETRY`] after the last look (a server that accepts and then fails cannot make the
//! daemon spin). What it holds decides
//! the core's [`IdleFeed`]: whether the engine must ask for readings.

use std::sync::Arc;
use std::time::Duration;

use crate::core::clock::Mono;
use crate::core::engine::IdleFeed;

use super::{IdleError, IdleReport, IdleSource, Reporter};

/// How often to look for an idle source again while none answers.
pub const RETRY: Duration = Duration::from_secs(10);

/// Finds a source for a threshold, to report to a reporter.
type Detect = Box<dyn FnMut(Duration, Reporter) -> Option<Box<dyn IdleSource>>>;

/// Sends a report to the loop, with the generation of the source that made it.
type Deliver = Arc<dyn Fn(u64, IdleReport) + Send + Sync>;

pub struct Monitor {
    source: Option<Box<dyn IdleSource>>,
    /// Counts the sources connected; a report from an older one is stale.
    generation: u64,
    /// The break threshold a reporting source is told.
    threshold: Duration,
    /// When to look for a source again while none answers.
    retry_at: Mono,
    detect: Detect,
    deliver: Deliver,
}

impl Monitor {
    /// Looks for this platform's best source; its reports go to `deliver(generation, report)`.
    pub fn start(
        threshold: Duration,
        now: Mono,
        deliver: impl Fn(u64, IdleReport) + Send + Sync + 'static,
    ) -> Monitor {
        Monitor::with(threshold, now, Box::new(super::detect), Arc::new(deliver))
    }

    fn with(threshold: Duration, now: Mono, detect: Detect, deliver: Deliver) -> Monitor {
        let mut monitor = Monitor {
            source: None,
            generation: 0,
            threshold,
            retry_at: now,
            detect,
            deliver,
        };
        monitor.connect(now);
        monitor
    }

    /// How readings reach the core with the source held now.
    pub fn feed(&self) -> IdleFeed {
        match &self.source {
            None => IdleFeed::Missing,
            Some(source) if source.reports() => IdleFeed::Events,
            Some(_) => IdleFeed::Sampled,
        }
    }

    /// The source's name, or "none".
    pub fn name(&self) -> &'static str {
        self.source.as_ref().map_or("none", |source| source.name())
    }

    /// When to look for a source again, while none answers.
    pub fn retry_at(&self) -> Option<Mono> {
        self.source.is_none().then_some(self.retry_at)
    }

    /// Idle time now, if a source answers; first looks for one when none does and it is time
    /// to. A source that fails is dropped (and looked for again at once).
    pub fn read(&mut self, now: Mono) -> Option<Duration> {
        if self.source.is_none() && now >= self.retry_at {
            self.connect(now);
        }
        let source = self.source.as_mut()?;
        match source.idle_for() {
            Ok(idle_for) => Some(idle_for),
            Err(error) => {
                self.lose(now, &error);
                None
            }
        }
    }

    /// What the source of `generation` reported: its reading, unless the report is stale or
    /// says the source stopped (which drops it).
    pub fn report(&mut self, now: Mono, generation: u64, report: IdleReport) -> Option<Duration> {
        if generation != self.generation || self.source.is_none() {
            return None;
        }
        match report {
            IdleReport::IdleFor(idle_for) => Some(idle_for),
            IdleReport::Lost(error) => {
                self.lose(now, &error);
                None
            }
        }
    }

    /// The break threshold changed: a reporting source is connected afresh to be told it (a
    /// sampled one needs nothing; the core plans its readings).
    pub fn set_threshold(&mut self, threshold: Duration, now: Mono) {
        if threshold == self.threshold {
            return;
        }
        self.threshold = threshold;
        if self.feed() == IdleFeed::Events {
            self.connect(now);
        }
    }

    fn connect(&mut self, now: Mono) {
        // The old source goes first, so its thread and connection end before a new one starts.
        self.source = None;
        self.generation += 1;
        let generation = self.generation;
        let deliver = Arc::clone(&self.deliver);
        let reporter: Reporter = Arc::new(move |report| deliver(generation, report));
        self.source = (self.detect)(self.threshold, reporter);
        self.retry_at = now + RETRY;
    }

    fn lose(&mut self, now: Mono, error: &IdleError) {
        if let Some(source) = self.source.take() {
            tracing::warn!(
                "{} stopped answering ({error}); looking for another idle source",
                source.name()
            );
        }
        // At once, unless the last look was less than RETRY ago (then `connect` set it).
        self.retry_at = self.retry_at.max(now);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A source that answers `idle` until told to fail.
    struct Fake {
        reports: bool,
        idle: Result<Duration, IdleError>,
    }

    impl IdleSource for Fake {
        fn name(&self) -> &'static str {
            if self.reports {
                "fake-events"
            } else {
                "fake-sampled"
            }
        }

        fn reports(&self) -> bool {
            self.reports
        }

        fn idle_for(&mut self) -> Result<Duration, IdleError> {
            self.idle.clone()
        }
    }

    /// What the fake detector saw: the thresholds it was asked for, and each reporter.
    #[derive(Default)]
    struct Detected {
        thresholds: Vec<Duration>,
        reporters: Vec<Reporter>,
    }

    const BREAK: Duration = Duration::from_secs(300);

    /// The reports delivered to the loop, as (generation, report).
    type Delivered = Arc<Mutex<Vec<(u64, IdleReport)>>>;

    /// A monitor over a detector that finds the sources `found` yields, one per look (None: no
    /// source answers); reports land in the returned list.
    fn monitor(
        mut found: impl FnMut() -> Option<Fake> + 'static,
    ) -> (Monitor, Arc<Mutex<Detected>>, Delivered) {
        let detected = Arc::new(Mutex::new(Detected::default()));
        let delivered = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&detected);
        let detect: Detect = Box::new(move |threshold, reporter| {
            let mut seen = seen.lock().unwrap();
            seen.thresholds.push(threshold);
            seen.reporters.push(reporter);
            found().map(|fake| Box::new(fake) as Box<dyn IdleSource>)
        });
        let inbox = Arc::clone(&delivered);
        let deliver: Deliver = Arc::new(move |generation, report| {
            inbox.lock().unwrap().push((generation, report));
        });
        (
            Monitor::with(BREAK, Mono::ZERO, detect, deliver),
            detected,
            delivered,
        )
    }

    fn reporting() -> Option<Fake> {
        Some(Fake {
            reports: true,
            idle: Ok(Duration::from_secs(3)),
        })
    }

    fn sampled() -> Option<Fake> {
        Some(Fake {
            reports: false,
            idle: Ok(Duration::from_secs(7)),
        })
    }

    #[test]
    fn the_feed_follows_the_source_held() {
        assert_eq!(monitor(reporting).0.feed(), IdleFeed::Events);
        assert_eq!(monitor(sampled).0.feed(), IdleFeed::Sampled);
        let (none, _, _) = monitor(|| None);
        assert_eq!(none.feed(), IdleFeed::Missing);
        assert_eq!(none.name(), "none");
        assert_eq!(none.retry_at(), Some(Mono::ZERO + RETRY));
    }

    #[test]
    fn with_no_source_it_looks_again_only_when_the_retry_is_due() {
        let mut looks = 0;
        let (mut monitor, detected, _) = monitor(move || {
            looks += 1;
            (looks > 1).then(sampled).flatten()
        });
        assert_eq!(monitor.read(Mono::from_secs(5)), None);
        assert_eq!(detected.lock().unwrap().thresholds.len(), 1);
        assert_eq!(
            monitor.read(Mono::ZERO + RETRY),
            Some(Duration::from_secs(7))
        );
        assert_eq!(monitor.feed(), IdleFeed::Sampled);
    }

    #[test]
    fn reports_reach_the_loop_tagged_and_stale_ones_are_dropped() {
        let (mut monitor, detected, delivered) = monitor(reporting);
        let first = Arc::clone(&detected.lock().unwrap().reporters[0]);
        first(IdleReport::IdleFor(BREAK));
        let (generation, report) = delivered.lock().unwrap().remove(0);
        assert_eq!(
            monitor.report(Mono::ZERO, generation, report.clone()),
            Some(BREAK)
        );
        // A new threshold connects a new source; the old one's late reports count for nothing.
        monitor.set_threshold(BREAK * 2, Mono::ZERO);
        assert_eq!(detected.lock().unwrap().thresholds, [BREAK, BREAK * 2]);
        assert_eq!(monitor.report(Mono::ZERO, generation, report), None);
    }

    #[test]
    fn a_sampled_source_is_kept_when_the_threshold_changes() {
        let (mut monitor, detected, _) = monitor(sampled);
        monitor.set_threshold(BREAK * 2, Mono::ZERO);
        assert_eq!(detected.lock().unwrap().thresholds, [BREAK]);
    }

    #[test]
    fn a_lost_source_is_dropped_and_looked_for_again_at_once() {
        let (mut monitor, _, _) = monitor(reporting);
        let lost = IdleReport::Lost(IdleError("gone".into()));
        assert_eq!(monitor.report(Mono::from_secs(50), 1, lost), None);
        assert_eq!(monitor.feed(), IdleFeed::Missing);
        assert_eq!(monitor.retry_at(), Some(Mono::from_secs(50)));
        assert_eq!(
            monitor.read(Mono::from_secs(50)),
            Some(Duration::from_secs(3))
        );
        assert_eq!(monitor.feed(), IdleFeed::Events);
    }

    #[test]
    fn a_source_that_fails_at_once_is_looked_for_again_only_after_the_retry() {
        let (mut monitor, detected, _) = monitor(|| {
            Some(Fake {
                reports: false,
                idle: Err(IdleError("gone".into())),
            })
        });
        assert_eq!(monitor.read(Mono::from_secs(1)), None);
        assert_eq!(monitor.feed(), IdleFeed::Missing);
        assert_eq!(monitor.retry_at(), Some(Mono::ZERO + RETRY));
        assert_eq!(monitor.read(Mono::from_secs(2)), None);
        assert_eq!(
            detected.lock().unwrap().thresholds.len(),
            1,
            "no second look yet"
        );
    }
}
