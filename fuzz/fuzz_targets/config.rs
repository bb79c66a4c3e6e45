//! Any text in the config file must give a config or an error with a place, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(error) = limber::config::Config::parse(text, std::path::Path::new("fuzz.toml")) {
            // Every error names the file; positions, when given, lie inside the text.
            assert!(error.to_string().starts_with("fuzz.toml"));
            if let Some(line) = error.line {
                assert!(line <= text.lines().count().max(1) + 1);
            }
        }
    }
});
