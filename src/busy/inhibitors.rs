//! Something asked the session not to go idle: a call app, a video player, a browser playing
//! video. They ask logind (an `idle` inhibitor in `block` mode), or GNOME's session manager, which
//! also collects the requests made through `org.freedesktop.ScreenSaver.Inhibit` on GNOME.

use super::{ask, BusySource, Shared};
use crate::core::hold::BusyReason;

/// logind's `ListInhibitors`: (what, who, why, mode, uid, pid) per inhibitor.
pub struct Logind;

type Inhibitor = (String, String, String, String, u32, u32);

/// Whether an inhibitor keeps the session from idling: `what` is a colon-separated list.
pub fn blocks_idle((what, _, _, mode, _, _): &Inhibitor) -> bool {
    mode == "block" && what.split(':').any(|what| what == "idle")
}

impl BusySource for Logind {
    fn name(&self) -> &'static str {
        "logind idle inhibitor"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        let inhibitors: Vec<Inhibitor> = ask(
            buses.system()?,
            (
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "ListInhibitors",
            ),
            &(),
        )?;
        Ok(inhibitors.iter().any(blocks_idle))
    }
}

/// GNOME's `org.gnome.SessionManager.IsInhibited` with the "idle" flag (8).
pub struct GnomeSession;

const INHIBIT_IDLE: u32 = 8;

impl BusySource for GnomeSession {
    fn name(&self) -> &'static str {
        "GNOME session idle inhibitor"
    }

    fn reason(&self) -> BusyReason {
        BusyReason::Call
    }

    fn is_busy(&self, buses: &mut Shared) -> Result<bool, String> {
        let reply = buses
            .session()?
            .call_method(
                Some("org.gnome.SessionManager"),
                "/org/gnome/SessionManager",
                Some("org.gnome.SessionManager"),
                "IsInhibited",
                &(INHIBIT_IDLE,),
            )
            .map_err(|error| error.to_string())?;
        reply
            .body()
            .deserialize()
            .map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inhibitor(what: &str, mode: &str) -> Inhibitor {
        (
            what.into(),
            "app".into(),
            "why".into(),
            mode.into(),
            1000,
            42,
        )
    }

    #[test]
    fn only_blocking_idle_inhibitors_count() {
        assert!(blocks_idle(&inhibitor("idle", "block")));
        assert!(blocks_idle(&inhibitor("sleep:idle", "block")));
        assert!(!blocks_idle(&inhibitor("idle", "delay")));
        assert!(!blocks_idle(&inhibitor("sleep", "block")));
        assert!(!blocks_idle(&inhibitor("handle-lid-switch", "block")));
        assert!(!blocks_idle(&inhibitor("idleness", "block")));
    }
}
