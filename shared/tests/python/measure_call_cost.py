"""Prints what a trivial call through the bindings costs (not a test: timings never decide a
pass or a fail). Run by scripts/test-ffi.sh with the generated module on the path."""

import os
import sys
import time

sys.path.insert(0, os.environ.get("LEEFWERELD_BINDINGS", "target/ffi/python"))

import leefwereld as lw  # noqa: E402

CALLS = 100_000

profile = lw.Profile(
    role=lw.Role.YOUTH_WORKER, organisation="Jongerenwerk Zuid", pseudonym="JW-07", language=lw.Lang.NL
)
options = lw.VaultOptions(work_factor=lw.work_factors().min)
vault = lw.Vault.create_in_memory("fietsbel paraplu wolkenkrabber", profile, options)

rounds = []
for _ in range(3):
    start = time.perf_counter()
    for _ in range(CALLS):
        vault.is_locked()
    rounds.append((time.perf_counter() - start) / CALLS * 1e6)
print(f"is_locked() from Python: {min(rounds):.2f} µs per call (best of 3 x {CALLS:,} calls)")

entry = vault.capture(lw.trend_content(lw.Theme.OTHER, lw.Platform.OTHER, "meting", vault.now_ms()), [])
start = time.perf_counter()
for _ in range(1_000):
    vault.entry(entry.id)
print(f"entry(id) from Python: {(time.perf_counter() - start) / 1_000 * 1e6:.1f} µs per call (decrypts one entry)")
