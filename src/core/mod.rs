//! The pure core: every decision limber makes, with time passed in and effects returned.
//!
//! Invariant: nothing below this module calls the operating system. No file, process, socket or
//! clock access; the shell reads the clocks and hands a [`clock::Now`] to each call. That keeps
//! every rule testable with a fake clock, down to the microsecond.

pub mod activity;
pub mod case;
pub mod catalog;
pub mod clock;
pub mod engine;
pub mod gnome_break;
pub mod history;
pub mod hold;
pub mod progression;
pub mod routine;
pub mod schedule;
pub mod standing;
pub mod stats;
pub mod throttle;
pub mod week;
pub mod working_hours;
