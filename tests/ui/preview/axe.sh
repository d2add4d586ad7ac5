#!/bin/sh
# Dev aid (never part of CI): scans preview screens with axe-core in headless Chromium and
# prints each screen's WCAG A/AA violations. The journeys run the same scan in the real window.
# Usage: tests/ui/preview/axe.sh screen [screen…]   (SCHEME=dark for dark mode)
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-8766}
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT INT TERM
sleep 0.5
scheme=""
[ "${SCHEME:-light}" = dark ] && scheme="--blink-settings=preferredColorScheme=0"
for s in "$@"; do
  printf '%s: ' "$s"
  chromium --headless --no-sandbox --disable-gpu $scheme --window-size="${SIZE:-1100,720}" --virtual-time-budget=8000 \
    --dump-dom "http://127.0.0.1:$port/tests/ui/preview/preview.html?screen=$s&axe=1" 2>/dev/null \
    | python3 -c 'import sys,re,html; m=re.search(r"<pre id=\"axe-result\" hidden=\"\">(.*?)</pre>", sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "no result")'
done
