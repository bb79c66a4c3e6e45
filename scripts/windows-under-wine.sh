#!/usr/bin/env bash
# Runs limber's library unit tests as a Windows program under Wine, then the cross-built
# limber.exe for real, under Wine on a virtual X display, the way a Windows user meets it: the command line and its files under %APPDATA% and %LOCALAPPDATA%, a config
# error with its line and column, start at login (the HKCU Run key, in Wine's registry), and the
# tray daemon itself: its event loop and tray icon start, idle time comes from GetLastInputInfo,
# a reminder comes due after the configured sitting time and reaches the user (Wine has no toast
# notifications, so as the timer window waiting on its start screen, as on a desktop without a
# notification server) and is recorded in %LOCALAPPDATA%, and the end of the session (as at a
# log-off) saves its state, without a failure, and ends it. Wine 8 has no Unix sockets, so commands cannot reach
# the daemon there; on Windows 10 and later they can.
#
# Wine 8 (Debian 12) lacks bcryptprimitives.dll, whose ProcessPrng Rust's standard library calls
# for random numbers (Wine 9 has it). A ten-line stand-in built with MinGW, on top of Wine's own
# RtlGenRandom, is put next to limber.exe (and on the DLL path of the unit tests) for this run
# only.
#
# Usage: scripts/windows-under-wine.sh path/to/limber.exe   (needs root or sudo for apt)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
exe=$(realpath "${1:?usage: scripts/windows-under-wine.sh path/to/limber.exe}")

apt_install wine64 gcc-mingw-w64-x86-64 xvfb xauth xdotool
wine=/usr/lib/wine/wine64

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  WINEPREFIX="$work/prefix" /usr/lib/wine/wineserver -k 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The Windows defaults are what is checked here, not the XDG variables that would override them.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME XDG_RUNTIME_DIR
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

echo "== Windows under Wine: $("$wine" --version)"
mkdir -p "$work/bin"
cp "$exe" "$work/bin/limber.exe"
# limber's windows are the program beside it (src/programs.rs).
cp "$(dirname "$exe")/limber-window.exe" "$work/bin/limber-window.exe"
cat >"$work/bcryptprimitives.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" \
  "$work/bcryptprimitives.c" -ladvapi32

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
timeout 120 "$wine" wineboot --init >/dev/null 2>&1

echo "== the library's unit tests, as a Windows program"
if ! WINEPATH="Z:$(tr / '\\' <<<"$work/bin")" CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$wine" \
  timeout 1200 cargo test --locked --quiet --target x86_64-pc-windows-gnu --lib >"$work/unit-tests.log" 2>&1; then
  cat "$work/unit-tests.log"
  fail "the unit tests failed under Wine"
fi
grep '^test result' "$work/unit-tests.log"

# Every call has a time limit, so a Wine that hangs fails the run instead of stalling CI.
limber() { timeout 60 "$wine" "$work/bin/limber.exe" "$@"; }
profile="$WINEPREFIX/drive_c/users/$(id -un)"
roaming="$profile/AppData/Roaming/limber"
local_data="$profile/AppData/Local/limber"

echo "== the command line"
[[ "$(limber --version)" == "limber $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" ]] \
  || fail "limber.exe --version"
config_path=$(limber config path | tr -d '\r')
[[ "$config_path" == 'C:\users\'*'\AppData\Roaming\limber\config.toml' ]] \
  || fail "config path is $config_path, not under %APPDATA%"
limber list | grep -q "Seated figure four" || fail "limber.exe list shows no stretches"
mkdir -p "$roaming"
printf '[reminder]\nevery = 15\n' >"$roaming/config.toml"
set +e
message=$(limber config check 2>&1)
code=$?
set -e
[[ $code == 2 && "$message" == *'config.toml:2:9:'* ]] \
  || fail "a bad config should exit 2 naming line 2, column 9; got $code: $message"
echo "$message" | head -n 1
echo "command line, %APPDATA% config and its error: as on Linux"

echo "== start at login: the HKCU Run key"
limber autostart enable | tr -d '\r'
"$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Run' /v limber 2>/dev/null \
  | grep -q 'limber.exe' || fail "autostart enable wrote no Run value"
limber autostart status | grep -q 'Start at login: on' || fail "autostart status does not say on"
limber autostart disable >/dev/null
if "$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Run' /v limber >/dev/null 2>&1; then
  fail "autostart disable left the Run value"
fi
echo "enable writes the Run value, status reads it, disable removes it"

echo "== the tray daemon"
cat >"$roaming/config.toml" <<'TOML'
[reminder]
every = "15s"
snooze = "10s"
[activity]
break_after = "8s"
TOML
# Wine counts only input that reaches one of its own windows: a Notepad window for the pointer
# to move over stands in for the user at the keyboard.
"$wine" notepad >/dev/null 2>&1 &
notepad=
for _ in $(seq 100); do
  notepad=$(xdotool search --name 'Notepad' 2>/dev/null | head -n 1) && [[ -n "$notepad" ]] && break
  sleep 0.2
done
[[ -n "$notepad" ]] || fail "no Notepad window to give Wine input"
( while sleep 1; do
    xdotool mousemove --window "$notepad" $((RANDOM % 200 + 20)) $((RANDOM % 100 + 20)) 2>/dev/null || exit 0
  done ) &
wiggler=$!

"$wine" "$work/bin/limber.exe" >"$work/daemon.log" 2>&1 &
daemon=$!
started=$(date +%s)
for _ in $(seq 60); do grep -q 'limber is running' "$work/daemon.log" && break; sleep 0.5; done
grep -q 'idle time from windows-last-input' "$work/daemon.log" \
  || fail "the daemon did not take its idle time from GetLastInputInfo: $(cat "$work/daemon.log")"
grep -q 'no tray icon' "$work/daemon.log" && fail "the tray icon was not added: $(cat "$work/daemon.log")"
# Wine 8 has no Unix sockets (Windows 10 has): the daemon says commands cannot reach it, and runs.
grep 'commands cannot reach' "$work/daemon.log" | sed 's/^.*WARN //' || true
echo "the daemon runs: event loop, tray icon, idle time from GetLastInputInfo"

# The reminder comes due after 15 s of sitting; with no toasts in Wine it opens the timer window
# on its start screen, as on a desktop without a notification server.
window=
for _ in $(seq 90); do
  window=$(xdotool search --name '^limber — ' 2>/dev/null | head -n 1) && [[ -n "$window" ]] && break
  sleep 0.5
done
[[ -n "$window" ]] || fail "no reminder within 45 s of start: $(cat "$work/daemon.log")"
echo "reminder after $(( $(date +%s) - started )) s of sitting (every = 15s): $(xdotool getwindowname "$window")"
grep -o 'could not show the reminder as a notification.*' "$work/daemon.log" | head -n 1 || true
grep -q '"event":"reminded"' "$local_data/history.jsonl" \
  || fail "the reminder is not in %LOCALAPPDATA%\\limber\\history.jsonl"
kill "$wiggler" 2>/dev/null || true

# Ending the session (WM_QUERYENDSESSION, WM_ENDSESSION, as at a Windows log-off) saves and quits.
# The timer window has shown what it had to; it is stopped first, since under Wine its event loop
# can keep wineboot from finishing (once seen in CI: it waited on the window for minutes).
pkill -f 'limber-window.exe stretch' || true
timeout 60 "$wine" wineboot --end-session >/dev/null 2>&1 \
  || fail "ending the Wine session did not finish within 60 s"
for _ in $(seq 40); do kill -0 "$daemon" 2>/dev/null || break; sleep 0.25; done
kill -0 "$daemon" 2>/dev/null && fail "the daemon did not leave at the end of the session"
[[ -s "$local_data/state.json" ]] || fail "no state saved in %LOCALAPPDATA%\\limber at the end of the session"
# Saving renames a new state file over the old one; the folder sync after it must not fail
# (Windows cannot open a folder as a file, so there is none there).
if grep -q 'could not save state' "$work/daemon.log"; then
  fail "saving the state reported a failure: $(grep 'could not save state' "$work/daemon.log")"
fi
echo "the end of the session saved state.json under %LOCALAPPDATA%\\limber and ended the daemon"
echo "limber.exe under Wine: all checks passed"
