//! Looking at windows on the test desktop: screenshots read as pixels (`import` from
//! ImageMagick).

use std::process::Command;

use super::desktop::Desktop;

/// A screenshot as RGB rows.
pub struct Shot {
    pub width: usize,
    pub height: usize,
    rgb: Vec<u8>,
}

impl Shot {
    pub fn pixel(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 3;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    /// The first and last columns with a pixel in `rows` unlike the window's background (its
    /// top-left pixel): where text or a picture starts and ends.
    pub fn ink_columns(&self, rows: std::ops::Range<usize>) -> Option<(usize, usize)> {
        let background = self.pixel(1, 1);
        let inked = |x: &usize| rows.clone().any(|y| self.pixel(*x, y) != background);
        let first = (0..self.width).find(inked)?;
        let last = (0..self.width).rev().find(inked)?;
        Some((first, last))
    }

    /// The distinct colours in rows `top..bottom`.
    pub fn colours_between(&self, top: usize, bottom: usize) -> usize {
        let mut colours: Vec<[u8; 3]> = (top..bottom.min(self.height))
            .flat_map(|y| (0..self.width).map(move |x| (x, y)))
            .map(|(x, y)| self.pixel(x, y))
            .collect();
        colours.sort_unstable();
        colours.dedup();
        colours.len()
    }
}

/// The window `window` on `desktop`, photographed.
pub fn screenshot(desktop: &Desktop, window: &str) -> Shot {
    let output = Command::new("import")
        .args(["-window", window, "-depth", "8", "ppm:-"])
        .env("DISPLAY", &desktop.display)
        .output()
        .expect("import");
    assert!(
        output.status.success(),
        "import failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse_ppm(&output.stdout)
}

/// Parses a binary PPM (P6, maxval 255).
fn parse_ppm(bytes: &[u8]) -> Shot {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let rgb = bytes[at + 1..].to_vec();
    assert_eq!(rgb.len(), width * height * 3);
    Shot { width, height, rgb }
}
