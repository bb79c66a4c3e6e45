//! Which reminder is on screen, shared by a notifier and whatever hears the user's answers (a
//! D-Bus listener thread, a toast's callbacks, a notification delegate).
//!
//! Only the reminder on screen can be answered, and only once: an answer for any other id (one
//! limber replaced or withdrew itself) is dropped here, so the loop never sees a stale answer.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::core::engine::Answer;

/// The reminder on screen and where its answer goes; cheap to clone into every listener.
#[derive(Clone)]
pub struct OnScreen {
    current: Arc<Mutex<Option<u32>>>,
    on_answer: Arc<dyn Fn(u32, Answer) + Send + Sync>,
}

impl OnScreen {
    pub fn new(on_answer: impl Fn(u32, Answer) + Send + Sync + 'static) -> OnScreen {
        OnScreen {
            current: Arc::default(),
            on_answer: Arc::new(on_answer),
        }
    }

    /// Reminder `id` is on screen (or about to be): from now on only it can be answered.
    pub fn showing(&self, id: u32) {
        *self.lock() = Some(id);
    }

    /// Nothing is on screen any more; returns the reminder that was.
    pub fn clear(&self) -> Option<u32> {
        self.lock().take()
    }

    /// The user answered reminder `id`: passed on if it is the one on screen, which it then no
    /// longer is.
    pub fn answer(&self, id: u32, answer: Answer) {
        let mut shown = self.lock();
        if *shown == Some(id) {
            *shown = None;
            drop(shown);
            (self.on_answer)(id, answer);
        }
    }

    fn lock(&self) -> MutexGuard<'_, Option<u32>> {
        self.current.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer passed on, in order.
    type Heard = Arc<Mutex<Vec<(u32, Answer)>>>;

    fn recording() -> (OnScreen, Heard) {
        let heard = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&heard);
        let on_screen = OnScreen::new(move |id, answer| sink.lock().unwrap().push((id, answer)));
        (on_screen, heard)
    }

    #[test]
    fn the_reminder_on_screen_is_answered_once() {
        let (on_screen, heard) = recording();
        on_screen.showing(7);
        on_screen.answer(7, Answer::Snooze);
        on_screen.answer(7, Answer::Start);
        assert_eq!(*heard.lock().unwrap(), [(7, Answer::Snooze)]);
    }

    #[test]
    fn answers_to_replaced_or_withdrawn_reminders_are_dropped() {
        let (on_screen, heard) = recording();
        on_screen.showing(1);
        on_screen.showing(2);
        on_screen.answer(1, Answer::Skip);
        assert_eq!(on_screen.clear(), Some(2));
        on_screen.answer(2, Answer::Start);
        assert!(heard.lock().unwrap().is_empty());
    }
}
