//! Values from outside, echoed back in messages, cut to a length a person can read.
//!
//! An error message quotes what it could not accept, so the reader sees which value is wrong. A
//! hostile or broken file can make that value megabytes long, or fill it with line breaks and
//! terminal escapes; echoed whole, it floods a terminal, a log or a notification. So a value is
//! echoed as at most [`ECHO_CHARS`] characters with an ellipsis for the rest, and its quotes,
//! backslashes, control characters and bidirectional overrides are escaped, so it cannot end the
//! quotes it stands in, move the cursor, or turn the rest of the line around.

use std::borrow::Cow;
use std::fmt::Write;

/// The most characters of one value a message repeats.
pub const ECHO_CHARS: usize = 80;

/// The most characters of a whole message built around echoed values: a backstop for messages
/// whose quotes cannot be told apart (a value that itself holds a quote of the other kind).
const MESSAGE_CHARS: usize = 6 * ECHO_CHARS;

/// `value` as a message may quote it: escaped, and cut to [`ECHO_CHARS`] characters.
pub fn echo(value: &str) -> String {
    let too_long = value.chars().nth(ECHO_CHARS).is_some();
    let mut out = String::new();
    for (shown, c) in value.chars().enumerate() {
        if too_long && shown + 1 == ECHO_CHARS {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if moves_text(c) => {
                let _ = write!(out, "{}", c.escape_default());
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` is a control character or a bidirectional override or isolate (U+202A–U+202E,
/// U+2066–U+2069): characters that, shown raw, move the cursor, drive the terminal, or show the
/// text that follows them in another order than it was written.
pub fn moves_text(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A message written elsewhere (by serde, the TOML parser, another module) with every value it
/// quotes in `"…"` or `` `…` `` cut to [`ECHO_CHARS`] characters, and the whole cut to a few
/// lines. Messages already short are returned as they are.
pub fn shorten_quoted(message: &str) -> Cow<'_, str> {
    if message.chars().count() <= ECHO_CHARS {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len().min(4 * MESSAGE_CHARS));
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' && c != '`' {
            continue;
        }
        // A quoted value: keep its first characters, up to its closing quote.
        let mut kept = 0;
        let mut escaped = false;
        for inner in chars.by_ref() {
            let closes = inner == c && !escaped;
            escaped = c == '"' && inner == '\\' && !escaped;
            if closes {
                out.push(inner);
                break;
            }
            kept += 1;
            if kept < ECHO_CHARS {
                out.push(inner);
            } else if kept == ECHO_CHARS {
                out.push('…');
            }
        }
    }
    if out.chars().count() > MESSAGE_CHARS {
        out = out.chars().take(MESSAGE_CHARS - 1).collect();
        out.push('…');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_short_value_is_echoed_as_it_is() {
        assert_eq!(echo("Desk hip hinge"), "Desk hip hinge");
        assert_eq!(echo(&"a".repeat(ECHO_CHARS)), "a".repeat(ECHO_CHARS));
    }

    #[test]
    fn a_long_value_is_cut_with_an_ellipsis() {
        let echoed = echo(&"a".repeat(5_000_000));
        assert_eq!(echoed.chars().count(), ECHO_CHARS);
        assert!(echoed.ends_with("a…"), "{echoed}");
    }

    #[test]
    fn quotes_and_control_characters_are_escaped() {
        assert_eq!(echo("a\"b\\c"), "a\\\"b\\\\c");
        assert_eq!(echo("line\nbreak\u{1b}[2J"), "line\\nbreak\\u{1b}[2J");
    }

    #[test]
    fn bidirectional_overrides_and_isolates_are_escaped() {
        // A right-to-left override would show the rest of a message, and whatever follows it on
        // the line, backwards.
        assert_eq!(
            echo("evil\u{202e}txt.exe\u{202a}\u{202b}\u{202c}\u{202d}"),
            "evil\\u{202e}txt.exe\\u{202a}\\u{202b}\\u{202c}\\u{202d}"
        );
        assert_eq!(
            echo("\u{2066}\u{2067}\u{2068}\u{2069}"),
            "\\u{2066}\\u{2067}\\u{2068}\\u{2069}"
        );
        // Right-to-left text itself is left as it is.
        assert_eq!(echo("מתיחה"), "מתיחה");
    }

    #[test]
    fn quoted_values_in_a_foreign_message_are_cut() {
        let long = "x".repeat(10_000);
        let message = format!("invalid type: string \"{long}\", expected a list");
        let short = shorten_quoted(&message);
        assert!(short.starts_with("invalid type: string \"xxx"), "{short}");
        assert!(short.ends_with("x…\", expected a list"), "{short}");
        let message = format!("unknown field `{long}`, expected one of `every`, `snooze`");
        let short = shorten_quoted(&message);
        assert!(
            short.ends_with("x…`, expected one of `every`, `snooze`"),
            "{short}"
        );
    }

    #[test]
    fn an_escaped_quote_does_not_end_a_value() {
        let message = format!("string \"a\\\"{}\" is wrong", "y".repeat(500));
        let short = shorten_quoted(&message);
        assert!(short.ends_with("y…\" is wrong"), "{short}");
    }

    #[test]
    fn a_message_with_nothing_long_is_kept() {
        let message = "every = \"soon\" is not a duration: expected a number and a unit at \"soon\"; write something like \"45m\"";
        assert_eq!(shorten_quoted(message), message);
    }

    proptest! {
        #[test]
        fn no_echo_is_longer_than_its_cap(value in ".{0,300}") {
            // Escapes may add characters, but never more than a few per character shown.
            prop_assert!(echo(&value).chars().count() <= ECHO_CHARS * 10);
            prop_assert!(!echo(&value).contains('\n'));
        }

        #[test]
        fn no_message_is_longer_than_its_cap(message in "[a-z\"`\\\\ ]{0,3000}") {
            prop_assert!(shorten_quoted(&message).chars().count() <= MESSAGE_CHARS);
        }
    }
}
