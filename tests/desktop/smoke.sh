#!/usr/bin/env bash
# Desktop smoke test: the real desktop binary in a virtual X display, driven by the keyboard
# like a person would (xdotool). It creates a vault in a fresh folder, captures a trend by
# typing, quits; then `vault-check` opens the vault through leefwereld-core, finds the entry,
# and checks that its text is in none of the vault's files. A second instance on the same
# vault must stay up and explain that the vault is in use. Then an attacker with the files but
# not the passphrase (`plant-pending`) writes a note and a damaged record into the pending area;
# after unlock the app shows both as notes to confirm or throw away, the worker throws both
# away, and `vault-check` finds neither in the vault. Screenshots go to tests/desktop/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
shots="$root/tests/desktop/screenshots"
passphrase="fietsbel paraplu wolkenkrabber"
marker="rookmelder$RANDOM$RANDOM"
planted="geplant$RANDOM$RANDOM"

# The same build as `cargo test --workspace` (a no-op after it): the app binary and vault-check.
cargo test --workspace --locked --no-run

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.2; done

# The app, with every folder it might write to inside the throw-away work folder.
start_app() {
  mkdir -p "$work/home" "$work/tmp"
  env HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" \
    XDG_CONFIG_HOME="$work/home/config" TMPDIR="$work/tmp" LEEFWERELD_VAULT_DIR="$work/vault" \
    WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 \
    "$root/target/debug/leefwereld-app" >>"$work/app-$1.log" 2>&1 &
  started=$!
  pids+=("$started")
}
wait_window() {
  timeout 60 xdotool search --sync --onlyvisible --name '^Leefwereld$' | tail -1
}
key() { xdotool key --delay 150 "$@"; sleep 0.3; }
type_text() { xdotool type --delay 30 "$1"; sleep 0.3; }
shot() { import -window root "$shots/$1.png"; }
fail() {
  echo "desktop smoke test: $1" >&2
  import -window root "$work/failure.png" 2>/dev/null && cp "$work/failure.png" "$shots/failure.png"
  cat "$work"/app-*.log >&2 || true
  exit 1
}

start_app first
app=$started
window="$(wait_window)" || fail "no window appeared"
sleep 6 # the webview loads the page

# Onboarding, by keyboard from the title: language, role, organisation, pseudonym,
# passphrase (and its show button), repeated passphrase, then Enter submits.
xdotool mousemove 150 30 click 1
sleep 0.5
key Tab Tab Tab
type_text "Jongerenwerk Zuid"
key Tab
type_text "JW-07"
key Tab
type_text "$passphrase"
key Tab Tab
type_text "$passphrase"
key Return
sleep 5
shot desktop-home-empty

# Home: tap the big "Trend" button (top left under the title). The capture opens with the
# cursor in its text on desktop; Tab reaches the first theme, Space chooses it (no theme is
# chosen for the worker), Shift+Tab goes back to the text and Ctrl+Enter saves.
xdotool mousemove 110 235 click 1
sleep 2
type_text "Nieuwe challenge gezien $marker"
key Tab
key space
key shift+Tab
shot desktop-capture-trend
key ctrl+Return
sleep 2
shot desktop-home-with-entry

# A second instance on the same vault stays up and says the vault is in use.
start_app second
second=$started
sleep 8
kill -0 "$second" 2>/dev/null || fail "the second instance did not stay up"
shot desktop-second-instance-in-use
kill "$second"

kill -0 "$app" 2>/dev/null || fail "the app is no longer running"
kill "$app"
wait "$app" 2>/dev/null || true

"$root/target/debug/vault-check" "$work/vault" "$passphrase" "$marker" || fail "the entry is not in the vault as expected"

# The planted records: the lock screen counts them, and after unlock home lists them to
# confirm or throw away (the damaged one first, then the note); both are thrown away.
"$root/target/debug/plant-pending" "$work/vault" "$planted" || fail "could not plant the records"
start_app third
app=$started
window="$(wait_window)" || fail "no window appeared the third time"
sleep 6
shot desktop-lock-two-waiting
xdotool mousemove 160 185 click 1 # into the passphrase field (it has the cursor once the window has the focus)
sleep 0.5
type_text "$passphrase"
key Return
sleep 6
shot desktop-pending-planted
xdotool mousemove 210 434 click 1 # "Weggooien" under the damaged record
sleep 2
xdotool mousemove 300 478 click 1 # "Weggooien" beside "Bevestigen" of the planted note
sleep 2
shot desktop-pending-discarded
kill -0 "$app" 2>/dev/null || fail "the app is no longer running"
kill "$app"
wait "$app" 2>/dev/null || true
"$root/target/debug/vault-check" "$work/vault" "$passphrase" "$marker" "$planted" ||
  fail "the planted records were not thrown away as expected"
echo "desktop smoke test passed"
