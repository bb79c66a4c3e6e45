//! The end-to-end test harness: a private D-Bus, a virtual desktop, and protocol-exact doubles of
//! the servers limber talks to.

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
pub mod timer_window;

/// Runs the calling test again in a process of its own, and says whether it did: true in the
/// test as the harness runs it (which then only checks the other process passed), false in
/// that process, where the test goes on. For tests that point this process's environment (the
/// session bus, the runtime folder) at servers of their own before calling limber's library:
/// the tests of this binary share one process, and every process they start inherits it.
/// `module` is `module_path!()`, `test` the test function's name.
pub fn alone(module: &str, test: &str) -> bool {
    const ALONE: &str = "LIMBER_TEST_ALONE";
    if std::env::var_os(ALONE).is_some() {
        return false;
    }
    // The harness names a test by its path without the crate's name.
    let path = module.split_once("::").map_or(module, |(_, inner)| inner);
    let name = format!("{path}::{test}");
    let output = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args([
            name.as_str(),
            "--exact",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ALONE, "1")
        .output()
        .expect("the test binary runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "{name}, in a process of its own:\n{said}"
    );
    assert!(
        said.contains("1 passed"),
        "{name} did not run in its own process:\n{said}"
    );
    eprint!("{said}");
    true
}
