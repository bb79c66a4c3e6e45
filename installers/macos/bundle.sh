#!/usr/bin/env bash
# Assembles limber.app from a built limber binary and the limber-window binary beside it:
#   installers/macos/bundle.sh path/to/limber OUTPUT_DIR
# The bundle holds both programs (each finds the other beside itself, src/programs.rs), Info.plist (with the version from Cargo.toml) and an icon made
# from the PNG renders in icons/hicolor/ (png2icns, from icnsutils, on Linux; iconutil on macOS).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
binary="${1:?usage: bundle.sh BINARY OUTPUT_DIR}"
out="${2:?usage: bundle.sh BINARY OUTPUT_DIR}"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)

app="$out/limber.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
install -m 755 "$binary" "$app/Contents/MacOS/limber"
install -m 755 "$(dirname "$binary")/limber-window" "$app/Contents/MacOS/limber-window"
sed "s/@VERSION@/$version/g" "$here/Info.plist" > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"

icons="$root/icons/hicolor"
if command -v iconutil >/dev/null; then
  set_dir=$(mktemp -d)/limber.iconset
  mkdir -p "$set_dir"
  for size in 16 32 128 256; do
    cp "$icons/${size}x${size}/apps/limber.png" "$set_dir/icon_${size}x${size}.png"
  done
  iconutil -c icns -o "$app/Contents/Resources/limber.icns" "$set_dir"
else
  png2icns "$app/Contents/Resources/limber.icns" \
    "$icons/16x16/apps/limber.png" "$icons/32x32/apps/limber.png" \
    "$icons/128x128/apps/limber.png" "$icons/256x256/apps/limber.png" >/dev/null
fi
echo "$app"
