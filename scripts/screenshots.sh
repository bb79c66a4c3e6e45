#!/usr/bin/env bash
# Redraws docs/screenshots/: the timer window on each of its screens, and the week picture over a
# generated fortnight (bench/gen_history.py), on a virtual X display.
# Each window is driven with real keys (xdotool) and photographed (ImageMagick's `import`) once
# it says, in its trace, that the screen is up. Pictures hold still (LIMBER_REDUCED_MOTION=1) so
# every run draws the same frames. Takes about two minutes: the done screen needs two full holds.
#
# Needs Xvfb, xdotool and ImageMagick (scripts/deps.sh --test).
# Usage: scripts/screenshots.sh [NAME...]   (default: every screen; LIMBER_BIN picks the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if [[ -z "${LIMBER_BIN:-}" ]]; then
  cargo build --quiet
  LIMBER_BIN="$PWD/target/debug/limber"
fi
out="$PWD/docs/screenshots"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT

start_xvfb "$tmp"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state"
export XDG_RUNTIME_DIR="$tmp/run" LIMBER_REDUCED_MOTION=1 LIMBER_TRACE_WINDOW=1
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/limber" && chmod 700 "$XDG_RUNTIME_DIR"

# Opens the window for stretch $1 in theme $2 (more arguments go to `limber stretch`).
open_window() {
  : >"$tmp/trace"
  LIMBER_THEME="$2" "$LIMBER_BIN" stretch --here "${@:3}" "$1" 2>"$tmp/trace" &
  pid=$!
  window=$(xdotool search --sync --name "^limber" | head -1)
  xdotool windowfocus "$window"
}

# Waits until the window traces screen $1 (e.g. "hold right").
wait_screen() {
  for _ in $(seq 600); do
    grep -q "screen $1" "$tmp/trace" && { sleep 0.4; return; }
    sleep 0.1
  done
  fail "the window never showed \"$1\": $(grep screen "$tmp/trace" | tr '\n' ' ')"
}

key() { xdotool key --window "$window" "$@"; }

# Saves the window as docs/screenshots/$1.png and closes it.
shot() {
  import -window "$window" "$out/$1.png"
  echo "$1.png: $(identify -format '%wx%h' "$out/$1.png")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

take_setup() {
  open_window seated-figure-four-chair light
  wait_screen "setup right"
  shot setup
}

take_hold() {
  open_window seated-figure-four-chair light
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 6
  shot hold
}

take_switch_sides() {
  open_window seated-figure-four-chair light
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 2; key Right
  wait_screen "switch left"
  shot switch-sides
}

take_come_out() {
  open_window standing-forward-fold light
  wait_screen "setup"; key space
  wait_screen "hold"; sleep 25; key Return
  wait_screen "come-out"
  shot come-out
}

take_done() {
  open_window seated-figure-four-chair light
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 25; key Right
  wait_screen "switch left"; key space
  wait_screen "hold left"; sleep 25; key Return
  wait_screen "come-out"; key Return
  wait_screen "done"
  shot done
}

take_stopped_early() {
  open_window seated-figure-four-chair light
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 12; key Return
  wait_screen "come-out"; key Return
  wait_screen "stopped-early"
  shot stopped-early
}

take_ready() {
  open_window pigeon-pose light --ready
  wait_screen "ready"
  shot ready
}

take_dark() {
  open_window seated-figure-four-chair dark
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 6
  shot dark
}

# High contrast (LIMBER_HIGH_CONTRAST=1, as the desktop's setting would ask), holding, with the
# keyboard focus on the first button so its ring shows. $1: the theme.
high_contrast_shot() {
  LIMBER_HIGH_CONTRAST=1 open_window seated-figure-four-chair "$1"
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 6; key Tab
  sleep 0.5
  shot "high-contrast-$1"
}

take_high_contrast_light() { high_contrast_shot light; }
take_high_contrast_dark() { high_contrast_shot dark; }

# A stretch of the user's own with every text as long as the config allows: it wraps, whole.
take_long_custom() {
  step="Lean forward slowly from the hips with a long back, stopping where the pull is gentle; breathe slowly and let the hip soften each time you breathe out, never pushing past your limits."
  caution="Leave this one out after a recent injury to the back of the thigh, and ask a physiotherapist first if a hip or knee has been replaced or operated on in the last year."
  cat >"$XDG_CONFIG_HOME/limber/config.toml" <<EOF
[[stretches.custom]]
id = "long-custom"
name = "A stretch of my own with a name as long as the config allows"
position = "chair"
per_side = true
steps = ["$step", "$step", "$step", "$step", "$step", "$step", "$step", "$step"]
cue = "lean in"
cautions = ["$caution", "$caution", "$caution", "$caution"]
EOF
  open_window long-custom light
  wait_screen "setup right"
  shot long-custom
  rm "$XDG_CONFIG_HOME/limber/config.toml"
}

# Custom stretches in scripts the bundled font lacks, drawn with the system's fonts: Arabic (the
# window reads right to left), Japanese with an emoji in the name. Same words as
# tests/any_script.rs.
custom_shot() {
  printf '%s\n' "[[stretches.custom]]" "id = \"$1\"" "name = \"$2\"" 'position = "chair"' \
    'per_side = true' "steps = [$3]" "cue = \"$4\"" "cautions = [$5]" \
    >"$XDG_CONFIG_HOME/limber/config.toml"
  open_window "$1" light
  wait_screen "setup right"
  shot "$1"
  rm "$XDG_CONFIG_HOME/limber/config.toml"
}

take_rtl_custom() {
  custom_shot rtl-custom "تمدد الحمامة على الكرسي" \
    '"اجلس مستقيماً على حافة الكرسي.", "ضع كاحلك {side} فوق ركبتك {other}.", "انحنِ إلى الأمام ببطء مع إبقاء ظهرك مستقيماً."' \
    "انحنِ ببطء" '"توقف إذا شعرت بألم حاد في الركبة."'
}

take_cjk_custom() {
  custom_shot cjk-custom "🧘 椅子で鳩のポーズ" \
    '"椅子の前の方に背筋を伸ばして座ります。", "{side}の足首を{other}の膝の上に乗せます。", "背中をまっすぐにしたまま、ゆっくり前に倒れます。"' \
    "ゆっくり前へ" '"膝に鋭い痛みを感じたら中止してください。"'
}

# The window speaking $1, holding the right side of the seated figure four: German (longer
# words), Arabic (right to left, mirrored), Japanese (the system's CJK font). Chosen in the config,
# which no locale of the machine running this overrides.
language_shot() {
  echo "language = \"$1\"" >"$XDG_CONFIG_HOME/limber/config.toml"
  open_window seated-figure-four-chair light
  wait_screen "setup right"; key space
  wait_screen "hold right"; sleep 6
  shot "language-$1"
  rm "$XDG_CONFIG_HOME/limber/config.toml"
}

take_language_de() { language_shot de; }
take_language_ar() { language_shot ar; }
take_language_ja() { language_shot ja; }

# The week picture over a generated fortnight, with the focus on three days ago at 10:00 so the line
# under the grid tells about it. $1: the theme, $2: the file's name.
week_shot() {
  mkdir -p "$XDG_DATA_HOME/limber"
  python3 bench/gen_history.py 14 >"$XDG_DATA_HOME/limber/history.jsonl"
  xdotool mousemove 0 0
  : >"$tmp/trace"
  LIMBER_THEME="$1" "$LIMBER_BIN" stats --week --show 2>"$tmp/trace" &
  pid=$!
  window=$(xdotool search --sync --name "your week" | head -1)
  xdotool windowfocus "$window"
  for _ in $(seq 100); do grep -q "limber-week: frame" "$tmp/trace" && break; sleep 0.1; done
  key Up Home Up Up Up Right Right
  sleep 0.5
  shot "$2"
  rm "$XDG_DATA_HOME/limber/history.jsonl"
}

take_week() { week_shot light week; }
take_week_dark() { week_shot dark week-dark; }

names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(setup hold switch-sides come-out done stopped-early ready dark high-contrast-light
  high-contrast-dark long-custom rtl-custom cjk-custom language-de language-ar language-ja week week-dark)
for name in "${names[@]}"; do
  "take_${name//-/_}"
done
