//! limber: a tiny tray companion that notices how long you have been sitting and, after each hour,
//! suggests one stretch for the place where the hamstrings meet the glutes.
//!
//! The crate is split the way `ARCHITECTURE.md` describes: [`core`] decides and never touches the
//! operating system (time is passed in, effects are returned); everything else translates between
//! the OS and the core.

pub mod app_icon;
pub mod autostart;
pub mod busy;
pub mod cli;
pub mod commands;
pub mod config;
pub mod core;
pub mod daemon;
pub mod echo;
pub mod figure;
pub mod idle;
pub mod ipc;
pub mod logging;
pub mod paths;
pub mod practice;
pub mod programs;
pub mod safe_read;
pub mod store;
#[cfg(windows)]
mod win32;
pub mod window;
pub mod wording;
