#!/usr/bin/env bash
# limber against the real shells, not doubles: GNOME Shell 43 headless (with the AppIndicator
# extension, and without it) and KDE Plasma 5.27 (kwin_wayland --virtual, kded5, plasmashell),
# each on private D-Bus buses in private folders. In each it runs the release `limber` and checks:
#   - the idle source it chose (Mutter on GNOME, ext-idle-notify-v1 on Plasma);
#   - the tray item registered with the real host (GNOME with the extension, Plasma);
#   - the reminder received by the real notification server, with its actions;
#   - an action invoked through the shell, and limber's state after it;
#   - Do Not Disturb holding the next reminder (GNOME's show-banners, Plasma's Inhibit);
#   - limber's own icon on the reminder (GNOME), though this build is not installed, and a
#     reminder the user dismissed recorded as such;
#   - without a tray (GNOME without the extension): limber's window opened from the app menu
#     entry, matched by GNOME to that entry, reached with the keyboard, and the entry's actions;
#     on Plasma the same window, in both themes.
# It saves screenshots of each shell showing limber's tray icon, reminder and window in
# target/real-desktops/ (copied by hand to docs/screenshots/ when they change).
#
# Usage: bash scripts/real-desktops.sh [gnome|gnome-no-tray|plasma]...  (default: all three)
# Installs what it needs (Debian 12 packages) and builds the release binary. Every wait
# has a time limit; a failure prints what was expected and the logs; every process it starts is
# stopped by process group when it ends.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

shells=("$@")
[[ ${#shells[@]} -gt 0 ]] || shells=(gnome gnome-no-tray plasma)

started_at=$SECONDS
gnome_packages=(
  gnome-shell gnome-shell-extension-appindicator xdg-desktop-portal-gnome gnome-session-bin gjs
  libglib2.0-bin dconf-cli dconf-service
)
plasma_packages=(
  kwin-wayland plasma-workspace plasma-desktop xwayland qtwayland5 kactivitymanagerd
  kde-spectacle qdbus-qt5 breeze libwayland-dev plasma-wayland-protocols gcc
)
echo "== installing GNOME Shell 43 and Plasma 5.27"
as_root apt-get update -qq
apt_install "${gnome_packages[@]}" "${plasma_packages[@]}" dbus dbus-daemon python3
installed_at=$SECONDS

# Up to date already in CI, where the .deb was just built from the same sources.
cargo build --release --locked --quiet
limber="$PWD/target/release/limber"
screenshots="$PWD/target/real-desktops"
mkdir -p "$screenshots"

work=$(mktemp -d /tmp/limber-real-desktops.XXXXXX)
groups=()   # process groups to stop at the end

stop_all() {
  local group
  for group in "${groups[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || true
  done
  sleep 1
  for group in "${groups[@]}"; do
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  groups=()
}
trap 'stop_all; [[ -n "${LIMBER_KEEP_LOGS:-}" ]] || rm -rf "$work"' EXIT
run=setup
logs="$work"
# A command that fails where nothing checks it is a failure too, reported with the logs.
trap 'failed "line $LINENO: \`$BASH_COMMAND\` failed"' ERR

# Starts a command in a process group of its own, logging to $logs/NAME.log.
start() {
  local name=$1
  shift
  setsid "$@" >"$logs/$name.log" 2>&1 </dev/null &
  groups+=("$!")
}

# Prints the logs of the current shell run and fails.
failed() {
  trap - ERR
  echo "real-desktops ($run): FAILED: $*" >&2
  local log
  for log in "$logs"/*.log; do
    [[ -f "$log" ]] || continue
    echo "----- $(basename "$log") (last 40 lines)" >&2
    tail -n 40 "$log" >&2
  done
  exit 1
}

# wait_until SECONDS WHAT COMMAND...: runs COMMAND every half second until it succeeds.
# The id plasmashell answered limber's reminder with, from a dbus-monitor log; fails until the
# answer is there.
notify_answer() {
  python3 - "$1" <<'EOF'
import re, sys
lines = open(sys.argv[1]).read().split("\n")
for i, line in enumerate(lines):
    call = re.match(r"method call .* sender=(\S+) -> .* serial=(\d+) .*member=Notify$", line)
    if not call or not any('"Time to stretch' in later for later in lines[i + 1 : i + 6]):
        continue
    caller, serial = call.groups()
    answer = r"method return .* -> destination=%s serial=\d+ reply_serial=%s$" % (re.escape(caller), serial)
    for j in range(i + 1, len(lines) - 1):
        if re.match(answer, lines[j]):
            uint = re.match(r"\s+uint32 (\d+)$", lines[j + 1])
            if uint:
                print(uint.group(1))
                sys.exit(0)
sys.exit(1)
EOF
}

wait_until() {
  local limit=$1 what=$2
  shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      failed "waited ${limit}s for $what"
    fi
    sleep 0.5
  done
}

# A private session: folders, a system bus allowing everything, a session bus with the
# system's services (dconf, portals) activatable, and the environment every program sees.
new_session() {
  run=$1
  local root="$work/$run"
  logs="$root/logs"
  mkdir -p "$logs" "$root/home" "$root/config/limber" "$root/data" "$root/state" "$root/cache"
  install -d -m 0700 "$root/runtime"
  export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data"
  export XDG_STATE_HOME="$root/state" XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime"
  unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
  cat >"$root/system-bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$root/system-bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  start system-bus dbus-daemon --config-file="$root/system-bus.conf" --nofork
  export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$root/system-bus"
  start session-bus dbus-daemon --session --nofork --address="unix:path=$root/runtime/bus"
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$root/runtime/bus"
  wait_until 10 "the buses" test -S "$root/runtime/bus" -a -S "$root/system-bus"
  # limber: short intervals so each step takes seconds.
  cat >"$XDG_CONFIG_HOME/limber/config.toml" <<EOF
[reminder]
every = "20s"
snooze = "10s"
[activity]
break_after = "15s"
EOF
}

# Whether NAME has an owner on the session bus (asking never starts a service).
owned() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" | grep -q true
}

# A field of `limber status --json`, as JSON.
status_field() {
  "$limber" status --json | python3 -c "import json,sys; print(json.dumps(json.load(sys.stdin)['$1']))"
}

# expect_status FIELD JSON: `limber status --json` has FIELD equal to JSON, within 30 s.
expect_status() {
  local deadline=$((SECONDS + 30)) value
  while true; do
    value=$(status_field "$1" 2>/dev/null || echo "(no answer)")
    [[ "$value" == "$2" ]] && return 0
    if ((SECONDS >= deadline)); then
      failed "limber status: $1 is $value, expected $2"
    fi
    sleep 0.5
  done
}

# limber says its tray icon is shown, and the host's StatusNotifierWatcher lists limber's item.
expect_tray_registered() {
  expect_status tray true
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher \
    RegisteredStatusNotifierItems | grep -q "org.kde.StatusNotifierItem-" ||
    failed "the tray host lists no StatusNotifierItem"
}

start_limber() {
  start limber env LIMBER_LOG=debug "$limber"
  wait_until 15 "limber to answer" "$limber" status
}

# ---------------------------------------------------------------- GNOME Shell 43

# Runs JavaScript inside gnome-shell (unlocked by the test extension) and prints its result.
# gdbus reads each argument as GVariant text, so the code goes in as a quoted string; Eval
# answers the result as JSON.
shell_eval() {
  gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell \
    --method org.gnome.Shell.Eval "$(gvariant_string "$1")" |
    python3 -c "
import ast, json, re, sys
answer = re.fullmatch(r'\((true|false), (.*)\)', sys.stdin.read().strip(), re.S)
result = ast.literal_eval(answer.group(2))
print(json.loads(result) if answer.group(1) == 'true' and result else result)
sys.exit(0 if answer.group(1) == 'true' else 1)"
}

gvariant_string() {
  python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"
}

# A small pointer move through a virtual input device, which resets Mutter's idle time as a
# user at the keyboard would.
gnome_move='if (!global._limberPointer) global._limberPointer = imports.gi.Clutter.get_default_backend().get_default_seat().create_virtual_device(imports.gi.Clutter.InputDeviceType.POINTER_DEVICE); global._limberPointer.notify_relative_motion(imports.gi.GLib.get_monotonic_time(), 1, 0); "moved"'
# Clicks Snooze in the shell: on the banner, the button GNOME drew for limber's action emits
# `clicked`, as a click on it does (Mutter 43's headless virtual pointer moves the pointer, but
# its button presses never reached the banner's buttons). When the banner has already gone (it
# hides after a few seconds unless the pointer rests on it), the same action of the notification
# as the message list holds it. Prints which was used.
gnome_click_snooze='const tray = imports.ui.main.messageTray;
const button = tray._banner?._buttonBox?.get_children().find(b => b.label.startsWith("Snooze"));
let used = "the banner";
if (button) {
    button.emit("clicked", 1);
} else {
    const reminder = tray.getSources().filter(s => s.title == "limber").flatMap(s => s.notifications)[0];
    reminder.actions.find(a => a.label.startsWith("Snooze")).callback();
    used = "the message list";
}
used'
gnome_nudge() {
  shell_eval "$gnome_move" >/dev/null
}

# A virtual keyboard for gnome_keys. Its first keys are lost if they follow its creation at
# once, so it is made ahead.
gnome_keyboard() {
  shell_eval "const {Clutter} = imports.gi;
global._limberKeys = Clutter.get_default_backend().get_default_seat().create_virtual_device(Clutter.InputDeviceType.KEYBOARD_DEVICE);
'keyboard'" >/dev/null
  sleep 1
}

# Types keys (Clutter key names, e.g. "Return") through the virtual keyboard, into the focused
# window.
gnome_keys() {
  local keys="" key
  for key in "$@"; do keys="$keys imports.gi.Clutter.KEY_$key,"; done
  shell_eval "const {Clutter, GLib} = imports.gi;
for (const key of [$keys]) {
    const now = GLib.get_monotonic_time();
    global._limberKeys.notify_keyval(now, key, Clutter.KeyState.PRESSED);
    global._limberKeys.notify_keyval(now + 1000, key, Clutter.KeyState.RELEASED);
}
'typed'" >/dev/null
}

# limber's windows as gnome-shell manages them, as JSON: [{title, app, focused, rect}], where
# `app` is the menu entry GNOME's window tracker matched the window to.
gnome_limber_windows() {
  shell_eval "JSON.stringify(global.get_window_actors().map(a => a.meta_window).filter(w => w.get_wm_class() == 'limber').map(w => ({title: w.get_title(), app: imports.gi.Shell.WindowTracker.get_default().get_window_app(w)?.get_id() ?? null, focused: w.has_focus(), rect: (r => [r.x, r.y, r.width, r.height])(w.get_frame_rect())})))"
}

# Whether a window titled exactly TITLE (or, with a trailing *, starting so) is on screen.
gnome_has_window() {
  gnome_limber_windows | python3 -c "
import json, sys
title = sys.argv[1]
windows = json.load(sys.stdin)
sys.exit(0 if any(w['title'] == title or (title.endswith('*') and w['title'].startswith(title[:-1])) for w in windows) else 1)" "$1"
}

gnome_has_no_window() {
  ! gnome_has_window "$1"
}

# Launches limber's menu entry as the app grid does; with ENV=VALUE arguments in its
# environment, or, with --action NAME, one of the entry's actions as the dash's right-click menu
# does.
gnome_launch() {
  local setenv="" action=""
  while (($#)); do
    case "$1" in
      --action) action=$2; shift 2 ;;
      *) setenv="$setenv context.setenv('${1%%=*}', '${1#*=}');"; shift ;;
    esac
  done
  local launch="info.launch([], context)"
  [[ -n "$action" ]] && launch="info.launch_action('$action', context)"
  # Out of the overview GNOME starts in, as launching from the app grid leaves it.
  shell_eval "imports.ui.main.overview.hide();
const info = imports.gi.Gio.DesktopAppInfo.new('limber.desktop');
const context = global.create_app_launch_context(0, -1); $setenv $launch; 'launched'" >/dev/null
}

# Saves a screenshot of the screen to FILE, and one cropped to limber's window titled TITLE (and
# a margin of the desktop around it) to CROPPED.
gnome_window_screenshot() {
  local title=$1 file=$2 cropped=$3
  sleep 1
  gnome_screenshot "$file"
  local rect
  rect=$(gnome_limber_windows | python3 -c "
import json, sys
w = next(w for w in json.load(sys.stdin) if w['title'] == sys.argv[1])
x, y, width, height = w['rect']
m = 24
print(f'{width + 2 * m}x{height + 2 * m}+{max(x - m, 0)}+{max(y - m, 0)}')" "$title")
  convert "$file" -crop "$rect" +repage "$cropped"
}

# Without a tray: limber's window, opened as the app grid opens it (the entry runs `limber
# open`), must be matched to limber's entry, take the keyboard, and its first button (Stretch now)
# must hand over to the timer window; the entry's actions must reach limber. Screenshots of the
# window in both themes.
gnome_control_window() {
  gnome_keyboard
  gnome_launch --action Pause
  expect_status state '"paused"'
  gnome_launch --action Resume
  local deadline=$((SECONDS + 30))
  until [[ "$(status_field state)" != '"paused"' ]]; do
    ((SECONDS < deadline)) || failed "the Resume action did not resume limber"
    sleep 0.5
  done
  echo "gnome (no-tray): the menu entry's Pause and Resume actions reached limber"

  gnome_launch LIMBER_THEME=dark
  wait_until 20 "limber's window, opened from the app menu (dark)" gnome_has_window limber
  gnome_window_screenshot limber "$screenshots/gnome-no-tray-control-dark-screen.png" \
    "$screenshots/gnome-43-control-dark.png"
  gnome_keys Escape
  wait_until 10 "Escape to close limber's window" gnome_has_no_window limber

  gnome_launch
  wait_until 20 "limber's window, opened from the app menu" gnome_has_window limber
  local windows
  windows=$(gnome_limber_windows)
  echo "gnome (no-tray): limber's window as GNOME manages it: $windows"
  grep -q '"app":"limber.desktop"' <<<"$windows" ||
    failed "GNOME did not match limber's window to limber.desktop: $windows"
  grep -q '"focused":true' <<<"$windows" || failed "limber's window did not get the keyboard: $windows"
  gnome_window_screenshot limber "$screenshots/gnome-no-tray-control-screen.png" \
    "$screenshots/gnome-43-control-light.png"
  # Enter presses the focused first button, Stretch now: the timer window takes over.
  gnome_keys Return
  expect_status state '"stretching"'
  wait_until 20 "the timer window" gnome_has_window "limber — *"
  gnome_has_window limber && failed "limber's window stayed open after Stretch now"
  gnome_screenshot "$screenshots/gnome-no-tray-timer.png"
  gnome_keys Escape
  expect_status state '"active"'
  echo "gnome (no-tray): Stretch now from limber's window opened the timer window; Escape ended it"
}

# keep_active COMMAND...: runs COMMAND every 2 seconds in the background, so the user never
# idles long enough for a break.
keep_active() {
  start nudger bash -c 'while true; do "$@" >/dev/null 2>&1; sleep 2; done' nudger "$@"
}

# The limber notifications gnome-shell holds, as JSON: [{title, actions: [labels]}].
gnome_notifications() {
  shell_eval "JSON.stringify(imports.ui.main.messageTray.getSources().filter(s => s.title == 'limber').flatMap(s => s.notifications.map(n => ({title: n.title, actions: n.actions.map(a => a.label)}))))"
}

gnome_has_reminder() {
  gnome_notifications | grep -q '"Time to stretch'
}

gnome_screenshot() {
  gdbus call --session --dest org.gnome.Shell.Screenshot --object-path /org/gnome/Shell/Screenshot \
    --method org.gnome.Shell.Screenshot.Screenshot false false "$1" >/dev/null ||
    failed "no screenshot"
}

run_gnome() {
  local tray=$1
  new_session "gnome-$tray"
  export XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=GNOME
  # The test extension unlocks Eval and Screenshot (GNOME 43 has no --unsafe-mode).
  local extension="$XDG_DATA_HOME/gnome-shell/extensions/limber-test@limber"
  mkdir -p "$extension"
  cat >"$extension/metadata.json" <<'EOF'
{"uuid": "limber-test@limber", "name": "limber test", "description": "Unlocks Eval for limber's CI", "shell-version": ["43"]}
EOF
  cat >"$extension/extension.js" <<'EOF'
function init() {
    return {enable() { global.context.unsafe_mode = true; }, disable() {}};
}
EOF
  # limber's menu entry as the .deb installs it (Exec=limber open), finding this build on PATH as
  # it would find an installed limber; its icons are not installed.
  mkdir -p "$XDG_DATA_HOME/applications"
  cp installers/linux/limber.desktop "$XDG_DATA_HOME/applications/"
  export PATH="$(dirname "$limber"):$PATH"
  local extensions="'limber-test@limber'"
  [[ "$tray" == tray ]] && extensions="$extensions, 'ubuntu-appindicators@ubuntu.com'"
  gsettings set org.gnome.shell disable-user-extensions false
  gsettings set org.gnome.shell disable-extension-version-validation true
  gsettings set org.gnome.shell enabled-extensions "[$extensions]"
  dbus-update-activation-environment --all
  start gnome-shell gnome-shell --headless --virtual-monitor 1280x800 --wayland
  export WAYLAND_DISPLAY=wayland-0
  wait_until 60 "gnome-shell to start" shell_eval "'ready'"
  wait_until 20 "gnome-shell to own org.freedesktop.Notifications" owned org.freedesktop.Notifications
  if [[ "$tray" == tray ]]; then
    wait_until 20 "the AppIndicator extension's StatusNotifierWatcher" owned org.kde.StatusNotifierWatcher
  fi

  keep_active gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell \
    --method org.gnome.Shell.Eval "$(gvariant_string "$gnome_move")"
  local nudger=${groups[-1]}
  start_limber
  expect_status idle_source '"gnome-mutter"'
  if [[ "$tray" == tray ]]; then
    expect_tray_registered
  else
    expect_status tray false
    gnome_control_window
  fi

  # The reminder, as gnome-shell holds it, with its three buttons.
  wait_until 40 "gnome-shell to show limber's reminder" gnome_has_reminder
  local notifications
  notifications=$(gnome_notifications)
  echo "gnome ($tray): gnome-shell holds $notifications"
  for label in Start Snooze Skip; do
    grep -q "\"$label" <<<"$notifications" || failed "no $label button: $notifications"
  done
  # Leave the overview GNOME starts in, and rest the pointer on the banner so it shows its
  # buttons, as a person about to click would see it.
  shell_eval 'imports.ui.main.overview.hide(); global._limberPointer.notify_absolute_motion(imports.gi.GLib.get_monotonic_time(), 640, 60); "hovered"' >/dev/null
  sleep 1.5
  gnome_screenshot "$screenshots/gnome-$tray-reminder.png"
  # limber's own icon, though not installed: the bundled PNG, from limber's cache folder.
  local icon
  icon=$(shell_eval "imports.ui.main.messageTray.getSources().filter(s => s.title == 'limber').flatMap(s => s.notifications)[0].gicon?.get_file?.()?.get_path() ?? 'none'")
  [[ "$icon" == "$XDG_CACHE_HOME/limber/limber.png" ]] || failed "the reminder's icon is $icon"
  cmp -s "$icon" icons/hicolor/128x128/apps/limber.png || failed "$icon is not limber's icon"
  echo "gnome ($tray): the reminder shows limber's icon ($icon)"
  if [[ "$tray" == no-tray ]]; then
    grep -q "AppIndicator extension" <<<"$(shell_eval "imports.ui.main.messageTray.getSources().filter(s => s.title == 'limber').flatMap(s => s.notifications)[0].bannerBodyText")" ||
      failed "the first reminder without a tray does not say how to reach limber"
    echo "gnome ($tray): the first reminder says how to reach limber without a tray"
  fi

  # Dismissed as its close button does: recorded, and it comes back after the snooze length.
  shell_eval "imports.ui.main.messageTray.getSources().filter(s => s.title == 'limber').flatMap(s => s.notifications)[0].destroy(imports.ui.messageTray.NotificationDestroyedReason.DISMISSED); 'dismissed'" >/dev/null
  wait_until 10 "a dismissed record in history" bash -c "grep -q '\"event\":\"dismissed\"' '$XDG_DATA_HOME/limber/history.jsonl'"
  echo "gnome ($tray): the dismissed reminder is in history: $(grep '"dismissed"' "$XDG_DATA_HOME/limber/history.jsonl")"
  wait_until 40 "the dismissed reminder to come back" gnome_has_reminder

  # Snooze, clicked in the shell.
  local clicked
  clicked=$(shell_eval "$gnome_click_snooze") || failed "could not click Snooze: $clicked"
  echo "gnome ($tray): Snooze clicked on $clicked"
  expect_status state '"snoozed"'

  # Do Not Disturb as the top bar sets it: the next reminder is held.
  gsettings set org.gnome.desktop.notifications show-banners false
  local deadline=$((SECONDS + 40))
  until [[ "$(status_field holding)" == '["do_not_disturb"]' ]]; do
    ((SECONDS < deadline)) || failed "limber did not hold the reminder under Do Not Disturb: $("$limber" status --json)"
    sleep 1
  done
  echo "gnome ($tray): Do Not Disturb holds the reminder: $("$limber" status)"
  gsettings set org.gnome.desktop.notifications show-banners true

  # A break and the return from it, as the real Mutter reports them: nothing moves for
  # break_after, then the pointer does (Mutter's idle watch, then its one-shot user-active
  # watch, which limber asks for without waiting for an answer).
  kill -- -"$nudger" 2>/dev/null || true
  expect_status state '"on_break"'
  shell_eval "$gnome_move" >/dev/null
  expect_status state '"active"'
  echo "gnome ($tray): Mutter's watches began a break when nothing moved and ended it at the next move"
  stop_all
}

# ---------------------------------------------------------------- KDE Plasma 5.27

# A tiny Wayland client that moves KWin's pointer through org_kde_kwin_fake_input, which KWin
# offers to any client under KWIN_WAYLAND_NO_PERMISSION_CHECKS: what keeps the session active.
build_fake_input() {
  local dir="$work/fake-input" protocol=/usr/share/plasma-wayland-protocols/fake-input.xml
  mkdir -p "$dir"
  wayland-scanner client-header "$protocol" "$dir/fake-input.h"
  wayland-scanner private-code "$protocol" "$dir/fake-input.c"
  cat >"$dir/main.c" <<'EOF'
#include <string.h>
#include <wayland-client.h>
#include "fake-input.h"

static struct org_kde_kwin_fake_input *fake_input;

static void global(void *data, struct wl_registry *registry, uint32_t name,
                   const char *interface, uint32_t version) {
    if (strcmp(interface, org_kde_kwin_fake_input_interface.name) == 0)
        fake_input = wl_registry_bind(registry, name, &org_kde_kwin_fake_input_interface, 1);
}

static void global_remove(void *data, struct wl_registry *registry, uint32_t name) {}

static const struct wl_registry_listener listener = {global, global_remove};

int main(void) {
    struct wl_display *display = wl_display_connect(NULL);
    if (!display)
        return 1;
    wl_registry_add_listener(wl_display_get_registry(display), &listener, NULL);
    wl_display_roundtrip(display);
    if (!fake_input)
        return 2;
    org_kde_kwin_fake_input_authenticate(fake_input, "limber-ci", "keeps the test session active");
    org_kde_kwin_fake_input_pointer_motion(fake_input, wl_fixed_from_int(1), wl_fixed_from_int(0));
    wl_display_roundtrip(display);
    return 0;
}
EOF
  gcc -O2 -o "$work/fake-input-move" "$dir/main.c" "$dir/fake-input.c" -lwayland-client ||
    fail "could not build the fake input client"
}

run_plasma() {
  new_session plasma
  build_fake_input
  export XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=KDE KDE_FULL_SESSION=true
  export KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 KWIN_SCREENSHOT_NO_PERMISSION_CHECKS=1
  # kwin_wayland carries file capabilities a container refuses to run: a plain copy runs.
  cp /usr/bin/kwin_wayland "$work/kwin_wayland"
  dbus-update-activation-environment --all
  start kwin "$work/kwin_wayland" --virtual --width 1280 --height 800 --xwayland \
    --socket wayland-kde --no-lockscreen
  wait_until 30 "kwin_wayland's socket" test -S "$XDG_RUNTIME_DIR/wayland-kde"
  export WAYLAND_DISPLAY=wayland-kde QT_QPA_PLATFORM=wayland
  start kded5 kded5
  start activities /usr/lib/x86_64-linux-gnu/libexec/kactivitymanagerd
  # Plasma's session manager has kded5 load its start-up modules; without it, the tray's
  # StatusNotifierWatcher is loaded by name.
  wait_until 20 "kded5" owned org.kde.kded5
  gdbus call --session --dest org.kde.kded5 --object-path /kded \
    --method org.kde.kded5.loadModule statusnotifierwatcher >/dev/null
  wait_until 20 "kded5's StatusNotifierWatcher" owned org.kde.StatusNotifierWatcher
  start plasmashell plasmashell --no-respawn
  wait_until 60 "plasmashell to own org.freedesktop.Notifications" owned org.freedesktop.Notifications
  # Every Notify call and its answer, as the bus carried them.
  start monitor dbus-monitor --session "interface='org.freedesktop.Notifications'" \
    "type='method_return'" "type='signal',interface='org.freedesktop.Notifications'"

  wait_until 10 "KWin to take fake input" "$work/fake-input-move"
  keep_active "$work/fake-input-move"
  local nudger=${groups[-1]}
  start_limber
  expect_status idle_source '"ext-idle-notify-v1"'
  expect_tray_registered
  wait_until 40 "plasmashell to receive limber's reminder" grep -q '"Time to stretch' "$logs/monitor.log"
  for action in start snooze skip; do
    grep -A40 '"Time to stretch' "$logs/monitor.log" | grep -q "string \"$action\"" ||
      failed "the reminder plasmashell received has no $action action"
  done
  # plasmashell's answer follows the call by a moment (and dbus-monitor writes as it goes):
  # wait for it rather than read the log once.
  wait_until 20 "plasmashell's answer to limber's Notify" notify_answer "$logs/monitor.log"
  local id
  id=$(notify_answer "$logs/monitor.log")
  echo "plasma: plasmashell took the reminder as notification $id"
  sleep 1
  spectacle -b -n -f -o "$screenshots/plasma-reminder.png" >>"$logs/spectacle.log" 2>&1 ||
    failed "no screenshot"

  # Snooze, through the shell: Plasma's notification server invokes the action as its popup does.
  gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications \
    --method org.kde.NotificationManager.InvokeAction "$id" snooze >/dev/null ||
    failed "plasmashell would not invoke Snooze"
  expect_status state '"snoozed"'

  # Do Not Disturb, as an app (or Plasma's own switch) asks for it: Inhibit, held while the
  # asking connection lives.
  start inhibitor gjs -c "
    const {Gio, GLib} = imports.gi;
    Gio.DBus.session.call_sync('org.freedesktop.Notifications', '/org/freedesktop/Notifications',
      'org.freedesktop.Notifications', 'Inhibit', new GLib.Variant('(ssa{sv})', ['limber-ci', 'presenting', {}]),
      null, Gio.DBusCallFlags.NONE, -1, null);
    print('inhibited');
    new GLib.MainLoop(null, false).run();"
  wait_until 10 "the inhibition" grep -q inhibited "$logs/inhibitor.log"
  expect_status holding '["do_not_disturb"]'
  echo "plasma: Do Not Disturb holds the reminder: $("$limber" status)"

  # limber's window, in both themes, as KWin shows it (spectacle: the active window). The
  # nudger stops first: each of its fake input devices comes and goes, taking KWin's seat's
  # pointer with it, and winit 0.30 panics ("failed to get pointer data") at a late event for a
  # pointer it has let go (seen once in CI). A real pointer does not come and go every 2 s.
  kill -TERM -- "-$nudger" 2>/dev/null || true
  local theme
  for theme in light dark; do
    start "control-$theme" env LIMBER_THEME="$theme" LIMBER_TRACE_WINDOW=1 "$limber" open
    wait_until 20 "limber's window ($theme)" grep -q "limber-control: frame" "$logs/control-$theme.log"
    sleep 1.5
    spectacle -b -n -a -o "$screenshots/plasma-5.27-control-$theme.png" >>"$logs/spectacle.log" 2>&1 ||
      failed "no screenshot of limber's window"
    kill -TERM -- "-${groups[-1]}"
  done
  echo "plasma: limber's window shown in both themes"
  stop_all
}

for shell in "${shells[@]}"; do
  shell_started=$SECONDS
  case "$shell" in
    gnome) run_gnome tray ;;
    gnome-no-tray) run_gnome no-tray ;;
    plasma) run_plasma ;;
    *) fail "unknown shell $shell (gnome, gnome-no-tray, plasma)" ;;
  esac
  echo "real-desktops: $shell passed in $((SECONDS - shell_started)) s"
done
echo "real-desktops: all passed; installing took $((installed_at - started_at)) s, the shells $((SECONDS - installed_at)) s"
