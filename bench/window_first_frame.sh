#!/usr/bin/env bash
# Measures limber's two windows: the timer window (`limber stretch --here`) and the control
# window (`limber open`, with a limber running on a private session bus; its first frame counts
# its first look at limber over the socket). For each: time from launching it to its first
# presented frame (median of RUNS, default 10; the window prints it when
# LIMBER_TRACE_FIRST_FRAME is set, and the script also times launch-to-line from outside), its
# RSS after 3 s, and its CPU over 60 s (the timer window counting down, the control window open,
# asking limber again every 30 s). Then, where PulseAudio is installed, what a sound cue costs
# the timer window: its RSS before, while and after the hold's cue plays on a headless
# PulseAudio, against the same moments with `sounds = false` (median of 3 each; only for a
# build that has sounds). The timer window is measured twice: on a built-in stretch (English,
# the bundled font alone) and on an Arabic custom stretch (the system's fonts listed); where
# at-spi2-core is installed, again beside the accessibility bus, its AccessKit adapter asleep
# and then awake.
# Needs Xvfb and dbus-daemon (scripts/deps.sh --test).
# Usage: bench/window_first_frame.sh [RUNS]   (LIMBER_BIN=PATH measures another build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if [[ -z "${LIMBER_BIN:-}" ]]; then
  cargo build --release --quiet
  LIMBER_BIN="$PWD/target/release/limber"
fi
bin="$LIMBER_BIN"
runs="${1:-10}"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
start_xvfb "$tmp"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/run" XDG_CACHE_HOME="$tmp/cache" HOME="$tmp"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure NAME ARGS... [-- STEADY_ARGS...]: launches `limber ARGS` RUNS times for the first
# frame, then `limber STEADY_ARGS` (the same ARGS if none) once for RSS and CPU, and prints
# NAME's figures.
measure() {
  local name=$1 first=() inside=() outside=() start end pid
  shift
  while (($#)) && [[ "$1" != -- ]]; do first+=("$1"); shift; done
  [[ "${1:-}" == -- ]] && shift
  (($#)) || set -- "${first[@]}"
  for _ in $(seq "$runs"); do
    # Emptied first: the last run's line must not pass for this one's.
    : >"$tmp/err"
    start=$(date +%s%N)
    LIMBER_TRACE_FIRST_FRAME=1 "$bin" "${first[@]}" 2>"$tmp/err" &
    pid=$!
    for _ in $(seq 200); do grep -q first-frame-ms "$tmp/err" && break; sleep 0.005; done
    end=$(date +%s%N)
    inside+=("$(grep -o 'first-frame-ms [0-9.]*' "$tmp/err" | awk '{print $2}')")
    outside+=("$(( (end - start) / 1000000 ))")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  "$bin" "$@" 2>/dev/null &
  pid=$!
  sleep 3
  local rss_kib cpu0 cpu1
  rss_kib=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); sleep 60
  cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v name="$name" -v first="$(printf '%s\n' "${inside[@]}" | median)" -v runs="$runs" \
      -v launch="$(printf '%s\n' "${outside[@]}" | median)" -v rss="$rss_kib" \
      -v ticks="$((cpu1 - cpu0))" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    printf "%s: first frame %s ms (in-process, median of %s), %s ms launch-to-frame; RSS %.1f MiB; CPU %.2f %% of one core\n",
      name, first, runs, launch, rss / 1024, ticks * 100 / hz / 60
  }'
}

measure "timer window (counting)" stretch --here seated-figure-four-chair -- stretch --here pigeon-pose

# A custom stretch in a script the bundled font lacks (Arabic): the window lists the system's
# fonts to draw it, which the English windows above never do.
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '%s\n' "[[stretches.custom]]" 'id = "rtl"' 'name = "تمدد الحمامة على الكرسي"' \
  'position = "chair"' 'per_side = true' \
  'steps = ["اجلس مستقيماً على حافة الكرسي.", "ضع كاحلك فوق ركبتك الأخرى."]' \
  'cue = "انحنِ ببطء"' >"$XDG_CONFIG_HOME/limber/config.toml"
measure "timer window, Arabic custom stretch" stretch --here rtl
rm "$XDG_CONFIG_HOME/limber/config.toml"

dbus-daemon --session --nofork --address="unix:path=$tmp/run/bus" 2>/dev/null &
export DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/run/bus"
for _ in $(seq 50); do [[ -S "$tmp/run/bus" ]] && break; sleep 0.1; done
"$bin" 2>/dev/null &
for _ in $(seq 100); do "$bin" status >/dev/null 2>&1 && break; sleep 0.1; done
measure "control window (open)" open
"$bin" quit >/dev/null

# The timer window beside the accessibility bus (where at-spi2-core is installed): its
# AccessKit adapter asleep (IsEnabled false), then awake (IsEnabled true, as when a screen
# reader runs). The launcher keeps IsEnabled in GSettings: in memory here, so no setting of the
# machine changes.
launcher=/usr/libexec/at-spi-bus-launcher
if [[ -x "$launcher" ]]; then
  GSETTINGS_BACKEND=memory "$launcher" --launch-immediately 2>/dev/null &
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
    sleep 0.1
  done
  is_enabled() {
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
      org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
      "variant:boolean:$1" >/dev/null
  }
  is_enabled false
  measure "timer window, accessibility asleep" stretch --here seated-figure-four-chair -- stretch --here pigeon-pose
  is_enabled true
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Get string:org.a11y.Status string:IsEnabled |
    grep -q 'boolean true' || echo "IsEnabled did not stay true: the next figures are asleep"
  measure "timer window, a screen reader listening" stretch --here seated-figure-four-chair -- stretch --here pigeon-pose
fi

# cue_rss SOUNDS: the timer window's RSS (KiB) at 2.5 s, 3.6 s and 6 s for a stretch whose hold,
# and so its cue, starts at 3 s; one line per run.
cue_rss() {
  mkdir -p "$XDG_CONFIG_HOME/limber"
  printf '%s\n' "[window]" "sounds = $1" "[[stretches.custom]]" 'id = "bench"' \
    'name = "Bench"' 'position = "chair"' 'setup = "3s"' 'steps = ["Sit tall."]' \
    'cue = "sit tall"' >"$XDG_CONFIG_HOME/limber/config.toml"
  for _ in 1 2 3; do
    "$bin" stretch --here bench 2>/dev/null &
    pid=$!
    sleep 2.5; a=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    sleep 1.1; b=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    sleep 2.4; c=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$a $b $c"
  done
  rm "$XDG_CONFIG_HOME/limber/config.toml"
}

# Only for a build that has sounds (one that knows the [window] table).
printf '[window]\nsounds = true\n' >"$tmp/sounds.toml"
if command -v pulseaudio >/dev/null && "$bin" config --config "$tmp/sounds.toml" check >/dev/null 2>&1; then
  pulseaudio -n --daemonize=no --exit-idle-time=-1 --disable-shm \
    --load=module-native-protocol-unix --load=module-null-sink 2>/dev/null &
  for _ in $(seq 50); do [[ -S "$XDG_RUNTIME_DIR/pulse/native" ]] && break; sleep 0.1; done
  for sounds in true false; do
    runs_kib=$(cue_rss "$sounds")
    mib() { awk -v i="$1" '{print $i}' <<<"$runs_kib" | median | awk '{printf "%.1f", $1 / 1024}'; }
    echo "timer window, sounds = $sounds: RSS before the cue $(mib 1) MiB, playing $(mib 2) MiB, after $(mib 3) MiB (median of 3)"
  done
fi
