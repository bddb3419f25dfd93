#!/usr/bin/env bash
# Browser tests of the web training mode: builds it (scripts/build-web.sh), installs
# playwright-core (no browser download: the tests drive the system's /usr/bin/chromium) and
# runs every spec. Screenshots of every screen, in Dutch and English, go to screenshots/.
# SKIP_WEB_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")"
repo="$(cd ../.. && pwd)"
dist="$repo/target/web-dist"
[ "${SKIP_WEB_BUILD:-0}" = 1 ] || bash "$repo/scripts/build-web.sh" "$dist"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
LEEFWERELD_WEB_DIST="$dist" npm test --silent
