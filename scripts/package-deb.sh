#!/usr/bin/env bash
# Builds limber's .deb with cargo-deb, then proves it on this machine (CI is root on Debian 12):
# installs it, checks `limber --version`, every file in place and the desktop entries, removes
# it and checks it left nothing behind. Prints the package's size. Needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

# The newest cargo-deb whose own dependencies build with the toolchain here.
cargo_deb_version="3.8.0"

source scripts/lib.sh
as_root apt-get update -qq

# dpkg-dev: dpkg-shlibdeps, which cargo-deb uses to work out $auto.
apt_install desktop-file-utils dpkg-dev
if ! cargo deb --version >/dev/null 2>&1; then
  cargo install --locked --quiet cargo-deb --version "$cargo_deb_version"
fi

echo "== build the .deb"
cargo deb --locked
deb=$(ls -t target/debian/limber_*.deb | head -n 1)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== install"
if dpkg -s limber >/dev/null 2>&1; then
  fail "limber is already installed on this machine; refusing to test over it"
fi
# apt resolves the $auto dependencies from the archive if any are missing.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
mapfile -t files < <(dpkg -L limber | while read -r path; do [[ -f "$path" ]] && echo "$path"; done)

echo "== check"
[[ "$(command -v limber)" == /usr/bin/limber ]] || fail "limber is not /usr/bin/limber"
version=$(limber --version)
[[ "$version" == "limber $(cargo metadata --no-deps --format-version 1 | sed -E 's/.*"name":"limber","version":"([^"]+)".*/\1/')" ]] \
  || fail "unexpected version: $version"
echo "$version"
expected=(
  /usr/bin/limber
  /usr/bin/limber-window
  /usr/share/applications/limber.desktop
  /usr/share/limber/limber-autostart.desktop
  /usr/lib/systemd/user/limber.service
  /usr/share/doc/limber/copyright
  /usr/share/doc/limber/LICENSE-Inter.txt
  /usr/share/icons/hicolor/scalable/apps/limber.svg
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/limber.png")
done
for path in "${expected[@]}"; do
  [[ -s "$path" ]] || fail "$path is missing or empty"
done
desktop-file-validate /usr/share/applications/limber.desktop || fail "the desktop entry is invalid"
desktop-file-validate /usr/share/limber/limber-autostart.desktop || fail "the autostart entry is invalid"
grep -q '^Exec=limber open$' /usr/share/applications/limber.desktop || fail "the menu entry does not open limber's window"
# limber hands its windows to limber-window beside it: with no display the installed pair gets as
# far as the window program saying it cannot open a window.
window_said=$(cd / && env -u DISPLAY -u WAYLAND_DISPLAY HOME="$(mktemp -d)" limber stats --week --show 2>&1 || true)
[[ "$window_said" == *"cannot open a window"* ]] \
  || fail "the installed limber did not reach limber-window: $window_said"
grep -q '^License: MIT' /usr/share/doc/limber/copyright || fail "the copyright file names no licence"
# The user's own autostart entry is what limber writes; the package turns nothing on.
[[ ! -e /etc/xdg/autostart/limber.desktop ]] || fail "the package must not start limber for every user"
echo "${#files[@]} files installed, all in place"

echo "== remove"
as_root dpkg -r limber >/dev/null
left=()
for path in "${files[@]}"; do
  [[ -e "$path" ]] && left+=("$path")
done
((${#left[@]} == 0)) || fail "left behind: ${left[*]}"
if dpkg -s limber 2>/dev/null | grep -q '^Status: install'; then
  fail "dpkg still lists limber as installed"
fi
echo "removed; nothing left behind"

echo "== size"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
