//! The command line as a user meets it: the real binary, private XDG folders, no daemon.

use std::path::Path;
use std::process::{Command, Output};

fn limber(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        // Days and hours on a known wall clock, whatever the machine's zone.
        .env("TZ", "UTC")
        .output()
        .expect("run limber")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn list_shows_every_built_in_stretch_with_all_its_columns() {
    let home = tempfile::tempdir().unwrap();
    let output = limber(home.path(), &["list"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap().split_whitespace().collect::<Vec<_>>(),
        ["ID", "NAME", "WHERE", "HOLD", "SIDES"]
    );
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() >= 8, "{text}");
    assert!(rows
        .iter()
        .any(|r| r.starts_with("pigeon-pose") && r.contains("45 s") && r.contains("each side")));
    assert!(rows.iter().any(|r| r.starts_with("standing-forward-fold")
        && r.contains("standing")
        && r.contains("once")));
}

#[test]
fn list_shows_holds_lengthened_by_practice_unless_switched_off() {
    let home = tempfile::tempdir().unwrap();
    let history = home.path().join("data/limber/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let done = |id: &str| {
        format!("{{\"v\":2,\"at\":\"2026-11-24T14:00:00Z\",\"event\":\"done\",\"stretch\":\"{id}\",\"held_secs\":60}}\n")
    };
    std::fs::write(&history, done("seated-figure-four-chair").repeat(5)).unwrap();
    let row = |output: &Output| {
        stdout(output)
            .lines()
            .find(|line| line.starts_with("seated-figure-four-chair"))
            .unwrap_or_default()
            .to_string()
    };
    let practised = limber(home.path(), &["list"]);
    assert!(
        row(&practised).contains("35 s (+5)"),
        "{}",
        stdout(&practised)
    );
    let config = home.path().join("config/limber/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "[stretches]\nprogression = false\n").unwrap();
    let as_written = limber(home.path(), &["list"]);
    assert!(
        row(&as_written).contains("30 s") && !row(&as_written).contains("(+"),
        "{}",
        stdout(&as_written)
    );
}

#[test]
fn config_check_on_a_type_error_prints_path_line_column_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("broken.toml");
    std::fs::write(&config, "[reminder]\nsnooze = \"10m\"\nevery = true\n").unwrap();
    let output = limber(
        home.path(),
        &["--config", config.to_str().unwrap(), "config", "check"],
    );
    assert_eq!(output.status.code(), Some(2));
    let expected = format!("{}:3:9: ", config.display());
    assert!(
        stderr(&output).starts_with(&expected),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("a duration in quotes"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn config_init_writes_the_documented_default_once() {
    let home = tempfile::tempdir().unwrap();
    assert!(limber(home.path(), &["config", "init"]).status.success());
    let written = std::fs::read_to_string(home.path().join("config/limber/config.toml")).unwrap();
    assert_eq!(written, include_str!("../../config/default.toml"));
    let again = limber(home.path(), &["config", "init"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    assert!(limber(home.path(), &["config", "check"]).status.success());
}

#[test]
fn config_path_honours_xdg_config_home_and_the_flag() {
    let home = tempfile::tempdir().unwrap();
    let output = limber(home.path(), &["config", "path"]);
    assert_eq!(
        stdout(&output).trim(),
        home.path()
            .join("config/limber/config.toml")
            .to_str()
            .unwrap()
    );
    let output = limber(
        home.path(),
        &["--config", "/etc/elsewhere.toml", "config", "path"],
    );
    assert_eq!(stdout(&output).trim(), "/etc/elsewhere.toml");
}

#[test]
fn daemon_commands_without_a_daemon_say_so_and_exit_1() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["status"][..],
        &["snooze", "10m"],
        &["skip"],
        &["pause", "1h"],
        &["resume"],
        &["quit"],
    ] {
        let output = limber(home.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&output).contains("limber is not running"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn bad_arguments_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    assert_eq!(
        limber(home.path(), &["snooze", "soon"]).status.code(),
        Some(2)
    );
    assert_eq!(
        limber(home.path(), &["pause", "1h", "--until-tomorrow"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(limber(home.path(), &["frobnicate"]).status.code(), Some(2));
}

#[test]
fn absurd_and_sub_second_lengths_are_refused_before_any_daemon_is_asked() {
    let home = tempfile::tempdir().unwrap();
    for (args, why) in [
        (
            &["snooze", "999999999h"][..],
            "out of range: expected between 5s and 8h",
        ),
        (
            &["snooze", "10M"],
            "\"M\" means months; for minutes write \"m\"",
        ),
        (&["pause", "1ms"], "not a whole number of seconds"),
        (&["pause", "1500ms"], "not a whole number of seconds"),
        (
            &["pause", "8d"],
            "out of range: expected between 5s and 7days",
        ),
        (&["snooze", "0s"], "out of range"),
    ] {
        let output = limber(home.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(why),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn stats_read_history_and_report_a_damaged_line_without_failing() {
    let home = tempfile::tempdir().unwrap();
    let history = home.path().join("data/limber/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let now = jiff::Timestamp::now();
    std::fs::write(
        &history,
        format!(
            "{{\"at\":\"{now}\",\"event\":\"done\",\"stretch\":\"pigeon-pose\",\"held_secs\":90}}\n{{\"at\":\"{now}\",\"event\":\"sni"
        ),
    )
    .unwrap();
    let output = limber(home.path(), &["stats"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("stretches done          1"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("history.jsonl:2: skipped a damaged line"),
        "{}",
        stderr(&output)
    );
    let week = limber(home.path(), &["stats", "--week"]);
    assert!(week.status.success());
    let today = stdout(&week).lines().nth(7).unwrap_or_default().to_string();
    assert_eq!(
        today.split_whitespace().nth(4),
        Some("1"),
        "today's DONE column: {}",
        stdout(&week)
    );
}

/// Writes a history of a few lines to take away, and a damaged one.
fn write_history(home: &Path) {
    let history = home.join("data/limber/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    std::fs::write(
        &history,
        concat!(
            r#"{"v":2,"at":"2026-11-24T10:05:00Z","event":"sat","from":"2026-11-24T08:30:00Z","to":"2026-11-24T10:00:00Z","ended_by":"idle"}"#,
            "\n",
            r#"{"v":2,"at":"2026-11-24T11:00:00Z","event":"held","from":"2026-11-24T10:40:00Z","reasons":["call"],"ended":"shown"}"#,
            "\n",
            "{\"damaged\n",
            r#"{"v":2,"at":"2026-11-25T09:00:00Z","event":"done","stretch":"pigeon-pose","held_secs":90}"#,
            "\n",
            r#"{"at":"2026-11-25T09:30:00Z","event":"sat_for","secs":1200}"#,
            "\n",
        ),
    )
    .unwrap();
}

#[test]
fn stats_export_csv_and_json_from_a_day_on_and_say_what_they_skipped() {
    let home = tempfile::tempdir().unwrap();
    write_history(home.path());
    let csv = limber(home.path(), &["stats", "--csv"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    assert_eq!(
        stdout(&csv),
        "kind,start,end,date,seconds,stretch,reasons,ended\n\
         sitting,2026-11-24T08:30:00+00:00,2026-11-24T10:00:00+00:00,2026-11-24,5400,,,idle\n\
         held,2026-11-24T10:40:00+00:00,2026-11-24T11:00:00+00:00,2026-11-24,1200,,call,shown\n\
         stretch_done,2026-11-25T09:00:00+00:00,,2026-11-25,90,pigeon-pose,,\n\
         sitting,2026-11-25T09:10:00+00:00,2026-11-25T09:30:00+00:00,2026-11-25,1200,,,\n"
    );
    assert!(
        stderr(&csv).contains("history.jsonl:3: skipped a damaged line"),
        "{}",
        stderr(&csv)
    );
    let since = limber(home.path(), &["stats", "--csv", "--since", "2026-11-25"]);
    assert_eq!(stdout(&since).lines().count(), 3, "{}", stdout(&since));
    let json = limber(home.path(), &["stats", "--json", "--since", "2026-11-24"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let document: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(document["format"], 1);
    assert_eq!(document["since"], "2026-11-24");
    assert_eq!(document["days"][0]["sitting_secs_by_hour"][9], 3600);
    assert_eq!(document["days"][1]["stretches_done"], 1);
    assert_eq!(document["events"].as_array().unwrap().len(), 4);
}

#[test]
fn stats_export_refuses_a_wrong_day_or_mixed_flags_as_usage() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["stats", "--csv", "--since", "24/11/2026"][..],
        &["stats", "--csv", "--since", "2026-02-30"],
        &["stats", "--json", "--csv"],
        &["stats", "--since", "2026-11-24"],
        &["stats", "--show", "--csv"],
    ] {
        let output = limber(home.path(), args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
    let wrong_day = limber(home.path(), &["stats", "--csv", "--since", "24/11/2026"]);
    assert!(
        stderr(&wrong_day).contains("a day is written YYYY-MM-DD"),
        "{}",
        stderr(&wrong_day)
    );
}

#[test]
fn the_week_picture_without_a_display_says_so_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let output = limber(home.path(), &["stats", "--week", "--show"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(said.contains("cannot open a window"), "{said}");
    assert!(!said.contains(".rs:"), "a source path in: {said}");
}

#[test]
fn version_and_help_work() {
    let home = tempfile::tempdir().unwrap();
    assert!(stdout(&limber(home.path(), &["--version"])).starts_with("limber "));
    let help = stdout(&limber(home.path(), &["--help"]));
    for command in [
        "status", "stretch", "snooze", "skip", "pause", "resume", "list", "stats", "config", "quit",
    ] {
        assert!(help.contains(command), "help lacks {command}");
    }
}

#[test]
fn output_to_a_reader_that_has_gone_ends_quietly() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["list"][..],
        &["stats", "--week"],
        &["stats", "--csv"],
        &["stats", "--json"],
        &["config", "path"],
    ] {
        // As in `limber list | head -n 0`: the reader closes its end before limber writes.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = Command::new(env!("CARGO_BIN_EXE_limber"))
            .args(args)
            .env_clear()
            .env("HOME", home.path())
            .stdout(writer)
            .output()
            .expect("run limber");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_eq!(stderr(&output), "", "{args:?}");
    }
}

/// The config's `language` is spoken by every command: with `language = "en-XA"` (English
/// accented and padded with tildes), no line a person reads from `list`, `stats`, `stats --week`,
/// `config check` or a refused `stretch` is left in plain English. Ids, numbers and paths may
/// stay as they are.
#[test]
fn the_config_s_language_is_spoken_by_every_command() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/limber/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "language = \"en-XA\"\n").unwrap();
    let history = home.path().join("data/limber/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let now = jiff::Timestamp::now();
    std::fs::write(
        &history,
        format!("{{\"at\":\"{now}\",\"event\":\"done\",\"stretch\":\"pigeon-pose\",\"held_secs\":90}}\n{{\"damaged\n"),
    )
    .unwrap();
    // A word of plain English: lower-case ASCII letters only, not an id or a file's name.
    let plain = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.len() > 2 && word.chars().all(|c| c.is_ascii_lowercase())
    };
    for args in [
        &["list"][..],
        &["stats"],
        &["stats", "--week"],
        &["config", "check"],
        &["stretch", "--here", "no-such-stretch"],
    ] {
        let output = limber(home.path(), args);
        let text = format!("{}{}", stdout(&output), stderr(&output));
        assert!(!text.is_empty(), "{args:?} said nothing");
        for line in text.lines().filter(|line| !line.contains('~')) {
            let english: Vec<&str> = line
                .split_whitespace()
                .filter(|word| !word.contains(['-', '/', '.']))
                .filter(|word| plain(word))
                .collect();
            assert!(
                english.is_empty(),
                "{args:?}: plain English {english:?} in {line:?}"
            );
        }
    }
    // A language limber does not speak is a config error naming those it does.
    std::fs::write(&config, "language = \"tlh\"\n").unwrap();
    let output = limber(home.path(), &["config", "check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("en, de, fr, es, ar, ja"),
        "{}",
        stderr(&output)
    );
}
