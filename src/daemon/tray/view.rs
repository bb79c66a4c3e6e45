//! What the tray shows, computed when someone looks.
//!
//! The loop hands the tray a [`TrayModel`] only when the state behind it changes (the engine's
//! [`Standing`], the catalogue, "start at login"); the tray turns it into a [`TrayView`] at the
//! moment a panel reads its tooltip or opens its menu. So the line "Sitting 42 min · next stretch
//! in 18 min" is always current, and no timer rebuilds it every minute for nobody.

use std::sync::Arc;

use crate::core::catalog::Catalog;
use crate::core::clock::Now;
use crate::core::engine::{Standing, State, Status};
use crate::daemon::status_line;

use super::{TrayIcon, TrayView};

/// Everything the tray's view follows from, until the state changes.
#[derive(Clone, Debug)]
pub struct TrayModel {
    pub standing: Standing,
    /// Shared with the loop; replaced (not changed) when the config changes.
    pub catalog: Arc<Catalog>,
    pub start_at_login: bool,
    /// GNOME's own movement breaks are on beside limber's: the line says so.
    pub gnome_breaks: bool,
}

impl PartialEq for TrayModel {
    /// The same catalogue is the same allocation: comparing thousands of custom stretches on
    /// every message would cost more than redrawing.
    fn eq(&self, other: &TrayModel) -> bool {
        self.standing == other.standing
            && Arc::ptr_eq(&self.catalog, &other.catalog)
            && self.start_at_login == other.start_at_login
            && self.gnome_breaks == other.gnome_breaks
    }
}

/// The icon for a state: it changes only with the state, never with time alone.
pub fn icon(state: State) -> TrayIcon {
    match state {
        State::Due => TrayIcon::Due,
        State::Paused => TrayIcon::Paused,
        _ => TrayIcon::Idle,
    }
}

/// The status line alone at `now` (for a tooltip: no menu to build).
pub fn status_line(model: &TrayModel, now: &Now) -> String {
    line(model, &model.standing.status(now))
}

/// The line for `status`, saying when GNOME's breaks are on beside limber's.
fn line(model: &TrayModel, status: &Status) -> String {
    let line = status_line::describe(status, &model.catalog);
    status_line::beside_gnome_breaks(status, line, model.gnome_breaks)
}

/// What the tray shows at `now`.
pub fn view(model: &TrayModel, now: &Now) -> TrayView {
    let status = model.standing.status(now);
    let catalog = &model.catalog;
    TrayView {
        icon: icon(status.state),
        status_line: line(model, &status),
        stretches: super::menu::stretch_choices(catalog),
        show_snooze: status_line::offers_snooze(status.state, status.next_reminder_in),
        paused: status.state == State::Paused,
        off_hours: status.off_until.is_some(),
        start_at_login: model.start_at_login,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::core::catalog::Position;
    use crate::core::clock::test_clock::{at, monday_9am};
    use crate::core::engine::{Engine, Input, Settings};
    use crate::core::hold::HoldRules;
    use crate::core::schedule::{PauseLength, ReminderRules};

    fn settings(working_hours: &[&str]) -> Settings {
        Settings {
            rules: ReminderRules {
                every: Duration::from_secs(3600),
                snooze: Duration::from_secs(600),
                working_hours: working_hours.iter().map(|w| w.parse().unwrap()).collect(),
            },
            break_after: Duration::from_secs(300),
            hold: HoldRules {
                enabled: false,
                max: Duration::from_secs(7200),
            },
        }
    }

    fn model(engine: &Engine) -> TrayModel {
        TrayModel {
            standing: engine.standing(),
            catalog: Arc::new(engine.catalog().clone()),
            start_at_login: true,
            gnome_breaks: false,
        }
    }

    fn engine_at(now: &Now, working_hours: &[&str]) -> Engine {
        let catalog = Catalog::new(Vec::new(), vec![Position::Chair], Vec::new());
        Engine::new(settings(working_hours), catalog, now)
    }

    #[test]
    fn the_line_counts_on_without_a_change_to_the_model() {
        let now = monday_9am();
        let model = model(&engine_at(&now, &[]));
        assert_eq!(
            view(&model, &now).status_line,
            "Sitting 0 s · next stretch in 1 h 00 min"
        );
        // Forty-two minutes later, with nothing sent to the tray in between.
        let later = now.advanced(Duration::from_secs(42 * 60));
        let view = view(&model, &later);
        assert_eq!(view.status_line, "Sitting 42 min · next stretch in 18 min");
        assert!(!view.show_snooze, "snooze is offered only within 5 minutes");
        let close = now.advanced(Duration::from_secs(56 * 60));
        assert!(super::view(&model, &close).show_snooze);
    }

    #[test]
    fn the_icon_follows_the_state() {
        let now = monday_9am();
        let mut engine = engine_at(&now, &[]);
        assert_eq!(view(&model(&engine), &now).icon, TrayIcon::Idle);
        engine
            .handle(&now, Input::Pause(PauseLength::UntilResumed))
            .unwrap();
        let paused = view(&model(&engine), &now);
        assert_eq!((paused.icon, paused.paused), (TrayIcon::Paused, true));
    }

    #[test]
    fn outside_working_hours_the_menu_offers_to_remind_anyway_until_they_open() {
        // Monday 18:00, working hours until 17:00; they open again at 09:00 on Tuesday.
        let evening = at("2026-11-23T18:00:00");
        let model = model(&engine_at(&evening, &["Mon-Fri 09:00-17:00"]));
        assert!(view(&model, &evening).off_hours);
        let tuesday = evening.advanced(Duration::from_secs(15 * 3600 + 60));
        assert!(!view(&model, &tuesday).off_hours);
    }

    #[test]
    fn the_same_catalogue_is_the_same_model_and_a_reloaded_one_is_not() {
        let now = monday_9am();
        let engine = engine_at(&now, &[]);
        let first = model(&engine);
        assert_eq!(first, first.clone());
        let reloaded = TrayModel {
            catalog: Arc::new((*first.catalog).clone()),
            ..first.clone()
        };
        assert_ne!(first, reloaded);
    }
}
