//! Which language limber speaks: the config's `language`, else the environment's, else English.
//!
//! Pure: the environment is passed in as a lookup, so the rules are tested without touching the
//! process's own variables.

use std::fmt;
use std::str::FromStr;

/// A language limber ships, or one of the two pseudo-languages the layout tests use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    English,
    German,
    French,
    Spanish,
    Arabic,
    Japanese,
    /// `en-XA`: English with accented letters and every text 40 % longer, so a layout that cuts
    /// or overlaps text shows it (the pseudo-locale Android and Chromium use for the same end).
    PseudoLong,
    /// `ar-XB`: English set right to left, so a layout that is not mirrored shows it.
    PseudoRtl,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Tag {
    /// Every language limber speaks, English first; the pseudo-languages last.
    pub const ALL: [Tag; 8] = [
        Tag::English,
        Tag::German,
        Tag::French,
        Tag::Spanish,
        Tag::Arabic,
        Tag::Japanese,
        Tag::PseudoLong,
        Tag::PseudoRtl,
    ];

    /// The BCP 47 tag: how the config spells it, and the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Tag::English => "en",
            Tag::German => "de",
            Tag::French => "fr",
            Tag::Spanish => "es",
            Tag::Arabic => "ar",
            Tag::Japanese => "ja",
            Tag::PseudoLong => "en-XA",
            Tag::PseudoRtl => "ar-XB",
        }
    }

    /// A translation a person wrote (not English, the source, and not a pseudo-language).
    pub fn is_translation(self) -> bool {
        !matches!(self, Tag::English | Tag::PseudoLong | Tag::PseudoRtl)
    }

    pub fn direction(self) -> Direction {
        match self {
            Tag::Arabic | Tag::PseudoRtl => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The language a locale names (`de_AT.UTF-8`, `pt-BR`, `ja`), if limber speaks it. The
    /// region and encoding are ignored, except that the pseudo-languages are named whole.
    pub fn from_locale(locale: &str) -> Option<Tag> {
        let locale = locale.split(['.', '@']).next()?.replace('_', "-");
        if let Some(pseudo) = [Tag::PseudoLong, Tag::PseudoRtl]
            .into_iter()
            .find(|tag| tag.code().eq_ignore_ascii_case(&locale))
        {
            return Some(pseudo);
        }
        let language = locale.split('-').next()?;
        Tag::ALL
            .into_iter()
            .filter(|tag| tag.is_translation() || *tag == Tag::English)
            .find(|tag| tag.code().eq_ignore_ascii_case(language))
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Tag {
    type Err = UnknownLanguage;

    /// The config's spelling: a shipped language's code, any case, with or without a region
    /// (`de`, `de-CH`, `pt_BR` is refused).
    fn from_str(text: &str) -> Result<Tag, UnknownLanguage> {
        Tag::from_locale(text).ok_or_else(|| UnknownLanguage(text.to_string()))
    }
}

/// A language limber does not speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

/// The codes a config may name, for error messages: "en, de, fr, es, ar, ja".
pub fn known_codes() -> String {
    Tag::ALL
        .iter()
        .filter(|tag| tag.is_translation() || **tag == Tag::English)
        .map(|tag| tag.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The language of the environment, the way gettext reads it on Linux: `LANGUAGE` (a list in
/// order of preference, where the first language limber speaks wins), then the first set of
/// `LC_ALL`, `LC_MESSAGES` and `LANG`. A "C" or "POSIX" locale means English, and so does
/// `LANGUAGE` then, as in gettext. `None` when nothing names a language limber speaks.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Tag> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(&set);
    if locale_is_c(locale.as_deref()) {
        return Some(Tag::English);
    }
    if let Some(list) = set("LANGUAGE") {
        if let Some(tag) = list.split(':').find_map(Tag::from_locale) {
            return Some(tag);
        }
    }
    locale.as_deref().and_then(Tag::from_locale)
}

/// `C.UTF-8` and the like.
fn locale_is_c(locale: Option<&str>) -> bool {
    locale.is_some_and(|locale| matches!(locale.split(['.', '@']).next(), Some("C" | "POSIX")))
}

/// The user's language as the operating system reports it: the environment on Linux and the
/// BSDs, the preferred UI languages on Windows and macOS (where a terminal's `LANG` still wins,
/// as people who set it expect).
pub fn from_system() -> Option<Tag> {
    if let Some(tag) = from_environment(|name| std::env::var(name).ok()) {
        return Some(tag);
    }
    #[cfg(any(windows, target_os = "macos"))]
    {
        sys_locale::get_locales().find_map(|locale| Tag::from_locale(&locale))
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    {
        None
    }
}

/// The language to speak: the config's choice, else the system's, else English.
pub fn choose(configured: Option<Tag>, system: Option<Tag>) -> Tag {
    configured.or(system).unwrap_or(Tag::English)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn a_locale_names_its_language_whatever_its_region_and_encoding() {
        assert_eq!(Tag::from_locale("de_AT.UTF-8"), Some(Tag::German));
        assert_eq!(Tag::from_locale("fr_CA@euro"), Some(Tag::French));
        assert_eq!(Tag::from_locale("ja"), Some(Tag::Japanese));
        assert_eq!(Tag::from_locale("ar-EG"), Some(Tag::Arabic));
        assert_eq!(Tag::from_locale("en-XA"), Some(Tag::PseudoLong));
        assert_eq!(Tag::from_locale("ar_XB"), Some(Tag::PseudoRtl));
        assert_eq!(Tag::from_locale("pt_BR.UTF-8"), None);
        assert_eq!(Tag::from_locale(""), None);
    }

    #[test]
    fn language_list_comes_first_and_its_first_spoken_language_wins() {
        let chosen = from_environment(env(&[("LANGUAGE", "pt_BR:es:de"), ("LANG", "de_DE.UTF-8")]));
        assert_eq!(chosen, Some(Tag::Spanish));
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = env(&[
            ("LC_ALL", "fr_FR.UTF-8"),
            ("LC_MESSAGES", "de_DE.UTF-8"),
            ("LANG", "ja_JP.UTF-8"),
        ]);
        assert_eq!(from_environment(all), Some(Tag::French));
        let messages = env(&[("LC_MESSAGES", "de_DE.UTF-8"), ("LANG", "ja_JP.UTF-8")]);
        assert_eq!(from_environment(messages), Some(Tag::German));
        assert_eq!(
            from_environment(env(&[("LANG", "ja_JP.UTF-8")])),
            Some(Tag::Japanese)
        );
        let empty_all = env(&[("LC_ALL", ""), ("LANG", "es_ES.UTF-8")]);
        assert_eq!(from_environment(empty_all), Some(Tag::Spanish));
    }

    #[test]
    fn a_c_locale_is_english_even_with_a_language_list() {
        let c = env(&[("LANGUAGE", "de"), ("LANG", "C.UTF-8")]);
        assert_eq!(from_environment(c), Some(Tag::English));
        assert_eq!(
            from_environment(env(&[("LC_ALL", "POSIX")])),
            Some(Tag::English)
        );
    }

    #[test]
    fn nothing_spoken_means_no_choice_and_then_english() {
        assert_eq!(from_environment(env(&[("LANG", "pt_BR.UTF-8")])), None);
        assert_eq!(from_environment(env(&[])), None);
        assert_eq!(choose(None, None), Tag::English);
        assert_eq!(choose(Some(Tag::Arabic), Some(Tag::German)), Tag::Arabic);
        assert_eq!(choose(None, Some(Tag::German)), Tag::German);
    }

    #[test]
    fn the_config_names_a_language_by_its_code() {
        assert_eq!("de".parse::<Tag>(), Ok(Tag::German));
        assert_eq!("JA".parse::<Tag>(), Ok(Tag::Japanese));
        assert_eq!("de-CH".parse::<Tag>(), Ok(Tag::German));
        assert_eq!(
            "klingon".parse::<Tag>(),
            Err(UnknownLanguage("klingon".into()))
        );
        assert_eq!(known_codes(), "en, de, fr, es, ar, ja");
    }
}
