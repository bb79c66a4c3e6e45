//! The command line, as clap sees it. Parsing only: what each command does lives in
//! [`crate::commands`].

use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::config::duration;

/// limber: stretch where the hamstrings meet the glutes, once an hour of sitting.
///
/// Run with no command to start limber in the tray (at login, usually); `limber open` shows its
/// window, as the app menu does. Every other command talks to the running limber, or works on
/// its own where that makes sense.
#[derive(Debug, Parser)]
#[command(name = "limber", version, about, long_about)]
pub struct Cli {
    /// Use this config file instead of $XDG_CONFIG_HOME/limber/config.toml.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open limber's window: where things stand, the next stretch, and everything the tray
    /// offers (starts limber first if it is not running).
    Open,
    /// Show sitting time, the next reminder, and whether limber is paused or snoozed.
    Status {
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a stretch now (the next one in rotation, or the one named).
    Stretch {
        /// A stretch id from `limber list`.
        id: Option<String>,
        /// Open the timer window from this process instead of asking the running limber.
        #[arg(long)]
        here: bool,
        /// With --here: wait on a "ready" screen until Start is pressed.
        #[arg(long, requires = "here", hide = true)]
        ready: bool,
    },
    /// Put off the reminder that is due, or the next one (default length from the config).
    Snooze {
        /// How long, e.g. 10m, 1h, 90s (5 seconds to 8 hours).
        #[arg(value_parser = snooze_length)]
        duration: Option<Duration>,
    },
    /// Decline the reminder that is due; the next comes after another full interval.
    Skip,
    /// Stop reminders for a while (until `limber resume` when no length is given).
    Pause {
        /// How long, e.g. 30m or 2h (5 seconds to 7 days).
        #[arg(value_parser = pause_length, conflicts_with = "until_tomorrow")]
        duration: Option<Duration>,
        /// Until 04:00 tomorrow.
        #[arg(long)]
        until_tomorrow: bool,
    },
    /// End a pause.
    Resume,
    /// List the stretch catalogue: built-in and your own.
    List,
    /// What you did: reminders, stretches, snoozes, skips, longest sitting streak; your week
    /// as a picture; or your history to take away, as JSON or CSV.
    #[command(group = clap::ArgGroup::new("export").args(["json", "csv"]))]
    Stats {
        /// The last seven days, day by day.
        #[arg(long, conflicts_with = "since")]
        week: bool,
        /// Show your week in a window: sitting per hour, stretches, held reminders, streaks.
        #[arg(long, conflicts_with_all = ["json", "csv"])]
        show: bool,
        /// Print the days and events as one JSON document (schema: docs/export.md).
        #[arg(long)]
        json: bool,
        /// Print the events as CSV, one row each (schema: docs/export.md).
        #[arg(long)]
        csv: bool,
        /// With --json or --csv: only from this day on (YYYY-MM-DD, your calendar).
        #[arg(long, value_name = "DATE", value_parser = calendar_day, requires = "export")]
        since: Option<jiff::civil::Date>,
    },
    /// Work with the config file.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Start limber at login, or stop doing so (the tray's "Start at login" is the same switch).
    Autostart {
        #[command(subcommand)]
        action: AutostartAction,
    },
    /// Stop the running limber.
    Quit,
}

#[derive(Debug, Subcommand)]
pub enum AutostartAction {
    /// Start limber when you log in.
    Enable,
    /// Do not start limber when you log in.
    Disable,
    /// Say whether limber starts at login, and because of which file.
    Status,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print where the config file is read from.
    Path,
    /// Check the config file and report the first problem with its line and column.
    Check,
    /// Write the documented default config (never overwrites an existing file).
    Init,
}

/// A snooze length like `10m` or `90s`, bounded like the config's `snooze`.
fn snooze_length(text: &str) -> Result<Duration, String> {
    duration::parse(text, &duration::SNOOZE_BOUNDS)
}

/// A day like `2026-11-01`.
fn calendar_day(text: &str) -> Result<jiff::civil::Date, String> {
    text.trim()
        .parse()
        .map_err(|_| "a day is written YYYY-MM-DD, e.g. 2026-11-01".to_string())
}

/// A pause length like `30m` or `2h`, whole seconds up to a week.
fn pause_length(text: &str) -> Result<Duration, String> {
    duration::parse(text, &duration::PAUSE_BOUNDS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_read_like_people_write_them() {
        assert_eq!(snooze_length("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(pause_length(" 1h 30m "), Ok(Duration::from_secs(5400)));
        assert!(snooze_length("0s").is_err());
        assert!(snooze_length("soon").is_err());
    }

    #[test]
    fn absurd_and_sub_second_lengths_are_usage_errors() {
        for args in [
            ["limber", "snooze", "999999999h"],
            ["limber", "snooze", "10M"],
            ["limber", "pause", "1ms"],
            ["limber", "pause", "8d"],
        ] {
            let error = Cli::try_parse_from(args).unwrap_err();
            assert_eq!(error.exit_code(), 2, "{args:?}");
        }
    }

    #[test]
    fn stats_exports_take_a_day_and_refuse_what_cannot_go_together() {
        let since = Cli::try_parse_from(["limber", "stats", "--csv", "--since", "2026-11-01"]);
        assert!(matches!(
            since.unwrap().command,
            Some(Command::Stats { csv: true, since: Some(day), .. }) if day.to_string() == "2026-11-01"
        ));
        assert!(Cli::try_parse_from(["limber", "stats", "--week", "--show"]).is_ok());
        assert!(Cli::try_parse_from(["limber", "stats", "--json", "--week"]).is_ok());
        for args in [
            &["limber", "stats", "--csv", "--since", "1 Nov"][..],
            &["limber", "stats", "--csv", "--since", "2026-13-01"],
            &["limber", "stats", "--json", "--csv"],
            &["limber", "stats", "--show", "--json"],
            &["limber", "stats", "--since", "2026-11-01"],
            &[
                "limber",
                "stats",
                "--week",
                "--csv",
                "--since",
                "2026-11-01",
            ],
        ] {
            let error = Cli::try_parse_from(args).unwrap_err();
            assert_eq!(error.exit_code(), 2, "{args:?}");
        }
    }

    #[test]
    fn pause_takes_a_length_or_until_tomorrow_but_not_both() {
        assert!(Cli::try_parse_from(["limber", "pause", "30m"]).is_ok());
        assert!(Cli::try_parse_from(["limber", "pause", "--until-tomorrow"]).is_ok());
        assert!(Cli::try_parse_from(["limber", "pause", "30m", "--until-tomorrow"]).is_err());
    }
}
