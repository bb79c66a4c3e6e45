//! The window's two palettes. Dark when the desktop theme says so (`GTK_THEME` ending in
//! ":dark" or containing "dark") or when `LIMBER_THEME=dark`; light otherwise.

/// An opaque colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub accent: Rgb,
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

/// The theme for this desktop.
pub fn current() -> Theme {
    let wants_dark =
        |value: Option<String>| value.is_some_and(|v| v.to_ascii_lowercase().contains("dark"));
    match std::env::var("LIMBER_THEME").ok().as_deref() {
        Some("dark") => DARK,
        Some("light") => LIGHT,
        _ if wants_dark(std::env::var("GTK_THEME").ok()) => DARK,
        _ => LIGHT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for (name, theme) in [("light", LIGHT), ("dark", DARK)] {
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
                if name == "dark" { rising } else { falling },
                "{name}: {lightness:?}"
            );
        }
    }

    #[test]
    fn the_sitting_scale_keeps_its_order_without_red_green_or_blue_cones() {
        for (name, theme) in [("light", LIGHT), ("dark", DARK)] {
            for cones in 0..3 {
                let steps = distances(&theme, |c| seen_without(cones, c));
                for pair in steps.windows(2) {
                    assert!(pair[1] - pair[0] >= 9.0, "{name}, cones {cones}: {steps:?}");
                }
            }
        }
    }

    #[test]
    fn marks_on_every_step_of_the_scale_stand_out() {
        let contrast = |a: Rgb, b: Rgb| {
            let (a, b) = (luminance(rgb(a)) + 0.05, luminance(rgb(b)) + 0.05);
            a.max(b) / a.min(b)
        };
        for theme in [LIGHT, DARK] {
            for (fill, ink) in theme.sitting.fills.iter().zip(theme.sitting.inks) {
                assert!(contrast(*fill, ink) >= 3.0, "{fill:?} under {ink:?}");
            }
        }
    }
}
