#!/usr/bin/env bash
# Runs every Leefwereld test on a fresh Debian 12 machine with Rust: installs what is missing,
# then the Rust tests (unit, property, integration, crash, the app's screens), the app's
# Android check, the web training mode in headless Chromium, and the desktop app under Xvfb.
# Each suite prints a header.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test

step() { printf '\n==> %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "dependencies: licences, duplicates, sources (cargo deny, deny.toml)"
# The advisory database cannot be fetched here (no internet but registries): see SECURITY.md.
# cargo-deny reads the metadata of every target's crates (Windows, Android, iOS ones too), which
# the build above never downloaded: fetch them first, then check without a network.
cargo fetch --locked
cargo deny --offline --locked check licenses bans sources

step "Rust tests (unit, property, integration, crash, bounded fuzzing)"
cargo test --workspace --locked

# The libFuzzer targets (fuzz/) need nightly, which CI cannot count on; their stable versions ran
# above (core/tests/fuzz_decoders.rs). LEEFWERELD_FUZZ_SECONDS=60 runs each target that long.
if [ -n "${LEEFWERELD_FUZZ_SECONDS:-}" ]; then
  step "libFuzzer targets, ${LEEFWERELD_FUZZ_SECONDS} s each (nightly, cargo-fuzz)"
  bash fuzz/run-all.sh "$LEEFWERELD_FUZZ_SECONDS"
fi

step "bindings for Kotlin, Swift and Python (build, Python tests, phone targets)"
bash scripts/test-ffi.sh

step "app: cargo check for Android (aarch64-linux-android, feature mobile)"
rustup target list --installed | grep -qx aarch64-linux-android || rustup target add aarch64-linux-android
(source scripts/cross-env.sh && cargo check --locked -p leefwereld-app --target aarch64-linux-android --no-default-features --features mobile)

step "app: web training mode build and browser tests (playwright-core, headless Chromium)"
bash tests/e2e/run.sh

step "app: desktop smoke test (Xvfb, xdotool)"
bash tests/desktop/smoke.sh
