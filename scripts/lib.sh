# Shared by the scripts in this folder: `source "$(dirname "$0")/lib.sh"`.

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [[ "$(id -u)" == 0 ]]; then
    "$@"
  else
    sudo "$@"
  fi
}

# Installs Debian packages quietly, without recommends.
apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Stops the calling script with a message that names it.
fail() {
  echo "$(basename "$0"): FAILED: $*" >&2
  exit 1
}

# Starts a virtual X display (1280x800) in the background, and exports DISPLAY for it. $1 is a
# scratch folder. The caller stops it with its other background jobs.
start_xvfb() {
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$1/display" 2>/dev/null &
  for _ in $(seq 50); do [[ -s "$1/display" ]] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$1/display")"
}
