//! The daemon's router: turns each [`Message`] into a core input, and performs the effects the
//! core returns. Everything the OS offers is reached through the small modules beside this one;
//! nothing here decides when to remind.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::autostart;
use crate::busy::BusyCheck;
use crate::config::duration::{Bounds, PAUSE_BOUNDS, SNOOZE_BOUNDS};
use crate::config::{Config, ConfigFile};
use crate::core::catalog::{Catalog, Stretch};
use crate::core::clock::{Mono, Now};
use crate::core::engine::{Answer, Effect, Engine, IdleFeed, Input, Rejected, Snapshot, State};
use crate::core::history::{EventKind, HistoryEvent};
use crate::core::progression::{self, Practice};
use crate::core::routine::Ended;
use crate::core::schedule::PauseLength;
use crate::core::throttle::Throttle;
use crate::idle;
use crate::ipc::{self, Reply, Request, StatusReport, UnixStream};
use crate::paths::Paths;
use crate::practice;
use crate::store::{self, History};

use super::clock::Clock;
use super::editor;
use super::message::{Inbox, Message, SessionEvent};
use super::notify::Notifier;
use super::session;
use super::status_line;
use super::status_report;
use super::timer_windows::{Owner, TimerWindows, MAX_WINDOWS};
use super::tray::view::TrayModel;
use super::tray::{Tray, TrayAction};
use super::window_launcher::Launcher;
use super::wording::{self, Asked};

/// How many reloads a second are logged (and a refused config told): a script rewriting the
/// config in a loop cannot fill the log.
const RELOADS_SAID_PER_SECOND: usize = 3;

/// Whether the loop goes on.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

pub struct App {
    engine: Engine,
    clock: Clock,
    paths: Paths,
    /// Opens the timer window and the week picture, with limber's `--config`.
    launcher: Launcher,
    /// The config file as last read, to ignore edits that change nothing.
    config_file: ConfigFile,
    /// What a reload says (log lines, the notice of a refused config), at most a few a second.
    reload_said: Throttle,
    /// The last reload's outcome, held back by `reload_said`, and when it may be said.
    reload_unsaid: Option<(Mono, Result<(), String>)>,
    history: History,
    /// The catalogue as configured, before practice lengthens its holds, and whether it does
    /// (`[stretches] progression`); the engine and the tray get it with practice applied.
    written: Catalog,
    progression: bool,
    /// Holds done of each stretch: read from history at start, then kept up to date.
    practice: Practice,
    notifier: Notifier,
    /// The reminder notification on screen, if any: answers to any other id are stale.
    notification: Option<u32>,
    notifications_work: bool,
    tray: Option<Tray>,
    /// What the tray was last given: it computes what it shows from this when looked at.
    shown_model: Option<TrayModel>,
    /// The catalogue with practice applied, shared with the tray; replaced when the config or
    /// a hold changes.
    catalog: Arc<Catalog>,
    /// The idle source, found again when it stops.
    idle: idle::Monitor,
    /// The timer windows open, and which one the stretch under way belongs to.
    windows: TimerWindows,
    /// Whether limber starts at login, as last read; the tray shows it.
    start_at_login: bool,
    /// Whether GNOME's own movement breaks are on beside limber's, as last read.
    gnome_breaks: bool,
    /// The busy sources the config switches on, asked when a reminder comes due.
    busy: BusyCheck,
    /// How many locks the session announced: an answer to a lock check asked before the latest
    /// lock is about an earlier one.
    locks_seen: u64,
    inbox: Inbox,
}

impl App {
    pub fn new(
        paths: Paths,
        config_override: Option<PathBuf>,
        config: Config,
        config_file: ConfigFile,
        inbox: Inbox,
    ) -> App {
        let clock = Clock::new();
        let now = clock.now();
        let settings = config.settings();
        let history = History::new(paths.history_file.clone());
        let practice = practice::read(&history, &now.wall).practice;
        let catalog = progression::apply(config.catalog(), &practice, config.stretches.progression);
        let shared_catalog = Arc::new(catalog.clone());
        let engine = match store::load_state::<Snapshot>(&paths.state_file) {
            Ok(Some(snapshot)) => Engine::restored(settings, catalog, &snapshot, &now),
            Ok(None) => Engine::new(settings, catalog, &now),
            Err(error) => {
                tracing::warn!("{error}; starting afresh");
                Engine::new(settings, catalog, &now)
            }
        };
        let notifier = {
            let answers = inbox.clone();
            let servers = inbox.clone();
            Notifier::new(
                move |id, answer| {
                    let _ = answers.send(Message::Answer { id, answer });
                },
                move || {
                    let _ = servers.send(Message::NotificationServerBack);
                },
            )
        };
        let reports = inbox.clone();
        let idle = idle::Monitor::start(
            config.activity.break_after,
            now.mono,
            move |generation, report| {
                let _ = reports.send(Message::Idle { generation, report });
            },
        );
        let mut app = App {
            engine,
            clock,
            history,
            written: config.catalog(),
            progression: config.stretches.progression,
            practice,
            paths,
            launcher: Launcher::new(config_override),
            config_file,
            reload_said: Throttle::new(RELOADS_SAID_PER_SECOND),
            reload_unsaid: None,
            notifier,
            notification: None,
            notifications_work: true,
            tray: None,
            shown_model: None,
            catalog: shared_catalog,
            idle,
            windows: TimerWindows::default(),
            start_at_login: starts_at_login(),
            gnome_breaks: false,
            busy: BusyCheck::from_config(&config.defer),
            locks_seen: 0,
            inbox,
        };
        app.gnome_breaks = app.busy.beside_gnome_breaks();
        let reading = app.idle.read(now.mono);
        app.idle_input(&now, reading);
        app.start_tray();
        app
    }

    fn start_tray(&mut self) {
        let model = self.tray_model();
        let inbox = self.inbox.clone();
        match Tray::start(model.clone(), self.clock.reader(), move |action| {
            let _ = inbox.send(Message::Tray(action));
        }) {
            Ok(tray) => {
                self.tray = Some(tray);
                self.shown_model = Some(model);
            }
            Err(error) => tracing::warn!("no tray icon: {error}"),
        }
    }

    pub fn now(&self) -> Now {
        self.clock.now()
    }

    /// When the loop must call [`App::on_deadline`] at the latest; None: only a message can
    /// change anything.
    pub fn next_deadline(&self, now: &Now) -> Option<Mono> {
        let reload_unsaid = self.reload_unsaid.as_ref().map(|(at, _)| *at);
        [
            self.engine.next_deadline(now),
            self.idle.retry_at(),
            reload_unsaid,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// A deadline came: say a reload held back, read idle time if the core plans readings (or no
    /// source answers yet), let the core catch up, show the tray what changed.
    pub fn on_deadline(&mut self) {
        let now = self.catch_up();
        if let Some((at, outcome)) = self.reload_unsaid.take() {
            if now.mono >= at {
                self.say_reload(now.mono, outcome);
            } else {
                self.reload_unsaid = Some((at, outcome));
            }
        }
        let reading = if reads_idle_at_deadlines(self.idle.feed()) || self.engine.reading_due(&now)
        {
            self.idle.read(now.mono)
        } else {
            None
        };
        self.idle_input(&now, reading);
        self.refresh_tray(false);
    }

    /// The time now, after telling the core if the machine slept since the loop last woke
    /// (seen in the clocks, for when no one said it would sleep).
    fn catch_up(&mut self) -> Now {
        let now = self.clock.now();
        if self.clock.slept().is_none() {
            return now;
        }
        self.input(&now, Input::Slept);
        self.clock.now()
    }

    /// An idle reading (None: none came), with how readings arrive from the source held now.
    fn idle_input(&mut self, now: &Now, reading: Option<Duration>) {
        self.engine.set_idle_feed(self.idle.feed());
        self.input(now, reading.map_or(Input::Tick, Input::IdleSample));
    }

    pub fn on_message(&mut self, message: Message) -> Flow {
        self.inbox.taken(&message);
        let now = self.catch_up();
        let flow = match message {
            Message::Request(request, client) => {
                let (reply, flow) = self.on_request(&now, request, client.session, client.stream);
                let _ = client.reply.send(reply);
                if flow == Flow::Quit {
                    // Limber exits next: let the answer reach `limber quit` first.
                    let _ = client.written.recv_timeout(ipc::IO_TIMEOUT);
                }
                flow
            }
            Message::Answer { id, answer } => {
                if self.notification == Some(id) {
                    self.notification = None;
                    self.input(&now, Input::Answer(answer));
                }
                Flow::Continue
            }
            Message::NotificationServerBack => {
                self.show_due_reminder_again(&now);
                Flow::Continue
            }
            Message::Tray(action) => self.on_tray(&now, action),
            Message::Session(event) => {
                if event == SessionEvent::Locked {
                    self.locks_seen += 1;
                }
                match session_input(event) {
                    Some(input) => self.input(&now, input),
                    None => {
                        let reading = self.idle.read(now.mono);
                        self.idle_input(&now, reading);
                    }
                }
                Flow::Continue
            }
            Message::LockNotHeld { lock } => {
                if lock == self.locks_seen {
                    self.input(&now, Input::Unlocked);
                }
                Flow::Continue
            }
            Message::Idle { generation, report } => {
                match self.idle.report(now.mono, generation, report) {
                    Some(idle_for) => self.idle_input(&now, Some(idle_for)),
                    // Stale, or the source stopped: nothing to read, but the feed may change.
                    None => self.engine.set_idle_feed(self.idle.feed()),
                }
                Flow::Continue
            }
            Message::ConfigChanged => {
                self.reload_config();
                Flow::Continue
            }
            Message::AutostartChanged => {
                self.start_at_login = starts_at_login();
                Flow::Continue
            }
            Message::WindowExited { pid } => {
                if self.windows.exited(pid) {
                    self.cancel_stretch(&now);
                }
                Flow::Continue
            }
            Message::WindowGone { session } => {
                self.window_gone(&now, session);
                Flow::Continue
            }
            Message::Terminate => Flow::Quit,
        };
        if self.engine.status(&now).state != State::Stretching {
            self.windows.set_owner(None);
        }
        self.refresh_tray(false);
        flow
    }

    /// Saves what a restart needs, takes the reminder off the screen and closes the timer
    /// windows (each records its own stretch).
    pub fn shutdown(&mut self) {
        let now = self.clock.now();
        self.save_state(&now);
        if self.notification.take().is_some() {
            self.notifier.withdraw();
        }
        self.windows.close_all();
    }

    fn on_request(
        &mut self,
        now: &Now,
        request: Request,
        session: u64,
        stream: Option<UnixStream>,
    ) -> (Reply, Flow) {
        let outcome = match request {
            Request::Status {} => {
                return (
                    Reply {
                        status: Some(self.status_report(now)),
                        ..Reply::ok(self.status_line(now))
                    },
                    Flow::Continue,
                )
            }
            Request::Quit {} => return (Reply::ok("limber stopped."), Flow::Quit),
            Request::Stretch { id } => self.request(now, Input::StretchNow(id)),
            Request::Snooze { secs } => secs
                .map(|secs| requested_length(Asked::Snooze, secs, &SNOOZE_BOUNDS))
                .transpose()
                .and_then(|length| self.request(now, Input::Snooze(length))),
            Request::Skip {} => self.request(now, Input::Skip),
            Request::Pause {
                secs,
                until_tomorrow,
            } => pause_length(secs, until_tomorrow)
                .and_then(|length| self.request(now, Input::Pause(length))),
            Request::Resume {} => self.request(now, Input::Resume),
            Request::RemindAnyway {} => self.request(now, Input::RemindAnywayToday),
            Request::WindowStarted { id, pid, waiting } => {
                self.window_started(now, session, stream, id, pid, waiting)
            }
            Request::WindowEnded { .. } if self.windows.reports_late(session) => {
                let already = "limber had already ended this stretch: its window stayed open \
                               past the stretch and a reminder interval. Nothing more was recorded.";
                return (Reply::ok(already), Flow::Continue);
            }
            Request::WindowEnded { id, ended } => {
                // Only the window showing the stretch under way, if one does, may end it.
                let ended = if self.windows.may_own(session, None) {
                    self.request(now, Input::StretchEnded(id, ended))
                } else {
                    Err(shown_by_another_window())
                };
                // Its last report, taken or not: the window is done with this stretch.
                if self
                    .windows
                    .closed(session)
                    .is_some_and(|closed| closed.owned)
                {
                    self.cancel_stretch(now);
                }
                ended
            }
        };
        let reply = match outcome {
            Ok(()) => Reply::ok(self.status_line(now)),
            Err(Rejected(why)) => Reply::error(why),
        };
        (reply, Flow::Continue)
    }

    /// A timer window on `session` reports that it opened, or that it began counting.
    fn window_started(
        &mut self,
        now: &Now,
        session: u64,
        stream: Option<UnixStream>,
        id: String,
        pid: Option<u32>,
        waiting: bool,
    ) -> Result<(), Rejected> {
        if !self.windows.has_room_for(session, pid) {
            return Err(Rejected(wording::too_many_windows(MAX_WINDOWS)));
        }
        if !waiting && !self.windows.may_own(session, pid) {
            return Err(shown_by_another_window());
        }
        // Known as counting before the engine hears of it: starting withdraws the reminder,
        // which closes the windows still on their start screen, and this one is not any more.
        let new = self.windows.reports(session, pid, !waiting, stream);
        let taken = if waiting {
            self.engine.known(&id)
        } else {
            self.request(now, Input::StretchStarted(id))
                .map(|()| self.windows.set_owner(Some(Owner::Session(session))))
        };
        if taken.is_err() && new {
            self.windows.closed(session);
        }
        taken
    }

    /// The connection of the window on `session` closed before its end report.
    fn window_gone(&mut self, now: &Now, session: u64) {
        let Some(closed) = self.windows.closed(session) else {
            return;
        };
        if closed.owned {
            // Killed, crashed, or the user pressed Ctrl+C: the stretch is over.
            self.cancel_stretch(now);
        } else if !closed.counting {
            // The reminder shown as a window vanished unanswered: like a notification that went
            // away by itself, it comes back after the snooze length.
            self.input(now, Input::Answer(Answer::Vanished));
        }
    }

    /// Ends the stretch under way, if any, as cancelled: its window is gone without a word.
    fn cancel_stretch(&mut self, now: &Now) {
        let status = self.engine.status(now);
        if let (State::Stretching, Some(id)) = (status.state, status.stretch) {
            self.input(now, Input::StretchEnded(id, Ended::closed(0)));
        }
    }

    fn on_tray(&mut self, now: &Now, action: TrayAction) -> Flow {
        match route_tray(action) {
            TrayRoute::Core(input) => {
                if let Err(Rejected(why)) = self.request(now, input) {
                    tracing::info!("{why}");
                }
            }
            TrayRoute::OpenSettings => self.open_settings(),
            TrayRoute::StartAtLogin(on) => match autostart::set(on) {
                Ok(status) => {
                    tracing::info!("{status}");
                    self.start_at_login = status.enabled;
                }
                Err(problem) => tracing::warn!("{problem}"),
            },
            TrayRoute::Show => self.refresh_tray(true),
            TrayRoute::ShowWeek => {
                if let Err(error) = self.launcher.open_week() {
                    tracing::warn!("could not open the week picture: {error}");
                }
            }
            TrayRoute::Quit => return Flow::Quit,
        }
        Flow::Continue
    }

    /// Feeds an input the user asked for; the core may turn it down, and what it then asks for
    /// may fail in a way the user must hear of (a timer window that cannot be started).
    fn request(&mut self, now: &Now, input: Input) -> Result<(), Rejected> {
        let effects = self.engine.handle(now, input)?;
        self.perform(now, effects)
    }

    /// Feeds an observation; the core never turns those down.
    fn input(&mut self, now: &Now, input: Input) {
        if let Err(Rejected(why)) = self.request(now, input) {
            tracing::debug!("{why}");
        }
    }

    /// Performs every effect; the first that failed in a way the requester must hear of is
    /// returned.
    fn perform(&mut self, now: &Now, effects: Vec<Effect>) -> Result<(), Rejected> {
        let mut failed = Ok(());
        for effect in effects {
            match effect {
                Effect::ShowReminder {
                    stretch,
                    sat_for,
                    quiet,
                } => self.show_reminder(&stretch, sat_for, quiet),
                Effect::CheckBusy => {
                    let reasons = self.busy.check();
                    // The check can take a moment; the answer is for the time it came back.
                    let answered = self.clock.now();
                    self.input(&answered, Input::BusyChecked(reasons));
                }
                Effect::CloseStretchWindow => self.windows.close_owner(),
                Effect::CheckLocked => {
                    session::ask_whether_locked(self.inbox.clone(), self.locks_seen)
                }
                Effect::WithdrawReminder => {
                    if self.notification.take().is_some() {
                        self.notifier.withdraw();
                    }
                    self.windows.close_waiting();
                }
                Effect::OpenStretch { stretch } => {
                    let opened = self.open_stretch_window(now, &stretch.id);
                    failed = failed.and(opened);
                }
                Effect::Record(kind) => {
                    if matches!(kind, EventKind::Done { .. }) {
                        self.practice.note(&kind);
                        self.apply_practice();
                    }
                    let event = HistoryEvent {
                        at: now.timestamp(),
                        kind,
                    };
                    if let Err(error) = self.history.append(&event) {
                        tracing::warn!(
                            "could not write history to {}: {error}",
                            self.paths.history_file.display()
                        );
                    }
                }
                Effect::SaveState => self.save_state(now),
            }
        }
        failed
    }

    fn show_reminder(&mut self, stretch: &Stretch, sat_for: Duration, quiet: bool) {
        let snooze = self.engine.settings().rules.snooze;
        let tray_shown = self.tray.as_ref().is_some_and(Tray::is_shown);
        match self
            .notifier
            .show_reminder(stretch, sat_for, snooze, quiet, tray_shown)
        {
            Ok(id) => {
                self.notification = Some(id);
                self.notifications_work = true;
            }
            Err(error) => {
                // Nobody shows notifications: the reminder still reaches the user, as the tray's
                // "due" icon and a timer window waiting on its start screen.
                tracing::warn!("could not show the reminder as a notification ({error}); opening the timer window instead");
                self.notifications_work = false;
                if self.windows.any_open() {
                    return;
                }
                match self.launch_window(&stretch.id, true) {
                    Ok(pid) => self.windows.launched(pid, false),
                    Err(error) => tracing::warn!("could not open the timer window: {error}"),
                }
            }
        }
    }

    /// A notification server appeared: whatever the old one showed went with it. The reminder
    /// that was on screen then, still due and shown nowhere else, is shown again. (One the user
    /// dismissed comes back at its time, as it would have.)
    fn show_due_reminder_again(&mut self, now: &Now) {
        let was_on_screen = self.notification.take().is_some();
        let status = self.engine.status(now);
        if !was_on_screen || status.state != State::Due || self.windows.any_open() {
            return;
        }
        let catalog = self.engine.catalog();
        if let Some(stretch) = status.stretch.and_then(|id| catalog.get(&id).cloned()) {
            self.show_reminder(&stretch, status.sitting, false);
        }
    }

    /// Opens the window for the stretch the engine just began, which then watches it; a
    /// window that cannot be started leaves no stretch behind, and says why.
    fn open_stretch_window(&mut self, now: &Now, stretch_id: &str) -> Result<(), Rejected> {
        match self.launch_window(stretch_id, false) {
            Ok(pid) => {
                self.windows.launched(pid, true);
                self.input(now, Input::StretchStarted(stretch_id.to_string()));
                Ok(())
            }
            Err(error) => {
                tracing::warn!("could not open the timer window: {error}");
                self.cancel_stretch(now);
                Err(Rejected(wording::window_failed(&error.to_string())))
            }
        }
    }

    /// Starts the timer window for `stretch_id`; `ready`: on its start screen.
    fn launch_window(&self, stretch_id: &str, ready: bool) -> std::io::Result<u32> {
        self.launcher.open(stretch_id, ready, self.inbox.clone())
    }

    fn save_state(&self, now: &Now) {
        if let Err(error) = store::save_state(&self.paths.state_file, &self.engine.snapshot(now)) {
            tracing::warn!(
                "could not save state to {}: {error}",
                self.paths.state_file.display()
            );
        }
    }

    fn reload_config(&mut self) {
        let file = ConfigFile::read(&self.paths.config_file);
        if file == self.config_file {
            return;
        }
        let settings = file.settings_spoken();
        let before = std::mem::replace(&mut self.config_file, file).settings();
        if let (Ok(now), Ok(before)) = (&settings, &before) {
            if now == before {
                tracing::debug!("the config file changed, its settings did not");
                return;
            }
        }
        let outcome = match settings {
            Ok(config) => {
                self.written = config.catalog();
                self.progression = config.stretches.progression;
                let catalog = self.practised();
                self.catalog = Arc::new(catalog.clone());
                self.engine.reconfigure(config.settings(), catalog);
                self.busy = BusyCheck::from_config(&config.defer);
                // A source that reports is told the new threshold, and read once: the user may
                // already be idle past it.
                let now = self.clock.now();
                self.idle
                    .set_threshold(config.activity.break_after, now.mono);
                let reading = self.idle.read(now.mono);
                self.idle_input(&now, reading);
                Ok(())
            }
            Err(error) => Err(error.to_string()),
        };
        self.say_reload(self.clock.now().mono, outcome);
    }

    /// Logs what a reload did (`Err`: why the config was refused, also told in a notice), at
    /// most a few times a second however fast something rewrites the file. What cannot be said
    /// now is said once the throttle allows ([`App::next_deadline`]), so the last word on the
    /// file is never lost.
    fn say_reload(&mut self, now: Mono, outcome: Result<(), String>) {
        let Some(held_back) = self.reload_said.pass(now) else {
            self.reload_unsaid = Some((self.reload_said.next_pass(now), outcome));
            return;
        };
        self.reload_unsaid = None;
        let held_back = match held_back {
            0 => String::new(),
            count => format!(" ({count} changes before it were not logged)"),
        };
        let path = self.paths.config_file.display();
        match outcome {
            Ok(()) => tracing::info!("applied the changed config from {path}{held_back}"),
            Err(error) => {
                tracing::warn!("kept the previous settings{held_back}: {error}");
                let _ = self.notifier.tell(&wording::config_kept(), &error);
            }
        }
    }

    /// The configured catalogue with holds as practice has made them.
    fn practised(&self) -> Catalog {
        progression::apply(self.written.clone(), &self.practice, self.progression)
    }

    /// Gives the engine and the tray the catalogue with holds as practice has now made them.
    fn apply_practice(&mut self) {
        let catalog = self.practised();
        self.catalog = Arc::new(catalog.clone());
        self.engine.reconfigure(self.engine.settings(), catalog);
    }

    fn open_settings(&self) {
        if let Err(problem) = editor::open_settings(&self.paths.config_file) {
            tracing::warn!("{problem}");
        }
    }

    fn status_report(&self, now: &Now) -> StatusReport {
        status_report::report(
            self.engine.status(now),
            status_report::Shell {
                idle_source: self.idle.name(),
                notifications: self.notifications_work,
                tray: self.tray.as_ref().is_some_and(Tray::is_shown),
                gnome_breaks: self.gnome_breaks,
            },
        )
    }

    /// The one line that says where things stand, for `limber status` and replies (the tray
    /// computes the same from its model).
    fn status_line(&self, now: &Now) -> String {
        let status = self.engine.status(now);
        let line = status_line::describe(&status, self.engine.catalog());
        status_line::beside_gnome_breaks(&status, line, self.gnome_breaks)
    }

    /// What the tray computes its view from; it changes only when the state does.
    fn tray_model(&self) -> TrayModel {
        TrayModel {
            standing: self.engine.standing(),
            catalog: Arc::clone(&self.catalog),
            start_at_login: self.start_at_login,
            gnome_breaks: self.gnome_breaks,
        }
    }

    /// Gives the tray the model if it changed (or, `looked`, in any case: the pointer is on a
    /// tray that cannot compute its view by itself).
    fn refresh_tray(&mut self, looked: bool) {
        // The user may switch GNOME's breaks on or off at any time; reading it is a look into
        // a file already in memory.
        self.gnome_breaks = self.busy.beside_gnome_breaks();
        let Some(tray) = &self.tray else { return };
        let model = self.tray_model();
        if looked || self.shown_model.as_ref() != Some(&model) {
            tray.show(model.clone());
            self.shown_model = Some(model);
        }
    }
}

/// Where a tray pick goes: to the core as an input, or to the shell.
#[derive(Debug, PartialEq)]
enum TrayRoute {
    Core(Input),
    OpenSettings,
    StartAtLogin(bool),
    /// Show the tray what stands now (the pointer is on it).
    Show,
    ShowWeek,
    Quit,
}

fn route_tray(action: TrayAction) -> TrayRoute {
    TrayRoute::Core(match action {
        TrayAction::StretchNow => Input::StretchNow(None),
        TrayAction::Stretch(id) => Input::StretchNow(Some(id)),
        TrayAction::Snooze(length) => Input::Snooze(Some(length)),
        TrayAction::Pause(length) => Input::Pause(length),
        TrayAction::Resume => Input::Resume,
        TrayAction::RemindAnywayToday => Input::RemindAnywayToday,
        TrayAction::OpenSettings => return TrayRoute::OpenSettings,
        TrayAction::StartAtLogin(on) => return TrayRoute::StartAtLogin(on),
        TrayAction::Looked => return TrayRoute::Show,
        TrayAction::ShowWeek => return TrayRoute::ShowWeek,
        TrayAction::Quit => return TrayRoute::Quit,
    })
}

/// The core's input for a session event; None for waking, when the shell reads idle time
/// instead (from any source: the user is likely back).
fn session_input(event: SessionEvent) -> Option<Input> {
    match event {
        SessionEvent::Locked => Some(Input::Locked),
        SessionEvent::Unlocked => Some(Input::Unlocked),
        SessionEvent::Sleeping => Some(Input::Sleeping),
        SessionEvent::Woke => None,
    }
}

/// `limber pause`'s length: "until tomorrow" wins over a duration; neither is until resumed.
/// A duration outside the command line's bounds is refused here too.
fn pause_length(secs: Option<u64>, until_tomorrow: bool) -> Result<PauseLength, Rejected> {
    match (secs, until_tomorrow) {
        (_, true) => Ok(PauseLength::UntilTomorrow),
        (Some(secs), false) => {
            requested_length(Asked::Pause, secs, &PAUSE_BOUNDS).map(PauseLength::For)
        }
        (None, false) => Ok(PauseLength::UntilResumed),
    }
}

fn shown_by_another_window() -> Rejected {
    Rejected(wording::window_taken())
}

/// A length a client asked for, in seconds, if within `bounds`. The command line checks the same
/// bounds, but anything can write to the socket: an endless snooze would silently end reminders.
fn requested_length(asked: Asked, secs: u64, bounds: &Bounds) -> Result<Duration, Rejected> {
    bounds
        .check(Duration::from_secs(secs))
        .map_err(|why| Rejected(wording::length_refused(asked, secs, &why)))
}

/// Whether a deadline brings an idle reading: not from a source that reports by itself (its
/// deadlines are for reminders), but from a sampled one, or to look for a source when none
/// answers.
fn reads_idle_at_deadlines(feed: IdleFeed) -> bool {
    match feed {
        IdleFeed::Events => false,
        IdleFeed::Sampled | IdleFeed::Missing => true,
    }
}

/// Whether limber starts at login; an unreadable entry counts as off, with a warning.
fn starts_at_login() -> bool {
    autostart::status()
        .inspect_err(|problem| {
            tracing::warn!("cannot tell whether limber starts at login: {problem}")
        })
        .is_ok_and(|status| status.enabled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_picks_reach_the_core_as_the_inputs_they_name() {
        let twenty = Duration::from_secs(1200);
        for (action, input) in [
            (TrayAction::StretchNow, Input::StretchNow(None)),
            (
                TrayAction::Stretch("pigeon-pose".into()),
                Input::StretchNow(Some("pigeon-pose".into())),
            ),
            (TrayAction::Snooze(twenty), Input::Snooze(Some(twenty))),
            (
                TrayAction::Pause(PauseLength::UntilTomorrow),
                Input::Pause(PauseLength::UntilTomorrow),
            ),
            (TrayAction::Resume, Input::Resume),
            (TrayAction::RemindAnywayToday, Input::RemindAnywayToday),
        ] {
            assert_eq!(route_tray(action), TrayRoute::Core(input));
        }
    }

    #[test]
    fn settings_start_at_login_looking_and_quitting_stay_in_the_shell() {
        assert_eq!(
            route_tray(TrayAction::OpenSettings),
            TrayRoute::OpenSettings
        );
        assert_eq!(
            route_tray(TrayAction::StartAtLogin(false)),
            TrayRoute::StartAtLogin(false)
        );
        assert_eq!(route_tray(TrayAction::Looked), TrayRoute::Show);
        assert_eq!(route_tray(TrayAction::ShowWeek), TrayRoute::ShowWeek);
        assert_eq!(route_tray(TrayAction::Quit), TrayRoute::Quit);
    }

    #[test]
    fn waking_reads_idle_time_instead_of_telling_the_core() {
        assert_eq!(session_input(SessionEvent::Locked), Some(Input::Locked));
        assert_eq!(session_input(SessionEvent::Unlocked), Some(Input::Unlocked));
        assert_eq!(session_input(SessionEvent::Sleeping), Some(Input::Sleeping));
        assert_eq!(session_input(SessionEvent::Woke), None);
    }

    #[test]
    fn pause_until_tomorrow_wins_and_no_length_means_until_resumed() {
        assert_eq!(pause_length(Some(60), true), Ok(PauseLength::UntilTomorrow));
        assert_eq!(
            pause_length(Some(60), false),
            Ok(PauseLength::For(Duration::from_secs(60)))
        );
        assert_eq!(pause_length(None, false), Ok(PauseLength::UntilResumed));
        assert!(pause_length(Some(u64::MAX), false).is_err());
        assert!(pause_length(Some(0), false).is_err());
    }

    #[test]
    fn deadlines_read_idle_time_only_when_no_source_reports_by_itself() {
        assert!(!reads_idle_at_deadlines(IdleFeed::Events));
        assert!(reads_idle_at_deadlines(IdleFeed::Sampled));
        assert!(reads_idle_at_deadlines(IdleFeed::Missing));
    }
}
