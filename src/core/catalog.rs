//! The stretch catalogue: what a stretch is, the built-in ones, and which one comes next.
//!
//! Every built-in stretch works the place where the hamstrings meet the glutes, the spot that
//! tightens most from long sitting. Each is drawn from the article limber's content comes from
//! (quoted in [`Source`]); a few are adapted so they can be done at a desk, and say so. They
//! differ in where they can be done (on a chair, standing, on the floor): the defaults fit an
//! office, so floor stretches are suggested only when the user's config allows the floor.
//!
//! A stretch is taught in four parts, which [`super::routine`] times: the steps that get the
//! user into position (untimed by the hold clock), the hold cue, and how to come out. Steps may
//! name the working side ([`Phrase`]), so the window can say "Rest your right ankle on your left
//! thigh" rather than "one ankle".
//!
//! The built-ins' words come from Fluent (`locales/<code>/catalog.ftl`), in the language spoken
//! when [`builtin`] is called; their ids, timings and quotes are here, and nothing the core
//! decides depends on the words.
//!
//! The rotation ([`Rotation`]) moves between positions in turn (chair, standing, floor) and,
//! within each position, through its stretches in catalogue order, so a desk worker alternates
//! between sitting and standing stretches and the floor never comes twice in a row while
//! another position is allowed.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::case::capitalised;
use crate::t;

/// Where a stretch can be done. Users list the positions their workplace allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Chair,
    Standing,
    Floor,
}

impl Position {
    /// In rotation order.
    pub const ALL: [Position; 3] = [Position::Chair, Position::Standing, Position::Floor];

    /// The config spelling: `chair`, `standing`, `floor`.
    pub fn key(self) -> &'static str {
        match self {
            Position::Chair => "chair",
            Position::Standing => "standing",
            Position::Floor => "floor",
        }
    }

    /// How the window and the table say it: "on a chair", "standing", "on the floor".
    pub fn label(self) -> String {
        match self {
            Position::Chair => t!("position-chair-label"),
            Position::Standing => t!("position-standing-label"),
            Position::Floor => t!("position-floor-label"),
        }
    }

    /// How a reminder opens, so the user knows at once whether they can do it where they are:
    /// "On your chair", "Standing", "On the floor".
    pub fn lead(self) -> String {
        match self {
            Position::Chair => t!("position-chair-lead"),
            Position::Standing => t!("position-standing-lead"),
            Position::Floor => t!("position-floor-lead"),
        }
    }

    /// The time to get into position before the first hold, for stretches that do not say:
    /// a chair is right there, standing up and finding room takes longer, getting down onto
    /// the floor longest.
    pub fn default_setup(self) -> Duration {
        Duration::from_secs(match self {
            Position::Chair => 10,
            Position::Standing => 20,
            Position::Floor => 30,
        })
    }

    /// The time to come out of one side and settle into the other, for stretches that do not
    /// say.
    pub fn default_switch(self) -> Duration {
        Duration::from_secs(match self {
            Position::Chair => 10,
            Position::Standing => 15,
            Position::Floor => 20,
        })
    }

    /// The position after this one in the rotation, wrapping around.
    fn following(self) -> Position {
        match self {
            Position::Chair => Position::Standing,
            Position::Standing => Position::Floor,
            Position::Floor => Position::Chair,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Position {
    type Err = String;

    fn from_str(text: &str) -> Result<Position, String> {
        Position::ALL
            .into_iter()
            .find(|position| position.key() == text)
            .ok_or_else(|| t!("position-unknown", position = text))
    }
}

/// Which side works in a two-sided stretch. The right side always comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Right,
    Left,
}

impl Side {
    /// "right", "left", in the language spoken now.
    pub fn word(self) -> String {
        match self {
            Side::Right => t!("side-right"),
            Side::Left => t!("side-left"),
        }
    }

    /// How Fluent messages select on the side (`$side`): `right`, `left`, or `none` for a
    /// one-sided stretch. Never shown.
    fn selector(side: Option<Side>) -> &'static str {
        match side {
            Some(Side::Right) => "right",
            Some(Side::Left) => "left",
            None => "none",
        }
    }

    /// The plain words for the working side and the other one: "right" and "left", or "one"
    /// and "the other" when there is no side (a one-sided stretch whose text names one anyway
    /// stays readable).
    fn words(side: Option<Side>) -> (String, String) {
        match side {
            Some(side) => (side.word(), side.other().word()),
            None => (t!("side-one"), t!("side-other-one")),
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Right => Side::Left,
            Side::Left => Side::Right,
        }
    }

    /// `text` with `{side}` and `{other}` (or `{Side}` and `{Other}`, capitalised) replaced by
    /// this side and the other, in the language spoken now. Text without placeholders comes back
    /// as it was.
    pub fn fill(self, text: &str) -> String {
        fill(text, Some(self))
    }
}

/// `text` with the side's placeholders filled with the words of the language spoken now (see
/// [`Side::fill`]); with no side, "one" and "the other".
fn fill(text: &str, side: Option<Side>) -> String {
    let (side_word, other_word) = Side::words(side);
    text.replace("{side}", &side_word)
        .replace("{other}", &other_word)
        .replace("{Side}", &capitalised(&side_word))
        .replace("{Other}", &capitalised(&other_word))
}

/// A text of a stretch that may name the side being worked, ready to be said for either side or
/// for none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// A built-in text, formatted from Fluent once per side when the catalogue was built, so a
    /// language can inflect the side's word with the sentence around it.
    PerSide {
        right: String,
        left: String,
        none: String,
    },
    /// A custom stretch's text with `{side}`/`{other}` placeholders, filled with the side words
    /// of the language spoken when it is shown.
    Template(String),
}

impl Phrase {
    /// The built-in message `id`, formatted for each side.
    fn from_message(id: &str) -> Phrase {
        let format = |side: Option<Side>| {
            let (side_word, other_word) = Side::words(side);
            t!(
                id,
                side = Side::selector(side),
                side_word = side_word,
                other_word = other_word
            )
        };
        Phrase::PerSide {
            right: format(Some(Side::Right)),
            left: format(Some(Side::Left)),
            none: format(None),
        }
    }

    /// The text said for `side` (`None` for a one-sided stretch).
    pub fn for_side(&self, side: Option<Side>) -> String {
        match self {
            Phrase::PerSide { right, left, none } => match side {
                Some(Side::Right) => right.clone(),
                Some(Side::Left) => left.clone(),
                None => none.clone(),
            },
            Phrase::Template(text) => fill(text, side),
        }
    }
}

impl From<String> for Phrase {
    fn from(text: String) -> Phrase {
        Phrase::Template(text)
    }
}

impl From<&str> for Phrase {
    fn from(text: &str) -> Phrase {
        Phrase::Template(text.to_string())
    }
}

/// Where a built-in stretch comes from in the article limber's content is drawn from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The passage, quoted word for word.
    pub quote: &'static str,
    /// limber changed it to fit a desk (or a detail the passage leaves open); the window and
    /// the docs say "adapted from".
    pub adapted: bool,
}

/// One stretch, built in or defined by the user in the config file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stretch {
    /// Stable kebab-case identifier, used in the config, the CLI and history.
    pub id: String,
    pub name: String,
    pub position: Position,
    /// Done once per side (right, then left) rather than once.
    pub per_side: bool,
    /// How long to hold, per side when `per_side`, before any lengthening for practice.
    pub hold: Duration,
    /// Time to get into position before the (first) hold; the hold clock waits for it.
    pub setup: Duration,
    /// Time to come out of the first side and get into the second (two-sided stretches).
    pub switch: Duration,
    /// Time to come out of the stretch at the end, slowly.
    pub come_out: Duration,
    /// How to get into position, in order; may name the side.
    pub steps: Vec<Phrase>,
    /// What to do while holding; may name the side.
    pub hold_cue: Phrase,
    /// How to come out of the stretch, slowly.
    pub release: String,
    /// One short phrase for the reminder notification, after the name.
    pub cue: String,
    /// This stretch's own cautions; the [`common_cautions`] go with every stretch as well.
    pub cautions: Vec<String>,
    /// The passage it comes from (built-ins only).
    pub source: Option<Source>,
}

impl Stretch {
    /// 2 for a stretch done on each side, else 1.
    pub fn sides(&self) -> u32 {
        if self.per_side {
            2
        } else {
            1
        }
    }

    /// The sides in the order they are held: right then left, or none for a one-sided stretch.
    pub fn side_order(&self) -> &'static [Side] {
        if self.per_side {
            &[Side::Right, Side::Left]
        } else {
            &[]
        }
    }

    /// Holding time over all sides.
    pub fn total_hold(&self) -> Duration {
        self.hold * self.sides()
    }

    /// The steps with the side named (`None` for a one-sided stretch).
    pub fn steps_for(&self, side: Option<Side>) -> Vec<String> {
        self.steps.iter().map(|step| step.for_side(side)).collect()
    }

    /// The hold cue with the side named.
    pub fn hold_cue_for(&self, side: Option<Side>) -> String {
        self.hold_cue.for_side(side)
    }

    /// Every caution to show with this stretch: the common ones first, then its own.
    pub fn all_cautions(&self) -> impl Iterator<Item = &str> {
        common_cautions()
            .iter()
            .map(String::as_str)
            .chain(self.cautions.iter().map(String::as_str))
    }
}

/// How many cautions every stretch carries (`caution-common-1` … in catalog.ftl).
const COMMON_CAUTION_COUNT: usize = 3;

/// The cautions every stretch carries, as the article gives them, in the language spoken now:
/// stop on any pain or discomfort; pain down the leg, numbness or tingling needs a
/// professional; slowly, without bouncing, and never past your limits. The window always shows
/// all three, whole. Formatted once per language and kept, so they can be lent out for as long
/// as the program runs.
pub fn common_cautions() -> &'static [String] {
    use crate::wording::{self, Tag};
    use std::sync::OnceLock;
    static FORMATTED: [OnceLock<Vec<String>>; Tag::ALL.len()] =
        [const { OnceLock::new() }; Tag::ALL.len()];
    let tag = wording::current().tag();
    let index = Tag::ALL.iter().position(|t| *t == tag).unwrap_or(0);
    FORMATTED[index].get_or_init(|| {
        (1..=COMMON_CAUTION_COUNT)
            .map(|n| t!(&format!("caution-common-{n}")))
            .collect()
    })
}

/// Whether `id` is kebab-case: lowercase letters and digits in words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The built-in stretches, in catalogue order (desk stretches first), in the language spoken now.
pub fn builtin() -> Vec<Stretch> {
    BUILTIN.iter().map(BuiltIn::to_stretch).collect()
}

/// The id and position of each built-in stretch, in catalogue order, without formatting their
/// words (config validation needs no more).
pub fn builtin_places() -> impl Iterator<Item = (&'static str, Position)> {
    BUILTIN.iter().map(|stretch| (stretch.id, stretch.position))
}

/// A built-in stretch: its id, timings and source. Its words are the messages
/// `stretch-<id>-name`, `-cue`, `-step-<n>`, `-hold-cue`, `-release` and `-caution-<n>` of
/// catalog.ftl.
struct BuiltIn {
    id: &'static str,
    position: Position,
    per_side: bool,
    hold_secs: u64,
    /// Seconds to get into position; `None` takes the position's default.
    setup_secs: Option<u64>,
    switch_secs: Option<u64>,
    come_out_secs: u64,
    /// How many steps (`-step-1` …).
    steps: usize,
    /// How many cautions of its own (`-caution-1` …).
    cautions: usize,
    /// The article's passage, word for word: never translated.
    quote: &'static str,
    adapted: bool,
}

impl BuiltIn {
    /// The message `stretch-<id>-<part>` of catalog.ftl.
    fn message(&self, part: &str) -> String {
        t!(&format!("stretch-{}-{part}", self.id))
    }

    fn to_stretch(&self) -> Stretch {
        let id = self.id;
        Stretch {
            id: id.to_string(),
            name: self.message("name"),
            position: self.position,
            per_side: self.per_side,
            hold: Duration::from_secs(self.hold_secs),
            setup: self
                .setup_secs
                .map_or(self.position.default_setup(), Duration::from_secs),
            switch: if self.per_side {
                self.switch_secs
                    .map_or(self.position.default_switch(), Duration::from_secs)
            } else {
                Duration::ZERO
            },
            come_out: Duration::from_secs(self.come_out_secs),
            steps: (1..=self.steps)
                .map(|n| Phrase::from_message(&format!("stretch-{id}-step-{n}")))
                .collect(),
            hold_cue: Phrase::from_message(&format!("stretch-{id}-hold-cue")),
            release: self.message("release"),
            cue: self.message("cue"),
            cautions: (1..=self.cautions)
                .map(|n| self.message(&format!("caution-{n}")))
                .collect(),
            source: Some(Source {
                quote: self.quote,
                adapted: self.adapted,
            }),
        }
    }
}

const BUILTIN: &[BuiltIn] = &[
    BuiltIn {
        id: "seated-figure-four-chair",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "Next, bend your right knee and place your right ankle on your left thigh, just above your knee. … You can even do this stretch at your desk to break up long periods of inactivity.",
        adapted: true,
    },
    BuiltIn {
        id: "standing-forward-fold",
        position: Position::Standing,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 8,
        steps: 4,
        cautions: 1,
        quote: "Stand with your feet hip-width apart and slowly bend forward from the hips, reaching towards your toes. If you feel tightness in the back of your legs, slightly bend your knees to alleviate any strain.",
        adapted: false,
    },
    BuiltIn {
        id: "chair-hamstring-turnout",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "Now, here’s the key: rotate the leg you want to stretch slightly outward. This external rotation targets the proximal hamstring more effectively.",
        adapted: true,
    },
    BuiltIn {
        id: "desk-supported-hip-hinge",
        position: Position::Standing,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 1,
        quote: "To target the proximal hamstring tendon, focus on lengthening your spine and drawing your chest towards your thighs.",
        adapted: true,
    },
    BuiltIn {
        id: "chair-forward-bend",
        position: Position::Chair,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "As you exhale, hinge at your hips and slowly lower your torso towards your legs. The key here is to focus on maintaining a straight back, reaching forward from your hip flexors rather than rounding your spine.",
        adapted: true,
    },
    BuiltIn {
        id: "standing-heel-forward-hinge",
        position: Position::Standing,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: Some(10),
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "Stand with your feet hip-width apart and slowly bend forward from the hips, reaching towards your toes. If you feel tightness in the back of your legs, slightly bend your knees to alleviate any strain.",
        adapted: true,
    },
    BuiltIn {
        id: "lying-hamstring-strap",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "One such stretch involves lying on your back with one knee bent and the foot flat on the floor. Gently pull the other leg towards your chest, keeping it as straight as possible.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-figure-four-floor",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "Next, bend your right knee and place your right ankle on your left thigh, just above your knee. Keep your back straight and your core engaged throughout the stretch.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-hamstring-turnout",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: Some(15),
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "Now, here’s the key: rotate the leg you want to stretch slightly outward. This external rotation targets the proximal hamstring more effectively.",
        adapted: false,
    },
    BuiltIn {
        id: "pigeon-pose",
        position: Position::Floor,
        per_side: true,
        hold_secs: 45,
        setup_secs: Some(45),
        switch_secs: Some(30),
        come_out_secs: 10,
        steps: 5,
        cautions: 1,
        quote: "Start on your hands and knees, then bring your right knee forward and position it behind your right wrist. Extend your left leg back behind you, keeping your left foot flat on the floor.",
        adapted: false,
    },
    BuiltIn {
        id: "reclining-hand-to-big-toe",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "As you inhale, draw your right knee towards your chest, interlacing your fingers around the ball of your right foot. With each exhale, gently guide your right leg closer to your torso, aiming for a stretch that extends from the back of your thigh all the way to your buttock.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-forward-bend",
        position: Position::Floor,
        per_side: false,
        hold_secs: 45,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 8,
        steps: 4,
        cautions: 0,
        quote: "Begin by sitting on the floor with your legs extended forward. Inhale deeply, lengthening your spine. As you exhale, hinge at your hips and slowly lower your torso towards your legs.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-twist-hamstring",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: 4,
        cautions: 0,
        quote: "For instance, a seated hamstring stretch with a slight twist can engage the glutes, while a pigeon pose from yoga effectively targets both muscle groups and encourages hip mobility.",
        adapted: true,
    },
];

/// The stretches available to this user: built-ins plus their own, with what they allow.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    stretches: Vec<Stretch>,
    allowed: Vec<Position>,
    /// A set: a config may disable thousands, and every suggestion asks.
    disabled: HashSet<String>,
}

impl Catalog {
    /// The built-ins followed by `custom` (config validation has already refused clashing ids).
    pub fn new(custom: Vec<Stretch>, allowed: Vec<Position>, disabled: Vec<String>) -> Catalog {
        let mut stretches = builtin();
        stretches.extend(custom);
        Catalog {
            stretches,
            allowed,
            disabled: disabled.into_iter().collect(),
        }
    }

    /// The same catalogue with `change` made to every stretch (holds lengthened by practice,
    /// see [`super::progression`]).
    pub fn map_stretches(mut self, change: impl FnMut(&mut Stretch)) -> Catalog {
        self.stretches.iter_mut().for_each(change);
        self
    }

    /// Every stretch, enabled or not, in catalogue order.
    pub fn all(&self) -> &[Stretch] {
        &self.stretches
    }

    pub fn get(&self, id: &str) -> Option<&Stretch> {
        self.stretches.iter().find(|stretch| stretch.id == id)
    }

    /// Whether the user's config lets this stretch be suggested.
    pub fn is_enabled(&self, stretch: &Stretch) -> bool {
        self.allowed.contains(&stretch.position) && !self.disabled.contains(&stretch.id)
    }

    /// The stretches that fit the allowed positions and are not disabled, in catalogue order.
    pub fn enabled(&self) -> impl Iterator<Item = &Stretch> {
        self.stretches
            .iter()
            .filter(|stretch| self.is_enabled(stretch))
    }

    /// The next stretch to suggest after what `rotation` remembers (see [`Rotation`]).
    pub fn next(&self, rotation: &Rotation) -> Option<&Stretch> {
        let last_position = rotation
            .last
            .as_deref()
            .and_then(|id| self.get(id))
            .map(|stretch| stretch.position);
        // The positions in turn, starting after the last one's: the first with anything enabled.
        let start = last_position.map_or(Position::Chair, Position::following);
        let mut position = start;
        loop {
            if let Some(stretch) = self.next_in(position, rotation.last_of.get(&position)) {
                return Some(stretch);
            }
            position = position.following();
            if position == start {
                return None;
            }
        }
    }

    /// The enabled stretch of `position` after `last` in catalogue order, wrapping around.
    fn next_in(&self, position: Position, last: Option<&String>) -> Option<&Stretch> {
        let start = last
            .and_then(|last| self.stretches.iter().position(|s| &s.id == last))
            .map_or(0, |index| index + 1);
        let count = self.stretches.len().max(1);
        (0..self.stretches.len())
            .map(|offset| &self.stretches[(start + offset) % count])
            .find(|stretch| stretch.position == position && self.is_enabled(stretch))
    }
}

/// What the rotation remembers between suggestions: the last stretch suggested or done, and
/// the last one of each position, so each position carries on through its own stretches while
/// the positions take turns. Saved with the daemon's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    pub last: Option<String>,
    #[serde(default)]
    pub last_of: BTreeMap<Position, String>,
}

impl Rotation {
    /// A rotation that knows only the last stretch (state saved before positions took turns).
    pub fn after(last: Option<String>, catalog: &Catalog) -> Rotation {
        let mut rotation = Rotation::default();
        if let Some(stretch) = last.as_deref().and_then(|id| catalog.get(id)) {
            rotation.note(stretch);
        }
        rotation
    }

    /// Remembers that `stretch` was suggested or done.
    pub fn note(&mut self, stretch: &Stretch) {
        self.last = Some(stretch.id.clone());
        self.last_of.insert(stretch.position, stretch.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn everything() -> Catalog {
        Catalog::new(Vec::new(), Position::ALL.to_vec(), Vec::new())
    }

    fn desk() -> Catalog {
        Catalog::new(
            Vec::new(),
            vec![Position::Chair, Position::Standing],
            Vec::new(),
        )
    }

    fn stretch(id: &str) -> Stretch {
        builtin().into_iter().find(|s| s.id == id).unwrap()
    }

    /// The ids `catalog` suggests over `turns` reminders, starting afresh.
    fn suggestions(catalog: &Catalog, turns: usize) -> Vec<String> {
        let mut rotation = Rotation::default();
        (0..turns)
            .map_while(|_| {
                let next = catalog.next(&rotation)?.clone();
                rotation.note(&next);
                Some(next.id)
            })
            .collect()
    }

    #[test]
    fn built_in_ids_are_unique_and_kebab_case() {
        let stretches = builtin();
        let mut ids: Vec<&str> = stretches.iter().map(|s| s.id.as_str()).collect();
        assert!(ids.iter().all(|id| is_kebab_case(id)), "{ids:?}");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), stretches.len());
    }

    #[test]
    fn every_built_in_stretch_is_complete() {
        for stretch in builtin() {
            let id = &stretch.id;
            assert!((3..=6).contains(&stretch.steps.len()), "{id}: steps");
            assert!((30..=60).contains(&stretch.hold.as_secs()), "{id}: hold");
            assert!((10..=45).contains(&stretch.setup.as_secs()), "{id}: setup");
            assert!(
                (5..=10).contains(&stretch.come_out.as_secs()),
                "{id}: come out"
            );
            assert_eq!(stretch.switch.is_zero(), !stretch.per_side, "{id}: switch");
            assert!(!stretch.name.is_empty(), "{id}: name");
            assert!(!stretch.hold_cue_for(None).is_empty(), "{id}: hold cue");
            assert!(!stretch.release.is_empty(), "{id}: release");
            assert!(
                (10..=45).contains(&stretch.cue.chars().count()),
                "{id}: cue"
            );
            assert!(stretch.source.is_some(), "{id}: source");
        }
    }

    #[test]
    fn at_least_five_built_ins_need_no_floor_and_no_equipment() {
        let desk: Vec<Stretch> = builtin()
            .into_iter()
            .filter(|s| s.position != Position::Floor)
            .collect();
        assert!(desk.len() >= 5, "{}", desk.len());
        for stretch in &desk {
            let text = stretch.steps_for(None).join(" ").to_lowercase();
            for aid in ["strap", "towel", "belt", "block", "mat"] {
                assert!(!text.contains(aid), "{} needs a {aid}", stretch.id);
            }
        }
    }

    #[test]
    fn two_sided_stretches_name_the_working_side_and_one_sided_ones_name_none() {
        for stretch in builtin() {
            let texts = |side| {
                let mut texts = stretch.steps_for(side);
                texts.push(stretch.hold_cue_for(side));
                texts
            };
            let right = texts(Some(Side::Right));
            let named = right
                .iter()
                .zip(texts(Some(Side::Left)))
                .filter(|(right, left)| **right != *left)
                .count();
            if stretch.per_side {
                assert!(named >= 1, "{} never names the side", stretch.id);
                for side in [Side::Right, Side::Left] {
                    let steps = stretch.steps_for(Some(side)).join(" ");
                    assert!(steps.contains(&side.word()), "{}: {steps}", stretch.id);
                    assert!(!steps.contains('{'), "{}: {steps}", stretch.id);
                }
            } else {
                assert_eq!(named, 0, "{} names a side it does not have", stretch.id);
                assert_eq!(right, texts(None), "{}", stretch.id);
            }
            let vague = [
                "one ankle",
                "one leg",
                "one knee",
                "one foot",
                "the other thigh",
            ];
            for text in &right {
                for phrase in vague {
                    assert!(
                        !text.contains(phrase),
                        "{}: \"{phrase}\" in {text}",
                        stretch.id
                    );
                }
            }
        }
    }

    /// Every word of the catalogue comes through Fluent: in the long pseudo-language, which pads
    /// every text it formats with tildes, no text comes out as it was written in English.
    #[test]
    fn every_built_in_word_comes_from_fluent() {
        let texts = |stretch: &Stretch| {
            let mut texts = vec![
                stretch.name.clone(),
                stretch.cue.clone(),
                stretch.release.clone(),
            ];
            for side in [Some(Side::Right), Some(Side::Left), None] {
                texts.extend(stretch.steps_for(side));
                texts.push(stretch.hold_cue_for(side));
            }
            texts.extend(stretch.all_cautions().map(str::to_string));
            texts
        };
        let long = crate::wording::in_language(crate::wording::Tag::PseudoLong, || {
            let mut all: Vec<String> = builtin().iter().flat_map(texts).collect();
            for position in Position::ALL {
                all.extend([position.label(), position.lead()]);
            }
            all.push("sofa".parse::<Position>().unwrap_err());
            all
        });
        for text in long {
            assert!(text.contains('~'), "not from Fluent: {text}");
        }
    }

    /// Each built-in's step and caution counts match its messages: a step added to catalog.ftl
    /// but not counted here would never be shown.
    #[test]
    fn every_built_in_message_is_counted() {
        let english = crate::wording::language(crate::wording::Tag::English);
        for stretch in BUILTIN {
            let id = stretch.id;
            for (part, count) in [("step", stretch.steps), ("caution", stretch.cautions)] {
                for n in 1..=count {
                    assert!(
                        english.has(&format!("stretch-{id}-{part}-{n}")),
                        "{id} {part} {n}"
                    );
                }
                let next = format!("stretch-{id}-{part}-{}", count + 1);
                assert!(!english.has(&next), "{next} is not counted");
            }
        }
        let next = format!("caution-common-{}", COMMON_CAUTION_COUNT + 1);
        assert!(!english.has(&next), "{next} is not counted");
        let places = builtin().into_iter().map(|s| (s.id, s.position));
        assert!(builtin_places()
            .map(|(id, p)| (id.to_string(), p))
            .eq(places));
    }

    /// A custom stretch's `{side}` is filled with the side's word in the language spoken, not
    /// with English's.
    #[test]
    fn custom_side_placeholders_take_the_language_s_words() {
        use crate::wording::{in_language, Tag};
        let step = Phrase::from("Your {side} ankle on your {other} thigh. {Side} first.");
        let long = in_language(Tag::PseudoLong, || step.for_side(Some(Side::Right)));
        let right = in_language(Tag::PseudoLong, || t!("side-right"));
        let left = in_language(Tag::PseudoLong, || t!("side-left"));
        assert!(long.contains(&right) && long.contains(&left), "{long}");
        assert!(!long.contains("right"), "{long}");
        let one = in_language(Tag::PseudoLong, || step.for_side(None));
        assert!(
            one.contains(&in_language(Tag::PseudoLong, || t!("side-one"))),
            "{one}"
        );
    }

    #[test]
    fn sides_fill_in_both_ways() {
        assert_eq!(
            Side::Right.fill("Your {side} ankle on your {other} thigh. {Side} first."),
            "Your right ankle on your left thigh. Right first."
        );
        assert_eq!(Side::Left.fill("{Other} leg"), "Right leg");
        assert_eq!(Side::Left.fill("no sides here"), "no sides here");
    }

    #[test]
    fn the_figure_four_puts_the_ankle_on_the_thigh_just_above_the_knee() {
        for id in ["seated-figure-four-chair", "seated-figure-four-floor"] {
            let steps = stretch(id).steps_for(Some(Side::Right)).join(" ");
            assert!(
                steps.contains("right ankle on your left thigh, just above the knee")
                    || steps.contains("right ankle onto your left thigh, just above the knee"),
                "{id}: {steps}"
            );
        }
    }

    #[test]
    fn every_chair_stretch_starts_on_a_chair_that_cannot_roll_away() {
        for stretch in builtin().iter().filter(|s| s.position == Position::Chair) {
            let first = &stretch.steps_for(None)[0];
            assert!(first.contains("If it rolls"), "{}", stretch.id);
        }
    }

    #[test]
    fn the_twist_turns_toward_the_straight_leg_in_its_step_and_its_cue() {
        let twist = stretch("seated-twist-hamstring");
        let steps = twist.steps_for(Some(Side::Right)).join(" ");
        assert!(
            steps.contains("Turn your chest gently toward your right leg"),
            "{steps}"
        );
        assert!(twist.cue.contains("turn toward"), "{}", twist.cue);
        assert!(!steps.contains("away") && !twist.cue.contains("away"));
    }

    #[test]
    fn the_common_cautions_say_what_the_article_says() {
        let all = common_cautions().join(" ").to_lowercase();
        for needed in [
            "any pain or discomfort",
            "down the back of the leg",
            "numbness",
            "tingling",
            "sciatica",
            "pulled hamstring",
            "health professional",
            "slowly",
            "never bounce",
            "limits",
        ] {
            assert!(all.contains(needed), "\"{needed}\" missing");
        }
        let fold = stretch("standing-forward-fold");
        let cautions: Vec<&str> = fold.all_cautions().collect();
        assert_eq!(cautions[..3], common_cautions()[..]);
        assert_eq!(cautions.len(), 4);
    }

    /// The quotes are checked word for word against the article where it is at hand (in the
    /// developers' checkout beside the repository; CI has no copy, and the table in
    /// `docs/stretches.md` carries the quotes for review).
    #[test]
    fn every_quote_is_word_for_word_from_the_article() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
        let Ok(entries) = std::fs::read_dir(&folder) else {
            eprintln!(
                "the article is not at {}; quotes not checked",
                folder.display()
            );
            return;
        };
        let article: String = entries
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
            .collect();
        for stretch in builtin() {
            for part in stretch.source.unwrap().quote.split(" … ") {
                assert!(
                    article.contains(part),
                    "{}: not in the article: {part}",
                    stretch.id
                );
            }
        }
    }

    #[test]
    fn positions_read_and_print_as_in_the_config() {
        for position in Position::ALL {
            assert_eq!(position.key().parse::<Position>(), Ok(position));
        }
        assert!("sofa"
            .parse::<Position>()
            .unwrap_err()
            .contains("\"chair\""));
    }

    #[test]
    fn a_single_sided_stretch_holds_once() {
        let fold = stretch("standing-forward-fold");
        assert_eq!(
            (fold.sides(), fold.total_hold()),
            (1, Duration::from_secs(30))
        );
        assert!(fold.side_order().is_empty());
        let pigeon = stretch("pigeon-pose");
        assert_eq!(
            (pigeon.sides(), pigeon.total_hold()),
            (2, Duration::from_secs(90))
        );
        assert_eq!(pigeon.side_order(), &[Side::Right, Side::Left]);
    }

    #[test]
    fn a_desk_worker_alternates_between_chair_and_standing_and_sees_every_desk_stretch() {
        let catalog = desk();
        let shown = suggestions(&catalog, 12);
        let positions: Vec<Position> = shown
            .iter()
            .map(|id| catalog.get(id).unwrap().position)
            .collect();
        for pair in positions.windows(2) {
            assert_ne!(pair[0], pair[1], "{shown:?}");
        }
        let mut seen = shown.clone();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), catalog.enabled().count(), "{shown:?}");
    }

    #[test]
    fn a_full_day_of_desk_reminders_suggests_no_floor_stretch() {
        let catalog = desk();
        for id in suggestions(&catalog, 24) {
            assert_ne!(catalog.get(&id).unwrap().position, Position::Floor, "{id}");
        }
    }

    #[test]
    fn the_rotation_starts_on_the_chair() {
        assert_eq!(suggestions(&everything(), 1), ["seated-figure-four-chair"]);
    }

    #[test]
    fn the_rotation_skips_positions_that_are_not_allowed() {
        let floor_only = Catalog::new(Vec::new(), vec![Position::Floor], Vec::new());
        let shown = suggestions(&floor_only, 3);
        assert!(shown
            .iter()
            .all(|id| floor_only.get(id).unwrap().position == Position::Floor));
        assert_ne!(shown[0], shown[1]);
    }

    #[test]
    fn state_saved_before_positions_took_turns_carries_on_after_its_last_stretch() {
        let catalog = everything();
        let rotation = Rotation::after(Some("standing-forward-fold".into()), &catalog);
        assert_eq!(catalog.next(&rotation).unwrap().position, Position::Floor);
        let unknown = Rotation::after(Some("no-such-stretch".into()), &catalog);
        assert_eq!(unknown, Rotation::default());
    }

    #[test]
    fn a_lone_enabled_stretch_is_suggested_again() {
        let disabled = builtin()
            .into_iter()
            .map(|s| s.id)
            .filter(|id| id != "pigeon-pose")
            .collect();
        let one = Catalog::new(Vec::new(), Position::ALL.to_vec(), disabled);
        assert_eq!(suggestions(&one, 3), ["pigeon-pose"; 3]);
    }

    #[test]
    fn nothing_is_suggested_when_nothing_fits() {
        let none = Catalog::new(Vec::new(), Vec::new(), Vec::new());
        assert_eq!(none.next(&Rotation::default()), None);
    }

    #[test]
    fn custom_stretches_join_the_rotation_of_their_position() {
        let mut custom = stretch("seated-figure-four-chair");
        custom.id = "my-stretch".into();
        let catalog = Catalog::new(vec![custom], vec![Position::Chair], Vec::new());
        assert!(suggestions(&catalog, 4).contains(&"my-stretch".to_string()));
    }

    fn any_config() -> impl Strategy<Value = (Vec<Position>, Vec<String>)> {
        let ids: Vec<String> = builtin().into_iter().map(|s| s.id).collect();
        (
            proptest::sample::subsequence(Position::ALL.to_vec(), 0..=3),
            proptest::sample::subsequence(ids.clone(), 0..ids.len()),
        )
    }

    /// Any rotation state a run could have left: a few stretches noted in any order.
    fn any_rotation() -> impl Strategy<Value = Rotation> {
        let ids: Vec<String> = builtin().into_iter().map(|s| s.id).collect();
        proptest::collection::vec(proptest::sample::select(ids), 0..5).prop_map(|noted| {
            let catalog = everything();
            let mut rotation = Rotation::default();
            for id in noted {
                rotation.note(catalog.get(&id).unwrap());
            }
            rotation
        })
    }

    proptest! {
        #[test]
        fn the_same_stretch_never_comes_twice_in_a_row_when_there_is_a_choice(
            (allowed, disabled) in any_config(),
            mut rotation in any_rotation(),
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let enabled = catalog.enabled().count();
            for _ in 0..30 {
                let Some(next) = catalog.next(&rotation).cloned() else { break };
                prop_assert!(catalog.is_enabled(&next));
                if enabled >= 2 {
                    prop_assert_ne!(Some(&next.id), rotation.last.as_ref());
                }
                rotation.note(&next);
            }
        }

        #[test]
        fn the_floor_never_comes_twice_in_a_row_while_another_position_has_a_stretch(
            (allowed, disabled) in any_config(),
            mut rotation in any_rotation(),
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let other = catalog.enabled().any(|s| s.position != Position::Floor);
            let mut last_position = None;
            for _ in 0..30 {
                let Some(next) = catalog.next(&rotation).cloned() else { break };
                if other && last_position == Some(Position::Floor) {
                    prop_assert_ne!(next.position, Position::Floor);
                }
                last_position = Some(next.position);
                rotation.note(&next);
            }
        }

        #[test]
        fn every_enabled_stretch_comes_round(
            (allowed, disabled) in any_config(),
            mut rotation in any_rotation(),
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let enabled = catalog.enabled().count();
            let mut seen = std::collections::BTreeSet::new();
            for _ in 0..enabled * Position::ALL.len() {
                let Some(next) = catalog.next(&rotation).cloned() else { break };
                seen.insert(next.id.clone());
                rotation.note(&next);
            }
            prop_assert_eq!(seen.len(), enabled);
        }
    }
}
