//! The windows' palettes: light and dark, each also in high contrast. Dark when the desktop
//! theme says so (`GTK_THEME` containing "dark", or GNOME's `HighContrastInverse`) or when
//! `LIMBER_THEME=dark`; light otherwise. High contrast when the desktop asks for it
//! ([`super::preferences`]), when `GTK_THEME` is one of GNOME's high-contrast themes, or when
//! `LIMBER_HIGH_CONTRAST=1`.
//!
//! Every palette reaches WCAG AA against its own background: 4.5:1 for every text colour (on the
//! background, and on the buttons it is drawn on), 3:1 for the focus ring, the progress ring and
//! the drawings' strokes. The tests below compute it.

/// An opaque colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    /// The progress ring, the focus ring and the stretched region in the drawings.
    pub accent: Rgb,
    /// The accent where it carries text: accent-coloured words, and the primary button's fill
    /// under `on_accent`. Darker than `accent` in the light theme, where the accent itself is too
    /// pale for small text.
    pub accent_strong: Rgb,
    /// Text on the accent colour.
    pub on_accent: Rgb,
    /// The unfilled part of the progress ring.
    pub track: Rgb,
    pub button: Rgb,
    pub button_hover: Rgb,
    /// The stroke colour of the pictograms.
    pub drawing: Rgb,
    /// The week picture's colours for time spent sitting in an hour.
    pub sitting: Scale,
}

/// A sequential colour scale, from nothing to the most. Its steps differ in lightness alone
/// enough to be told apart without colour vision (each about 15 L* further from the background
/// than the one before: darker in the light theme, lighter in the dark one), and the hue moves
/// along with it only to help those who see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub fills: [Rgb; 5],
    /// What marks drawn on each fill are painted in, for a contrast of at least 3:1.
    pub inks: [Rgb; 5],
}

pub const LIGHT: Theme = Theme {
    background: Rgb(0xf7, 0xf8, 0xf6),
    text: Rgb(0x1f, 0x23, 0x28),
    muted: Rgb(0x66, 0x6e, 0x78),
    accent: Rgb(0x2f, 0x8f, 0x83),
    accent_strong: Rgb(0x1f, 0x71, 0x68),
    on_accent: Rgb(0xff, 0xff, 0xff),
    track: Rgb(0xe1, 0xe6, 0xe3),
    button: Rgb(0xe8, 0xec, 0xea),
    button_hover: Rgb(0xdb, 0xe1, 0xde),
    drawing: Rgb(0x2b, 0x2f, 0x36),
    // L* 93, 80, 65, 50, 35: grey-green to deep blue.
    sitting: Scale {
        fills: [
            Rgb(0xe4, 0xed, 0xe8),
            Rgb(0xa7, 0xd2, 0xa2),
            Rgb(0x44, 0xad, 0xa7),
            Rgb(0x21, 0x81, 0x9b),
            Rgb(0x12, 0x57, 0x81),
        ],
        inks: [
            Rgb(0x1f, 0x23, 0x28),
            Rgb(0x1f, 0x23, 0x28),
            Rgb(0x1f, 0x23, 0x28),
            Rgb(0xff, 0xff, 0xff),
            Rgb(0xff, 0xff, 0xff),
        ],
    },
};

pub const DARK: Theme = Theme {
    background: Rgb(0x1d, 0x20, 0x23),
    text: Rgb(0xec, 0xef, 0xf1),
    muted: Rgb(0x9a, 0xa3, 0xab),
    accent: Rgb(0x4f, 0xb3, 0xa5),
    accent_strong: Rgb(0x4f, 0xb3, 0xa5),
    on_accent: Rgb(0x10, 0x1a, 0x19),
    track: Rgb(0x33, 0x39, 0x3d),
    button: Rgb(0x2b, 0x30, 0x34),
    button_hover: Rgb(0x36, 0x3c, 0x41),
    drawing: Rgb(0xd8, 0xdd, 0xe1),
    // L* 25, 40, 55, 70, 85: slate to blue, teal and a pale yellow-green.
    sitting: Scale {
        fills: [
            Rgb(0x33, 0x3d, 0x41),
            Rgb(0x21, 0x64, 0x8a),
            Rgb(0x34, 0x90, 0x97),
            Rgb(0x5e, 0xbc, 0x98),
            Rgb(0xd2, 0xdc, 0x6f),
        ],
        inks: [
            Rgb(0xec, 0xef, 0xf1),
            Rgb(0xec, 0xef, 0xf1),
            Rgb(0x10, 0x1a, 0x19),
            Rgb(0x10, 0x1a, 0x19),
            Rgb(0x10, 0x1a, 0x19),
        ],
    },
};

/// The light theme in high contrast: black on white, a deep teal accent, buttons and the ring's
/// track a step darker than the background.
pub const LIGHT_HIGH_CONTRAST: Theme = Theme {
    background: Rgb(0xff, 0xff, 0xff),
    text: Rgb(0x00, 0x00, 0x00),
    muted: Rgb(0x3b, 0x40, 0x47),
    accent: Rgb(0x00, 0x65, 0x5b),
    accent_strong: Rgb(0x00, 0x65, 0x5b),
    on_accent: Rgb(0xff, 0xff, 0xff),
    track: Rgb(0xc4, 0xc9, 0xce),
    button: Rgb(0xdd, 0xe1, 0xe5),
    button_hover: Rgb(0xc4, 0xc9, 0xce),
    drawing: Rgb(0x00, 0x00, 0x00),
    sitting: LIGHT.sitting,
};

/// The dark theme in high contrast: white on black, a bright teal accent.
pub const DARK_HIGH_CONTRAST: Theme = Theme {
    background: Rgb(0x00, 0x00, 0x00),
    text: Rgb(0xff, 0xff, 0xff),
    muted: Rgb(0xc8, 0xcd, 0xd2),
    accent: Rgb(0x5f, 0xd8, 0xc8),
    accent_strong: Rgb(0x5f, 0xd8, 0xc8),
    on_accent: Rgb(0x00, 0x00, 0x00),
    track: Rgb(0x3a, 0x40, 0x46),
    button: Rgb(0x23, 0x27, 0x2b),
    button_hover: Rgb(0x3a, 0x40, 0x46),
    drawing: Rgb(0xff, 0xff, 0xff),
    sitting: DARK.sitting,
};

/// The theme for this desktop, in high contrast when `LIMBER_HIGH_CONTRAST` says so, else when
/// `desktop_high_contrast` (what the desktop asked, once known) or `GTK_THEME` does.
pub fn current(desktop_high_contrast: bool) -> Theme {
    let gtk_theme = std::env::var("LIMBER_THEME")
        .ok()
        .filter(|name| name == "dark" || name == "light")
        .or_else(|| std::env::var("GTK_THEME").ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    // GNOME's high-contrast themes: "HighContrast" (light) and "HighContrastInverse" (dark).
    let dark = gtk_theme.contains("dark") || gtk_theme.contains("inverse");
    let high_contrast = forced_high_contrast()
        .unwrap_or(desktop_high_contrast || gtk_theme.contains("highcontrast"));
    match (dark, high_contrast) {
        (false, false) => LIGHT,
        (true, false) => DARK,
        (false, true) => LIGHT_HIGH_CONTRAST,
        (true, true) => DARK_HIGH_CONTRAST,
    }
}

/// `LIMBER_HIGH_CONTRAST=1` (or `0`): decided without asking the desktop, for tests,
/// screenshots and desktops that cannot say.
pub fn forced_high_contrast() -> Option<bool> {
    super::preferences::flag("LIMBER_HIGH_CONTRAST")
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERY: [(&str, Theme); 4] = [
        ("light", LIGHT),
        ("dark", DARK),
        ("light high contrast", LIGHT_HIGH_CONTRAST),
        ("dark high contrast", DARK_HIGH_CONTRAST),
    ];

    /// sRGB channel to linear light.
    fn linear(channel: u8) -> f64 {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    fn luminance([r, g, b]: [f64; 3]) -> f64 {
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    fn rgb(colour: Rgb) -> [f64; 3] {
        [linear(colour.0), linear(colour.1), linear(colour.2)]
    }

    /// CIE L*, 0 (black) to 100 (white), from linear RGB.
    fn lightness(linear_rgb: [f64; 3]) -> f64 {
        let y = luminance(linear_rgb);
        if y > 216.0 / 24389.0 {
            116.0 * y.cbrt() - 16.0
        } else {
            y * 24389.0 / 27.0
        }
    }

    /// How a colour looks with no red, green or blue cones (Machado, Oliveira and Fernandes
    /// 2009, severity 1), in linear RGB.
    fn seen_without(cones: usize, colour: [f64; 3]) -> [f64; 3] {
        const MATRICES: [[[f64; 3]; 3]; 3] = [
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ];
        let m = MATRICES[cones];
        [0, 1, 2].map(|row| {
            (0..3)
                .map(|col| m[row][col] * colour[col])
                .sum::<f64>()
                .clamp(0.0, 1.0)
        })
    }

    /// How far each step of the scale is from the background, in L*.
    fn distances(theme: &Theme, see: impl Fn([f64; 3]) -> [f64; 3]) -> Vec<f64> {
        let background = lightness(see(rgb(theme.background)));
        theme
            .sitting
            .fills
            .iter()
            .map(|fill| (lightness(see(rgb(*fill))) - background).abs())
            .collect()
    }

    #[test]
    fn the_sitting_scale_steps_steadily_away_from_the_background_in_both_themes() {
        for (name, theme) in EVERY {
            let steps = distances(&theme, |c| c);
            for pair in steps.windows(2) {
                let step = pair[1] - pair[0];
                assert!(
                    (12.0..=18.0).contains(&step),
                    "{name}: lightness contrast {steps:?} does not rise evenly"
                );
            }
            // And the lightness itself moves one way only: down in light, up in dark.
            let lightness: Vec<f64> = theme
                .sitting
                .fills
                .iter()
                .map(|f| lightness(rgb(*f)))
                .collect();
            let rising = lightness.windows(2).all(|pair| pair[1] > pair[0]);
            let falling = lightness.windows(2).all(|pair| pair[1] < pair[0]);
            assert!(
                if name.starts_with("dark") {
                    rising
                } else {
                    falling
                },
                "{name}: {lightness:?}"
            );
        }
    }

    #[test]
    fn the_sitting_scale_keeps_its_order_without_red_green_or_blue_cones() {
        for (name, theme) in EVERY {
            for cones in 0..3 {
                let steps = distances(&theme, |c| seen_without(cones, c));
                for pair in steps.windows(2) {
                    assert!(pair[1] - pair[0] >= 9.0, "{name}, cones {cones}: {steps:?}");
                }
            }
        }
    }

    /// WCAG 2's contrast ratio, from 1:1 to 21:1.
    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (a, b) = (luminance(rgb(a)) + 0.05, luminance(rgb(b)) + 0.05);
        a.max(b) / a.min(b)
    }

    #[test]
    fn the_contrast_ratio_is_wcags() {
        // WCAG's own end points and a well-known pair: #777 on white is 4.48:1.
        let white = Rgb(0xff, 0xff, 0xff);
        assert!((contrast(Rgb(0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), white) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_text_reaches_wcag_aa_in_every_theme() {
        for (name, theme) in EVERY {
            // Every text colour on what it is drawn on.
            let texts = [
                ("text", theme.text, theme.background),
                ("muted text", theme.muted, theme.background),
                ("accent text", theme.accent_strong, theme.background),
                ("primary button", theme.on_accent, theme.accent_strong),
                ("button", theme.text, theme.button),
                ("hovered button", theme.text, theme.button_hover),
            ];
            for (what, ink, paper) in texts {
                let ratio = contrast(ink, paper);
                assert!(
                    ratio >= 4.5,
                    "{name}: {what} {ink:?} on {paper:?} is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn the_focus_ring_and_every_mark_reach_wcag_aa_in_every_theme() {
        for (name, theme) in EVERY {
            // The timer's and control window's focus ring, the week picture's (text colour) and
            // its hovered cell (muted), the progress ring against the window and against its
            // own track, the drawings' strokes, the scroll bar and a switch's box.
            let marks = [
                ("focus ring", theme.accent, theme.background),
                ("week focus ring", theme.text, theme.background),
                ("week hover ring", theme.muted, theme.background),
                ("progress ring", theme.accent, theme.background),
                ("progress over its track", theme.accent, theme.track),
                ("drawing", theme.drawing, theme.background),
                ("switch box", theme.muted, theme.button),
            ];
            for (what, ink, paper) in marks {
                let ratio = contrast(ink, paper);
                assert!(
                    ratio >= 3.0,
                    "{name}: {what} {ink:?} on {paper:?} is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn high_contrast_goes_further_than_the_normal_themes() {
        for ((name, normal), high) in [("light", LIGHT), ("dark", DARK)]
            .into_iter()
            .zip([LIGHT_HIGH_CONTRAST, DARK_HIGH_CONTRAST])
        {
            let pairs = |t: &Theme| {
                [
                    (t.text, t.background),
                    (t.muted, t.background),
                    (t.accent_strong, t.background),
                    (t.text, t.button),
                ]
            };
            for (before, after) in pairs(&normal).into_iter().zip(pairs(&high)) {
                let (before, after) = (contrast(before.0, before.1), contrast(after.0, after.1));
                assert!(after > before, "{name}: {before:.2} then {after:.2}");
            }
            assert!(
                contrast(high.text, high.background) >= 7.0,
                "{name}: AAA for text"
            );
        }
    }

    #[test]
    fn marks_on_every_step_of_the_scale_stand_out() {
        for (_, theme) in EVERY {
            for (fill, ink) in theme.sitting.fills.iter().zip(theme.sitting.inks) {
                assert!(contrast(*fill, ink) >= 3.0, "{fill:?} under {ink:?}");
            }
        }
    }
}
