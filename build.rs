//! Draws the tray's three icons (`icons/tray/*.svg`) at the sizes trays want, as raw RGBA in
//! `OUT_DIR`, with a table of them for `src/daemon/tray/icons.rs`. The daemon then carries their
//! pixels (100 KB) and no SVG renderer: resvg was 0.9 MB of a 5.1 MB daemon, and the kernel keeps
//! nearly all of the daemon's program file in its memory (see `src/programs.rs`). The windows
//! still draw the app icon at run time, with the same function ([`app_icon::rgba`]).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

#[allow(dead_code)]
#[path = "src/app_icon.rs"]
mod app_icon;

/// The names in `icons/tray/limber-NAME.svg`.
const ICONS: [&str; 3] = ["idle", "due", "paused"];
/// SNI hosts pick among 22, 32 and 64 px; Windows takes 32, the macOS menu bar 36.
const SIZES: [u32; 4] = [22, 32, 36, 64];

fn main() {
    println!("cargo::rerun-if-changed=src/app_icon.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut table = String::from("/// Each tray icon's pixels: (name, size, straight RGBA).\n");
    table.push_str("pub static DRAWN: &[(&str, u32, &[u8])] = &[\n");
    for icon in ICONS {
        let source = format!("icons/tray/limber-{icon}.svg");
        println!("cargo::rerun-if-changed={source}");
        let svg = fs::read_to_string(&source)
            .unwrap_or_else(|error| panic!("cannot read {source}: {error}"));
        for size in SIZES {
            let pixels = app_icon::rgba(&svg, size)
                .unwrap_or_else(|| panic!("{source} does not draw at {size} px"));
            let file = out.join(format!("tray-{icon}-{size}.rgba"));
            fs::write(&file, pixels)
                .unwrap_or_else(|error| panic!("cannot write {}: {error}", file.display()));
            writeln!(
                table,
                "    ({icon:?}, {size}, include_bytes!({:?})),",
                file.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    table.push_str("];\n");
    let file = out.join("tray_icons.rs");
    fs::write(&file, table)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", file.display()));
}
