#!/usr/bin/env bash
# Makes every icon size from the one source, lodestar.svg. The results are
# committed, so building an installer needs none of these tools; run this
# only after changing the SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" lodestar.svg -o "lodestar-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert lodestar-16.png lodestar-24.png lodestar-32.png lodestar-48.png \
  lodestar-64.png lodestar-256.png lodestar.ico
# macOS: .icns with the sizes Finder and the Dock use.
png2icns lodestar.icns lodestar-16.png lodestar-32.png lodestar-48.png \
  lodestar-128.png lodestar-256.png lodestar-512.png >/dev/null
ls -l lodestar*
