//! The timer windows the daemon knows of, and which one the stretch under way belongs to.
//!
//! A window is known by its process when this limber started it (a thread waits for it to exit),
//! and by its connection once it reports (a window keeps its connection open while it is on
//! screen). Whichever way the window that owns the stretch goes away, the loop ends the stretch:
//! its end report, its connection closing, or its process exiting. The connections are also how
//! the daemon tells windows to close.
//!
//! A window that outlives its stretch (paused and forgotten, or stopped) is told to close when
//! the core ends the stretch as overdue; its connection is remembered until it goes, so an end
//! report it sends after all is answered without recording the stretch a second time.

use std::collections::{HashMap, HashSet};

use crate::ipc::{self, Reply, UnixStream};

/// How many windows may report at once; more are refused.
pub const MAX_WINDOWS: usize = 4;

/// The window whose end, or loss, ends the stretch under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The window process this limber started, before it reports.
    Child(u32),
    /// A window reporting over the connection with this session number.
    Session(u64),
}

/// A window reporting over its connection.
struct Reporting {
    /// Kept to tell the window to close.
    stream: Option<UnixStream>,
    pid: Option<u32>,
    /// Counting a stretch; false while it waits on its start screen.
    counting: bool,
}

/// A window's connection that closed, and what that means.
pub struct Closed {
    /// It owned the stretch under way.
    pub owned: bool,
    /// It was counting; false for a window that only ever showed its start screen.
    pub counting: bool,
}

#[derive(Default)]
pub struct TimerWindows {
    reporting: HashMap<u64, Reporting>,
    owner: Option<Owner>,
    /// The window process this limber started, while it runs.
    child: Option<u32>,
    /// The connections of windows told to close because their stretch ran out, until they go.
    overdue: HashSet<u64>,
}

impl TimerWindows {
    /// Whether a window is open, or starting.
    pub fn any_open(&self) -> bool {
        self.child.is_some() || !self.reporting.is_empty()
    }

    /// Whether the window on `session`, process `pid`, may report: one already known, the one
    /// this limber started (windows that never go cannot crowd it out), or room for one more.
    pub fn has_room_for(&self, session: u64, pid: Option<u32>) -> bool {
        self.reporting.contains_key(&session)
            || (pid.is_some() && pid == self.child)
            || self.reporting.len() < MAX_WINDOWS
    }

    /// Whether the window on `session`, process `pid`, may take the stretch under way: nobody
    /// owns it, or the owner is this window (its connection, or the process this limber started).
    pub fn may_own(&self, session: u64, pid: Option<u32>) -> bool {
        match self.owner {
            None => true,
            Some(Owner::Session(owner)) => owner == session,
            Some(Owner::Child(child)) => pid == Some(child),
        }
    }

    pub fn set_owner(&mut self, owner: Option<Owner>) {
        self.owner = owner;
    }

    /// This limber started window process `pid`; `owns`: for the stretch under way.
    pub fn launched(&mut self, pid: u32, owns: bool) {
        self.child = Some(pid);
        if owns {
            self.owner = Some(Owner::Child(pid));
        }
    }

    /// The window on `session` reports: it opened (with its connection), or began counting.
    /// Returns whether it is new.
    pub fn reports(
        &mut self,
        session: u64,
        pid: Option<u32>,
        counting: bool,
        stream: Option<UnixStream>,
    ) -> bool {
        let new = !self.reporting.contains_key(&session);
        let window = self.reporting.entry(session).or_insert(Reporting {
            stream: None,
            pid,
            counting,
        });
        window.counting |= counting;
        window.stream = stream.or(window.stream.take());
        new
    }

    /// The window on `session` is done reporting (it ended, or its connection closed).
    pub fn closed(&mut self, session: u64) -> Option<Closed> {
        self.overdue.remove(&session);
        let window = self.reporting.remove(&session)?;
        let owned = self.owner == Some(Owner::Session(session));
        if owned {
            self.owner = None;
        }
        Some(Closed {
            owned,
            counting: window.counting,
        })
    }

    /// The window process `pid` exited. Returns whether it still owned the stretch under way
    /// (it never reported; its connection, had it one, would have said so first).
    pub fn exited(&mut self, pid: u32) -> bool {
        if self.child == Some(pid) {
            self.child = None;
        }
        let owned = self.owner == Some(Owner::Child(pid));
        if owned {
            self.owner = None;
        }
        owned
    }

    /// The stretch under way ran out of time without its window: tells the window that owns it
    /// to close, and remembers its connection ([`TimerWindows::reports_late`]). A window this
    /// limber started that never reported has no connection to be told on; it only loses the
    /// stretch.
    pub fn close_owner(&mut self) {
        let Some(Owner::Session(session)) = self.owner.take() else {
            return;
        };
        if let Some(mut window) = self.reporting.remove(&session) {
            tell_to_close(&mut window);
            self.overdue.insert(session);
        }
    }

    /// Whether the window on `session` reports after it was told to close for running out of
    /// time (its stretch is already recorded). Its connection is forgotten then.
    pub fn reports_late(&mut self, session: u64) -> bool {
        self.overdue.remove(&session)
    }

    /// Tells the windows on their start screen to close: the reminder they show was withdrawn.
    pub fn close_waiting(&mut self) {
        self.close_where(|window| !window.counting);
    }

    /// Tells every window to close: limber is quitting. Each records its own stretch.
    pub fn close_all(&mut self) {
        self.close_where(|_| true);
    }

    fn close_where(&mut self, which: impl Fn(&Reporting) -> bool) {
        self.reporting.retain(|_, window| {
            if !which(window) {
                return true;
            }
            tell_to_close(window);
            false
        });
        if matches!(self.owner, Some(Owner::Session(session)) if !self.reporting.contains_key(&session))
        {
            self.owner = None;
        }
    }
}

/// Tells `window` to close over its connection, without waiting: a window that stopped reading
/// (stopped with SIGSTOP, or hostile) cannot hold the loop, and loses only the message.
fn tell_to_close(window: &mut Reporting) {
    if let Some(stream) = &mut window.stream {
        if let Err(error) = ipc::offer_reply(stream, &Reply::close_window()) {
            tracing::debug!("could not tell a timer window to close: {error}");
        }
    }
    tracing::debug!("told the timer window of process {:?} to close", window.pid);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_started_by_limber_hands_its_stretch_to_its_own_connection() {
        let mut windows = TimerWindows::default();
        windows.launched(41, true);
        assert!(!windows.may_own(1, Some(99)), "another process");
        assert!(windows.may_own(1, Some(41)));
        windows.set_owner(Some(Owner::Session(1)));
        windows.reports(1, Some(41), true, None);
        // Its process exiting after its connection took over ends nothing by itself.
        assert!(!windows.exited(41));
        let closed = windows.closed(1).expect("known");
        assert!(closed.owned && closed.counting);
        assert!(!windows.any_open());
    }

    #[test]
    fn a_window_that_dies_before_reporting_owned_its_stretch() {
        let mut windows = TimerWindows::default();
        windows.launched(41, true);
        assert!(windows.exited(41));
        assert!(!windows.exited(41), "only once");
    }

    #[test]
    fn a_window_on_its_start_screen_owns_nothing_and_closes_with_its_reminder() {
        let mut windows = TimerWindows::default();
        windows.reports(3, Some(7), false, None);
        windows.reports(4, Some(8), true, None);
        windows.set_owner(Some(Owner::Session(4)));
        windows.close_waiting();
        assert!(windows.closed(3).is_none(), "closed with its reminder");
        assert!(windows.closed(4).is_some_and(|closed| closed.owned));
    }

    #[test]
    fn a_window_closed_for_running_out_of_time_is_known_when_it_reports_late() {
        let mut windows = TimerWindows::default();
        windows.reports(5, Some(9), true, None);
        windows.set_owner(Some(Owner::Session(5)));
        windows.close_owner();
        assert!(!windows.any_open());
        assert!(windows.may_own(6, None), "the stretch is nobody's");
        assert!(windows.reports_late(5));
        assert!(!windows.reports_late(5), "only once");
        // Gone without a word: forgotten all the same.
        windows.reports(7, Some(10), true, None);
        windows.set_owner(Some(Owner::Session(7)));
        windows.close_owner();
        assert!(windows.closed(7).is_none());
        assert!(!windows.reports_late(7));
    }

    #[test]
    fn no_more_than_a_few_windows_may_report() {
        let mut windows = TimerWindows::default();
        for session in 0..MAX_WINDOWS as u64 {
            assert!(windows.has_room_for(session, None));
            windows.reports(session, None, false, None);
        }
        assert!(windows.has_room_for(0, None), "a known one reports again");
        let next = MAX_WINDOWS as u64;
        assert!(!windows.has_room_for(next, None));
        assert!(!windows.has_room_for(next, Some(41)));
        windows.launched(41, true);
        assert!(
            windows.has_room_for(next, Some(41)),
            "the window this limber started"
        );
    }
}
