//! `limber open`: the control window, limber's way in where there is no tray (GNOME without the
//! AppIndicator extension). The app menu's entry runs it; so do the Start menu on Windows and
//! Launchpad on macOS. It starts limber first when limber is not running, then shows the
//! window ([`crate::window::control`]) and talks to limber over its socket as every command does.
//!
//! What the window shows is put together here from what limber answers (`status`: its line and
//! its report), the config (the stretches to pick from, as practice has lengthened their holds),
//! the state file (which stretch comes next) and the start-at-login switch. Its buttons become
//! the requests the commands send; "Start at login" and "Open settings" are done here, as the
//! tray does them, since they need no daemon.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use crate::autostart;
use crate::config::Config;
use crate::core::catalog::Catalog;
use crate::core::engine::State;
use crate::core::progression::{self, Practice};
use crate::core::schedule::PauseLength;
use crate::daemon::editor;
use crate::daemon::status_line;
use crate::daemon::tray::{menu, view};
use crate::daemon::tray::{TrayAction, TrayIcon, TrayView};
use crate::daemon::window_launcher::Launcher;
use crate::daemon::wording;
use crate::ipc::{self, Request, StatusReport};
use crate::paths::Paths;
use crate::practice;
use crate::programs;
use crate::store::History;
use crate::window::control::{self, Limber, Overview, Picked, Upcoming};

use crate::t;

use super::client::daemon_is_running;
use super::config_file::shown;
use super::stretch::next_in_rotation;

/// How long to wait for a limber started here to answer before the window opens anyway (and
/// says it is not running yet, asking again at its next refresh).
const START_WAIT: Duration = Duration::from_secs(5);

/// The environment variable that tells a limber started with no command that the desktop
/// launched it to be opened (`installers/macos/Info.plist` sets it for Launchpad): it then
/// acts as `limber open`. Never passed on to the limber `open` starts.
pub const OPENED_FROM_LAUNCHER: &str = "LIMBER_OPENED_FROM_LAUNCHER";

pub fn run(paths: &Paths, config_override: Option<&Path>) -> ExitCode {
    if !daemon_is_running(paths) {
        if let Err(problem) = start_daemon(config_override) {
            eprintln!(
                "limber: {}",
                t!("error-cannot-start-limber", error = problem.to_string())
            );
        } else {
            let deadline = Instant::now() + START_WAIT;
            while !daemon_is_running(paths) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
    let limber = OverTheSocket::new(paths.clone(), config_override.map(Path::to_path_buf));
    match control::run(limber) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => super::stretch::window_failed(&problem),
    }
}

/// Starts `limber` (the tray daemon) in the background, on its own: in a process group of its own
/// so a Ctrl+C meant for `limber open` does not reach it, and with its log where `limber open`'s
/// goes unless that is a terminal (where it would spill over the prompt).
fn start_daemon(config_override: Option<&Path>) -> std::io::Result<()> {
    let mut command = Command::new(programs::beside_this(programs::DAEMON)?);
    if let Some(config) = config_override {
        command.arg(programs::config_arg(config));
    }
    command.env_remove(OPENED_FROM_LAUNCHER);
    let log = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        Stdio::null()
    } else {
        Stdio::inherit()
    };
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        use windows_sys::Win32::System::Threading::{CREATE_NEW_PROCESS_GROUP, DETACHED_PROCESS};
        command.creation_flags(CREATE_NEW_PROCESS_GROUP | DETACHED_PROCESS);
    }
    let mut child = command.spawn()?;
    // Reaped when it ends, should that be while the window is still open.
    std::thread::Builder::new()
        .name("limber-wait".into())
        .spawn(move || drop(child.wait()))?;
    Ok(())
}

/// limber, reached over its socket.
struct OverTheSocket {
    paths: Paths,
    /// `--config PATH`, passed on to the week picture.
    config: Option<PathBuf>,
    /// Holds done of each stretch, read once: they change only when a stretch is done, which
    /// closes the window.
    practice: Practice,
}

impl OverTheSocket {
    fn new(paths: Paths, config: Option<PathBuf>) -> OverTheSocket {
        let history = History::new(paths.history_file.clone());
        let practice = practice::read(&history, &jiff::Zoned::now()).practice;
        OverTheSocket {
            paths,
            config,
            practice,
        }
    }

    fn call(&self, request: &Request) -> Result<ipc::Reply, String> {
        let socket = self.paths.socket_to_call()?;
        ipc::call(&socket, request).map_err(|error| error.to_string())
    }

    /// The config's catalogue with holds as practice has made them; with a config that cannot
    /// be read, the defaults', and the problem to say.
    fn catalog(&self) -> (Catalog, Option<String>) {
        let (config, problem) = match Config::load(&self.paths.config_file) {
            Ok(config) => (config, None),
            Err(error) => (Config::default(), Some(error.to_string())),
        };
        let catalog = progression::apply(
            config.catalog(),
            &self.practice,
            config.stretches.progression,
        );
        (catalog, problem)
    }
}

impl Limber for OverTheSocket {
    fn look(&mut self) -> Overview {
        let (catalog, config_problem) = self.catalog();
        let start_at_login = autostart::status().is_ok_and(|status| status.enabled);
        let answer = self.call(&Request::Status {}).and_then(|reply| {
            let line = reply.message.unwrap_or_default();
            reply
                .status
                .map(|report| (line, report))
                .ok_or_else(|| t!("cli-open-no-status"))
        });
        match answer {
            Ok((line, report)) => Overview {
                menu: view(&report, line, &catalog, start_at_login),
                next: upcoming(&report, &catalog, &self.paths),
                problem: config_problem,
            },
            Err(problem) => Overview {
                menu: TrayView {
                    status_line: t!("cli-open-not-running"),
                    ..view_of_nothing(&catalog, start_at_login)
                },
                next: next_in_rotation(&self.paths, &catalog).map(|stretch| Upcoming {
                    stretch_id: stretch.id.clone(),
                    heading: t!("cli-open-next"),
                    text: wording::reminder_body(stretch),
                }),
                problem: Some(problem),
            },
        }
    }

    fn pick(&mut self, action: &TrayAction) -> Picked {
        let Some(request) = request_for(action) else {
            return Picked {
                said: self.here(action),
                close: false,
            };
        };
        let said = self.call(&request).and_then(|reply| match reply.ok {
            // limber answers with its status line, which the window shows anyway, as it next
            // looks: nothing to add.
            true => Ok(String::new()),
            false => Err(reply.message.unwrap_or_default()),
        });
        Picked {
            said,
            // The timer window takes over, or limber is gone: nothing left to control.
            close: matches!(
                action,
                TrayAction::StretchNow | TrayAction::Stretch(_) | TrayAction::Quit
            ),
        }
    }
}

impl OverTheSocket {
    /// What the menu items that need no limber do, done here as the tray does them.
    fn here(&self, action: &TrayAction) -> Result<String, String> {
        match action {
            TrayAction::StartAtLogin(on) => autostart::set(*on).map(|status| status.to_string()),
            TrayAction::OpenSettings => {
                let path = &self.paths.config_file;
                editor::open_settings(path)
                    .map(|()| t!("cli-open-opened-settings", path = shown(path)))
            }
            TrayAction::ShowWeek => Launcher::new(self.config.clone())
                .open_week()
                .map(|()| t!("cli-open-opened-week"))
                .map_err(|error| t!("cli-open-week-failed", problem = error.to_string())),
            other => Err(format!("{other:?} is limber's to do")),
        }
    }
}

/// The request a menu item sends, as the matching command would; None for the items done
/// without limber ([`OverTheSocket::here`]).
fn request_for(action: &TrayAction) -> Option<Request> {
    Some(match action {
        TrayAction::StretchNow => Request::Stretch { id: None },
        TrayAction::Stretch(id) => Request::Stretch {
            id: Some(id.clone()),
        },
        TrayAction::Snooze(length) => Request::Snooze {
            secs: Some(length.as_secs()),
        },
        TrayAction::Pause(PauseLength::For(length)) => Request::Pause {
            secs: Some(length.as_secs()),
            until_tomorrow: false,
        },
        TrayAction::Pause(PauseLength::UntilTomorrow) => Request::Pause {
            secs: None,
            until_tomorrow: true,
        },
        TrayAction::Pause(PauseLength::UntilResumed) => Request::Pause {
            secs: None,
            until_tomorrow: false,
        },
        TrayAction::Resume => Request::Resume {},
        TrayAction::RemindAnywayToday => Request::RemindAnyway {},
        TrayAction::Quit => Request::Quit {},
        TrayAction::StartAtLogin(_)
        | TrayAction::OpenSettings
        | TrayAction::ShowWeek
        | TrayAction::Looked => return None,
    })
}

/// The tray's view of what limber reported: the same menu the tray would show.
fn view(report: &StatusReport, line: String, catalog: &Catalog, start_at_login: bool) -> TrayView {
    TrayView {
        icon: view::icon(report.state),
        status_line: line,
        show_snooze: status_line::offers_snooze(
            report.state,
            report.next_reminder_seconds.map(Duration::from_secs),
        ),
        paused: report.state == State::Paused,
        off_hours: report.off_until.is_some(),
        ..view_of_nothing(catalog, start_at_login)
    }
}

/// The menu with nothing known of limber's state.
fn view_of_nothing(catalog: &Catalog, start_at_login: bool) -> TrayView {
    TrayView {
        icon: TrayIcon::Idle,
        status_line: String::new(),
        stretches: menu::stretch_choices(catalog),
        show_snooze: false,
        paused: false,
        off_hours: false,
        start_at_login,
    }
}

/// The stretch the window shows: the one due or under way, else the next in rotation.
fn upcoming(report: &StatusReport, catalog: &Catalog, paths: &Paths) -> Option<Upcoming> {
    let (stretch, heading) = match (report.state, &report.stretch) {
        (State::Stretching, Some(id)) => (catalog.get(id), t!("cli-open-stretching-now")),
        (State::Due | State::Held, Some(id)) => (catalog.get(id), t!("cli-open-due-now")),
        _ => (next_in_rotation(paths, catalog), t!("cli-open-next")),
    };
    stretch.map(|stretch| Upcoming {
        stretch_id: stretch.id.clone(),
        heading,
        text: wording::reminder_body(stretch),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(state: State, next: Option<u64>) -> StatusReport {
        StatusReport {
            state,
            sitting_seconds: 600,
            sitting_today_seconds: 600,
            next_reminder_seconds: next,
            paused_until: None,
            stretch: None,
            off_until: None,
            holding: Vec::new(),
            idle_source: "x11-screensaver".into(),
            notifications: true,
            tray: false,
            gnome_breaks: false,
        }
    }

    #[test]
    fn every_menu_item_becomes_the_request_its_command_sends() {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        for (action, request) in [
            (TrayAction::StretchNow, Request::Stretch { id: None }),
            (
                TrayAction::Stretch("pigeon-pose".into()),
                Request::Stretch {
                    id: Some("pigeon-pose".into()),
                },
            ),
            (
                TrayAction::Snooze(minutes(30)),
                Request::Snooze { secs: Some(1800) },
            ),
            (
                TrayAction::Pause(PauseLength::For(minutes(60))),
                Request::Pause {
                    secs: Some(3600),
                    until_tomorrow: false,
                },
            ),
            (
                TrayAction::Pause(PauseLength::UntilTomorrow),
                Request::Pause {
                    secs: None,
                    until_tomorrow: true,
                },
            ),
            (TrayAction::Resume, Request::Resume {}),
            (TrayAction::RemindAnywayToday, Request::RemindAnyway {}),
            (TrayAction::Quit, Request::Quit {}),
        ] {
            assert_eq!(request_for(&action), Some(request), "{action:?}");
        }
        for here in [TrayAction::StartAtLogin(true), TrayAction::OpenSettings] {
            assert_eq!(request_for(&here), None);
        }
    }

    #[test]
    fn the_menu_offers_what_the_tray_offers_in_the_same_state() {
        let catalog = Config::default().catalog();
        let active = view(
            &report(State::Active, Some(1800)),
            "line".into(),
            &catalog,
            true,
        );
        assert!(!active.show_snooze && !active.paused && active.start_at_login);
        assert_eq!(active.stretches, menu::stretch_choices(&catalog));
        assert_eq!(active.status_line, "line");
        let close = view(
            &report(State::Active, Some(240)),
            String::new(),
            &catalog,
            false,
        );
        assert!(close.show_snooze);
        let paused = view(&report(State::Paused, None), String::new(), &catalog, false);
        assert!(paused.paused && !paused.show_snooze);
        let mut off = report(State::Active, None);
        off.off_until = Some("2026-11-24T09:00:00Z".into());
        assert!(view(&off, String::new(), &catalog, false).off_hours);
    }

    #[test]
    fn the_window_shows_the_stretch_due_or_under_way_before_the_next_in_rotation() {
        let paths = Paths::discover(Some("/nonexistent/config.toml".into())).unwrap();
        let catalog = Config::default().catalog();
        let mut due = report(State::Due, None);
        due.stretch = Some("standing-forward-fold".into());
        let shown = upcoming(&due, &catalog, &paths).unwrap();
        assert_eq!(
            (shown.stretch_id.as_str(), shown.heading.as_str()),
            ("standing-forward-fold", "Due now")
        );
        assert!(
            shown.text.starts_with("Standing: standing forward fold"),
            "{}",
            shown.text
        );
        due.state = State::Stretching;
        assert_eq!(
            upcoming(&due, &catalog, &paths).unwrap().heading,
            "Stretching now"
        );
        let next = upcoming(&report(State::Active, Some(60)), &catalog, &paths).unwrap();
        assert_eq!(next.heading, "Next stretch");
    }
}
