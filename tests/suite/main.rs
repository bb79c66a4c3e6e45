//! limber's integration and end-to-end tests, built as one test binary (one link, not one per
//! file). Each file is a module; `support` holds what they share: the desktops, buses, servers and
//! doubles they run limber against. Tests that change this process's environment run in a process
//! of their own ([`support::alone`]), as tests of one binary share it.

mod support;

mod any_script;
mod busy_check_cost;
mod busy_sources;
mod cli;
mod config_corpus;
mod config_files;
mod control_e2e;
mod daemon_e2e;
mod desktop_preferences;
mod every_language;
mod faults;
mod figures;
mod footprint;
mod hold_e2e;
mod hostile;
mod hostile_files;
mod identity_e2e;
mod idle_sources;
mod screen_reader;
mod soak;
mod sound_cues;
mod store_crash;
mod stretch_table;
mod week_window;
mod window_e2e;
