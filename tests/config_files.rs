//! The config loader against files on disk, through the library API: every malformed config in
//! `tests/data/bad-config/` is refused with its path, line, column and what was expected, and the
//! shipped `config/default.toml` is exactly the default configuration.
//!
//! `tests/data/bad-config/expect.tsv` holds one line per corpus file:
//! `file<TAB>line:column<TAB>start of the message`. (`tests/config_corpus.rs` runs the same corpus
//! through the `limber` binary and a running daemon.)

use std::path::{Path, PathBuf};

use limber::config::{Config, DEFAULT_TOML};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad-config")
}

struct Expectation {
    file: String,
    position: String,
    message_start: String,
}

fn expectations() -> Vec<Expectation> {
    let table = std::fs::read_to_string(corpus().join("expect.tsv")).unwrap();
    table
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [file, position, message_start] = fields[..] else {
                panic!("expect.tsv: not three tab-separated fields: {line:?}");
            };
            Expectation {
                file: file.to_string(),
                position: position.to_string(),
                message_start: message_start.to_string(),
            }
        })
        .collect()
}

#[test]
fn every_corpus_file_is_listed_once_in_the_expectations() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let listed: Vec<String> = expectations().into_iter().map(|e| e.file).collect();
    assert_eq!(on_disk, listed, "expect.tsv lists the corpus files, sorted");
    assert!(on_disk.len() >= 32, "the corpus keeps at least 32 cases");
}

#[test]
fn every_malformed_config_is_refused_with_its_path_position_and_reason() {
    let mut mismatches = Vec::new();
    for expected in expectations() {
        let path = corpus().join(&expected.file);
        let prefix = format!(
            "{}:{}: {}",
            path.display(),
            expected.position,
            expected.message_start
        );
        match Config::load(&path) {
            Ok(_) => mismatches.push(format!("{}: accepted", expected.file)),
            Err(error) if !error.to_string().starts_with(&prefix) => mismatches.push(format!(
                "{}:\n  expected {prefix}\n  got      {error}",
                expected.file
            )),
            Err(_) => {}
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_shipped_default_file_is_the_default_config() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), DEFAULT_TOML);
    assert_eq!(Config::load(&path).unwrap(), Config::default());
}

#[test]
fn a_folder_where_the_file_should_be_is_refused_by_path() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config.toml");
    std::fs::create_dir(&folder).unwrap();
    let error = Config::load(&folder).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}: this is a folder", folder.display())),
        "{error}"
    );
}

#[test]
fn a_missing_file_is_the_default_config() {
    let home = tempfile::tempdir().unwrap();
    let config = Config::load(&home.path().join("config.toml")).unwrap();
    assert_eq!(config, Config::default());
}
