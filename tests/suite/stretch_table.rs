//! `docs/stretches.md`, the catalogue as a reviewer reads it, is written from the catalogue
//! itself, so it cannot drift: this test fails when the file differs from what the code says,
//! and rewrites it when run with `LIMBER_BLESS=1`.

use std::fmt::Write;
use std::time::Duration;

use limber::core::case::capitalised;
use limber::core::catalog::{builtin, common_cautions, Side, Stretch};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/stretches.md");

fn secs(duration: Duration) -> String {
    format!("{} s", duration.as_secs())
}

fn source(stretch: &Stretch) -> &'static str {
    match &stretch.source {
        Some(source) if source.adapted => "adapted",
        Some(_) => "as written",
        None => "",
    }
}

fn table() -> String {
    let mut out = String::new();
    out.push_str(
        "# The built-in stretches\n\n\
         Every stretch limber suggests, as the code defines it (this file is written by\n\
         `tests/suite/stretch_table.rs`; run `LIMBER_BLESS=1 cargo test --test suite stretch_table` after\n\
         changing the catalogue). Each comes from a passage of the article limber's content is\n\
         drawn from (\"Stretch Where Your Hamstring Meets Your Glutes\"), quoted below;\n\
         \"adapted\" means limber changed it to fit a desk, or filled in a detail the passage\n\
         leaves open.\n\n\
         A stretch runs as: get into position (the *setup* time, or less when the user says they\n\
         are in position; the hold clock does not run), hold, change sides (the *switch* time,\n\
         two-sided stretches only; the clock does not run), come out slowly. Holds grow by 5 s\n\
         after every 5 full holds of a stretch, up to 60 s, unless `progression = false`.\n\n\
         By default limber suggests only the chair and standing stretches; the floor ones come\n\
         when the config allows the floor (`positions` in `[stretches]`).\n\n\
         ## Cautions shown with every stretch\n\n",
    );
    for caution in common_cautions() {
        let _ = writeln!(out, "- {caution}");
    }
    out.push_str(
        "\n## At a glance\n\n\
         | id | name | where | setup | hold | sides | switch | come out | from the article |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for stretch in builtin() {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |",
            stretch.id,
            stretch.name,
            stretch.position.label(),
            secs(stretch.setup),
            secs(stretch.hold),
            if stretch.per_side {
                "each side"
            } else {
                "once"
            },
            if stretch.per_side {
                secs(stretch.switch)
            } else {
                "—".into()
            },
            secs(stretch.come_out),
            source(&stretch),
        );
    }
    for stretch in builtin() {
        let _ = write!(
            out,
            "\n## {} (`{}`)\n\n{}, {}.\n\n",
            stretch.name,
            stretch.id,
            capitalised(&stretch.position.label()),
            if stretch.per_side {
                format!("{} each side, right first", secs(stretch.hold))
            } else {
                format!("hold {}", secs(stretch.hold))
            }
        );
        if let Some(source) = &stretch.source {
            let _ = writeln!(
                out,
                "{}\n\n> {}\n",
                if source.adapted {
                    "Adapted from the article:"
                } else {
                    "From the article:"
                },
                source.quote
            );
        }
        let side = stretch.per_side.then_some(Side::Right);
        out.push_str("Get into position:\n\n");
        for (number, step) in stretch.steps_for(side).iter().enumerate() {
            let _ = writeln!(out, "{}. {step}", number + 1);
        }
        let _ = writeln!(out, "\nHold: {}\n", stretch.hold_cue_for(side));
        let _ = writeln!(out, "Come out: {}", stretch.release);
        if !stretch.cautions.is_empty() {
            out.push_str("\nIts own cautions:\n\n");
            for caution in &stretch.cautions {
                let _ = writeln!(out, "- {caution}");
            }
        }
    }
    out
}

#[test]
fn the_stretch_table_in_the_docs_matches_the_catalogue() {
    let expected = table();
    if std::env::var_os("LIMBER_BLESS").is_some() {
        std::fs::write(PATH, &expected).expect("write docs/stretches.md");
        return;
    }
    let written = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        written == expected,
        "docs/stretches.md is out of date: run `LIMBER_BLESS=1 cargo test --test suite stretch_table`"
    );
}
