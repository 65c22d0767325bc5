#!/usr/bin/env bash
# Builds Lodestar's Debian/Ubuntu package: target/dist/lodestar_<version>_<arch>.deb
#
#   packaging/build-linux.sh            # release build, then the .deb
#   SKIP_BUILD=1 packaging/build-linux.sh   # package the release binary already built
#
# Needs only cargo and dpkg-deb (on every Debian/Ubuntu). The package installs
# the files packaging/linux/stage.sh lays out (the same as in the .rpm).
set -euo pipefail
cd "$(dirname "$0")/.."
# Files in the package: 0644, folders and the binary 0755, whatever the caller's umask.
umask 022

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --locked
fi
bin=target/release/lodestar
[ -x "$bin" ] || { echo "build-linux: $bin is missing; build it first (cargo build --release)" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
arch=$(dpkg --print-architecture)
out=target/dist/lodestar_${version}_${arch}.deb
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"

packaging/linux/stage.sh "$stage" "$bin"

# The binary links only libc, libm and libgcc_s; eframe/winit/wgpu open the
# display and graphics libraries at run time (dlopen), and egui finds the
# system's fonts through fontconfig the same way, so dpkg-shlibdeps cannot see
# them (libGL: the OpenGL fallback over GLX). This list is what the app opened itself when started under X11
# (strace -f -e openat), plus what winit opens on a Wayland desktop.
# The newest glibc symbol version the binary uses is the libc6 it needs.
glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
depends="libc6 (>= $glibc), libgcc-s1, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1"
depends+=", libxcursor1, libxi6, libwayland-client0, libwayland-cursor0, libwayland-egl1"
depends+=", libegl1, libgl1, libvulkan1, libfontconfig1"
# A Vulkan or OpenGL driver draws the window; the file dialogs need a desktop
# portal or zenity; "Print" and "Open the folder" hand over to xdg-open.
recommends="mesa-vulkan-drivers | libgl1-mesa-dri, xdg-desktop-portal-gtk | zenity, xdg-utils"

mkdir -p "$stage/DEBIAN"
cat >"$stage/DEBIAN/control" <<CONTROL
Package: lodestar
Version: $version
Architecture: $arch
Maintainer: The Lodestar developers <lodestar@localhost>
Installed-Size: $(du -sk "$stage/usr" | cut -f1)
Depends: $depends
Recommends: $recommends
Section: education
Priority: optional
Description: leadership coaching for technicians
 Lodestar helps technicians grow into leaders: list the leadership
 qualities you have and want, compare them with a recommended list, rate
 skills over coaching sessions on a radar chart, and print a development
 plan. It works offline and keeps every profile in your own config folder.
CONTROL

mkdir -p target/dist
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
echo "built $out ($(du -h "$out" | cut -f1))"
