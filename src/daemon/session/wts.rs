//! Lock, unlock, sleep and wake on Windows, and the end of the session, from window messages.
//!
//! Windows tells windows, not threads: the session notifications (`WM_WTSSESSION_CHANGE`) go to
//! a window that registered for them, and power changes (`WM_POWERBROADCAST`) and the end of the
//! session (`WM_ENDSESSION`) are broadcast to top-level windows. So one thread owns a hidden
//! top-level window (a message-only window would miss the broadcasts) and blocks in its message
//! loop, costing nothing while nothing happens. A console's Ctrl+C, Ctrl+Break and close arrive
//! through a handler of their own and end limber as SIGINT does on Linux.

use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, OnceLock};
use std::thread;
use std::time::Duration;

use windows_sys::core::{w, BOOL};
use windows_sys::Win32::Foundation::{FALSE, HWND, LPARAM, LRESULT, TRUE, WPARAM};
use windows_sys::Win32::System::Console::{
    SetConsoleCtrlHandler, CTRL_BREAK_EVENT, CTRL_CLOSE_EVENT, CTRL_C_EVENT,
};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::Power::RegisterSuspendResumeNotification;
use windows_sys::Win32::System::RemoteDesktop::{
    WTSRegisterSessionNotification, NOTIFY_FOR_THIS_SESSION,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, RegisterClassExW,
    DEVICE_NOTIFY_WINDOW_HANDLE, MSG, PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND, PBT_APMSUSPEND,
    WM_ENDSESSION, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WNDCLASSEXW, WS_OVERLAPPED,
    WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

use crate::daemon::message::{Inbox, Message, SessionEvent};

/// Where the window procedure and the console handler, plain functions that cannot capture
/// anything, find the loop. Set once, by `watch`.
static INBOX: OnceLock<Inbox> = OnceLock::new();

/// Whether the machine went to sleep and has not been seen waking yet. Windows reports one resume
/// twice when the user woke the machine (automatic, then by the user); the loop hears it once.
static ASLEEP: AtomicBool = AtomicBool::new(false);

/// How long Windows is held up at the end of the session, or when the console is closed, for
/// the loop to save its state: it would end the process as soon as the handler returns. The
/// process exits (ending the wait) as soon as the loop has saved, which takes milliseconds;
/// Windows itself allows about five seconds.
const SAVE_GRACE: Duration = Duration::from_secs(3);

/// Starts watching the session. Returns whether its window is there to be told; if not, a
/// warning said so, and idle time alone still finds breaks.
pub fn watch(inbox: Inbox) -> bool {
    if INBOX.set(inbox).is_err() {
        // Watched already: there is one loop per process, and it is being told.
        return true;
    }
    // SAFETY: `on_console_control` is a plain function that lives as long as the process.
    if unsafe { SetConsoleCtrlHandler(Some(on_console_control), TRUE) } == FALSE {
        tracing::debug!(
            "cannot handle console control: {}",
            std::io::Error::last_os_error()
        );
    }
    let (ready, readiness) = mpsc::sync_channel(1);
    let spawned = thread::Builder::new()
        .name("session".into())
        .spawn(move || run(ready));
    let outcome = match spawned {
        Ok(_) => readiness
            .recv()
            .unwrap_or_else(|_| Err("the session thread ended".into())),
        Err(error) => Err(error.to_string()),
    };
    if let Err(problem) = &outcome {
        tracing::warn!(
            "cannot watch the session ({problem}); lock and sleep will be noticed as idle time only"
        );
    }
    outcome.is_ok()
}

/// The session thread: makes the window, says on `ready` whether that worked, then delivers the
/// window's messages for as long as the process lives.
fn run(ready: mpsc::SyncSender<Result<(), String>>) {
    match hidden_window() {
        Ok(window) => {
            register(window);
            drop(ready.send(Ok(())));
            pump_messages();
        }
        Err(problem) => drop(ready.send(Err(problem))),
    }
}

/// A top-level window that is never shown, of a class of its own whose procedure is
/// [`window_procedure`].
fn hidden_window() -> Result<HWND, String> {
    let class_name = w!("limber-session");
    // SAFETY: a null name asks for the module of limber's own executable, which stays loaded.
    let instance = unsafe { GetModuleHandleW(ptr::null()) };
    let class = WNDCLASSEXW {
        cbSize: size_of::<WNDCLASSEXW>() as u32,
        lpfnWndProc: Some(window_procedure),
        hInstance: instance,
        lpszClassName: class_name,
        ..WNDCLASSEXW::default()
    };
    // SAFETY: `class` is a filled-in WNDCLASSEXW with its size set; its class name is a static
    // string, and its procedure a function that lives as long as the process.
    if unsafe { RegisterClassExW(&class) } == 0 {
        return Err(format!(
            "cannot register a window class: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: the class was registered above; the title is a static string; no parent, menu or
    // creation data. Without WS_VISIBLE (and with no ShowWindow) the window is never shown.
    let window = unsafe {
        CreateWindowExW(
            0,
            class_name,
            w!("limber"),
            WS_OVERLAPPED,
            0,
            0,
            0,
            0,
            ptr::null_mut(),
            ptr::null_mut(),
            instance,
            ptr::null(),
        )
    };
    if window.is_null() {
        return Err(format!(
            "cannot create a window: {}",
            std::io::Error::last_os_error()
        ));
    }
    Ok(window)
}

/// Asks for lock and unlock of this session, and for suspend and resume. Power broadcasts reach
/// top-level windows even without the second registration, so its failure only goes to the log.
fn register(window: HWND) {
    // SAFETY: `window` is a live window of this thread, which outlives the registration.
    if unsafe { WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION) } == FALSE {
        tracing::warn!(
            "cannot watch locking ({}); a lock will be noticed as idle time only",
            std::io::Error::last_os_error()
        );
    }
    // SAFETY: as above; DEVICE_NOTIFY_WINDOW_HANDLE says the recipient is that window.
    if unsafe { RegisterSuspendResumeNotification(window, DEVICE_NOTIFY_WINDOW_HANDLE) } == 0 {
        tracing::debug!(
            "RegisterSuspendResumeNotification failed: {}",
            std::io::Error::last_os_error()
        );
    }
}

/// Runs the thread's message loop, which calls [`window_procedure`]. Nothing posts WM_QUIT, so
/// only an error ends it.
fn pump_messages() {
    let mut message = MSG::default();
    // SAFETY: `message` is a live MSG the call fills in; a null window means any of this thread's.
    while unsafe { GetMessageW(&mut message, ptr::null_mut(), 0, 0) } > 0 {
        // SAFETY: `message` was just filled in by GetMessageW.
        unsafe { DispatchMessageW(&message) };
    }
}

/// Turns the messages limber listens for into [`Message`]s, then lets Windows' default
/// processing answer each: TRUE to WM_QUERYENDSESSION (limber never holds up a log-off) and to
/// WM_POWERBROADCAST, 0 to the rest.
extern "system" fn window_procedure(
    window: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    match (message, wparam as u32) {
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) => tell(Message::Session(SessionEvent::Locked)),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) => {
            tell(Message::Session(SessionEvent::Unlocked))
        }
        (WM_POWERBROADCAST, PBT_APMSUSPEND) => {
            ASLEEP.store(true, Ordering::Relaxed);
            tell(Message::Session(SessionEvent::Sleeping));
        }
        // The first report of a resume; a second one finds ASLEEP false already.
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC | PBT_APMRESUMESUSPEND)
            if ASLEEP.swap(false, Ordering::Relaxed) =>
        {
            tell(Message::Session(SessionEvent::Woke))
        }
        // The user logs off or the machine shuts down (wParam is FALSE when that was cancelled).
        (WM_ENDSESSION, _) if wparam != 0 => leave(),
        _ => {}
    }
    // SAFETY: the arguments are the ones Windows passed to this window procedure.
    unsafe { DefWindowProcW(window, message, wparam, lparam) }
}

/// Ctrl+C or Ctrl+Break in the console limber runs in, or that console being closed: leave as
/// on SIGINT. Windows calls this on a thread of its own.
extern "system" fn on_console_control(event: u32) -> BOOL {
    match event {
        CTRL_C_EVENT | CTRL_BREAK_EVENT => {
            tell(Message::Terminate);
            TRUE
        }
        CTRL_CLOSE_EVENT => {
            leave();
            TRUE
        }
        // Log-off and shutdown come as WM_ENDSESSION to the window.
        _ => FALSE,
    }
}

/// Asks the loop to save and quit, and holds Windows, which ends the process when this returns,
/// until it has: the process exits during the wait, or the grace runs out.
fn leave() {
    tell(Message::Terminate);
    thread::sleep(SAVE_GRACE);
}

fn tell(message: Message) {
    if let Some(inbox) = INBOX.get() {
        // Closed means the loop has ended already; there is no one left to tell.
        drop(inbox.send(message));
    }
}
