//! The `[stretches]` table: where the user can stretch, which stretches to leave out, and their
//! own stretches, checked so the catalogue built from them is sound.
//!
//! Custom stretches are held to the same shape as the built-in ones (kebab-case ids, a few short
//! steps, a one-line cue), with bounds on every text so the timer window and the notification can
//! always show it. The common cautions are shown with each, whatever the user wrote; the time
//! to get into position and to change sides defaults to what its position needs.

use std::collections::HashSet;
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::duration::{self, Bounds, DurationText, Limits, HOLD};
use super::error::Invalid;
use super::list::{List, Tables};
use crate::core::catalog::{self, Catalog, Phrase, Position, Stretch};
use crate::echo::{echo, moves_text};
use crate::t;

/// The stretch settings, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Stretches {
    /// Where the user can stretch; only stretches done in one of these are suggested.
    pub positions: Vec<Position>,
    /// Ids never to suggest, each a built-in or custom id.
    pub disabled: Vec<String>,
    /// The user's own stretches, after the built-in ones in the rotation.
    pub custom: Vec<Stretch>,
    /// Holds grow by 5 s after every 5 full holds of a stretch, up to a minute.
    pub progression: bool,
}

impl Stretches {
    /// The catalogue these settings describe.
    pub fn catalog(&self) -> Catalog {
        Catalog::new(
            self.custom.clone(),
            self.positions.clone(),
            self.disabled.clone(),
        )
    }
}

const MAX_ID_CHARS: usize = 40;
const MAX_NAME_CHARS: usize = 60;
const MAX_CUE_CHARS: usize = 120;
const MAX_STEPS: usize = 8;
const MAX_STEP_CHARS: usize = 200;
const MAX_CAUTIONS: usize = 4;
const MAX_CAUTION_CHARS: usize = 200;

/// The positions suggested when the config names none: an office's. The floor is opt-in.
pub const DEFAULT_POSITIONS: [Position; 2] = [Position::Chair, Position::Standing];

/// Time to get into position (and to change sides) for a custom stretch: at least a breath,
/// at most what getting down onto the floor and settling could take.
const SETUP: Limits = Limits {
    key: "setup",
    bounds: Bounds {
        min: Duration::from_secs(3),
        max: Duration::from_secs(120),
    },
    default: Duration::from_secs(10),
};
const SWITCH: Limits = Limits {
    key: "switch",
    ..SETUP
};
/// How long a custom stretch gives for coming out of it.
const COME_OUT: Duration = Duration::from_secs(5);

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawStretches {
    positions: Option<Spanned<List<Spanned<String>>>>,
    disabled: Option<Spanned<List<Spanned<String>>>>,
    custom: List<RawCustom, Tables>,
    progression: Option<bool>,
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
    #[serde(default)]
    setup: Option<Spanned<DurationText>>,
    #[serde(default)]
    switch: Option<Spanned<DurationText>>,
    steps: Spanned<List<Spanned<String>>>,
    #[serde(default)]
    hold_cue: Option<Spanned<String>>,
    #[serde(default)]
    release: Option<Spanned<String>>,
    cue: Spanned<String>,
    #[serde(default)]
    cautions: Option<Spanned<List<Spanned<String>>>>,
}

pub(super) fn validate(raw: RawStretches) -> Result<Stretches, Invalid> {
    let positions_span = raw.positions.as_ref().map(Spanned::span);
    let positions = match raw.positions {
        None => DEFAULT_POSITIONS.to_vec(),
        Some(list) => positions(list)?,
    };
    // Ids are looked up in sets, so a config with thousands of stretches is checked in time
    // proportional to its length.
    let builtin: Vec<(&str, Position)> = catalog::builtin_places().collect();
    let mut ids: HashSet<String> = builtin.iter().map(|(id, _)| id.to_string()).collect();
    let mut custom: Vec<Stretch> = Vec::new();
    for entry in raw.custom.items {
        // Clashes are about the id, so point at it.
        let id_span = entry.id.span();
        let stretch = validate_custom(entry)?;
        if builtin.iter().any(|(id, _)| *id == stretch.id) {
            return Err((
                id_span,
                t!("config-stretch-id-built-in", id = stretch.id.as_str()),
            ));
        }
        if !ids.insert(stretch.id.clone()) {
            return Err((
                id_span,
                t!("config-stretch-id-twice", id = stretch.id.as_str()),
            ));
        }
        custom.push(stretch);
    }
    let disabled_span = raw.disabled.as_ref().map(Spanned::span);
    // Each id once, however often it is listed: every suggestion looks through this list.
    let mut disabled = Vec::new();
    let mut off = HashSet::new();
    for id in raw
        .disabled
        .map(|list| list.into_inner().items)
        .unwrap_or_default()
    {
        let span = id.span();
        let id = id.into_inner();
        if !ids.contains(&id) {
            return Err((span, t!("config-disabled-unknown-id", id = echo(&id))));
        }
        if off.insert(id.clone()) {
            disabled.push(id);
        }
    }
    let any_left = builtin
        .iter()
        .copied()
        .chain(custom.iter().map(|s| (s.id.as_str(), s.position)))
        .any(|(id, position)| positions.contains(&position) && !off.contains(id));
    if !any_left {
        // Only a narrowed position list or a disabled list can leave nothing.
        return Err((
            positions_span.or(disabled_span).unwrap_or(0..0),
            t!("config-nothing-left"),
        ));
    }
    Ok(Stretches {
        positions,
        disabled,
        custom,
        progression: raw.progression.unwrap_or(true),
    })
}

fn positions(list: Spanned<List<Spanned<String>>>) -> Result<Vec<Position>, Invalid> {
    let span = list.span();
    let mut positions = list
        .into_inner()
        .items
        .into_iter()
        .map(|text| {
            let span = text.span();
            text.into_inner()
                .parse::<Position>()
                .map_err(|message| (span, message))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Each position once, however often it is listed: every suggestion looks through this list.
    let mut seen = HashSet::new();
    positions.retain(|position| seen.insert(*position));
    if positions.is_empty() {
        return Err((span, t!("config-positions-empty")));
    }
    Ok(positions)
}

fn validate_custom(raw: RawCustom) -> Result<Stretch, Invalid> {
    let id_span = raw.id.span();
    let id = raw.id.into_inner();
    if !catalog::is_kebab_case(&id) || id.chars().count() > MAX_ID_CHARS {
        return Err((
            id_span,
            t!(
                "config-stretch-id-shape",
                id = echo(&id),
                max = MAX_ID_CHARS
            ),
        ));
    }
    let position_span = raw.position.span();
    let position = raw
        .position
        .into_inner()
        .parse::<Position>()
        .map_err(|message| (position_span, message))?;
    let steps_span = raw.steps.span();
    let steps = raw.steps.into_inner().items;
    if steps.is_empty() || steps.len() > MAX_STEPS {
        return Err((
            steps_span,
            t!("config-steps-count", max = MAX_STEPS, count = steps.len()),
        ));
    }
    let per_side = raw.per_side.unwrap_or(true);
    let optional_line = |value: Option<Spanned<String>>, what, default: String| {
        value.map_or(Ok(default), |text| line(text, what, MAX_STEP_CHARS))
    };
    let setup = match raw.setup {
        Some(_) => duration::read(raw.setup, &SETUP)?,
        None => position.default_setup(),
    };
    let switch = match (per_side, raw.switch) {
        (false, _) => Duration::ZERO,
        (true, None) => position.default_switch(),
        (true, text) => duration::read(text, &SWITCH)?,
    };
    Ok(Stretch {
        id,
        name: line(raw.name, "name", MAX_NAME_CHARS)?,
        position,
        per_side,
        hold: duration::read(raw.hold, &HOLD)?,
        setup,
        switch,
        come_out: COME_OUT,
        steps: steps
            .into_iter()
            .map(|step| line(step, "steps", MAX_STEP_CHARS).map(Phrase::from))
            .collect::<Result<_, _>>()?,
        // What a custom stretch without its own hold cue or way out says.
        hold_cue: optional_line(raw.hold_cue, "hold_cue", t!("stretch-custom-hold-cue"))?.into(),
        release: optional_line(raw.release, "release", t!("stretch-custom-release"))?,
        cue: line(raw.cue, "cue", MAX_CUE_CHARS)?,
        cautions: extra_cautions(raw.cautions)?,
        source: None,
    })
}

/// The user's own cautions, shown after the common ones.
fn extra_cautions(list: Option<Spanned<List<Spanned<String>>>>) -> Result<Vec<String>, Invalid> {
    let Some(list) = list else {
        return Ok(Vec::new());
    };
    let span = list.span();
    let list = list.into_inner().items;
    if list.len() > MAX_CAUTIONS {
        return Err((span, t!("config-cautions-count", max = MAX_CAUTIONS)));
    }
    list.into_iter()
        .map(|caution| line(caution, "cautions", MAX_CAUTION_CHARS))
        .collect()
}

/// A text shown on one line: not blank, no line breaks, at most `max` characters, and nothing
/// that would drive a terminal or turn text around where it is shown (`limber list`, `limber
/// status`, the tray, notifications): no control characters, no bidirectional overrides.
fn line(value: Spanned<String>, key: &str, max: usize) -> Result<String, Invalid> {
    let span = value.span();
    let text = value.into_inner().trim().to_string();
    if text.is_empty() {
        return Err((span, t!("config-text-empty", key = key)));
    }
    if text.contains(['\n', '\r']) || text.chars().count() > max {
        return Err((span, t!("config-text-too-long", key = key, max = max)));
    }
    if let Some(c) = text.chars().find(|&c| moves_text(c)) {
        return Err((
            span,
            t!(
                "config-text-control",
                key = key,
                code = format!("{:04X}", u32::from(c))
            ),
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::config::parse_text;

    fn refusal(text: &str) -> String {
        parse_text(text).unwrap_err()
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

    fn custom_with(from: &str, to: &str) -> String {
        assert!(CUSTOM.contains(from), "{from}");
        CUSTOM.replace(from, to)
    }

    #[test]
    fn positions_narrow_the_suggestions() {
        let config = parse_text("[stretches]\npositions = [\"chair\"]\n").unwrap();
        assert_eq!(config.stretches.positions, vec![Position::Chair]);
        let catalog = config.catalog();
        assert!(catalog.enabled().all(|s| s.position == Position::Chair));
    }

    #[test]
    fn unknown_and_empty_positions_are_refused() {
        let message = refusal("[stretches]\npositions = [\"chair\", \"sofa\"]\n");
        assert!(
            message.starts_with("config.toml:2:23: unknown position \"sofa\""),
            "{message}"
        );
        let message = refusal("[stretches]\npositions = []\n");
        assert!(
            message.starts_with("config.toml:2:13: positions is empty"),
            "{message}"
        );
    }

    #[test]
    fn disabled_ids_must_name_a_stretch() {
        let message = refusal("[stretches]\ndisabled = [\"handstand\"]\n");
        assert!(
            message.starts_with("config.toml:2:13: unknown stretch id \"handstand\""),
            "{message}"
        );
        let config = parse_text("[stretches]\ndisabled = [\"pigeon-pose\"]\n").unwrap();
        assert!(config.catalog().enabled().all(|s| s.id != "pigeon-pose"));
    }

    #[test]
    fn disabling_everything_is_refused_at_the_disabled_list() {
        let all: Vec<String> = catalog::builtin()
            .into_iter()
            .map(|s| format!("\"{}\"", s.id))
            .collect();
        let message = refusal(&format!("[stretches]\ndisabled = [{}]\n", all.join(", ")));
        assert!(
            message.starts_with("config.toml:2:12: no stretch is left"),
            "{message}"
        );
    }

    #[test]
    fn narrowing_positions_to_nothing_left_is_refused_at_the_positions() {
        let standing: Vec<String> = catalog::builtin()
            .into_iter()
            .filter(|s| s.position == Position::Standing)
            .map(|s| format!("\"{}\"", s.id))
            .collect();
        let message = refusal(&format!(
            "[stretches]\npositions = [\"standing\"]\ndisabled = [{}]\n",
            standing.join(", ")
        ));
        assert!(
            message.starts_with("config.toml:2:13: no stretch is left"),
            "{message}"
        );
    }

    #[test]
    fn custom_stretches_join_the_catalogue_with_the_common_cautions() {
        let config = parse_text(CUSTOM).unwrap();
        let stretch = config.catalog().get("desk-hip-hinge").cloned().unwrap();
        assert_eq!(stretch.hold, Duration::from_secs(40));
        assert_eq!(stretch.position, Position::Standing);
        let cautions: Vec<&str> = stretch.all_cautions().collect();
        assert_eq!(cautions, catalog::common_cautions());
        assert!(parse_text(&format!(
            "{CUSTOM}[stretches]\ndisabled = [\"desk-hip-hinge\"]\n"
        ))
        .is_ok());
    }

    #[test]
    fn a_custom_stretch_leaves_out_per_side_hold_and_cautions_at_their_defaults() {
        let text = custom_with("hold = \"40s\"\n", "");
        let stretch = parse_text(&text).unwrap().stretches.custom.remove(0);
        assert!(stretch.per_side);
        assert_eq!(stretch.hold, HOLD.default);
        assert_eq!(stretch.setup, Position::Standing.default_setup());
        assert_eq!(stretch.switch, Position::Standing.default_switch());
        assert_eq!(stretch.hold_cue_for(None), t!("stretch-custom-hold-cue"));
        assert_eq!(stretch.release, t!("stretch-custom-release"));
    }

    #[test]
    fn a_custom_stretch_may_set_its_own_setup_switch_hold_cue_and_way_out() {
        let text = format!(
            "{CUSTOM}setup = \"25s\"\nswitch = \"12s\"\nhold_cue = \"Breathe.\"\nrelease = \"Rise.\"\n"
        );
        let stretch = parse_text(&text).unwrap().stretches.custom.remove(0);
        assert_eq!(stretch.setup, Duration::from_secs(25));
        assert_eq!(stretch.switch, Duration::from_secs(12));
        assert_eq!(
            (
                stretch.hold_cue_for(None).as_str(),
                stretch.release.as_str()
            ),
            ("Breathe.", "Rise.")
        );
        let message = refusal(&format!("{CUSTOM}setup = \"10m\"\n"));
        assert!(
            message.contains("setup = \"10m\" is out of range"),
            "{message}"
        );
    }

    #[test]
    fn the_floor_is_opt_in_and_progression_on_by_default() {
        let config = parse_text("").unwrap();
        assert_eq!(config.stretches.positions, DEFAULT_POSITIONS.to_vec());
        assert!(config.stretches.progression);
        let off = parse_text("[stretches]\nprogression = false\n").unwrap();
        assert!(!off.stretches.progression);
    }

    #[test]
    fn extra_cautions_follow_the_common_ones() {
        let text = format!("{CUSTOM}cautions = [\"Mind the desk's wheels.\"]\n");
        let stretch = parse_text(&text).unwrap().stretches.custom.remove(0);
        assert_eq!(stretch.cautions, ["Mind the desk's wheels."]);
        let all: Vec<&str> = stretch.all_cautions().collect();
        assert_eq!(all.len(), catalog::common_cautions().len() + 1);
        assert_eq!(*all.last().unwrap(), "Mind the desk's wheels.");
    }

    #[test]
    fn custom_ids_must_be_new_unique_and_kebab_case() {
        let message = refusal(&custom_with("desk-hip-hinge", "pigeon-pose"));
        assert!(message.starts_with("config.toml:3:6: "), "{message}");
        assert!(message.contains("already a built-in"), "{message}");
        let message = refusal(&format!("{CUSTOM}{CUSTOM}"));
        assert!(message.starts_with("config.toml:11:6: "), "{message}");
        assert!(message.contains("used twice"), "{message}");
        assert!(refusal(&custom_with("desk-hip-hinge", "Desk Hinge")).contains("kebab-case"));
        let long_id = "a".repeat(MAX_ID_CHARS + 1);
        assert!(refusal(&custom_with("desk-hip-hinge", &long_id)).contains("kebab-case"));
    }

    #[test]
    fn a_custom_stretch_needs_its_required_fields() {
        let message = refusal(&custom_with(
            "cue = \"hands on the desk, step back and hinge\"\n",
            "",
        ));
        assert!(message.contains("missing field `cue`"), "{message}");
    }

    #[test]
    fn custom_texts_must_be_single_non_empty_lines_of_bounded_length() {
        let message = refusal(&custom_with("\"Desk hip hinge\"", "\"  \""));
        assert!(
            message.starts_with("config.toml:4:8: name must not be empty"),
            "{message}"
        );
        let long_name = format!("\"{}\"", "n".repeat(MAX_NAME_CHARS + 1));
        assert!(refusal(&custom_with("\"Desk hip hinge\"", &long_name)).contains("single line"));
        let two_lines = "\"hands on the desk\\nthen hinge\"";
        let message = refusal(&custom_with(
            "\"hands on the desk, step back and hinge\"",
            two_lines,
        ));
        assert!(message.contains("cue must be a single line"), "{message}");
        let message = refusal(&custom_with("\"Hold the desk edge.\"", "\"\""));
        assert!(
            message.starts_with("config.toml:7:10: each step must not be empty"),
            "{message}"
        );
    }

    #[test]
    fn custom_texts_hold_no_terminal_escapes_or_bidirectional_overrides() {
        // Valid TOML, and shown raw by `limber list` and `limber status` it would clear the
        // terminal and colour what follows.
        let message = refusal(&custom_with(
            "\"Desk hip hinge\"",
            "\"\\u001b[2J\\u001b[31mDesk hip hinge\"",
        ));
        assert!(
            message.starts_with("config.toml:4:8: name must not hold control characters")
                && message.contains("U+001B"),
            "{message}"
        );
        let message = refusal(&custom_with(
            "\"Hold the desk edge.\"",
            "\"Hold the \\u202eegde ksed.\"",
        ));
        assert!(
            message.contains("each step must not hold") && message.contains("U+202E"),
            "{message}"
        );
    }

    #[test]
    fn a_custom_stretch_has_one_to_eight_steps() {
        let steps = "[\"Hold the desk edge.\", \"Step back and hinge at the hips.\"]";
        let message = refusal(&custom_with(steps, "[]"));
        assert!(
            message.starts_with("config.toml:7:9: steps must list 1 to 8"),
            "{message}"
        );
        let nine = format!("[{}]", ["\"Breathe.\""; 9].join(", "));
        assert!(refusal(&custom_with(steps, &nine)).contains("found 9"));
        let eight = format!("[{}]", ["\"Breathe.\""; 8].join(", "));
        assert!(parse_text(&custom_with(steps, &eight)).is_ok());
    }

    #[test]
    fn a_custom_hold_is_between_five_seconds_and_five_minutes() {
        let message = refusal(&custom_with("\"40s\"", "\"0s\""));
        assert!(
            message.starts_with("config.toml:6:8: hold = \"0s\" is out of range"),
            "{message}"
        );
        assert!(refusal(&custom_with("\"40s\"", "\"6m\"")).contains("out of range"));
    }

    #[test]
    fn a_custom_position_must_be_known() {
        let message = refusal(&custom_with("\"standing\"", "\"bed\""));
        assert!(
            message.starts_with("config.toml:5:12: unknown position \"bed\""),
            "{message}"
        );
    }

    #[test]
    fn too_many_extra_cautions_are_refused() {
        let five = format!("[{}]", ["\"Careful.\""; MAX_CAUTIONS + 1].join(", "));
        let message = refusal(&format!("{CUSTOM}cautions = {five}\n"));
        assert!(message.contains("at most 4 extra cautions"), "{message}");
    }

    #[test]
    fn custom_stretches_written_as_one_table_are_refused() {
        let message = refusal(&custom_with("[[stretches.custom]]", "[stretches.custom]"));
        assert!(
            message.contains("[[stretches.custom]], in double brackets"),
            "{message}"
        );
    }
}
