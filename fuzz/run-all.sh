#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS seconds each (default 60) and prints the executions per
# target. Needs a nightly toolchain and cargo-fuzz (`cargo install --locked cargo-fuzz`).
# Seeds the corpora from the test fixtures first (core/tests/fuzz_decoders.rs).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
(cd .. && LEEFWERELD_FUZZ_SEED_DIR="$PWD/fuzz/corpus" cargo test --locked -q -p leefwereld-core --test fuzz_decoders >/dev/null)
cargo +nightly fuzz build
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  log="$(mktemp)"
  if cargo +nightly fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -rss_limit_mb=4096 >"$log" 2>&1; then
    result=ok
  else
    result="FOUND (see fuzz/artifacts/$target)"
  fi
  runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -n1 | grep -o '[0-9]*' || echo '?')"
  printf '%-14s %10s executions in %ss  %s\n' "$target" "$runs" "$seconds" "$result"
  [ "$result" = ok ] || tail -n 40 "$log"
  rm -f "$log"
done
