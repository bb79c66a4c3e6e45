//! The stretch catalogue: what a stretch is, the built-in ones, and which one comes next.
//!
//! (skeleton: the helper that owns this file fills in the built-ins, rotation and tests)

use std::time::Duration;

/// Where a stretch can be done. Users list the positions their workplace allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    Chair,
    Standing,
    Floor,
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
