//! The command line, as clap sees it. Parsing only: what each command does lives in
//! [`crate::commands`].
//!
//! The doc comments below say what each command and argument is for, to the next developer; the
//! help a person reads comes from Fluent ([`command`]), in the language spoken when it is built.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::duration;
use crate::t;

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

/// The message whose attributes are the help of every command and argument (`locales/*/commands.ftl`).
const HELP: &str = "cli-help";

/// The command line this process was given. The help, the version and a mistake's explanation
/// come in the user's language: only when clap has one of them to say is `described` (usually
/// [`command`]) built, its texts read from Fluent, and the arguments parsed again with it to
/// say it. A plain run, the daemon's all day, never reads the command line's words.
pub fn parse(described: impl FnOnce() -> clap::Command) -> Cli {
    let matches = match Cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(_) => described().get_matches(),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// The command line with its help in the language spoken now: every command's description and
/// every argument's from the attributes of [`HELP`], and clap's headings from `cli-heading-…`.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    // Built first, so clap's own `--help`, `--version` and `help` are there to be described too.
    command.build();
    in_words(command, &[])
}

/// `command` (at `path` under limber) and all under it, described in the language spoken now.
fn in_words(mut command: clap::Command, path: &[&str]) -> clap::Command {
    let about = help_text(command_attribute(path).as_deref());
    command = match path {
        [] => command.long_about(format!("{about}\n\n{}", help_text(Some("long")))),
        _ => command.long_about(None),
    };
    let usage = *command.get_styles().get_usage();
    command = command
        .about(about)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("cli-heading-usage")
        ))
        .subcommand_help_heading(t!("cli-heading-commands"));
    let arguments: Vec<clap::Id> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    for id in arguments {
        command = command.mut_arg(id, |arg| {
            let heading = match arg.is_positional() {
                true => t!("cli-heading-arguments"),
                false => t!("cli-heading-options"),
            };
            let help = help_text(Some(&argument_attribute(path, &arg)));
            arg.help(help).long_help(None).help_heading(heading)
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let mut below = path.to_vec();
        below.push(&name);
        command = command.mut_subcommand(&name, |sub| in_words(sub, &below));
    }
    command
}

/// The help text of [`HELP`]'s `attribute` (`None`: the message itself, limber's description).
fn help_text(attribute: Option<&str>) -> String {
    match attribute {
        None => t!(HELP),
        Some(attribute) => t!(&format!("{HELP}.{attribute}")),
    }
}

/// The attribute describing the command at `path`: the path joined by hyphens (`config-check`);
/// `None` for limber itself. clap's `help` command is one wherever it stands, and the commands
/// under it (`limber help status`) are described as the commands they name.
fn command_attribute(path: &[&str]) -> Option<String> {
    match path {
        [] => None,
        [.., "help"] => Some("help".to_string()),
        _ => Some(without_help(path).join("-")),
    }
}

/// The attribute describing `arg` of the command at `path`: `status-arg-json`; `arg-config`
/// for one every command takes (a global one, and clap's `--help` and `--version`).
fn argument_attribute(path: &[&str], arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    let path = without_help(path);
    if path.is_empty() || arg.is_global_set() || matches!(id, "help" | "version") {
        format!("arg-{id}")
    } else {
        format!("{}-arg-{id}", path.join("-"))
    }
}

/// `path` without clap's `help` command in it.
fn without_help<'a>(path: &[&'a str]) -> Vec<&'a str> {
    path.iter()
        .copied()
        .filter(|name| *name != "help")
        .collect()
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
        command().debug_assert();
    }

    /// Every command and argument in `command`, with its path under limber.
    fn every_command(
        command: &clap::Command,
        path: Vec<String>,
        found: &mut Vec<(Vec<String>, clap::Command)>,
    ) {
        found.push((path.clone(), command.clone()));
        for sub in command.get_subcommands() {
            let mut below = path.clone();
            below.push(sub.get_name().to_string());
            every_command(sub, below, found);
        }
    }

    fn all_commands() -> Vec<(Vec<String>, clap::Command)> {
        let mut built = Cli::command();
        built.build();
        let mut found = Vec::new();
        every_command(&built, Vec::new(), &mut found);
        found
    }

    /// No help is left English-only: every command and argument clap knows, its own `--help`
    /// and `help` included, has its message in English, which every language has or falls
    /// back to.
    #[test]
    fn every_command_and_argument_has_its_help_message() {
        let english = crate::wording::language(crate::wording::Tag::English);
        let mut missing = Vec::new();
        for (path, command) in all_commands() {
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            let mut attributes: Vec<String> = command_attribute(&path).into_iter().collect();
            attributes.extend(
                command
                    .get_arguments()
                    .map(|a| argument_attribute(&path, a)),
            );
            for attribute in attributes {
                if !english.has(&format!("{HELP}.{attribute}")) {
                    missing.push(format!("{path:?}: {HELP}.{attribute}"));
                }
            }
        }
        assert!(missing.is_empty(), "no help message for {missing:#?}");
    }

    /// In the long pseudo-language every sentence of every `--help` comes out accented and
    /// padded: a line still in plain English was not set from Fluent. What may stay is syntax:
    /// options, value names, command names.
    #[test]
    fn help_in_another_language_has_no_plain_english() {
        let helps = crate::wording::in_language(crate::wording::Tag::PseudoLong, || {
            let mut localized = command();
            let mut helps = Vec::new();
            for (path, _) in all_commands() {
                let mut command = &mut localized;
                for name in &path {
                    command = command.find_subcommand_mut(name).unwrap();
                }
                helps.push((path.clone(), command.render_long_help().to_string()));
                helps.push((path, command.render_help().to_string()));
            }
            helps
        });
        let names: Vec<String> = all_commands()
            .into_iter()
            .filter_map(|(path, _)| path.last().cloned())
            .chain(["limber".to_string()])
            .collect();
        let syntax = |word: &str| {
            word.starts_with(['-', '[', '<'])
                || word.chars().all(|c| !c.is_lowercase())
                || names.iter().any(|name| name == word.trim_end_matches(','))
        };
        for (path, help) in helps {
            for line in help.lines().filter(|line| !line.contains('~')) {
                assert!(
                    line.split_whitespace().all(syntax),
                    "plain English in the help of {path:?}: {line:?}"
                );
            }
        }
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
