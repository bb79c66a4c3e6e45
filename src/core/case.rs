//! Changing the case of a text's first letter, so a name or a phrase reads at the start of a
//! sentence ("on a chair" → "On a chair") or inside one ("Seated figure four" → "seated figure
//! four"). One place for it: the catalogue, the window and the notifications all need it.

/// `text` with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` with its first letter in lower case.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_letter_changes() {
        assert_eq!(capitalised("on a chair"), "On a chair");
        assert_eq!(lowercase_first("Seated Figure"), "seated Figure");
        assert_eq!(capitalised("éclair"), "Éclair");
        assert_eq!(capitalised(""), "");
        assert_eq!(lowercase_first(""), "");
    }
}
