//! The loop on Windows and macOS: winit's event loop, which runs the operating system's own on the
//! main thread, as the tray there requires. It creates no window; it wakes for a message from the
//! proxy or for the app's next deadline (`ControlFlow::WaitUntil`), and sleeps otherwise.

use std::process::ExitCode;
use std::time::Instant;

use winit::application::ApplicationHandler;
use winit::event::{StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::window::WindowId;

use crate::daemon::app::{App, Flow};
use crate::daemon::message::{Inbox, Message};
use crate::daemon::wording;

/// Starts the app with `start` once the event loop runs, and runs it until it quits; saves its
/// state on the way out.
pub fn run(start: impl FnOnce(Inbox) -> Result<App, String>) -> ExitCode {
    let mut builder = EventLoop::<Message>::with_user_event();
    // A menu-bar app on macOS: no Dock icon and no menu of its own, even when started from a
    // terminal rather than from limber.app (whose Info.plist says the same with LSUIElement).
    #[cfg(target_os = "macos")]
    let builder = {
        use winit::platform::macos::{ActivationPolicy, EventLoopBuilderExtMacOS};
        builder.with_activation_policy(ActivationPolicy::Accessory)
    };
    let event_loop = match builder.build() {
        Ok(event_loop) => event_loop,
        Err(error) => {
            eprintln!(
                "limber: {}",
                wording::event_loop_failed(false, &error.to_string())
            );
            return ExitCode::from(1);
        }
    };
    let mut runner = Runner {
        start: Some(start),
        inbox: Inbox::new(event_loop.create_proxy()),
        app: None,
        exit: ExitCode::SUCCESS,
    };
    if let Err(error) = event_loop.run_app(&mut runner) {
        eprintln!(
            "limber: {}",
            wording::event_loop_failed(true, &error.to_string())
        );
        runner.exit = ExitCode::from(1);
    }
    if let Some(mut app) = runner.app.take() {
        app.shutdown();
    }
    runner.exit
}

struct Runner<F> {
    /// Taken once the loop runs: the tray may only be created then.
    start: Option<F>,
    inbox: Inbox,
    app: Option<App>,
    exit: ExitCode,
}

impl<F: FnOnce(Inbox) -> Result<App, String>> ApplicationHandler<Message> for Runner<F> {
    fn new_events(&mut self, event_loop: &ActiveEventLoop, cause: StartCause) {
        if !matches!(cause, StartCause::Init) {
            return;
        }
        let Some(start) = self.start.take() else {
            return;
        };
        match start(self.inbox.clone()) {
            Ok(app) => self.app = Some(app),
            Err(problem) => {
                eprintln!("limber: {problem}");
                self.exit = ExitCode::from(1);
                event_loop.exit();
            }
        }
    }

    fn resumed(&mut self, _event_loop: &ActiveEventLoop) {}

    fn window_event(&mut self, _: &ActiveEventLoop, _: WindowId, _: WindowEvent) {}

    fn user_event(&mut self, event_loop: &ActiveEventLoop, message: Message) {
        if let Some(app) = &mut self.app {
            if app.on_message(message) == Flow::Quit {
                event_loop.exit();
            }
        }
    }

    /// Everything pending is handled: run a deadline that came, then sleep until the next one.
    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        let Some(app) = &mut self.app else { return };
        if event_loop.exiting() {
            return;
        }
        let now = app.now();
        if app
            .next_deadline(&now)
            .is_some_and(|deadline| deadline <= now.mono)
        {
            app.on_deadline();
        }
        let now = app.now();
        let flow = match app.next_deadline(&now) {
            // Relative to now: the app's clock stands still during sleep, `Instant` may not.
            Some(deadline) => {
                ControlFlow::WaitUntil(Instant::now() + deadline.saturating_since(now.mono))
            }
            // Nothing to wait for but a message.
            None => ControlFlow::Wait,
        };
        event_loop.set_control_flow(flow);
    }
}
