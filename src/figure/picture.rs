//! From a pose to a flat picture: the props and viewpoint of a stretch ([`Scene`]), the
//! orthographic projection, and the list of shapes to paint back to front ([`shapes`]). The
//! window's painter and the SVG writer both draw this one list, so they cannot disagree.

use super::geometry::Vec3;
use super::model::{body, Pose, Side, Skeleton};
use super::{Palette, Rgb8};

/// Where the viewer stands and what stands around the figure. The two key poses of a stretch
/// share one scene, so the props stay put and the picture does not zoom while it moves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub chair: Option<Chair>,
    pub desk: Option<Desk>,
    pub view: View,
    /// The part of the projected plane the picture shows, in cm; `None` fits the pose itself.
    pub bounds: Option<Bounds>,
}

/// A chair seen from the figure's side: the seat, the backrest behind it, four legs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chair {
    /// Height of the top of the seat.
    pub seat_height: f32,
    /// Where the front edge of the seat is along x.
    pub front: f32,
}

/// A desk in front of the figure: its top and one leg.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Desk {
    /// Height of the top.
    pub height: f32,
    /// Where its edge nearest the figure is along x.
    pub near_edge: f32,
}

const SEAT_DEPTH: f32 = 42.0;
const SEAT_WIDTH: f32 = 42.0;
const SEAT_THICKNESS: f32 = 4.0;
const CHAIR_BACK: f32 = 42.0;
const DESK_DEPTH: f32 = 60.0;
const DESK_WIDTH: f32 = 110.0;
const DESK_THICKNESS: f32 = 4.0;
const PROP_STROKE: f32 = 3.5;
const FLOOR_STROKE: f32 = 2.0;
const STRAP_STROKE: f32 = 2.5;

/// The viewpoint. Orthographic, so only its direction matters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// How far the viewer has walked from the figure's right side toward its front, in degrees:
    /// 0 is a pure side view, 90 straight from the front.
    pub turn: f32,
    /// How far above the figure the viewer looks from, in degrees; 0 looks level.
    pub elevation: f32,
}

impl Default for View {
    /// A three-quarter view from the front right at eye level: the side view shows the hinge
    /// at the hips and how straight the legs are, the quarter turn shows what crosses or turns
    /// out, the working (right) side is nearest, and the floor stays one straight line.
    fn default() -> View {
        View {
            turn: 30.0,
            elevation: 0.0,
        }
    }
}

impl View {
    /// `point` on the picture plane: x to the right, y up (cm), and its depth toward the viewer.
    pub fn project(&self, point: Vec3) -> (f32, f32, f32) {
        let (turn_sin, turn_cos) = self.turn.to_radians().sin_cos();
        let (up_sin, up_cos) = self.elevation.to_radians().sin_cos();
        let across = point.x * turn_cos - point.z * turn_sin;
        let toward = point.x * turn_sin + point.z * turn_cos;
        (
            across,
            point.y * up_cos - toward * up_sin,
            point.y * up_sin + toward * up_cos,
        )
    }
}

/// A box on the picture plane, in cm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub left: f32,
    pub right: f32,
    pub bottom: f32,
    pub top: f32,
}

impl Bounds {
    const EMPTY: Bounds = Bounds {
        left: f32::INFINITY,
        right: f32::NEG_INFINITY,
        bottom: f32::INFINITY,
        top: f32::NEG_INFINITY,
    };

    fn include(&mut self, (x, y): (f32, f32), radius: f32) {
        self.left = self.left.min(x - radius);
        self.right = self.right.max(x + radius);
        self.bottom = self.bottom.min(y - radius);
        self.top = self.top.max(y + radius);
    }

    fn union(self, other: Bounds) -> Bounds {
        Bounds {
            left: self.left.min(other.left),
            right: self.right.max(other.right),
            bottom: self.bottom.min(other.bottom),
            top: self.top.max(other.top),
        }
    }

    fn width(&self) -> f32 {
        self.right - self.left
    }

    fn height(&self) -> f32 {
        self.top - self.bottom
    }
}

/// The bounds that show every pose in `poses` whole, with their props and the floor.
pub fn bounds_of(poses: &[&Pose]) -> Bounds {
    const MARGIN: f32 = 4.0;
    let mut bounds = poses
        .iter()
        .map(|pose| pose_bounds(pose))
        .fold(Bounds::EMPTY, Bounds::union);
    bounds.left -= MARGIN;
    bounds.right += MARGIN;
    bounds.top += MARGIN;
    bounds.bottom -= MARGIN;
    bounds
}

fn pose_bounds(pose: &Pose) -> Bounds {
    let view = pose.scene.view;
    let skeleton = pose.skeleton();
    let mut bounds = Bounds::EMPTY;
    let flat = |point: Vec3| {
        let (x, y, _) = view.project(point);
        (x, y)
    };
    for (point, radius) in body_points(&skeleton) {
        bounds.include(flat(point), radius);
    }
    for prop in props(&pose.scene, Rgb8(0, 0, 0)) {
        for point in prop.points {
            bounds.include(flat(point), prop.width / 2.0);
        }
    }
    bounds.include(flat(Vec3::default()), FLOOR_STROKE);
    bounds
}

/// Every joint with the half-width of what is drawn there.
fn body_points(skeleton: &Skeleton) -> Vec<(Vec3, f32)> {
    let limb = body::LIMB_WIDTH / 2.0;
    let mut points = vec![
        (skeleton.pelvis, body::TORSO_WIDTH / 2.0),
        (skeleton.neck, body::TORSO_WIDTH / 2.0),
        (skeleton.head, body::HEAD_RADIUS),
    ];
    for leg in &skeleton.legs {
        points.extend([leg.hip, leg.knee, leg.ankle, leg.toe].map(|p| (p, limb)));
    }
    for arm in &skeleton.arms {
        points.extend([arm.shoulder, arm.elbow, arm.hand].map(|p| (p, limb)));
    }
    points
}

/// A point in the picture, in pixels from the top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// One thing to paint, in picture pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// An open line through `points` with round ends and joins.
    Stroke {
        points: Vec<Point>,
        width: f32,
        colour: Rgb8,
        opacity: f32,
    },
    /// A filled outline, its edge stroked `width` wide with round joins (the trunk, a seat).
    Blob {
        points: Vec<Point>,
        width: f32,
        colour: Rgb8,
    },
    Disc {
        centre: Point,
        radius: f32,
        colour: Rgb8,
    },
    /// Clears `area` (a piece grown by its halo) back to transparent, except where body part
    /// `keep`'s pieces drawn so far have ink: the thin gap that lets a limb read in front of
    /// the trunk or another limb of the same colour, without cutting its own joints.
    Cut { area: Box<Shape>, keep: u8 },
    /// The stretched region.
    Glow(Glow),
}

/// A soft ellipse fading out from its centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Glow {
    pub centre: Point,
    /// Along and across its axis.
    pub radii: (f32, f32),
    /// The axis's direction, in degrees clockwise from the picture's x axis.
    pub angle: f32,
    pub colour: Rgb8,
    /// 0 to 1: how strong the colour is at the centre.
    pub strength: f32,
}

/// A shape to paint, and the body part it is a piece of (furniture, the strap and the glow
/// belong to none).
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub shape: Shape,
    pub part: Option<u8>,
}

impl From<Shape> for Layer {
    fn from(shape: Shape) -> Layer {
        Layer { shape, part: None }
    }
}

/// The layers that draw `pose` in a `width`×`height` picture, back to front.
pub fn layers(pose: &Pose, width: f32, height: f32, palette: &Palette) -> Vec<Layer> {
    let skeleton = pose.skeleton();
    let bounds = pose.scene.bounds.unwrap_or_else(|| bounds_of(&[pose]));
    let canvas = Canvas::fit(pose.scene.view, bounds, width, height);
    let mut layers: Vec<Layer> = vec![Shape::Stroke {
        points: vec![
            Point {
                x: 0.0,
                y: canvas.place(Vec3::default()).y,
            },
            Point {
                x: width,
                y: canvas.place(Vec3::default()).y,
            },
        ],
        width: canvas.size(FLOOR_STROKE),
        colour: palette.prop,
        opacity: 1.0,
    }
    .into()];
    // Furniture stands behind the figure that sits on it or leans on it.
    let mut furniture = props(&pose.scene, palette.prop);
    furniture.sort_by(|a, b| a.depth(&canvas).total_cmp(&b.depth(&canvas)));
    layers.extend(
        furniture
            .iter()
            .map(|part| Layer::from(part.shape(&canvas, 0.0))),
    );
    let mut parts = body_parts(&skeleton, palette);
    parts.sort_by(|a, b| a.depth(&canvas).total_cmp(&b.depth(&canvas)));
    for part in &parts {
        layers.push(
            Shape::Cut {
                area: Box::new(part.shape(&canvas, HALO)),
                keep: part.group,
            }
            .into(),
        );
        layers.push(Layer {
            shape: part.shape(&canvas, 0.0),
            part: Some(part.group),
        });
    }
    if pose.strap > 0.0 {
        let ball = skeleton.leg(Side::Right).ball;
        for side in Side::BOTH {
            layers.push(
                Shape::Stroke {
                    points: vec![canvas.place(skeleton.arm(side).hand), canvas.place(ball)],
                    width: canvas.size(STRAP_STROKE),
                    colour: palette.prop,
                    opacity: pose.strap.min(1.0),
                }
                .into(),
            );
        }
    }
    // The far side's glow first, so the near one sits on top.
    for side in [Side::Left, Side::Right] {
        let strength = pose.stretched[side.index()].clamp(0.0, 1.0);
        if strength > 0.0 {
            layers.push(glow(&skeleton, side, &canvas, palette.accent, strength).into());
        }
    }
    layers
}

/// The glow's fade from its centre (offset 0) to its edge (1): (offset, opacity at full
/// strength).
pub const GLOW_STOPS: [(f32, f32); 3] = [(0.0, 0.85), (0.55, 0.6), (1.0, 0.0)];

/// The highlight where the hamstrings start: the back of the thigh's root, under the sitting
/// bone, drawn as an ellipse along the thigh.
fn glow(skeleton: &Skeleton, side: Side, canvas: &Canvas, colour: Rgb8, strength: f32) -> Shape {
    let back = -skeleton.leg(side).thigh_frame.axis(0) * (body::LIMB_WIDTH * 0.2);
    let root = skeleton.along_thigh(side, 0.05) + back;
    let down = skeleton.along_thigh(side, 0.35) + back;
    let (from, to) = (canvas.place(root), canvas.place(down));
    let angle = (to.y - from.y).atan2(to.x - from.x).to_degrees();
    Shape::Glow(Glow {
        centre: canvas.place(root.lerp(down, 0.4)),
        radii: (
            canvas.size(body::LIMB_WIDTH * 1.5),
            canvas.size(body::LIMB_WIDTH * 1.05),
        ),
        angle,
        colour,
        strength,
    })
}

/// The mapping from the picture plane (cm) to pixels: the bounds scaled to fit and centred.
struct Canvas {
    view: View,
    scale: f32,
    left: f32,
    top: f32,
}

impl Canvas {
    fn fit(view: View, bounds: Bounds, width: f32, height: f32) -> Canvas {
        let scale = (width / bounds.width().max(1.0)).min(height / bounds.height().max(1.0));
        Canvas {
            view,
            scale,
            left: (width - bounds.width() * scale) / 2.0 - bounds.left * scale,
            top: (height - bounds.height() * scale) / 2.0 + bounds.top * scale,
        }
    }

    fn place(&self, point: Vec3) -> Point {
        let (x, y, _) = self.view.project(point);
        Point {
            x: self.left + x * self.scale,
            y: self.top - y * self.scale,
        }
    }

    fn depth(&self, point: Vec3) -> f32 {
        self.view.project(point).2
    }

    fn size(&self, centimetres: f32) -> f32 {
        centimetres * self.scale
    }
}

/// The gap each body part leaves around itself where it passes in front of another, in cm.
const HALO: f32 = 2.5;

/// Body parts, whose pieces never cut each other: the trunk with neck and head (0), the legs
/// (1 right, 2 left) and the arms (3 right, 4 left).
pub const BODY_PARTS: usize = 5;
const TRUNK: u8 = 0;

/// Half the width of the trunk's outline at the hips; the shoulders are a little wider.
const TRUNK_HALF_WIDTH: f32 = 5.0;

/// Arms resting on legs share their depth; this keeps the hands in front.
const ARM_DEPTH_BIAS: f32 = 6.0;

/// A piece of body or furniture in 3D, before projection.
struct Part {
    points: Vec<Vec3>,
    kind: PartKind,
    /// Stroke width, or the diameter of a disc, in cm.
    width: f32,
    colour: Rgb8,
    /// Added to the depth when sorting: hands resting on a thigh belong in front of it.
    depth_bias: f32,
    /// Which body part this piece belongs to (see [`BODY_PARTS`]); furniture is drawn as no
    /// part's.
    group: u8,
}

#[derive(Clone, Copy, PartialEq)]
enum PartKind {
    Stroke,
    Blob,
    Disc,
}

impl Part {
    fn stroke(points: Vec<Vec3>, width: f32, colour: Rgb8) -> Part {
        Part {
            points,
            kind: PartKind::Stroke,
            width,
            colour,
            depth_bias: 0.0,
            group: TRUNK,
        }
    }

    fn blob(points: Vec<Vec3>, width: f32, colour: Rgb8) -> Part {
        Part {
            kind: PartKind::Blob,
            ..Part::stroke(points, width, colour)
        }
    }

    fn depth(&self, canvas: &Canvas) -> f32 {
        let sum: f32 = self.points.iter().map(|&p| canvas.depth(p)).sum();
        sum / self.points.len().max(1) as f32 + self.depth_bias
    }

    /// The part in picture pixels, grown by `halo` cm all round.
    fn shape(&self, canvas: &Canvas, halo: f32) -> Shape {
        let colour = self.colour;
        let points: Vec<Point> = self.points.iter().map(|&p| canvas.place(p)).collect();
        let width = canvas.size(self.width + 2.0 * halo);
        match self.kind {
            PartKind::Stroke => Shape::Stroke {
                points,
                width,
                colour,
                opacity: 1.0,
            },
            PartKind::Blob => Shape::Blob {
                points,
                width,
                colour,
            },
            PartKind::Disc => Shape::Disc {
                centre: points[0],
                radius: width / 2.0,
                colour,
            },
        }
    }
}

/// The figure as parts: trunk, neck and head in ink; each arm and leg segment in ink on the
/// right (near) side and a lighter ink on the left (far) side.
fn body_parts(skeleton: &Skeleton, palette: &Palette) -> Vec<Part> {
    let limb = body::LIMB_WIDTH;
    // The trunk's outline is narrower than the joints it joins, as a pictogram's is: seen from
    // the front a true-width trunk would dwarf the limbs. The round caps of thighs and upper
    // arms cover the difference.
    let hips = skeleton.pelvis_frame.axis(2) * TRUNK_HALF_WIDTH;
    let waist = skeleton.lumbar_frame.axis(2) * TRUNK_HALF_WIDTH;
    let shoulders = skeleton.chest_frame.axis(2) * (TRUNK_HALF_WIDTH + 3.0);
    let chest = skeleton.neck + skeleton.chest_frame.apply(Vec3::new(0.0, -2.0, 0.0));
    let trunk = vec![
        skeleton.pelvis + hips,
        skeleton.waist + waist,
        chest + shoulders,
        chest - shoulders,
        skeleton.waist - waist,
        skeleton.pelvis - hips,
    ];
    let mut parts = vec![
        Part::blob(trunk, body::TORSO_WIDTH, palette.ink),
        Part::stroke(vec![skeleton.neck, skeleton.head], limb * 0.8, palette.ink),
        Part {
            kind: PartKind::Disc,
            ..Part::stroke(vec![skeleton.head], body::HEAD_RADIUS * 2.0, palette.ink)
        },
    ];
    for side in Side::BOTH {
        let colour = match side {
            Side::Right => palette.ink,
            Side::Left => palette.far_ink,
        };
        let (leg_group, arm_group) = (1 + side.index() as u8, 3 + side.index() as u8);
        let leg = skeleton.leg(side);
        let arm = skeleton.arm(side);
        for (points, width) in [
            (vec![leg.hip, leg.knee], limb),
            (vec![leg.knee, leg.ankle], limb),
            (vec![leg.ankle, leg.toe], limb * 0.8),
        ] {
            parts.push(Part {
                group: leg_group,
                ..Part::stroke(points, width, colour)
            });
        }
        for points in [vec![arm.shoulder, arm.elbow], vec![arm.elbow, arm.hand]] {
            parts.push(Part {
                depth_bias: ARM_DEPTH_BIAS,
                group: arm_group,
                ..Part::stroke(points, limb * 0.85, colour)
            });
        }
    }
    parts
}

/// The chair and desk as parts, in the prop colour.
fn props(scene: &Scene, colour: Rgb8) -> Vec<Part> {
    let mut props = Vec::new();
    if let Some(chair) = scene.chair {
        let top = chair.seat_height - SEAT_THICKNESS / 2.0;
        let back = chair.front - SEAT_DEPTH;
        let half = SEAT_WIDTH / 2.0;
        props.push(Part::blob(
            vec![
                Vec3::new(back, top, -half),
                Vec3::new(chair.front, top, -half),
                Vec3::new(chair.front, top, half),
                Vec3::new(back, top, half),
            ],
            SEAT_THICKNESS,
            colour,
        ));
        for (x, z) in [
            (back + 2.0, -half + 2.0),
            (chair.front - 2.0, -half + 2.0),
            (back + 2.0, half - 2.0),
            (chair.front - 2.0, half - 2.0),
        ] {
            props.push(Part::stroke(
                vec![Vec3::new(x, top, z), Vec3::new(x, 0.0, z)],
                PROP_STROKE,
                colour,
            ));
        }
        let rest = chair.seat_height + CHAIR_BACK;
        props.push(Part::blob(
            vec![
                Vec3::new(back, top, -half),
                Vec3::new(back - 4.0, rest, -half),
                Vec3::new(back - 4.0, rest, half),
                Vec3::new(back, top, half),
            ],
            PROP_STROKE,
            colour,
        ));
    }
    if let Some(desk) = scene.desk {
        let top = desk.height - DESK_THICKNESS / 2.0;
        let far = desk.near_edge + DESK_DEPTH;
        let half = DESK_WIDTH / 2.0;
        props.push(Part::blob(
            vec![
                Vec3::new(desk.near_edge, top, -half),
                Vec3::new(far, top, -half),
                Vec3::new(far, top, half),
                Vec3::new(desk.near_edge, top, half),
            ],
            DESK_THICKNESS,
            colour,
        ));
        for z in [-half + 4.0, half - 4.0] {
            props.push(Part::stroke(
                vec![
                    Vec3::new(desk.near_edge + 4.0, top, z),
                    Vec3::new(desk.near_edge + 4.0, 0.0, z),
                ],
                PROP_STROKE,
                colour,
            ));
        }
    }
    props
}
