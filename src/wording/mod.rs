//! Every word limber shows a person, in their language.
//!
//! The words live in Fluent resources under `locales/<code>/`, English the source, one file per
//! part of limber (`common.ftl` for what every part shares: durations, dates, lists, sides). They
//! are compiled in, so a translation can never go missing at run time, and read through one
//! language chosen at start ([`speak`]): the config's `language`, else the environment's, else
//! English ([`locale`]). A message a translation lacks falls back to English.
//!
//! Call sites say `t!("message-id")` or `t!("message-id", count = 3, name = stretch.name)`;
//! [`words`] holds the formatting every part shares, so there is one way to say "1 h 05 min" or
//! "Wed 25 Nov" in each language.
//!
//! Dates are formatted from a small table of limber's own (month and weekday names, and the
//! order of day and month, as Fluent messages in `common.ftl`), not ICU4X: limber shows a date
//! in two shapes, and ICU4X's data would add about 1 MiB to each program.

pub mod locale;
#[cfg(test)]
pub(crate) mod plain_english;
pub mod pseudo;
mod resources;
pub mod words;

use std::cell::Cell;
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;
pub use locale::{Direction, Tag};

/// Arguments to a message: `args.set("count", 3)`.
pub type Args<'a> = FluentArgs<'a>;

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, with English behind a translation for anything it lacks.
///
/// Each resource file is parsed the first time one of its messages is asked for, so a program
/// holds only what it says: the daemon never parses the windows' or the command line's words.
/// English is parsed behind a translation only if a message is missing from it, which the
/// resource tests rule out for the shipped languages. (Measured: every file of German with
/// English behind it took 776 KiB; the daemon's files of German alone, 272 KiB.)
pub struct Language {
    tag: Tag,
    files: [OnceLock<Bundle>; resources::FILES.len()],
}

impl Language {
    fn new(tag: Tag) -> Language {
        Language {
            tag,
            files: [const { OnceLock::new() }; resources::FILES.len()],
        }
    }

    /// The language whose words this one shows: English for the pseudo-languages.
    fn source(&self) -> Tag {
        match self.tag {
            Tag::PseudoLong | Tag::PseudoRtl => Tag::English,
            other => other,
        }
    }

    /// File `index` of [`resources::FILES`], parsed once.
    fn bundle(&self, index: usize) -> &Bundle {
        self.files[index].get_or_init(|| {
            let source = self.source();
            let id: LanguageIdentifier = source
                .code()
                .parse()
                .expect("every shipped code is a valid language tag");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Isolate placeables (a stretch's name, a number) only where lines run right to
            // left: in a left-to-right language the marks only get in a terminal's way.
            bundle.set_use_isolating(self.tag.direction() == Direction::RightToLeft);
            match self.tag {
                Tag::PseudoLong => bundle.set_transform(Some(pseudo::long)),
                Tag::PseudoRtl => bundle.set_transform(Some(pseudo::right_to_left)),
                _ => {}
            }
            let file = resources::FILES[index];
            let text = resources::text(source, index);
            let resource =
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
                    panic!("locales/{source}/{file} does not parse: {errors:?}")
                });
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("locales/{source}/{file} repeats a message: {errors:?}");
            }
            bundle
        })
    }

    pub fn tag(&self) -> Tag {
        self.tag
    }

    pub fn direction(&self) -> Direction {
        self.tag.direction()
    }

    /// Whether this language (or English behind it) has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.pattern(id).is_some()
    }

    /// The message `id` (or `id.attribute`) with `args`; the id itself, and a warning in the log,
    /// if no language has it, so a missing message is seen rather than hidden.
    pub fn format(&self, id: &str, args: Option<&Args>) -> String {
        match self.format_checked(id, args) {
            Ok(text) => text,
            Err((text, problem)) => {
                tracing::warn!("{problem}");
                text
            }
        }
    }

    /// The message `id` with `args`, or what went wrong with it and the text shown instead.
    fn format_checked(&self, id: &str, args: Option<&Args>) -> Result<String, (String, String)> {
        let Some((tag, bundle, pattern)) = self.pattern(id) else {
            return Err((id.to_string(), format!("no message {id:?} in {}", self.tag)));
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        match errors.is_empty() {
            true => Ok(text),
            false => Err((text, format!("message {id:?} in {tag}: {errors:?}"))),
        }
    }

    /// The pattern of `id`, with the bundle that formats it and the language it comes from.
    fn pattern(&self, id: &str) -> Option<(Tag, &Bundle, &fluent_syntax::ast::Pattern<&str>)> {
        let (message, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let bundle = self.bundle(resources::file_of(message));
        let found = bundle
            .get_message(message)
            .and_then(|found| match attribute {
                Some(attribute) => found.get_attribute(attribute).map(|a| a.value()),
                None => found.value(),
            });
        match found {
            Some(pattern) => Some((self.tag, bundle, pattern)),
            None if self.tag.is_translation() => language(Tag::English).pattern(id),
            None => None,
        }
    }
}

/// The language `tag`, made once per process (its files parsed as they are needed).
pub fn language(tag: Tag) -> &'static Language {
    static MADE: [OnceLock<Language>; Tag::ALL.len()] = [const { OnceLock::new() }; Tag::ALL.len()];
    let index = Tag::ALL
        .iter()
        .position(|t| *t == tag)
        .expect("every tag is in Tag::ALL");
    MADE[index].get_or_init(|| Language::new(tag))
}

/// The language chosen at start; English until [`speak`] is called.
static CHOSEN: RwLock<Option<&'static Language>> = RwLock::new(None);

thread_local! {
    /// A language for this thread alone ([`in_language`]), over the chosen one.
    static THIS_THREAD: Cell<Option<&'static Language>> = const { Cell::new(None) };
}

/// Speak `tag` from now on, in every thread.
pub fn speak(tag: Tag) {
    *CHOSEN.write().unwrap_or_else(|e| e.into_inner()) = Some(language(tag));
}

/// The language spoken now.
pub fn current() -> &'static Language {
    if let Some(language) = THIS_THREAD.with(Cell::get) {
        return language;
    }
    let chosen = *CHOSEN.read().unwrap_or_else(|e| e.into_inner());
    chosen.unwrap_or_else(|| language(Tag::English))
}

/// `f`'s result with this thread speaking `tag`: tests of other languages, which run beside
/// tests that expect English.
pub fn in_language<T>(tag: Tag, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<&'static Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THIS_THREAD.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(THIS_THREAD.with(|cell| cell.replace(Some(language(tag)))));
    f()
}

/// The message `id` in the current language.
pub fn text(id: &str) -> String {
    current().format(id, None)
}

/// The message `id` in the current language, with `args`.
pub fn text_with(id: &str, args: &Args) -> String {
    current().format(id, Some(args))
}

/// A message in the language spoken now: `t!("reminder-title")`, or with arguments
/// `t!("reminder-title", sitting = words::duration(sat))`. Argument names are the message's
/// variables (`$sitting`).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::wording::text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::wording::Args::new();
        $(args.set(stringify!($name), $crate::wording::Value::from($value));)+
        $crate::wording::text_with($id, &args)
    }};
}

#[cfg(test)]
mod tests;
