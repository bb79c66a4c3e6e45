//! The figure: a small 3D skeleton, its joint angles ([`Pose`]), where those put every joint
//! (forward kinematics, [`Pose::skeleton`]) and the angles that put a hand or a foot on a chosen
//! spot (two-bone inverse kinematics, [`reach`]), which is how the key poses place hands on
//! thighs and an ankle on the other knee without hand-tuned numbers.
//!
//! Joint angles are anatomical, in degrees, measured from standing tall with arms by the sides:
//! hip flexion raises the thigh forward, abduction takes it out to the side, external rotation
//! turns the knee and toes outward; knee flexion bends the shank back; ankle flexion lifts the
//! toes (dorsiflexion; negative points them). The right side is the working side in every picture.

use super::geometry::{angle_between, Rotation, Vec3};
use super::picture::Scene;

/// The figure's proportions, in centimetres: an adult of about 170 cm.
pub mod body {
    pub const THIGH: f32 = 42.0;
    pub const SHANK: f32 = 41.0;
    /// Ankle to the tip of the toes (the stroke's round cap adds the rest of the foot).
    pub const FOOT: f32 = 15.0;
    /// Ankle to the ball of the foot, where hands or a strap hold it.
    pub const BALL_OF_FOOT: f32 = 12.0;
    /// How high the ankle joint is when the foot stands flat.
    pub const ANKLE_HEIGHT: f32 = 5.0;
    pub const HIP_HALF_WIDTH: f32 = 8.5;
    /// Pelvis centre to the waist, and the waist to the base of the neck.
    pub const LUMBAR: f32 = 22.0;
    pub const THORAX: f32 = 26.0;
    /// The base of the neck to the centre of the head.
    pub const NECK: f32 = 19.0;
    pub const HEAD_RADIUS: f32 = 10.0;
    pub const SHOULDER_HALF_WIDTH: f32 = 13.0;
    pub const UPPER_ARM: f32 = 29.0;
    /// The elbow to the middle of the hand.
    pub const FOREARM: f32 = 32.0;
    /// Stroke widths: arms and legs, the trunk.
    pub const LIMB_WIDTH: f32 = 10.0;
    pub const TORSO_WIDTH: f32 = 16.0;
}

/// A side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Right, Side::Left];

    /// Which way this side lies along z: +1 for the right, -1 for the left.
    pub fn sign(self) -> f32 {
        match self {
            Side::Right => 1.0,
            Side::Left => -1.0,
        }
    }

    /// Index into `[right, left]` arrays.
    pub fn index(self) -> usize {
        match self {
            Side::Right => 0,
            Side::Left => 1,
        }
    }
}

/// One leg's joint angles, in degrees.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Leg {
    pub hip_flexion: f32,
    pub hip_abduction: f32,
    /// External (outward) rotation of the hip; negative turns the leg in.
    pub hip_rotation: f32,
    pub knee_flexion: f32,
    /// Dorsiflexion: positive lifts the toes toward the shin, negative points them.
    pub ankle_flexion: f32,
}

/// One arm's joint angles, in degrees.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Arm {
    /// Raising the arm forward.
    pub shoulder_flexion: f32,
    /// Raising the arm out to the side.
    pub shoulder_abduction: f32,
    /// External rotation about the upper arm, which decides where the forearm points.
    pub shoulder_rotation: f32,
    pub elbow_flexion: f32,
}

/// A whole body position: joint angles, where the pelvis is, and the scene it is drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct Pose {
    /// The pelvis centre, midway between the hip joints, in cm (y is height above the floor).
    pub pelvis: Vec3,
    /// Forward tilt of the pelvis, the hinge at the hips: 0 upright, 90 trunk level and face
    /// down (on hands and knees), -90 lying on the back.
    pub pelvis_tilt: f32,
    /// Rounding of the spine itself, on top of the pelvis tilt; a long back keeps it small.
    pub spine_flexion: f32,
    /// Rotation of the chest over the pelvis, toward the right positive.
    pub spine_twist: f32,
    /// Chin toward the chest positive.
    pub neck_flexion: f32,
    /// `[right, left]`.
    pub legs: [Leg; 2],
    /// `[right, left]`.
    pub arms: [Arm; 2],
    /// How strongly the back of each hip is stretched, `[right, left]`: 0 not at all (no
    /// highlight), 1 as in the hold.
    pub stretched: [f32; 2],
    /// How much of the strap from both hands to the right foot shows, 0 to 1.
    pub strap: f32,
    /// The props and the viewpoint, shared by both key poses of a stretch.
    pub scene: Scene,
}

impl Pose {
    /// Standing tall, feet under the hips, arms hanging by the sides: the figure for stretches
    /// without a drawing of their own.
    pub fn standing() -> Pose {
        let arm = Arm {
            shoulder_abduction: 7.0,
            elbow_flexion: 8.0,
            ..Arm::default()
        };
        Pose {
            pelvis: Vec3::new(0.0, body::ANKLE_HEIGHT + body::SHANK + body::THIGH, 0.0),
            pelvis_tilt: 0.0,
            spine_flexion: 0.0,
            spine_twist: 0.0,
            neck_flexion: 0.0,
            legs: [Leg::default(); 2],
            arms: [arm; 2],
            stretched: [0.0; 2],
            strap: 0.0,
            scene: Scene::default(),
        }
    }

    pub fn leg(&self, side: Side) -> &Leg {
        &self.legs[side.index()]
    }

    pub fn leg_mut(&mut self, side: Side) -> &mut Leg {
        &mut self.legs[side.index()]
    }

    /// Where every joint is (forward kinematics).
    pub fn skeleton(&self) -> Skeleton {
        let pelvis_frame = Rotation::about_z(-self.pelvis_tilt);
        // The spine bends and turns half in the lower back, half in the chest.
        let spine_step = Rotation::about_z(-self.spine_flexion / 2.0)
            .then(Rotation::about_y(-self.spine_twist / 2.0));
        let lumbar_frame = pelvis_frame.then(spine_step);
        let waist = self.pelvis + lumbar_frame.apply(Vec3::new(0.0, body::LUMBAR, 0.0));
        let chest_frame = lumbar_frame.then(spine_step);
        let neck = waist + chest_frame.apply(Vec3::new(0.0, body::THORAX, 0.0));
        let head_frame = chest_frame.then(Rotation::about_z(-self.neck_flexion));
        let head = neck + head_frame.apply(Vec3::new(0.0, body::NECK, 0.0));
        let legs = Side::BOTH.map(|side| {
            let angles = self.legs[side.index()];
            let hip =
                self.pelvis + pelvis_frame.apply(Vec3::new(0.0, 0.0, side.sign() * HIP_OFFSET));
            let thigh_frame = pelvis_frame.then(limb_rotation(
                side,
                angles.hip_flexion,
                angles.hip_abduction,
                angles.hip_rotation,
            ));
            let knee = hip + thigh_frame.apply(Vec3::new(0.0, -body::THIGH, 0.0));
            let shank_frame = thigh_frame.then(Rotation::about_z(KNEE_BEND * angles.knee_flexion));
            let ankle = knee + shank_frame.apply(Vec3::new(0.0, -body::SHANK, 0.0));
            let foot_frame = shank_frame.then(Rotation::about_z(angles.ankle_flexion));
            LegJoints {
                hip,
                knee,
                ankle,
                toe: ankle + foot_frame.apply(Vec3::new(body::FOOT, 0.0, 0.0)),
                ball: ankle + foot_frame.apply(Vec3::new(body::BALL_OF_FOOT, 0.0, 0.0)),
                thigh_frame,
                shank_frame,
            }
        });
        let arms = Side::BOTH.map(|side| {
            let angles = self.arms[side.index()];
            let shoulder = neck + chest_frame.apply(shoulder_offset(side));
            let upper_frame = chest_frame.then(limb_rotation(
                side,
                angles.shoulder_flexion,
                angles.shoulder_abduction,
                angles.shoulder_rotation,
            ));
            let elbow = shoulder + upper_frame.apply(Vec3::new(0.0, -body::UPPER_ARM, 0.0));
            let forearm_frame =
                upper_frame.then(Rotation::about_z(ELBOW_BEND * angles.elbow_flexion));
            ArmJoints {
                shoulder,
                elbow,
                hand: elbow + forearm_frame.apply(Vec3::new(0.0, -body::FOREARM, 0.0)),
            }
        });
        Skeleton {
            pelvis: self.pelvis,
            pelvis_frame,
            waist,
            lumbar_frame,
            neck,
            chest_frame,
            head,
            legs,
            arms,
        }
    }

    /// Puts a hand on `target` (as near as the arm reaches), the elbow bending toward `pole`.
    pub fn place_hand(&mut self, side: Side, target: Vec3, pole: Vec3) {
        let angles = reach(&self.skeleton().arm_limb(side), target, pole);
        self.arms[side.index()] = Arm {
            shoulder_flexion: angles.flexion,
            shoulder_abduction: angles.abduction,
            shoulder_rotation: angles.rotation,
            elbow_flexion: angles.bend,
        };
    }

    /// Puts an ankle on `target`, the knee bending toward `pole`; the ankle angle is kept.
    pub fn place_ankle(&mut self, side: Side, target: Vec3, pole: Vec3) {
        let angles = reach(&self.skeleton().leg_limb(side), target, pole);
        let leg = self.leg_mut(side);
        leg.hip_flexion = angles.flexion;
        leg.hip_abduction = angles.abduction;
        leg.hip_rotation = angles.rotation;
        leg.knee_flexion = angles.bend;
    }

    /// Sets the ankle so the foot points `pitch` degrees above level ground (0 flat, positive
    /// toes up), keeping it as near its current angle as that allows.
    pub fn set_foot_pitch(&mut self, side: Side, pitch: f32) {
        let shank_frame = self.skeleton().legs[side.index()].shank_frame;
        // The foot is the shank frame's x axis turned by the ankle angle about its z axis; its
        // height component is a·cos(angle) + b·sin(angle).
        let (a, b) = (shank_frame.axis(0).y, shank_frame.axis(1).y);
        let amplitude = a.hypot(b);
        let wanted = pitch.to_radians().sin();
        if amplitude < 1e-6 {
            return;
        }
        let base = b.atan2(a);
        let spread = (wanted / amplitude).clamp(-1.0, 1.0).acos();
        let current = self.leg(side).ankle_flexion.to_radians();
        let nearest = [base + spread, base - spread]
            .into_iter()
            .map(|angle| normalize_radians(angle - current) + current)
            .min_by(|x, y| (x - current).abs().total_cmp(&(y - current).abs()))
            .unwrap_or(current);
        self.leg_mut(side).ankle_flexion = nearest.to_degrees();
    }
}

/// An angle brought into (-π, π].
fn normalize_radians(angle: f32) -> f32 {
    let turn = std::f32::consts::TAU;
    angle - turn * ((angle + std::f32::consts::PI) / turn).floor()
}

/// Hips sit this far either side of the pelvis centre.
const HIP_OFFSET: f32 = body::HIP_HALF_WIDTH;
/// The knee bends the shank backward, the elbow bends the forearm forward.
const KNEE_BEND: f32 = -1.0;
const ELBOW_BEND: f32 = 1.0;

fn shoulder_offset(side: Side) -> Vec3 {
    Vec3::new(0.0, -1.5, side.sign() * body::SHOULDER_HALF_WIDTH)
}

/// A ball joint's rotation from its three anatomical angles: flexion first (about the body's
/// side-to-side axis), then abduction (away from the midline), then rotation about the limb's
/// own length (outward positive). Flexion first keeps "knee dropped out to the side" of a
/// seated figure four an abduction, as a physiotherapist would name it.
fn limb_rotation(side: Side, flexion: f32, abduction: f32, rotation: f32) -> Rotation {
    Rotation::about_z(flexion)
        .then(Rotation::about_x(-side.sign() * abduction))
        .then(Rotation::about_y(-side.sign() * rotation))
}

/// Where a pose puts every joint, in cm.
#[derive(Clone, Debug)]
pub struct Skeleton {
    pub pelvis: Vec3,
    pub pelvis_frame: Rotation,
    pub waist: Vec3,
    pub lumbar_frame: Rotation,
    /// The base of the neck, between the shoulders.
    pub neck: Vec3,
    pub chest_frame: Rotation,
    /// The centre of the head.
    pub head: Vec3,
    /// `[right, left]`.
    pub legs: [LegJoints; 2],
    /// `[right, left]`.
    pub arms: [ArmJoints; 2],
}

#[derive(Clone, Copy, Debug)]
pub struct LegJoints {
    pub hip: Vec3,
    pub knee: Vec3,
    pub ankle: Vec3,
    /// The tip of the toes.
    pub toe: Vec3,
    pub ball: Vec3,
    pub thigh_frame: Rotation,
    pub shank_frame: Rotation,
}

#[derive(Clone, Copy, Debug)]
pub struct ArmJoints {
    pub shoulder: Vec3,
    pub elbow: Vec3,
    /// The middle of the hand.
    pub hand: Vec3,
}

impl Skeleton {
    pub fn leg(&self, side: Side) -> &LegJoints {
        &self.legs[side.index()]
    }

    pub fn arm(&self, side: Side) -> &ArmJoints {
        &self.arms[side.index()]
    }

    /// An arm as a limb for [`reach`]: from the shoulder, in the chest's frame.
    pub fn arm_limb(&self, side: Side) -> Limb {
        Limb {
            parent: self.chest_frame,
            root: self.arm(side).shoulder,
            side,
            lengths: (body::UPPER_ARM, body::FOREARM),
            bend: ELBOW_BEND,
        }
    }

    /// A leg as a limb for [`reach`]: from the hip, in the pelvis's frame.
    pub fn leg_limb(&self, side: Side) -> Limb {
        Limb {
            parent: self.pelvis_frame,
            root: self.leg(side).hip,
            side,
            lengths: (body::THIGH, body::SHANK),
            bend: KNEE_BEND,
        }
    }

    /// A point on the thigh's axis, `fraction` of the way from hip to knee.
    pub fn along_thigh(&self, side: Side, fraction: f32) -> Vec3 {
        let leg = self.leg(side);
        leg.hip.lerp(leg.knee, fraction)
    }

    /// A point on the shin's axis, `fraction` of the way from knee to ankle.
    pub fn along_shin(&self, side: Side, fraction: f32) -> Vec3 {
        let leg = self.leg(side);
        leg.knee.lerp(leg.ankle, fraction)
    }

    /// The back of the thigh at `fraction` from the hip: its surface, where hands hold it.
    pub fn behind_thigh(&self, side: Side, fraction: f32) -> Vec3 {
        let back = -self.leg(side).thigh_frame.axis(0);
        self.along_thigh(side, fraction) + back * body::LIMB_WIDTH
    }
}

/// Measurements the pose tests check every picture with.
#[cfg(test)]
impl Skeleton {
    /// How far the trunk leans from upright, in degrees (the line from pelvis to neck against
    /// the vertical), whatever the hips and spine each contribute.
    pub fn trunk_lean(&self) -> f32 {
        angle_between(self.neck - self.pelvis, Vec3::UP)
    }

    /// The knee's bend measured from where the joints are, in degrees.
    pub fn knee_angle(&self, side: Side) -> f32 {
        let leg = self.leg(side);
        angle_between(leg.knee - leg.hip, leg.ankle - leg.knee)
    }

    /// How far the thigh is raised toward the trunk, in degrees: the angle between the thigh
    /// and the line from the hip straight down the trunk's axis.
    pub fn hip_angle(&self, side: Side) -> f32 {
        let leg = self.leg(side);
        angle_between(leg.knee - leg.hip, self.pelvis - self.neck)
    }

    /// The lowest point the body's outline reaches, in cm above the floor.
    pub fn lowest(&self) -> f32 {
        let limb = body::LIMB_WIDTH / 2.0;
        let torso = body::TORSO_WIDTH / 2.0;
        let limbs = self
            .legs
            .iter()
            .flat_map(|leg| [leg.hip, leg.knee, leg.ankle, leg.toe])
            .chain(self.arms.iter().flat_map(|arm| [arm.elbow, arm.hand]))
            .map(|point| point.y - limb);
        let trunk = [self.pelvis, self.waist, self.neck]
            .into_iter()
            .map(|point| point.y - torso);
        limbs
            .chain(trunk)
            .chain([self.head.y - body::HEAD_RADIUS])
            .fold(f32::INFINITY, f32::min)
    }
}

/// A two-segment limb hanging from a ball joint: a leg from the hip, an arm from the shoulder.
pub struct Limb {
    /// The frame the ball joint's angles are measured in (pelvis or chest).
    pub parent: Rotation,
    pub root: Vec3,
    pub side: Side,
    /// Upper and lower segment.
    pub lengths: (f32, f32),
    /// Which way the middle joint bends the lower segment: -1 back (knee), +1 forward (elbow).
    pub bend: f32,
}

/// The four angles of a limb as [`limb_rotation`] and the middle joint take them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LimbAngles {
    pub flexion: f32,
    pub abduction: f32,
    pub rotation: f32,
    pub bend: f32,
}

/// The angles that put the end of `limb` on `target`, or as close as its length allows, with
/// the middle joint on the side of `pole` (two-bone inverse kinematics).
pub fn reach(limb: &Limb, target: Vec3, pole: Vec3) -> LimbAngles {
    let (upper, lower) = limb.lengths;
    let offset = target - limb.root;
    let direction = offset.normalized().unwrap_or(-limb.parent.axis(1));
    let distance = offset
        .length()
        .clamp((upper - lower).abs() + 0.01, upper + lower - 0.001);
    // The middle joint leaves the straight line toward the pole, by the angle the triangle of
    // the two segments and the distance has at the root.
    let toward_pole = pole - limb.root;
    let sideways = (toward_pole - direction * toward_pole.dot(direction))
        .normalized()
        .unwrap_or(limb.parent.axis(0) * limb.bend);
    let cos_root = (upper * upper + distance * distance - lower * lower) / (2.0 * upper * distance);
    let root_angle = cos_root.clamp(-1.0, 1.0).acos();
    let upper_direction = direction * root_angle.cos() + sideways * root_angle.sin();
    let middle = limb.root + upper_direction * upper;
    let end = limb.root + direction * distance;
    let lower_direction = (end - middle) * (1.0 / lower);

    let sign = limb.side.sign();
    let to_parent = limb.parent.inverse();
    let local_upper = to_parent.apply(upper_direction);
    let abduction = (sign * local_upper.z).clamp(-1.0, 1.0).asin().to_degrees();
    let flexion = local_upper.x.atan2(-local_upper.y).to_degrees();
    let bend = angle_between(upper_direction, lower_direction);
    // The rotation about the limb's length that makes the lower segment point where it must.
    let unrotated = Rotation::about_z(flexion).then(Rotation::about_x(-sign * abduction));
    let local_lower = unrotated.inverse().apply(to_parent.apply(lower_direction));
    let turn = if bend < 0.01 {
        0.0
    } else {
        (-limb.bend * local_lower.z)
            .atan2(limb.bend * local_lower.x)
            .to_degrees()
    };
    LimbAngles {
        flexion,
        abduction,
        rotation: -sign * turn,
        bend,
    }
}

/// The pose `t` of the way from `from` to `to` (0 to 1, clamped): every joint angle, the pelvis
/// position, the highlight and the strap move in a straight line; the scene is `to`'s (the two
/// key poses of a stretch share theirs).
pub fn lerp(from: &Pose, to: &Pose, t: f32) -> Pose {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    let mix = |a: f32, b: f32| a + (b - a) * t;
    let mix_leg = |a: &Leg, b: &Leg| Leg {
        hip_flexion: mix(a.hip_flexion, b.hip_flexion),
        hip_abduction: mix(a.hip_abduction, b.hip_abduction),
        hip_rotation: mix(a.hip_rotation, b.hip_rotation),
        knee_flexion: mix(a.knee_flexion, b.knee_flexion),
        ankle_flexion: mix(a.ankle_flexion, b.ankle_flexion),
    };
    let mix_arm = |a: &Arm, b: &Arm| Arm {
        shoulder_flexion: mix(a.shoulder_flexion, b.shoulder_flexion),
        shoulder_abduction: mix(a.shoulder_abduction, b.shoulder_abduction),
        shoulder_rotation: mix(a.shoulder_rotation, b.shoulder_rotation),
        elbow_flexion: mix(a.elbow_flexion, b.elbow_flexion),
    };
    Pose {
        pelvis: from.pelvis.lerp(to.pelvis, t),
        pelvis_tilt: mix(from.pelvis_tilt, to.pelvis_tilt),
        spine_flexion: mix(from.spine_flexion, to.spine_flexion),
        spine_twist: mix(from.spine_twist, to.spine_twist),
        neck_flexion: mix(from.neck_flexion, to.neck_flexion),
        legs: [0, 1].map(|i| mix_leg(&from.legs[i], &to.legs[i])),
        arms: [0, 1].map(|i| mix_arm(&from.arms[i], &to.arms[i])),
        stretched: [0, 1].map(|i| mix(from.stretched[i], to.stretched[i])),
        strap: mix(from.strap, to.strap),
        scene: to.scene.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standing_puts_the_feet_on_the_floor_and_the_head_at_full_height() {
        let skeleton = Pose::standing().skeleton();
        assert!(skeleton.lowest().abs() < 0.01, "{}", skeleton.lowest());
        let top = skeleton.head.y + body::HEAD_RADIUS;
        assert!((160.0..=180.0).contains(&top), "{top}");
    }

    #[test]
    fn hip_flexion_raises_the_thigh_forward_and_knee_flexion_bends_the_shank_back() {
        let mut pose = Pose::standing();
        *pose.leg_mut(Side::Right) = Leg {
            hip_flexion: 90.0,
            knee_flexion: 90.0,
            ..Leg::default()
        };
        let leg = *pose.skeleton().leg(Side::Right);
        assert!((leg.knee - leg.hip).x > body::THIGH - 0.1);
        assert!((leg.ankle - leg.knee).y < -(body::SHANK - 0.1));
    }

    #[test]
    fn elbow_flexion_bends_the_forearm_forward() {
        let mut pose = Pose::standing();
        pose.arms[Side::Right.index()] = Arm {
            elbow_flexion: 90.0,
            ..Arm::default()
        };
        let arm = pose.skeleton().arms[Side::Right.index()];
        assert!((arm.hand - arm.elbow).x > body::FOREARM - 0.1);
    }

    #[test]
    fn external_rotation_turns_the_right_toes_to_the_right() {
        let mut pose = Pose::standing();
        pose.leg_mut(Side::Right).hip_rotation = 30.0;
        pose.leg_mut(Side::Left).hip_rotation = 30.0;
        let skeleton = pose.skeleton();
        let right = skeleton.leg(Side::Right);
        let left = skeleton.leg(Side::Left);
        assert!((right.toe - right.ankle).z > 5.0);
        assert!((left.toe - left.ankle).z < -5.0);
    }

    #[test]
    fn reach_puts_a_hand_where_it_was_sent() {
        let mut pose = Pose::standing();
        pose.pelvis_tilt = 30.0;
        pose.spine_twist = 20.0;
        let target = Vec3::new(30.0, 100.0, -20.0);
        pose.place_hand(Side::Right, target, Vec3::new(-50.0, 80.0, 60.0));
        let hand = pose.skeleton().arm(Side::Right).hand;
        assert!(hand.distance(target) < 0.05, "{hand:?}");
    }

    #[test]
    fn reach_puts_an_ankle_where_it_was_sent_with_the_knee_toward_the_pole() {
        let mut pose = Pose::standing();
        let target = Vec3::new(35.0, 95.0, -8.0);
        let pole = Vec3::new(30.0, 95.0, 60.0);
        pose.place_ankle(Side::Right, target, pole);
        let leg = *pose.skeleton().leg(Side::Right);
        assert!(leg.ankle.distance(target) < 0.05, "{:?}", leg.ankle);
        assert!(leg.knee.z > 20.0, "the knee points out: {:?}", leg.knee);
    }

    #[test]
    fn a_target_out_of_reach_straightens_the_limb_toward_it() {
        let mut pose = Pose::standing();
        pose.place_hand(
            Side::Left,
            Vec3::new(200.0, 140.0, 0.0),
            Vec3::new(0.0, 0.0, -50.0),
        );
        assert!(pose.arms[Side::Left.index()].elbow_flexion < 2.0);
    }

    #[test]
    fn foot_pitch_sets_the_foot_against_the_ground_not_the_shin() {
        let mut pose = Pose::standing();
        pose.leg_mut(Side::Right).knee_flexion = 40.0;
        pose.set_foot_pitch(Side::Right, 20.0);
        let leg = *pose.skeleton().leg(Side::Right);
        let pitch = (leg.toe - leg.ankle)
            .y
            .atan2((leg.toe - leg.ankle).x)
            .to_degrees();
        assert!((pitch - 20.0).abs() < 0.1, "{pitch}");
    }

    #[test]
    fn lerp_goes_from_one_pose_to_the_other() {
        let from = Pose::standing();
        let mut to = Pose::standing();
        to.pelvis_tilt = 80.0;
        to.legs[0].knee_flexion = 20.0;
        to.stretched = [1.0, 1.0];
        assert_eq!(lerp(&from, &to, 0.0), from);
        assert_eq!(lerp(&from, &to, 1.0), to);
        let half = lerp(&from, &to, 0.5);
        assert_eq!(half.pelvis_tilt, 40.0);
        assert_eq!(half.legs[0].knee_flexion, 10.0);
        assert_eq!(half.stretched, [0.5, 0.5]);
        assert_eq!(lerp(&from, &to, 7.0), to);
        assert_eq!(lerp(&from, &to, f32::NAN), from);
    }
}
