#!/usr/bin/env bash
# Measures the control window (`limber open`) as bench/window_first_frame.sh measures the timer
# window: time from launching it to its first presented frame (median of RUNS, default 10; the
# window prints it when LIMBER_TRACE_FIRST_FRAME is set, counting its first look at limber over
# the socket, and the script also times launch-to-line from outside), its RSS after 3 s, and its
# CPU over 60 s open (it asks limber again every 30 s). A limber runs throughout, on a private
# session bus under Xvfb. Needs Xvfb and dbus-daemon (scripts/deps.sh --test).
# Usage: bench/control_window.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
cargo build --release --quiet
bin="$PWD/target/release/limber"
runs="${1:-10}"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
start_xvfb "$tmp"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/run" XDG_CACHE_HOME="$tmp/cache" HOME="$tmp"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-daemon --session --nofork --address="unix:path=$tmp/run/bus" 2>/dev/null &
export DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/run/bus"
for _ in $(seq 50); do [[ -S "$tmp/run/bus" ]] && break; sleep 0.1; done
"$bin" 2>/dev/null &
for _ in $(seq 100); do "$bin" status >/dev/null 2>&1 && break; sleep 0.1; done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

inside=() outside=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  LIMBER_TRACE_FIRST_FRAME=1 "$bin" open 2>"$tmp/err" &
  pid=$!
  for _ in $(seq 200); do grep -q first-frame-ms "$tmp/err" && break; sleep 0.005; done
  end=$(date +%s%N)
  inside+=("$(grep -o 'first-frame-ms [0-9.]*' "$tmp/err" | awk '{print $2}')")
  outside+=("$(( (end - start) / 1000000 ))")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

"$bin" open 2>/dev/null &
pid=$!
sleep 3
rss_kib=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu0=$(ticks); sleep 60; cpu1=$(ticks)
hz=$(getconf CLK_TCK)
kill "$pid"; wait "$pid" 2>/dev/null || true
"$bin" quit >/dev/null

awk -v first="$(printf '%s\n' "${inside[@]}" | median)" -v runs="$runs" \
    -v launch="$(printf '%s\n' "${outside[@]}" | median)" -v rss="$rss_kib" \
    -v ticks="$((cpu1 - cpu0))" -v hz="$hz" 'BEGIN {
  printf "control window: first frame %s ms (in-process, median of %s), %s ms launch-to-frame; RSS %.1f MiB; CPU while open %.2f %% of one core\n",
    first, runs, launch, rss / 1024, ticks * 100 / hz / 60
}'
