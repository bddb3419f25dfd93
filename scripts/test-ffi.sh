#!/usr/bin/env bash
# Tests the bindings of the core (shared/, leefwereld-ffi): builds the library and
# uniffi-bindgen, generates the Python bindings and runs the Python tests against the real
# library, prints the library size and the cost of a call, generates the Kotlin and Swift
# bindings, and checks the crate for Android and iOS.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debug by default: `scripts/test-all.sh` has built the workspace in that profile already, so the
# library is ready. FFI_PROFILE=release measures what ships (stripped size, call cost).
profile=${FFI_PROFILE:-debug}
target=${CARGO_TARGET_DIR:-target}
out="$target/ffi"
step() { printf '\n==> %s\n' "$*"; }

step "build leefwereld-ffi and uniffi-bindgen ($profile)"
cargo build --locked --profile "$([ "$profile" = debug ] && echo dev || echo "$profile")" \
  -p leefwereld-ffi -p leefwereld-bindgen
dir="$target/$profile"
lib="$dir/libleefwereld_ffi.so"
bindgen="$dir/uniffi-bindgen"
# Bindings are generated from the library's uniffi metadata symbols. The release profile strips
# symbols from the .so; the static library of the same build keeps them.
metadata="$lib"
[ "$profile" = debug ] || metadata="$dir/libleefwereld_ffi.a"
printf 'library: %s, %s bytes\n' "$lib" "$(stat -c %s "$lib")"

step "Python bindings"
# One package, `leefwereld`, over the two generated modules (the facade, and the core's own
# vocabularies in `leefwereld_core`), with the library beside them.
rm -rf "$out/python"
package="$out/python/leefwereld"
"$bindgen" generate "$metadata" --language python --out-dir "$package"
cp shared/python/__init__.py "$lib" "$package/"

venv="$out/venv"
if [ ! -x "$venv/bin/pytest" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check pytest
fi
LEEFWERELD_BINDINGS="$(cd "$out/python" && pwd)"
export LEEFWERELD_BINDINGS
"$venv/bin/python" -m pytest -q -p no:cacheprovider shared/tests/python

step "cost of a call from Python ($profile build; timings are informative, not checked)"
"$venv/bin/python" shared/tests/python/measure_call_cost.py

step "Kotlin and Swift bindings"
generated=$(mktemp -d)
trap 'rm -rf "$generated"' EXIT
"$bindgen" generate "$metadata" --language kotlin --no-format --out-dir "$generated/kotlin"
"$bindgen" generate "$metadata" --language swift --no-format --out-dir "$generated/swift"
# Each file with a line that only the real bindings have.
while read -r file expected; do
  grep -q "$expected" "$generated/$file" \
    || { echo "generated $file lacks '$expected'" >&2; exit 1; }
  echo "generated $file"
done <<'FILES'
kotlin/uniffi/leefwereld/leefwereld.kt class Vault
kotlin/uniffi/leefwereld_core/leefwereld_core.kt sealed class LeefwereldException
kotlin/uniffi/leefwereld_core/leefwereld_core.kt enum class Theme
kotlin/uniffi/leefwereld_core/leefwereld_core.kt data class EntryContent
swift/leefwereld.swift class Vault
swift/leefwereld_core.swift enum LeefwereldError: Swift.Error
swift/leefwereld_core.swift public enum Theme
swift/leefwereldFFI.h RustBuffer
swift/leefwereldFFI.modulemap leefwereldFFI.h
swift/leefwereld_coreFFI.modulemap leefwereld_coreFFI.h
FILES

step "phone targets (check only: no NDK or Apple SDK here)"
targets=(aarch64-linux-android aarch64-apple-ios)
installed=$(rustup target list --installed)
for triple in "${targets[@]}"; do
  grep -qx "$triple" <<<"$installed" || rustup target add "$triple"
done
# shellcheck source=cross-env.sh
source scripts/cross-env.sh
cargo check --locked -p leefwereld-ffi --target aarch64-linux-android
# iOS: ring's C parts need Xcode's SDK, so the ZGW HTTP client is left out of this check.
cargo check --locked -p leefwereld-ffi --target aarch64-apple-ios --no-default-features
