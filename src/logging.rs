//! Where both programs' logs go, and how much of them.

/// Logs go to stderr. The daemon says what it does at `info`; commands and windows only warn.
/// `LIMBER_LOG=debug|info|warn|error` overrides, for limber's own lines: the libraries it uses
/// only ever warn, as their `info` and `debug` lines are for their own developers (winit's
/// carry every window attribute, the icon's pixels included: 75 KB a window).
pub fn init(daemon: bool) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::Layer;

    let default = if daemon { "info" } else { "warn" };
    let level = std::env::var("LIMBER_LOG")
        .ok()
        .and_then(|level| level.parse::<tracing::Level>().ok())
        .unwrap_or_else(|| default.parse().unwrap_or(tracing::Level::WARN));
    let ours = tracing_subscriber::filter::Targets::new()
        .with_default(tracing::Level::WARN.min(level))
        .with_target("limber", level);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        // Colours for a person at a terminal; none in a log file or the systemd journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .with_filter(ours);
    tracing_subscriber::registry().with(layer).init();
}
