//! Holding a due reminder while the user is busy: in a call, presenting, watching something
//! fullscreen, with Do Not Disturb on, or taking (or just back from) GNOME's own break.
//!
//! The shell says *whether* the user is busy (it asks the desktop); this module decides *what
//! that means for the reminder*: hold it, look again within [`RECHECK`], let it through once
//! nothing is busy any more, and never hold longer than the configured maximum, after which the
//! reminder is shown anyway, quietly. The engine drops the hold as soon as the reminder would no
//! longer fire (a natural break, a pause, a snooze, a stretch).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::clock::Mono;

/// How often a held reminder looks again: it fires at most this long after the last busy moment.
pub const RECHECK: Duration = Duration::from_secs(60);

/// Why the user is busy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusyReason {
    /// Do Not Disturb is on.
    DoNotDisturb,
    /// A call: something asked the session not to idle (a call app, a video playing), or a
    /// camera is in use.
    Call,
    /// The active window is fullscreen: a presentation, a film, a game.
    Fullscreen,
    /// GNOME's own break reminder is due or under way, or ended a few minutes ago
    /// ([`super::gnome_break`]).
    GnomeBreak,
}

/// The deferral settings from the config file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HoldRules {
    /// Whether any busy source is switched on; with none, reminders are never held.
    pub enabled: bool,
    /// The longest a reminder is held before it is shown anyway.
    pub max: Duration,
}

/// A reminder that came due and is waiting for the user to be free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hold {
    /// When the reminder first came due.
    since: Mono,
    /// What the last check found (empty until the first answer).
    reasons: Vec<BusyReason>,
    /// Every reason any check found, for the history: a call that became a fullscreen film.
    held_for: Vec<BusyReason>,
    /// When to check again.
    check_at: Mono,
}

/// What to do after a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterCheck {
    /// Show the reminder now; `quiet` when it was held for the whole maximum.
    Show { quiet: bool },
    /// Keep holding.
    Hold,
}

impl Hold {
    /// A reminder came due at `now`; the shell is asked to check at once.
    pub fn begin(now: Mono) -> Hold {
        Hold {
            since: now,
            reasons: Vec::new(),
            held_for: Vec::new(),
            check_at: now + RECHECK,
        }
    }

    /// Whether a new check is owed at `now`.
    pub fn check_due(&self, now: Mono) -> bool {
        now >= self.check_at
    }

    /// A check is being asked for at `now`; the next one, should the answer never come, is a
    /// [`RECHECK`] later.
    pub fn checking(&mut self, now: Mono) {
        self.check_at = now + RECHECK;
    }

    pub fn check_at(&self) -> Mono {
        self.check_at
    }

    /// What held it at the last check; empty while the first check is under way.
    pub fn reasons(&self) -> &[BusyReason] {
        &self.reasons
    }

    /// When the reminder came due.
    pub fn since(&self) -> Mono {
        self.since
    }

    /// Every reason that held it so far, in order, once each; empty if nothing ever did.
    pub fn held_for(&self) -> &[BusyReason] {
        &self.held_for
    }

    /// The answer to a check made at `now`.
    pub fn checked(
        &mut self,
        now: Mono,
        mut reasons: Vec<BusyReason>,
        rules: &HoldRules,
    ) -> AfterCheck {
        reasons.sort_unstable();
        reasons.dedup();
        for reason in &reasons {
            if let Err(place) = self.held_for.binary_search(reason) {
                self.held_for.insert(place, *reason);
            }
        }
        if reasons.is_empty() {
            return AfterCheck::Show { quiet: false };
        }
        if now.saturating_since(self.since) >= rules.max {
            return AfterCheck::Show { quiet: true };
        }
        self.reasons = reasons;
        // Never look later than the moment the maximum runs out.
        self.check_at = (now + RECHECK).min(self.since + rules.max);
        AfterCheck::Hold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: HoldRules = HoldRules {
        enabled: true,
        max: Duration::from_secs(2 * 3600),
    };

    fn at(secs: u64) -> Mono {
        Mono::ZERO + Duration::from_secs(secs)
    }

    #[test]
    fn nothing_busy_shows_at_once() {
        let mut hold = Hold::begin(at(0));
        assert_eq!(
            hold.checked(at(0), vec![], &RULES),
            AfterCheck::Show { quiet: false }
        );
    }

    #[test]
    fn busy_holds_and_names_the_reasons_once_each_in_order() {
        let mut hold = Hold::begin(at(0));
        let reasons = vec![
            BusyReason::Fullscreen,
            BusyReason::Call,
            BusyReason::Fullscreen,
        ];
        assert_eq!(hold.checked(at(0), reasons, &RULES), AfterCheck::Hold);
        assert_eq!(hold.reasons(), [BusyReason::Call, BusyReason::Fullscreen]);
        assert_eq!(hold.check_at(), at(60));
    }

    #[test]
    fn every_reason_that_ever_held_it_is_kept() {
        let mut hold = Hold::begin(at(0));
        hold.checked(at(0), vec![BusyReason::Fullscreen], &RULES);
        hold.checked(
            at(60),
            vec![BusyReason::Call, BusyReason::Fullscreen],
            &RULES,
        );
        hold.checked(at(120), vec![], &RULES);
        assert_eq!(hold.held_for(), [BusyReason::Call, BusyReason::Fullscreen]);
        assert_eq!(hold.since(), at(0));
    }

    #[test]
    fn past_the_maximum_it_shows_quietly() {
        let mut hold = Hold::begin(at(0));
        assert_eq!(
            hold.checked(at(7200), vec![BusyReason::Call], &RULES),
            AfterCheck::Show { quiet: true }
        );
    }

    #[test]
    fn the_last_check_lands_on_the_maximum() {
        let mut hold = Hold::begin(at(0));
        hold.checked(at(7170), vec![BusyReason::Call], &RULES);
        assert_eq!(hold.check_at(), at(7200));
    }
}
