//! `limber stretch --here [ID]`: the timer window in this process.
//!
//! The daemon opens windows this way, and users can too. The window reports to the running limber
//! when there is one, over a connection it keeps while it is open ([`super::window_report`]);
//! with none to tell, it writes the outcome to history itself.

use std::cell::RefCell;
use std::process::ExitCode;
use std::rc::Rc;

use crate::config::Config;
use crate::core::catalog::{Catalog, Rotation, Stretch};
use crate::core::engine::Snapshot;
use crate::core::history::HistoryEvent;
use crate::core::progression;
use crate::echo::echo;
use crate::paths::Paths;
use crate::practice;
use crate::store::{self, History};
use crate::window::{self, StartMode, WindowRequest};

use super::config_file::shown;
use super::window_report::{Recorded, Reporter};
use super::{EXIT_RUNTIME, EXIT_USAGE};
use crate::t;

pub fn here(paths: &Paths, config: &Config, id: Option<String>, ready: bool) -> ExitCode {
    let catalog = config.catalog();
    let stretch = match &id {
        Some(id) => catalog.get(id),
        None => next_in_rotation(paths, &catalog),
    };
    let Some(mut stretch) = stretch.cloned() else {
        match id {
            Some(id) => eprintln!("limber: {}", t!("cli-stretch-unknown", id = echo(&id))),
            None => eprintln!("limber: {}", t!("cli-stretch-none-enabled")),
        }
        return ExitCode::from(EXIT_USAGE);
    };
    let history = History::new(paths.history_file.clone());
    let so_far = practice::read(&history, &jiff::Zoned::now());
    let progress = progression::progress(&stretch, &so_far.practice, config.stretches.progression);
    stretch.hold = progress.hold;
    // A runtime folder that cannot be trusted only means nobody is told: the window still opens.
    let socket = paths
        .socket_to_call()
        .inspect_err(|problem| eprintln!("limber: {problem}"))
        .ok();
    let reporter = Rc::new(RefCell::new(Reporter::new(
        socket,
        stretch.id.clone(),
        ready,
    )));
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
        sounds: config.window.sounds,
    };
    let reporting = Rc::clone(&reporter);
    let outcome = match window::run(request, move |event| {
        reporting.borrow_mut().lifecycle(event)
    }) {
        Ok(outcome) => outcome,
        Err(problem) => return window_failed(&problem),
    };
    if reporter.borrow_mut().finish(&outcome) != Recorded::ByNobody {
        return ExitCode::SUCCESS;
    }
    // Nobody else will: record the stretch here.
    let event = HistoryEvent {
        at: jiff::Timestamp::now(),
        kind: outcome.record(stretch.id),
    };
    if let Err(error) = history.append(&event) {
        let said = t!(
            "cli-could-not-write",
            path = shown(&paths.history_file),
            problem = error.to_string()
        );
        eprintln!("limber: {said}");
        return ExitCode::from(EXIT_RUNTIME);
    }
    ExitCode::SUCCESS
}

/// The stretch that comes next in rotation, from where the state file says the rotation stands
/// (a state that cannot be read starts it afresh).
pub(super) fn next_in_rotation<'a>(paths: &Paths, catalog: &'a Catalog) -> Option<&'a Stretch> {
    let rotation = store::load_state::<Snapshot>(&paths.state_file)
        .ok()
        .flatten()
        .map(|snapshot| {
            snapshot
                .rotation
                .unwrap_or_else(|| Rotation::after(snapshot.last_stretch, catalog))
        })
        .unwrap_or_default();
    catalog.next(&rotation)
}

/// Says why a window could not run, plainly; exits 1.
pub(super) fn window_failed(problem: &str) -> ExitCode {
    eprintln!("limber: {}", without_source_location(problem));
    ExitCode::from(EXIT_RUNTIME)
}

/// winit names its own source file in the errors of the system calls it makes ("os error at
/// /…/winit-0.30.13/src/platform_impl/linux/mod.rs:765: neither … DISPLAY is set"); a user
/// needs only what went wrong.
fn without_source_location(problem: &str) -> String {
    const MARK: &str = "os error at ";
    let Some(start) = problem.find(MARK) else {
        return problem.to_string();
    };
    let location = &problem[start + MARK.len()..];
    // The location ends with the ": " after its line number.
    let end = location
        .find(".rs:")
        .and_then(|file_end| location[file_end..].find(": ").map(|at| file_end + at + 2));
    match end {
        Some(end) => format!("{}{}", &problem[..start], &location[end..]),
        None => problem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_error_reads_without_winit_s_source_location() {
        let problem = "cannot open a window: os error at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/winit-0.30.13/src/platform_impl/linux/mod.rs:765: neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY is set.";
        assert_eq!(
            without_source_location(problem),
            "cannot open a window: neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY is set."
        );
        assert_eq!(
            without_source_location("cannot draw: out of memory"),
            "cannot draw: out of memory"
        );
    }
}
