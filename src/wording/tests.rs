//! The resources hold together: every language has English's messages with English's variables,
//! every message the code asks for exists, and every English message is asked for.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::locale::Tag;
use super::resources::{self, FILES};
use super::*;

/// Every message and attribute of a language (`id` and `id.attribute`) with the variables its
/// pattern uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(tag: Tag) -> Messages {
    let mut all = Messages::new();
    for (file, text) in resources::files(tag) {
        let resource = parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{tag}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                assert!(
                    all.insert(id.clone(), variables(value)).is_none(),
                    "{tag}/{file} repeats {id}"
                );
            }
            for attribute in &message.attributes {
                all.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    all
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

#[test]
fn every_language_loads_without_errors() {
    for tag in Tag::ALL {
        let language = language(tag);
        assert_eq!(language.tag(), tag);
    }
}

#[test]
fn every_translation_has_english_s_messages_and_no_others() {
    let english = messages(Tag::English);
    for tag in Tag::ALL.into_iter().filter(|tag| tag.is_translation()) {
        let translated = messages(tag);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag} has messages English does not: {extra:?}"
        );
    }
}

/// A translation may leave a variable out (Japanese needs no count to choose a plural), but
/// never use one English does not pass: it would show as a Fluent error in the window.
#[test]
fn every_translation_uses_only_english_s_variables() {
    let english = messages(Tag::English);
    for tag in Tag::ALL.into_iter().filter(|tag| tag.is_translation()) {
        for (id, used) in messages(tag) {
            let Some(passed) = english.get(&id) else {
                continue;
            };
            let passed = passed_to(passed);
            let unknown: Vec<_> = used.difference(&passed).collect();
            assert!(
                unknown.is_empty(),
                "{tag} {id} uses {unknown:?}, English passes {passed:?}"
            );
        }
    }
}

/// The variables the code passes to a message whose English uses `english`: text that names a
/// side (`$side_word`, `$other_word`) also gets `$side`, for a language that inflects the word.
fn passed_to(english: &BTreeSet<String>) -> BTreeSet<String> {
    let mut passed = english.clone();
    if passed.contains("side_word") || passed.contains("other_word") {
        passed.insert("side".to_string());
    }
    passed
}

/// A program parses only the files it asks from, found by a message's first word: a message
/// in another file than its word names would never be found.
#[test]
fn every_message_lives_in_the_file_its_first_word_names() {
    for (index, (file, text)) in resources::files(Tag::English).enumerate() {
        let resource = parser::parse(text).expect("English parses");
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                assert_eq!(
                    resources::file_of(id),
                    index,
                    "{id} is in {file}, but its first word names {}",
                    FILES[resources::file_of(id)]
                );
            }
        }
    }
}

/// Every message of every language formats without an error as limber formats it (each file in
/// a bundle of its own), given every variable English passes: a term or message of another
/// file, or a variable English lacks, would fail here.
#[test]
fn every_message_formats_in_every_language() {
    let english = messages(Tag::English);
    let mut failed = Vec::new();
    for tag in Tag::ALL {
        let language = language(tag);
        for (id, variables) in &english {
            for side in ["right", "left", "none"] {
                let mut args = Args::new();
                for variable in passed_to(variables) {
                    match variable.as_str() {
                        "side" => args.set(variable, side),
                        _ => args.set(variable, 2),
                    }
                }
                if let Err((_, problem)) = language.format_checked(id, Some(&args)) {
                    failed.push(problem);
                }
            }
        }
    }
    failed.dedup();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn every_resource_file_is_there_in_every_language() {
    for tag in Tag::ALL.into_iter().filter(|tag| tag.is_translation()) {
        let names: Vec<&str> = resources::files(tag).map(|(name, _)| name).collect();
        assert_eq!(names, FILES, "{tag}");
    }
}

/// Every Rust file of the crate, for the checks that messages are used and exist.
fn sources() -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

/// Messages whose ids the code builds from parts (`weekday-short-{n}`, a stretch's id), named
/// by the prefix the code writes as a literal.
const BUILT_IDS: &[&str] = &[
    "weekday-short-",
    "month-short-",
    "stretch-",
    "caution-common-",
];

#[test]
fn every_english_message_is_used_by_the_code() {
    let code: String = sources().into_iter().map(|(_, text)| text).collect();
    let unused: Vec<String> = messages(Tag::English)
        .into_keys()
        .filter(|id| {
            let message = id.split('.').next().unwrap_or(id);
            !code.contains(&format!("\"{id}\""))
                && !code.contains(&format!("\"{message}\""))
                && !BUILT_IDS.iter().any(|prefix| message.starts_with(prefix))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let english = language(Tag::English);
    let mut missing = Vec::new();
    for (path, text) in sources() {
        let code = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"));
        for line in code {
            for (i, _) in line.match_indices("t!(\"") {
                if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue; // format!, print!
                }
                let rest = &line[i + 4..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !english.has(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "asked for but not in locales/en: {missing:#?}"
    );
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(text("no-such-message"), "no-such-message");
}

#[test]
fn this_thread_s_language_is_its_own_and_comes_back() {
    in_language(Tag::PseudoRtl, || {
        assert_eq!(current().tag(), Tag::PseudoRtl);
        assert_eq!(current().direction(), Direction::RightToLeft);
        in_language(Tag::German, || assert_eq!(current().tag(), Tag::German));
        assert_eq!(current().tag(), Tag::PseudoRtl);
    });
    assert_eq!(current().tag(), Tag::English);
}

#[test]
fn the_pseudo_languages_change_text_but_never_a_placeable() {
    let args = {
        let mut args = Args::new();
        args.set("seconds", 35);
        args
    };
    let long = language(Tag::PseudoLong).format("duration-seconds", Some(&args));
    assert!(long.starts_with("35 "), "{long}");
    let rtl = language(Tag::PseudoRtl).format("duration-seconds", Some(&args));
    assert!(rtl.contains("35") && rtl.contains('\u{202e}'), "{rtl:?}");
}
