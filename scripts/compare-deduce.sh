#!/usr/bin/env bash
# Runs `deduce` (the Dutch de-identification library of UMC Utrecht, PyPI) on the minimiser's
# corpus and prints its recall and precision next to ours. A comparison, not a test: it needs
# PyPI and takes a few minutes the first time (deduce builds its lookup tables).
#
#   scripts/compare-deduce.sh            # venv in target/deduce-venv
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/deduce-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet 'deduce==3.0.6'
fi
echo "== leefwereld minimiser =="
cargo test -q -p leefwereld-core --test minimise_corpus the_corpus_is -- --nocapture 2>/dev/null \
  | sed -n '/^detector/,/^all /p'
echo
echo "== deduce $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("deduce"))') =="
"$VENV/bin/python" scripts/compare_deduce.py core/tests/data/minimise_corpus.tsv
