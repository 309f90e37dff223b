#!/usr/bin/env bash
# Builds Qt for Windows (x86_64, MinGW-w64, shared libraries) from Debian's
# own qt6-base source, with SQLite from Debian's sqlite3 source, and installs
# it into a cache folder outside the repository whose name carries both source
# versions and a hash of the options, so a second run rebuilds nothing.
#
# Usage: .ci/windows/build-qt.sh            build (or find) Qt, print its prefix last
#        .ci/windows/build-qt.sh --prefix   only print where that Qt is (or would be)
#
# Where: $STATUS_CODEX_CACHE, else /var/cache/status-codex when writable, else
# ${XDG_CACHE_HOME:-~/.cache}/status-codex; Qt goes to <cache>/qt-win/<name>.
# A prebuilt archive <name>.tar.{xz,gz,zst} in ../shared/windows/ (beside the
# repository, or $STATUS_CODEX_SHARED/windows) is used instead of building when
# <archive>.sha256 beside it matches; it holds the folder <name>/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

qt_source=qt6-base
qt_version=6.4.2+dfsg-10
sqlite_source=sqlite3
sqlite_version=3.40.1-2+deb12u2
jobs=${JOBS:-2}

# Only what the program uses: Core, Gui, Widgets, Sql with SQLite,
# PrintSupport, Test. The dfsg source lacks SQLite (brought in below) and
# wintab.h (so no tablet events); with OpenGL off, 6.4.2's Windows platform
# plugin only compiles with dynamic GL off too.
qt_options=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF
    -DQT_BUILD_TESTS=OFF
    -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF
    -DFEATURE_opengl=OFF -DFEATURE_dynamicgl=OFF -DFEATURE_vulkan=OFF -DFEATURE_direct2d=OFF
    -DFEATURE_tabletevent=OFF
    -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF -DFEATURE_sql_ibase=OFF
    -DFEATURE_printsupport=ON -DFEATURE_testlib=ON
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF
    -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_system_doubleconversion=OFF
    -DFEATURE_zstd=OFF -DFEATURE_icu=OFF -DFEATURE_glib=OFF
)
# SQLite's amalgamation is compiled by Qt's driver with Qt's own defines,
# SQLITE_ENABLE_COLUMN_METADATA among them (the driver needs it).

# The name changes when a source version, an option or the toolchain does.
options_hash=$({ printf '%s\n' "${qt_options[@]}"; cat "$here/mingw-w64.cmake"; } | sha256sum | cut -c1-12)
name="qt-${qt_version}-sqlite-${sqlite_version}-${options_hash}"

if [ -n "${STATUS_CODEX_CACHE:-}" ]; then
    cache=$STATUS_CODEX_CACHE
elif mkdir -p /var/cache/status-codex 2>/dev/null && [ -w /var/cache/status-codex ]; then
    cache=/var/cache/status-codex
else
    cache=${XDG_CACHE_HOME:-$HOME/.cache}/status-codex
fi
prefix="$cache/qt-win/$name"
shared=${STATUS_CODEX_SHARED:-$repo/../shared}/windows

if [ "${1:-}" = --prefix ]; then echo "$prefix"; exit 0; fi

if [ -f "$prefix/.complete" ]; then
    echo "Qt for Windows: cached in $prefix" >&2
    echo "$prefix"; exit 0
fi
rm -rf "$prefix"
mkdir -p "$cache/qt-win"

for archive in "$shared/$name".tar.xz "$shared/$name".tar.gz "$shared/$name".tar.zst; do
    [ -f "$archive" ] || continue
    if [ ! -f "$archive.sha256" ]; then
        echo "Qt for Windows: $archive has no $archive.sha256 beside it; not used" >&2
        continue
    fi
    expected=$(cut -d' ' -f1 "$archive.sha256")
    actual=$(sha256sum "$archive" | cut -d' ' -f1)
    if [ "$expected" != "$actual" ]; then
        echo "Qt for Windows: $archive does not match $archive.sha256 ($actual, expected $expected); not used" >&2
        continue
    fi
    echo "Qt for Windows: unpacking $archive" >&2
    tar -xaf "$archive" -C "$cache/qt-win"
    if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi
    echo "Qt for Windows: $archive holds no complete $name/; building instead" >&2
    rm -rf "$prefix"
done

# Debian's tools and sources. The source packages need a deb-src entry.
packages=(cmake ninja-build perl tcl dpkg-dev qt6-base-dev qt6-base-dev-tools
          g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
if ! grep -rqs '^\(Types: *deb-src\|deb-src \)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm bookworm-updates' \
        'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
        "${sudo[@]}" tee /etc/apt/sources.list.d/status-codex-src.sources >/dev/null
    missing+=(--update-needed)
fi
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -q
    missing=("${missing[@]/--update-needed}")
    [ -n "${missing[*]}" ] && "${sudo[@]}" apt-get install -y -q --no-install-recommends ${missing[*]}
fi

work="$cache/work/$name"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
start=$(date +%s)
apt-get source -q "$qt_source=$qt_version" "$sqlite_source=$sqlite_version" >/dev/null

# SQLite: the amalgamation (made with tclsh) where Qt's bundled copy would be.
mkdir sqlite-build
(cd sqlite-build && "../$sqlite_source-${sqlite_version%-*}/configure" --disable-tcl >/dev/null && make -s sqlite3.c >/dev/null)
qtsrc="$work/$qt_source-${qt_version%-*}"
mkdir -p "$qtsrc/src/3rdparty/sqlite"
cp sqlite-build/sqlite3.c sqlite-build/sqlite3.h sqlite-build/sqlite3ext.h "$qtsrc/src/3rdparty/sqlite/"

# The toolchain file is kept inside the prefix: Qt's qt.toolchain.cmake
# refers to it, and the program is built with the same one.
mkdir -p "$prefix"
cp "$here/mingw-w64.cmake" "$prefix/mingw-w64.cmake"
cmake -S "$qtsrc" -B build -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/mingw-w64.cmake" \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    "${qt_options[@]}" >configure.log 2>&1 || { tail -60 configure.log >&2; exit 1; }
nice -n 19 cmake --build build -j"$jobs" >build.log 2>&1 || { grep -B5 -A20 -m3 'FAILED\|error:' build.log >&2; exit 1; }
cmake --install build >install.log 2>&1 || { tail -30 install.log >&2; exit 1; }
cp "$qtsrc/LICENSES/"LGPL-3.0* "$qtsrc/LICENSES/"GPL-3.0* "$prefix/" 2>/dev/null || true
touch "$prefix/.complete"
cd /
rm -rf "$work"
echo "Qt for Windows: built in $(( $(date +%s) - start )) s into $prefix" >&2
echo "$prefix"
