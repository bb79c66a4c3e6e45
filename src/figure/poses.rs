//! The key poses of every built-in stretch: how its setup starts and how it is held, as the
//! catalogue's steps describe them. The right side works in every picture.
//!
//! Each pose sets the trunk and the legs by their joint angles, then puts hands and feet on the
//! spots the steps name (on the thigh, on the other knee, on the floor) with the model's inverse
//! kinematics, so a hand "on the thigh" really is on the thigh.

use super::geometry::Vec3;
use super::model::{body, Leg, Pose, Side, Skeleton};
use super::picture::{Chair, Desk, View};
use super::Key;

/// A stretch's key poses, by stretch id.
pub type Build = fn(Key) -> Pose;

/// Every stretch with a drawing of its own, in catalogue order.
pub const STRETCHES: &[(&str, Build)] = &[
    ("seated-figure-four-chair", seated_figure_four_chair),
    ("standing-forward-fold", standing_forward_fold),
    ("chair-hamstring-turnout", chair_hamstring_turnout),
    ("desk-supported-hip-hinge", desk_supported_hip_hinge),
    ("chair-forward-bend", chair_forward_bend),
    ("standing-heel-forward-hinge", standing_heel_forward_hinge),
    ("lying-hamstring-strap", lying_hamstring_strap),
    ("seated-figure-four-floor", seated_figure_four_floor),
    ("seated-hamstring-turnout", seated_hamstring_turnout),
    ("pigeon-pose", pigeon_pose),
    ("reclining-hand-to-big-toe", reclining_hand_to_big_toe),
    ("seated-forward-bend", seated_forward_bend),
    ("seated-twist-hamstring", seated_twist_hamstring),
];

pub fn find(stretch_id: &str) -> Option<Build> {
    STRETCHES
        .iter()
        .find(|(id, _)| *id == stretch_id)
        .map(|(_, build)| *build)
}

/// Standing tall, no props, nothing highlighted: stretches users add.
pub fn neutral() -> Pose {
    Pose::standing()
}

const LIMB: f32 = body::LIMB_WIDTH;
const STRETCHED_RIGHT: [f32; 2] = [1.0, 0.0];
const STRETCHED_BOTH: [f32; 2] = [1.0, 1.0];

/// Seen from the front right, `turn` degrees round from the right side, at eye level.
fn seen_from(pose: &mut Pose, turn: f32) {
    pose.scene.view = View {
        turn,
        elevation: 0.0,
    };
}

fn up(centimetres: f32) -> Vec3 {
    Vec3::new(0.0, centimetres, 0.0)
}

fn side_z(side: Side, centimetres: f32) -> Vec3 {
    Vec3::new(0.0, 0.0, side.sign() * centimetres)
}

/// A point on the floor, where a hand or a foot rests.
fn floor(x: f32, z: f32) -> Vec3 {
    Vec3::new(x, body::ANKLE_HEIGHT, z)
}

/// Where elbows go unless a pose says otherwise: behind and out to the side.
fn elbow_back(pose: &Pose, side: Side) -> Vec3 {
    let shoulder = pose.skeleton().arm(side).shoulder;
    shoulder + Vec3::new(-40.0, -10.0, side.sign() * 30.0)
}

/// Rests a hand on `target` with the elbow back and out.
fn hand_on(pose: &mut Pose, side: Side, target: Vec3) {
    let pole = elbow_back(pose, side);
    pose.place_hand(side, target, pole);
}

/// Both hands resting on top of the thighs, a little above the knees.
fn hands_on_thighs(pose: &mut Pose) {
    for side in Side::BOTH {
        let target = pose.skeleton().along_thigh(side, 0.7) + up(LIMB);
        hand_on(pose, side, target);
    }
}

/// Each hand resting on its own shin, `fraction` of the way from knee to ankle.
fn hands_on_shins(pose: &mut Pose, fraction: f32) {
    for side in Side::BOTH {
        let shin = pose.skeleton().along_shin(side, fraction) + up(LIMB);
        hand_on(pose, side, shin);
    }
}

/// Puts a foot flat on the floor at `x`, under its own hip, the knee bending forward.
fn foot_flat(pose: &mut Pose, side: Side, x: f32) {
    let hip = pose.skeleton().leg(side).hip;
    let ankle = floor(x, hip.z);
    let knee_forward = hip.lerp(ankle, 0.5) + Vec3::new(80.0, 30.0, 0.0);
    pose.place_ankle(side, ankle, knee_forward);
    pose.set_foot_pitch(side, 0.0);
}

/// A leg stretched out to a heel on the floor at `x`, knee all but straight, toes up.
fn heel_out(pose: &mut Pose, side: Side, x: f32, toes_up: f32) {
    let hip = pose.skeleton().leg(side).hip;
    let heel = floor(x, hip.z);
    pose.place_ankle(side, heel, hip.lerp(heel, 0.5) + up(60.0));
    pose.set_foot_pitch(side, toes_up);
}

/// The distance from hip to ankle when the knee is bent `knee_flexion` degrees.
fn leg_reach(knee_flexion: f32) -> f32 {
    let (thigh, shank) = (body::THIGH, body::SHANK);
    (thigh * thigh + shank * shank + 2.0 * thigh * shank * knee_flexion.to_radians().cos()).sqrt()
}

/// The pelvis height at which a foot flat on the floor `ahead` cm in front of the hip needs
/// exactly `knee_flexion` degrees at the knee.
fn hip_height(knee_flexion: f32, ahead: f32) -> f32 {
    let reach = leg_reach(knee_flexion);
    body::ANKLE_HEIGHT + (reach * reach - ahead * ahead).max(0.0).sqrt()
}

// ---------------------------------------------------------------------------------------------
// On a chair

/// The chair every seated pose uses, its seat's front edge `front` cm ahead of the pelvis.
fn chair(front: f32) -> Chair {
    Chair {
        seat_height: 42.0,
        front,
    }
}

/// Sitting tall on `chair`, thighs level on the seat, both feet flat under the knees, hands
/// on the thighs.
fn seated(chair: Chair) -> Pose {
    let mut pose = Pose::standing();
    pose.scene.chair = Some(chair);
    pose.pelvis = Vec3::new(0.0, chair.seat_height + LIMB / 2.0, 0.0);
    for side in Side::BOTH {
        foot_flat(&mut pose, side, body::THIGH + 2.0);
    }
    hands_on_thighs(&mut pose);
    pose
}

fn seated_figure_four_chair(key: Key) -> Pose {
    let mut pose = seated(chair(14.0));
    // Nearly from the front: the crossed shin and the dropped knee make the 4.
    seen_from(&mut pose, 65.0);
    if key == Key::Start {
        return pose;
    }
    pose.pelvis_tilt = 27.0;
    pose.spine_flexion = 3.0;
    foot_flat(&mut pose, Side::Left, body::THIGH + 2.0);
    cross_ankle_over_left_thigh(&mut pose);
    let skeleton = pose.skeleton();
    let near_knee = skeleton.along_shin(Side::Right, 0.2) + up(LIMB);
    let near_ankle = skeleton.along_shin(Side::Right, 0.8) + up(LIMB);
    hand_on(&mut pose, Side::Right, near_knee);
    hand_on(&mut pose, Side::Left, near_ankle);
    pose.stretched = STRETCHED_RIGHT;
    pose
}

/// The figure four: the right ankle on the left thigh just above the knee, the right knee
/// dropped out to the side.
fn cross_ankle_over_left_thigh(pose: &mut Pose) {
    let skeleton = pose.skeleton();
    let on_thigh = just_above_left_knee(&skeleton);
    let hip = skeleton.leg(Side::Right).hip;
    let knee_out = hip + Vec3::new(25.0, 25.0, 60.0);
    pose.place_ankle(Side::Right, on_thigh, knee_out);
    pose.leg_mut(Side::Right).ankle_flexion = 5.0;
}

/// Where a crossed ankle rests: on top of the left thigh, 85 % of the way to the knee.
pub fn just_above_left_knee(skeleton: &Skeleton) -> Vec3 {
    skeleton.along_thigh(Side::Left, 0.85) + up(LIMB)
}

fn chair_hamstring_turnout(key: Key) -> Pose {
    let mut pose = seated(chair(8.0));
    // Half round to the front: the lean still shows, and so do the toes turned out.
    seen_from(&mut pose, 55.0);
    if key == Key::Start {
        return pose;
    }
    pose.pelvis_tilt = 32.0;
    pose.spine_flexion = 3.0;
    foot_flat(&mut pose, Side::Left, body::THIGH + 2.0);
    heel_out(&mut pose, Side::Right, 72.0, 60.0);
    turn_out(&mut pose, Side::Right, 30.0);
    let skeleton = pose.skeleton();
    let near_knee = skeleton.along_thigh(Side::Left, 0.85) + up(LIMB);
    let mid_thigh = skeleton.along_thigh(Side::Left, 0.55) + up(LIMB);
    hand_on(&mut pose, Side::Right, near_knee);
    hand_on(&mut pose, Side::Left, mid_thigh);
    pose.stretched = STRETCHED_RIGHT;
    pose
}

/// Turns a (straight) leg outward from the hip, keeping the foot's lift.
fn turn_out(pose: &mut Pose, side: Side, degrees: f32) {
    pose.leg_mut(side).hip_rotation = degrees;
}

fn chair_forward_bend(key: Key) -> Pose {
    let mut pose = seated(chair(8.0));
    for side in Side::BOTH {
        heel_out(&mut pose, side, 72.0, 60.0);
    }
    hands_on_thighs(&mut pose);
    if key == Key::Start {
        return pose;
    }
    pose.pelvis_tilt = 40.0;
    pose.spine_flexion = 5.0;
    for side in Side::BOTH {
        heel_out(&mut pose, side, 72.0, 60.0);
    }
    hands_on_shins(&mut pose, 0.35);
    pose.stretched = STRETCHED_BOTH;
    pose
}

// ---------------------------------------------------------------------------------------------
// Standing

/// Standing tall with the ankles at `x`, arms by the sides.
fn standing_at(x: f32) -> Pose {
    let mut pose = Pose::standing();
    pose.pelvis.x = x;
    pose
}

/// Hips sent back `behind` cm behind the ankles, knees bent `knee` degrees, feet flat at `x`.
fn hips_back(pose: &mut Pose, ankles_x: f32, behind: f32, knee: f32) {
    pose.pelvis = Vec3::new(ankles_x - behind, hip_height(knee, behind), 0.0);
    for side in Side::BOTH {
        foot_flat(pose, side, ankles_x);
    }
}

fn standing_forward_fold(key: Key) -> Pose {
    let mut pose = standing_at(0.0);
    if key == Key::Start {
        return pose;
    }
    pose.pelvis_tilt = 78.0;
    pose.spine_flexion = 10.0;
    pose.neck_flexion = 12.0;
    hips_back(&mut pose, 0.0, 14.0, 20.0);
    for side in Side::BOTH {
        let shin = pose.skeleton().along_shin(side, 0.6) + Vec3::new(LIMB, 0.0, 0.0);
        hand_on(&mut pose, side, shin);
    }
    pose.stretched = STRETCHED_BOTH;
    pose
}

const DESK: Desk = Desk {
    height: 73.0,
    near_edge: 30.0,
};

fn desk_supported_hip_hinge(key: Key) -> Pose {
    let mut pose = match key {
        Key::Start => {
            let mut pose = Pose::standing();
            pose.pelvis_tilt = 14.0;
            hips_back(&mut pose, -4.0, 4.0, 3.0);
            pose
        }
        Key::Hold => {
            let mut pose = Pose::standing();
            pose.pelvis_tilt = 76.0;
            pose.spine_flexion = 4.0;
            pose.neck_flexion = -6.0;
            hips_back(&mut pose, -62.0, 10.0, 18.0);
            pose.stretched = STRETCHED_BOTH;
            pose
        }
    };
    pose.scene.desk = Some(DESK);
    for side in Side::BOTH {
        let edge = Vec3::new(DESK.near_edge + 5.0, DESK.height + 4.0, side.sign() * 18.0);
        hand_on(&mut pose, side, edge);
    }
    pose
}

fn standing_heel_forward_hinge(key: Key) -> Pose {
    let mut pose = standing_at(0.0);
    if key == Key::Hold {
        pose.pelvis_tilt = 45.0;
        pose.spine_flexion = 5.0;
        // The back (left) foot stays where it stood; the hips sit back over it on a bent knee
        // and the right heel reaches half a step forward.
        let back_knee = 30.0;
        let ahead = 15.0;
        pose.pelvis = Vec3::new(ahead, hip_height(back_knee, ahead), 0.0);
        foot_flat(&mut pose, Side::Left, 0.0);
        let height = pose.pelvis.y - body::ANKLE_HEIGHT;
        let front_reach = leg_reach(6.0);
        let step = (front_reach * front_reach - height * height)
            .max(0.0)
            .sqrt();
        heel_out(&mut pose, Side::Right, ahead + step, 30.0);
        for (side, fraction) in [(Side::Right, 0.45), (Side::Left, 0.3)] {
            let skeleton = pose.skeleton();
            let front_of_thigh = skeleton.leg(Side::Left).thigh_frame.axis(0);
            let target = skeleton.along_thigh(Side::Left, fraction) + front_of_thigh * LIMB;
            hand_on(&mut pose, side, target);
        }
        pose.stretched = STRETCHED_RIGHT;
        return pose;
    }
    // Hands on the hips, elbows out.
    for side in Side::BOTH {
        let skeleton = pose.skeleton();
        let hip_bone = skeleton.pelvis
            + skeleton.pelvis_frame.apply(Vec3::new(0.0, 10.0, 0.0))
            + side_z(side, 17.0);
        let elbow_out = skeleton.arm(side).shoulder + Vec3::new(-15.0, -20.0, side.sign() * 60.0);
        pose.place_hand(side, hip_bone, elbow_out);
    }
    pose
}

// ---------------------------------------------------------------------------------------------
// On the floor

/// Lying on the back, head resting on the floor, arms long by the sides, legs long.
fn lying() -> Pose {
    let mut pose = Pose::standing();
    seen_from(&mut pose, 20.0);
    pose.pelvis_tilt = -90.0;
    pose.pelvis = Vec3::new(0.0, body::TORSO_WIDTH / 2.0, 0.0);
    pose.neck_flexion = 8.0;
    for side in Side::BOTH {
        let leg = pose.leg_mut(side);
        leg.hip_abduction = 3.0;
        leg.ankle_flexion = -10.0;
    }
    for side in Side::BOTH {
        let shoulder = pose.skeleton().arm(side).shoulder;
        let by_the_hip = floor(shoulder.x + 58.0, side.sign() * 24.0);
        pose.place_hand(
            side,
            by_the_hip,
            shoulder + Vec3::new(20.0, 20.0, side.sign() * 40.0),
        );
    }
    pose
}

/// Lying on the back with a knee bent and its foot flat on the floor.
fn knee_up(pose: &mut Pose, side: Side) {
    let hip = pose.skeleton().leg(side).hip;
    let foot = floor(hip.x + 52.0, hip.z);
    pose.place_ankle(side, foot, hip + Vec3::new(30.0, 60.0, 0.0));
    pose.set_foot_pitch(side, 0.0);
}

/// Lying on the back, the right leg raised by `hip_flexion`, its knee bent `knee` degrees.
fn raise_right_leg(pose: &mut Pose, hip_flexion: f32, knee: f32, ankle: f32) {
    *pose.leg_mut(Side::Right) = Leg {
        hip_flexion,
        knee_flexion: knee,
        ankle_flexion: ankle,
        ..Leg::default()
    };
}

/// Both hands on the spot `target` names for each, elbows out to the sides (and `forward` cm
/// toward the feet), as when lying on the back and reaching up.
fn both_hands_on(pose: &mut Pose, forward: f32, target: impl Fn(&Skeleton, Side) -> Vec3) {
    for side in Side::BOTH {
        let skeleton = pose.skeleton();
        let elbow_out = skeleton.arm(side).shoulder + Vec3::new(forward, 0.0, side.sign() * 50.0);
        pose.place_hand(side, target(&skeleton, side), elbow_out);
    }
}

fn lying_hamstring_strap(key: Key) -> Pose {
    let mut pose = lying();
    for side in Side::BOTH {
        knee_up(&mut pose, side);
    }
    if key == Key::Start {
        return pose;
    }
    raise_right_leg(&mut pose, 80.0, 8.0, 5.0);
    both_hands_on(&mut pose, 10.0, |skeleton, side| {
        skeleton.behind_thigh(Side::Right, 0.55) + side_z(side, 4.0)
    });
    pose.stretched = STRETCHED_RIGHT;
    pose
}

fn reclining_hand_to_big_toe(key: Key) -> Pose {
    let mut pose = lying();
    if key == Key::Start {
        return pose;
    }
    raise_right_leg(&mut pose, 88.0, 5.0, 10.0);
    // Hands reach up toward the ball of the foot as far as arms go; the strap the steps offer
    // spans the rest, since a hand holding the foot would lift the shoulders off the floor.
    both_hands_on(&mut pose, 0.0, |skeleton, side| {
        skeleton.leg(Side::Right).ball + side_z(side, 3.0)
    });
    pose.strap = 1.0;
    pose.stretched = STRETCHED_RIGHT;
    pose
}

/// Sitting tall on the floor, legs long in front, hands on the floor beside the hips.
fn sitting_on_floor() -> Pose {
    let mut pose = Pose::standing();
    pose.pelvis = Vec3::new(0.0, body::TORSO_WIDTH / 2.0, 0.0);
    for side in Side::BOTH {
        legs_long(&mut pose, side);
    }
    hands_beside_hips(&mut pose);
    pose
}

/// A leg straight along the floor, toes to the ceiling.
fn legs_long(pose: &mut Pose, side: Side) {
    let hip = pose.skeleton().leg(side).hip;
    let heel = floor(hip.x + 90.0, hip.z);
    pose.place_ankle(side, heel, hip + up(40.0));
    pose.set_foot_pitch(side, 75.0);
}

fn hands_beside_hips(pose: &mut Pose) {
    for side in Side::BOTH {
        let target = floor(-14.0, side.sign() * 26.0);
        hand_on(pose, side, target);
    }
}

/// Leaning forward from the hips by `tilt`, back long, legs kept on the floor.
fn lean_forward(pose: &mut Pose, tilt: f32, rounding: f32) {
    pose.pelvis_tilt = tilt;
    pose.spine_flexion = rounding;
}

fn seated_figure_four_floor(key: Key) -> Pose {
    let mut pose = sitting_on_floor();
    seen_from(&mut pose, 60.0);
    if key == Key::Start {
        return pose;
    }
    lean_forward(&mut pose, 28.0, 4.0);
    legs_long(&mut pose, Side::Left);
    cross_ankle_over_left_thigh(&mut pose);
    let skeleton = pose.skeleton();
    let crossed_foot = skeleton.leg(Side::Right).ball + up(LIMB * 0.8);
    let left_shin = skeleton.along_shin(Side::Left, 0.45) + up(LIMB);
    hand_on(&mut pose, Side::Right, crossed_foot);
    hand_on(&mut pose, Side::Left, left_shin);
    pose.stretched = STRETCHED_RIGHT;
    pose
}

fn seated_hamstring_turnout(key: Key) -> Pose {
    let mut pose = sitting_on_floor();
    seen_from(&mut pose, 55.0);
    if key == Key::Start {
        return pose;
    }
    lean_forward(&mut pose, 38.0, 5.0);
    for side in Side::BOTH {
        legs_long(&mut pose, side);
    }
    turn_out(&mut pose, Side::Right, 30.0);
    for side in Side::BOTH {
        let skeleton = pose.skeleton();
        let foot = skeleton.leg(Side::Right).ball + side_z(side, 4.0);
        hand_on(&mut pose, side, foot);
    }
    pose.stretched = STRETCHED_RIGHT;
    pose
}

fn seated_forward_bend(key: Key) -> Pose {
    let mut pose = sitting_on_floor();
    if key == Key::Start {
        return pose;
    }
    lean_forward(&mut pose, 52.0, 8.0);
    pose.neck_flexion = 5.0;
    for side in Side::BOTH {
        legs_long(&mut pose, side);
    }
    hands_on_shins(&mut pose, 0.55);
    pose.stretched = STRETCHED_BOTH;
    pose
}

fn seated_twist_hamstring(key: Key) -> Pose {
    let mut pose = sitting_on_floor();
    seen_from(&mut pose, 65.0);
    sole_to_right_thigh(&mut pose);
    if key == Key::Start {
        return pose;
    }
    lean_forward(&mut pose, 30.0, 5.0);
    pose.spine_twist = 28.0;
    legs_long(&mut pose, Side::Right);
    sole_to_right_thigh(&mut pose);
    let skeleton = pose.skeleton();
    let outside_shin = skeleton.along_shin(Side::Right, 0.45) + side_z(Side::Right, LIMB);
    let beside_hip = floor(-6.0, skeleton.leg(Side::Right).hip.z + 24.0);
    let elbow_out = skeleton.arm(Side::Left).shoulder + Vec3::new(0.0, 30.0, -30.0);
    pose.place_hand(Side::Left, outside_shin, elbow_out);
    hand_on(&mut pose, Side::Right, beside_hip);
    pose.stretched = STRETCHED_RIGHT;
    pose
}

/// The left knee bent out to the side, its sole against the inside of the right thigh.
fn sole_to_right_thigh(pose: &mut Pose) {
    let skeleton = pose.skeleton();
    let inner_thigh = skeleton.along_thigh(Side::Right, 0.4) + side_z(Side::Left, LIMB);
    let knee_out = skeleton.leg(Side::Left).hip + Vec3::new(30.0, 45.0, -60.0);
    pose.place_ankle(Side::Left, inner_thigh, knee_out);
    pose.leg_mut(Side::Left).ankle_flexion = -20.0;
}

fn pigeon_pose(key: Key) -> Pose {
    let mut pose = Pose::standing();
    match key {
        Key::Start => {
            // Hands and knees: knees under the hips, shins along the floor, tops of the feet
            // down, hands under the shoulders.
            pose.pelvis_tilt = 70.0;
            pose.pelvis = Vec3::new(0.0, body::THIGH + LIMB / 2.0, 0.0);
            for side in Side::BOTH {
                let hip = pose.skeleton().leg(side).hip;
                let foot = floor(hip.x - body::SHANK, hip.z);
                pose.place_ankle(side, foot, hip + Vec3::new(10.0, -60.0, 0.0));
                top_of_foot_down(&mut pose, side);
            }
        }
        Key::Hold => {
            // The right shin across under the body, knee behind the right wrist; the left leg
            // long behind; the trunk up on straight arms.
            pose.pelvis_tilt = 28.0;
            pose.pelvis = Vec3::new(0.0, 20.0, 0.0);
            let hip = pose.skeleton().leg(Side::Right).hip;
            pose.place_ankle(
                Side::Right,
                floor(hip.x + 5.0, -5.0),
                floor(hip.x + 36.0, 24.0) + up(4.0),
            );
            pose.set_foot_pitch(Side::Right, 0.0);
            let back_hip = pose.skeleton().leg(Side::Left).hip;
            pose.place_ankle(
                Side::Left,
                floor(back_hip.x - 90.0, back_hip.z),
                back_hip + up(-50.0),
            );
            top_of_foot_down(&mut pose, Side::Left);
            pose.stretched = STRETCHED_RIGHT;
        }
    }
    // Hands flat on the floor, arms straight: under the shoulders on hands and knees, just in
    // front of the right knee in the hold.
    for side in Side::BOTH {
        let shoulder = pose.skeleton().arm(side).shoulder;
        let hand_z = side.sign() * 18.0;
        let arm = body::UPPER_ARM + body::FOREARM - 0.1;
        let drop = shoulder.y - body::ANKLE_HEIGHT;
        let ahead = (arm * arm - drop * drop - (hand_z - shoulder.z).powi(2))
            .max(0.0)
            .sqrt();
        hand_on(&mut pose, side, floor(shoulder.x + ahead, hand_z));
    }
    pose
}

/// A foot pointing straight back along the floor, its top down.
fn top_of_foot_down(pose: &mut Pose, side: Side) {
    pose.leg_mut(side).ankle_flexion = -90.0;
    pose.set_foot_pitch(side, 0.0);
}

#[cfg(test)]
mod tests {
    //! Every picture matches its steps, checked on the model: joint angles, and where the
    //! joints end up (measured from the skeleton, not read back from the pose's numbers).

    use super::*;
    use crate::figure::geometry::angle_between;

    const TWO_LEGGED: [&str; 4] = [
        "standing-forward-fold",
        "desk-supported-hip-hinge",
        "chair-forward-bend",
        "seated-forward-bend",
    ];

    fn build(id: &str, key: Key) -> Pose {
        find(id).unwrap_or_else(|| panic!("{id} has no poses"))(key)
    }

    fn hold(id: &str) -> (Pose, Skeleton) {
        let pose = build(id, Key::Hold);
        let skeleton = pose.skeleton();
        (pose, skeleton)
    }

    fn in_range(what: &str, value: f32, low: f32, high: f32) {
        assert!(
            (low..=high).contains(&value),
            "{what}: {value:.1} is outside {low}..={high}"
        );
    }

    /// The distance from `point` to the segment `a`–`b`, and how far along it (0 to 1) the
    /// nearest point lies.
    fn from_segment(point: Vec3, a: Vec3, b: Vec3) -> (f32, f32) {
        let along = b - a;
        let t = ((point - a).dot(along) / along.dot(along)).clamp(0.0, 1.0);
        (point.distance(a + along * t), t)
    }

    fn near_thigh(skeleton: &Skeleton, side: Side, point: Vec3) -> f32 {
        let leg = skeleton.leg(side);
        from_segment(point, leg.hip, leg.knee).0
    }

    fn near_shin(skeleton: &Skeleton, side: Side, point: Vec3) -> f32 {
        let leg = skeleton.leg(side);
        from_segment(point, leg.knee, leg.ankle).0
    }

    /// Resting on a limb: the hand's centre about a limb's width from the limb's axis.
    const RESTING: f32 = LIMB + 3.0;

    #[test]
    fn soft_knees_bend_ten_to_thirty_degrees() {
        for id in ["standing-forward-fold", "desk-supported-hip-hinge"] {
            let (_, skeleton) = hold(id);
            for side in Side::BOTH {
                in_range(
                    &format!("{id} {side:?} knee"),
                    skeleton.knee_angle(side),
                    10.0,
                    30.0,
                );
            }
        }
        let (_, desk) = hold("desk-supported-hip-hinge");
        for side in Side::BOTH {
            in_range("desk hinge knee", desk.knee_angle(side), 10.0, 25.0);
        }
        let (_, heel) = hold("standing-heel-forward-hinge");
        in_range("back knee", heel.knee_angle(Side::Left), 20.0, 35.0);
    }

    #[test]
    fn legs_the_steps_call_straight_are_straight() {
        let straight = [
            ("chair-hamstring-turnout", Side::Right, 10.0),
            ("chair-forward-bend", Side::Right, 10.0),
            ("chair-forward-bend", Side::Left, 10.0),
            ("standing-heel-forward-hinge", Side::Right, 10.0),
            ("lying-hamstring-strap", Side::Right, 15.0),
            ("seated-figure-four-floor", Side::Left, 10.0),
            ("seated-hamstring-turnout", Side::Right, 10.0),
            ("seated-hamstring-turnout", Side::Left, 10.0),
            ("pigeon-pose", Side::Left, 10.0),
            ("reclining-hand-to-big-toe", Side::Right, 10.0),
            ("reclining-hand-to-big-toe", Side::Left, 10.0),
            ("seated-forward-bend", Side::Right, 10.0),
            ("seated-forward-bend", Side::Left, 10.0),
            ("seated-twist-hamstring", Side::Right, 10.0),
        ];
        for (id, side, most) in straight {
            let (_, skeleton) = hold(id);
            in_range(
                &format!("{id} {side:?} knee"),
                skeleton.knee_angle(side),
                0.0,
                most,
            );
        }
    }

    #[test]
    fn every_fold_or_lean_hinges_forward_from_the_hips_with_a_long_back() {
        let leans = [
            ("seated-figure-four-chair", 20.0, 35.0),
            ("standing-forward-fold", 70.0, 100.0),
            ("chair-hamstring-turnout", 25.0, 40.0),
            ("desk-supported-hip-hinge", 70.0, 90.0),
            ("chair-forward-bend", 35.0, 50.0),
            ("standing-heel-forward-hinge", 40.0, 60.0),
            ("seated-figure-four-floor", 20.0, 45.0),
            ("seated-hamstring-turnout", 25.0, 50.0),
            ("seated-forward-bend", 45.0, 70.0),
            ("seated-twist-hamstring", 20.0, 45.0),
        ];
        for (id, low, high) in leans {
            let (pose, skeleton) = hold(id);
            let lean = skeleton.trunk_lean();
            in_range(&format!("{id} lean"), lean, low, high);
            assert!(
                (skeleton.neck - skeleton.pelvis).x > 0.0,
                "{id} leans backward"
            );
            assert!(
                pose.pelvis_tilt >= 0.75 * lean,
                "{id} bends the spine ({}°) more than it hinges at the hips",
                pose.spine_flexion
            );
            in_range(
                &format!("{id} spine rounding"),
                pose.spine_flexion,
                0.0,
                10.0,
            );
        }
    }

    #[test]
    fn seated_and_standing_setups_start_upright() {
        for id in [
            "seated-figure-four-chair",
            "standing-forward-fold",
            "chair-hamstring-turnout",
            "chair-forward-bend",
            "standing-heel-forward-hinge",
            "seated-figure-four-floor",
            "seated-hamstring-turnout",
            "seated-forward-bend",
            "seated-twist-hamstring",
        ] {
            let lean = build(id, Key::Start).skeleton().trunk_lean();
            in_range(&format!("{id} start lean"), lean, 0.0, 5.0);
        }
    }

    #[test]
    fn the_crossed_ankle_rests_on_the_other_thigh_just_above_the_knee() {
        for id in ["seated-figure-four-chair", "seated-figure-four-floor"] {
            let (_, skeleton) = hold(id);
            let ankle = skeleton.leg(Side::Right).ankle;
            let left = skeleton.leg(Side::Left);
            let (distance, along) = from_segment(ankle, left.hip, left.knee);
            in_range(
                &format!("{id}: ankle along the left thigh"),
                along,
                0.75,
                0.95,
            );
            in_range(
                &format!("{id}: ankle off the thigh's axis"),
                distance,
                LIMB - 1.5,
                LIMB + 1.5,
            );
            assert!(
                ankle.y > left.hip.lerp(left.knee, along).y,
                "{id}: ankle under the thigh"
            );
        }
    }

    #[test]
    fn the_figure_four_knee_drops_out_to_the_side() {
        for id in ["seated-figure-four-chair", "seated-figure-four-floor"] {
            let (pose, skeleton) = hold(id);
            let leg = pose.leg(Side::Right);
            in_range(
                &format!("{id} external rotation"),
                leg.hip_rotation,
                45.0,
                90.0,
            );
            in_range(&format!("{id} abduction"), leg.hip_abduction, 15.0, 60.0);
            let right = skeleton.leg(Side::Right);
            assert!(right.knee.z - right.hip.z > 15.0, "{id}: the knee stays in");
        }
    }

    #[test]
    fn turned_out_legs_rotate_outward_and_their_toes_point_out() {
        for id in ["chair-hamstring-turnout", "seated-hamstring-turnout"] {
            let (pose, skeleton) = hold(id);
            in_range(
                &format!("{id} rotation"),
                pose.leg(Side::Right).hip_rotation,
                25.0,
                40.0,
            );
            let right = skeleton.leg(Side::Right);
            assert!(
                (right.toe - right.ankle).z > 4.0,
                "{id}: the toes do not point out"
            );
            let start = build(id, Key::Start).skeleton();
            let before = start.leg(Side::Right);
            assert!(
                (before.toe - before.ankle).z.abs() < 2.0,
                "{id} starts turned out"
            );
        }
    }

    #[test]
    fn raised_legs_reach_the_stated_hip_flexion() {
        for (id, low, high, knee) in [
            ("lying-hamstring-strap", 70.0, 90.0, 15.0),
            ("reclining-hand-to-big-toe", 75.0, 95.0, 10.0),
        ] {
            let (_, skeleton) = hold(id);
            in_range(
                &format!("{id} hip flexion"),
                skeleton.hip_angle(Side::Right),
                low,
                high,
            );
            in_range(
                &format!("{id} knee"),
                skeleton.knee_angle(Side::Right),
                0.0,
                knee,
            );
        }
    }

    #[test]
    fn lying_poses_keep_head_and_shoulders_on_the_floor() {
        for id in ["lying-hamstring-strap", "reclining-hand-to-big-toe"] {
            for key in [Key::Start, Key::Hold] {
                let skeleton = build(id, key).skeleton();
                in_range(
                    &format!("{id} {key:?} head"),
                    skeleton.head.y - body::HEAD_RADIUS,
                    -0.5,
                    2.0,
                );
                for side in Side::BOTH {
                    in_range("shoulder height", skeleton.arm(side).shoulder.y, 0.0, LIMB);
                }
            }
        }
    }

    #[test]
    fn the_lying_stretch_holds_behind_the_thigh_with_the_other_foot_flat() {
        let (_, skeleton) = hold("lying-hamstring-strap");
        let front = skeleton.leg(Side::Right).thigh_frame.axis(0);
        for side in Side::BOTH {
            let hand = skeleton.arm(side).hand;
            assert!(
                near_thigh(&skeleton, Side::Right, hand) < RESTING,
                "{side:?} hand"
            );
            let from_axis = hand - skeleton.along_thigh(Side::Right, 0.5);
            assert!(
                from_axis.dot(front) < 0.0,
                "{side:?} hand in front of the thigh"
            );
        }
        let left = skeleton.leg(Side::Left);
        in_range("left knee", skeleton.knee_angle(Side::Left), 60.0, 120.0);
        assert!(
            (left.toe.y - left.ankle.y).abs() < 1.0,
            "left foot not flat"
        );
        assert!(
            (left.ankle.y - body::ANKLE_HEIGHT).abs() < 0.5,
            "left foot off the floor"
        );
    }

    #[test]
    fn hands_rest_where_the_steps_put_them() {
        let (_, four) = hold("seated-figure-four-chair");
        for side in Side::BOTH {
            let hand = four.arm(side).hand;
            assert!(
                near_shin(&four, Side::Right, hand) < RESTING,
                "figure four {side:?}"
            );
        }
        for id in ["chair-hamstring-turnout", "standing-heel-forward-hinge"] {
            let (_, skeleton) = hold(id);
            for side in Side::BOTH {
                let hand = skeleton.arm(side).hand;
                assert!(
                    near_thigh(&skeleton, Side::Left, hand) < RESTING,
                    "{id} {side:?}"
                );
            }
        }
        for id in ["chair-forward-bend", "seated-forward-bend"] {
            let (_, skeleton) = hold(id);
            for side in Side::BOTH {
                let hand = skeleton.arm(side).hand;
                assert!(near_shin(&skeleton, side, hand) < RESTING, "{id} {side:?}");
            }
        }
        let (_, fold) = hold("standing-forward-fold");
        for side in Side::BOTH {
            assert!(
                fold.arm(side).hand.y < fold.leg(side).knee.y,
                "fold: hands above knees"
            );
        }
        let (_, turnout) = hold("seated-hamstring-turnout");
        let ball = turnout.leg(Side::Right).ball;
        for side in Side::BOTH {
            assert!(
                turnout.arm(side).hand.distance(ball) < 12.0,
                "turnout: hand off the foot"
            );
        }
    }

    #[test]
    fn the_desk_hinge_keeps_both_hands_on_the_desk_and_the_arms_straight_in_the_hold() {
        for key in [Key::Start, Key::Hold] {
            let pose = build("desk-supported-hip-hinge", key);
            let desk = pose.scene.desk.expect("a desk");
            let skeleton = pose.skeleton();
            for side in Side::BOTH {
                let hand = skeleton.arm(side).hand;
                in_range("hand height", hand.y, desk.height, desk.height + 8.0);
                in_range(
                    "hand over the desk",
                    hand.x,
                    desk.near_edge,
                    desk.near_edge + 20.0,
                );
            }
        }
        let (pose, _) = hold("desk-supported-hip-hinge");
        for arm in pose.arms {
            in_range("elbow", arm.elbow_flexion, 0.0, 10.0);
        }
    }

    #[test]
    fn standing_hinges_send_the_hips_back() {
        for id in ["standing-forward-fold", "desk-supported-hip-hinge"] {
            let (_, skeleton) = hold(id);
            let ankles = (skeleton.legs[0].ankle.x + skeleton.legs[1].ankle.x) / 2.0;
            assert!(
                skeleton.pelvis.x < ankles - 5.0,
                "{id}: hips over or ahead of the feet"
            );
        }
        let (_, heel) = hold("standing-heel-forward-hinge");
        let (front, back) = (heel.leg(Side::Right), heel.leg(Side::Left));
        in_range("step length", front.ankle.x - back.ankle.x, 20.0, 45.0);
        assert!(
            heel.pelvis.x < front.ankle.x - 15.0,
            "hips not behind the front foot"
        );
        in_range("front heel height", front.ankle.y, 4.0, 6.0);
        assert!(front.toe.y - front.ankle.y > 4.0, "front toes not lifted");
        assert!(
            (back.toe.y - back.ankle.y).abs() < 1.0,
            "back foot not flat"
        );
    }

    #[test]
    fn the_edge_of_chair_stretch_keeps_the_other_foot_flat_and_the_heel_down() {
        let (_, skeleton) = hold("chair-hamstring-turnout");
        let (right, left) = (skeleton.leg(Side::Right), skeleton.leg(Side::Left));
        in_range("right heel height", right.ankle.y, 4.0, 6.0);
        assert!(right.toe.y - right.ankle.y > 5.0, "right toes not up");
        in_range("left knee", skeleton.knee_angle(Side::Left), 70.0, 110.0);
        assert!(
            (left.toe.y - left.ankle.y).abs() < 1.0,
            "left foot not flat"
        );
    }

    #[test]
    fn pigeon_has_the_front_shin_across_under_the_body_and_the_back_leg_long() {
        let (pose, skeleton) = hold("pigeon-pose");
        let (front, back) = (skeleton.leg(Side::Right), skeleton.leg(Side::Left));
        assert!(
            front.knee.x > front.hip.x + 15.0,
            "the right knee is not forward"
        );
        assert!(
            front.ankle.z < 0.0,
            "the right shin does not cross under the body"
        );
        let wrist = skeleton.arm(Side::Right).hand;
        assert!(
            wrist.x > front.knee.x,
            "the right knee is not behind the wrist"
        );
        in_range("knee to wrist", wrist.x - front.knee.x, 0.0, 20.0);
        assert!(
            back.ankle.x < skeleton.pelvis.x - 60.0,
            "the left leg is not long behind"
        );
        assert!(
            back.toe.x < back.ankle.x,
            "the left foot does not point back"
        );
        assert!(
            (back.toe.y - back.ankle.y).abs() < 4.0,
            "the left foot's top is not down"
        );
        assert!(
            (front.hip.x - back.hip.x).abs() < 0.5,
            "hips not square to the front"
        );
        for arm in pose.arms {
            in_range("pigeon elbow", arm.elbow_flexion, 0.0, 10.0);
        }
        in_range("pigeon trunk", skeleton.trunk_lean(), 0.0, 35.0);
    }

    #[test]
    fn the_reclining_hands_reach_for_the_ball_of_the_foot() {
        let (pose, skeleton) = hold("reclining-hand-to-big-toe");
        assert_eq!(pose.strap, 1.0);
        let ball = skeleton.leg(Side::Right).ball;
        for side in Side::BOTH {
            let arm = skeleton.arm(side);
            let off = angle_between(arm.hand - arm.shoulder, ball - arm.shoulder);
            in_range("arm off the line to the foot", off, 0.0, 10.0);
            in_range("elbow", pose.arms[side.index()].elbow_flexion, 0.0, 10.0);
        }
    }

    #[test]
    fn the_twist_turns_the_chest_toward_the_straight_leg() {
        let (pose, skeleton) = hold("seated-twist-hamstring");
        in_range("twist", pose.spine_twist, 20.0, 35.0);
        assert!(
            skeleton.chest_frame.axis(0).z > 0.3,
            "the chest does not face right"
        );
        let hand = skeleton.arm(Side::Left).hand;
        let shin_axis = skeleton.along_shin(Side::Right, 0.5);
        assert!(
            hand.z > shin_axis.z,
            "the left hand is not outside the right shin"
        );
        assert!(
            near_shin(&skeleton, Side::Right, hand) < RESTING + 2.0,
            "left hand off the shin"
        );
        let right_hand = skeleton.arm(Side::Right).hand;
        assert!(
            right_hand.y < body::ANKLE_HEIGHT + 1.0,
            "right hand not on the floor"
        );
        assert!(
            right_hand.z > skeleton.leg(Side::Right).hip.z,
            "right hand not beside the hip"
        );
        for key in [Key::Start, Key::Hold] {
            let skeleton = build("seated-twist-hamstring", key).skeleton();
            let bent = skeleton.leg(Side::Left);
            in_range("left knee", skeleton.knee_angle(Side::Left), 90.0, 160.0);
            assert!(
                bent.knee.z < bent.hip.z - 15.0,
                "the left knee is not out to the side"
            );
            let sole = near_thigh(&skeleton, Side::Right, bent.ankle);
            assert!(
                sole < RESTING,
                "the left foot is not against the right thigh"
            );
        }
    }

    #[test]
    fn only_the_working_side_glows_and_only_in_the_hold() {
        for (id, _) in STRETCHES {
            let expected = if TWO_LEGGED.contains(id) {
                STRETCHED_BOTH
            } else {
                STRETCHED_RIGHT
            };
            assert_eq!(build(id, Key::Hold).stretched, expected, "{id}");
            assert_eq!(build(id, Key::Start).stretched, [0.0, 0.0], "{id}");
        }
        assert_eq!(neutral().stretched, [0.0, 0.0]);
    }

    #[test]
    fn every_start_differs_from_its_hold_and_keeps_its_props() {
        for (id, _) in STRETCHES {
            let (start, hold) = (build(id, Key::Start), build(id, Key::Hold));
            let angles = |pose: &Pose| {
                let mut all = vec![pose.pelvis_tilt, pose.spine_flexion, pose.spine_twist];
                for leg in pose.legs {
                    all.extend([leg.hip_flexion, leg.hip_abduction, leg.hip_rotation]);
                    all.extend([leg.knee_flexion, leg.ankle_flexion]);
                }
                all
            };
            let change: f32 = angles(&start)
                .iter()
                .zip(angles(&hold))
                .map(|(a, b)| (a - b).abs())
                .sum();
            assert!(
                change > 30.0,
                "{id}: start and hold differ by only {change:.0}°"
            );
            assert_eq!(start.scene, hold.scene, "{id}: the props move");
        }
    }

    #[test]
    fn nothing_sinks_through_the_floor() {
        for (id, _) in STRETCHES {
            for key in [Key::Start, Key::Hold] {
                let lowest = build(id, key).skeleton().lowest();
                assert!(
                    lowest > -1.0,
                    "{id} {key:?} reaches {lowest:.1} cm below the floor"
                );
            }
        }
    }

    #[test]
    fn seated_poses_sit_on_the_seat() {
        for id in [
            "seated-figure-four-chair",
            "chair-hamstring-turnout",
            "chair-forward-bend",
        ] {
            for key in [Key::Start, Key::Hold] {
                let pose = build(id, key);
                let chair = pose.scene.chair.expect("a chair");
                in_range(
                    "pelvis over the seat",
                    pose.pelvis.x,
                    chair.front - 42.0,
                    chair.front,
                );
                let sitting = pose.pelvis.y - chair.seat_height;
                in_range("pelvis on the seat", sitting, 4.0, 6.0);
            }
        }
    }
}
