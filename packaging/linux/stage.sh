#!/usr/bin/env bash
# Lays out the files every Linux package of Lodestar installs, under STAGE:
#   /usr/bin/lodestar
#   /usr/share/applications/lodestar.desktop
#   /usr/share/icons/hicolor/<size>/apps/lodestar.png (16-512 px) and scalable/apps/lodestar.svg
#   /usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml
#   /usr/share/mime/packages/lodestar.xml (the .lodestar file type, opened by Lodestar)
#   /usr/share/doc/lodestar/copyright
# Used by build-linux.sh (.deb) and build-rpm.sh (.rpm), so both hold the same files.
#
#   packaging/linux/stage.sh STAGE [BINARY]
set -euo pipefail
stage=$(realpath -m "${1:?usage: stage.sh STAGE [BINARY]}")
bin=$(realpath -m "${2:-$(dirname "$0")/../../target/release/lodestar}")
cd "$(dirname "$0")/../.."
umask 022

install -Dm755 "$bin" "$stage/usr/bin/lodestar"
install -Dm644 packaging/linux/lodestar.desktop "$stage/usr/share/applications/lodestar.desktop"
install -Dm644 packaging/linux/lodestar-mime.xml "$stage/usr/share/mime/packages/lodestar.xml"
install -Dm644 packaging/linux/org.lodestar.Lodestar.metainfo.xml \
  "$stage/usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "packaging/icons/lodestar-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/lodestar.png"
done
install -Dm644 packaging/icons/lodestar.svg "$stage/usr/share/icons/hicolor/scalable/apps/lodestar.svg"
install -d "$stage/usr/share/doc/lodestar"
# The copyright file, with the font licence's full text (distributions have no copy of it).
{ cat packaging/linux/copyright; echo; echo "License: OFL-1.1"; sed 's/^$/./; s/^/ /' assets/fonts/OFL.txt; } \
  >"$stage/usr/share/doc/lodestar/copyright"
chmod 644 "$stage/usr/share/doc/lodestar/copyright"
