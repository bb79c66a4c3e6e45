//! XDG autostart entries as text: writing limber's own, and reading or switching off anyone's.
//!
//! Pure functions over the file's text, so every rule here is tested without touching a disk. The
//! rules come from the Desktop Entry and Desktop Application Autostart specifications: an entry
//! with `Hidden=true` is ignored, GNOME also honours `X-GNOME-Autostart-enabled=false`, and a
//! file in the user's folder overrides a system-wide one of the same name.

/// The key that marks an entry limber wrote: only those does `disable` delete.
const OURS_KEY: &str = "X-Limber-Autostart";
const GROUP: &str = "[Desktop Entry]";

/// limber's own autostart entry, starting `binary` with no arguments (the tray daemon).
pub fn render(binary: &str) -> String {
    format!(
        "{GROUP}\n\
         Type=Application\n\
         Name=limber\n\
         Comment=Stretch reminders after each hour of sitting\n\
         Exec={}\n\
         Icon=limber\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         {OURS_KEY}=true\n",
        exec_value(binary)
    )
}

/// What an entry says about starting at login.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// limber wrote it (and may delete it).
    pub ours: bool,
    /// Neither `Hidden=true` nor `X-GNOME-Autostart-enabled=false`.
    pub enabled: bool,
}

/// Reads the keys that matter from the `[Desktop Entry]` group.
pub fn read(text: &str) -> Entry {
    let mut entry = Entry {
        ours: false,
        enabled: true,
    };
    for (key, value) in main_group(text) {
        match key {
            OURS_KEY => entry.ours = value == "true",
            "Hidden" if value == "true" => entry.enabled = false,
            "X-GNOME-Autostart-enabled" if value == "false" => entry.enabled = false,
            _ => {}
        }
    }
    entry
}

/// The same entry switched on or off the way desktops expect of an entry that is not ours: the
/// two keys set, every other line kept as the user wrote it.
pub fn set_enabled(text: &str, enabled: bool) -> String {
    let wanted = [
        ("Hidden", if enabled { "false" } else { "true" }),
        (
            "X-GNOME-Autostart-enabled",
            if enabled { "true" } else { "false" },
        ),
    ];
    let mut out = String::with_capacity(text.len() + 64);
    let mut in_main = false;
    let mut seen_main = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            if in_main {
                // Leaving the group: the keys it did not have go at its end.
                push_keys(&mut out, &wanted);
            }
            in_main = trimmed == GROUP;
            seen_main |= in_main;
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if in_main {
            if let Some((key, _)) = split_key(trimmed) {
                if wanted.iter().any(|(wanted_key, _)| *wanted_key == key) {
                    // Dropped here and written once at the end of the group.
                    continue;
                }
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    if in_main {
        push_keys(&mut out, &wanted);
    }
    if !seen_main {
        out.push_str(GROUP);
        out.push('\n');
        push_keys(&mut out, &wanted);
    }
    out
}

/// A user-level entry that hides a system-wide one of the same name. It carries our mark, so a
/// later `enable` may replace it and `disable` knows it is ours.
pub fn hiding_override() -> String {
    format!("{GROUP}\nType=Application\nName=limber\nHidden=true\n{OURS_KEY}=true\n")
}

fn push_keys(out: &mut String, keys: &[(&str, &str)]) {
    for (key, value) in keys {
        out.push_str(key);
        out.push('=');
        out.push_str(value);
        out.push('\n');
    }
}

/// `key=value` pairs of the `[Desktop Entry]` group; localised keys (`Name[de]`) come through as
/// written and simply match nothing.
fn main_group(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut in_main = false;
    text.lines().filter_map(move |line| {
        let line = line.trim();
        if line.starts_with('[') {
            in_main = line == GROUP;
            return None;
        }
        if in_main {
            split_key(line)
        } else {
            None
        }
    })
}

fn split_key(line: &str) -> Option<(&str, &str)> {
    if line.starts_with('#') {
        return None;
    }
    let (key, value) = line.split_once('=')?;
    Some((key.trim(), value.trim()))
}

/// The `Exec=` value that runs `binary`: quoted when the path holds a character the Exec rules
/// reserve, with the escapes both the Exec rules and the string-value rules ask for.
fn exec_value(binary: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(',
        ')', '`',
    ];
    // `%` starts a field code everywhere in Exec, quoted or not.
    let binary = binary.replace('%', "%%");
    if !binary.contains(RESERVED) {
        return binary;
    }
    let mut quoted = String::from("\"");
    for c in binary.chars() {
        match c {
            // Inside quotes these four take a backslash...
            '"' | '`' | '$' => {
                quoted.push('\\');
                quoted.push(c);
            }
            // ...and a backslash, written `\\` for Exec, is `\\\\` once the string value is
            // unescaped too.
            '\\' => quoted.push_str("\\\\\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Undoes [`exec_value`] for one argument, as a desktop launcher would: the string-value escapes
    /// first, then the Exec quoting. Used by the tests to show the round trip.
    fn unexec(value: &str) -> String {
        let mut unescaped = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => unescaped.push('\n'),
                    Some('t') => unescaped.push('\t'),
                    Some('\\') => unescaped.push('\\'),
                    Some(other) => {
                        unescaped.push('\\');
                        unescaped.push(other);
                    }
                    None => unescaped.push('\\'),
                }
            } else {
                unescaped.push(c);
            }
        }
        let argument = match unescaped
            .strip_prefix('"')
            .and_then(|rest| rest.strip_suffix('"'))
        {
            Some(inner) => {
                let mut out = String::new();
                let mut chars = inner.chars();
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        out.extend(chars.next());
                    } else {
                        out.push(c);
                    }
                }
                out
            }
            None => unescaped,
        };
        argument.replace("%%", "%")
    }

    fn exec_of(text: &str) -> String {
        main_group(text)
            .find(|(key, _)| *key == "Exec")
            .map(|(_, value)| value.to_string())
            .unwrap()
    }

    #[test]
    fn our_entry_is_ours_and_enabled() {
        let text = render("/usr/bin/limber");
        assert_eq!(
            read(&text),
            Entry {
                ours: true,
                enabled: true
            }
        );
        assert_eq!(exec_of(&text), "/usr/bin/limber");
    }

    #[test]
    fn a_path_with_spaces_is_quoted() {
        let text = render("/home/me/my apps/limber");
        assert_eq!(exec_of(&text), "\"/home/me/my apps/limber\"");
    }

    #[test]
    fn someone_elses_entry_is_not_ours() {
        let text = "[Desktop Entry]\nType=Application\nExec=limber\n";
        assert_eq!(
            read(text),
            Entry {
                ours: false,
                enabled: true
            }
        );
    }

    #[test]
    fn hidden_and_the_gnome_key_each_switch_an_entry_off() {
        let hidden = "[Desktop Entry]\nExec=limber\nHidden=true\n";
        let gnome_off = "[Desktop Entry]\nExec=limber\nX-GNOME-Autostart-enabled=false\n";
        assert!(!read(hidden).enabled);
        assert!(!read(gnome_off).enabled);
        assert!(!read(&hiding_override()).enabled);
        assert!(read(&hiding_override()).ours);
    }

    #[test]
    fn keys_outside_the_main_group_do_not_count() {
        let text = "[Desktop Entry]\nExec=limber\n[Desktop Action x]\nHidden=true\n";
        assert!(read(text).enabled);
    }

    #[test]
    fn switching_a_foreign_entry_off_keeps_every_other_line() {
        let text = "# mine\n[Desktop Entry]\nType=Application\nExec=limber --config /x\nHidden=false\n\n[Desktop Action a]\nName=A\n";
        let off = set_enabled(text, false);
        assert_eq!(
            off,
            "# mine\n[Desktop Entry]\nType=Application\nExec=limber --config /x\n\nHidden=true\nX-GNOME-Autostart-enabled=false\n[Desktop Action a]\nName=A\n"
        );
        assert!(!read(&off).enabled);
        assert!(!read(&off).ours);
        let on = set_enabled(&off, true);
        assert!(read(&on).enabled);
        assert!(on.contains("Exec=limber --config /x\n"));
    }

    #[test]
    fn an_entry_without_the_group_gets_one() {
        let off = set_enabled("", false);
        assert!(!read(&off).enabled);
    }

    proptest! {
        #[test]
        fn any_path_survives_the_exec_escaping(path in "/[ -~\t\n]{0,40}") {
            let text = render(&path);
            prop_assert_eq!(unexec(&exec_of(&text)), path.clone());
            // The value stays on its one line.
            prop_assert_eq!(text.lines().count(), 9);
        }

        #[test]
        fn set_enabled_decides_enabled_and_never_claims_the_entry(
            lines in proptest::collection::vec("[A-Za-z-]{1,12}=[a-z ]{0,8}|#[ a-z]{0,10}|\\[Desktop (Entry|Action x)\\]", 0..12),
            on in any::<bool>(),
        ) {
            let text = lines.join("\n");
            let switched = set_enabled(&text, on);
            prop_assert_eq!(read(&switched).enabled, on);
            prop_assert_eq!(read(&switched).ours, read(&text).ours);
            // Idempotent: switching again changes nothing.
            prop_assert_eq!(set_enabled(&switched, on), switched.clone());
        }
    }
}
