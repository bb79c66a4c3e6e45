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
