//! The config loader's two non-error cases, through the library API: the shipped
//! `config/default.toml` is exactly the default configuration, and no file at all means the
//! defaults. (`tests/config_corpus.rs` covers every way a file can be wrong, through the binary.)

use std::path::Path;

use limber::config::{Config, DEFAULT_TOML};

#[test]
fn the_shipped_default_file_is_the_default_config() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), DEFAULT_TOML);
    assert_eq!(Config::load(&path).unwrap(), Config::default());
}

#[test]
fn a_missing_file_is_the_default_config() {
    let home = tempfile::tempdir().unwrap();
    let config = Config::load(&home.path().join("config.toml")).unwrap();
    assert_eq!(config, Config::default());
}
