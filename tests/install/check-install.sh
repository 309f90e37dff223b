#!/usr/bin/env bash
# The install tree: installs a build into a temporary prefix and checks each
# desktop file with the tool its consumers use: desktop-file-validate,
# appstreamcli, man, the three shells' own completion machinery.
# Usage: check-install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
app_id=io.github.statuscodex.StatusCodex

failures=0
# Pipelines end in grep without -q: with pipefail, grep -q quitting at its
# first match can kill the writer with SIGPIPE and fail a check that passed.
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

need() { # need TOOL PACKAGE
    command -v "$1" >/dev/null 2>&1 || { echo "check-install.sh: $1 is missing: apt-get install $2 (bash .ci/deps.sh test installs it)" >&2; exit 1; }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need man man-db
need python3 python3
need fish fish
need zsh zsh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/usr
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log" >&2; exit 1; }
share=$prefix/share
program=$prefix/bin/status-codex

# The program runs from where it was installed.
[ -x "$program" ] || fail "$program is not installed or not executable"
version=$("$program" --version) || fail "status-codex --version failed"
[[ $version == "status-codex "[0-9]* ]] || fail "status-codex --version printed \"$version\""
"$program" show 404 --lang en | grep "404 Not Found" >/dev/null || fail "the installed status-codex show 404 does not print 404 Not Found"

# The desktop entry: valid without so much as a hint, naming the installed
# program and icon.
desktop=$share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate rejects $desktop"
    [ -z "$report" ] || fail "desktop-file-validate: $report"
    exec_line=$(sed -n 's/^Exec=//p' "$desktop")
    [ "$exec_line" = status-codex ] || fail "the desktop entry runs \"$exec_line\", not status-codex"
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's icon is not $app_id"
    grep -q '^Name\[zh_CN\]=' "$desktop" || fail "the desktop entry has no Chinese name"
else
    fail "$desktop is not installed"
fi

# AppStream metadata, validated offline.
metainfo=$share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log" >&2; fail "appstreamcli validate rejects $metainfo"; }
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "the metainfo does not launch $app_id.desktop"
else
    fail "$metainfo is not installed"
fi

# Debian's copyright and changelog, in the package's documentation folder.
doc=$share/doc/status-codex
[ -f "$doc/copyright" ] || fail "$doc/copyright is not installed"
gzip -t "$doc/changelog.gz" 2>/dev/null || fail "$doc/changelog.gz is not installed or not gzip"

# Icons: every PNG is a PNG of its directory's size; the SVG parses.
python3 - "$share/icons/hicolor" "$app_id" <<'PY' || fail "the icons are wrong (above)"
import struct, sys, xml.etree.ElementTree as ET
from pathlib import Path
root, app_id = Path(sys.argv[1]), sys.argv[2]
wrong = []
sizes = [16, 22, 24, 32, 48, 64, 128, 256, 512]
for size in sizes:
    png = root / f"{size}x{size}" / "apps" / f"{app_id}.png"
    if not png.is_file():
        wrong.append(f"{png} is missing"); continue
    data = png.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        wrong.append(f"{png} is not a PNG"); continue
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        wrong.append(f"{png} is {width}x{height}, not {size}x{size}")
found = sorted(p.parent.parent.name for p in root.glob("*/apps/*.png"))
if found != sorted(f"{s}x{s}" for s in sizes):
    wrong.append(f"PNG directories {found}")
svg = root / "scalable" / "apps" / f"{app_id}.svg"
try:
    tag = ET.parse(svg).getroot().tag
    if tag != "{http://www.w3.org/2000/svg}svg":
        wrong.append(f"{svg}: the root element is {tag}")
except (OSError, ET.ParseError) as error:
    wrong.append(f"{svg}: {error}")
for line in wrong:
    print(line, file=sys.stderr)
sys.exit(1 if wrong else 0)
PY

# The man page renders without a warning and documents every command and
# option the program's own help names.
page=$(find "$share/man/man1" -name 'status-codex.1*' | head -n 1)
if [ -n "$page" ]; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null) || fail "man cannot render $page"
    [ -z "$warnings" ] || fail "man warns about $page: $warnings"
    # The roff source, with its escaped hyphens plain, so that options match.
    if [[ $page == *.gz ]]; then gzip -dc "$page"; else cat "$page"; fi | sed 's/\\-/-/g' >"$work/page"
    help=$("$program" --help)
    commands=$(sed -n 's/^  status-codex \([a-z][a-z]*\).*/\1/p' <<<"$help" | sort -u)
    [ -n "$commands" ] || fail "no commands found in status-codex --help"
    for command in $commands; do
        grep -Eq "^\.(B|BI|BR) \"?$command( |\"|$)" "$work/page" || fail "the man page does not document the command $command"
    done
    options=$(grep -oE '(^|[ [])--?[a-z][a-z-]*' <<<"$help" | tr -d ' [' | sort -u)
    [ -n "$options" ] || fail "no options found in status-codex --help"
    for option in $options; do
        grep -qE -- "(^|[ \"])$option([ ,\"=]|$)" "$work/page" || fail "the man page does not mention the option $option"
    done
    grep -q '^\.SH EXIT STATUS' "$work/page" || fail "the man page has no EXIT STATUS section"
else
    fail "no man page under $share/man/man1"
fi

codes=$(python3 -c 'import json, sys; print(" ".join(str(c["code"]) for c in json.load(open(sys.argv[1]))["codes"]))' \
        "$source/resources/catalogue.json")

# bash: the completion function, called as bash calls it.
bash_completion=$share/bash-completion/completions/status-codex
complete_bash() { # complete_bash WORD... (the last is the one being completed)
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _status_codex; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$bash_completion" "$@"
}
if [ -f "$bash_completion" ]; then
    complete_bash status-codex sh | grep -x show >/dev/null || fail "bash does not complete \"status-codex sh\" to show"
    complete_bash status-codex show 40 | grep -x 404 >/dev/null || fail "bash does not complete \"status-codex show 40\" to 404"
    complete_bash status-codex compare 301 30 | grep -x 308 >/dev/null || fail "bash does not complete \"status-codex compare 301 30\" to 308"
    complete_bash status-codex quiz --deck 4 | grep -x 4xx >/dev/null || fail "bash does not complete --deck 4 to 4xx"
    complete_bash status-codex show --m | grep -x -- --markdown >/dev/null || fail "bash does not complete show --m to --markdown"
    [ "$(complete_bash status-codex show "" | sort | xargs)" = "$(xargs -n 1 <<<"$codes" | sort | xargs)" ] \
        || fail "bash does not offer exactly the catalogue's codes after show"
else
    fail "$bash_completion is not installed"
fi

# fish: its own completion engine.
fish_completion=$share/fish/vendor_completions.d/status-codex.fish
complete_fish() { fish --no-config -c "source '$fish_completion'; complete -C '$1'" | cut -f 1; }
if [ -f "$fish_completion" ]; then
    complete_fish "status-codex sh" | grep -x show >/dev/null || fail "fish does not complete \"status-codex sh\" to show"
    complete_fish "status-codex show 40" | grep -x 404 >/dev/null || fail "fish does not complete \"status-codex show 40\" to 404"
    complete_fish "status-codex compare 301 30" | grep -x 308 >/dev/null || fail "fish does not complete \"status-codex compare 301 30\" to 308"
    complete_fish "status-codex quiz --kind f" | grep -x flashcard >/dev/null || fail "fish does not complete --kind f to flashcard"
    [ "$(complete_fish "status-codex show " | sort | xargs)" = "$(xargs -n 1 <<<"$codes" | sort | xargs)" ] \
        || fail "fish does not offer exactly the catalogue's codes after show"
else
    fail "$fish_completion is not installed"
fi

# zsh: the function parses, and completes in a real interactive zsh.
zsh_completion=$(find "$share/zsh" -name _status-codex | head -n 1)
if [ -n "$zsh_completion" ]; then
    zsh -n "$zsh_completion" || fail "zsh cannot parse $zsh_completion"
    for case in "sh:show" "show 40:404" "compare 301 30:308"; do
        line=${case%%:*} want=${case#*:}
        got=$(timeout 30 zsh -f "$(dirname "$0")/zsh-complete.zsh" "$(dirname "$zsh_completion")" "status-codex $line") \
            || fail "zsh could not be driven to complete \"status-codex $line\""
        grep -qx -- "$want" <<<"$got" || fail "zsh does not complete \"status-codex $line\" to $want (it offered: $(xargs <<<"$got"))"
    done
else
    fail "no zsh completion under $share/zsh"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) of the install tree failed" >&2
    exit 1
fi
echo "The install tree is complete and valid."
