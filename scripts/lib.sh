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
