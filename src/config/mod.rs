//! The config file: its schema, its defaults, and validation with errors a person can act on.
//!
//! Every mistake is reported with the file, the line and the column, and what was expected there,
//! because a config error is read by someone looking at the file in an editor. Parsing keeps the
//! TOML spans of every value (`toml::Spanned`) so that checks made after parsing (a duration that
//! is too long, an unknown stretch id) can point at the exact value too.
//!
//! `config/default.toml` is both the documentation of every key and what `limber config init`
//! writes; `Config::default()` is defined as parsing it, so the two cannot drift apart.

pub mod duration;
mod error;
mod list;
mod stretches;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::core::catalog::Catalog;
use crate::core::engine::Settings;
use crate::core::hold::HoldRules;
use crate::core::schedule::ReminderRules;
use crate::core::working_hours::WorkingHours;
use crate::echo::echo;
use crate::safe_read::{self, MIB};
use crate::t;
use crate::wording::{self, locale, Tag};
use duration::{DurationText, BREAK_AFTER, DEFER_MAX, EVERY, SNOOZE};
pub use error::ConfigError;
use error::Invalid;
use list::List;
pub use stretches::Stretches;

/// The documented default config.
pub const DEFAULT_TOML: &str = include_str!("../../config/default.toml");

/// The largest config file read: over two hundred times the documented default, far more than
/// any real config needs.
pub const MAX_BYTES: u64 = MIB;

/// The settings, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The language to speak (`language = "de"`); `None` for the system's.
    pub language: Option<Tag>,
    pub reminder: Reminder,
    pub activity: Activity,
    pub schedule: Schedule,
    pub defer: Defer,
    pub stretches: Stretches,
    pub window: Window,
}

/// The timer window.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    /// A soft sound when a hold starts, at "switch sides" and when the holds are done.
    pub sounds: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reminder {
    /// Sitting time before a reminder.
    pub every: Duration,
    /// Default snooze length.
    pub snooze: Duration,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    /// Idle time that counts as a break and resets the sitting time.
    pub break_after: Duration,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    /// When reminders may fire; empty means any time.
    pub working_hours: Vec<WorkingHours>,
}

/// When a due reminder waits for the user to be free, and for how long at most.
#[derive(Clone, Debug, PartialEq)]
pub struct Defer {
    /// Hold while Do Not Disturb is on.
    pub do_not_disturb: bool,
    /// Hold during calls: idle inhibitors, a camera or a microphone in use.
    pub calls: bool,
    /// Hold while the active window is fullscreen.
    pub fullscreen: bool,
    /// Hold while GNOME's own break is due or under way, and for ten minutes after it.
    pub gnome_breaks: bool,
    /// The longest a reminder is held.
    pub max: Duration,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    language: Option<Spanned<String>>,
    reminder: RawReminder,
    activity: RawActivity,
    schedule: RawSchedule,
    defer: RawDefer,
    stretches: stretches::RawStretches,
    window: RawWindow,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawWindow {
    sounds: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawDefer {
    do_not_disturb: Option<bool>,
    calls: Option<bool>,
    fullscreen: Option<bool>,
    gnome_breaks: Option<bool>,
    max: Option<Spanned<DurationText>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawReminder {
    every: Option<Spanned<DurationText>>,
    snooze: Option<Spanned<DurationText>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawActivity {
    break_after: Option<Spanned<DurationText>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawSchedule {
    working_hours: List<Spanned<String>>,
}

impl Default for Config {
    fn default() -> Config {
        Config::parse(DEFAULT_TOML, Path::new("config/default.toml"))
            .expect("the bundled default config is valid (tested)")
    }
}

impl Config {
    /// Reads and validates the file; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        ConfigFile::read(path).settings()
    }

    /// Parses and validates config text; `path` is only for error messages.
    pub fn parse(source: &str, path: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(source).map_err(|error| {
            let message = error.message().trim().to_string();
            match error.span() {
                Some(span) => ConfigError::at(path, source.as_bytes(), span.start, message),
                None => ConfigError::whole_file(path, message),
            }
        })?;
        validate(raw).map_err(|(span, message)| {
            ConfigError::at(path, source.as_bytes(), span.start, message)
        })
    }

    /// The catalogue these settings describe.
    pub fn catalog(&self) -> Catalog {
        self.stretches.catalog()
    }

    /// What the core runs on, from these settings: the reminder rules, the break threshold, and
    /// holding reminders while busy (on when any `[defer]` source is).
    pub fn settings(&self) -> Settings {
        Settings {
            rules: ReminderRules {
                every: self.reminder.every,
                snooze: self.reminder.snooze,
                working_hours: self.schedule.working_hours.clone(),
            },
            break_after: self.activity.break_after,
            hold: HoldRules {
                enabled: self.defer.do_not_disturb
                    || self.defer.calls
                    || self.defer.fullscreen
                    || self.defer.gnome_breaks,
                max: self.defer.max,
            },
        }
    }
}

/// The config file as it was read, before it is understood: the daemon keeps it to tell a real
/// change from a save that changed nothing, and parses it only when it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigFile {
    path: PathBuf,
    contents: Contents,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Contents {
    /// No file: the defaults apply.
    Missing,
    Bytes(Vec<u8>),
    /// Not read (not a regular file, too large, unreadable), with why.
    Refused(String),
}

impl ConfigFile {
    /// Reads the file at `path`, if it is a regular file of at most [`MAX_BYTES`]. Never waits:
    /// a named pipe or a device is refused at once.
    pub fn read(path: &Path) -> ConfigFile {
        let contents = match safe_read::read(path, MAX_BYTES) {
            Ok(Some(bytes)) => Contents::Bytes(bytes),
            Ok(None) => Contents::Missing,
            Err(refused) => Contents::Refused(refused.reason.to_string()),
        };
        ConfigFile {
            path: path.to_path_buf(),
            contents,
        }
    }

    /// The settings, as [`ConfigFile::settings`], with limber speaking the language they name
    /// from now on (the system's when they name none). When that changes the language they are
    /// read again, so a custom stretch's default words come in it too. A file that cannot be
    /// used leaves the language as it was, as it leaves every other setting.
    pub fn settings_spoken(&self) -> Result<Config, ConfigError> {
        let config = self.settings()?;
        let tag = locale::choose(config.language, locale::from_system());
        if wording::current().tag() == tag {
            return Ok(config);
        }
        wording::speak(tag);
        self.settings()
    }

    /// The settings the file describes, validated; the defaults when there is no file.
    pub fn settings(&self) -> Result<Config, ConfigError> {
        let path = &self.path;
        let bytes = match &self.contents {
            Contents::Missing => return Ok(Config::default()),
            Contents::Refused(reason) => return Err(ConfigError::whole_file(path, reason.clone())),
            Contents::Bytes(bytes) => bytes,
        };
        // Some editors on Windows start UTF-8 files with a byte-order mark; it is not content.
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let source = std::str::from_utf8(bytes).map_err(|error| {
            let message = t!("config-not-utf8");
            ConfigError::at(path, bytes, error.valid_up_to(), message)
        })?;
        Config::parse(source, path)
    }
}

/// The language a config's `language` names: a code limber speaks, any case, with or without a
/// region (`de`, `de-CH`); anything else is refused with the codes it could be.
fn language(value: Spanned<String>) -> Result<Tag, Invalid> {
    let span = value.span();
    let text = value.into_inner();
    text.trim().parse::<Tag>().map_err(|_| {
        let message = t!(
            "config-unknown-language",
            language = echo(&text),
            known = locale::known_codes()
        );
        (span, message)
    })
}

/// Speaks the language the config at `path` names from now on (the system's when it names
/// none), so a command's words, and the catalogue built after, come in it. A config that cannot
/// be used leaves the language as it was; the command that needs the config says why.
pub fn speak_its_language(path: &Path) {
    let _ = ConfigFile::read(path).settings_spoken();
}

/// Writes the documented default config to `path`, creating its folder, never overwriting.
pub fn write_default(path: &Path) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    io::Write::write_all(&mut file, DEFAULT_TOML.as_bytes())?;
    file.sync_all()
}

fn validate(raw: RawConfig) -> Result<Config, Invalid> {
    let every_span = raw.reminder.every.as_ref().map(Spanned::span);
    let break_span = raw.activity.break_after.as_ref().map(Spanned::span);
    let every = duration::read(raw.reminder.every, &EVERY)?;
    let snooze = duration::read(raw.reminder.snooze, &SNOOZE)?;
    let break_after = duration::read(raw.activity.break_after, &BREAK_AFTER)?;
    if break_after >= every {
        // Point at whichever of the two the user wrote; break_after first, as the rule is about it.
        return Err((
            break_span.or(every_span).unwrap_or(0..0),
            t!(
                "config-break-after-not-shorter",
                break_after = humantime::format_duration(break_after).to_string(),
                every = humantime::format_duration(every).to_string()
            ),
        ));
    }
    let working_hours = raw
        .schedule
        .working_hours
        .items
        .into_iter()
        .map(|text| {
            let span = text.span();
            text.into_inner()
                .parse::<WorkingHours>()
                .map_err(|message| (span, message))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Config {
        language: raw.language.map(language).transpose()?,
        reminder: Reminder { every, snooze },
        activity: Activity { break_after },
        schedule: Schedule { working_hours },
        defer: Defer {
            do_not_disturb: raw.defer.do_not_disturb.unwrap_or(true),
            calls: raw.defer.calls.unwrap_or(true),
            fullscreen: raw.defer.fullscreen.unwrap_or(true),
            gnome_breaks: raw.defer.gnome_breaks.unwrap_or(true),
            max: duration::read(raw.defer.max, &DEFER_MAX)?,
        },
        stretches: stretches::validate(raw.stretches)?,
        window: Window {
            sounds: raw.window.sounds.unwrap_or(true),
        },
    })
}

/// Parses `text` as if from `config.toml`, giving the error as the user reads it.
#[cfg(test)]
fn parse_text(text: &str) -> Result<Config, String> {
    Config::parse(text, Path::new("config.toml")).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(text: &str) -> String {
        parse_text(text).unwrap_err()
    }

    #[test]
    fn the_default_file_spells_out_the_built_in_defaults() {
        let config = Config::default();
        assert_eq!(config.reminder.every, EVERY.default);
        assert_eq!(config.reminder.snooze, SNOOZE.default);
        assert_eq!(config.activity.break_after, BREAK_AFTER.default);
        assert!(config.schedule.working_hours.is_empty());
        assert!(config.defer.do_not_disturb && config.defer.calls && config.defer.fullscreen);
        assert_eq!(config.defer.max, DEFER_MAX.default);
        assert_eq!(
            config.stretches.positions,
            stretches::DEFAULT_POSITIONS.to_vec()
        );
        assert!(config.stretches.progression);
        assert!(config.stretches.disabled.is_empty());
        assert!(config.stretches.custom.is_empty());
        assert!(config.window.sounds);
    }

    #[test]
    fn the_windows_sounds_can_be_switched_off_and_nothing_else_is_taken() {
        assert!(
            !parse_text("[window]\nsounds = false\n")
                .unwrap()
                .window
                .sounds
        );
        assert!(parse_text("[window]\n").unwrap().window.sounds);
        let wrong_type = refusal("[window]\nsounds = \"off\"\n");
        assert!(
            wrong_type.contains("config.toml:2:10") && wrong_type.contains("a boolean"),
            "{wrong_type}"
        );
        let unknown = refusal("[window]\nsound = false\n");
        assert!(
            unknown.contains("sound") && unknown.contains("sounds"),
            "{unknown}"
        );
    }

    #[test]
    fn the_core_runs_on_the_values_of_the_file() {
        let config = parse_text(
            "[reminder]\nevery = \"45m\"\nsnooze = \"5m\"\n[activity]\nbreak_after = \"2m\"\n\
             [schedule]\nworking_hours = [\"Mon-Fri 09:00-17:00\"]\n[defer]\nmax = \"1h\"\n",
        )
        .unwrap();
        let settings = config.settings();
        assert_eq!(settings.rules.every, Duration::from_secs(45 * 60));
        assert_eq!(settings.rules.snooze, Duration::from_secs(5 * 60));
        assert_eq!(settings.break_after, Duration::from_secs(2 * 60));
        assert_eq!(settings.rules.working_hours, config.schedule.working_hours);
        assert_eq!(settings.rules.working_hours.len(), 1);
        assert!(settings.hold.enabled);
        assert_eq!(settings.hold.max, Duration::from_secs(3600));
    }

    #[test]
    fn reminders_are_held_while_busy_when_any_defer_source_is_on() {
        let off =
            "do_not_disturb = false\ncalls = false\nfullscreen = false\ngnome_breaks = false\n";
        let hold = |text: &str| {
            parse_text(&format!("[defer]\n{text}"))
                .unwrap()
                .settings()
                .hold
                .enabled
        };
        assert!(!hold(off));
        assert!(hold(&off.replace("calls = false", "calls = true")));
        assert!(hold(
            &off.replace("fullscreen = false", "fullscreen = true")
        ));
        assert!(hold(
            &off.replace("do_not_disturb = false", "do_not_disturb = true")
        ));
        assert!(hold(
            &off.replace("gnome_breaks = false", "gnome_breaks = true")
        ));
    }

    #[test]
    fn the_default_file_documents_each_range_as_enforced() {
        let documented = DEFAULT_TOML.to_lowercase();
        for limits in [&EVERY, &SNOOZE, &BREAK_AFTER, &DEFER_MAX, &duration::HOLD] {
            let range = format!(
                "between {} and {}",
                humantime::format_duration(limits.bounds.min),
                humantime::format_duration(limits.bounds.max)
            );
            assert!(documented.contains(&range), "{}: {range}", limits.key);
        }
    }

    #[test]
    fn the_commented_custom_example_is_valid_once_uncommented() {
        let example_start = DEFAULT_TOML.find("# [[stretches.custom]]").unwrap();
        let example: String = DEFAULT_TOML[example_start..]
            .lines()
            .map(|line| format!("{}\n", line.trim_start_matches('#').trim_start()))
            .collect();
        let config = parse_text(&example).unwrap();
        assert_eq!(config.stretches.custom[0].id, "heel-on-a-step");
    }

    #[test]
    fn the_language_is_a_code_limber_speaks() {
        assert_eq!(
            parse_text("language = \"de\"\n").unwrap().language,
            Some(Tag::German)
        );
        assert_eq!(
            parse_text("language = \"JA-jp\"\n").unwrap().language,
            Some(Tag::Japanese)
        );
        assert_eq!(Config::default().language, None);
        let message = refusal("language = \"klingon\"\n");
        assert!(message.starts_with("config.toml:1:12: "), "{message}");
        assert!(message.contains("\"klingon\""), "{message}");
        assert!(message.contains(&locale::known_codes()), "{message}");
        assert!(refusal("language = 7\n").starts_with("config.toml:1:12: "));
    }

    /// Every explanation of limber's own comes through Fluent: in the long pseudo-language,
    /// which pads each text it formats with tildes, none comes out as written in English.
    #[test]
    fn config_errors_are_explained_in_the_language_spoken() {
        let refused = [
            "language = \"klingon\"\n",
            "[reminder]\nevery = \"soon\"\n",
            "[reminder]\nevery = \"10M\"\n",
            "[reminder]\nevery = \"2 years\"\n",
            "[reminder]\nevery = \"1.5s\"\n",
            "[reminder]\nevery = \"0s\"\n",
            "[reminder]\nevery = \"\"\n",
            "[reminder]\nevery = \"5 parsecs\"\n",
            "[reminder]\nevery = \"-5m\"\n",
            "[reminder]\nevery = 60\n",
            "[activity]\nbreak_after = \"2h\"\n",
            "[schedule]\nworking_hours = [\"Mon 9-5\"]\n",
            "[schedule]\nworking_hours = [\"Mon 24:00-24:00\"]\n",
            "[schedule]\nworking_hours = [\"Mon 10:00-10:00\"]\n",
            "[schedule]\nworking_hours = [\"Mon 22:00-00:00\"]\n",
            "[schedule]\nworking_hours = [\"Mon 22:00-02:00\"]\n",
            "[schedule]\nworking_hours = [\"Moon 09:00-17:00\"]\n",
            "[schedule]\nworking_hours = [\"Mon 9:00-17:00\"]\n",
            "[schedule]\nworking_hours = \"Mon 09:00-17:00\"\n",
            "[stretches]\npositions = []\n",
            "[stretches]\npositions = [\"sofa\"]\n",
            "[stretches]\ndisabled = [\"nope\"]\n",
            "[stretches]\npositions = [\"floor\"]\ndisabled = [\"pigeon-pose\", \"lying-hamstring-strap\", \"seated-figure-four-floor\", \"seated-hamstring-turnout\", \"reclining-hand-to-big-toe\", \"seated-forward-bend\", \"seated-twist-hamstring\"]\n",
            "[stretches.custom]\nid = \"x\"\n",
        ];
        let custom = |extra: &str| {
            format!(
                "[[stretches.custom]]\nid = \"my-one\"\nname = \"Mine\"\nposition = \"chair\"\n\
                 steps = [\"Sit.\"]\ncue = \"sit\"\n{extra}"
            )
        };
        let customs = [
            custom("").replace("my-one", "Not Kebab"),
            custom("").replace("my-one", "pigeon-pose"),
            format!("{}{}", custom(""), custom("")),
            custom("").replace("[\"Sit.\"]", "[]"),
            custom("cautions = [\"a\", \"b\", \"c\", \"d\", \"e\"]\n"),
            custom("").replace("\"Mine\"", "\" \""),
            custom("").replace("\"Sit.\"", "\"a\\nb\""),
            custom("").replace("\"sit\"", "\"\\u202e\""),
        ];
        crate::wording::in_language(Tag::PseudoLong, || {
            for text in refused.iter().map(|s| s.to_string()).chain(customs) {
                let message = refusal(&text);
                assert!(message.contains('~'), "English in {message:?} for {text:?}");
            }
        });
    }

    #[test]
    fn an_empty_file_means_all_defaults() {
        assert_eq!(parse_text(""), Ok(Config::default()));
        assert_eq!(parse_text("# nothing yet\n\n"), Ok(Config::default()));
    }

    #[test]
    fn a_syntax_error_names_the_line_and_column() {
        let message = refusal("[reminder]\nevery = \"1h\n");
        assert!(message.starts_with("config.toml:2:"), "{message}");
    }

    #[test]
    fn a_wrong_type_says_what_was_expected() {
        let message = refusal("[reminder]\nevery = 60\n");
        assert!(message.starts_with("config.toml:2:9: "), "{message}");
        assert!(message.contains("a duration in quotes"), "{message}");
        let message = refusal("[stretches]\npositions = \"chair\"\n");
        assert!(message.starts_with("config.toml:2:13: "), "{message}");
        assert!(
            message.contains("expected a list in square brackets"),
            "{message}"
        );
    }

    #[test]
    fn a_bad_duration_points_at_the_value() {
        let message = refusal("[reminder]\nevery = \"soon\"\n");
        assert!(
            message.starts_with("config.toml:2:9: every = \"soon\" is not a duration"),
            "{message}"
        );
    }

    #[test]
    fn zero_and_absurd_durations_are_out_of_range() {
        assert!(refusal("[reminder]\nevery = \"0s\"\n").contains("out of range"));
        assert!(refusal("[reminder]\nsnooze = \"9999h\"\n").contains("out of range"));
        assert!(refusal("[activity]\nbreak_after = \"1s\"\n").contains("out of range"));
    }

    #[test]
    fn second_scale_durations_are_allowed_for_quick_runs() {
        let config = parse_text(
            "[reminder]\nevery = \"15s\"\nsnooze = \"5s\"\n[activity]\nbreak_after = \"3s\"\n",
        )
        .unwrap();
        assert_eq!(config.reminder.every, Duration::from_secs(15));
        assert_eq!(config.activity.break_after, Duration::from_secs(3));
    }

    #[test]
    fn unknown_keys_are_refused_where_they_stand() {
        let message = refusal("[activity]\nbrake_after = \"5m\"\n");
        assert!(message.starts_with("config.toml:2:1: "), "{message}");
        assert!(message.contains("unknown field `brake_after`"), "{message}");
        let message = refusal("volume = 3\n");
        assert!(message.contains("unknown field `volume`"), "{message}");
        let message = refusal("[sound]\n");
        assert!(message.contains("unknown field `sound`"), "{message}");
    }

    #[test]
    fn a_break_must_be_shorter_than_the_interval() {
        let message = refusal("[reminder]\nevery = \"10m\"\n[activity]\nbreak_after = \"10m\"\n");
        assert!(
            message.starts_with("config.toml:4:15: break_after (10m) must be shorter"),
            "{message}"
        );
    }

    #[test]
    fn a_short_interval_under_the_default_break_points_at_the_interval() {
        let message = refusal("[reminder]\nevery = \"1m\"\n");
        assert!(
            message.starts_with("config.toml:2:9: break_after (5m) must be shorter"),
            "{message}"
        );
    }

    #[test]
    fn working_hours_are_parsed_and_their_mistakes_placed() {
        let config = parse_text("[schedule]\nworking_hours = [\"Mon-Fri 09:00-17:30\"]\n").unwrap();
        assert_eq!(
            config.schedule.working_hours[0].to_string(),
            "Mon-Fri 09:00-17:30"
        );
        let message = refusal("[schedule]\nworking_hours = [\"Daily 08:00-12:00\", \"Mon 9-5\"]\n");
        assert!(
            message.starts_with("config.toml:2:39: \"Mon 9-5\""),
            "{message}"
        );
        let message = refusal("[schedule]\nworking_hours = [\"Mon 22:00-02:00\"]\n");
        assert!(message.contains("cannot cross midnight"), "{message}");
    }

    #[test]
    fn a_missing_file_means_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::load(&dir.path().join("absent.toml")).unwrap();
        assert_eq!(config, Config::default());
    }

    #[test]
    fn a_folder_in_place_of_the_file_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let error = Config::load(dir.path()).unwrap_err();
        assert_eq!(error.path, dir.path());
        assert_eq!((error.line, error.column), (None, None));
        assert!(error.message.contains("folder"), "{error}");
    }

    #[test]
    fn invalid_utf8_is_placed_at_its_first_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"[reminder]\nevery = \"1h\xff\"\n").unwrap();
        let error = Config::load(&path).unwrap_err();
        assert_eq!((error.line, error.column), (Some(2), Some(12)));
        assert!(error.message.starts_with("invalid UTF-8"), "{error}");
    }

    #[test]
    fn a_byte_order_mark_is_not_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"\xEF\xBB\xBF[reminder]\nevery = \"45m\"\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.reminder.every, Duration::from_secs(2700));
    }

    #[test]
    fn the_default_file_is_written_once_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("limber").join("config.toml");
        write_default(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), DEFAULT_TOML);
        let again = write_default(&path).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
    }
}
