//! `limber stretch --here [ID]`: the timer window in this process.
//!
//! The daemon opens windows this way, and users can too. The window reports to the running limber
//! when there is one (so it knows the user is up); with none running, it writes the outcome to
//! history itself.

use std::process::ExitCode;

use crate::config::Config;
use crate::core::catalog::Rotation;
use crate::core::engine::Snapshot;
use crate::core::history::HistoryEvent;
use crate::core::progression;
use crate::core::routine::Ending;
use crate::ipc::{self, Request};
use crate::paths::Paths;
use crate::practice;
use crate::store::{self, History};
use crate::window::{self, StartMode, WindowRequest};

use super::{EXIT_RUNTIME, EXIT_USAGE};

pub fn here(paths: &Paths, config: &Config, id: Option<String>, ready: bool) -> ExitCode {
    let catalog = config.catalog();
    let stretch = match &id {
        Some(id) => catalog.get(id),
        None => {
            let rotation = store::load_state::<Snapshot>(&paths.state_file)
                .ok()
                .flatten()
                .map(|snapshot| {
                    snapshot
                        .rotation
                        .unwrap_or_else(|| Rotation::after(snapshot.last_stretch, &catalog))
                })
                .unwrap_or_default();
            catalog.next(&rotation)
        }
    };
    let Some(mut stretch) = stretch.cloned() else {
        match id {
            Some(id) => eprintln!(
                "limber: there is no stretch called \"{id}\"; `limber list` shows them all"
            ),
            None => eprintln!("limber: no stretch is enabled for the positions in your config"),
        }
        return ExitCode::from(EXIT_USAGE);
    };
    let history = History::new(paths.history_file.clone());
    let so_far = practice::read(&history, &jiff::Zoned::now());
    let progress = progression::progress(&stretch, &so_far.practice, config.stretches.progression);
    stretch.hold = progress.hold;
    let socket = paths.socket();
    if !ready {
        // Tell a running limber the user is up; without one there is nobody to tell.
        let _ = ipc::call(
            &socket,
            &Request::WindowStarted {
                id: stretch.id.clone(),
            },
        );
    }
    let request = WindowRequest {
        stretch: stretch.clone(),
        done_today: so_far.done_today,
        progress,
        start: if ready {
            StartMode::Ready
        } else {
            StartMode::Now
        },
        take_focus: !ready,
    };
    let outcome = match window::run(request) {
        Ok(outcome) => outcome,
        Err(problem) => {
            eprintln!("limber: {problem}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    let report = Request::WindowEnded {
        id: stretch.id.clone(),
        done: outcome.ending != Ending::Cancelled,
        held_secs: outcome.held_secs,
        sides_secs: outcome.sides_secs.clone(),
    };
    if ipc::call(&socket, &report).is_err() {
        let kind = outcome.record(stretch.id);
        let event = HistoryEvent {
            at: jiff::Timestamp::now(),
            kind,
        };
        if let Err(error) = history.append(&event) {
            eprintln!(
                "limber: could not write {}: {error}",
                paths.history_file.display()
            );
            return ExitCode::from(EXIT_RUNTIME);
        }
    }
    ExitCode::SUCCESS
}
