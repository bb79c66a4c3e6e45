//! The core's front door: every input the shell observes goes through [`Engine::handle`] with the
//! time it happened, and what should happen comes back as [`Effect`]s for the shell to perform.
//!
//! The engine joins the sitting tracker ([`super::activity`]), the reminder schedule
//! ([`super::schedule`]) and the stretch rotation ([`super::catalog`]). It owns no I/O: showing a
//! notification, opening the timer window, writing history and saving state are all effects.

use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::activity::{Activity, Away, StreakEnded};
use super::catalog::{Catalog, Rotation, Stretch};
use super::clock::{Mono, Now};
use super::history::{BreakKind, EventKind, HoldEnded};
use super::hold::{AfterCheck, BusyReason, Hold, HoldRules};
use super::routine::{Ended, Outcome, Routine};
use super::schedule::{self, PauseEnd, PauseLength, ReminderRules, Schedule, Verdict};
pub use super::standing::Standing;
use crate::echo::echo;
use crate::t;

/// The settings the engine runs on; built from the config file.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub rules: ReminderRules,
    /// Idle time that counts as a break.
    pub break_after: Duration,
    /// Holding reminders while the user is busy.
    pub hold: HoldRules,
}

/// Something the shell observed or the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A deadline the engine asked for came and brought no idle reading (the source reports by
    /// itself, or none answers); with a reading the shell sends [`Input::IdleSample`] instead.
    Tick,
    /// The user has had no keyboard or pointer input for this long: sampled when the engine
    /// asked, or reported by the source when idleness reached `break_after` or input resumed.
    IdleSample(Duration),
    Locked,
    /// The session was unlocked, or, asked after [`Effect::CheckLocked`], holds no lock.
    Unlocked,
    /// The machine is about to sleep.
    Sleeping,
    /// The machine slept and we only noticed afterwards (a gap between the clocks).
    Slept,
    /// The user answered the reminder notification.
    Answer(Answer),
    /// Postpone the next reminder (default length when None).
    Snooze(Option<Duration>),
    /// Decline the reminder that is due.
    Skip,
    Pause(PauseLength),
    Resume,
    /// Start a stretch now: a given one, or the next in rotation.
    StretchNow(Option<String>),
    /// A timer window began counting this stretch and will report its end (its connection, or
    /// the child process the shell watches). For the stretch already under way it means only
    /// that a window now reports on it.
    StretchStarted(String),
    /// The timer window for this stretch closed. A window the engine did not see begin counts
    /// too. Held time is clamped to what can be true.
    StretchEnded(String, Ended),
    /// The answer to [`Effect::CheckBusy`]: why the user is busy (empty: free).
    BusyChecked(Vec<BusyReason>),
    /// Let reminders through outside working hours until the day ends.
    RemindAnywayToday,
}

/// How idle readings reach the engine, which decides whether it must ask for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleFeed {
    /// The shell reads idle time at the deadlines the engine sets ([`Engine::next_deadline`]
    /// includes the next look).
    Sampled,
    /// The source reports by itself when idleness reaches `break_after` and when input resumes;
    /// the engine plans no readings.
    Events,
    /// No source answers (yet): the user counts as sitting, and there is nothing to ask.
    Missing,
}

/// How the user answered the reminder notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Start,
    Snooze,
    Skip,
    /// The user closed it without choosing anything: recorded, and it comes back after the
    /// snooze length.
    Dismissed,
    /// It went away without the user (it expired, the server or its window closed it): it
    /// comes back after the snooze length, and nothing is recorded.
    Vanished,
}

/// What the shell should do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Show the reminder notification, suggesting `stretch`. `quiet`: it was held as long as
    /// allowed while the user was busy, so it should not pop up loudly.
    ShowReminder {
        stretch: Stretch,
        sat_for: Duration,
        quiet: bool,
    },
    /// Find out whether the user is busy and answer with [`Input::BusyChecked`].
    CheckBusy,
    /// Close the reminder notification if it is still showing.
    WithdrawReminder,
    /// Tell the timer window of the stretch that just ended to close: the window stayed open
    /// past the stretch's length and a reminder interval (paused and forgotten, or stopped), so
    /// the engine ended it as cancelled. Whatever the window reports afterwards records nothing.
    CloseStretchWindow,
    /// Ask the session whether it is still locked: the engine believes it is, yet a reading
    /// found someone at the keyboard (a locker that never said it ended, or a hand on the mouse
    /// at a lock screen). Answer with [`Input::Unlocked`] when it is not; nothing when it is.
    CheckLocked,
    /// Open the timer window for `stretch`, counting at once.
    OpenStretch { stretch: Stretch },
    /// Append to history.
    Record(EventKind),
    /// Persist [`Engine::snapshot`].
    SaveState,
}

/// How long past its planned length a stretch no window reports on is left running before the
/// engine ends it itself (as cancelled). A live window keeps its stretch longer: pauses, +15 s
/// and an unhurried setup all take time, so it has a whole reminder interval (`every`) past the
/// planned length; a window left open longer than that (paused and forgotten, or stopped) would
/// otherwise hold off every reminder for good, and the next one would have come by then anyway.
pub const UNWATCHED_GRACE: Duration = Duration::from_secs(120);

/// A request the engine turned down, with a message for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected(pub String);

/// The one-word state shown by `limber status` and the tray.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Active,
    OnBreak,
    Due,
    /// Due, but held while the user is busy.
    Held,
    Snoozed,
    Paused,
    Stretching,
}

/// Everything a status line needs, computed at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub state: State,
    /// The current sitting streak.
    pub sitting: Duration,
    /// All sitting today, the current streak included.
    pub sitting_today: Duration,
    /// Until the next reminder may fire (None while paused, away or stretching).
    pub next_reminder_in: Option<Duration>,
    /// When the pause ends (None: not paused, or until resumed).
    pub paused_until: Option<Timestamp>,
    /// The stretch that is due or under way.
    pub stretch: Option<String>,
    /// Outside working hours: when they open again.
    pub off_until: Option<jiff::Zoned>,
    /// Why the due reminder is held (empty when it is not).
    pub holding: Vec<BusyReason>,
}

/// What survives a restart. Times are wall-clock instants so they mean something to a new process.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub saved_at: Option<Timestamp>,
    pub sitting_since: Option<Timestamp>,
    pub snoozed_until: Option<Timestamp>,
    pub paused: Option<SavedPause>,
    /// The last stretch suggested, so the rotation carries on where it was (what state from
    /// before `rotation` has; still written for a downgrade).
    pub last_stretch: Option<String>,
    /// Where the rotation stands in each position.
    #[serde(default)]
    pub rotation: Option<Rotation>,
    /// "Remind me anyway today": working hours are waived until this instant.
    #[serde(default)]
    pub hours_waived_until: Option<Timestamp>,
}

/// A pause as saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedPause {
    UntilResumed,
    Until(Timestamp),
}

/// The decision engine.
#[derive(Clone, Debug)]
pub struct Engine {
    activity: Activity,
    schedule: Schedule,
    catalog: Catalog,
    rotation: Rotation,
    stretching: Option<Stretching>,
    /// A due reminder waiting for the user to be free.
    hold: Option<Hold>,
    hold_rules: HoldRules,
    /// The last idle reading; the next one is planned from it, whatever arrives in between.
    last_sample: IdleReading,
    /// Whether the engine must ask for readings.
    idle_feed: IdleFeed,
    sat_today: (Option<jiff::civil::Date>, Duration),
}

/// A stretch under way.
#[derive(Clone, Debug)]
struct Stretching {
    id: String,
    /// When the engine learnt of it: no window can have held it for longer than since then.
    began: Mono,
    /// Whether a timer window will report its end. Until one does, the engine ends the stretch
    /// itself once its planned length and [`UNWATCHED_GRACE`] have passed; after, once its
    /// planned length and a reminder interval have.
    watched: bool,
}

/// One reading of idle time: when it was taken, and how long the user had been idle then.
#[derive(Clone, Copy, Debug)]
struct IdleReading {
    at: Mono,
    idle: Duration,
}

impl Engine {
    /// A fresh engine: the user is taken to have just sat down.
    pub fn new(settings: Settings, catalog: Catalog, now: &Now) -> Engine {
        Engine {
            activity: Activity::new(settings.break_after, now.mono),
            schedule: Schedule::new(settings.rules),
            catalog,
            rotation: Rotation::default(),
            stretching: None,
            hold: None,
            hold_rules: settings.hold,
            last_sample: IdleReading {
                at: now.mono,
                idle: Duration::ZERO,
            },
            idle_feed: IdleFeed::Sampled,
            sat_today: (Some(now.wall.date()), Duration::ZERO),
        }
    }

    /// An engine picking up from a snapshot. The sitting streak continues only if the previous
    /// run ended less than a break ago; otherwise the time away was a break.
    pub fn restored(
        settings: Settings,
        catalog: Catalog,
        snapshot: &Snapshot,
        now: &Now,
    ) -> Engine {
        let mut engine = Engine::new(settings, catalog, now);
        let now_ts = now.timestamp();
        let recent = snapshot.saved_at.is_some_and(|saved| {
            saved <= now_ts
                && now_ts.duration_since(saved).unsigned_abs() < engine.activity.break_after()
        });
        if let (true, Some(since)) = (recent, snapshot.sitting_since) {
            let sat = now_ts.duration_since(since);
            if !sat.is_negative() {
                let since = now.mono.saturating_sub(sat.unsigned_abs());
                engine.activity = Activity::resumed(engine.activity.break_after(), since);
            }
        }
        let paused = match snapshot.paused {
            Some(SavedPause::UntilResumed) => Some(PauseEnd::Resumed),
            Some(SavedPause::Until(at)) if at > now_ts => Some(PauseEnd::At(at)),
            _ => None,
        };
        let snoozed_until = snapshot
            .snoozed_until
            .filter(|at| *at > now_ts)
            .map(|at| schedule::mono_at(now, at));
        engine.schedule.restore(paused, snoozed_until);
        if let Some(until) = snapshot.hours_waived_until.filter(|at| *at > now_ts) {
            engine.schedule.waive_hours_until(until);
        }
        engine.rotation = snapshot
            .rotation
            .clone()
            .unwrap_or_else(|| Rotation::after(snapshot.last_stretch.clone(), &engine.catalog));
        engine
    }

    /// What to save so a restart can pick up from here.
    pub fn snapshot(&self, now: &Now) -> Snapshot {
        Snapshot {
            saved_at: Some(now.timestamp()),
            sitting_since: self.activity.sitting_since().and_then(|since| {
                let sat = jiff::SignedDuration::try_from(now.mono.saturating_since(since)).ok()?;
                now.timestamp().checked_sub(sat).ok()
            }),
            snoozed_until: self
                .schedule
                .snoozed_until()
                .and_then(|at| schedule::wall_at(now, at)),
            paused: self.schedule.paused().map(|end| match end {
                PauseEnd::Resumed => SavedPause::UntilResumed,
                PauseEnd::After(_) | PauseEnd::At(_) => self
                    .schedule
                    .pause_end_wall(now)
                    .map_or(SavedPause::UntilResumed, SavedPause::Until),
            }),
            last_stretch: self.rotation.last.clone(),
            rotation: Some(self.rotation.clone()),
            hours_waived_until: self.schedule.hours_waived_until(now),
        }
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The settings in force.
    pub fn settings(&self) -> Settings {
        Settings {
            rules: self.schedule.rules().clone(),
            break_after: self.activity.break_after(),
            hold: self.hold_rules,
        }
    }

    /// Applies a reloaded config. Sitting time, snooze and pause carry over.
    pub fn reconfigure(&mut self, settings: Settings, catalog: Catalog) {
        self.activity.set_break_after(settings.break_after);
        self.schedule.set_rules(settings.rules);
        self.hold_rules = settings.hold;
        self.catalog = catalog;
    }

    /// How idle readings arrive from now on (the source changed). Sampled until told otherwise.
    pub fn set_idle_feed(&mut self, feed: IdleFeed) {
        self.idle_feed = feed;
    }

    /// Handles one input at `now`.
    pub fn handle(&mut self, now: &Now, input: Input) -> Result<Vec<Effect>, Rejected> {
        let mut effects = Vec::new();
        let streak_before = self.activity.sitting_since();
        match input {
            Input::Tick => {
                if self.next_sample_at().is_some_and(|at| now.mono >= at) {
                    // A look was due and brought no reading: plan the next from now.
                    self.last_sample = IdleReading {
                        at: now.mono,
                        idle: Duration::ZERO,
                    };
                }
            }
            Input::IdleSample(idle) => {
                self.last_sample = IdleReading { at: now.mono, idle };
                if self.activity.doubts_lock(idle) {
                    effects.push(Effect::CheckLocked);
                }
                let since = self.activity.sitting_since();
                let ended = self.activity.idle_sample(now.mono, idle);
                self.streak_ended(now, since, ended, Away::Idle, &mut effects);
            }
            Input::Locked => self.left(now, Away::Locked, &mut effects),
            Input::Sleeping => self.left(now, Away::Asleep, &mut effects),
            Input::Slept => {
                let since = self.activity.sitting_since();
                let ended = self.activity.slept(now.mono);
                self.streak_ended(now, since, ended, Away::Asleep, &mut effects);
            }
            Input::Unlocked => self.activity.unlocked(now.mono),
            Input::Answer(Answer::Start) => {
                let id = self.schedule.pending().map(|p| p.stretch_id.clone());
                self.start_stretch(now, id, &mut effects)?;
            }
            Input::Answer(Answer::Snooze) => self.snooze(now, None, &mut effects),
            Input::Snooze(length) => self.snooze(now, length, &mut effects),
            Input::Answer(Answer::Skip) | Input::Skip => self.skip(now, &mut effects)?,
            Input::Answer(Answer::Dismissed) => {
                if let Some(pending) = self.schedule.pending() {
                    effects.push(Effect::Record(EventKind::Dismissed {
                        stretch: pending.stretch_id.clone(),
                    }));
                }
                self.schedule.reminder_dismissed(now.mono);
            }
            Input::Answer(Answer::Vanished) => self.schedule.reminder_dismissed(now.mono),
            Input::Pause(length) => {
                let until = self.schedule.pause(now, length);
                self.withdraw_pending(&mut effects);
                effects.push(Effect::Record(EventKind::Paused { until }));
                effects.push(Effect::SaveState);
            }
            Input::Resume => {
                if !self.schedule.resume() {
                    return Err(Rejected(t!("error-not-paused")));
                }
                effects.push(Effect::Record(EventKind::Resumed));
                effects.push(Effect::SaveState);
            }
            Input::StretchNow(id) => self.start_stretch(now, id, &mut effects)?,
            Input::StretchStarted(id) => self.stretch_started(now, id, &mut effects)?,
            Input::StretchEnded(id, ended) => self.window_ended(now, id, ended, &mut effects)?,
            Input::BusyChecked(reasons) => self.busy_checked(now, reasons, &mut effects),
            Input::RemindAnywayToday => {
                self.schedule
                    .waive_hours_until(schedule::start_of_tomorrow(&now.wall));
                effects.push(Effect::SaveState);
            }
        }
        if let Some(watched) = self.overdue(now) {
            // It has run past its length and what may stretch it: it is over. Before the streak
            // check below, so the streak it starts settles what was snoozed before.
            self.stretch_ended(now, Ended::closed(0), &mut effects);
            if watched {
                effects.push(Effect::CloseStretchWindow);
            }
        }
        let streak_after = self.activity.sitting_since();
        if streak_after.is_some() && streak_after != streak_before {
            // A new streak counts from zero: nothing snoozed or skipped before it carries on.
            self.schedule.settle();
        }
        self.evaluate(now, &mut effects);
        Ok(effects)
    }

    /// The earliest moment the engine needs to be asked again, even if nothing happens; None
    /// when only a new input can change anything. It depends on what the engine has seen, not
    /// on when it is asked: requests arriving between deadlines never put the next idle reading
    /// off.
    pub fn next_deadline(&self, now: &Now) -> Option<Mono> {
        let look = earliest(self.next_sample_at(), self.stretch_overdue_at());
        match self.verdict(now) {
            Verdict::Fire => Some(self.hold.as_ref().map_or(now.mono, |hold| {
                earliest(Some(hold.check_at()), look).unwrap_or(now.mono)
            })),
            Verdict::Wait(at) => earliest(at, look),
        }
    }

    /// Whether the engine wants an idle reading at `now`, whichever way readings arrive (a
    /// source that reports by itself is read too, once, while the session is believed locked).
    pub fn reading_due(&self, now: &Now) -> bool {
        self.next_sample_at().is_some_and(|at| now.mono >= at)
    }

    /// When idle time should next be read, if the engine must ask for it: planned from the last
    /// reading. A source that reports by itself says nothing when the user comes back before
    /// idleness reached `break_after`; so once the session is believed locked it is read one
    /// `break_after` after the lock began, to learn whether someone is at the keyboard.
    fn next_sample_at(&self) -> Option<Mono> {
        match self.idle_feed {
            IdleFeed::Sampled => self
                .activity
                .next_sample_at(self.last_sample.at, self.last_sample.idle),
            IdleFeed::Events => self
                .activity
                .locked_since()
                .map(|since| since + self.activity.break_after())
                .filter(|look| self.last_sample.at < *look),
            IdleFeed::Missing => None,
        }
    }

    /// The status at `now`.
    pub fn status(&self, now: &Now) -> Status {
        self.standing().status(now)
    }

    /// Where the user stands, to tell the status at any moment until the engine next changes:
    /// what the tray's line and tooltip are computed from when someone looks.
    pub fn standing(&self) -> Standing {
        Standing {
            activity: self.activity.clone(),
            schedule: self.schedule.clone(),
            stretching: self.stretching.as_ref().map(|s| s.id.clone()),
            holding: self
                .hold
                .as_ref()
                .map_or(Vec::new(), |hold| hold.reasons().to_vec()),
            sat_today: self.sat_today,
        }
    }

    fn verdict(&self, now: &Now) -> Verdict {
        if self.stretching.is_some() {
            // Nothing fires during a stretch, but a pause still ends on time.
            return Verdict::Wait(self.schedule.pause_end_mono(now));
        }
        self.schedule.verdict(now, self.activity.sitting_since())
    }

    /// Runs after every input: ends a pause whose time is up, and fires a reminder that is due,
    /// first asking whether the user is busy. A hold lasts only while the reminder would fire:
    /// a break, pause, snooze or stretch ends it.
    fn evaluate(&mut self, now: &Now, effects: &mut Vec<Effect>) {
        if self.schedule.expire_pause(now) {
            effects.push(Effect::Record(EventKind::Resumed));
            effects.push(Effect::SaveState);
        }
        if self.verdict(now) != Verdict::Fire {
            self.end_hold(now, HoldEnded::Dropped, effects);
            return;
        }
        if !self.hold_rules.enabled {
            self.end_hold(now, HoldEnded::Shown, effects);
            self.fire(now, false, effects);
            return;
        }
        match &mut self.hold {
            None => {
                self.hold = Some(Hold::begin(now.mono));
                effects.push(Effect::CheckBusy);
            }
            Some(hold) if hold.check_due(now.mono) => {
                hold.checking(now.mono);
                effects.push(Effect::CheckBusy);
            }
            Some(_) => {}
        }
    }

    /// The shell's answer to a busy check.
    fn busy_checked(&mut self, now: &Now, reasons: Vec<BusyReason>, effects: &mut Vec<Effect>) {
        let Some(hold) = &mut self.hold else {
            // Nothing is held any more (a break came in between): a late answer changes nothing.
            return;
        };
        if let AfterCheck::Show { quiet } = hold.checked(now.mono, reasons, &self.hold_rules) {
            let ended = if quiet {
                HoldEnded::ShownAnyway
            } else {
                HoldEnded::Shown
            };
            self.end_hold(now, ended, effects);
            if self.verdict(now) == Verdict::Fire {
                self.fire(now, quiet, effects);
            }
        }
    }

    /// Lets go of the hold, if any; one that held the reminder for a reason is recorded.
    fn end_hold(&mut self, now: &Now, ended: HoldEnded, effects: &mut Vec<Effect>) {
        let Some(hold) = self.hold.take() else {
            return;
        };
        if hold.held_for().is_empty() {
            return;
        }
        effects.push(Effect::Record(EventKind::Held {
            from: wall_before(now, hold.since()),
            reasons: hold.held_for().to_vec(),
            ended,
        }));
    }

    /// Shows the next stretch in rotation as the reminder.
    fn fire(&mut self, now: &Now, quiet: bool, effects: &mut Vec<Effect>) {
        let Some(stretch) = self.catalog.next(&self.rotation).cloned() else {
            return;
        };
        self.schedule.reminder_shown(stretch.id.clone());
        self.rotation.note(&stretch);
        effects.push(Effect::Record(EventKind::Reminded {
            stretch: stretch.id.clone(),
        }));
        effects.push(Effect::ShowReminder {
            sat_for: self.activity.sitting_for(now.mono),
            stretch,
            quiet,
        });
        effects.push(Effect::SaveState);
    }

    fn left(&mut self, now: &Now, why: Away, effects: &mut Vec<Effect>) {
        let since = self.activity.sitting_since();
        let ended = self.activity.left(now.mono, why);
        self.streak_ended(now, since, ended, why, effects);
    }

    /// A sitting streak that began at `since` ended (`ended`) as `why` began: record it, and
    /// whatever was due is resolved by the break.
    fn streak_ended(
        &mut self,
        now: &Now,
        since: Option<Mono>,
        ended: Option<StreakEnded>,
        why: Away,
        effects: &mut Vec<Effect>,
    ) {
        let (Some(since), Some(StreakEnded { sat_for })) = (since, ended) else {
            return;
        };
        let today = now.wall.date();
        if self.sat_today.0 != Some(today) {
            self.sat_today = (Some(today), Duration::ZERO);
        }
        self.sat_today.1 += sat_for;
        if self.schedule.settle().is_some() {
            effects.push(Effect::WithdrawReminder);
        }
        effects.push(Effect::Record(EventKind::Sat {
            from: wall_before(now, since),
            to: wall_before(now, since + sat_for),
            ended_by: match why {
                Away::Idle => BreakKind::Idle,
                Away::Locked => BreakKind::Locked,
                Away::Asleep => BreakKind::Asleep,
                Away::Stretching => BreakKind::Stretch,
            },
        }));
        effects.push(Effect::SaveState);
    }

    fn start_stretch(
        &mut self,
        now: &Now,
        id: Option<String>,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Rejected> {
        if let Some(current) = &self.stretching {
            return Err(already_under_way(&current.id));
        }
        let stretch = match id {
            Some(id) => self
                .catalog
                .get(&id)
                .cloned()
                .ok_or_else(|| no_such_stretch(&id))?,
            None => self
                .catalog
                .next(&self.rotation)
                .cloned()
                .ok_or_else(|| Rejected(t!("error-nothing-enabled")))?,
        };
        // Not watched until the shell says a window reports on it (Input::StretchStarted).
        self.enter_stretch(now, stretch.id.clone(), false, effects);
        effects.push(Effect::OpenStretch { stretch });
        Ok(())
    }

    fn enter_stretch(&mut self, now: &Now, id: String, watched: bool, effects: &mut Vec<Effect>) {
        self.withdraw_pending(effects);
        self.left(now, Away::Stretching, effects);
        self.schedule.settle();
        if let Some(stretch) = self.catalog.get(&id) {
            self.rotation.note(stretch);
        }
        self.stretching = Some(Stretching {
            id,
            began: now.mono,
            watched,
        });
    }

    /// A window began counting `id`: a new stretch, or a window for the one under way.
    fn stretch_started(
        &mut self,
        now: &Now,
        id: String,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Rejected> {
        match &mut self.stretching {
            Some(current) if current.id == id => current.watched = true,
            Some(current) => return Err(already_under_way(&current.id)),
            None => {
                self.known(&id)?;
                self.enter_stretch(now, id, true, effects);
            }
        }
        Ok(())
    }

    /// A window for `id` closed. Its held time can be no longer than since the engine saw the
    /// stretch begin; for one it did not see begin, no longer than the routine's planned length.
    fn window_ended(
        &mut self,
        now: &Now,
        id: String,
        ended: Ended,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Rejected> {
        let limit = match &self.stretching {
            Some(current) if current.id == id => now.mono.saturating_since(current.began),
            Some(current) => {
                return Err(Rejected(t!(
                    "error-not-the-stretch-under-way",
                    id = echo(&id),
                    current = current.id.as_str()
                )))
            }
            None => {
                self.known(&id)?;
                let planned = self.planned_length(&id);
                self.enter_stretch(now, id, false, effects);
                planned
            }
        };
        self.stretch_ended(now, ended.held_at_most(limit), effects);
        Ok(())
    }

    /// Refuses a stretch id the catalogue does not have.
    pub fn known(&self, id: &str) -> Result<(), Rejected> {
        match self.catalog.get(id) {
            Some(_) => Ok(()),
            None => Err(no_such_stretch(id)),
        }
    }

    /// How long the routine of stretch `id` takes when nothing interrupts it.
    fn planned_length(&self, id: &str) -> Duration {
        self.catalog.get(id).map_or(Duration::ZERO, |stretch| {
            Routine::ready(stretch, Mono::ZERO).total()
        })
    }

    /// When the stretch under way is over whatever its window says, if one is under way: its
    /// planned length and [`UNWATCHED_GRACE`] after it began when no window reports on it, its
    /// planned length and a reminder interval after when one does.
    fn stretch_overdue_at(&self) -> Option<Mono> {
        let stretching = self.stretching.as_ref()?;
        let slack = if stretching.watched {
            self.schedule.rules().every
        } else {
            UNWATCHED_GRACE
        };
        Some(stretching.began + self.planned_length(&stretching.id) + slack)
    }

    /// Whether the stretch under way is overdue at `now`, and if so whether a window reports on
    /// it.
    fn overdue(&self, now: &Now) -> Option<bool> {
        let stretching = self.stretching.as_ref()?;
        let due = self.stretch_overdue_at()?;
        (now.mono >= due).then_some(stretching.watched)
    }

    fn stretch_ended(&mut self, now: &Now, ended: Ended, effects: &mut Vec<Effect>) {
        let Some(Stretching { id: stretch, .. }) = self.stretching.take() else {
            return;
        };
        self.activity.stretch_ended(now.mono);
        // Judged here again, whatever the window made of it: the planned hold is the catalogue's.
        // A stretch the catalogue does not know cannot be judged, so it never counts as done.
        let record = match self.catalog.get(&stretch) {
            Some(known) => {
                Outcome::judge(ended, known.hold, known.sides() as usize).record(stretch)
            }
            None => EventKind::Cancelled {
                stretch,
                held_secs: ended.held_secs,
            },
        };
        effects.push(Effect::Record(record));
        effects.push(Effect::SaveState);
    }

    fn snooze(&mut self, now: &Now, length: Option<Duration>, effects: &mut Vec<Effect>) {
        let was_pending = self.schedule.pending().is_some();
        let length = self
            .schedule
            .snooze(now.mono, self.activity.sitting_since(), length);
        if was_pending {
            effects.push(Effect::WithdrawReminder);
        }
        effects.push(Effect::Record(EventKind::Snoozed {
            secs: length.as_secs(),
        }));
        effects.push(Effect::SaveState);
    }

    fn skip(&mut self, now: &Now, effects: &mut Vec<Effect>) -> Result<(), Rejected> {
        if self.hold.is_some() {
            self.end_hold(now, HoldEnded::Skipped, effects);
            // A held reminder was not shown yet; skipping it declines the stretch it would have
            // suggested, and restarts the count all the same.
            self.schedule.skip(now.mono);
            if let Some(stretch) = self.catalog.next(&self.rotation).cloned() {
                self.rotation.note(&stretch);
                effects.push(Effect::Record(EventKind::Skipped {
                    stretch: stretch.id.clone(),
                }));
            }
            effects.push(Effect::SaveState);
            return Ok(());
        }
        let Some(pending) = self.schedule.pending().cloned() else {
            return Err(Rejected(t!("error-nothing-due")));
        };
        self.schedule.skip(now.mono);
        effects.push(Effect::WithdrawReminder);
        effects.push(Effect::Record(EventKind::Skipped {
            stretch: pending.stretch_id,
        }));
        effects.push(Effect::SaveState);
        Ok(())
    }

    fn withdraw_pending(&mut self, effects: &mut Vec<Effect>) {
        if self.schedule.pending().is_some() {
            self.schedule.settle();
            effects.push(Effect::WithdrawReminder);
        }
    }
}

/// The earlier of two moments, either of which may be missing.
fn earliest(a: Option<Mono>, b: Option<Mono>) -> Option<Mono> {
    a.into_iter().chain(b).min()
}

/// The wall-clock instant of a monotonic reading at or before `now`, assuming the clock was not
/// set and the machine did not sleep in between (a streak or a hold ends at either).
fn wall_before(now: &Now, at: Mono) -> Timestamp {
    let ago = jiff::SignedDuration::try_from(now.mono.saturating_since(at))
        .unwrap_or(jiff::SignedDuration::MAX);
    now.timestamp().checked_sub(ago).unwrap_or(Timestamp::MIN)
}

fn already_under_way(current: &str) -> Rejected {
    Rejected(t!("error-stretch-under-way", current = current))
}

fn no_such_stretch(id: &str) -> Rejected {
    Rejected(t!("error-no-such-stretch", id = echo(id)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Position;
    use crate::core::clock::test_clock::monday_9am;
    use proptest::prelude::*;

    const EVERY: Duration = Duration::from_secs(3600);
    const SNOOZE: Duration = Duration::from_secs(600);
    const BREAK: Duration = Duration::from_secs(300);

    fn settings() -> Settings {
        Settings {
            rules: ReminderRules {
                every: EVERY,
                snooze: SNOOZE,
                working_hours: Vec::new(),
            },
            break_after: BREAK,
            hold: HoldRules {
                enabled: false,
                max: Duration::from_secs(7200),
            },
        }
    }

    fn catalog() -> Catalog {
        Catalog::new(
            Vec::new(),
            vec![Position::Chair, Position::Standing, Position::Floor],
            Vec::new(),
        )
    }

    fn engine() -> (Engine, Now) {
        let now = monday_9am();
        (Engine::new(settings(), catalog(), &now), now)
    }

    fn reminders(effects: &[Effect]) -> Vec<String> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::ShowReminder { stretch, .. } => Some(stretch.id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Sits actively (input every second) for `length`, returning every effect.
    fn sit(engine: &mut Engine, now: &mut Now, length: Duration) -> Vec<Effect> {
        let end = now.mono + length;
        advance(engine, now, end, &Input::IdleSample(Duration::from_secs(1)))
    }

    /// Lets time pass until `end`, waking at every deadline the engine asks for and giving it
    /// `reading` each time, as the loop would. Returns every effect.
    fn advance(engine: &mut Engine, now: &mut Now, end: Mono, reading: &Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        while now.mono < end {
            let step = engine
                .next_deadline(now)
                .map_or(end, |deadline| deadline.min(end))
                .saturating_since(now.mono)
                .max(Duration::from_millis(1));
            *now = now.advanced(step);
            effects.extend(engine.handle(now, reading.clone()).unwrap());
        }
        effects
    }

    /// The sitting streaks recorded, as (seconds, what ended them).
    fn streaks(effects: &[Effect]) -> Vec<(i64, BreakKind)> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(EventKind::Sat { from, to, ended_by }) => {
                    Some((to.duration_since(*from).as_secs(), *ended_by))
                }
                _ => None,
            })
            .collect()
    }

    /// The wall-clock instant `secs` after the engine's start.
    fn wall(secs: i64) -> Timestamp {
        monday_9am()
            .timestamp()
            .checked_add(jiff::SignedDuration::from_secs(secs))
            .unwrap()
    }

    #[test]
    fn a_streak_is_recorded_from_when_it_began_to_the_last_input_before_the_break() {
        let (mut engine, now) = engine();
        // Sat 20 minutes, then idle: noticed 6 minutes into the idleness.
        let noticed = now.advanced(Duration::from_secs(26 * 60));
        let effects = engine
            .handle(&noticed, Input::IdleSample(Duration::from_secs(6 * 60)))
            .unwrap();
        assert!(effects.contains(&Effect::Record(EventKind::Sat {
            from: wall(0),
            to: wall(20 * 60),
            ended_by: BreakKind::Idle,
        })));
        // Back, then the screen is locked 10 minutes later.
        let back = noticed.advanced(Duration::from_secs(60));
        engine
            .handle(&back, Input::IdleSample(Duration::ZERO))
            .unwrap();
        let locked = back.advanced(Duration::from_secs(600));
        let effects = engine.handle(&locked, Input::Locked).unwrap();
        assert!(effects.contains(&Effect::Record(EventKind::Sat {
            from: wall(27 * 60),
            to: wall(37 * 60),
            ended_by: BreakKind::Locked,
        })));
        assert!(engine.handle(&locked, Input::Locked).unwrap().is_empty());
    }

    #[test]
    fn an_hour_of_sitting_brings_one_reminder_naming_a_stretch() {
        let (mut engine, mut now) = engine();
        let effects = sit(&mut engine, &mut now, EVERY + Duration::from_secs(600));
        let shown = reminders(&effects);
        assert_eq!(shown.len(), 1, "{effects:?}");
        assert!(engine.catalog().get(&shown[0]).is_some());
        assert!(effects.contains(&Effect::Record(EventKind::Reminded {
            stretch: shown[0].clone()
        })));
        assert_eq!(engine.status(&now).state, State::Due);
    }

    #[test]
    fn the_reminder_fires_at_its_due_moment_not_at_the_next_sample() {
        let (mut engine, mut now) = engine();
        let start = now.mono;
        sit(&mut engine, &mut now, EVERY - Duration::from_secs(1));
        assert_eq!(engine.next_deadline(&now), Some(start + EVERY));
    }

    #[test]
    fn consecutive_reminders_suggest_different_stretches() {
        let (mut engine, mut now) = engine();
        let first = reminders(&sit(&mut engine, &mut now, EVERY));
        engine.handle(&now, Input::Answer(Answer::Skip)).unwrap();
        let second = reminders(&sit(&mut engine, &mut now, EVERY));
        assert_eq!((first.len(), second.len()), (1, 1));
        assert_ne!(first, second);
    }

    #[test]
    fn starting_from_the_notification_opens_that_stretch_and_finishing_restarts_the_count() {
        let (mut engine, mut now) = engine();
        let shown = reminders(&sit(&mut engine, &mut now, EVERY)).remove(0);
        let effects = engine.handle(&now, Input::Answer(Answer::Start)).unwrap();
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::OpenStretch { stretch } if stretch.id == shown)));
        assert_eq!(streaks(&effects), [(3600, BreakKind::Stretch)]);
        assert_eq!(engine.status(&now).state, State::Stretching);
        now = now.advanced(Duration::from_secs(70));
        let effects = engine
            .handle(
                &now,
                Input::StretchEnded(
                    shown.clone(),
                    Ended {
                        done: true,
                        held_secs: 60,
                        sides_secs: vec![30, 30],
                    },
                ),
            )
            .unwrap();
        assert!(effects.contains(&Effect::Record(EventKind::Done {
            stretch: shown,
            held_secs: 60
        })));
        let status = engine.status(&now);
        assert_eq!(
            (status.state, status.sitting),
            (State::Active, Duration::ZERO)
        );
        assert_eq!(status.next_reminder_in, Some(EVERY));
    }

    #[test]
    fn a_window_the_engine_did_not_open_still_counts_when_it_ends() {
        let (mut engine, mut now) = engine();
        now = now.advanced(Duration::from_secs(100));
        let effects = engine
            .handle(
                &now,
                Input::StretchEnded("pigeon-pose".into(), Ended::closed(12)),
            )
            .unwrap();
        assert!(effects.contains(&Effect::Record(EventKind::Cancelled {
            stretch: "pigeon-pose".into(),
            held_secs: 12
        })));
        assert_eq!(engine.status(&now).sitting, Duration::ZERO);
    }

    /// A window's report that its routine reached the end after `held_secs`, sides unsaid.
    fn finished(held_secs: u64) -> Ended {
        Ended {
            done: true,
            held_secs,
            sides_secs: Vec::new(),
        }
    }

    /// The records of every stretch that ended, as (how, stretch, held seconds).
    fn stretch_records(effects: &[Effect]) -> Vec<(&'static str, String, u64)> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(EventKind::Done {
                    stretch, held_secs, ..
                }) => Some(("done", stretch.clone(), *held_secs)),
                Effect::Record(EventKind::StoppedEarly {
                    stretch, held_secs, ..
                }) => Some(("stopped early", stretch.clone(), *held_secs)),
                Effect::Record(EventKind::Cancelled { stretch, held_secs }) => {
                    Some(("cancelled", stretch.clone(), *held_secs))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_stretch_no_window_reports_on_ends_after_its_planned_length_and_the_grace() {
        let (mut engine, mut now) = engine();
        let start = now.mono;
        let effects = engine.handle(&now, Input::StretchNow(None)).unwrap();
        let Some(Effect::OpenStretch { stretch }) = effects.last() else {
            panic!("{effects:?}")
        };
        let end = start + Routine::ready(stretch, start).total() + UNWATCHED_GRACE;
        let just_before = end.saturating_sub(Duration::from_millis(1));
        let effects = advance(&mut engine, &mut now, just_before, &Input::Tick);
        assert!(stretch_records(&effects).is_empty(), "{effects:?}");
        assert_eq!(engine.status(&now).state, State::Stretching);
        let effects = advance(&mut engine, &mut now, end, &Input::Tick);
        assert_eq!(
            stretch_records(&effects),
            [("cancelled", stretch.id.clone(), 0)],
            "ended as cancelled at {:?}",
            now.mono.saturating_since(start)
        );
        assert_eq!(engine.status(&now).state, State::Active);
    }

    #[test]
    fn a_stretch_a_window_reports_on_lasts_its_length_and_an_interval_then_its_window_closes() {
        let (mut engine, mut now) = engine();
        let start = now.mono;
        let effects = engine.handle(&now, Input::StretchNow(None)).unwrap();
        let Some(Effect::OpenStretch { stretch }) = effects.last() else {
            panic!("{effects:?}")
        };
        // The shell opened the window and watches it; the user pauses it and forgets it.
        engine
            .handle(&now, Input::StretchStarted(stretch.id.clone()))
            .unwrap();
        let end = start + Routine::ready(stretch, start).total() + EVERY;
        let just_before = end.saturating_sub(Duration::from_millis(1));
        let effects = advance(&mut engine, &mut now, just_before, &Input::Tick);
        assert!(stretch_records(&effects).is_empty(), "{effects:?}");
        assert!(!effects.contains(&Effect::CloseStretchWindow));
        assert_eq!(engine.status(&now).state, State::Stretching);
        let effects = advance(&mut engine, &mut now, end, &Input::Tick);
        assert_eq!(
            stretch_records(&effects),
            [("cancelled", stretch.id.clone(), 0)]
        );
        assert!(effects.contains(&Effect::CloseStretchWindow), "{effects:?}");
        assert_eq!(engine.status(&now).state, State::Active);
    }

    #[test]
    fn a_stretch_no_window_reports_on_closes_no_window() {
        let (mut engine, mut now) = engine();
        engine.handle(&now, Input::StretchNow(None)).unwrap();
        let later = now.mono + EVERY + EVERY;
        let effects = advance(&mut engine, &mut now, later, &Input::Tick);
        assert_eq!(stretch_records(&effects).len(), 1, "{effects:?}");
        assert!(!effects.contains(&Effect::CloseStretchWindow));
    }

    #[test]
    fn window_reports_for_an_unknown_stretch_are_refused_by_name() {
        let (mut engine, now) = engine();
        for input in [
            Input::StretchStarted("handstand".into()),
            Input::StretchEnded("handstand".into(), finished(5)),
        ] {
            let Rejected(why) = engine.handle(&now, input).unwrap_err();
            assert!(why.contains("handstand"), "{why}");
        }
        assert_eq!(engine.status(&now).state, State::Active);
    }

    #[test]
    fn a_second_window_cannot_take_over_or_end_the_stretch_under_way() {
        let (mut engine, mut now) = engine();
        engine
            .handle(&now, Input::StretchStarted("pigeon-pose".into()))
            .unwrap();
        now = now.advanced(Duration::from_secs(20));
        let Rejected(why) = engine
            .handle(&now, Input::StretchStarted("seated-forward-bend".into()))
            .unwrap_err();
        assert!(why.contains("pigeon-pose"), "{why}");
        let ended = Input::StretchEnded("seated-forward-bend".into(), finished(5));
        assert!(engine.handle(&now, ended).is_err());
        assert_eq!(engine.status(&now).stretch.as_deref(), Some("pigeon-pose"));
    }

    #[test]
    fn held_time_is_clamped_to_the_time_since_the_stretch_began() {
        let (mut engine, mut now) = engine();
        engine
            .handle(&now, Input::StretchStarted("pigeon-pose".into()))
            .unwrap();
        now = now.advanced(Duration::from_millis(20_500));
        let effects = engine
            .handle(
                &now,
                Input::StretchEnded("pigeon-pose".into(), finished(u64::MAX)),
            )
            .unwrap();
        assert_eq!(
            stretch_records(&effects),
            [("stopped early", "pigeon-pose".to_string(), 21)]
        );
    }

    #[test]
    fn held_time_of_a_stretch_not_seen_beginning_is_clamped_to_its_planned_length() {
        let (mut engine, now) = engine();
        let pigeon = engine.catalog().get("pigeon-pose").unwrap().clone();
        let planned = Routine::ready(&pigeon, now.mono).total().as_secs();
        let effects = engine
            .handle(
                &now,
                Input::StretchEnded("pigeon-pose".into(), Ended::closed(u64::MAX)),
            )
            .unwrap();
        assert_eq!(
            stretch_records(&effects),
            [("cancelled", "pigeon-pose".to_string(), planned)]
        );
    }

    #[test]
    fn a_deadline_without_an_idle_reading_plans_the_next_look_from_then() {
        let (mut engine, mut now) = engine();
        for _ in 0..3 {
            let deadline = engine
                .next_deadline(&now)
                .expect("a sampled engine always looks again");
            assert!(
                deadline > now.mono,
                "a deadline already past: the loop would spin"
            );
            now = now.advanced(deadline.saturating_since(now.mono));
            engine.handle(&now, Input::Tick).unwrap();
        }
    }

    /// What the engine records when a window reports `outcome` for the chair figure four
    /// (30 s each side).
    fn recorded(outcome: Ended) -> EventKind {
        let (mut engine, now) = engine();
        let effects = engine
            .handle(
                &now,
                Input::StretchEnded("seated-figure-four-chair".into(), outcome),
            )
            .unwrap();
        effects
            .into_iter()
            .find_map(|effect| match effect {
                Effect::Record(
                    kind @ (EventKind::Done { .. }
                    | EventKind::StoppedEarly { .. }
                    | EventKind::Cancelled { .. }),
                ) => Some(kind),
                _ => None,
            })
            .expect("a record of the stretch")
    }

    #[test]
    fn a_stretch_finished_with_a_short_side_is_recorded_as_stopped_early() {
        assert_eq!(
            recorded(Ended {
                done: true,
                held_secs: 42,
                sides_secs: vec![12, 30]
            }),
            EventKind::StoppedEarly {
                stretch: "seated-figure-four-chair".into(),
                held_secs: 42,
                sides_secs: vec![12, 30],
                hold_secs: 30
            }
        );
        assert!(matches!(
            recorded(Ended {
                done: true,
                held_secs: 48,
                sides_secs: vec![24, 24]
            }),
            EventKind::Done { held_secs: 48, .. }
        ));
    }

    #[test]
    fn a_window_that_claims_done_for_three_seconds_is_not_believed() {
        // An older window says only "done" and the total.
        assert!(matches!(
            recorded(Ended {
                done: true,
                held_secs: 3,
                sides_secs: Vec::new(),
            }),
            EventKind::StoppedEarly { held_secs: 3, .. }
        ));
        // One whose sides do not add up is judged on its total.
        assert!(matches!(
                   recorded(Ended {
        done: true,
                       held_secs: 3,
                       sides_secs: vec![30, 30]
                   }),
                   EventKind::StoppedEarly { held_secs: 3, ref sides_secs, .. } if sides_secs.is_empty()
               ));
    }

    #[test]
    fn a_dismissed_reminder_returns_after_the_snooze_length() {
        for answer in [Answer::Dismissed, Answer::Vanished] {
            let (mut engine, mut now) = engine();
            sit(&mut engine, &mut now, EVERY);
            engine.handle(&now, Input::Answer(answer)).unwrap();
            assert_eq!(engine.status(&now).state, State::Due);
            assert!(
                reminders(&sit(&mut engine, &mut now, SNOOZE - Duration::from_secs(1))).is_empty()
            );
            assert_eq!(
                reminders(&sit(&mut engine, &mut now, Duration::from_secs(2))).len(),
                1
            );
        }
    }

    #[test]
    fn only_a_reminder_the_user_closed_is_recorded_as_dismissed() {
        let (mut first, mut now) = engine();
        let shown = sit(&mut first, &mut now, EVERY);
        let Some(Effect::ShowReminder { stretch, .. }) = shown
            .iter()
            .find(|e| matches!(e, Effect::ShowReminder { .. }))
        else {
            panic!("no reminder: {shown:?}");
        };
        let dismissed = first
            .handle(&now, Input::Answer(Answer::Dismissed))
            .unwrap();
        assert!(
            dismissed.contains(&Effect::Record(EventKind::Dismissed {
                stretch: stretch.id.clone()
            })),
            "{dismissed:?}"
        );
        let (mut other, mut now) = engine();
        sit(&mut other, &mut now, EVERY);
        let vanished = other.handle(&now, Input::Answer(Answer::Vanished)).unwrap();
        assert!(
            !vanished.iter().any(|e| matches!(e, Effect::Record(_))),
            "{vanished:?}"
        );
    }

    #[test]
    fn a_natural_break_takes_the_reminder_back() {
        let (mut engine, mut now) = engine();
        sit(&mut engine, &mut now, EVERY);
        now = now.advanced(BREAK);
        let effects = engine.handle(&now, Input::IdleSample(BREAK)).unwrap();
        assert!(effects.contains(&Effect::WithdrawReminder));
        assert_eq!(engine.status(&now).state, State::OnBreak);
    }

    #[test]
    fn skipping_with_nothing_due_is_refused_with_a_hint() {
        let (mut engine, now) = engine();
        let Rejected(why) = engine.handle(&now, Input::Skip).unwrap_err();
        assert!(why.contains("limber snooze"), "{why}");
    }

    #[test]
    fn asking_for_an_unknown_stretch_is_refused_by_name() {
        let (mut engine, now) = engine();
        let Rejected(why) = engine
            .handle(&now, Input::StretchNow(Some("handstand".into())))
            .unwrap_err();
        assert!(why.contains("handstand"), "{why}");
    }

    #[test]
    fn resuming_when_not_paused_is_refused() {
        let (mut engine, now) = engine();
        assert!(engine.handle(&now, Input::Resume).is_err());
        engine
            .handle(&now, Input::Pause(PauseLength::UntilResumed))
            .unwrap();
        assert_eq!(engine.status(&now).state, State::Paused);
        assert!(engine.handle(&now, Input::Resume).is_ok());
    }

    #[test]
    fn a_restart_within_the_break_threshold_continues_the_streak() {
        let (mut engine, mut now) = engine();
        sit(&mut engine, &mut now, Duration::from_secs(1200));
        let snapshot = engine.snapshot(&now);
        let later = now.advanced(Duration::from_secs(60));
        let restored = Engine::restored(settings(), catalog(), &snapshot, &later);
        assert_eq!(restored.status(&later).sitting, Duration::from_secs(1260));
    }

    #[test]
    fn a_restart_after_a_long_gap_starts_a_new_streak() {
        let (mut engine, mut now) = engine();
        sit(&mut engine, &mut now, Duration::from_secs(1200));
        let snapshot = engine.snapshot(&now);
        let later = now.advanced(BREAK * 2);
        let restored = Engine::restored(settings(), catalog(), &snapshot, &later);
        assert_eq!(restored.status(&later).sitting, Duration::ZERO);
    }

    #[test]
    fn a_pause_until_tomorrow_survives_a_restart() {
        let (mut engine, now) = engine();
        engine
            .handle(&now, Input::Pause(PauseLength::UntilTomorrow))
            .unwrap();
        let snapshot = engine.snapshot(&now);
        let later = now.advanced(Duration::from_secs(3600));
        let restored = Engine::restored(settings(), catalog(), &snapshot, &later);
        let status = restored.status(&later);
        assert_eq!(status.state, State::Paused);
        assert_eq!(
            status.paused_until,
            Some("2026-11-24T04:00:00Z".parse().unwrap())
        );
    }

    #[test]
    fn sleeping_counts_as_a_break() {
        let (mut engine, mut now) = engine();
        sit(&mut engine, &mut now, Duration::from_secs(1800));
        let effects = engine.handle(&now, Input::Slept).unwrap();
        assert_eq!(streaks(&effects), [(1800, BreakKind::Asleep)]);
        assert_eq!(engine.status(&now).sitting, Duration::ZERO);
    }

    #[test]
    fn setting_the_wall_clock_an_hour_either_way_neither_reminds_nor_resets() {
        for jump in [3600, -3600] {
            let (mut engine, mut now) = engine();
            sit(&mut engine, &mut now, Duration::from_secs(1800));
            // The wall clock is set; the monotonic clock carries on as before.
            now.wall = now
                .wall
                .checked_add(jiff::SignedDuration::from_secs(jump))
                .unwrap();
            let effects = sit(&mut engine, &mut now, Duration::from_secs(1700));
            assert!(reminders(&effects).is_empty(), "jump {jump}: {effects:?}");
            assert_eq!(
                engine.status(&now).sitting,
                Duration::from_secs(3500),
                "jump {jump}"
            );
            let effects = sit(&mut engine, &mut now, Duration::from_secs(100));
            assert_eq!(
                reminders(&effects).len(),
                1,
                "jump {jump}: the reminder still comes at the hour"
            );
        }
    }

    /// One thing that can happen to the engine.
    #[derive(Clone, Debug)]
    enum Event {
        Active(u64),
        Idle(u64),
        Input(Input),
    }

    fn event() -> impl Strategy<Value = Event> {
        prop_oneof![
                   6 => (1u64..1800).prop_map(Event::Active),
                   2 => (1u64..900).prop_map(Event::Idle),
                   1 => Just(Event::Input(Input::Answer(Answer::Dismissed))),
                   1 => Just(Event::Input(Input::Answer(Answer::Vanished))),
                   1 => Just(Event::Input(Input::Answer(Answer::Snooze))),
                   1 => Just(Event::Input(Input::Answer(Answer::Start))),
                   1 => Just(Event::Input(Input::StretchEnded("pigeon-pose".into(), Ended {
        done: true, held_secs: 90, sides_secs: vec![45, 45] }))),
                   1 => (1u64..7200).prop_map(|s| Event::Input(Input::Pause(PauseLength::For(Duration::from_secs(s))))),
                   1 => Just(Event::Input(Input::Resume)),
                   1 => Just(Event::Input(Input::Locked)),
                   1 => Just(Event::Input(Input::Unlocked)),
                   1 => Just(Event::Input(Input::Slept)),
               ]
    }

    /// Lets `event` happen to the engine; returns the effects (none for a refused input).
    fn happen(engine: &mut Engine, now: &mut Now, event: Event) -> Vec<Effect> {
        match event {
            Event::Active(secs) => sit(engine, now, Duration::from_secs(secs)),
            Event::Idle(secs) => {
                *now = now.advanced(Duration::from_secs(secs));
                engine
                    .handle(now, Input::IdleSample(Duration::from_secs(secs)))
                    .unwrap()
            }
            Event::Input(input) => engine.handle(now, input).unwrap_or_default(),
        }
    }

    proptest! {
        #[test]
        fn reminders_come_only_after_a_full_interval_of_sitting_and_never_while_paused(
            events in proptest::collection::vec(event(), 1..40)
        ) {
            let (mut engine, mut now) = engine();
            for event in events {
                for effect in &happen(&mut engine, &mut now, event) {
                    if let Effect::ShowReminder { sat_for, .. } = effect {
                        prop_assert!(*sat_for >= EVERY, "reminded after {sat_for:?}");
                        prop_assert!(engine.schedule.paused().is_none());
                    }
                }
            }
        }

        #[test]
        fn status_never_reports_more_sitting_than_time_elapsed(
            events in proptest::collection::vec(event(), 1..40)
        ) {
            let (mut engine, mut now) = engine();
            let start = now.mono;
            for event in events {
                happen(&mut engine, &mut now, event);
                let status = engine.status(&now);
                prop_assert!(status.sitting <= now.mono.saturating_since(start));
                prop_assert!(status.sitting <= status.sitting_today);
            }
        }
    }

    proptest! {
        /// The tray's line and `limber status` are computed from the standing of the last
        /// change whenever someone looks. That is right only if nothing but an input or a
        /// deadline changes the status: a look between deadlines must see what the engine would
        /// say after catching up then.
        #[test]
        fn between_deadlines_the_last_standing_tells_the_status(
            events in proptest::collection::vec(event(), 1..30),
            looks in proptest::collection::vec(0.0f64..1.0, 30),
        ) {
            let (mut engine, mut now) = engine();
            for (event, look) in events.into_iter().zip(looks) {
                happen(&mut engine, &mut now, event);
                let standing = engine.standing();
                let horizon = engine
                    .next_deadline(&now)
                    .map_or(Duration::from_secs(8 * 3600), |at| at.saturating_since(now.mono));
                let Some(before_deadline) = horizon.checked_sub(Duration::from_millis(1)) else {
                    continue;
                };
                let later = now.advanced(before_deadline.mul_f64(look));
                let mut caught_up = engine.clone();
                caught_up.handle(&later, Input::Tick).unwrap();
                prop_assert_eq!(standing.status(&later), caught_up.status(&later));
            }
        }
    }

    /// How long the user has been idle at `at`, given spells of (active, idle) seconds from
    /// `start`: input all through an active spell, none through an idle one, and input again
    /// after the last spell.
    fn idle_at(spells: &[(u64, u64)], start: Mono, at: Mono) -> Duration {
        let mut spell_start = start;
        for (active, idle) in spells {
            let idle_from = spell_start + Duration::from_secs(*active);
            let idle_until = idle_from + Duration::from_secs(*idle);
            if at < idle_from {
                return Duration::ZERO;
            }
            if at < idle_until {
                return at.saturating_since(idle_from);
            }
            spell_start = idle_until;
        }
        Duration::ZERO
    }

    /// A request that changes nothing: asked, or refused.
    fn idle_request() -> impl Strategy<Value = Option<Input>> {
        prop_oneof![
            Just(None),
            Just(Some(Input::Resume)),
            Just(Some(Input::StretchStarted("no-such-stretch".into()))),
            Just(Some(Input::StretchEnded(
                "no-such-stretch".into(),
                finished(1)
            ))),
        ]
    }

    /// Runs the loop as the daemon does over `spells`, waking for `requests` (milliseconds
    /// from the start) besides the engine's own deadlines. Returns every reminder and sitting
    /// streak as (moment, what), and the sitting time at the end.
    fn run_day(
        spells: &[(u64, u64)],
        requests: &[(u64, Option<Input>)],
    ) -> (Vec<(Mono, Effect)>, Duration) {
        let (mut engine, mut now) = engine();
        let start = now.mono;
        let end = start + Duration::from_secs(spells.iter().map(|(a, i)| a + i).sum::<u64>() + 60);
        let mut requests = requests
            .iter()
            .map(|(ms, input)| (start + Duration::from_millis(*ms), input.clone()))
            .filter(|(at, _)| *at < end)
            .collect::<Vec<_>>();
        requests.sort_by_key(|(at, _)| *at);
        let mut requests = requests.into_iter().peekable();
        let mut seen = Vec::new();
        while now.mono < end {
            let deadline = engine
                .next_deadline(&now)
                .unwrap_or(end)
                .max(now.mono + Duration::from_millis(1));
            if let Some((at, input)) = requests.next_if(|(at, _)| *at < deadline) {
                now = now.advanced(at.saturating_since(now.mono));
                match input {
                    Some(input) => assert!(engine.handle(&now, input).is_err()),
                    None => drop(engine.status(&now)),
                }
                continue;
            }
            now = now.advanced(deadline.saturating_since(now.mono));
            let idle = idle_at(spells, start, now.mono);
            for effect in engine.handle(&now, Input::IdleSample(idle)).unwrap() {
                if matches!(
                    effect,
                    Effect::ShowReminder { .. } | Effect::Record(EventKind::Sat { .. })
                ) {
                    seen.push((now.mono, effect));
                }
            }
        }
        (seen, engine.status(&now).sitting)
    }

    proptest! {
        #[test]
        fn requests_between_deadlines_change_neither_sitting_time_nor_reminders(
            spells in proptest::collection::vec((1u64..3000, 1u64..900), 1..8),
            requests in proptest::collection::vec((0u64..20_000_000, idle_request()), 0..300),
        ) {
            let alone = run_day(&spells, &[]);
            let asked = run_day(&spells, &requests);
            prop_assert_eq!(asked, alone);
        }
    }

    /// The idle readings an event-driven source gives over `spells` from `start`: one when an
    /// idle spell reaches `BREAK` (saying `BREAK`), one at the input that ends it (saying 0).
    fn idle_events(spells: &[(u64, u64)], start: Mono) -> Vec<(Mono, Duration)> {
        let mut events = Vec::new();
        let mut spell_start = start;
        for (active, idle) in spells {
            let idle_from = spell_start + Duration::from_secs(*active);
            let idle_until = idle_from + Duration::from_secs(*idle);
            if idle_until.saturating_since(idle_from) >= BREAK {
                events.push((idle_from + BREAK, BREAK));
                events.push((idle_until, Duration::ZERO));
            }
            spell_start = idle_until;
        }
        events
    }

    /// What a day looked like to one engine: reminders and streak records as (moment, effect),
    /// and (sitting time, state) every ten seconds.
    #[derive(Debug, PartialEq)]
    struct Day {
        seen: Vec<(Mono, Effect)>,
        every_ten_seconds: Vec<(Duration, State)>,
    }

    /// Runs the loop as the daemon does over `spells`, with idle time from a source of `feed`:
    /// a sampled one is read at every deadline; an event-driven one reports by itself
    /// ([`idle_events`]) and the engine's deadlines bring no reading.
    fn run_fed(spells: &[(u64, u64)], feed: IdleFeed) -> Day {
        let (mut engine, mut now) = engine();
        engine.set_idle_feed(feed);
        let start = now.mono;
        let end = start + Duration::from_secs(spells.iter().map(|(a, i)| a + i).sum::<u64>() + 60);
        let mut events = match feed {
            IdleFeed::Events => idle_events(spells, start),
            IdleFeed::Sampled | IdleFeed::Missing => Vec::new(),
        }
        .into_iter()
        .peekable();
        let mut day = Day {
            seen: Vec::new(),
            every_ten_seconds: Vec::new(),
        };
        let mut checkpoint = start;
        while now.mono < end {
            let deadline = engine
                .next_deadline(&now)
                .map_or(end, |deadline| deadline.min(end))
                .max(now.mono + Duration::from_millis(1));
            let (at, input) = match events.next_if(|(at, _)| *at <= deadline) {
                Some((at, idle)) => (at, Input::IdleSample(idle)),
                None if feed == IdleFeed::Sampled => (
                    deadline,
                    Input::IdleSample(idle_at(spells, start, deadline)),
                ),
                None => (deadline, Input::Tick),
            };
            // Nothing changes the engine before `at`: its status until then is what it says now.
            while checkpoint < at {
                let status = engine.status(&now.advanced(checkpoint.saturating_since(now.mono)));
                day.every_ten_seconds.push((status.sitting, status.state));
                checkpoint = checkpoint + Duration::from_secs(10);
            }
            now = now.advanced(at.saturating_since(now.mono));
            for effect in engine.handle(&now, input).unwrap() {
                if matches!(
                    effect,
                    Effect::ShowReminder { .. } | Effect::Record(EventKind::SatFor { .. })
                ) {
                    day.seen.push((now.mono, effect));
                }
            }
        }
        day
    }

    /// An idle spell: shorter than a break, or a break that ends on a sampled feed's look (a
    /// whole number of break lengths, at least two: the break is seen at one, then looked at
    /// every break length).
    fn idle_spell() -> impl Strategy<Value = u64> {
        let break_secs = BREAK.as_secs();
        prop_oneof![
            1u64..break_secs,
            (2u64..6).prop_map(move |breaks| breaks * break_secs),
        ]
    }

    proptest! {
        #[test]
        fn event_driven_and_sampled_idle_give_the_same_sitting_time_and_reminders(
            spells in proptest::collection::vec((1u64..4000, idle_spell()), 1..8),
        ) {
            let sampled = run_fed(&spells, IdleFeed::Sampled);
            let events = run_fed(&spells, IdleFeed::Events);
            prop_assert_eq!(events, sampled);
        }

        /// Returns at any moment: a sampled source sees input, not when it resumed, so it sees
        /// a return at its next look, never later than a break length after it. (An idle spell
        /// of exactly a break length is left out: input comes at the very instant idleness
        /// becomes a break, and which of the two a source sees first is a coin toss.)
        #[test]
        fn a_sampled_source_counts_no_more_sitting_than_events_and_sees_a_return_within_a_break(
            spells in proptest::collection::vec(
                (1u64..4000, (1u64..2000).prop_filter("not exactly a break", |idle| *idle != BREAK.as_secs())),
                1..8,
            ),
        ) {
            let sampled = run_fed(&spells, IdleFeed::Sampled);
            let events = run_fed(&spells, IdleFeed::Events);
            for (moment, (by_samples, by_events)) in sampled
                .every_ten_seconds
                .iter()
                .zip(&events.every_ten_seconds)
                .enumerate()
            {
                prop_assert!(by_samples.0 <= by_events.0, "at {}0 s: {:?} > {:?}", moment, by_samples, by_events);
                prop_assert!(by_events.0 <= by_samples.0 + BREAK, "at {}0 s: {:?} lags {:?}", moment, by_samples, by_events);
            }
        }
    }

    #[test]
    fn an_event_driven_engine_asks_for_no_idle_readings_but_one_a_break_into_a_lock() {
        let (mut engine, mut now) = engine();
        engine.set_idle_feed(IdleFeed::Events);
        // Sitting, nothing due for an hour: the only deadline is the reminder.
        assert_eq!(engine.next_deadline(&now), Some(now.mono + EVERY));
        assert!(!engine.reading_due(&now));
        engine.handle(&now, Input::Locked).unwrap();
        // Back before idleness could reach a break, the user would go unreported: one look.
        let look = now.mono + BREAK;
        assert_eq!(engine.next_deadline(&now), Some(look));
        now = now.advanced(BREAK);
        assert!(engine.reading_due(&now));
        engine.handle(&now, Input::IdleSample(BREAK)).unwrap();
        assert_eq!(
            engine.next_deadline(&now),
            None,
            "away: the source reports the return"
        );
        // A look that brought no reading is not asked for again either.
        engine.handle(&now, Input::Unlocked).unwrap();
        engine.handle(&now, Input::Locked).unwrap();
        now = now.advanced(BREAK);
        engine.handle(&now, Input::Tick).unwrap();
        assert_eq!(engine.next_deadline(&now), None);
    }

    #[test]
    fn someone_at_the_keyboard_while_locked_has_the_shell_ask_whether_the_lock_holds() {
        let (mut engine, mut now) = engine();
        now = now.advanced(Duration::from_secs(600));
        engine.handle(&now, Input::Locked).unwrap();
        now = now.advanced(Duration::from_secs(60));
        let away = engine.handle(&now, Input::IdleSample(BREAK)).unwrap();
        assert!(!away.contains(&Effect::CheckLocked), "{away:?}");
        let back = engine
            .handle(&now, Input::IdleSample(Duration::from_secs(1)))
            .unwrap();
        assert!(back.contains(&Effect::CheckLocked), "{back:?}");
        // The reading alone ends nothing: a lock screen may still show.
        assert_eq!(engine.status(&now).state, State::OnBreak);
        // The session holds no lock: the user is back, sitting from now.
        engine.handle(&now, Input::Unlocked).unwrap();
        let status = engine.status(&now);
        assert_eq!(
            (status.state, status.sitting),
            (State::Active, Duration::ZERO)
        );
        let sitting = engine
            .handle(&now, Input::IdleSample(Duration::from_secs(1)))
            .unwrap();
        assert!(!sitting.contains(&Effect::CheckLocked), "{sitting:?}");
    }

    /// Holding on: reminders wait while the user is busy, for two hours at most.
    const MAX_HOLD: Duration = Duration::from_secs(7200);

    fn holding_engine() -> (Engine, Now) {
        let now = monday_9am();
        let mut settings = settings();
        settings.hold = HoldRules {
            enabled: true,
            max: MAX_HOLD,
        };
        (Engine::new(settings, catalog(), &now), now)
    }

    /// Feeds `input` and answers every busy check the way `busy` says for that moment, as the
    /// shell does. Returns every reminder shown as (moment, quiet).
    fn answering(
        engine: &mut Engine,
        now: &Now,
        input: Input,
        busy: &impl Fn(Mono) -> bool,
    ) -> Vec<(Mono, bool)> {
        let mut shown = Vec::new();
        let mut inputs = vec![input];
        while let Some(input) = inputs.pop() {
            for effect in engine.handle(now, input).unwrap_or_default() {
                match effect {
                    Effect::CheckBusy => inputs.push(Input::BusyChecked(if busy(now.mono) {
                        vec![BusyReason::Call]
                    } else {
                        Vec::new()
                    })),
                    Effect::ShowReminder { quiet, .. } => shown.push((now.mono, quiet)),
                    _ => {}
                }
            }
        }
        shown
    }

    /// Sits actively until `end`, waking at every deadline the engine asks for.
    fn sit_until(
        engine: &mut Engine,
        now: &mut Now,
        end: Mono,
        busy: &impl Fn(Mono) -> bool,
    ) -> Vec<(Mono, bool)> {
        let mut shown = Vec::new();
        while now.mono < end {
            let step = engine
                .next_deadline(now)
                .map_or(end, |deadline| deadline.min(end))
                .saturating_since(now.mono)
                .max(Duration::from_millis(1));
            *now = now.advanced(step);
            let sample = Input::IdleSample(Duration::from_secs(1));
            shown.extend(answering(engine, now, sample, busy));
        }
        shown
    }

    #[test]
    fn a_reminder_due_during_a_call_is_held_and_says_why() {
        let (mut engine, mut now) = holding_engine();
        let start = now.mono;
        let shown = sit_until(
            &mut engine,
            &mut now,
            start + EVERY + Duration::from_secs(90),
            &|_| true,
        );
        assert!(shown.is_empty(), "{shown:?}");
        let status = engine.status(&now);
        assert_eq!(status.state, State::Held);
        assert_eq!(status.holding, vec![BusyReason::Call]);
    }

    /// A holding engine whose reminder came due 5 s ago, during a call.
    fn held_engine() -> (Engine, Now) {
        let (mut engine, mut now) = holding_engine();
        let start = now.mono;
        let due = start + EVERY + Duration::from_secs(5);
        sit_until(&mut engine, &mut now, due, &|_| true);
        assert_eq!(engine.status(&now).state, State::Held);
        (engine, now)
    }

    /// The held reminders recorded.
    fn holds(effects: &[Effect]) -> Vec<(Timestamp, Vec<BusyReason>, HoldEnded)> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record(EventKind::Held {
                    from,
                    reasons,
                    ended,
                }) => Some((*from, reasons.clone(), *ended)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_held_reminder_is_recorded_once_shown_with_every_reason_and_when_it_came_due() {
        let (mut engine, now) = held_engine();
        let later = now.advanced(Duration::from_secs(600));
        let effects = engine
            .handle(&later, Input::BusyChecked(vec![BusyReason::Fullscreen]))
            .unwrap();
        assert!(holds(&effects).is_empty(), "still held: {effects:?}");
        let free = later.advanced(Duration::from_secs(60));
        let effects = engine.handle(&free, Input::BusyChecked(vec![])).unwrap();
        assert_eq!(
            holds(&effects),
            [(
                wall(3600),
                vec![BusyReason::Call, BusyReason::Fullscreen],
                HoldEnded::Shown
            )]
        );
        assert_eq!(reminders(&effects).len(), 1);
    }

    #[test]
    fn a_hold_a_break_resolves_is_recorded_as_dropped_and_a_free_check_records_nothing() {
        let (mut engine, now) = held_engine();
        let effects = engine.handle(&now, Input::Locked).unwrap();
        assert_eq!(
            holds(&effects),
            [(wall(3600), vec![BusyReason::Call], HoldEnded::Dropped)]
        );
        let (mut engine, mut now) = holding_engine();
        let start = now.mono;
        let mut effects = Vec::new();
        while now.mono < start + EVERY + Duration::from_secs(5) {
            now = now.advanced(Duration::from_secs(30));
            let step = engine
                .handle(&now, Input::IdleSample(Duration::from_secs(1)))
                .unwrap();
            let asked = step.contains(&Effect::CheckBusy);
            effects.extend(step);
            if asked {
                effects.extend(engine.handle(&now, Input::BusyChecked(vec![])).unwrap());
            }
        }
        assert_eq!(reminders(&effects).len(), 1);
        assert!(holds(&effects).is_empty(), "{effects:?}");
    }

    #[test]
    fn skipping_a_held_reminder_restarts_the_count() {
        let (mut engine, mut now) = held_engine();
        let effects = engine.handle(&now, Input::Skip).unwrap();
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::Record(EventKind::Skipped { .. }))));
        assert_eq!(holds(&effects)[0].2, HoldEnded::Skipped);
        assert_eq!(engine.status(&now).state, State::Active);
        let skipped_at = now.mono;
        let shown = sit_until(
            &mut engine,
            &mut now,
            skipped_at + (EVERY - Duration::from_secs(1)),
            &|_| false,
        );
        assert!(shown.is_empty(), "{shown:?}");
    }

    #[test]
    fn stretch_now_works_while_a_reminder_is_held() {
        let (mut engine, now) = held_engine();
        let effects = engine.handle(&now, Input::StretchNow(None)).unwrap();
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::OpenStretch { .. })));
        assert_eq!(engine.status(&now).state, State::Stretching);
    }

    #[test]
    fn remind_anyway_today_lets_reminders_through_outside_working_hours_until_the_day_ends() {
        let now = crate::core::clock::test_clock::at("2026-03-02T19:00:00[Europe/Berlin]");
        let mut settings = settings();
        settings.rules.working_hours = vec!["Mon-Fri 09:00-17:00".parse().unwrap()];
        let mut engine = Engine::new(settings, catalog(), &now);
        assert!(engine.status(&now).off_until.is_some());
        engine.handle(&now, Input::RemindAnywayToday).unwrap();
        assert_eq!(engine.status(&now).off_until, None);
        let mut now = now;
        let effects = sit(&mut engine, &mut now, EVERY + Duration::from_secs(1));
        assert_eq!(reminders(&effects).len(), 1);
        // The waiver survives a restart, and ends at the start of the next day.
        let snapshot = engine.snapshot(&now);
        assert!(snapshot.hours_waived_until.is_some());
        let tomorrow = now.advanced(Duration::from_secs(12 * 3600));
        assert!(engine.status(&tomorrow).off_until.is_some());
    }

    proptest! {
        #[test]
        fn a_reminder_never_shows_while_busy_unless_held_for_the_maximum(
            calls in proptest::collection::vec((0u64..6 * 3600, 1u64..3 * 3600), 0..6),
        ) {
            let (mut engine, mut now) = holding_engine();
            let start = now.mono;
            // Calls as (start, length) in seconds from the moment the user sat down.
            let busy = |at: Mono| {
                let secs = at.saturating_since(start).as_secs();
                calls.iter().any(|(from, length)| (*from..from + length).contains(&secs))
            };
            let shown = sit_until(&mut engine, &mut now, start + Duration::from_secs(8 * 3600), &busy);
            let mut count_from = start;
            for (at, quiet) in shown {
                if quiet {
                    prop_assert!(busy(at), "a quiet reminder at {at:?} while free");
                    prop_assert!(at.saturating_since(count_from) >= EVERY + MAX_HOLD);
                } else {
                    prop_assert!(!busy(at), "a reminder at {at:?} during a call");
                }
                count_from = at;
            }
        }

        #[test]
        fn a_held_reminder_shows_within_a_minute_of_the_call_ending(
            ends_after_due in 0u64..(7200 - 60),
        ) {
            let (mut engine, mut now) = holding_engine();
            let start = now.mono;
            let call_ends = start + EVERY + Duration::from_secs(ends_after_due);
            let busy = |at: Mono| at < call_ends;
            let shown = sit_until(&mut engine, &mut now, call_ends + Duration::from_secs(300), &busy);
            prop_assert_eq!(shown.len(), 1, "{:?}", shown);
            let (at, quiet) = shown[0];
            prop_assert!(!quiet);
            prop_assert!(at >= call_ends);
            prop_assert!(at.saturating_since(call_ends) <= crate::core::hold::RECHECK, "{:?} after", at.saturating_since(call_ends));
        }

        #[test]
        fn a_natural_break_while_held_resolves_the_reminder(
            held_for in 0u64..7000,
        ) {
            let (mut engine, mut now) = holding_engine();
            let start = now.mono;
            sit_until(&mut engine, &mut now, start + EVERY + Duration::from_secs(held_for), &|_| true);
            now = now.advanced(BREAK);
            let shown = answering(&mut engine, &now, Input::IdleSample(BREAK), &|_| false);
            prop_assert!(shown.is_empty());
            prop_assert_eq!(engine.status(&now).state, State::OnBreak);
            // Back at the desk, free: the next reminder needs a whole new interval.
            let back = now.mono;
            let shown = sit_until(&mut engine, &mut now, back + (EVERY - Duration::from_secs(1)), &|_| false);
            prop_assert!(shown.is_empty(), "{:?}", shown);
        }
    }

    fn refused(engine: &mut Engine, now: &Now, input: Input) -> String {
        engine.handle(now, input).unwrap_err().0
    }

    #[test]
    fn every_refusal_is_said_in_the_language_spoken() {
        let (mut engine, now) = engine();
        let ids = ["handstand", "pigeon-pose", "seated-forward-bend"].map(String::from);
        crate::wording::plain_english::assert_said_through_fluent(
            || {
                let mut said = vec![
                    refused(&mut engine, &now, Input::Resume),
                    refused(&mut engine, &now, Input::Skip),
                    refused(&mut engine, &now, Input::StretchNow(Some(ids[0].clone()))),
                ];
                engine
                    .handle(&now, Input::StretchStarted(ids[1].clone()))
                    .unwrap();
                said.push(refused(
                    &mut engine,
                    &now,
                    Input::StretchStarted(ids[2].clone()),
                ));
                said.push(refused(
                    &mut engine,
                    &now,
                    Input::StretchEnded(ids[2].clone(), finished(5)),
                ));
                said
            },
            &ids,
        );
    }
}
