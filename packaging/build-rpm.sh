#!/usr/bin/env bash
# Builds Lodestar's RPM package (Fedora, openSUSE, RHEL):
# target/dist/lodestar-<version>-1.<arch>.rpm
#
#   packaging/build-rpm.sh                # release build, then the .rpm
#   SKIP_BUILD=1 packaging/build-rpm.sh   # package the release binary already built
#
# Needs cargo and rpmbuild (on Debian/Ubuntu: apt-get install rpm). It holds
# the same files as the .deb (packaging/linux/stage.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022
command -v rpmbuild >/dev/null || { echo "build-rpm: rpmbuild is missing (Debian/Ubuntu: apt-get install rpm)" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --locked
fi
bin=target/release/lodestar
[ -x "$bin" ] || { echo "build-rpm: $bin is missing; build it first (cargo build --release)" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
# RPM versions have no "-": a pre-release (0.2.0-rc.1) sorts before the release as 0.2.0~rc.1.
version=${version//-/\~}
arch=$(uname -m)
top=$(mktemp -d)
trap 'rm -rf "$top"' EXIT
stage=$top/stage
mkdir -p "$stage" "$top/SPECS" "$top/RPMS"
chmod 755 "$stage"
packaging/linux/stage.sh "$stage" "$bin"

# rpmbuild finds libc, libm and libgcc_s in the binary itself. The display and
# graphics libraries are opened at run time (see build-linux.sh), so they are
# required by soname, which every RPM distribution provides under its own
# package names.
case "$arch" in x86_64 | aarch64 | ppc64le | s390x | riscv64) bits="()(64bit)" ;; *) bits="" ;; esac
requires=""
for so in libxkbcommon.so.0 libxkbcommon-x11.so.0 libX11.so.6 libX11-xcb.so.1 libXcursor.so.1 libXi.so.6 \
  libwayland-client.so.0 libwayland-cursor.so.0 libwayland-egl.so.1 libEGL.so.1 libGL.so.1 libvulkan.so.1 libfontconfig.so.1; do
  requires+="Requires: $so$bits"$'\n'
done

cat >"$top/SPECS/lodestar.spec" <<SPEC
Name:           lodestar
Version:        $version
Release:        1
Summary:        Leadership coaching for technicians
License:        MIT AND OFL-1.1
${requires}Recommends:     (mesa-vulkan-drivers or mesa-dri-drivers)
Recommends:     (xdg-desktop-portal-gtk or zenity)
Recommends:     xdg-utils

%description
Lodestar helps technicians grow into leaders: list the leadership
qualities you have and want, compare them with a recommended list, rate
skills over coaching sessions on a radar chart, and print a development
plan. It works offline and keeps every profile in your own config folder.

%install
cp -a "$stage/." "%{buildroot}/"

%files
%dir /usr/share/doc/lodestar
/usr/bin/lodestar
/usr/share/applications/lodestar.desktop
/usr/share/icons/hicolor/*/apps/lodestar.*
/usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml
/usr/share/mime/packages/lodestar.xml
%license /usr/share/doc/lodestar/copyright
SPEC

# The binary is already stripped and built: no debuginfo package, no brp steps
# that would rewrite it.
rpmbuild --quiet -bb "$top/SPECS/lodestar.spec" \
  --define "_topdir $top" --define "debug_package %{nil}" --define "__os_install_post %{nil}" \
  --define "_binary_payload w6.xzdio" --define "_build_id_links none" --target "$arch" >/dev/null
mkdir -p target/dist
out=target/dist/lodestar-$version-1.$arch.rpm
cp "$top/RPMS/$arch/lodestar-$version-1.$arch.rpm" "$out"
echo "built $out ($(du -h "$out" | cut -f1))"
