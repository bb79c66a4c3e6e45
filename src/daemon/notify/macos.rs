//! Reminder notifications on macOS, through the UserNotifications framework.
//!
//! **Only limber.app can notify.** macOS ties notifications to an application bundle: asked from
//! a bare binary (`limber` run from a terminal), `UNUserNotificationCenter` raises an
//! Objective-C exception, which would end the process. So the bundle is checked first; without
//! one every call says so, and the daemon opens the timer window instead, as it does on Linux
//! when no notification server answers.
//!
//! With a bundle, the center is set up when the daemon starts rather than at the first reminder:
//! the permission prompt then appears at launch, where people expect it, and is answered long
//! before a reminder could be lost to it. The reminder is a notification of the "reminder"
//! category, whose buttons are Start, Snooze and Skip; a click on the notification itself is
//! Start, closing it is Dismissed. Answers arrive at a delegate object, on whatever thread the
//! framework chooses, and go through [`OnScreen`], so only the reminder on screen is ever
//! answered.
//!
//! Request ids are limber's own counter, as decimal strings. Adding a notification is
//! asynchronous: a failure is logged when the framework reports it, too late to fall back to
//! the timer window. Permission is the one failure known in advance (as last heard: it is asked
//! again before each notice), and it does fall back.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use block2::{DynBlock, RcBlock};
use objc2::rc::Retained;
use objc2::runtime::{Bool, ProtocolObject};
use objc2::{available, define_class, msg_send, AnyThread, DefinedClass};
use objc2_foundation::{
    ns_string, NSArray, NSBundle, NSError, NSObject, NSObjectProtocol, NSSet, NSString,
};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNMutableNotificationContent, UNNotification, UNNotificationAction,
    UNNotificationActionOptions, UNNotificationCategory, UNNotificationCategoryOptions,
    UNNotificationContent, UNNotificationDefaultActionIdentifier,
    UNNotificationDismissActionIdentifier, UNNotificationInterruptionLevel,
    UNNotificationPresentationOptions, UNNotificationRequest, UNNotificationResponse,
    UNNotificationSound, UNUserNotificationCenter, UNUserNotificationCenterDelegate,
};

use crate::core::catalog::Stretch;
use crate::core::engine::Answer;
use crate::daemon::wording::{self, Buttons};

use super::{button_answer, NotifyError, OnScreen, SKIP, SNOOZE, START};

pub struct Notifier {
    /// The notification center, or why limber cannot use one.
    center: Result<Center, String>,
    on_screen: OnScreen,
    last_id: u32,
}

impl Notifier {
    /// `on_answer(id, answer)`: the user answered reminder `id`. The system's notification
    /// service does not come and go, so `_on_server_back` is never called here.
    pub fn new(
        on_answer: impl Fn(u32, Answer) + Send + Sync + 'static,
        _on_server_back: impl Fn() + Send + Sync + 'static,
    ) -> Notifier {
        let on_screen = OnScreen::new(on_answer);
        Notifier {
            center: Center::open(on_screen.clone()),
            on_screen,
            last_id: 0,
        }
    }

    /// Shows the reminder with Start (also a click on the notification), Snooze and Skip,
    /// replacing any earlier one. Returns its id.
    pub fn show_reminder(
        &mut self,
        stretch: &Stretch,
        sat_for: Duration,
        snooze: Duration,
        quiet: bool,
        _tray_shown: bool,
    ) -> Result<u32, NotifyError> {
        self.withdraw();
        let id = self.next_id();
        let center = usable(&mut self.center)?;
        center.permitted()?;
        center.register_reminder_category(wording::buttons(snooze));
        let content = content(
            &wording::reminder_summary(sat_for),
            &wording::reminder_body(stretch),
        );
        content.setCategoryIdentifier(ns_string!("reminder"));
        // Quiet once it was held as long as allowed: the user may still be busy. Without sound
        // everywhere; from macOS 12 also passive, straight into Notification Center.
        if !quiet {
            content.setSound(Some(&UNNotificationSound::defaultSound()));
        }
        if available!(macos = 12.0) {
            content.setInterruptionLevel(if quiet {
                UNNotificationInterruptionLevel::Passive
            } else {
                UNNotificationInterruptionLevel::Active
            });
        }
        // On record before it is added, so an answer can never arrive first.
        self.on_screen.showing(id);
        center.add(id, &content);
        Ok(id)
    }

    /// Takes the reminder off the screen, if one is showing.
    pub fn withdraw(&mut self) {
        let Some(id) = self.on_screen.clear() else {
            return;
        };
        if let Ok(center) = &self.center {
            let ids = NSArray::from_retained_slice(&[identifier(id)]);
            center
                .center
                .removeDeliveredNotificationsWithIdentifiers(&ids);
            center
                .center
                .removePendingNotificationRequestsWithIdentifiers(&ids);
        }
    }

    /// A one-off notice without buttons or sound (e.g. a config problem).
    pub fn tell(&mut self, summary: &str, body: &str) -> Result<(), NotifyError> {
        let id = self.next_id();
        let center = usable(&mut self.center)?;
        center.permitted()?;
        center.add(id, &content(summary, body));
        Ok(())
    }

    fn next_id(&mut self) -> u32 {
        self.last_id = self.last_id.wrapping_add(1);
        self.last_id
    }
}

/// The center, or why there is none.
fn usable(center: &mut Result<Center, String>) -> Result<&mut Center, NotifyError> {
    center
        .as_mut()
        .map_err(|problem| NotifyError(problem.clone()))
}

const NO_BUNDLE: &str = "notifications need limber.app (macOS lets only app bundles notify, \
                         and this limber runs outside one)";

/// The app's notification center, and what limber keeps alongside it.
struct Center {
    center: Retained<UNUserNotificationCenter>,
    /// The center holds its delegate weakly; this is the strong reference.
    _delegate: Retained<Delegate>,
    /// Whether the user lets limber notify, as last heard.
    allowed: Arc<AtomicBool>,
    /// The buttons' labels the "reminder" category was registered with: the snooze length
    /// can change with the config.
    buttons: Option<Buttons>,
}

impl Center {
    fn open(on_screen: OnScreen) -> Result<Center, String> {
        if NSBundle::mainBundle().bundleIdentifier().is_none() {
            return Err(NO_BUNDLE.into());
        }
        let center = UNUserNotificationCenter::currentNotificationCenter();
        let delegate = Delegate::new(on_screen);
        center.setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
        // Notifications left by an earlier run can no longer be answered: their moment is gone.
        center.removeAllDeliveredNotifications();
        let center = Center {
            center,
            _delegate: delegate,
            allowed: Arc::new(AtomicBool::new(true)),
            buttons: None,
        };
        center.ask_permission();
        Ok(center)
    }

    /// Asks to show alerts with sound. macOS prompts only the first time; after that the answer
    /// is the user's current choice in System Settings, which is how `allowed` stays current.
    /// A refusal is logged when it is first heard.
    fn ask_permission(&self) {
        let allowed = Arc::clone(&self.allowed);
        let answered = RcBlock::new(move |granted: Bool, error: *mut NSError| {
            let granted = granted.as_bool();
            let was_allowed = allowed.swap(granted, Ordering::Relaxed);
            if granted && !was_allowed {
                tracing::info!("notifications are allowed again");
            } else if !granted && was_allowed {
                // SAFETY: the framework passes a valid NSError or nil.
                match unsafe { error.as_ref() } {
                    Some(error) => tracing::warn!(
                        "cannot ask for notifications: {}",
                        error.localizedDescription()
                    ),
                    None => tracing::warn!(
                        "notifications are turned off for limber in System Settings; \
                         reminders open the timer window instead"
                    ),
                }
            }
        });
        self.center
            .requestAuthorizationWithOptions_completionHandler(
                UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
                &answered,
            );
    }

    /// Whether limber may notify, as last heard; asks again, for next time.
    fn permitted(&self) -> Result<(), NotifyError> {
        let allowed = self.allowed.load(Ordering::Relaxed);
        self.ask_permission();
        if allowed {
            Ok(())
        } else {
            Err(NotifyError(
                "notifications are turned off for limber in System Settings".into(),
            ))
        }
    }

    /// Registers the "reminder" category (its buttons), unless it is registered already with
    /// these labels.
    fn register_reminder_category(&mut self, labels: Buttons) {
        if self.buttons.as_ref() == Some(&labels) {
            return;
        }
        let button = |id: &NSString, title: &str, options| {
            UNNotificationAction::actionWithIdentifier_title_options(
                id,
                &NSString::from_str(title),
                options,
            )
        };
        let buttons = NSArray::from_retained_slice(&[
            // Like a click on the notification itself, Start brings limber forward.
            button(
                &NSString::from_str(START),
                &labels.start,
                UNNotificationActionOptions::Foreground,
            ),
            button(
                &NSString::from_str(SNOOZE),
                &labels.snooze,
                UNNotificationActionOptions::empty(),
            ),
            button(
                &NSString::from_str(SKIP),
                &labels.skip,
                UNNotificationActionOptions::empty(),
            ),
        ]);
        // CustomDismissAction: closing the reminder is reported too, as Dismissed.
        let category =
            UNNotificationCategory::categoryWithIdentifier_actions_intentIdentifiers_options(
                ns_string!("reminder"),
                &buttons,
                &NSArray::new(),
                UNNotificationCategoryOptions::CustomDismissAction,
            );
        self.center
            .setNotificationCategories(&NSSet::from_retained_slice(&[category]));
        self.buttons = Some(labels);
    }

    /// Delivers `content` now under `id`, replacing a delivered notification with that id.
    fn add(&self, id: u32, content: &UNNotificationContent) {
        let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
            &identifier(id),
            content,
            None,
        );
        let added = RcBlock::new(|error: *mut NSError| {
            // SAFETY: the framework passes a valid NSError or nil.
            if let Some(error) = unsafe { error.as_ref() } {
                tracing::warn!(
                    "macOS did not show the notification: {}",
                    error.localizedDescription()
                );
            }
        });
        self.center
            .addNotificationRequest_withCompletionHandler(&request, Some(&added));
    }
}

/// A notification's title and body, silent unless a sound is added.
fn content(title: &str, body: &str) -> Retained<UNMutableNotificationContent> {
    let content = UNMutableNotificationContent::new();
    content.setTitle(&NSString::from_str(title));
    content.setBody(&NSString::from_str(body));
    content
}

/// A request's identifier: limber's id in decimal.
fn identifier(id: u32) -> Retained<NSString> {
    NSString::from_str(&id.to_string())
}

define_class!(
    // SAFETY: NSObject has no subclassing requirements, and `Delegate` has no `Drop`.
    #[unsafe(super(NSObject))]
    #[ivars = OnScreen]
    struct Delegate;

    // SAFETY: NSObjectProtocol asks nothing beyond what NSObject already implements.
    unsafe impl NSObjectProtocol for Delegate {}

    // SAFETY: both methods are optional in the protocol, and their signatures are the ones the
    // bindings declare for it.
    unsafe impl UNUserNotificationCenterDelegate for Delegate {
        /// Asked before showing a notification while limber is the active app, which a menu-bar
        /// app can be at times: show it anyway, as a banner and in Notification Center. Sound
        /// only plays if the notification has one.
        #[unsafe(method(userNotificationCenter:willPresentNotification:withCompletionHandler:))]
        fn will_present(
            &self,
            _center: &UNUserNotificationCenter,
            _notification: &UNNotification,
            completion_handler: &DynBlock<dyn Fn(UNNotificationPresentationOptions)>,
        ) {
            completion_handler.call((UNNotificationPresentationOptions::Banner
                | UNNotificationPresentationOptions::List
                | UNNotificationPresentationOptions::Sound,));
        }

        #[unsafe(method(userNotificationCenter:didReceiveNotificationResponse:withCompletionHandler:))]
        fn did_receive(
            &self,
            _center: &UNUserNotificationCenter,
            response: &UNNotificationResponse,
            completion_handler: &DynBlock<dyn Fn()>,
        ) {
            self.answer(response);
            completion_handler.call(());
        }
    }
);

impl Delegate {
    fn new(on_screen: OnScreen) -> Retained<Delegate> {
        let this = Self::alloc().set_ivars(on_screen);
        // SAFETY: NSObject's designated initializer, called once on a freshly allocated object.
        unsafe { msg_send![super(this), init] }
    }

    /// Passes the user's answer on, if it answers the reminder on screen.
    fn answer(&self, response: &UNNotificationResponse) {
        let Some(answer) = answer_of(&response.actionIdentifier()) else {
            return;
        };
        let request = response.notification().request().identifier();
        let Ok(id) = request.to_string().parse::<u32>() else {
            return;
        };
        self.ivars().answer(id, answer);
    }
}

/// What a response's action identifier means.
fn answer_of(action: &NSString) -> Option<Answer> {
    // SAFETY: the framework's constant strings, valid for the life of the process.
    let (clicked, closed) = unsafe {
        (
            UNNotificationDefaultActionIdentifier,
            UNNotificationDismissActionIdentifier,
        )
    };
    if action == clicked {
        return Some(Answer::Start);
    }
    if action == closed {
        return Some(Answer::Dismissed);
    }
    button_answer(&action.to_string())
}
