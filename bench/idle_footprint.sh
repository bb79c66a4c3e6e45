#!/usr/bin/env bash
# Measures the idle daemon: RSS and PSS, CPU ms per minute and context switches per minute over all
# threads (and per thread), with a tray host and a notification server present on a private bus,
# for each idle source: x11 (Xvfb), mutter (a GNOME session, against a double of Mutter's idle
# monitor), sway (a headless wlroots compositor).
# Usage: bench/idle_footprint.sh [SECONDS] [SOURCE...]   (default 60 s after a 10 s warm-up; all
# three sources, one after the other). LIMBER_BIN=PATH measures another build, e.g. one made from
# main for a before/after; otherwise the release build of this tree. LIMBER_BENCH_LANGUAGE=de
# runs the daemon speaking that language (its config's `language`); English otherwise.
# Budgets (bench/README.md): RSS <= 8 MiB, <= 3 context switches a minute over all threads.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(x11 mutter sway)
if [ -z "${LIMBER_BIN:-}" ]; then
  cargo build --release --quiet
  LIMBER_BIN="$PWD/target/release/limber"
fi
for source in "${sources[@]}"; do
  LIMBER_BIN="$LIMBER_BIN" LIMBER_BENCH_SOURCE="$source" LIMBER_BENCH_SECONDS="$seconds" \
    LIMBER_BENCH_LANGUAGE="${LIMBER_BENCH_LANGUAGE:-}" \
    cargo test --quiet --test suite footprint::idle_footprint -- --ignored --nocapture 2>&1 \
    | grep -vE '^(running|test |\.?$)|test result'
done
