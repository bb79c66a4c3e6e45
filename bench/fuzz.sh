#!/usr/bin/env bash
# Fuzzes the IPC request parser and the config loader with cargo fuzz (libFuzzer), each for
# SECONDS (default 300), and prints executions and crashes. Not part of CI.
# Needs `cargo install cargo-fuzz`. cargo fuzz wants nightly compiler flags; on a stable toolchain
# RUSTC_BOOTSTRAP=1 allows them, and `-s none` needs no sanitizer runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none --release >/dev/null
mkdir -p fuzz/corpus/config && cp config/default.toml tests/data/bad-config/*.toml fuzz/corpus/config/ 2>/dev/null || true
for target in ipc_request config; do
  log=$(mktemp)
  cargo fuzz run -s none --release "$target" -- -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1 || true
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  crashes=$(ls "fuzz/artifacts/$target" 2>/dev/null | wc -l)
  echo "fuzz $target: ${seconds} s, ${runs} executions, ${crashes} crashes"
  rm -f "$log"
done
