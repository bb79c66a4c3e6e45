//! Small safe wrappers around the Win32 calls limber's Windows code shares: UTF-16 strings,
//! registry keys, waiting on several handles. Each `unsafe` call is made in one place, with the
//! reason it is sound beside it.

mod registry;
mod wait;

use std::ffi::OsStr;
use std::os::windows::ffi::OsStrExt;

pub use registry::{failed, set_user_string, Key};
pub use wait::wait_for_any;

/// `text` as the NUL-terminated UTF-16 string Windows' wide (`W`) functions take.
pub fn wide(text: impl AsRef<OsStr>) -> Vec<u16> {
    text.as_ref().encode_wide().chain([0]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_strings_end_in_nul() {
        assert_eq!(wide("ab"), [u16::from(b'a'), u16::from(b'b'), 0]);
    }
}
