//! The config file: its schema, its defaults, and validation with errors a person can act on.
//!
//! Every mistake is reported with the file, the line and the column, and what was expected there,
//! because a config error is read by someone looking at the file in an editor. Parsing keeps the
//! TOML spans of every value (`toml::Spanned`) so that checks made after parsing (a duration that
//! is too long, an unknown stretch id) can point at the exact value too.
//!
//! `config/default.toml` is both the documentation of every key and what `limber config init`
//! writes; `Config::default()` is defined as parsing it, so the two cannot drift apart.

use std::fmt;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::core::catalog::{self, Catalog, Position, Stretch, COMMON_CAUTIONS};
use crate::core::working_hours::WorkingHours;

/// The documented default config.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// The settings, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub reminder: Reminder,
    pub activity: Activity,
    pub schedule: Schedule,
    pub stretches: Stretches,
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
    /// Idle time that counts as a break.
    pub break_after: Duration,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    /// When reminders may fire; empty means any time.
    pub working_hours: Vec<WorkingHours>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stretches {
    pub positions: Vec<Position>,
    pub disabled: Vec<String>,
    pub custom: Vec<Stretch>,
}

/// A config problem: where, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based, when the problem has a place in the file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(
                f,
                "{}:{line}:{column}: {}",
                self.path.display(),
                self.message
            ),
            _ => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Allowed range of each duration: long enough to be meaningful, short enough to be sane.
const EVERY: (Duration, Duration) = (Duration::from_secs(5), Duration::from_secs(12 * 3600));
const SNOOZE: (Duration, Duration) = (Duration::from_secs(5), Duration::from_secs(8 * 3600));
const BREAK_AFTER: (Duration, Duration) = (Duration::from_secs(2), Duration::from_secs(4 * 3600));
const HOLD: (Duration, Duration) = (Duration::from_secs(5), Duration::from_secs(5 * 60));
const MAX_STEPS: usize = 8;
const MAX_CUE_CHARS: usize = 120;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    reminder: RawReminder,
    activity: RawActivity,
    schedule: RawSchedule,
    stretches: RawStretches,
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

/// A duration as written in the file; its own type so a wrong type says what was expected.
struct DurationText(String);

impl<'de> Deserialize<'de> for DurationText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DurationText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a duration in quotes, like \"45m\", \"1h\" or \"20s\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<DurationText, E> {
                Ok(DurationText(text.to_string()))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawSchedule {
    working_hours: Vec<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawStretches {
    positions: Option<Spanned<Vec<Spanned<String>>>>,
    disabled: Vec<Spanned<String>>,
    custom: Vec<RawCustom>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCustom {
    id: Spanned<String>,
    name: Spanned<String>,
    position: Spanned<String>,
    #[serde(default)]
    per_side: Option<bool>,
    #[serde(default)]
    hold: Option<Spanned<DurationText>>,
    steps: Spanned<Vec<String>>,
    cue: Spanned<String>,
    #[serde(default)]
    cautions: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config::parse(DEFAULT_TOML, Path::new("config/default.toml"))
            .expect("the bundled default config is valid")
    }
}

impl Config {
    /// Reads and validates the file; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(error) => {
                let message = if path.is_dir() {
                    "this is a folder; expected a TOML file".to_string()
                } else {
                    format!("cannot be read: {error}")
                };
                return Err(ConfigError {
                    path: path.to_path_buf(),
                    line: None,
                    column: None,
                    message,
                });
            }
        };
        let source = std::str::from_utf8(&bytes).map_err(|error| {
            let (line, column) = line_column(&bytes, error.valid_up_to());
            ConfigError {
                path: path.to_path_buf(),
                line: Some(line),
                column: Some(column),
                message: "invalid UTF-8: a TOML file must be UTF-8 text".to_string(),
            }
        })?;
        Config::parse(source, path)
    }

    /// Parses and validates config text; `path` is only for error messages.
    pub fn parse(source: &str, path: &Path) -> Result<Config, ConfigError> {
        let at = |span: Option<Range<usize>>, message: String| {
            let (line, column) = match span {
                Some(span) => {
                    let (line, column) = line_column(source.as_bytes(), span.start);
                    (Some(line), Some(column))
                }
                None => (None, None),
            };
            ConfigError {
                path: path.to_path_buf(),
                line,
                column,
                message,
            }
        };
        let raw: RawConfig = toml::from_str(source)
            .map_err(|error| at(error.span(), error.message().trim().to_string()))?;
        validate(raw).map_err(|(span, message)| at(Some(span), message))
    }

    /// The catalogue these settings describe.
    pub fn catalog(&self) -> Catalog {
        Catalog::new(
            self.stretches.custom.clone(),
            self.stretches.positions.clone(),
            self.stretches.disabled.clone(),
        )
    }
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

/// A problem found after parsing: the span of the value, and what is wrong with it.
type Invalid = (Range<usize>, String);

fn validate(raw: RawConfig) -> Result<Config, Invalid> {
    let every = duration(
        raw.reminder.every,
        "every",
        EVERY,
        Duration::from_secs(3600),
    )?;
    let snooze = duration(
        raw.reminder.snooze,
        "snooze",
        SNOOZE,
        Duration::from_secs(600),
    )?;
    let break_after_value = raw.activity.break_after;
    let break_span = break_after_value.as_ref().map(|v| v.span());
    let break_after = duration(
        break_after_value,
        "break_after",
        BREAK_AFTER,
        Duration::from_secs(300),
    )?;
    if break_after >= every {
        return Err((
            break_span.unwrap_or(0..0),
            format!(
                "break_after ({}) must be shorter than reminder.every ({}), or every pause would count as a break",
                humantime::format_duration(break_after),
                humantime::format_duration(every)
            ),
        ));
    }
    let working_hours = raw
        .schedule
        .working_hours
        .into_iter()
        .map(|text| {
            let span = text.span();
            text.into_inner()
                .parse::<WorkingHours>()
                .map_err(|message| (span, message))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let stretches = validate_stretches(raw.stretches)?;
    Ok(Config {
        reminder: Reminder { every, snooze },
        activity: Activity { break_after },
        schedule: Schedule { working_hours },
        stretches,
    })
}

fn validate_stretches(raw: RawStretches) -> Result<Stretches, Invalid> {
    let (positions, positions_span) = match raw.positions {
        None => (Position::ALL.to_vec(), None),
        Some(list) => {
            let span = list.span();
            let positions = list
                .into_inner()
                .into_iter()
                .map(|text| {
                    let span = text.span();
                    text.into_inner()
                        .parse::<Position>()
                        .map_err(|message| (span, message))
                })
                .collect::<Result<Vec<_>, _>>()?;
            if positions.is_empty() {
                return Err((
                    span,
                    "positions is empty: list at least one of \"chair\", \"standing\", \"floor\""
                        .into(),
                ));
            }
            (positions, Some(span))
        }
    };
    let builtin = catalog::builtin();
    let mut custom: Vec<Stretch> = Vec::new();
    for entry in raw.custom {
        // Clashes are about the id, so point at it.
        let span = entry.id.span();
        let stretch = validate_custom(entry)?;
        if builtin.iter().any(|s| s.id == stretch.id) {
            return Err((
                span,
                format!(
                    "custom stretch id \"{}\" is already a built-in stretch; choose another id",
                    stretch.id
                ),
            ));
        }
        if custom.iter().any(|s| s.id == stretch.id) {
            return Err((
                span,
                format!("custom stretch id \"{}\" is used twice", stretch.id),
            ));
        }
        custom.push(stretch);
    }
    let mut disabled = Vec::new();
    for id in raw.disabled {
        let span = id.span();
        let id = id.into_inner();
        if !builtin.iter().chain(&custom).any(|s| s.id == id) {
            return Err((
                span,
                format!("unknown stretch id \"{id}\" in disabled; `limber list` shows the ids"),
            ));
        }
        disabled.push(id);
    }
    let stretches = Stretches {
        positions,
        disabled,
        custom,
    };
    let catalog = Catalog::new(
        stretches.custom.clone(),
        stretches.positions.clone(),
        stretches.disabled.clone(),
    );
    if catalog.enabled().next().is_none() {
        return Err((
            positions_span.unwrap_or(0..0),
            "no stretch is left to suggest with these positions and disabled ids".into(),
        ));
    }
    Ok(stretches)
}

fn validate_custom(raw: RawCustom) -> Result<Stretch, Invalid> {
    let id_span = raw.id.span();
    let id = raw.id.into_inner();
    if !catalog::is_kebab_case(&id) {
        return Err((
            id_span,
            format!("stretch id \"{id}\" must be kebab-case, like \"my-hip-stretch\""),
        ));
    }
    let name = non_empty(raw.name, "name")?;
    let position_span = raw.position.span();
    let position = raw
        .position
        .into_inner()
        .parse::<Position>()
        .map_err(|message| (position_span, message))?;
    let hold = duration(raw.hold, "hold", HOLD, Duration::from_secs(30))?;
    let steps_span = raw.steps.span();
    let steps = raw.steps.into_inner();
    if steps.is_empty()
        || steps.len() > MAX_STEPS
        || steps.iter().any(|step| step.trim().is_empty())
    {
        return Err((
            steps_span,
            format!("steps must list 1 to {MAX_STEPS} non-empty instructions"),
        ));
    }
    let cue_span = raw.cue.span();
    let cue = non_empty(raw.cue, "cue")?;
    if cue.chars().count() > MAX_CUE_CHARS {
        return Err((
            cue_span,
            format!("cue is a single line of at most {MAX_CUE_CHARS} characters"),
        ));
    }
    let cautions = COMMON_CAUTIONS
        .iter()
        .map(|c| c.to_string())
        .chain(raw.cautions.into_iter().filter(|c| !c.trim().is_empty()))
        .collect();
    Ok(Stretch {
        id,
        name,
        position,
        per_side: raw.per_side.unwrap_or(true),
        hold,
        steps,
        cue,
        cautions,
    })
}

fn non_empty(value: Spanned<String>, key: &str) -> Result<String, Invalid> {
    let span = value.span();
    let text = value.into_inner();
    if text.trim().is_empty() {
        return Err((span, format!("{key} must not be empty")));
    }
    Ok(text)
}

/// A duration value, within `(min, max)`, or `default` when absent.
fn duration(
    value: Option<Spanned<DurationText>>,
    key: &str,
    (min, max): (Duration, Duration),
    default: Duration,
) -> Result<Duration, Invalid> {
    let Some(value) = value else {
        return Ok(default);
    };
    let span = value.span();
    let DurationText(text) = value.into_inner();
    let parsed = humantime::parse_duration(text.trim()).map_err(|error| {
        (span.clone(), format!("{key} = \"{text}\" is not a duration ({error}); expected something like \"45m\", \"1h\" or \"20s\""))
    })?;
    if parsed < min || parsed > max {
        return Err((
            span,
            format!(
                "{key} = \"{text}\" is out of range: expected between {} and {}",
                humantime::format_duration(min),
                humantime::format_duration(max)
            ),
        ));
    }
    Ok(parsed)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("config.toml"))
    }

    fn error(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn the_default_file_is_the_default_config() {
        let config = Config::default();
        assert_eq!(config.reminder.every, Duration::from_secs(3600));
        assert_eq!(config.reminder.snooze, Duration::from_secs(600));
        assert_eq!(config.activity.break_after, Duration::from_secs(300));
        assert!(config.schedule.working_hours.is_empty());
        assert_eq!(config.stretches.positions, Position::ALL.to_vec());
        assert_eq!(
            parse("").unwrap(),
            config,
            "an empty file means all defaults"
        );
    }

    #[test]
    fn durations_read_like_people_write_them() {
        let config = parse("[reminder]\nevery = \"45m\"\nsnooze = \"1h 30m\"\n").unwrap();
        assert_eq!(config.reminder.every, Duration::from_secs(2700));
        assert_eq!(config.reminder.snooze, Duration::from_secs(5400));
    }

    #[test]
    fn a_type_error_names_the_line_and_column() {
        assert!(
            error("[reminder]\nevery = 60\n").starts_with("config.toml:2:9: "),
            "{}",
            error("[reminder]\nevery = 60\n")
        );
    }

    #[test]
    fn a_bad_duration_points_at_the_value() {
        let message = error("[reminder]\nevery = \"soon\"\n");
        assert!(
            message.starts_with("config.toml:2:9: every = \"soon\" is not a duration"),
            "{message}"
        );
    }

    #[test]
    fn unknown_keys_are_refused_where_they_stand() {
        let message = error("[activity]\nbrake_after = \"5m\"\n");
        assert!(message.starts_with("config.toml:2:1: "), "{message}");
        assert!(message.contains("brake_after"), "{message}");
    }

    #[test]
    fn zero_and_absurd_durations_are_out_of_range() {
        assert!(error("[reminder]\nevery = \"0s\"\n").contains("out of range"));
        assert!(error("[reminder]\nsnooze = \"9999h\"\n").contains("out of range"));
    }

    #[test]
    fn a_break_must_be_shorter_than_the_interval() {
        let message = error("[reminder]\nevery = \"10m\"\n[activity]\nbreak_after = \"10m\"\n");
        assert!(
            message.starts_with("config.toml:4:15: break_after"),
            "{message}"
        );
    }

    #[test]
    fn unknown_positions_and_ids_are_named() {
        assert!(
            error("[stretches]\npositions = [\"sofa\"]\n").contains("unknown position \"sofa\"")
        );
        assert!(error("[stretches]\ndisabled = [\"handstand\"]\n")
            .contains("unknown stretch id \"handstand\""));
    }

    #[test]
    fn working_hours_are_checked() {
        let config = parse("[schedule]\nworking_hours = [\"Mon-Fri 09:00-17:30\"]\n").unwrap();
        assert_eq!(config.schedule.working_hours.len(), 1);
        assert!(error("[schedule]\nworking_hours = [\"Mon-Fri 9-5\"]\n")
            .starts_with("config.toml:2:18: "));
    }

    const CUSTOM: &str = r#"
[[stretches.custom]]
id = "desk-hip-hinge"
name = "Desk hip hinge"
position = "standing"
hold = "40s"
steps = ["Hold the desk edge.", "Step back and hinge at the hips."]
cue = "hands on the desk, step back and hinge"
"#;

    #[test]
    fn custom_stretches_join_the_catalogue() {
        let config = parse(CUSTOM).unwrap();
        let stretch = config.catalog().get("desk-hip-hinge").cloned().unwrap();
        assert_eq!(stretch.hold, Duration::from_secs(40));
        assert!(stretch.per_side, "per_side defaults to true");
        assert_eq!(stretch.cautions.len(), COMMON_CAUTIONS.len());
        assert!(parse(&format!(
            "{CUSTOM}[stretches]\ndisabled = [\"desk-hip-hinge\"]\n"
        ))
        .is_ok());
    }

    #[test]
    fn custom_ids_must_be_new_unique_and_kebab_case() {
        assert!(
            error(&CUSTOM.replace("desk-hip-hinge", "pigeon-pose")).contains("already a built-in")
        );
        assert!(error(&format!("{CUSTOM}{CUSTOM}")).contains("used twice"));
        assert!(error(&CUSTOM.replace("desk-hip-hinge", "Desk Hinge")).contains("kebab-case"));
    }

    #[test]
    fn a_custom_stretch_needs_its_fields() {
        assert!(
            error(&CUSTOM.replace("cue = \"hands on the desk, step back and hinge\"\n", ""))
                .contains("missing field `cue`")
        );
        assert!(error(&CUSTOM.replace("\"Desk hip hinge\"", "\"  \""))
            .contains("name must not be empty"));
        assert!(error(&CUSTOM.replace("\"40s\"", "\"0s\"")).contains("out of range"));
    }

    #[test]
    fn disabling_everything_is_refused() {
        let all: Vec<String> = catalog::builtin()
            .into_iter()
            .map(|s| format!("\"{}\"", s.id))
            .collect();
        let message = error(&format!("[stretches]\ndisabled = [{}]\n", all.join(", ")));
        assert!(message.contains("no stretch is left"), "{message}");
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_column(b"ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é = 1".as_bytes(), 3), (1, 3));
    }
}
