//! For tests: the windows say nothing in plain English (`wording::plain_english` finds it), and
//! what a screen reader's tree holds.

use crate::wording::plain_english::assert_all_through_fluent;

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
