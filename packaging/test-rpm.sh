#!/usr/bin/env bash
# Checks the .rpm built by build-rpm.sh on this (Debian) machine: it holds
# exactly the files of the .deb, requires every library the app links or
# opens, and, unpacked by rpm into a scratch root, the installed binary runs.
#
#   packaging/test-rpm.sh [target/dist/lodestar-<version>-1.<arch>.rpm]
#
# Needs rpm (apt-get install rpm) and the .deb from build-linux.sh beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
rpmversion=${version//-/\~}
rpmfile=${1:-target/dist/lodestar-$rpmversion-1.$(uname -m).rpm}
deb=target/dist/lodestar_${version}_$(dpkg --print-architecture).deb
fail() { echo "test-rpm: FAIL: $*" >&2; exit 1; }
[ -f "$rpmfile" ] || fail "$rpmfile is missing: run packaging/build-rpm.sh first"
[ -f "$deb" ] || fail "$deb is missing: run packaging/build-linux.sh first"
echo "package: $rpmfile ($(du -h "$rpmfile" | cut -f1))"

[ "$(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpmfile")" = "lodestar $rpmversion" ] || fail "name or version"

# The same files as the .deb.
rpm_files=$(rpm -qp --queryformat '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpmfile" | awk '$1 !~ /^d/ { print $2 }' | sort)
deb_files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | sort)
[ "$rpm_files" = "$deb_files" ] || fail "files differ from the .deb: $(diff <(echo "$rpm_files") <(echo "$deb_files") | tr '\n' ' ')"
echo "files: the same $(wc -l <<<"$rpm_files") as the .deb"
rpmfiles=$(rpm -qpl "$rpmfile")
grep -qx /usr/share/doc/lodestar <<<"$rpmfiles" || fail "the doc folder is not owned (it would stay behind)"

# Every soname the .deb depends on by package is required by soname here.
requires=$(rpm -qp --requires "$rpmfile")
for so in libc.so.6 libm.so.6 libgcc_s.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0 libX11.so.6 libX11-xcb.so.1 \
  libXcursor.so.1 libXi.so.6 libwayland-client.so.0 libwayland-cursor.so.0 libwayland-egl.so.1 libEGL.so.1 \
  libvulkan.so.1 libfontconfig.so.1; do
  grep -q "^$so()" <<<"$requires" || fail "$so is not required"
done
echo "requires: $(grep -c '\.so' <<<"$requires") library entries, all the app opens"

# rpm itself unpacks it into a scratch root; the installed program answers.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# (Debian's rpm warns that it is not the system's package manager: kept aside.)
rpm --root "$root" --dbpath /rpmdb --initdb 2>"$root/rpm.log" || { cat "$root/rpm.log" >&2; fail "rpm --initdb"; }
rpm --root "$root" --dbpath /rpmdb -i --nodeps --noscripts "$rpmfile" 2>"$root/rpm.log" ||
  { cat "$root/rpm.log" >&2; fail "rpm -i"; }
[ "$(rpm --root "$root" --dbpath /rpmdb -q lodestar)" = "lodestar-$rpmversion-1.$(uname -m)" ] || fail "not registered"
[ "$(stat -c %a "$root/usr/bin/lodestar")" = 755 ] || fail "binary mode"
installed=$("$root/usr/bin/lodestar" --version)
[ "$installed" = "lodestar $version" ] || fail "installed $installed, packaged $version"
cfg=$(mktemp -d)
listing=$("$root/usr/bin/lodestar" --config-dir "$cfg" profiles) || fail "CLI"
grep -q "Sample technician" <<<"$listing" || fail "CLI"
rm -rf "$cfg"
grep -qx 'Exec=lodestar %f' "$root/usr/share/applications/lodestar.desktop" || fail "desktop entry"
[ -f "$root/usr/share/mime/packages/lodestar.xml" ] || fail "the .lodestar file type"
echo "installed into a scratch root: $installed, CLI works"
echo "test-rpm: OK"
