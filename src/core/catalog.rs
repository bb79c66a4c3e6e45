//! The stretch catalogue: what a stretch is, the built-in ones, and which one comes next.
//!
//! Every built-in stretch works the place where the hamstrings meet the glutes, the spot that
//! tightens most from long sitting. They differ in where they can be done (on a chair, standing,
//! on the floor), so a user who can only stretch at the desk still gets real variety.
//!
//! The rotation is deterministic: given the last stretch suggested, the next is the following
//! enabled one in catalogue order, so two runs with the same history suggest the same thing, and
//! the same stretch never comes twice in a row while there is any other to offer.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Where a stretch can be done. Users list the positions their workplace allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    Chair,
    Standing,
    Floor,
}

impl Position {
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

/// One stretch, built in or defined by the user in the config file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stretch {
    /// Stable kebab-case identifier, used in the config, the CLI and history.
    pub id: String,
    pub name: String,
    pub position: Position,
    /// Done once per side (left and right) rather than once.
    pub per_side: bool,
    /// How long to hold, per side when `per_side`.
    pub hold: Duration,
    /// Three to six short instructions, in order.
    pub steps: Vec<String>,
    /// One line for the reminder notification.
    pub cue: String,
    pub cautions: Vec<String>,
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

    /// Holding time over all sides.
    pub fn total_hold(&self) -> Duration {
        self.hold * self.sides()
    }
}

/// The two cautions every stretch carries.
pub const COMMON_CAUTIONS: [&str; 2] = [
    "Stop at once if you feel a sharp pain.",
    "Numbness or tingling is a sign to stop and see a health professional.",
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

/// The built-in stretches, in rotation order: positions alternate so a user who allows all of
/// them moves between chair, standing and floor.
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
    steps: &'static [&'static str],
    cue: &'static str,
    extra_caution: Option<&'static str>,
}

impl BuiltIn {
    fn to_stretch(&self) -> Stretch {
        Stretch {
            id: self.id.to_string(),
            name: self.name.to_string(),
            position: self.position,
            per_side: self.per_side,
            hold: Duration::from_secs(self.hold_secs),
            steps: self.steps.iter().map(|step| step.to_string()).collect(),
            cue: self.cue.to_string(),
            cautions: COMMON_CAUTIONS
                .iter()
                .copied()
                .chain(self.extra_caution)
                .map(str::to_string)
                .collect(),
        }
    }
}

const BUILTIN: &[BuiltIn] = &[
    BuiltIn {
        id: "seated-figure-four-chair",
        name: "Seated figure four (chair)",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Sit tall on the front half of your chair, both feet flat.",
            "Rest one ankle on the opposite knee, so your legs make a 4.",
            "Keep your back long and hinge forward from the hips.",
            "Stop where you feel a gentle pull deep in the back of the hip.",
            "Breathe slowly and let the hip soften a little on each breath out.",
        ],
        cue: "rest one ankle on the other knee and hinge forward from the hips",
        extra_caution: None,
    },
    BuiltIn {
        id: "standing-forward-fold",
        name: "Standing forward fold",
        position: Position::Standing,
        per_side: false,
        hold_secs: 30,
        steps: &[
            "Stand with your feet hip-width apart.",
            "Send your hips back and fold forward from the hips, reaching toward your toes.",
            "Keep your knees soft; bend them more if the backs of your legs strain.",
            "Lengthen your spine and let your chest draw toward your thighs.",
            "Breathe deeply, then roll up slowly, head last.",
        ],
        cue: "feet hip-width apart, send the hips back and fold forward with soft knees",
        extra_caution: Some("Rise slowly if you tend to feel light-headed."),
    },
    BuiltIn {
        id: "lying-hamstring-strap",
        name: "Lying hamstring stretch with a strap",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Lie on your back, one knee bent with its foot flat on the floor.",
            "Loop a strap or towel around the sole of the other foot.",
            "Raise that leg and draw it gently toward your chest, keeping it as straight as you can.",
            "Ease in until you feel the stretch where the thigh meets the buttock; never bounce.",
            "Breathe deeply and keep your head and shoulders relaxed on the floor.",
        ],
        cue: "lie on your back and draw one straight leg up with a strap or towel",
        extra_caution: None,
    },
    BuiltIn {
        id: "chair-hamstring-turnout",
        name: "Edge-of-chair hamstring stretch",
        position: Position::Chair,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Sit on the front edge of your chair.",
            "Stretch one leg out in front, heel on the floor, and turn that leg slightly outward.",
            "Keep your back straight and lean forward from the hips.",
            "Stop at a gentle stretch behind the thigh, right up under the buttock.",
            "Breathe slowly; do not round your back to reach further.",
        ],
        cue: "one heel forward with the leg turned out, then lean in from the hips",
        extra_caution: None,
    },
    BuiltIn {
        id: "seated-figure-four-floor",
        name: "Seated figure four (floor)",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Sit on the floor with both legs stretched out in front of you.",
            "Bend one knee and rest that ankle on the other thigh, just above the knee.",
            "Keep your back straight and your belly lightly engaged.",
            "Lean forward from the hips until the back of the hip and thigh feel a gentle pull.",
            "Breathe deeply and let the hip release as you hold.",
        ],
        cue: "on the floor, cross one ankle over the other thigh and lean forward",
        extra_caution: None,
    },
    BuiltIn {
        id: "seated-hamstring-turnout",
        name: "Seated hamstring stretch, leg turned out",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Sit on the floor with your legs out in front of you.",
            "Turn the leg you are stretching slightly outward from the hip.",
            "Lean forward from the hips with a straight back and reach toward your toes.",
            "Feel the stretch at the top of the back of the thigh, where it meets the glute.",
            "Breathe deeply; ease in, never bounce.",
        ],
        cue: "sit with legs long, turn one leg out and reach toward its toes",
        extra_caution: None,
    },
    BuiltIn {
        id: "pigeon-pose",
        name: "Pigeon pose",
        position: Position::Floor,
        per_side: true,
        hold_secs: 45,
        steps: &[
            "Start on your hands and knees.",
            "Bring one knee forward behind the wrist on the same side.",
            "Slide the other leg straight back, its foot pointing behind you.",
            "Square your hips to the front as far as is comfortable.",
            "For more, walk your hands forward and lower your chest toward the floor.",
            "Breathe deeply and let the hip sink a little with each breath out.",
        ],
        cue: "front shin under the hips, back leg long, then fold forward if you like",
        extra_caution: Some("Pad the front knee, and skip this one if that knee hurts."),
    },
    BuiltIn {
        id: "reclining-hand-to-big-toe",
        name: "Reclining hand-to-big-toe",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Lie on your back with both legs long.",
            "Breathing in, draw one knee toward your chest.",
            "Hold the ball of that foot with your hands, or a strap if you cannot reach.",
            "Breathing out, straighten the leg and guide it gently toward you.",
            "Feel the stretch from the back of the thigh into the buttock, and keep breathing.",
        ],
        cue: "on your back, hold one foot and guide the straight leg toward you",
        extra_caution: None,
    },
    BuiltIn {
        id: "seated-forward-bend",
        name: "Seated forward bend",
        position: Position::Floor,
        per_side: false,
        hold_secs: 45,
        steps: &[
            "Sit on the floor with both legs straight out in front.",
            "Breathe in and lengthen your spine.",
            "Breathe out and hinge at the hips, lowering your chest toward your legs.",
            "Keep your back straight; reach forward rather than rounding down.",
            "Hold and breathe, letting the backs of the legs release.",
        ],
        cue: "legs straight out in front, hinge at the hips with a long back",
        extra_caution: None,
    },
    BuiltIn {
        id: "seated-twist-hamstring",
        name: "Seated hamstring stretch with a twist",
        position: Position::Floor,
        per_side: true,
        hold_secs: 30,
        steps: &[
            "Sit on the floor with one leg out straight and the other bent, its foot by the inner thigh.",
            "Sit tall, then lean forward from the hips over the straight leg.",
            "Turn your chest gently toward the bent knee to bring in the glute.",
            "Keep the twist small and the back long.",
            "Breathe slowly, easing deeper only as the muscles let go.",
        ],
        cue: "one leg long, lean over it and turn the chest gently away",
        extra_caution: None,
    },
];

/// The stretches available to this user: built-ins plus their own, with what they allow.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    stretches: Vec<Stretch>,
    allowed: Vec<Position>,
    disabled: Vec<String>,
}

impl Catalog {
    /// The built-ins followed by `custom` (config validation has already refused clashing ids).
    pub fn new(custom: Vec<Stretch>, allowed: Vec<Position>, disabled: Vec<String>) -> Catalog {
        let mut stretches = builtin();
        stretches.extend(custom);
        Catalog {
            stretches,
            allowed,
            disabled,
        }
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

    /// The next stretch to suggest after `last`: the following enabled one in catalogue order,
    /// wrapping around. It is `last` again only when nothing else is enabled.
    pub fn next_after(&self, last: Option<&str>) -> Option<&Stretch> {
        let start = last
            .and_then(|last| self.stretches.iter().position(|stretch| stretch.id == last))
            .map_or(0, |index| index + 1);
        let count = self.stretches.len();
        (0..count)
            .map(|offset| &self.stretches[(start + offset) % count.max(1)])
            .find(|stretch| self.is_enabled(stretch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn everything() -> Catalog {
        Catalog::new(Vec::new(), Position::ALL.to_vec(), Vec::new())
    }

    #[test]
    fn there_are_at_least_eight_built_in_stretches_with_unique_kebab_case_ids() {
        let stretches = builtin();
        assert!(stretches.len() >= 8);
        let mut ids: Vec<&str> = stretches.iter().map(|s| s.id.as_str()).collect();
        assert!(ids.iter().all(|id| is_kebab_case(id)), "{ids:?}");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), stretches.len());
    }

    #[test]
    fn every_built_in_stretch_is_complete() {
        for stretch in builtin() {
            assert!(
                (3..=6).contains(&stretch.steps.len()),
                "{}: steps",
                stretch.id
            );
            assert!(
                (30..=60).contains(&stretch.hold.as_secs()),
                "{}: hold",
                stretch.id
            );
            assert!(
                !stretch.cue.is_empty() && stretch.cue.len() <= 90,
                "{}: cue",
                stretch.id
            );
            assert!(!stretch.name.is_empty(), "{}: name", stretch.id);
            for caution in COMMON_CAUTIONS {
                assert!(
                    stretch.cautions.iter().any(|c| c == caution),
                    "{}: cautions",
                    stretch.id
                );
            }
        }
    }

    #[test]
    fn every_position_has_a_stretch() {
        for position in Position::ALL {
            assert!(
                builtin().iter().any(|s| s.position == position),
                "{position}"
            );
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
        let fold = everything().get("standing-forward-fold").cloned().unwrap();
        assert_eq!(
            (fold.sides(), fold.total_hold()),
            (1, Duration::from_secs(30))
        );
        let pigeon = everything().get("pigeon-pose").cloned().unwrap();
        assert_eq!(
            (pigeon.sides(), pigeon.total_hold()),
            (2, Duration::from_secs(90))
        );
    }

    #[test]
    fn the_rotation_starts_at_the_first_enabled_stretch() {
        assert_eq!(everything().next_after(None).unwrap().id, builtin()[0].id);
        assert_eq!(
            everything().next_after(Some("no-such-stretch")).unwrap().id,
            builtin()[0].id
        );
    }

    #[test]
    fn the_rotation_skips_positions_that_are_not_allowed() {
        let chair_only = Catalog::new(Vec::new(), vec![Position::Chair], Vec::new());
        let first = chair_only.next_after(None).unwrap();
        let second = chair_only.next_after(Some(&first.id)).unwrap();
        assert_eq!(first.position, Position::Chair);
        assert_eq!(second.position, Position::Chair);
        assert_ne!(first.id, second.id);
    }

    #[test]
    fn a_lone_enabled_stretch_is_suggested_again() {
        let disabled = builtin()
            .into_iter()
            .map(|s| s.id)
            .filter(|id| id != "pigeon-pose")
            .collect();
        let one = Catalog::new(Vec::new(), Position::ALL.to_vec(), disabled);
        assert_eq!(
            one.next_after(Some("pigeon-pose")).unwrap().id,
            "pigeon-pose"
        );
    }

    #[test]
    fn nothing_is_suggested_when_nothing_fits() {
        let none = Catalog::new(Vec::new(), Vec::new(), Vec::new());
        assert_eq!(none.next_after(None), None);
    }

    #[test]
    fn custom_stretches_join_the_rotation_after_the_built_ins() {
        let mut custom = builtin()[0].clone();
        custom.id = "my-stretch".into();
        let catalog = Catalog::new(vec![custom], Position::ALL.to_vec(), Vec::new());
        let last_builtin = builtin().last().unwrap().id.clone();
        assert_eq!(
            catalog.next_after(Some(&last_builtin)).unwrap().id,
            "my-stretch"
        );
    }

    fn any_config() -> impl Strategy<Value = (Vec<Position>, Vec<String>)> {
        let ids: Vec<String> = builtin().into_iter().map(|s| s.id).collect();
        (
            proptest::sample::subsequence(Position::ALL.to_vec(), 0..=3),
            proptest::sample::subsequence(ids.clone(), 0..ids.len()),
        )
    }

    proptest! {
        #[test]
        fn the_same_stretch_never_comes_twice_in_a_row_when_there_is_a_choice(
            (allowed, disabled) in any_config(),
            start in 0usize..10,
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let enabled = catalog.enabled().count();
            let mut last = catalog.all().get(start).map(|s| s.id.clone());
            for _ in 0..25 {
                let next = catalog.next_after(last.as_deref()).map(|s| s.id.clone());
                if enabled >= 2 {
                    prop_assert_ne!(&next, &last);
                }
                last = next;
            }
        }

        #[test]
        fn a_full_rotation_visits_every_enabled_stretch_once(
            (allowed, disabled) in any_config(),
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let enabled: Vec<String> = catalog.enabled().map(|s| s.id.clone()).collect();
            let mut seen = Vec::new();
            let mut last: Option<String> = None;
            for _ in 0..enabled.len() {
                let next = catalog.next_after(last.as_deref()).unwrap().id.clone();
                seen.push(next.clone());
                last = Some(next);
            }
            seen.sort();
            let mut expected = enabled.clone();
            expected.sort();
            prop_assert_eq!(seen, expected);
        }

        #[test]
        fn suggestions_are_always_enabled_and_deterministic(
            (allowed, disabled) in any_config(),
            last in proptest::option::of(0usize..12),
        ) {
            let catalog = Catalog::new(Vec::new(), allowed, disabled);
            let last = last.and_then(|i| catalog.all().get(i)).map(|s| s.id.clone());
            let first = catalog.next_after(last.as_deref());
            prop_assert_eq!(first, catalog.next_after(last.as_deref()));
            if let Some(stretch) = first {
                prop_assert!(catalog.is_enabled(stretch));
            }
        }
    }
}
