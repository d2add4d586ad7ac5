# Shared by scripts/run and scripts/test: install what is missing, never what is there.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build-time system libraries (WebKitGTK for the window, D-Bus for the Secret Service,
# ayatana-appindicator for the tray icon).
BUILD_PACKAGES=(libwebkit2gtk-4.1-dev libdbus-1-dev libayatana-appindicator3-dev pkg-config build-essential curl ca-certificates)
# What the tests need: a virtual display, a D-Bus session with a real Secret Service,
# WebKit's WebDriver, clipboard and screenshot tools; jq for the README's curl session
# (scripts/test-readme), appstream for the metainfo check (scripts/check-package),
# keepassxc (its keepassxc-cli makes and reads the KeePass databases of the KDBX tests),
# xsettingsd (a desktop's font setting over XSETTINGS for the fonts journey), and orca (the
# screen reader journey reads what GNOME's screen reader says in the app's window).
TEST_PACKAGES=(python3-venv xvfb xauth dbus dbus-bin dbus-x11 gnome-keyring libsecret-tools webkit2gtk-driver xclip xdotool xsettingsd imagemagick x11-utils iproute2 util-linux procps jq appstream keepassxc orca)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_packages PKG… — installs the Debian/Ubuntu packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
      echo "These packages are missing and this is not a Debian/Ubuntu system: ${missing[*]}" >&2
      return 1
    fi
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# ensure_rust — a Rust toolchain new enough for edition 2024 (rustup when there is none).
ensure_rust() {
  if ! command -v cargo >/dev/null && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null; then
    say "Installing the Rust toolchain (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
}

# ensure_tauri_driver — the WebDriver bridge for Tauri apps, from crates.io.
ensure_tauri_driver() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver"
    cargo install tauri-driver --locked --version 2.1.0
  fi
}

# ensure_check_jsonschema — the GitHub workflow schema checker (PyPI), in a venv under
# target/ (Debian's Python refuses `pip install` into the system, PEP 668). Prints its path.
ensure_check_jsonschema() {
  local venv="${CARGO_TARGET_DIR:-$ROOT/target}/tools/check-jsonschema"
  if [ ! -x "$venv/bin/check-jsonschema" ]; then
    say "Installing check-jsonschema (PyPI) into $venv" >&2
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet "check-jsonschema==0.39.0" >&2
  fi
  echo "$venv/bin/check-jsonschema"
}
