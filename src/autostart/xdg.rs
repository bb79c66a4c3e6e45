//! Start at login on Linux and the BSDs: an entry in the XDG autostart folders.
//!
//! `$XDG_CONFIG_HOME/autostart/limber.desktop` is the user's; `$XDG_CONFIG_DIRS/*/autostart/`
//! (usually `/etc/xdg/autostart/`) holds system-wide entries an administrator opted into. A user
//! file overrides a system file of the same name, which is also how a user switches a system entry
//! off for themselves. [`plan`] decides what to write from what is there; the rest only reads and
//! writes files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::desktop_entry::{self, Entry};
use super::{Source, Status};
use crate::safe_read;
use crate::store::replace_file;

const FILE_NAME: &str = "limber.desktop";
/// The largest autostart entry read; one is a few hundred bytes.
const ENTRY_MAX_BYTES: u64 = 64 * 1024;

/// Where autostart entries live.
#[derive(Clone, Debug)]
pub struct Folders {
    /// `$XDG_CONFIG_HOME/autostart`.
    pub user: PathBuf,
    /// `$XDG_CONFIG_DIRS/autostart`, most important first.
    pub system: Vec<PathBuf>,
}

impl Folders {
    /// From the environment, with the specification's defaults.
    pub fn discover() -> Result<Folders, String> {
        let config_home = match std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from) {
            Some(dir) if dir.is_absolute() => dir,
            _ => std::env::var_os("HOME")
                .map(|home| PathBuf::from(home).join(".config"))
                .ok_or("neither XDG_CONFIG_HOME nor HOME is set")?,
        };
        let config_dirs = std::env::var("XDG_CONFIG_DIRS")
            .ok()
            .filter(|dirs| !dirs.is_empty())
            .unwrap_or_else(|| "/etc/xdg".into());
        Ok(Folders {
            user: config_home.join("autostart"),
            system: config_dirs
                .split(':')
                .map(PathBuf::from)
                .filter(|dir| dir.is_absolute())
                .map(|dir| dir.join("autostart"))
                .collect(),
        })
    }

    fn user_file(&self) -> PathBuf {
        self.user.join(FILE_NAME)
    }

    /// The first system-wide entry, which is the one that counts.
    fn system_file(&self) -> Option<(PathBuf, Entry)> {
        self.system.iter().find_map(|dir| {
            let path = dir.join(FILE_NAME);
            let text = read_if_present(&path).ok()??;
            Some((path, desktop_entry::read(&text)))
        })
    }
}

/// What to do to the user's folder to reach the wanted state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Nothing,
    /// Write limber's own entry.
    WriteOurs,
    /// Write our entry that hides the system-wide one.
    WriteOverride,
    /// Delete the user file (only ever ours).
    RemoveOurs,
    /// Set the enabled keys in the user's own entry, keeping the rest.
    SwitchTheirs(bool),
}

/// Decides the step from the user's entry (if any) and whether a system-wide entry would start
/// limber. Ours is deleted rather than edited; theirs is edited, never deleted.
pub fn plan(user: Option<Entry>, system_enabled: bool, want: bool) -> Step {
    match user {
        Some(entry) if !entry.ours => {
            if entry.enabled == want {
                Step::Nothing
            } else {
                Step::SwitchTheirs(want)
            }
        }
        Some(entry) => match (want, system_enabled) {
            (true, true) | (false, false) => Step::RemoveOurs,
            (true, false) if entry.enabled => Step::Nothing,
            (true, false) => Step::WriteOurs,
            (false, true) if entry.enabled => Step::WriteOverride,
            (false, true) => Step::Nothing,
        },
        None => match (want, system_enabled) {
            (true, false) => Step::WriteOurs,
            (false, true) => Step::WriteOverride,
            _ => Step::Nothing,
        },
    }
}

/// Whether limber starts at login, and because of which file.
pub fn status(folders: &Folders) -> io::Result<Status> {
    let user_file = folders.user_file();
    if let Some(text) = read_if_present(&user_file)? {
        let entry = desktop_entry::read(&text);
        let source = if entry.ours {
            Source::Ours(user_file)
        } else {
            Source::Users(user_file)
        };
        return Ok(Status {
            enabled: entry.enabled,
            source: Some(source),
        });
    }
    Ok(match folders.system_file() {
        Some((path, entry)) => Status {
            enabled: entry.enabled,
            source: Some(Source::System(path)),
        },
        None => Status {
            enabled: false,
            source: None,
        },
    })
}

/// Switches starting at login on or off for this user; `binary` is what the entry starts.
pub fn set(folders: &Folders, want: bool, binary: &Path) -> io::Result<Status> {
    let user_file = folders.user_file();
    let user_text = read_if_present(&user_file)?;
    let user = user_text.as_deref().map(desktop_entry::read);
    let system_enabled = folders
        .system_file()
        .is_some_and(|(_, entry)| entry.enabled);
    match plan(user, system_enabled, want) {
        Step::Nothing => {}
        Step::WriteOurs => {
            let binary = binary
                .to_str()
                .ok_or_else(|| io::Error::other(not_utf8(binary)))?;
            replace_file(&user_file, desktop_entry::render(binary).as_bytes())?;
        }
        Step::WriteOverride => {
            replace_file(&user_file, desktop_entry::hiding_override().as_bytes())?;
        }
        Step::RemoveOurs => fs::remove_file(&user_file)?,
        Step::SwitchTheirs(on) => {
            let text = user_text.unwrap_or_default();
            replace_file(&user_file, desktop_entry::set_enabled(&text, on).as_bytes())?;
        }
    }
    status(folders)
}

/// Why `path` (a file, or a program's path to write into an entry) cannot be used.
fn not_utf8(path: &Path) -> String {
    crate::t!("error-not-utf8", path = path.display().to_string())
}

/// The entry's text, if there is a file; a named pipe, a device or an entry over
/// [`ENTRY_MAX_BYTES`] is an error naming the path, never a wait.
fn read_if_present(path: &Path) -> io::Result<Option<String>> {
    let bytes = match safe_read::read(path, ENTRY_MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(refused) => return Err(io::Error::other(refused.to_string())),
    };
    bytes
        .map(|bytes| {
            String::from_utf8(bytes)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, not_utf8(path)))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry() -> impl Strategy<Value = Option<Entry>> {
        proptest::option::of(
            (any::<bool>(), any::<bool>()).prop_map(|(ours, enabled)| Entry { ours, enabled }),
        )
    }

    /// What the folders amount to after a step, as a desktop reads them.
    fn after(user: Option<Entry>, system_enabled: bool, step: Step) -> (Option<Entry>, bool) {
        let user = match step {
            Step::Nothing => user,
            Step::WriteOurs => Some(Entry {
                ours: true,
                enabled: true,
            }),
            Step::WriteOverride => Some(Entry {
                ours: true,
                enabled: false,
            }),
            Step::RemoveOurs => None,
            Step::SwitchTheirs(on) => user.map(|entry| Entry {
                enabled: on,
                ..entry
            }),
        };
        (user, system_enabled)
    }

    fn starts(user: Option<Entry>, system_enabled: bool) -> bool {
        user.map_or(system_enabled, |entry| entry.enabled)
    }

    proptest! {
        #[test]
        fn the_plan_reaches_the_wanted_state(user in entry(), system in any::<bool>(), want in any::<bool>()) {
            let step = plan(user, system, want);
            let (user_after, system_after) = after(user, system, step);
            prop_assert_eq!(starts(user_after, system_after), want);
        }

        #[test]
        fn a_users_own_entry_is_edited_never_deleted_or_replaced(system in any::<bool>(), enabled in any::<bool>(), want in any::<bool>()) {
            let step = plan(Some(Entry { ours: false, enabled }), system, want);
            prop_assert!(matches!(step, Step::Nothing | Step::SwitchTheirs(_)));
        }

        #[test]
        fn planning_again_after_the_step_does_nothing(user in entry(), system in any::<bool>(), want in any::<bool>()) {
            let (user_after, system_after) = after(user, system, plan(user, system, want));
            prop_assert_eq!(plan(user_after, system_after, want), Step::Nothing);
        }
    }

    #[test]
    fn disabling_ours_with_no_system_entry_leaves_no_file() {
        let ours = Entry {
            ours: true,
            enabled: true,
        };
        assert_eq!(plan(Some(ours), false, false), Step::RemoveOurs);
    }

    fn folders(root: &Path) -> Folders {
        Folders {
            user: root.join("home/autostart"),
            system: vec![root.join("etc/autostart")],
        }
    }

    #[test]
    fn enable_then_disable_writes_then_removes_our_file() {
        let root = tempfile::tempdir().unwrap();
        let folders = folders(root.path());
        let binary = Path::new("/opt/limber tools/limber");
        let on = set(&folders, true, binary).unwrap();
        assert!(on.enabled);
        let text = fs::read_to_string(folders.user.join(FILE_NAME)).unwrap();
        assert!(
            text.contains("Exec=\"/opt/limber tools/limber\"\n"),
            "{text}"
        );
        let off = set(&folders, false, binary).unwrap();
        assert!(!off.enabled);
        assert!(!folders.user.join(FILE_NAME).exists());
        assert_eq!(
            fs::read_dir(&folders.user).unwrap().count(),
            0,
            "no stray files"
        );
    }

    #[test]
    fn a_system_entry_is_hidden_for_this_user_and_restored() {
        let root = tempfile::tempdir().unwrap();
        let folders = folders(root.path());
        fs::create_dir_all(&folders.system[0]).unwrap();
        let system_file = folders.system[0].join(FILE_NAME);
        fs::write(&system_file, desktop_entry::render("/usr/bin/limber")).unwrap();
        assert!(status(&folders).unwrap().enabled);
        let off = set(&folders, false, Path::new("/usr/bin/limber")).unwrap();
        assert!(!off.enabled);
        assert!(fs::read_to_string(folders.user.join(FILE_NAME))
            .unwrap()
            .contains("Hidden=true"));
        let on = set(&folders, true, Path::new("/usr/bin/limber")).unwrap();
        assert_eq!(on.source, Some(Source::System(system_file)));
        assert!(on.enabled);
    }

    #[test]
    fn a_users_own_entry_is_switched_off_in_place() {
        let root = tempfile::tempdir().unwrap();
        let folders = folders(root.path());
        fs::create_dir_all(&folders.user).unwrap();
        let mine = "[Desktop Entry]\nType=Application\nExec=limber --config /srv/limber.toml\n";
        fs::write(folders.user.join(FILE_NAME), mine).unwrap();
        let off = set(&folders, false, Path::new("/usr/bin/limber")).unwrap();
        assert!(!off.enabled);
        let text = fs::read_to_string(folders.user.join(FILE_NAME)).unwrap();
        assert!(text.contains("Exec=limber --config /srv/limber.toml\n"));
        assert!(text.contains("Hidden=true\n"));
    }
}
