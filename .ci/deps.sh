#!/usr/bin/env bash
# Installs the Debian 12 packages Status Codex needs, skipping those already
# present. Usage: .ci/deps.sh app|test
set -euo pipefail

packages=(cmake ninja-build g++ qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev fonts-noto-cjk)
case "${1:-app}" in
    app) ;;
    test)
        packages+=(clang libclang-rt-14-dev llvm python3)
        # The desktop integration is checked with the tools each desktop uses:
        # the cheat sheet read back from PDF, the .desktop file, AppStream
        # metainfo, the Debian package, the man page and the completions.
        packages+=(poppler-utils desktop-file-utils appstream lintian dpkg-dev file man-db zsh fish)
        # Node runs the reference FSRS implementation; the machine image may
        # bring its own build, which Debian's package must not replace.
        command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
        # The "In practice" claims are reproduced against the real servers
        # and application stacks (tests/practice/reproduce.py).
        packages+=(nginx apache2 apache2-utils python3-flask openssl)
        ;;
    *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
