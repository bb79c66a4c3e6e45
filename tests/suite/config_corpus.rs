//! Every file in `tests/data/bad-config/` is a config a person could plausibly write by mistake.
//! Each must be refused with its file, line and column and what was expected (exit 2 from
//! `limber config check`), and a running daemon must keep its last good settings through all of
//! them. `expect.tsv` lists, per file, the expected position and the start of the message.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use support::desktop::{wait_for, Desktop};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad-config")
}

/// (file, "line:col", message start) per line of expect.tsv.
fn expectations() -> Vec<(String, String, String)> {
    std::fs::read_to_string(corpus().join("expect.tsv"))
        .expect("expect.tsv")
        .lines()
        .map(|line| {
            let mut fields = line.splitn(3, '\t').map(str::to_string);
            (
                fields.next().unwrap(),
                fields.next().unwrap(),
                fields.next().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn every_malformed_config_is_refused_with_its_place_and_exit_2() {
    let expected = expectations();
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    files.sort();
    let listed: Vec<&String> = expected.iter().map(|(file, _, _)| file).collect();
    assert_eq!(
        files.iter().collect::<Vec<_>>(),
        listed,
        "every corpus file is listed in expect.tsv, and only those"
    );
    assert!(files.len() >= 30);
    let home = tempfile::tempdir().unwrap();
    for (file, position, message) in &expected {
        let path = corpus().join(file);
        let output = Command::new(env!("CARGO_BIN_EXE_limber"))
            .arg("--config")
            .arg(&path)
            .args(["config", "check"])
            .env("HOME", home.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{file}: {stderr}");
        let prefix = format!("{}:{position}: {message}", path.display());
        assert!(
            stderr.starts_with(&prefix),
            "{file}:\n  expected {prefix}\n  got      {stderr}"
        );
    }
}

#[test]
fn a_folder_where_the_config_should_be_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config.toml");
    std::fs::create_dir(&folder).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--config")
        .arg(&folder)
        .args(["config", "check"])
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("{}: this is a folder", folder.display())),
        "{stderr}"
    );
}

#[test]
fn a_running_daemon_keeps_its_last_good_config_through_every_malformed_edit() {
    let Some(desktop) = Desktop::start() else {
        return;
    };
    // A good config whose 40 s interval is easy to tell from the 1 h default.
    let good = "[reminder]\nevery = \"40s\"\n[activity]\nbreak_after = \"30s\"\n";
    desktop.write_config(good);
    let mut daemon = desktop.start_daemon();
    let next = || {
        desktop.status()["next_reminder_seconds"]
            .as_u64()
            .unwrap_or(u64::MAX)
    };
    assert!(next() <= 40);
    for (file, _, _) in expectations() {
        std::fs::write(
            desktop.config_file(),
            std::fs::read(corpus().join(&file)).unwrap(),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(150));
        assert!(
            daemon.is_running(),
            "{file} took the daemon down; log:\n{}",
            daemon.log()
        );
        assert!(
            next() <= 40,
            "{file} changed the settings in force; log:\n{}",
            daemon.log()
        );
    }
    assert!(daemon.log().contains("kept the previous settings"));
    // And a good edit still applies afterwards.
    desktop.write_config(&good.replace("40s", "2h"));
    wait_for(Duration::from_secs(5), || next() > 3600).expect("a valid edit applies");
}
