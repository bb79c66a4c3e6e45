#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages limber needs: to run (the libraries the timer window loads),
# and with --test also what the end-to-end tests drive (a virtual X display, a private D-Bus, a
# headless Wayland compositor, input and screenshot tools). Uses sudo when not root.
set -euo pipefail

run_packages=(
  libx11-6 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon0 libxkbcommon-x11-0
  xdg-utils
)
test_packages=(
  xvfb xauth xdotool x11-utils imagemagick dbus dbus-daemon sway
  # X11 windows on two monitors: sway's Xwayland, and xrandr to list its monitors
  xwayland x11-xserver-utils
  # GNOME's settings store, written as GNOME writes it (Do Not Disturb, break reminders)
  dconf-service dconf-cli dconf-gsettings-backend gsettings-desktop-schemas libglib2.0-bin
  # real sound servers to record from (a call without a camera)
  pulseaudio pulseaudio-utils pipewire pipewire-pulse wireplumber
  # The system fonts a desktop has for what the bundled Inter lacks, the families cosmic-text's
  # fallback names: Arabic and Hebrew (noto-core), Japanese and Chinese (noto-cjk), colour emoji.
  # tests/suite/any_script.rs and the text module's tests draw with them.
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  # the accessibility bus and a screen reader's view of it (tests/suite/screen_reader.rs)
  at-spi2-core python3-pyatspi
)

packages=("${run_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
  packages+=("${test_packages[@]}")
fi

source "$(dirname "$0")/lib.sh"
as_root apt-get update -qq
apt_install "${packages[@]}"
echo "deps.sh: installed ${#packages[@]} packages"
