#!/usr/bin/env bash
# Builds the web training mode of the app (an in-memory vault that keeps nothing) into a folder
# of static files: wasm32 release build, wasm-bindgen of the exact version in Cargo.lock, and
# index.html. Usage: scripts/build-web.sh [out-dir]   (default: target/web-dist)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/web-dist}"

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

# wasm-bindgen's CLI must match the library version exactly.
version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, "", $0); print; exit }' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "Installing wasm-bindgen-cli $version"
  cargo install wasm-bindgen-cli --version "$version"
fi

# strip = true (the workspace release profile) makes wasm-bindgen lose its custom sections.
CARGO_PROFILE_RELEASE_STRIP=false cargo build --locked --release -p leefwereld-app \
  --target wasm32-unknown-unknown --no-default-features --features web

rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name app \
  target/wasm32-unknown-unknown/release/leefwereld-app.wasm
cp mobile/web/index.html mobile/web/boot.js "$out/"
echo "Web training mode built in $out ($(du -sh "$out" | cut -f1))"
