#!/usr/bin/env bash
# Measures the idle daemon: RSS and PSS, CPU ms per minute and context switches per minute over all
# threads (and per thread), with a tray host and a notification server present on a private bus
# under Xvfb. Usage: bench/idle_footprint.sh [SECONDS]   (default 60, after a 10 s warm-up)
# Budgets (../ARCHITECTURE.md, bench/README.md): RSS <= 10 MiB, CPU <= 5 ms/min, <= 30 switches/min.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
LIMBER_BIN="$PWD/target/release/limber" LIMBER_BENCH_SECONDS="${1:-60}" \
  cargo test --quiet --test footprint -- --ignored --nocapture 2>&1 | grep -vE '^(running|test |$)|test result'
