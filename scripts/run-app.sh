#!/usr/bin/env bash
# Runs the Leefwereld desktop app on a local vault: ~/.local/share/leefwereld/vault, or the
# folder in $LEEFWERELD_VAULT_DIR. Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh app
exec cargo run --locked --release -p leefwereld-app
