//! Lock, unlock, sleep and wake on macOS, from the notifications AppKit and the login window
//! post.
//!
//! - Sleep and wake: `NSWorkspaceWillSleepNotification` and `NSWorkspaceDidWakeNotification`.
//! - Switching to another user (fast user switching) and back:
//!   `NSWorkspaceSessionDidResignActiveNotification` and
//!   `NSWorkspaceSessionDidBecomeActiveNotification`, counted as a lock and an unlock.
//! - Locking and unlocking the screen: `com.apple.screenIsLocked` and
//!   `com.apple.screenIsUnlocked` on the distributed notification center. Apple does not
//!   document these names; they are what the login window posts, and what other apps watch.
//!
//! One observer object receives all six on the main thread's run loop, which the daemon's loop
//! runs; nothing polls. The distributed ones are asked for with "deliver immediately": AppKit
//! suspends the delivery of distributed notifications to an application that is not active,
//! and a menu-bar app like limber rarely is.

use objc2::rc::Retained;
use objc2::runtime::AnyObject;
use objc2::{define_class, msg_send, sel, AnyThread, DefinedClass};
use objc2_app_kit::{
    NSWorkspace, NSWorkspaceDidWakeNotification, NSWorkspaceSessionDidBecomeActiveNotification,
    NSWorkspaceSessionDidResignActiveNotification, NSWorkspaceWillSleepNotification,
};
use objc2_foundation::{
    ns_string, NSDistributedNotificationCenter, NSNotification, NSNotificationSuspensionBehavior,
    NSObject, NSObjectProtocol,
};

use crate::daemon::message::{Inbox, Message, SessionEvent};

define_class!(
    // SAFETY: NSObject has no subclassing requirements, and `SessionObserver` has no `Drop`.
    #[unsafe(super(NSObject))]
    #[ivars = Inbox]
    struct SessionObserver;

    // SAFETY: NSObjectProtocol asks nothing beyond what NSObject already implements.
    unsafe impl NSObjectProtocol for SessionObserver {}

    // SAFETY: each method matches the selector's signature: one `NSNotification *` argument,
    // no result, as notification centers call their observers.
    impl SessionObserver {
        #[unsafe(method(locked:))]
        fn locked(&self, _notification: &NSNotification) {
            self.tell(SessionEvent::Locked);
        }

        #[unsafe(method(unlocked:))]
        fn unlocked(&self, _notification: &NSNotification) {
            self.tell(SessionEvent::Unlocked);
        }

        #[unsafe(method(sleeping:))]
        fn sleeping(&self, _notification: &NSNotification) {
            self.tell(SessionEvent::Sleeping);
        }

        #[unsafe(method(woke:))]
        fn woke(&self, _notification: &NSNotification) {
            self.tell(SessionEvent::Woke);
        }
    }
);

impl SessionObserver {
    fn new(inbox: Inbox) -> Retained<SessionObserver> {
        let this = Self::alloc().set_ivars(inbox);
        // SAFETY: NSObject's designated initializer, called once on a freshly allocated object.
        unsafe { msg_send![super(this), init] }
    }

    fn tell(&self, event: SessionEvent) {
        // A closed inbox means the daemon is shutting down: nobody needs to know any more.
        let _ = self.ivars().send(Message::Session(event));
    }
}

/// Starts watching the session. Called once, on the main thread, once the event loop runs.
/// Returns whether it is being watched, which on macOS it always is.
pub fn watch(inbox: Inbox) -> bool {
    let observer = SessionObserver::new(inbox);
    let receiver: &AnyObject = &observer;

    let workspace = NSWorkspace::sharedWorkspace().notificationCenter();
    // SAFETY: the names are AppKit's constant strings, valid for the life of the process.
    let workspace_names = unsafe {
        [
            (NSWorkspaceWillSleepNotification, sel!(sleeping:)),
            (NSWorkspaceDidWakeNotification, sel!(woke:)),
            (NSWorkspaceSessionDidResignActiveNotification, sel!(locked:)),
            (
                NSWorkspaceSessionDidBecomeActiveNotification,
                sel!(unlocked:),
            ),
        ]
    };
    for (name, selector) in workspace_names {
        // SAFETY: `receiver` implements `selector` with the signature notification centers call
        // (see `SessionObserver`); no sender filter.
        unsafe { workspace.addObserver_selector_name_object(receiver, selector, Some(name), None) };
    }

    let distributed = NSDistributedNotificationCenter::defaultCenter();
    for (name, selector) in [
        (ns_string!("com.apple.screenIsLocked"), sel!(locked:)),
        (ns_string!("com.apple.screenIsUnlocked"), sel!(unlocked:)),
    ] {
        // SAFETY: as above.
        unsafe {
            distributed.addObserver_selector_name_object_suspensionBehavior(
                receiver,
                selector,
                Some(name),
                None,
                NSNotificationSuspensionBehavior::DeliverImmediately,
            )
        };
    }

    // Notification centers do not keep their observers alive, and these observations are meant
    // to last as long as the daemon: the observer is deliberately never released.
    std::mem::forget(observer);
    true
}
