#!/usr/bin/env bash
# The NSIS installer tried under Wine as a user would: installed silently
# into Program Files, the installed program asked for 404, its window
# photographed in Chinese and English under Xvfb, then uninstalled; every
# installed file must go, the user's settings and study progress must stay.
# Usage: try-installer.sh BUILD_DIR INSTALLER.exe   (WINEPREFIX set by run.sh)
set -euo pipefail
build=$1
installer=$2
: "${WINEPREFIX:?run from .ci/windows/run.sh, which sets WINEPREFIX}"
export WINEDEBUG=-all
unset WINEPATH
fail() { echo "installer: $*" >&2; exit 1; }
drive_c=$WINEPREFIX/drive_c
folder="$drive_c/Program Files/Status Codex"
exe_win='C:\Program Files\Status Codex\bin\status-codex.exe'
shots=$build/screenshots
mkdir -p "$shots"

echo "Installer: $(basename "$installer"), $(du -k "$installer" | cut -f1) KiB"
wine "$installer" /S
wineserver --wait
[ -f "$folder/bin/status-codex.exe" ] || fail "nothing installed in C:\\Program Files\\Status Codex"
[ -f "$folder/Uninstall.exe" ] || fail "no uninstaller installed"
(cd "$folder" && find . -type f | sort) >"$build/installed-files.txt"
echo "Installed $(wc -l <"$build/installed-files.txt") files into C:\\Program Files\\Status Codex"

# The same files as the ZIP, plus the uninstaller.
zip=$(echo "$build"/status-codex-*-win64.zip)
unzip -Z1 "$zip" | grep -v '/$' | sed 's|^[^/]*/|./|' | sort >"$build/zip-files.txt"
diff <(grep -v '^./Uninstall.exe$' "$build/installed-files.txt") "$build/zip-files.txt" \
    || fail "the installer and the ZIP hold different files"

# A Start-menu entry, and the version Windows shows in Add or Remove Programs.
link=$(find "$drive_c" -path '*Start Menu*' -name 'Status Codex.lnk' | head -n 1)
[ -n "$link" ] || fail "no Start-menu entry"
echo "Start menu: ${link#"$drive_c/"}"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Status Codex 1.0.0' /v DisplayVersion \
    | tr -d '\r' | grep -q 'REG_SZ *1.0.0' || fail "no uninstall entry with the version"

# The installed program answers with the phrase the IANA registry gives
# (its copy beside the repository when there, else the registry's words).
registry=$(dirname "$0")/../../../shared/reference/iana-status-codes.csv
phrase="Not Found"
[ -f "$registry" ] && phrase=$(grep '^404,' "$registry" | cut -d, -f2)
json=$(wine "$exe_win" show 404 --json | tr -d '\r')
grep -q '"code": *404' <<<"$json" && grep -q "\"$phrase\"" <<<"$json" \
    || fail "the installed program's show 404 --json is wrong: $(head -c 300 <<<"$json")"

# The user's own: a setting in the registry and a progress database.
wine reg add 'HKCU\Software\StatusCodex\status-codex' /v language /d zh /f >/dev/null
wine "$exe_win" progress --json >/dev/null
progress=$(find "$drive_c/users" -path '*StatusCodex*' -name progress.sqlite | head -n 1)
[ -n "$progress" ] || fail "the installed program made no progress database under the user's folder"

# Chinese glyphs: Qt asks Windows for its usual Chinese fonts, which Wine
# does not have; point those names at Noto Sans CJK, as Debian has it.
for name in "Microsoft YaHei" "Microsoft YaHei UI" "SimSun" "NSimSun" "SimHei" "MS Shell Dlg" "MS Shell Dlg 2"; do
    wine reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$name" /d "Noto Sans CJK SC" /f >/dev/null
done
screenshot() { # screenshot LANGUAGE
    local lang=$1
    xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
        wine "$0" --lang "$1" 404 &
        sleep 25
        import -window root "$2"
        kill %1; wineserver --kill' "$exe_win" "$lang" "$shots/windows-$lang.png" >/dev/null 2>&1 || true
    [ -s "$shots/windows-$lang.png" ] || fail "no screenshot in $lang"
    echo "Screenshot: $shots/windows-$lang.png"
}
screenshot zh
screenshot en
wine reg add 'HKCU\Software\StatusCodex\status-codex' /v language /d zh /f >/dev/null

# Uninstalled: every installed file gone, the user's settings and progress kept.
wine "$folder/Uninstall.exe" /S
wineserver --wait
left=()
while IFS= read -r file; do
    [ -e "$folder/$file" ] && left+=("$file")
done <"$build/installed-files.txt"
[ ${#left[@]} -eq 0 ] || fail "the uninstaller left ${left[*]}"
[ ! -d "$folder" ] || fail "the uninstaller left the folder $folder"
[ -z "$(find "$drive_c" -path '*Start Menu*' -name 'Status Codex.lnk')" ] || fail "the Start-menu entry stayed"
[ -f "$progress" ] || fail "the uninstaller removed the user's study progress"
wine reg query 'HKCU\Software\StatusCodex\status-codex' /v language | tr -d '\r' | grep -q 'REG_SZ *zh' \
    || fail "the uninstaller removed the user's settings"
echo "installer: installed, ran, uninstalled; settings and progress kept"
