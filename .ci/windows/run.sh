#!/usr/bin/env bash
# The Windows stage of CI (issue 21), from Debian alone: Qt for Windows built
# from Debian's source (or found in its cache), the program and every test
# cross-built with MinGW-w64 and -Werror, the suite run under Wine, the ZIP
# and the NSIS installer made, and the installer tried as a user would.
# Usage: .ci/windows/run.sh   (from anywhere; the build goes to build-windows/)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
build=$repo/build-windows
stage_start=$SECONDS

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
packages=(wine wine64 nsis xvfb xauth imagemagick fonts-noto-cjk ccache)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "== Qt for Windows"
qt_start=$SECONDS
qt=$(bash .ci/windows/build-qt.sh | tail -n 1)
echo "Qt for Windows in $qt ($((SECONDS - qt_start)) s)"

# A Wine prefix of the build's own, so that the tests' registry keys and
# the installer's files never touch the user's ~/.wine.
export WINEPREFIX=$build/wine
export WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$build"
    wineboot --init >/dev/null 2>&1
    wineserver --wait
fi

echo "== Cross-build (MinGW-w64, -Werror)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_CHAINLOAD_TOOLCHAIN_FILE="$repo/.ci/windows/mingw-w64.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DSTATUS_CODEX_WERROR=ON \
    -DCMAKE_CROSSCOMPILING_EMULATOR=wine "${launcher[@]}" >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log" >&2; exit 1; }
nice cmake --build "$build" -j2

echo "== The suite under Wine"
# Under Xvfb: Qt draws offscreen, but Wine makes a console (tst_windows'
# code page test) only with a display.
xvfb-run -a ctest --test-dir "$build" -j2 --output-on-failure

echo "== Packages: ZIP and NSIS installer"
rm -f "$build"/status-codex-*.zip "$build"/status-codex-*.exe
(cd "$build" && cpack -G "ZIP;NSIS" >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
ls -l "$build"/status-codex-*-win64.zip "$build"/status-codex-*-win64.exe

echo "== The installer under Wine, as a user would"
bash .ci/windows/try-installer.sh "$build" "$(echo "$build"/status-codex-*-win64.exe)"

wineserver --kill || true
echo "Windows stage: $((SECONDS - stage_start)) s"
