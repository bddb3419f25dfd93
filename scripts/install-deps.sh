#!/usr/bin/env bash
# Installs the system packages a Leefwereld task needs on Debian 12, only when missing.
# Usage: scripts/install-deps.sh <app|test>
set -euo pipefail
what="${1:-test}"

packages=(pkg-config build-essential libssl-dev)
case "$what" in
  app)  packages+=(libwebkit2gtk-4.1-dev libxdo-dev) ;;
  test) packages+=(libwebkit2gtk-4.1-dev libxdo-dev xvfb xdotool imagemagick chromium chromium-driver age clang llvm libc6-dev-arm64-cross python3 python3-venv)
        # Node.js ships with the build machines; Debian's is the fallback.
        command -v npm >/dev/null || packages+=(nodejs npm) ;;
  *) echo "usage: $0 <app|test>" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# cargo-deny checks licences, duplicate crates and sources (deny.toml). Built from crates.io with
# its own lock file when missing: about 4 minutes on two shared cores.
if [ "$what" = test ] && ! command -v cargo-deny >/dev/null; then
  echo "Installing cargo-deny"
  cargo install --locked cargo-deny
fi
