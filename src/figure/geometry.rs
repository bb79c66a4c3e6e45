//! Points, directions and rotations in 3D, just what the figure's skeleton needs.
//!
//! Axes follow the body standing in its neutral pose: x points forward (where the figure faces),
//! y up, z to the figure's right. Angles are in degrees, as joint angles are usually given.

use std::ops::{Add, Mul, Neg, Sub};

/// A point or a direction, in centimetres.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Vec3 {
    pub x: f32,
    pub y: f32,
    pub z: f32,
}

impl Vec3 {
    #[cfg(test)]
    pub const UP: Vec3 = Vec3::new(0.0, 1.0, 0.0);

    pub const fn new(x: f32, y: f32, z: f32) -> Vec3 {
        Vec3 { x, y, z }
    }

    pub fn dot(self, other: Vec3) -> f32 {
        self.x * other.x + self.y * other.y + self.z * other.z
    }

    pub fn length(self) -> f32 {
        self.dot(self).sqrt()
    }

    /// The same direction at length 1, or `None` for (almost) no length at all.
    pub fn normalized(self) -> Option<Vec3> {
        let length = self.length();
        (length > 1e-6).then(|| self * (1.0 / length))
    }

    #[cfg(test)]
    pub fn distance(self, other: Vec3) -> f32 {
        (self - other).length()
    }

    /// The point `t` of the way from `self` to `to`.
    pub fn lerp(self, to: Vec3, t: f32) -> Vec3 {
        self + (to - self) * t
    }
}

impl Add for Vec3 {
    type Output = Vec3;
    fn add(self, other: Vec3) -> Vec3 {
        Vec3::new(self.x + other.x, self.y + other.y, self.z + other.z)
    }
}

impl Sub for Vec3 {
    type Output = Vec3;
    fn sub(self, other: Vec3) -> Vec3 {
        Vec3::new(self.x - other.x, self.y - other.y, self.z - other.z)
    }
}

impl Mul<f32> for Vec3 {
    type Output = Vec3;
    fn mul(self, factor: f32) -> Vec3 {
        Vec3::new(self.x * factor, self.y * factor, self.z * factor)
    }
}

impl Neg for Vec3 {
    type Output = Vec3;
    fn neg(self) -> Vec3 {
        self * -1.0
    }
}

/// A rotation, as a 3×3 matrix whose columns are the rotated x, y and z axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rotation {
    columns: [Vec3; 3],
}

impl Rotation {
    pub const IDENTITY: Rotation = Rotation {
        columns: [
            Vec3::new(1.0, 0.0, 0.0),
            Vec3::new(0.0, 1.0, 0.0),
            Vec3::new(0.0, 0.0, 1.0),
        ],
    };

    /// About the x axis (forward): positive turns y toward z.
    pub fn about_x(degrees: f32) -> Rotation {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Rotation {
            columns: [
                Vec3::new(1.0, 0.0, 0.0),
                Vec3::new(0.0, cos, sin),
                Vec3::new(0.0, -sin, cos),
            ],
        }
    }

    /// About the y axis (up): positive turns z toward x.
    pub fn about_y(degrees: f32) -> Rotation {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Rotation {
            columns: [
                Vec3::new(cos, 0.0, -sin),
                Vec3::new(0.0, 1.0, 0.0),
                Vec3::new(sin, 0.0, cos),
            ],
        }
    }

    /// About the z axis (to the right): positive turns x toward y.
    pub fn about_z(degrees: f32) -> Rotation {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Rotation {
            columns: [
                Vec3::new(cos, sin, 0.0),
                Vec3::new(-sin, cos, 0.0),
                Vec3::new(0.0, 0.0, 1.0),
            ],
        }
    }

    /// `vector` turned by this rotation.
    pub fn apply(&self, vector: Vec3) -> Vec3 {
        let [x, y, z] = self.columns;
        x * vector.x + y * vector.y + z * vector.z
    }

    /// The rotation that undoes this one.
    pub fn inverse(&self) -> Rotation {
        let [x, y, z] = self.columns;
        Rotation {
            columns: [
                Vec3::new(x.x, y.x, z.x),
                Vec3::new(x.y, y.y, z.y),
                Vec3::new(x.z, y.z, z.z),
            ],
        }
    }

    /// This rotation's own x, y or z axis, in the outer frame.
    pub fn axis(&self, index: usize) -> Vec3 {
        self.columns[index]
    }

    /// `self` then `inner`, in `self`'s frame: a child joint's rotation composed onto its parent.
    pub fn then(&self, inner: Rotation) -> Rotation {
        Rotation {
            columns: inner.columns.map(|column| self.apply(column)),
        }
    }
}

/// The angle between two directions, in degrees.
pub fn angle_between(a: Vec3, b: Vec3) -> f32 {
    let (Some(a), Some(b)) = (a.normalized(), b.normalized()) else {
        return 0.0;
    };
    a.dot(b).clamp(-1.0, 1.0).acos().to_degrees()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Vec3, b: Vec3) -> bool {
        a.distance(b) < 1e-5
    }

    #[test]
    fn rotations_turn_the_axes_the_stated_way() {
        let (x, y, z) = (
            Vec3::new(1.0, 0.0, 0.0),
            Vec3::new(0.0, 1.0, 0.0),
            Vec3::new(0.0, 0.0, 1.0),
        );
        assert!(close(Rotation::about_x(90.0).apply(y), z));
        assert!(close(Rotation::about_y(90.0).apply(z), x));
        assert!(close(Rotation::about_z(90.0).apply(x), y));
    }

    #[test]
    fn a_rotation_then_its_inverse_changes_nothing() {
        let turn = Rotation::about_z(31.0)
            .then(Rotation::about_x(-12.0))
            .then(Rotation::about_y(47.0));
        let point = Vec3::new(3.0, -4.0, 5.0);
        assert!(close(turn.inverse().apply(turn.apply(point)), point));
    }

    #[test]
    fn composed_rotations_apply_the_inner_one_first() {
        let composed = Rotation::about_z(90.0).then(Rotation::about_x(90.0));
        // about_x takes y to z; about_z then leaves z alone.
        assert!(close(composed.apply(Vec3::UP), Vec3::new(0.0, 0.0, 1.0)));
    }
}
