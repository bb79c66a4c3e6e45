#!/usr/bin/env bash
# A 30-minute soak of the release daemon: a reminder every 20 s of (scripted) sitting, each
# answered with Skip; prints reminder count, lateness (median, worst) and RSS at start and end.
# Fails if a reminder is more than 1 s off or RSS grows by more than 1 MiB.
# Usage: bench/soak.sh [SECONDS]   (default 1800)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
LIMBER_BIN="$PWD/target/release/limber" LIMBER_SOAK_SECONDS="${1:-1800}" \
  cargo test --quiet --test suite soak:: -- --ignored --nocapture 2>&1 | grep -vE '^(running|test |$)|test result'
