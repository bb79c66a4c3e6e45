//! Where the user stands: the part of the engine's state that says what `limber status`, the
//! tray's first line and its tooltip show, at any moment.
//!
//! The status changes with time alone (minutes of sitting, the countdown to the next reminder,
//! working hours opening) but the state behind it changes only when the engine handles an input.
//! So the shell keeps a [`Standing`] from the last change and computes the status from it when
//! someone looks, instead of refreshing it on a timer: [`Standing::status`] at any moment is
//! what [`Engine::status`](super::engine::Engine::status) would say then, as long as the engine
//! has not changed since.

use std::time::Duration;

use super::activity::{Activity, Presence};
use super::clock::Now;
use super::engine::{State, Status};
use super::hold::BusyReason;
use super::schedule::Schedule;
use super::working_hours;

/// The state the status is computed from (see [`super::engine::Engine::standing`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub(super) activity: Activity,
    pub(super) schedule: Schedule,
    /// The stretch under way.
    pub(super) stretching: Option<String>,
    /// Why a due reminder is held (empty: not held, or not yet checked).
    pub(super) holding: Vec<BusyReason>,
    /// Sitting before the current streak, on the day it was counted.
    pub(super) sat_today: (Option<jiff::civil::Date>, Duration),
}

impl Standing {
    /// The status at `now`.
    pub fn status(&self, now: &Now) -> Status {
        let sitting = self.activity.sitting_for(now.mono);
        let pending = self.schedule.pending();
        let state = if self.stretching.is_some() {
            State::Stretching
        } else if self.schedule.paused().is_some() {
            State::Paused
        } else if !self.holding.is_empty() {
            State::Held
        } else if pending.is_some() {
            State::Due
        } else if self
            .schedule
            .snoozed_until()
            .is_some_and(|until| until > now.mono)
        {
            State::Snoozed
        } else if matches!(self.activity.presence(), Presence::Away { .. }) {
            State::OnBreak
        } else {
            State::Active
        };
        let next_reminder_in = match (state, self.activity.sitting_since()) {
            (State::Active | State::Snoozed, Some(since)) => {
                Some(self.schedule.due_at(since).saturating_since(now.mono))
            }
            (State::Due, Some(_)) => Some(
                pending
                    .and_then(|p| p.returns_at)
                    .map_or(Duration::ZERO, |at| at.saturating_since(now.mono)),
            ),
            _ => None,
        };
        let rules = self.schedule.rules();
        let off_until = if self.schedule.hours_waived(now)
            || working_hours::is_within(&rules.working_hours, &now.wall)
        {
            None
        } else {
            working_hours::next_open(&rules.working_hours, &now.wall)
        };
        Status {
            state,
            sitting,
            sitting_today: self.sat_today_at(now) + sitting,
            next_reminder_in,
            paused_until: self.schedule.pause_end_wall(now),
            stretch: self
                .stretching
                .clone()
                .or_else(|| pending.map(|p| p.stretch_id.clone())),
            off_until,
            holding: match state {
                State::Held => self.holding.clone(),
                _ => Vec::new(),
            },
        }
    }

    /// Sitting counted today before the current streak.
    fn sat_today_at(&self, now: &Now) -> Duration {
        match self.sat_today {
            (Some(day), sat) if day == now.wall.date() => sat,
            _ => Duration::ZERO,
        }
    }
}
