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

/// The files of a language a person wrote (English for the pseudo-languages), named.
pub fn files(tag: Tag) -> impl Iterator<Item = (&'static str, &'static str)> {
    let texts = match tag {
        Tag::German => &DE,
        Tag::French => &FR,
        Tag::Spanish => &ES,
        Tag::Arabic => &AR,
        Tag::Japanese => &JA,
        Tag::English | Tag::PseudoLong | Tag::PseudoRtl => &EN,
    };
    FILES.into_iter().zip(texts.iter().copied())
}
