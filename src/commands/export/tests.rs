use super::*;
use crate::core::hold::BusyReason;

fn berlin() -> TimeZone {
    TimeZone::get("Europe/Berlin").unwrap()
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn event(at: &str, kind: EventKind) -> HistoryEvent {
    HistoryEvent { at: ts(at), kind }
}

/// One event of every kind, on Tuesday 24 and Wednesday 25 November 2026 (UTC stamps).
fn history() -> Vec<HistoryEvent> {
    vec![
        event(
            "2026-11-24T10:05:00Z",
            EventKind::Sat {
                from: ts("2026-11-24T08:30:00Z"),
                to: ts("2026-11-24T10:00:00Z"),
                ended_by: BreakKind::Idle,
            },
        ),
        event(
            "2026-11-24T10:01:00Z",
            EventKind::Reminded {
                stretch: "pigeon-pose".into(),
            },
        ),
        event(
            "2026-11-24T11:00:00Z",
            EventKind::Held {
                from: ts("2026-11-24T10:40:00Z"),
                reasons: vec![BusyReason::Call, BusyReason::DoNotDisturb],
                ended: HoldEnded::Shown,
            },
        ),
        event("2026-11-24T11:01:00Z", EventKind::Snoozed { secs: 600 }),
        event(
            "2026-11-25T09:00:00Z",
            EventKind::Done {
                stretch: "pigeon-pose".into(),
                held_secs: 90,
            },
        ),
        event("2026-11-25T09:30:00Z", EventKind::SatFor { secs: 1200 }),
        event(
            "2026-11-25T09:40:00Z",
            EventKind::Paused {
                until: Some(ts("2026-11-25T10:40:00Z")),
            },
        ),
        event("2026-11-25T09:41:00Z", EventKind::Unknown),
        event(
            "2026-11-25T09:42:00Z",
            EventKind::Done {
                stretch: "pigeon-pose".into(),
                held_secs: u64::MAX,
            },
        ),
    ]
}

fn csv(since: Option<&str>) -> (String, Counted) {
    let mut out = Vec::new();
    let since = since.map(|day| day.parse().unwrap());
    let counted = write_csv(&mut out, history(), since, &berlin()).unwrap();
    (String::from_utf8(out).unwrap(), counted)
}

#[test]
fn every_kind_becomes_a_row_on_the_wall_clock() {
    let (text, counted) = csv(None);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "kind,start,end,date,seconds,stretch,reasons,ended"
    );
    assert_eq!(
        lines[1],
        "sitting,2026-11-24T09:30:00+01:00,2026-11-24T11:00:00+01:00,2026-11-24,5400,,,idle"
    );
    assert_eq!(
        lines[2],
        "reminder,2026-11-24T11:01:00+01:00,,2026-11-24,,pigeon-pose,,"
    );
    assert_eq!(
        lines[3],
        "held,2026-11-24T11:40:00+01:00,2026-11-24T12:00:00+01:00,2026-11-24,1200,,call;do_not_disturb,shown"
    );
    assert_eq!(
        lines[4],
        "snooze,2026-11-24T12:01:00+01:00,,2026-11-24,600,,,"
    );
    assert_eq!(
        lines[5],
        "stretch_done,2026-11-25T10:00:00+01:00,,2026-11-25,90,pigeon-pose,,"
    );
    // A line from before streak times: it ended when it was written.
    assert_eq!(
        lines[6],
        "sitting,2026-11-25T10:10:00+01:00,2026-11-25T10:30:00+01:00,2026-11-25,1200,,,"
    );
    assert_eq!(
        lines[7],
        "pause,2026-11-25T10:40:00+01:00,2026-11-25T11:40:00+01:00,2026-11-25,,,,"
    );
    assert_eq!(
        lines.len(),
        8,
        "the unknown kind and the absurd stretch are left out"
    );
    assert_eq!(counted.ignored, 1);
}

#[test]
fn since_keeps_the_days_from_it_on() {
    let (text, _) = csv(Some("2026-11-25"));
    assert_eq!(text.lines().count(), 4);
    assert!(text
        .lines()
        .skip(1)
        .all(|line| line.contains(",2026-11-25,")));
}

#[test]
fn fields_are_quoted_and_never_read_as_formulas() {
    assert_eq!(csv_field("pigeon-pose"), "pigeon-pose");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("+1"), "'+1");
    assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    let mut hostile = history();
    hostile.push(event(
        "2026-11-25T12:00:00Z",
        EventKind::Skipped {
            stretch: "@SUM(A1),\"\n".into(),
        },
    ));
    let mut out = Vec::new();
    write_csv(&mut out, hostile, None, &berlin()).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.ends_with(",\"'@SUM(A1),\"\"\n\",,\n"), "{text}");
}

#[test]
fn the_json_has_the_days_the_goal_and_every_event() {
    let now: Zoned = "2026-11-25T18:00:00[Europe/Berlin]".parse().unwrap();
    let mut out = Vec::new();
    let counted = write_json(&mut out, history(), None, &now, &[]).unwrap();
    assert_eq!(counted.ignored, 1);
    let document: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(document["format"], 1);
    assert_eq!(document["time_zone"], "Europe/Berlin");
    assert_eq!(document["goal_per_day"], 2);
    assert_eq!(document["goal_streak_days"], 0);
    assert_eq!(document["since"], serde_json::Value::Null);
    let days = document["days"].as_array().unwrap();
    assert_eq!(days.len(), 2);
    let tuesday = &days[0];
    assert_eq!(tuesday["date"], "2026-11-24");
    assert_eq!(tuesday["working_day"], true);
    assert_eq!(tuesday["sitting_secs"], 5400);
    assert_eq!(tuesday["sitting_secs_by_hour"][9], 1800);
    assert_eq!(tuesday["sitting_secs_by_hour"][10], 3600);
    assert_eq!(tuesday["longest_sitting_secs"], 5400);
    assert_eq!(tuesday["reminders"], 1);
    assert_eq!(tuesday["reminders_held"], 1);
    assert_eq!(tuesday["snoozed"], 1);
    assert_eq!(days[1]["stretches_done"], 1);
    assert_eq!(days[1]["goal_met"], false);
    let events = document["events"].as_array().unwrap();
    assert_eq!(events.len(), 7);
    assert_eq!(events[2]["kind"], "held");
    assert_eq!(events[2]["reasons"], "call;do_not_disturb");
    assert_eq!(events[0]["end"], "2026-11-24T11:00:00+01:00");
    assert!(events[0].get("day").is_none());
}

#[test]
fn an_empty_history_is_still_a_whole_document() {
    let now: Zoned = "2026-11-25T18:00:00[UTC]".parse().unwrap();
    let mut out = Vec::new();
    write_json(&mut out, Vec::new(), None, &now, &[]).unwrap();
    let document: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(document["events"], serde_json::json!([]));
    assert_eq!(document["days"], serde_json::json!([]));
    assert_eq!(document["goal_streak_days"], 0);
    let (text, _) = {
        let mut out = Vec::new();
        let counted = write_csv(&mut out, Vec::new(), None, &TimeZone::UTC).unwrap();
        (String::from_utf8(out).unwrap(), counted)
    };
    assert_eq!(text, "kind,start,end,date,seconds,stretch,reasons,ended\n");
}
