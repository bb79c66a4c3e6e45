//! For tests: finds text that did not go through Fluent. Built in the pseudo-language `en-XA`
//! (`wording::in_language(Tag::PseudoLong, …)`), every text limber says has its letters accented,
//! so a word still spelled with a plain a, c, e, i, n, o, s, u, y or z (in either case) is English
//! that skipped `t!`. Every part's "says nothing in plain English" test uses it.

/// The only plain word limber may show in any language: limber's own name, as a title.
const NAMES: [&str; 1] = ["limber"];

/// The words in `texts` that are plain English, after taking out every `foreign` text (words a
/// part shows but another part of limber words: a stretch's, the tray menu's) and limber's
/// name; each with the text it was found in.
pub fn plain_english<S: AsRef<str>>(texts: &[S], foreign: &[String]) -> Vec<(String, String)> {
    let mut foreign: Vec<&str> = foreign.iter().map(String::as_str).collect();
    // The longest first, so a text that holds another is taken out whole.
    foreign.sort_by_key(|text| std::cmp::Reverse(text.len()));
    let mut found = Vec::new();
    for text in texts {
        let mut rest = text.as_ref().to_string();
        for foreign in foreign.iter().filter(|f| !f.is_empty()) {
            rest = rest.replace(foreign, " ");
        }
        for word in rest.split(|c: char| !c.is_ascii_alphabetic()) {
            let plain = word.chars().any(|c| "aceinosuyzACEINOSUYZ".contains(c));
            if plain && !NAMES.contains(&word) {
                found.push((word.to_string(), text.as_ref().to_string()));
            }
        }
    }
    found
}

/// Fails, naming each plain English word and where it was, if `texts` hold any.
pub fn assert_all_through_fluent<S: AsRef<str>>(texts: &[S], foreign: &[String]) {
    assert!(!texts.is_empty(), "nothing to check");
    let found = plain_english(texts, foreign);
    assert!(
        found.is_empty(),
        "plain English, not from Fluent: {found:#?}"
    );
}

/// Fails if what `said` makes, said in `en-XA`, holds plain English: for the errors other parts
/// of limber pass on. `foreign` are the texts limber does not word (a path, an id, the system's
/// own error text).
pub fn assert_said_through_fluent(said: impl FnOnce() -> Vec<String>, foreign: &[String]) {
    let texts = crate::wording::in_language(crate::wording::Tag::PseudoLong, said);
    assert!(texts.iter().all(|t| t.contains('~')), "{texts:#?}");
    assert_all_through_fluent(&texts, foreign);
}

#[test]
fn plain_english_is_found_and_pseudo_english_is_not() {
    let texts = [
        "Šñööžé~~~ 10 mîñ",
        "Snooze ~~",
        "lîmbér — limber",
        "1:05 · 2/2",
    ];
    let found = plain_english(&texts, &[]);
    assert_eq!(found, [("Snooze".to_string(), "Snooze ~~".to_string())]);
    assert!(plain_english(&["Pigeon pose · Hóld"], &["Pigeon pose".to_string()]).is_empty());
}
