//! History and state survive a crash at any moment: a writer process appends events and saves
//! state as fast as it can and is killed with SIGKILL at 100 random moments. Afterwards every
//! complete line parses, the events are consecutive (nothing but an in-flight event was lost,
//! and the writer after it took its place), `limber stats` reads the file, and the state loads.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use limber::core::history::{EventKind, HistoryEvent};
use limber::store::{self, History};

const DIR: &str = "LIMBER_CRASH_DIR";

/// The writer: runs only when the crash test starts it with `LIMBER_CRASH_DIR` set.
#[test]
#[ignore = "started by history_and_state_survive_kill_9_at_random_moments"]
fn crash_writer() {
    let Some(dir) = std::env::var_os(DIR) else {
        return;
    };
    let dir = Path::new(&dir);
    let history = History::new(dir.join("limber/history.jsonl"));
    let mut next = history.events().expect("read").flatten().count() as u64;
    loop {
        let event = HistoryEvent {
            at: jiff::Timestamp::now(),
            kind: EventKind::Snoozed { secs: next },
        };
        history.append(&event).expect("append");
        store::save_state(
            &dir.join("state.json"),
            &serde_json::json!({ "written": next }),
        )
        .expect("save");
        next += 1;
    }
}

/// A small deterministic generator for the kill delays, so a failure can be replayed.
fn delays() -> impl Iterator<Item = Duration> {
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    std::iter::from_fn(move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        Some(Duration::from_micros(2_000 + (seed >> 33) % 40_000))
    })
}

#[test]
fn history_and_state_survive_kill_9_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let me = std::env::current_exe().unwrap();
    for delay in delays().take(100) {
        let mut writer = Command::new(&me)
            .args([
                "--ignored",
                "--exact",
                "store_crash::crash_writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR, dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        writer.kill().unwrap(); // SIGKILL
        writer.wait().unwrap();
    }
    let (events, skipped): (Vec<_>, Vec<_>) = History::new(dir.path().join("limber/history.jsonl"))
        .events()
        .unwrap()
        .partition(Result::is_ok);
    let events: Vec<HistoryEvent> = events.into_iter().flatten().collect();
    assert!(
        events.len() > 100,
        "the writer hardly wrote: {}",
        events.len()
    );
    let numbers: Vec<u64> = events
        .iter()
        .map(|e| match e.kind {
            EventKind::Snoozed { secs } => secs,
            _ => panic!("unexpected event"),
        })
        .collect();
    let expected: Vec<u64> = (0..numbers.len() as u64).collect();
    assert_eq!(numbers, expected, "events were lost or duplicated");
    assert!(
        skipped.len() <= 100,
        "more damaged lines than crashes: {skipped:?}"
    );
    let state: serde_json::Value = store::load_state(&dir.path().join("state.json"))
        .unwrap()
        .expect("state saved");
    assert!(state["written"].as_u64().is_some());
    let stats = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("stats")
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(stats.status.success());
    let report = String::from_utf8_lossy(&stats.stdout);
    let snoozed = format!("snoozed                 {}", events.len());
    assert!(
        report.contains(&snoozed),
        "stats did not count the history: {report}"
    );
    println!(
        "{} events over 100 kills, {} torn lines skipped",
        events.len(),
        skipped.len()
    );
}
