#!/usr/bin/env bash
# Renders limber's icons from their SVG sources, for packaging:
#   icons/hicolor/NxN/apps/limber.png   the app icon at the freedesktop sizes
#   icons/tray/png/limber-STATE-N.png    the tray states, for panels that want files
# (The stretch drawings icons/stretches/*.svg come from the figure model in src/figure/:
# LIMBER_BLESS=1 cargo test --locked --test figures rewrites them.)
# Needs rsvg-convert (Debian: librsvg2-bin). Rerun after editing any SVG: bash icons/render.sh
# (The daemon draws the tray icon from its SVGs at run time; these PNGs are for
# installers and desktop files.)
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render.sh: install librsvg2-bin for rsvg-convert" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" limber.svg -o "hicolor/${size}x${size}/apps/limber.png"
done
mkdir -p hicolor/scalable/apps && cp limber.svg hicolor/scalable/apps/limber.svg
mkdir -p tray/png
for state in idle due paused; do
  for size in 22 32 64; do
    rsvg-convert -w "$size" -h "$size" "tray/limber-$state.svg" -o "tray/png/limber-$state-$size.png"
  done
done
echo "render.sh: wrote $(find hicolor tray/png -name '*.png' | wc -l) PNG files"
