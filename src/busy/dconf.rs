//! GNOME's settings where GNOME keeps them: the user's dconf database, and the compiled schema
//! lists that say which settings this system has. Both are GVDB files read with [`super::gvdb`]:
//! a look costs a file read of a few kilobytes, no process and no D-Bus call.
//!
//! A key the user never changed is not in the database; its value is then the schema's default,
//! which the caller knows. Databases an administrator sets through a dconf profile
//! (`/etc/dconf/profile/user`) are not read: GNOME's defaults for the keys limber reads are the
//! upstream ones.

use std::path::PathBuf;

use super::gvdb::{Entry, Gvdb};
use crate::safe_read;

/// Far more than a user's settings or a system's schemas ever take (GNOME's whole schema list is
/// under a mebibyte); a larger file is refused, not read.
const CAP: u64 = 16 * safe_read::MIB;

/// The user's database: `$XDG_CONFIG_HOME/dconf/user`, by default under `~/.config`.
fn user_database() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(config.join("dconf").join("user"))
}

/// Whether the user has a dconf database: a GNOME user, or one who ran GNOME's programs.
pub fn has_user_database() -> bool {
    user_database().is_some_and(|path| path.exists())
}

/// Reads a GVDB file; `Ok(None)` when there is none.
fn open(path: &std::path::Path) -> Result<Option<Gvdb>, String> {
    let Some(bytes) = safe_read::read(path, CAP).map_err(|refused| refused.to_string())? else {
        return Ok(None);
    };
    Gvdb::parse(bytes)
        .map(Some)
        .map_err(|problem| format!("{}: {problem}", path.display()))
}

/// The user's value for a key, e.g. `/org/gnome/desktop/notifications/show-banners`, decoded by
/// `decode`. `Ok(None)`: the user never changed it (or has no database: not a GNOME user).
/// `Err` also when the key holds something `decode` cannot read.
pub fn user_value<T>(key: &str, decode: fn(&Entry<'_>) -> Option<T>) -> Result<Option<T>, String> {
    let path = user_database().ok_or("neither XDG_CONFIG_HOME nor HOME is set")?;
    let Some(database) = open(&path)? else {
        return Ok(None);
    };
    match database.get(key)? {
        None => Ok(None),
        Some(entry) => decode(&entry)
            .map(Some)
            .ok_or_else(|| format!("{}: {key} holds a value of another type", path.display())),
    }
}

/// The user's value for a boolean key, when the user set one and it can be read: the windows
/// ask this of GNOME's accessibility and sound settings, and a problem only means "not set".
pub fn user_boolean(key: &str) -> Option<bool> {
    user_value(key, super::gvdb::boolean)
        .inspect_err(|problem| tracing::debug!("{problem}"))
        .ok()
        .flatten()
}

/// Whether this system has the settings schema `id` (e.g. `org.gnome.desktop.break-reminders`):
/// whether a `gschemas.compiled` where GIO looks (`GSETTINGS_SCHEMA_DIR`, then
/// `glib-2.0/schemas` in the XDG data folders) lists it.
pub fn schema_installed(id: &str) -> bool {
    schema_folders()
        .into_iter()
        .any(|folder| match open(&folder.join("gschemas.compiled")) {
            Ok(Some(schemas)) => matches!(schemas.get(id), Ok(Some(Entry::Table))),
            Ok(None) => false,
            Err(problem) => {
                tracing::debug!("{problem}");
                false
            }
        })
}

fn schema_folders() -> Vec<PathBuf> {
    let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let mut folders: Vec<PathBuf> = var("GSETTINGS_SCHEMA_DIR")
        .map(|dirs| std::env::split_paths(&dirs).collect())
        .unwrap_or_default();
    let data_home = var("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".local/share")));
    let data_dirs = var("XDG_DATA_DIRS").unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    folders.extend(
        data_home
            .into_iter()
            .chain(std::env::split_paths(&data_dirs))
            .map(|dir| dir.join("glib-2.0").join("schemas")),
    );
    folders
}
