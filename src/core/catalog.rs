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
//! name the working side with `{side}` and the other with `{other}` ([`Side::fill`]), so the
//! window can say "Rest your right ankle on your left thigh" rather than "one ankle".
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
    pub fn label(self) -> &'static str {
        match self {
            Position::Chair => "on a chair",
            Position::Standing => "standing",
            Position::Floor => "on the floor",
        }
    }

    /// How a reminder opens, so the user knows at once whether they can do it where they are:
    /// "On your chair", "Standing", "On the floor".
    pub fn lead(self) -> &'static str {
        match self {
            Position::Chair => "On your chair",
            Position::Standing => "Standing",
            Position::Floor => "On the floor",
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
            .ok_or_else(|| {
                format!(
                    "unknown position \"{text}\": expected \"chair\", \"standing\" or \"floor\""
                )
            })
    }
}

/// Which side works in a two-sided stretch. The right side always comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Right,
    Left,
}

impl Side {
    /// "right", "left".
    pub fn word(self) -> &'static str {
        match self {
            Side::Right => "right",
            Side::Left => "left",
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Right => Side::Left,
            Side::Left => Side::Right,
        }
    }

    /// `text` with `{side}` and `{other}` (or `{Side}` and `{Other}`, capitalised) replaced by
    /// this side and the other. Text without placeholders comes back as it was.
    pub fn fill(self, text: &str) -> String {
        text.replace("{side}", self.word())
            .replace("{other}", self.other().word())
            .replace("{Side}", &capitalised(self.word()))
            .replace("{Other}", &capitalised(self.other().word()))
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
    /// How to get into position, in order; may name the side (see [`Side::fill`]).
    pub steps: Vec<String>,
    /// What to do while holding.
    pub hold_cue: String,
    /// How to come out of the stretch, slowly.
    pub release: String,
    /// One short phrase for the reminder notification, after the name.
    pub cue: String,
    /// This stretch's own cautions; [`COMMON_CAUTIONS`] go with every stretch as well.
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
        self.steps.iter().map(|step| fill(step, side)).collect()
    }

    /// The hold cue with the side named.
    pub fn hold_cue_for(&self, side: Option<Side>) -> String {
        fill(&self.hold_cue, side)
    }

    /// Every caution to show with this stretch: the common ones first, then its own.
    pub fn all_cautions(&self) -> impl Iterator<Item = &str> {
        COMMON_CAUTIONS
            .iter()
            .copied()
            .chain(self.cautions.iter().map(String::as_str))
    }
}

/// `text` with the side named, or with "{side}" words read as "one"/"the other" when there is
/// no side (a one-sided stretch whose text names one anyway stays readable).
fn fill(text: &str, side: Option<Side>) -> String {
    match side {
        Some(side) => side.fill(text),
        None => text
            .replace("{side}", "one")
            .replace("{other}", "the other")
            .replace("{Side}", "One")
            .replace("{Other}", "The other"),
    }
}

/// The cautions every stretch carries, as the article gives them: stop on any pain or
/// discomfort; pain down the leg, numbness or tingling needs a professional; slowly, without
/// bouncing, and never past your limits. The window always shows all three, whole.
pub const COMMON_CAUTIONS: [&str; 3] = [
    "Stop at once if you feel any pain or discomfort: a stretch should feel like a gentle pull, never pain.",
    "Pain that runs down the back of the leg, numbness or tingling can mean sciatica or a pulled hamstring: stop and see a health professional.",
    "Move slowly, never bounce, and never push past your limits.",
];

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

/// The built-in stretches, in catalogue order (desk stretches first).
pub fn builtin() -> Vec<Stretch> {
    BUILTIN.iter().map(BuiltIn::to_stretch).collect()
}

/// A built-in stretch as static text.
struct BuiltIn {
    id: &'static str,
    name: &'static str,
    position: Position,
    per_side: bool,
    hold_secs: u64,
    /// Seconds to get into position; `None` takes the position's default.
    setup_secs: Option<u64>,
    switch_secs: Option<u64>,
    come_out_secs: u64,
    steps: &'static [&'static str],
    hold_cue: &'static str,
    release: &'static str,
    cue: &'static str,
    cautions: &'static [&'static str],
    quote: &'static str,
    adapted: bool,
}

impl BuiltIn {
    fn to_stretch(&self) -> Stretch {
        Stretch {
            id: self.id.to_string(),
            name: self.name.to_string(),
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
            steps: self.steps.iter().map(|step| step.to_string()).collect(),
            hold_cue: self.hold_cue.to_string(),
            release: self.release.to_string(),
            cue: self.cue.to_string(),
            cautions: self.cautions.iter().map(|c| c.to_string()).collect(),
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
        name: "Seated figure four",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Sit tall on the front half of your chair, both feet flat. If it rolls, set it against the desk first.",
            "Lift your {side} ankle onto your {other} thigh, just above the knee, and let the {side} knee drop out to the side.",
            "Keep your back straight and your belly lightly engaged.",
            "Lean forward slowly from the hips until you feel a gentle pull deep in your {side} buttock.",
        ],
        hold_cue: "Stay where the pull is gentle, back long, and let your {side} hip soften each time you breathe out.",
        release: "Sit up slowly and lower your foot to the floor.",
        cue: "ankle over the other thigh, then lean in",
        cautions: &[],
        quote: "Next, bend your right knee and place your right ankle on your left thigh, just above your knee. … You can even do this stretch at your desk to break up long periods of inactivity.",
        adapted: true,
    },
    BuiltIn {
        id: "standing-forward-fold",
        name: "Standing forward fold",
        position: Position::Standing,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 8,
        steps: &[
            "Stand with your feet hip-width apart and room in front of you, knees soft.",
            "Send your hips back and fold slowly forward from the hips, reaching toward your toes.",
            "Bend your knees a little more if the backs of your legs strain.",
            "Lengthen your spine and let your chest draw toward your thighs.",
        ],
        hold_cue: "Let your head and arms hang, keep your knees soft, and breathe deeply into the backs of your thighs.",
        release: "Bend your knees a little and roll up slowly, your head coming up last.",
        cue: "fold from the hips with soft knees",
        cautions: &["Come up slowly if you tend to feel light-headed."],
        quote: "Stand with your feet hip-width apart and slowly bend forward from the hips, reaching towards your toes. If you feel tightness in the back of your legs, slightly bend your knees to alleviate any strain.",
        adapted: false,
    },
    BuiltIn {
        id: "chair-hamstring-turnout",
        name: "Edge-of-chair hamstring stretch",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Sit on the front edge of your chair, both feet flat. If it rolls, set it against the desk first.",
            "Slide your {side} leg out in front, heel on the floor and toes up, and turn it slightly outward from the hip.",
            "Keep your {other} foot flat and rest your hands on your {other} thigh.",
            "With a straight back, lean forward from the hips until you feel a gentle stretch high behind your {side} thigh.",
        ],
        hold_cue: "Keep your back straight rather than reaching further, and breathe slowly.",
        release: "Sit up slowly and draw your foot back in.",
        cue: "heel out, leg turned out, lean in",
        cautions: &[],
        quote: "Now, here’s the key: rotate the leg you want to stretch slightly outward. This external rotation targets the proximal hamstring more effectively.",
        adapted: true,
    },
    BuiltIn {
        id: "desk-supported-hip-hinge",
        name: "Desk-supported hip hinge",
        position: Position::Standing,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Stand facing your desk, about an arm's length away, and rest both hands on its edge.",
            "Set your feet hip-width apart, knees soft.",
            "Walk your hips back and hinge forward from the hips until your arms are straight and your back is long and level.",
            "Stop where you feel a gentle pull behind both thighs, up under the buttocks.",
        ],
        hold_cue: "Rest your hands lightly on the desk, reach long from hips to head, and breathe slowly.",
        release: "Walk your feet in toward the desk and rise slowly.",
        cue: "hands on the desk, hips back, back level",
        cautions: &["Lean only on a desk or counter that will not slide or tip."],
        quote: "To target the proximal hamstring tendon, focus on lengthening your spine and drawing your chest towards your thighs.",
        adapted: true,
    },
    BuiltIn {
        id: "chair-forward-bend",
        name: "Chair forward bend",
        position: Position::Chair,
        per_side: false,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Sit on the front edge of your chair. If it rolls, set it against the desk first.",
            "Stretch both legs out in front, heels on the floor and toes up, knees straight but not locked.",
            "Breathe in and sit tall.",
            "Breathe out and hinge forward from the hips, sliding your hands down your shins, back straight.",
        ],
        hold_cue: "Reach forward with your chest rather than rounding down, and breathe into the backs of your legs.",
        release: "Sit up slowly and bring your feet back under you.",
        cue: "legs out, heels down, hinge forward",
        cautions: &[],
        quote: "As you exhale, hinge at your hips and slowly lower your torso towards your legs. The key here is to focus on maintaining a straight back, reaching forward from your hip flexors rather than rounding your spine.",
        adapted: true,
    },
    BuiltIn {
        id: "standing-heel-forward-hinge",
        name: "Standing heel-forward hinge",
        position: Position::Standing,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: Some(10),
        come_out_secs: 5,
        steps: &[
            "Stand tall beside your desk, hands on your hips; touch the desk if you need it for balance.",
            "Step your {side} foot half a step forward, heel down and toes lifted, the knee straight but not locked.",
            "Bend your {other} knee a little and rest your hands on your {other} thigh.",
            "Send your hips back and hinge forward with a long back until you feel a gentle pull behind your {side} thigh.",
        ],
        hold_cue: "Keep your back long and your weight on your {other} leg, and breathe slowly.",
        release: "Rise slowly and bring your feet together.",
        cue: "one heel forward, toes up, hinge",
        cautions: &[],
        quote: "Stand with your feet hip-width apart and slowly bend forward from the hips, reaching towards your toes. If you feel tightness in the back of your legs, slightly bend your knees to alleviate any strain.",
        adapted: true,
    },
    BuiltIn {
        id: "lying-hamstring-strap",
        name: "Lying hamstring stretch",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Lie on your back with both knees bent and your feet flat on the floor.",
            "Lift your {side} leg and hold it behind the thigh with both hands; a towel or belt around the foot works too.",
            "Straighten your {side} leg as far as is comfortable and draw it gently toward your chest.",
            "Keep your {other} foot flat, and your head and shoulders relaxed on the floor.",
        ],
        hold_cue: "Ease in until you feel the stretch where your {side} thigh meets the buttock, and breathe deeply.",
        release: "Bend the knee and lower your foot slowly to the floor.",
        cue: "on your back, draw one straight leg up",
        cautions: &[],
        quote: "One such stretch involves lying on your back with one knee bent and the foot flat on the floor. Gently pull the other leg towards your chest, keeping it as straight as possible.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-figure-four-floor",
        name: "Seated figure four",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Sit on the floor with both legs stretched out in front of you.",
            "Bend your {side} knee and rest your {side} ankle on your {other} thigh, just above the knee.",
            "Sit tall, back straight and belly lightly engaged.",
            "Lean forward slowly from the hips until you feel a gentle pull in your {side} buttock and the back of the thigh.",
        ],
        hold_cue: "Keep your back straight and let your {side} hip release a little each time you breathe out.",
        release: "Sit up slowly and stretch the leg out again.",
        cue: "ankle over the other thigh, then lean in",
        cautions: &[],
        quote: "Next, bend your right knee and place your right ankle on your left thigh, just above your knee. Keep your back straight and your core engaged throughout the stretch.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-hamstring-turnout",
        name: "Seated hamstring stretch, leg turned out",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: Some(15),
        come_out_secs: 5,
        steps: &[
            "Sit on the floor with both legs stretched out in front of you.",
            "Turn your {side} leg slightly outward from the hip, so its toes point out a little.",
            "Sit tall, then lean forward from the hips with a straight back, reaching toward your {side} toes.",
            "Stop where you feel a gentle stretch at the top of the back of your {side} thigh.",
        ],
        hold_cue: "Breathe deeply and ease in a little each time you breathe out.",
        release: "Sit up slowly.",
        cue: "reach toward its toes",
        cautions: &[],
        quote: "Now, here’s the key: rotate the leg you want to stretch slightly outward. This external rotation targets the proximal hamstring more effectively.",
        adapted: false,
    },
    BuiltIn {
        id: "pigeon-pose",
        name: "Pigeon pose",
        position: Position::Floor,
        per_side: true,
        hold_secs: 45,
        setup_secs: Some(45),
        switch_secs: Some(30),
        come_out_secs: 10,
        steps: &[
            "Start on your hands and knees, on a mat or rug.",
            "Bring your {side} knee forward behind your {side} wrist, the shin angled across under you.",
            "Slide your {other} leg straight back, the top of the foot flat on the floor.",
            "Square your hips to the front as far as is comfortable, hands under your shoulders.",
            "If the stretch is strong, stay here; for more, walk your hands forward and lower your chest.",
        ],
        hold_cue: "Breathe deeply and let your {side} hip sink a little each time you breathe out.",
        release: "Press up through your hands, tuck your back toes and come slowly back onto hands and knees.",
        cue: "front shin under you, back leg long",
        cautions: &["Pad your front knee, and leave this one out if that knee hurts."],
        quote: "Start on your hands and knees, then bring your right knee forward and position it behind your right wrist. Extend your left leg back behind you, keeping your left foot flat on the floor.",
        adapted: false,
    },
    BuiltIn {
        id: "reclining-hand-to-big-toe",
        name: "Reclining hand-to-big-toe",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Lie on your back with both legs long.",
            "Breathing in, draw your {side} knee toward your chest.",
            "Hold the ball of your {side} foot with your hands, or loop a towel or belt around it if you cannot reach.",
            "Breathing out, straighten your {side} leg upward and guide it gently toward you; your {other} leg stays long on the floor.",
        ],
        hold_cue: "Feel the stretch from the back of the thigh into the buttock, and let the leg come a little closer each time you breathe out.",
        release: "Bend the knee and lower your foot slowly to the floor.",
        cue: "on your back, hold one foot, straighten up",
        cautions: &[],
        quote: "As you inhale, draw your right knee towards your chest, interlacing your fingers around the ball of your right foot. With each exhale, gently guide your right leg closer to your torso, aiming for a stretch that extends from the back of your thigh all the way to your buttock.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-forward-bend",
        name: "Seated forward bend",
        position: Position::Floor,
        per_side: false,
        hold_secs: 45,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 8,
        steps: &[
            "Sit on the floor with both legs straight out in front of you.",
            "Breathe in and lengthen your spine.",
            "Breathe out and hinge at the hips, lowering your chest toward your legs.",
            "Reach forward with a straight back rather than rounding down; rest your hands on your shins or feet.",
        ],
        hold_cue: "Breathe deeply and let the backs of your legs release.",
        release: "Sit up slowly, leading with your chest.",
        cue: "legs out, hinge forward, back long",
        cautions: &[],
        quote: "Begin by sitting on the floor with your legs extended forward. Inhale deeply, lengthening your spine. As you exhale, hinge at your hips and slowly lower your torso towards your legs.",
        adapted: false,
    },
    BuiltIn {
        id: "seated-twist-hamstring",
        name: "Seated hamstring twist",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        setup_secs: None,
        switch_secs: None,
        come_out_secs: 5,
        steps: &[
            "Sit on the floor with your {side} leg out straight and your {other} knee bent, its sole against your {side} inner thigh.",
            "Sit tall, then lean forward from the hips over your {side} leg.",
            "Turn your chest gently toward your {side} leg and reach your {other} hand to the outside of your {side} shin or foot.",
            "Rest your {side} hand on the floor beside your hip.",
        ],
        hold_cue: "Keep the twist small and your back long; ease deeper only as the muscles let go.",
        release: "Turn back to the front, then sit up slowly.",
        cue: "lean over the long leg, turn toward it",
        cautions: &[],
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
            assert!(!stretch.hold_cue.is_empty(), "{id}: hold cue");
            assert!(!stretch.release.is_empty(), "{id}: release");
            assert!((10..=45).contains(&stretch.cue.len()), "{id}: cue");
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
            let text = stretch.steps.join(" ").to_lowercase();
            for aid in ["strap", "towel", "belt", "block", "mat"] {
                assert!(!text.contains(aid), "{} needs a {aid}", stretch.id);
            }
        }
    }

    #[test]
    fn two_sided_stretches_name_the_working_side_and_one_sided_ones_name_none() {
        for stretch in builtin() {
            let texts = || stretch.steps.iter().chain([&stretch.hold_cue]);
            let named = texts().filter(|text| text.contains("{side}")).count();
            if stretch.per_side {
                assert!(named >= 1, "{} never names the side", stretch.id);
                for side in [Side::Right, Side::Left] {
                    let steps = stretch.steps_for(Some(side)).join(" ");
                    assert!(steps.contains(side.word()), "{}: {steps}", stretch.id);
                    assert!(!steps.contains('{'), "{}: {steps}", stretch.id);
                }
            } else {
                assert_eq!(named, 0, "{} names a side it does not have", stretch.id);
            }
            let vague = [
                "one ankle",
                "one leg",
                "one knee",
                "one foot",
                "the other thigh",
            ];
            for text in texts() {
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
            assert!(stretch.steps[0].contains("If it rolls"), "{}", stretch.id);
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
        let all = COMMON_CAUTIONS.join(" ").to_lowercase();
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
        assert_eq!(&cautions[..3], &COMMON_CAUTIONS[..]);
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
