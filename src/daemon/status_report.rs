//! `limber status --json`: the core's status at the moment of the request, with what the shell
//! knows (where idle time comes from, whether notifications and the tray work). Pure, so the
//! contract is tested here without a daemon.

use crate::core::engine::Status;
use crate::ipc::StatusReport;

/// What the shell adds to the core's status.
#[derive(Clone, Copy, Debug)]
pub struct Shell<'a> {
    /// The idle source's name, or "none".
    pub idle_source: &'a str,
    /// Whether a notification server accepted the last reminder.
    pub notifications: bool,
    /// Whether a tray host shows the icon.
    pub tray: bool,
    /// Whether GNOME's own movement breaks are on beside limber's.
    pub gnome_breaks: bool,
}

/// The report for `status`, in whole seconds and RFC 3339 instants.
pub fn report(status: Status, shell: Shell<'_>) -> StatusReport {
    StatusReport {
        state: status.state,
        sitting_seconds: status.sitting.as_secs(),
        sitting_today_seconds: status.sitting_today.as_secs(),
        next_reminder_seconds: status.next_reminder_in.map(|left| left.as_secs()),
        paused_until: status.paused_until.map(|at| at.to_string()),
        stretch: status.stretch,
        off_until: status.off_until.map(|at| at.timestamp().to_string()),
        holding: status.holding,
        idle_source: shell.idle_source.to_string(),
        notifications: shell.notifications,
        tray: shell.tray,
        gnome_breaks: shell.gnome_breaks,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::core::engine::State;
    use crate::core::hold::BusyReason;

    const SHELL: Shell<'static> = Shell {
        idle_source: "x11-sync",
        notifications: true,
        tray: false,
        gnome_breaks: false,
    };

    fn status() -> Status {
        Status {
            state: State::Held,
            sitting: Duration::from_millis(62_900),
            sitting_today: Duration::from_secs(4000),
            next_reminder_in: None,
            paused_until: None,
            stretch: Some("pigeon-pose".into()),
            off_until: None,
            holding: vec![BusyReason::Call],
        }
    }

    #[test]
    fn durations_are_whole_seconds_rounded_down() {
        let report = report(status(), SHELL);
        assert_eq!(report.sitting_seconds, 62);
        assert_eq!(report.sitting_today_seconds, 4000);
        assert_eq!(report.next_reminder_seconds, None);
    }

    #[test]
    fn instants_are_rfc_3339_in_utc() {
        let mut paused = status();
        paused.state = State::Paused;
        paused.paused_until = Some("2026-11-24T04:00:00Z".parse().unwrap());
        paused.off_until = Some("2026-11-24T09:00:00+01:00[Europe/Berlin]".parse().unwrap());
        let report = report(paused, SHELL);
        assert_eq!(report.paused_until.as_deref(), Some("2026-11-24T04:00:00Z"));
        assert_eq!(report.off_until.as_deref(), Some("2026-11-24T08:00:00Z"));
    }

    #[test]
    fn the_shell_s_facts_are_passed_through() {
        let report = report(status(), SHELL);
        assert_eq!(
            (
                report.idle_source.as_str(),
                report.notifications,
                report.tray
            ),
            ("x11-sync", true, false)
        );
        assert_eq!(report.holding, [BusyReason::Call]);
        assert_eq!(report.stretch.as_deref(), Some("pigeon-pose"));
    }
}
