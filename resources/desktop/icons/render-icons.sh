#!/usr/bin/env bash
# Renders the committed icon files from the two hand-written SVGs; run it
# after changing either SVG and commit what it writes. Needs rsvg-convert
# (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
#   hicolor/<n>x<n>/apps/<id>.png  the Linux theme sizes
#   status-codex.ico               Windows: 16, 24, 32, 48, 64, 256
#   status-codex.icns              macOS:   16, 32, 48, 128, 256, 512
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.statuscodex.StatusCodex
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons.sh: $tool is missing" >&2; exit 1; }
done

for size in 16 22 24 32 48 64 128 256 512; do
    # Below 22 px the large drawing's strokes run together; 16 px has its own.
    source=$id.svg
    [ "$size" -eq 16 ] && source=$id-16.svg
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$source" -o "hicolor/${size}x${size}/apps/$id.png"
done

png() { echo "hicolor/$1x$1/apps/$id.png"; }
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 256)" status-codex.ico
png2icns status-codex.icns "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
