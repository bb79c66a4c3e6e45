//! Which icon limber's notifications carry on Linux.
//!
//! Installed (the .deb puts `limber` in the hicolor icon theme), the icon's name is enough: every
//! notification server looks it up in the theme. Run from a build, or unpacked anywhere, nothing
//! answers to that name, and GNOME draws a placeholder; so then the PNG compiled into the binary
//! ([`crate::app_icon::PNG`]) is written once to limber's cache folder and sent by path, as the
//! `image-path` hint (and as the app icon, for servers that only read that).
//!
//! The cache folder rather than beside the binary: a build's binary sits in cargo's `target/`
//! with no icon next to it, an installed one in `/usr/bin`, which is neither a place for images
//! nor writable; the cache folder is the user's own, always writable, and the copy written there
//! is always the icon of the binary that runs. It is checked (and rewritten if it differs) once,
//! when the first notification is sent.

use std::io;
use std::path::{Path, PathBuf};

use crate::app_icon;
use crate::safe_read;
use crate::store;

/// The icon's name in the icon theme.
pub const NAME: &str = "limber";

/// What a notification shows as limber's icon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotificationIcon {
    /// The installed icon, by name.
    Installed,
    /// The bundled icon, written to this file.
    File(PathBuf),
    /// Neither: the server shows what it shows for an unknown app.
    Unknown,
}

impl NotificationIcon {
    /// Finds the installed icon in `data_dirs`, or else writes the bundled one into `cache`.
    pub fn find(data_dirs: &[PathBuf], cache: Result<PathBuf, String>) -> NotificationIcon {
        if data_dirs.iter().any(|dir| installed_in(dir)) {
            return NotificationIcon::Installed;
        }
        let written = cache.and_then(|folder| {
            let file = folder.join("limber.png");
            write_once(&file)
                .map(|()| file.clone())
                .map_err(|error| format!("{}: {error}", file.display()))
        });
        match written {
            Ok(file) => NotificationIcon::File(file),
            Err(problem) => {
                tracing::warn!("notifications will show no limber icon: {problem}");
                NotificationIcon::Unknown
            }
        }
    }

    /// The `app_icon` argument of `Notify`.
    pub fn app_icon(&self) -> String {
        match self {
            NotificationIcon::Installed => NAME.to_string(),
            NotificationIcon::File(file) => file.display().to_string(),
            NotificationIcon::Unknown => String::new(),
        }
    }

    /// The `image-path` hint, when there is a file to name.
    pub fn image_path(&self) -> Option<String> {
        match self {
            NotificationIcon::File(file) => Some(file.display().to_string()),
            _ => None,
        }
    }
}

/// Whether `data_dir` holds limber's icon where icon themes look: any size of the hicolor theme
/// (which every theme falls back to), or the old `pixmaps` folder.
fn installed_in(data_dir: &Path) -> bool {
    let named = |folder: &Path| {
        ["png", "svg", "xpm"]
            .iter()
            .any(|ext| folder.join(format!("{NAME}.{ext}")).is_file())
    };
    if named(&data_dir.join("pixmaps")) {
        return true;
    }
    let Ok(sizes) = std::fs::read_dir(data_dir.join("icons/hicolor")) else {
        return false;
    };
    sizes.flatten().any(|size| named(&size.path().join("apps")))
}

/// Writes the bundled PNG to `file` unless it already holds exactly that, atomically, so a
/// server never reads half an icon and a link or pipe put in its place is replaced, not followed.
fn write_once(file: &Path) -> io::Result<()> {
    let cap = app_icon::PNG.len() as u64;
    if let Ok(Some(current)) = safe_read::read(file, cap) {
        if current == app_icon::PNG {
            return Ok(());
        }
    }
    store::replace_file(file, app_icon::PNG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_installed_icon_is_sent_by_name() {
        let data = tempfile::tempdir().unwrap();
        let apps = data.path().join("icons/hicolor/48x48/apps");
        std::fs::create_dir_all(&apps).unwrap();
        std::fs::write(apps.join("limber.png"), b"png").unwrap();
        let cache = tempfile::tempdir().unwrap();
        let icon = NotificationIcon::find(
            &[PathBuf::from("/nonexistent"), data.path().to_path_buf()],
            Ok(cache.path().to_path_buf()),
        );
        assert_eq!(icon, NotificationIcon::Installed);
        assert_eq!(
            (icon.app_icon().as_str(), icon.image_path()),
            ("limber", None)
        );
        assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);
    }

    #[test]
    fn without_one_the_bundled_png_is_written_to_the_cache_and_sent_by_path() {
        let data = tempfile::tempdir().unwrap();
        // Another app's icon is not limber's.
        let apps = data.path().join("icons/hicolor/48x48/apps");
        std::fs::create_dir_all(&apps).unwrap();
        std::fs::write(apps.join("other.png"), b"png").unwrap();
        let cache = tempfile::tempdir().unwrap();
        let folder = cache.path().join("limber");
        let icon = NotificationIcon::find(&[data.path().to_path_buf()], Ok(folder.clone()));
        let file = folder.join("limber.png");
        assert_eq!(icon, NotificationIcon::File(file.clone()));
        assert_eq!(std::fs::read(&file).unwrap(), app_icon::PNG);
        assert_eq!(icon.image_path(), Some(file.display().to_string()));
        assert_eq!(icon.app_icon(), file.display().to_string());
    }

    #[test]
    fn a_damaged_or_foreign_copy_is_replaced_not_followed() {
        let cache = tempfile::tempdir().unwrap();
        let file = cache.path().join("limber.png");
        let elsewhere = cache.path().join("elsewhere");
        std::fs::write(&elsewhere, b"keep me").unwrap();
        std::os::unix::fs::symlink(&elsewhere, &file).unwrap();
        write_once(&file).unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), app_icon::PNG);
        assert_eq!(std::fs::read(&elsewhere).unwrap(), b"keep me");
        assert!(!std::fs::symlink_metadata(&file).unwrap().is_symlink());
    }

    #[test]
    fn a_cache_that_cannot_be_written_means_no_icon_not_a_failure() {
        let icon =
            NotificationIcon::find(&[], Err("neither XDG_CACHE_HOME nor HOME is set".into()));
        assert_eq!(icon, NotificationIcon::Unknown);
        assert_eq!((icon.app_icon(), icon.image_path()), (String::new(), None));
    }
}
