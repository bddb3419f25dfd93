#!/usr/bin/env bash
# Runs every Leefwereld test on a fresh Debian 12 machine with Rust: installs what is missing,
# then the Rust tests (unit, property, integration, crash). Each suite prints a header.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test

step() { printf '\n==> %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests (unit, property, integration, crash)"
cargo test --workspace --locked

step "bindings for Kotlin, Swift and Python (build, Python tests, phone targets)"
bash scripts/test-ffi.sh
