#!/usr/bin/env bash
# Cross-builds Lodestar for Windows on Debian/Ubuntu, then its installer:
#   target/x86_64-pc-windows-gnu/release/lodestar.exe   the app (no console window opens with it;
#                                                       given a command, it prints to the terminal)
#   target/dist/Lodestar-<version>-setup.exe            the NSIS installer (64-bit)
#
# Needs: rustup, and (as root) apt-get install mingw-w64 nsis.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu

for tool in x86_64-w64-mingw32-gcc makensis; do
  command -v "$tool" >/dev/null || {
    echo "build-windows: $tool is missing: apt-get install -y mingw-w64 nsis" >&2
    exit 1
  }
done
grep -qx "$target" <<<"$(rustup target list --installed)" || rustup target add "$target"

cargo build --release --locked --target "$target" --bin lodestar
bindir=target/$target/release
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
mkdir -p target/dist
out=$(pwd)/target/dist/Lodestar-$version-setup.exe
# makensis resolves the script's relative paths from the script's folder.
# Windows version resources take numbers only: 1.2.0-rc1 -> 1.2.0.
makensis -V2 -DVERSION="$version" -DNUMVERSION="${version%%-*}" -DBINDIR="$(pwd)/$bindir" \
  -DOUTFILE="$out" packaging/windows/lodestar.nsi
ls -l "$bindir/lodestar.exe" "$out"
