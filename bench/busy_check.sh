#!/usr/bin/env bash
# The cost of one full busy check (every [defer] source asked once, the user free) against real
# peers on a private desktop; the median of 50, in a release build. Usage: bench/busy_check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --quiet --test suite busy_check_cost -- --ignored --nocapture 2>&1 \
  | grep -vE '^(running|test |$)|test result'
