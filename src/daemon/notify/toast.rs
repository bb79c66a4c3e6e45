//! Reminder notifications on Windows, as toasts.
//!
//! Through `tauri-winrt-notification`, the toast library notify-rust's Windows backend is built
//! on, used directly for the reason the Linux notifier speaks D-Bus itself: notify-rust hands a
//! toast's answer to one blocking wait per notification (a parked thread each, and one that may
//! never end if Windows drops the toast without a word), while the toast library calls back on
//! Windows' own thread pool whenever the user answers. No thread of limber's waits, and a
//! reminder that moved to Action Center can still be answered from there.
//!
//! Answers go through [`OnScreen`], so only the reminder on screen is ever answered. Neither
//! timing out into Action Center nor being hidden by limber counts as an answer.
//! Withdrawing clears all of limber's toasts, on screen and in Action Center, by app id: the
//! toast library keeps the toast object to itself, so there is no one toast to hide.
//!
//! Windows names a toast's sender by its AppUserModelID. An installed limber has its id
//! registered by the MSI; a copy run from a folder registers it on first use, for this user.

use std::ffi::OsStr;
use std::sync::Once;
use std::time::Duration;

use tauri_winrt_notification::{Scenario, Sound, Toast, ToastDismissalReason};
use windows::core::HSTRING;
use windows::UI::Notifications::ToastNotificationManager;
use windows_sys::Win32::System::Registry::KEY_QUERY_VALUE;

use crate::core::catalog::Stretch;
use crate::core::engine::Answer;
use crate::daemon::wording;
use crate::win32::{set_user_string, Key};

use super::{button_answer, NotifyError, OnScreen, SKIP, SNOOZE, START};

/// limber's AppUserModelID, the same the MSI registers.
const APP_ID: &str = "io.github.limber";
/// Where an unpackaged app's AppUserModelID is registered, under `HKEY_CURRENT_USER`.
const APP_ID_KEY: &str = r"Software\Classes\AppUserModelId\io.github.limber";

pub struct Notifier {
    /// The id the next reminder gets.
    next_id: u32,
    on_screen: OnScreen,
}

impl Notifier {
    /// `on_answer(id, answer)`: the user answered reminder `id`. The system's notification
    /// service does not come and go, so `_on_server_back` is never called here.
    pub fn new(
        on_answer: impl Fn(u32, Answer) + Send + Sync + 'static,
        _on_server_back: impl Fn() + Send + Sync + 'static,
    ) -> Notifier {
        Notifier {
            next_id: 1,
            on_screen: OnScreen::new(on_answer),
        }
    }

    /// Shows the reminder with Start (also a click on the body), Snooze and Skip, replacing any
    /// earlier one. Returns its id.
    pub fn show_reminder(
        &mut self,
        stretch: &Stretch,
        sat_for: Duration,
        snooze: Duration,
        quiet: bool,
        _tray_shown: bool,
    ) -> Result<u32, NotifyError> {
        self.withdraw();
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        let buttons = wording::buttons(snooze);
        let toast = toast(
            &wording::reminder_summary(sat_for),
            &wording::reminder_body(stretch),
        )
        .add_button(&buttons.start, START)
        .add_button(&buttons.snooze, SNOOZE)
        .add_button(&buttons.skip, SKIP);
        let (activated, dismissed) = (self.on_screen.clone(), self.on_screen.clone());
        let toast = toast
            // A click on the toast itself comes with no button's key: Start.
            .on_activated(move |key| {
                if let Some(answer) = key.as_deref().map_or(Some(Answer::Start), button_answer) {
                    activated.answer(id, answer);
                }
                Ok(())
            })
            .on_dismissed(move |reason| {
                if reason == Some(ToastDismissalReason::UserCanceled) {
                    dismissed.answer(id, Answer::Dismissed);
                }
                Ok(())
            });
        // The Reminder scenario keeps the toast on screen until it is answered. Quiet (held as
        // long as allowed while the user was busy): an ordinary toast with no sound, which moves
        // to Action Center after a while.
        let toast = if quiet {
            toast.sound(None)
        } else {
            toast
                .scenario(Scenario::Reminder)
                .sound(Some(Sound::Reminder))
        };
        // On record before it is shown, so an answer can never arrive first.
        self.on_screen.showing(id);
        if let Err(error) = toast.show() {
            self.on_screen.clear();
            return Err(not_shown(error));
        }
        Ok(id)
    }

    /// Takes the reminder off the screen and out of Action Center, if one is showing.
    pub fn withdraw(&mut self) {
        if self.on_screen.clear().is_none() {
            return;
        }
        if let Err(error) = ToastNotificationManager::History()
            .and_then(|history| history.ClearWithId(&HSTRING::from(APP_ID)))
        {
            tracing::debug!("could not clear limber's toasts: {error}");
        }
    }

    /// A one-off notice with no buttons and no sound (e.g. a config problem).
    pub fn tell(&mut self, summary: &str, body: &str) -> Result<(), NotifyError> {
        toast(summary, body).sound(None).show().map_err(not_shown)
    }
}

fn not_shown(error: tauri_winrt_notification::Error) -> NotifyError {
    NotifyError(format!(
        "Windows would not show a toast ({error}); toasts need Windows 10 or later and a \
         signed-in desktop session"
    ))
}

/// A toast from limber, its identity registered first.
fn toast(title: &str, body: &str) -> Toast {
    static REGISTER: Once = Once::new();
    REGISTER.call_once(|| {
        if let Err(error) = register_app_id() {
            tracing::warn!(
                "could not register limber's name for notifications ({error}); \
                 toasts may not show, or show without it"
            );
        }
    });
    Toast::new(APP_ID).title(title).text1(body)
}

/// Registers limber's AppUserModelID for this user unless it is there already (the MSI writes
/// it, or an earlier run did): `DisplayName`, and `IconUri` when `limber.ico` sits next to the
/// exe, as the MSI installs it.
fn register_app_id() -> Result<(), String> {
    if Key::current_user(APP_ID_KEY, KEY_QUERY_VALUE)?.is_some() {
        return Ok(());
    }
    set_user_string(APP_ID_KEY, "DisplayName", OsStr::new("limber"))?;
    let icon = std::env::current_exe()
        .map_err(|error| error.to_string())?
        .with_file_name("limber.ico");
    if icon.is_file() {
        set_user_string(APP_ID_KEY, "IconUri", icon.as_os_str())?;
    }
    Ok(())
}
