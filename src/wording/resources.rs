//! The compiled-in Fluent resources: every language's files, by name.

use super::Tag;

/// The files of each language, in `locales/<code>/`: one per part of limber.
pub const FILES: [&str; 7] = [
    "common.ftl",
    "catalog.ftl",
    "reminders.ftl",
    "window.ftl",
    "commands.ftl",
    "config.ftl",
    "errors.ftl",
];

/// `FILES` of `locales/$code/`, in that order.
macro_rules! language_files {
    ($code:literal) => {
        [
            include_str!(concat!("../../locales/", $code, "/common.ftl")),
            include_str!(concat!("../../locales/", $code, "/catalog.ftl")),
            include_str!(concat!("../../locales/", $code, "/reminders.ftl")),
            include_str!(concat!("../../locales/", $code, "/window.ftl")),
            include_str!(concat!("../../locales/", $code, "/commands.ftl")),
            include_str!(concat!("../../locales/", $code, "/config.ftl")),
            include_str!(concat!("../../locales/", $code, "/errors.ftl")),
        ]
    };
}

const EN: [&str; FILES.len()] = language_files!("en");
const DE: [&str; FILES.len()] = language_files!("de");
const FR: [&str; FILES.len()] = language_files!("fr");
const ES: [&str; FILES.len()] = language_files!("es");
const AR: [&str; FILES.len()] = language_files!("ar");
const JA: [&str; FILES.len()] = language_files!("ja");

/// Which of [`FILES`] holds the message `id`, by the first word of its id: each file's messages
/// share theirs (`stretch-…` in `catalog.ftl`, `tray-…` in `reminders.ftl`), so a program loads
/// only the files it asks from (the daemon never parses the windows' or the command line's).
/// `wording::tests` holds every message to its file's words.
pub fn file_of(id: &str) -> usize {
    let file = match id.split(['-', '.']).next().unwrap_or(id) {
        "stretch" | "position" | "caution" => "catalog.ftl",
        "reminder" | "tray" | "daemon" | "autostart" => "reminders.ftl",
        "window" => "window.ftl",
        "cli" => "commands.ftl",
        "config" => "config.ftl",
        "error" => "errors.ftl",
        _ => "common.ftl",
    };
    FILES
        .iter()
        .position(|name| *name == file)
        .expect("every file named above is in FILES")
}

/// The text of file `index` of [`FILES`] in a language a person wrote (English for the
/// pseudo-languages).
pub fn text(tag: Tag, index: usize) -> &'static str {
    texts(tag)[index]
}

fn texts(tag: Tag) -> &'static [&'static str; FILES.len()] {
    match tag {
        Tag::German => &DE,
        Tag::French => &FR,
        Tag::Spanish => &ES,
        Tag::Arabic => &AR,
        Tag::Japanese => &JA,
        Tag::English | Tag::PseudoLong | Tag::PseudoRtl => &EN,
    }
}

/// The files of a language a person wrote (English for the pseudo-languages), named.
#[cfg(test)]
pub fn files(tag: Tag) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.into_iter().zip(texts(tag).iter().copied())
}
