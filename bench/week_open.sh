#!/usr/bin/env bash
# Measures how long the week picture takes to open over a generated history: from the start of
# `limber stats --week --show` to its first presented frame (read, aggregate, lay out, draw),
# median of RUNS, and the read-and-aggregate part alone. A week, a year and five years of
# history (bench/gen_history.py), run alternately so a noisy machine weighs on all alike; the
# history is never trimmed, so five years is what a long-time user's picture reads.
# Needs Xvfb and python3 (scripts/deps.sh --test). Usage: bench/week_open.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
cargo build --release --quiet
bin="${LIMBER_BIN:-$PWD/target/release/limber}"
runs="${1:-15}"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
start_xvfb "$tmp"
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

sizes=(week year five-years)
declare -A days=([week]=7 [year]=365 [five-years]=1826)
for size in "${sizes[@]}"; do
  mkdir -p "$tmp/$size/limber"
  python3 bench/gen_history.py "${days[$size]}" >"$tmp/$size/limber/history.jsonl"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One opening over history $1: prints "READ-MS FIRST-FRAME-MS".
open_once() {
  XDG_DATA_HOME="$tmp/$1" LIMBER_TRACE_FIRST_FRAME=1 "$bin" stats --week --show 2>"$tmp/err" &
  local pid=$!
  for _ in $(seq 400); do grep -q first-frame-ms "$tmp/err" && break; sleep 0.005; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(grep -o 'week-read-ms [0-9.]*' "$tmp/err" | awk '{print $2}') \
$(grep -o 'first-frame-ms [0-9.]*' "$tmp/err" | awk '{print $2}')"
}

declare -A reads frames
for _ in $(seq "$runs"); do
  for size in "${sizes[@]}"; do
    read -r read frame < <(open_once "$size")
    reads[$size]+="$read"$'\n'
    frames[$size]+="$frame"$'\n'
  done
done

for size in "${sizes[@]}"; do
  file="$tmp/$size/limber/history.jsonl"
  printf '%-10s %6s lines %5s KiB: read+aggregate %s ms, first frame %s ms (median of %s)\n' \
    "$size" "$(wc -l <"$file")" "$(( $(wc -c <"$file") / 1024 ))" \
    "$(printf '%s' "${reads[$size]}" | median)" "$(printf '%s' "${frames[$size]}" | median)" "$runs"
done
