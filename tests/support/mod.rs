//! The end-to-end test harness: a private D-Bus, a virtual desktop, and protocol-exact doubles of
//! the servers limber talks to. Each test binary uses a different part of it.
#![allow(dead_code)]

pub mod bus;
pub mod dbusmenu;
pub mod desktop;
pub mod gnome_session;
pub mod logind;
pub mod mutter;
pub mod notification_server;
pub mod proc;
pub mod screen;
pub mod screen_time;
pub mod screensaver;
pub mod settings_portal;
pub mod sni_watcher;
pub mod sound_server;
pub mod sway;
