#!/usr/bin/env bash
# Installs the .deb built by build-linux.sh on this machine (as root), checks
# that every file is where the package says, that the desktop entry and the
# AppStream metadata validate, that the installed app answers on the command
# line and opens its window (screenshot under Xvfb), then removes it again.
#
#   packaging/test-deb.sh [target/dist/lodestar_<version>_<arch>.deb]
#
# Needs: root, apt-get; it installs xvfb, xdotool, imagemagick,
# desktop-file-utils, appstream and zenity (the message box) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
deb=${1:-target/dist/lodestar_${version}_$(dpkg --print-architecture).deb}
[ -f "$deb" ] || { echo "test-deb: $deb is missing: run packaging/build-linux.sh first" >&2; exit 1; }
deb=$(realpath "$deb")
[ "$(id -u)" -eq 0 ] || { echo "test-deb: run as root (it installs the package)" >&2; exit 1; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

tools=(xvfb xdotool imagemagick desktop-file-utils appstream zenity)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Fresh package lists: installing the .deb resolves its Depends from them.
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Installed-Size\|Depends\|Recommends\):/  \1:/p'
# apt resolves the declared Depends from the archive, as a user's install would.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
trap 'dpkg -r lodestar >/dev/null 2>&1 || true' EXIT

expected=(
  /usr/bin/lodestar
  /usr/share/applications/lodestar.desktop
  /usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml
  /usr/share/mime/packages/lodestar.xml
  /usr/share/icons/hicolor/scalable/apps/lodestar.svg
  /usr/share/doc/lodestar/copyright
)
for s in 16 24 32 48 64 128 256 512; do expected+=("/usr/share/icons/hicolor/${s}x${s}/apps/lodestar.png"); done
listed=$(dpkg -L lodestar)
for f in "${expected[@]}"; do
  grep -qx "$f" <<<"$listed" || fail "$f is not in the package"
  [ -f "$f" ] || fail "$f was not installed"
done
[ "$(identify -format '%wx%h' /usr/share/icons/hicolor/256x256/apps/lodestar.png)" = 256x256 ] || fail "icon size"
echo "files: all ${#expected[@]} in place"

desktop-file-validate /usr/share/applications/lodestar.desktop || fail "desktop entry"
grep -qx 'Exec=lodestar %f' /usr/share/applications/lodestar.desktop || fail "Exec"
grep -qx 'Icon=lodestar' /usr/share/applications/lodestar.desktop || fail "Icon"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml >/dev/null ||
  appstreamcli validate --no-net /usr/share/metainfo/org.lodestar.Lodestar.metainfo.xml || fail "metainfo"
echo "desktop entry and metainfo: valid"

# Every library the binary links must come from a package it depends on (or
# from libc6/libgcc-s1, which it also declares).
depends=$(dpkg-query -W -f='${Depends}' lodestar)
# Read whole into variables, not through pipes that stop early: with
# pipefail, a reader that exits after its first match (awk's exit, head,
# grep -q) leaves the writer to die of SIGPIPE, which fails the script
# (exit 141) depending on timing.
ldcache=$(ldconfig -p)
for lib in $(objdump -p /usr/bin/lodestar 2>/dev/null | awk '/NEEDED/ { print $2 }'); do
  path=$(awk -v l="$lib" '$1 == l && !found { print $NF; found = 1 }' <<<"$ldcache")
  # dpkg may know the file under /lib or /usr/lib (merged /usr).
  owners=$( { dpkg -S "$path" || dpkg -S "/usr$path" || dpkg -S "${path#/usr}"; } 2>/dev/null || true)
  pkg=${owners%%$'\n'*}
  pkg=${pkg%%:*}
  if [ -z "$pkg" ] || ! grep -q "$pkg" <<<"$depends"; then
    fail "$lib (${pkg:-no package}) is linked but not in Depends"
  fi
done
echo "linked libraries: all declared"

installed=$(lodestar --version)
echo "installed: $installed"
[ "$installed" = "lodestar $version" ] || fail "installed $installed, packaged $version"
cfg=$(mktemp -d)
listing=$(lodestar --config-dir "$cfg" profiles) || fail "CLI"
grep -q "Sample technician" <<<"$listing" || fail "CLI"

d=95
while [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
Xvfb :$d -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; dpkg -r lodestar >/dev/null 2>&1 || true' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$cfg}
# Started the way the launcher starts it: by name, from PATH.
(cd / && exec lodestar --config-dir "$cfg") >"$cfg/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 100); do
  window=$(xdotool search --name '^Lodestar' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { cat "$cfg/app.log" >&2; fail "no Lodestar window appeared"; }
sleep 2
kill -0 $app || fail "the app exited"
mkdir -p target/dist
import -window root target/dist/installed-window.png
echo "window: \"$(xdotool getwindowname "$window")\" ($(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')); screenshot target/dist/installed-window.png"
# The screenshot is not blank: the app painted its window.
colours=$(convert target/dist/installed-window.png -format '%k' info:)
[ "$colours" -gt 20 ] || fail "the window looks blank ($colours colours)"
kill $app
wait $app 2>/dev/null || true

# A renderer that always starts: with wgpu given no usable backend (as on a
# PC without Direct3D 12 or Vulkan), the app opens with OpenGL and paints.
fallback=$(mktemp -d)
(cd / && WGPU_BACKEND=dx12 LODESTAR_TRACE_FRAMES=1 exec lodestar --config-dir "$fallback") >"$fallback/app.log" 2>&1 &
app=$!
for _ in $(seq 100); do grep -q '^lodestar-frame 2 ' "$fallback/app.log" && break; sleep 0.2; done
grep -q '^lodestar-frame 2 ' "$fallback/app.log" || { cat "$fallback/app.log" >&2; fail "no frame with OpenGL"; }
grep -q 'opening with OpenGL' "$fallback/app.log" || fail "the fallback was not said"
sleep 1
import -window root target/dist/opengl-window.png
colours=$(convert target/dist/opengl-window.png -format '%k' info:)
[ "$colours" -gt 20 ] || fail "the OpenGL window looks blank ($colours colours)"
kill $app
wait $app 2>/dev/null || true
echo "renderer fallback: wgpu without a backend, opened with OpenGL (target/dist/opengl-window.png)"

# No renderer at all (no OpenGL either): a message box that says what is
# missing (zenity draws it on Linux), and an exit code; never a silent exit.
# (Mesa told to load a driver that does not exist: GLX finds no config.)
(cd / && WGPU_BACKEND=dx12 LIBGL_DRIVERS_PATH=/nonexistent MESA_LOADER_DRIVER_OVERRIDE=nonexistent \
  exec lodestar --config-dir "$fallback") >"$fallback/none.log" 2>&1 </dev/null &
app=$!
box=""
for _ in $(seq 100); do
  box=$(xdotool search --name 'Lodestar cannot open its window' 2>/dev/null | head -n 1) && [ -n "$box" ] && break
  kill -0 $app 2>/dev/null || break
  sleep 0.2
done
[ -n "$box" ] || { cat "$fallback/none.log" >&2; fail "no renderer: no message box"; }
sleep 1
import -window root target/dist/no-renderer.png
# No window manager here to press OK with: the box is closed.
xdotool windowclose "$box" 2>/dev/null || true
set +e
for _ in $(seq 50); do kill -0 $app 2>/dev/null || break; sleep 0.2; done
kill $app 2>/dev/null
wait $app
code=$?
set -e
[ "$code" -ne 0 ] || fail "no renderer: exit code 0"
grep -q 'could not open its window' "$fallback/none.log" || { cat "$fallback/none.log" >&2; fail "no renderer: nothing on stderr"; }
echo "no renderer: message box shown (target/dist/no-renderer.png), exit code $code"
echo "test-deb: OK"
