//! What the window program says when it cannot do its work. The command that opened the window
//! prints it (`limber stretch`, `limber open`), and the daemon passes it to the command that asked
//! for the window, so it is in the language spoken; the system's own text (`error`) stays as the
//! system gives it.

use std::fmt::Display;

use crate::t;

/// No window could be made: no display, or the display refused one.
pub fn cannot_open(error: impl Display) -> String {
    t!("error-window-cannot-open", error = error.to_string())
}

/// The window's loop stopped with an error.
pub fn failed(error: impl Display) -> String {
    t!("error-window-failed", error = error.to_string())
}

/// A frame could not be put on the screen.
pub fn cannot_draw(error: impl Display) -> String {
    t!("error-window-cannot-draw", error = error.to_string())
}

/// The control window's thread that talks to limber could not start.
pub fn helper_failed(error: impl Display) -> String {
    t!("error-window-helper", error = error.to_string())
}

/// The window is larger than a frame can be drawn.
pub fn too_large() -> String {
    t!("error-window-too-large")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::plain_english::assert_said_through_fluent;

    #[test]
    fn the_window_s_problems_are_said_in_the_language_spoken() {
        let system = "no display".to_string();
        let program = std::path::Path::new("/usr/bin/limber-window");
        assert_said_through_fluent(
            || {
                vec![
                    cannot_open(&system),
                    failed(&system),
                    cannot_draw(&system),
                    helper_failed(&system),
                    too_large(),
                    crate::programs::cannot_start_program(
                        program,
                        &std::io::Error::other(system.clone()),
                    ),
                ]
            },
            &[system.clone(), program.display().to_string()],
        );
    }
}
