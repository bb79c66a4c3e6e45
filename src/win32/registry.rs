//! Registry keys under `HKEY_CURRENT_USER`, opened and closed safely: what limber reads (the
//! privacy records behind the busy check, the Run key) and writes (its toast identity).

use std::ffi::{OsStr, OsString};
use std::os::windows::ffi::OsStringExt;
use std::ptr;

use windows_sys::Win32::Foundation::{
    ERROR_FILE_NOT_FOUND, ERROR_MORE_DATA, ERROR_NO_MORE_ITEMS, ERROR_SUCCESS,
};
use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegEnumKeyExW, RegOpenKeyExW, RegQueryValueExW, RegSetKeyValueW, HKEY,
    HKEY_CURRENT_USER, REG_QWORD, REG_SAM_FLAGS, REG_SZ,
};

use super::wide;

/// An open registry key, closed when dropped.
pub struct Key(HKEY);

impl Key {
    /// Opens `path` under `HKEY_CURRENT_USER` for `access`; None when there is no such key.
    pub fn current_user(path: &str, access: REG_SAM_FLAGS) -> Result<Option<Key>, String> {
        open(HKEY_CURRENT_USER, OsStr::new(path), access)
    }

    /// Opens the subkey `name` for `access`; None when there is no such key.
    pub fn child(&self, name: &OsStr, access: REG_SAM_FLAGS) -> Result<Option<Key>, String> {
        open(self.0, name, access)
    }

    /// The key as Windows knows it, valid while `self` lives.
    pub fn as_raw(&self) -> HKEY {
        self.0
    }

    /// The names of the key's subkeys.
    pub fn subkeys(&self) -> Result<Vec<OsString>, String> {
        // Key names are at most 255 characters.
        let mut name = [0u16; 256];
        let mut names = Vec::new();
        for index in 0.. {
            let mut length = name.len() as u32;
            // SAFETY: the key is open; `name` holds `length` characters, and the call writes at
            // most that many (it reports the length written back in `length`). The class and time
            // are not asked for (null).
            let status = unsafe {
                RegEnumKeyExW(
                    self.0,
                    index,
                    name.as_mut_ptr(),
                    &mut length,
                    ptr::null(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                )
            };
            match status {
                ERROR_SUCCESS => names.push(OsString::from_wide(&name[..length as usize])),
                ERROR_NO_MORE_ITEMS => break,
                error => return Err(failed("RegEnumKeyExW", error)),
            }
        }
        Ok(names)
    }

    /// The 64-bit value `name`; None when there is no such value.
    pub fn qword(&self, name: &str) -> Result<Option<u64>, String> {
        let wide_name = wide(name);
        let mut value = 0u64;
        let mut kind = 0;
        let mut size = size_of::<u64>() as u32;
        // SAFETY: the key is open; `wide_name` is NUL-terminated; `value` has room for the `size`
        // bytes the call may write (it fails with ERROR_MORE_DATA rather than write more).
        let status = unsafe {
            RegQueryValueExW(
                self.0,
                wide_name.as_ptr(),
                ptr::null(),
                &mut kind,
                (&raw mut value).cast(),
                &mut size,
            )
        };
        match status {
            ERROR_SUCCESS if kind == REG_QWORD && size == 8 => Ok(Some(value)),
            ERROR_FILE_NOT_FOUND => Ok(None),
            ERROR_SUCCESS | ERROR_MORE_DATA => Err(format!("registry value {name} is not a QWORD")),
            error => Err(failed("RegQueryValueExW", error)),
        }
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // SAFETY: the key was opened by `open` and is closed only here, once.
        unsafe { RegCloseKey(self.0) };
    }
}

/// Opens `path` under `parent`; None when there is no such key.
fn open(parent: HKEY, path: &OsStr, access: REG_SAM_FLAGS) -> Result<Option<Key>, String> {
    let path = wide(path);
    let mut key: HKEY = ptr::null_mut();
    // SAFETY: `parent` is a predefined key or one held open by a `Key`; `path` is NUL-terminated;
    // `key` is written only on success.
    let status = unsafe { RegOpenKeyExW(parent, path.as_ptr(), 0, access, &mut key) };
    match status {
        ERROR_SUCCESS => Ok(Some(Key(key))),
        ERROR_FILE_NOT_FOUND => Ok(None),
        error => Err(failed("RegOpenKeyExW", error)),
    }
}

/// A failed registry call as a sentence, with the system's own words for the error code.
pub fn failed(call: &str, error: u32) -> String {
    let error = std::io::Error::from_raw_os_error(error as i32);
    format!("{call} failed: {error}")
}

/// Sets the string value `name` of the key `path` under `HKEY_CURRENT_USER`, creating the key if
/// need be.
pub fn set_user_string(path: &str, name: &str, value: &OsStr) -> Result<(), String> {
    let (path, name, value) = (wide(path), wide(name), wide(value));
    let bytes = u32::try_from(size_of_val(value.as_slice()))
        .map_err(|_| "registry value too long".to_string())?;
    // SAFETY: `path`, `name` and `value` are NUL-terminated UTF-16 that outlive the call, and
    // `bytes` is `value`'s size in bytes with its terminator, as REG_SZ asks.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            path.as_ptr(),
            name.as_ptr(),
            REG_SZ,
            value.as_ptr().cast(),
            bytes,
        )
    };
    match status {
        ERROR_SUCCESS => Ok(()),
        error => Err(failed("RegSetKeyValueW", error)),
    }
}
