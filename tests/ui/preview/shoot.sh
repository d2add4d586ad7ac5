#!/bin/sh
# Dev preview screenshots with headless Chromium (never part of the app or of CI).
# Usage: tests/ui/preview/shoot.sh OUTDIR screen [screen…]   (SCHEME=dark for dark mode, LANG_PARAM=&lang=nl for Dutch)
# Serves the repository root on a free local port for the duration of the run.
set -eu
out=$1; shift
root=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-8765}
mkdir -p "$out"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT INT TERM
sleep 0.5
scheme=""
[ "${SCHEME:-light}" = dark ] && scheme="--blink-settings=preferredColorScheme=0"
for s in "$@"; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars $scheme --window-size="${SIZE:-1100,800}" \
    --virtual-time-budget=4000 --screenshot="$out/$s.png" "http://127.0.0.1:$port/tests/ui/preview/preview.html?screen=$s${LANG_PARAM:-}" >/dev/null 2>&1 || echo "failed: $s"
done
