//! For tests: finds text that did not go through Fluent. Built in the pseudo-language `en-XA`
//! (`wording::in_language(Tag::PseudoLong, …)`), every text a window says has its letters
//! accented, so a word still spelled with a plain a, c, e, i, n, o, s, u, y or z (in either
//! case) is English that skipped `t!`.

/// The only plain word a window may show in any language: limber's own name, as a title.
const NAMES: [&str; 1] = ["limber"];

/// The words in `texts` that are plain English, after taking out every `foreign` text (words a
/// window shows but another part of limber words: a stretch's, the tray menu's) and limber's
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

/// Every name, value and key name in a screen reader's tree.
pub fn tree_texts(update: &accesskit::TreeUpdate) -> Vec<String> {
    update
        .nodes
        .iter()
        .flat_map(|(_, node)| [node.label(), node.value(), node.keyboard_shortcut()])
        .flatten()
        .map(str::to_string)
        .collect()
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

/// The timer window at every phase, its buttons, what a screen reader reads and hears: all of
/// it from Fluent.
#[test]
fn the_timer_window_says_nothing_in_plain_english() {
    use std::time::Duration;

    use super::access::{announce::Announcer, timer};
    use super::screen::{self, Action, Moment, Shown};
    use crate::core::case::capitalised;
    use crate::core::catalog::{builtin, Side, Stretch};
    use crate::core::clock::Mono;
    use crate::core::progression::Progress;
    use crate::core::routine::Routine;
    use crate::wording::{in_language, Tag};

    /// What the stretch itself says (the catalogue's words, not the window's).
    fn its_own_words(stretch: &Stretch) -> Vec<String> {
        let sides = [None, Some(Side::Right), Some(Side::Left)];
        let mut words = vec![
            stretch.name.clone(),
            stretch.release.clone(),
            capitalised(&stretch.position.label()),
        ];
        words.extend(stretch.all_cautions().map(str::to_string));
        for side in sides {
            words.extend(stretch.steps_for(side));
            words.push(stretch.hold_cue_for(side));
        }
        words
    }

    let catalogue = builtin();
    let one_sided = catalogue.iter().find(|s| !s.per_side).expect("one-sided");
    let two_sided = catalogue.iter().find(|s| s.per_side).expect("two-sided");
    in_language(Tag::PseudoLong, || {
        for stretch in [one_sided, two_sided] {
            let foreign = its_own_words(stretch);
            let mut texts: Vec<String> = Vec::new();
            for (grew, done_today) in [(false, 0), (true, 5)] {
                let progress = Progress {
                    hold: stretch.hold,
                    added: Duration::ZERO,
                    done: 5,
                    grew,
                };
                let shown = Shown {
                    stretch,
                    progress: &progress,
                    done_today,
                };
                let mut screens = screen::every_screen(&shown);
                let mut routine = Routine::start(stretch, Mono::ZERO);
                routine.toggle_pause(Mono::from_secs(1));
                screens.push(screen::screen(
                    &shown,
                    &Moment::of(&routine, Mono::from_secs(2)),
                ));
                for (index, screen) in screens.iter().enumerate() {
                    texts.extend(
                        [&screen.title, &screen.subtitle, &screen.heading].map(Clone::clone),
                    );
                    texts.extend([screen.countdown.clone(), screen.caption.clone()]);
                    match &screen.body {
                        screen::Body::Steps(steps) => texts.extend(steps.iter().cloned()),
                        screen::Body::Text(text) => texts.push(text.clone()),
                    }
                    let labels: Vec<String> = screen
                        .actions
                        .iter()
                        .map(|action| screen::label(*action, index % 2 == 0))
                        .collect();
                    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
                    texts.extend(tree_texts(&timer::tree(&timer::Shown {
                        title: &crate::t!("window-title", stretch = stretch.name.as_str()),
                        screen,
                        labels: &labels,
                        bounds: &[],
                        focused: None,
                        getting_into_position: index % 2 == 1,
                        said: "",
                    })));
                }
            }
            for action in [Action::Start, Action::Skip, Action::Close] {
                texts.push(screen::label(action, false));
            }
            // Every announcement of a whole stretch, paused and resumed on the way.
            let mut routine = Routine::start(stretch, Mono::ZERO);
            let mut announcer = Announcer::new(&Moment::of(&routine, Mono::ZERO), Mono::ZERO);
            for second in 0..400 {
                let now = Mono::from_secs(second);
                if second == 3 || second == 5 {
                    routine.toggle_pause(now);
                }
                routine.advance(now);
                texts.extend(announcer.look(&Moment::of(&routine, now), now));
            }
            assert!(texts.iter().any(|t| t.contains('~')), "{texts:?}");
            assert_all_through_fluent(&texts, &foreign);
        }
    });
}
