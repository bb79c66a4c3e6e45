//! Working hours: the weekly windows in which reminders may fire, e.g. `Mon-Fri 09:00-17:30`.
//!
//! (skeleton: the helper that owns config fills this in)
