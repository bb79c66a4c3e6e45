//! The two pseudo-languages: English made longer and accented (`en-XA`), and English set right to
//! left (`ar-XB`). They are made from the English resources as they are formatted, touching only
//! the text a translator would translate, never a placeable (a number, a stretch's name): Fluent
//! calls these functions on each text element of a pattern.

use std::borrow::Cow;

/// How much longer `en-XA` makes each text: translations run up to 40 % longer than English
/// (German and French most), and the layout must hold them.
pub const GROWTH: f32 = 0.4;

/// `text` with its letters accented and padded 40 % longer, so cut or overlapping text shows,
/// and readable still: "Snooze" becomes "Šñöözé~~~". The padding is tildes joined to the last
/// word, so a line breaks where the English does, and whitespace stays where it was.
pub fn long(text: &str) -> Cow<'static, str> {
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters == 0 {
        return Cow::Owned(text.to_string());
    }
    let mut out: String = text.chars().map(accented).collect();
    let padding = ((letters as f32) * GROWTH).ceil() as usize;
    let trailing: String = {
        let kept = out.trim_end().len();
        out.split_off(kept)
    };
    out.extend(std::iter::repeat_n('~', padding));
    out.push_str(&trailing);
    Cow::Owned(out)
}

/// `text` forced right to left (RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING), so it
/// reads backwards in a window that sets it right, and the window's mirroring shows.
pub fn right_to_left(text: &str) -> Cow<'static, str> {
    if text.trim().is_empty() {
        return Cow::Owned(text.to_string());
    }
    Cow::Owned(format!("\u{202e}{text}\u{202c}"))
}

/// An accented twin of an ASCII letter, so a font without the accents shows as boxes.
fn accented(c: char) -> char {
    const PLAIN: &str = "aceinoszuyACEINOSZUY";
    const ACCENTED: &str = "áçéîñöšžüýÁÇÉÎÑÖŠŽÜÝ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_at_least_forty_percent_longer_and_keeps_its_spaces() {
        for text in [
            "Snooze",
            "Time to stretch · sitting ",
            " and ",
            "I'm in position",
        ] {
            let out = long(text);
            let grown = out.chars().count() as f32;
            let letters = text.chars().filter(|c| c.is_alphanumeric()).count() as f32;
            assert!(
                grown >= text.chars().count() as f32 + letters * GROWTH,
                "{text:?} -> {out:?}"
            );
            assert_eq!(
                out.starts_with(' '),
                text.starts_with(' '),
                "{text:?} -> {out:?}"
            );
            assert_eq!(
                out.ends_with(' '),
                text.ends_with(' '),
                "{text:?} -> {out:?}"
            );
        }
        assert_eq!(long("Snooze"), "Šñööžé~~~");
        assert_eq!(long(" · "), " · ");
    }

    #[test]
    fn right_to_left_text_is_overridden_and_blank_text_left_alone() {
        assert_eq!(right_to_left("Pause"), "\u{202e}Pause\u{202c}");
        assert_eq!(right_to_left(" "), " ");
    }
}
