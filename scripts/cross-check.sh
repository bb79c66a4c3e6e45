#!/usr/bin/env bash
# Windows and macOS, from Linux: type-checks and lints limber for both, cross-builds limber.exe
# with MinGW, packs it into an MSI with wixl and checks the MSI's tables with msiinfo, runs
# limber.exe under Wine (scripts/windows-under-wine.sh), and assembles limber.app's layout (with
# the Linux binary standing in, since a macOS binary cannot be linked here) and checks its
# Info.plist. macOS is not run here.
# Needs root (or sudo) for apt; prints the exe and MSI sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib.sh
as_root apt-get update -qq
apt_install \
  gcc-mingw-w64-x86-64 msitools wixl imagemagick icnsutils python3

# A target that cannot be installed is skipped loudly; only its own checks are skipped.
have_target() {
  if rustup target add "$1" >/dev/null 2>&1; then
    return 0
  fi
  echo "=================================================================="
  echo "SKIPPED: the Rust target $1 cannot be installed on this machine"
  echo "(rustup target add $1 failed); its checks did not run."
  echo "=================================================================="
  return 1
}

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
out=target/installers
mkdir -p "$out"

if have_target aarch64-apple-darwin; then
  echo "== macOS: check and lint (aarch64-apple-darwin)"
  cargo clippy --locked --target aarch64-apple-darwin --lib --bins -- -D warnings
  echo "== macOS: limber.app layout"
  cargo build --locked --release --quiet
  app=$(installers/macos/bundle.sh target/release/limber "$out")
  for path in Contents/MacOS/limber Contents/MacOS/limber-window Contents/Info.plist Contents/PkgInfo Contents/Resources/limber.icns; do
    [[ -s "$app/$path" ]] || fail "limber.app lacks $path"
  done
  python3 - "$app/Contents/Info.plist" "$version" <<'PY'
import plistlib, sys
with open(sys.argv[1], "rb") as f:
    info = plistlib.load(f)
expected = {"CFBundleIdentifier": "io.github.limber", "CFBundleExecutable": "limber",
            "LSUIElement": True, "CFBundleShortVersionString": sys.argv[2],
            "CFBundleIconFile": "limber.icns", "CFBundlePackageType": "APPL",
            "LSEnvironment": {"LIMBER_OPENED_FROM_LAUNCHER": "1"}}
wrong = {k: info.get(k) for k, v in expected.items() if info.get(k) != v}
if wrong:
    sys.exit(f"Info.plist: unexpected {wrong}")
print("Info.plist: valid, LSUIElement set (no Dock icon), Launchpad opens limber's window")
PY
fi

if have_target x86_64-pc-windows-gnu; then
  echo "== Windows: check and lint (x86_64-pc-windows-gnu)"
  cargo clippy --locked --target x86_64-pc-windows-gnu --lib --bins -- -D warnings
  echo "== Windows: limber.exe"
  cargo build --locked --release --target x86_64-pc-windows-gnu
  exe=target/x86_64-pc-windows-gnu/release/limber.exe
  file "$exe" | grep -q 'PE32+ executable.*x86-64' || fail "$exe is not a 64-bit Windows executable"

  echo "== Windows: limber.msi"
  convert icons/hicolor/{16x16,32x32,48x48,256x256}/apps/limber.png "$out/limber.ico"
  wixl -a x64 -D Version="$version" -D ExePath="$exe" -D WindowExePath="${exe%limber.exe}limber-window.exe" \
    -D IconPath="$out/limber.ico" \
    -o "$out/limber.msi" installers/windows/limber.wxs 2>&1 | { grep -v '^$' || true; }
  msi="$out/limber.msi"
  # msiinfo writes the IDT format: three header lines, tab-separated, CRLF line ends.
  table() { msiinfo export "$msi" "$1" | tail -n +4 | tr -d '\r'; }
  expect_row() { # table, extended regex, what it proves
    table "$1" | grep -Eq "$2" || fail "$1 table: $3"
  }
  expect_row Property $'^ALLUSERS\t2$' "not a per-user package"
  expect_row Property $'^MSIINSTALLPERUSER\t1$' "not a per-user package"
  msiinfo suminfo "$msi" | grep -Eq '^Source: (8|10) ' || fail "the package asks for administrator rights"
  expect_row Directory $'^ProgramsFolder\tLocalAppDataFolder\tPrograms$' "not installed under the user's local programs"
  expect_row File $'^limber.exe\tProgram\tlimber.exe\t[0-9]+' "limber.exe is not in the package"
  expect_row File $'^limber_window.exe\tProgram\tlimber-window.exe\t[0-9]+' "limber-window.exe is not in the package"
  expect_row File $'^limber.ico\tProgram\tlimber.ico\t[0-9]+' "limber.ico (the toasts' icon) is not in the package"
  expect_row Shortcut $'^limber.lnk\tProgramMenuFolder\tlimber\t' "no Start menu shortcut"
  expect_row Shortcut $'^limber.lnk\tProgramMenuFolder\tlimber\t[^\t]*\t[^\t]*\topen\t' "the Start menu shortcut does not open limber's window"
  expect_row Registry $'\tSoftware\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run\tlimber\t"\\[INSTALLDIR\\]limber.exe"\tRunAtLogin$' "no run-at-login value"
  expect_row Registry $'\t1\tSoftware\\\\Classes\\\\AppUserModelId\\\\io.github.limber\tDisplayName\tlimber\tProgram$' "toasts have no AppUserModelId with limber's name"
  expect_row Feature $'^RunAtLogin\t\t[^\t]*\t\t2\t1000\t' "run at login is not off by default"
  expect_row Feature $'^Main\t\tlimber\t\t2\t1\t' "the program is not installed by default"
  expect_row RemoveFile $'^RemoveInstallDir\tProgram\t\tINSTALLDIR\t2$' "the install folder is not removed on uninstall"
  # Every component is keyed to an HKCU value, so Windows Installer can remove each one cleanly.
  if table Component | awk -F'\t' '$4 != 4 { bad = 1 } END { exit !bad }'; then
    fail "a component is not keyed to a per-user registry value"
  fi
  echo "limber.msi: per-user, Start menu shortcut, run at login optional and off, clean uninstall"
  echo "== sizes"
  echo "limber.exe: $(stat -c %s "$exe") bytes; limber.msi: $(stat -c %s "$msi") bytes"

  bash scripts/windows-under-wine.sh "$exe"
fi
