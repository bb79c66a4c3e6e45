//! The daemon's router: turns each [`Message`] into a core input, and performs the effects the
//! core returns. Everything the OS offers is reached through the small modules beside this one;
//! nothing here decides when to remind.

use std::path::PathBuf;
use std::time::Duration;

use crate::autostart;
use crate::busy::BusyCheck;
use crate::config::{Config, ConfigFile};
use crate::core::catalog::Catalog;
use crate::core::catalog::Stretch;
use crate::core::clock::{Mono, Now};
use crate::core::engine::{
    Answer, Effect, Engine, Input, Rejected, Settings, Snapshot, State, StretchOutcome,
};
use crate::core::history::{EventKind, HistoryEvent};
use crate::core::hold::HoldRules;
use crate::core::progression::{self, Practice};
use crate::core::schedule::{PauseLength, ReminderRules};
use crate::idle::{self, IdleSource};
use crate::ipc::{Reply, Request, StatusReport, UnixStream};
use crate::paths::Paths;
use crate::practice;
use crate::store::{self, History};

use super::clock::Clock;
use super::editor;
use super::message::{Inbox, Message, SessionEvent};
use super::notify::Notifier;
use super::status_line;
use super::timer_windows::{Owner, TimerWindows, MAX_WINDOWS};
use super::tray::{menu, Tray, TrayAction, TrayIcon, TrayView};
use super::window_launcher;

/// How often to look for an idle source again while none answers (e.g. the display is not up yet).
const IDLE_RETRY: Duration = Duration::from_secs(10);
/// The tray's status line shows minutes; refreshing it more often would show nothing new.
const TRAY_REFRESH: Duration = Duration::from_secs(60);

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
    config_override: Option<PathBuf>,
    /// The config file as last read, to ignore edits that change nothing.
    config_file: ConfigFile,
    history: History,
    /// The catalogue as configured, before practice lengthens its holds, and whether it does
    /// (`[stretches] progression`); the engine gets it with practice applied.
    written: Catalog,
    progression: bool,
    /// Holds done of each stretch: read from history at start, then kept up to date.
    practice: Practice,
    notifier: Notifier,
    /// The reminder notification on screen, if any: answers to any other id are stale.
    notification: Option<u32>,
    notifications_work: bool,
    tray: Option<Tray>,
    shown_view: Option<TrayView>,
    tray_refreshed: Mono,
    idle: Option<Box<dyn IdleSource>>,
    idle_retry_at: Mono,
    /// The timer windows open, and which one the stretch under way belongs to.
    windows: TimerWindows,
    /// Whether limber starts at login, as last read; the tray shows it.
    start_at_login: bool,
    /// Whether GNOME's own movement breaks are on beside limber's, as last read.
    gnome_breaks: bool,
    /// The busy sources the config switches on, asked when a reminder comes due.
    busy: BusyCheck,
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
        let settings = settings_of(&config);
        let history = History::new(paths.history_file.clone());
        let practice = practice::read(&history, &now.wall).practice;
        let catalog = progression::apply(config.catalog(), &practice, config.stretches.progression);
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
        let idle = idle::detect();
        let mut app = App {
            engine,
            clock,
            history,
            written: config.catalog(),
            progression: config.stretches.progression,
            practice,
            paths,
            config_override,
            config_file,
            notifier,
            notification: None,
            notifications_work: true,
            tray: None,
            shown_view: None,
            tray_refreshed: now.mono,
            idle,
            idle_retry_at: now.mono + IDLE_RETRY,
            windows: TimerWindows::default(),
            start_at_login: starts_at_login(),
            gnome_breaks: false,
            busy: BusyCheck::from_config(&config.defer),
            inbox,
        };
        app.gnome_breaks = app.busy.beside_gnome_breaks();
        app.start_tray(&now);
        app
    }

    fn start_tray(&mut self, now: &Now) {
        let view = self.tray_view(now);
        let inbox = self.inbox.clone();
        match Tray::start(view.clone(), move |action| {
            let _ = inbox.send(Message::Tray(action));
        }) {
            Ok(tray) => {
                self.tray = Some(tray);
                self.shown_view = Some(view);
            }
            Err(error) => tracing::warn!("no tray icon: {error}"),
        }
    }

    pub fn now(&self) -> Now {
        self.clock.now()
    }

    /// When the loop must call [`App::on_deadline`] at the latest.
    pub fn next_deadline(&self, now: &Now) -> Mono {
        let mut deadline = self
            .engine
            .next_deadline(now)
            .min(self.tray_refreshed + TRAY_REFRESH);
        if self.idle.is_none() {
            deadline = deadline.min(self.idle_retry_at);
        }
        deadline
    }

    /// A deadline came: look at idle time, let the core catch up, refresh the tray.
    pub fn on_deadline(&mut self) {
        let mut now = self.clock.now();
        if self.clock.slept().is_some() {
            self.input(&now, Input::Slept);
            now = self.clock.now();
        }
        let reading = match self.sample_idle(&now) {
            Some(idle_for) => Input::IdleSample(idle_for),
            None => Input::Tick,
        };
        self.input(&now, reading);
        self.gnome_breaks = self.busy.beside_gnome_breaks();
        self.refresh_tray(&now, true);
    }

    pub fn on_message(&mut self, message: Message) -> Flow {
        let now = self.clock.now();
        let flow = match message {
            Message::Request(request, client) => {
                let (reply, flow) = self.on_request(&now, request, client.session, client.stream);
                let _ = client.reply.send(reply);
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
                match event {
                    SessionEvent::Locked => self.input(&now, Input::Locked),
                    SessionEvent::Unlocked => self.input(&now, Input::Unlocked),
                    SessionEvent::Sleeping => self.input(&now, Input::Sleeping),
                    // Look at idle time at once: the user is likely back at the keyboard.
                    SessionEvent::Woke => self.on_deadline(),
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
        self.refresh_tray(&now, false);
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
            Request::Snooze { secs } => {
                self.request(now, Input::Snooze(secs.map(Duration::from_secs)))
            }
            Request::Skip {} => self.request(now, Input::Skip),
            Request::Pause {
                secs,
                until_tomorrow,
            } => {
                let length = match (secs, until_tomorrow) {
                    (_, true) => PauseLength::UntilTomorrow,
                    (Some(secs), false) => PauseLength::For(Duration::from_secs(secs)),
                    (None, false) => PauseLength::UntilResumed,
                };
                self.request(now, Input::Pause(length))
            }
            Request::Resume {} => self.request(now, Input::Resume),
            Request::RemindAnyway {} => self.request(now, Input::RemindAnywayToday),
            Request::WindowStarted { id, pid, waiting } => {
                self.window_started(now, session, stream, id, pid, waiting)
            }
            Request::WindowEnded {
                id,
                done,
                held_secs,
                sides_secs,
            } => {
                let outcome = if done {
                    StretchOutcome::Finished {
                        held_secs,
                        sides_secs,
                    }
                } else {
                    StretchOutcome::Cancelled { held_secs }
                };
                let ended = self.request(now, Input::StretchEnded(id, outcome));
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
        if !self.windows.has_room_for(session) {
            return Err(Rejected(format!(
                "Too many timer windows are open (at most {MAX_WINDOWS})."
            )));
        }
        if !waiting && !self.windows.may_own(session, pid) {
            return Err(Rejected(
                "Another timer window is already showing the stretch under way.".into(),
            ));
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
            let cancelled = StretchOutcome::Cancelled { held_secs: 0 };
            self.input(now, Input::StretchEnded(id, cancelled));
        }
    }

    fn on_tray(&mut self, now: &Now, action: TrayAction) -> Flow {
        let input = match action {
            TrayAction::StretchNow => Input::StretchNow(None),
            TrayAction::Stretch(id) => Input::StretchNow(Some(id)),
            TrayAction::Snooze(length) => Input::Snooze(Some(length)),
            TrayAction::Pause(length) => Input::Pause(length),
            TrayAction::Resume => Input::Resume,
            TrayAction::RemindAnywayToday => Input::RemindAnywayToday,
            TrayAction::OpenSettings => {
                self.open_settings();
                return Flow::Continue;
            }
            TrayAction::StartAtLogin(on) => {
                match autostart::set(on) {
                    Ok(status) => {
                        tracing::info!("{status}");
                        self.start_at_login = status.enabled;
                    }
                    Err(problem) => tracing::warn!("{problem}"),
                }
                return Flow::Continue;
            }
            TrayAction::Quit => return Flow::Quit,
        };
        if let Err(Rejected(why)) = self.request(now, input) {
            tracing::info!("{why}");
        }
        Flow::Continue
    }

    /// Feeds an input the user asked for; the core may turn it down.
    fn request(&mut self, now: &Now, input: Input) -> Result<(), Rejected> {
        let effects = self.engine.handle(now, input)?;
        self.perform(now, effects);
        Ok(())
    }

    /// Feeds an observation; the core never turns those down.
    fn input(&mut self, now: &Now, input: Input) {
        if let Err(Rejected(why)) = self.request(now, input) {
            tracing::debug!("{why}");
        }
    }

    fn perform(&mut self, now: &Now, effects: Vec<Effect>) {
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
                Effect::WithdrawReminder => {
                    if self.notification.take().is_some() {
                        self.notifier.withdraw();
                    }
                    self.windows.close_waiting();
                }
                Effect::OpenStretch { stretch } => self.open_stretch_window(now, &stretch.id),
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
    /// window that cannot be started leaves no stretch behind.
    fn open_stretch_window(&mut self, now: &Now, stretch_id: &str) {
        match self.launch_window(stretch_id, false) {
            Ok(pid) => {
                self.windows.launched(pid, true);
                self.input(now, Input::StretchStarted(stretch_id.to_string()));
            }
            Err(error) => {
                tracing::warn!("could not open the timer window: {error}");
                self.cancel_stretch(now);
            }
        }
    }

    /// Starts `limber stretch --here ID`; `ready`: on its start screen.
    fn launch_window(&self, stretch_id: &str, ready: bool) -> std::io::Result<u32> {
        window_launcher::open(
            stretch_id,
            ready,
            self.config_override.as_deref(),
            self.inbox.clone(),
        )
    }

    fn save_state(&self, now: &Now) {
        if let Err(error) = store::save_state(&self.paths.state_file, &self.engine.snapshot(now)) {
            tracing::warn!(
                "could not save state to {}: {error}",
                self.paths.state_file.display()
            );
        }
    }

    fn sample_idle(&mut self, now: &Now) -> Option<Duration> {
        if self.idle.is_none() && now.mono >= self.idle_retry_at {
            self.idle = idle::detect();
            self.idle_retry_at = now.mono + IDLE_RETRY;
        }
        let source = self.idle.as_mut()?;
        match source.idle_for() {
            Ok(idle_for) => Some(idle_for),
            Err(error) => {
                tracing::warn!(
                    "{} stopped answering ({error}); looking for another idle source",
                    source.name()
                );
                self.idle = None;
                self.idle_retry_at = now.mono;
                None
            }
        }
    }

    fn reload_config(&mut self) {
        let path = &self.paths.config_file;
        let file = ConfigFile::read(path);
        if file == self.config_file {
            return;
        }
        let settings = file.settings();
        self.config_file = file;
        match settings {
            Ok(config) => {
                tracing::info!("applied the changed config from {}", path.display());
                self.written = config.catalog();
                self.progression = config.stretches.progression;
                self.engine
                    .reconfigure(settings_of(&config), self.practised());
                self.busy = BusyCheck::from_config(&config.defer);
            }
            Err(error) => {
                tracing::warn!("kept the previous settings: {error}");
                let _ = self
                    .notifier
                    .tell("limber kept your previous settings", &error.to_string());
            }
        }
    }

    /// The configured catalogue with holds as practice has made them.
    fn practised(&self) -> Catalog {
        progression::apply(self.written.clone(), &self.practice, self.progression)
    }

    /// Gives the engine the catalogue with holds as practice has now made them.
    fn apply_practice(&mut self) {
        self.engine
            .reconfigure(self.engine.settings(), self.practised());
    }

    fn open_settings(&self) {
        if let Err(problem) = editor::open_settings(&self.paths.config_file) {
            tracing::warn!("{problem}");
        }
    }

    fn status_report(&self, now: &Now) -> StatusReport {
        let status = self.engine.status(now);
        StatusReport {
            state: status.state,
            sitting_seconds: status.sitting.as_secs(),
            sitting_today_seconds: status.sitting_today.as_secs(),
            next_reminder_seconds: status.next_reminder_in.map(|d| d.as_secs()),
            paused_until: status.paused_until.map(|at| at.to_string()),
            stretch: status.stretch,
            off_until: status.off_until.map(|at| at.timestamp().to_string()),
            holding: status.holding,
            idle_source: self.idle.as_ref().map_or("none", |s| s.name()).to_string(),
            notifications: self.notifications_work,
            tray: self.tray.as_ref().is_some_and(Tray::is_shown),
            gnome_breaks: self.gnome_breaks,
        }
    }

    /// The one line that says where things stand, for `limber status`, replies and the tray.
    fn status_line(&self, now: &Now) -> String {
        let status = self.engine.status(now);
        let line = status_line::describe(&status, self.engine.catalog());
        status_line::beside_gnome_breaks(&status, line, self.gnome_breaks)
    }

    fn tray_view(&self, now: &Now) -> TrayView {
        let status = self.engine.status(now);
        let catalog = self.engine.catalog();
        TrayView {
            icon: match status.state {
                State::Due => TrayIcon::Due,
                State::Paused => TrayIcon::Paused,
                _ => TrayIcon::Idle,
            },
            status_line: self.status_line(now),
            stretches: menu::stretch_choices(catalog),
            show_snooze: status_line::offers_snooze(status.state, status.next_reminder_in),
            paused: status.state == State::Paused,
            off_hours: status.off_until.is_some(),
            start_at_login: self.start_at_login,
        }
    }

    /// Pushes a changed view to the tray. `timed`: this is the once-a-minute refresh.
    fn refresh_tray(&mut self, now: &Now, timed: bool) {
        if timed {
            self.tray_refreshed = now.mono;
        }
        let Some(tray) = &self.tray else { return };
        let view = self.tray_view(now);
        if self.shown_view.as_ref() != Some(&view) {
            tray.update(view.clone());
            self.shown_view = Some(view);
        }
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

/// The core's settings from a config.
pub fn settings_of(config: &Config) -> Settings {
    Settings {
        rules: ReminderRules {
            every: config.reminder.every,
            snooze: config.reminder.snooze,
            working_hours: config.schedule.working_hours.clone(),
        },
        break_after: config.activity.break_after,
        hold: HoldRules {
            enabled: config.defer.do_not_disturb
                || config.defer.calls
                || config.defer.fullscreen
                || config.defer.gnome_breaks,
            max: config.defer.max,
        },
    }
}
