#!/usr/bin/env bash
# Runs the Windows installer built by build-windows.sh under Wine, in a fresh
# Wine prefix on a virtual screen, and checks what a Windows user would:
#   - the installer installs silently (per user, no administrator);
#   - the installed lodestar.exe answers commands in a terminal
#     (`lodestar profiles`, `lodestar plan sample --out plan.pdf`), found on
#     PATH, with the exit code of the command;
#   - the app opens its window and paints (frame logged, screenshot not blank);
#   - a double-clicked .lodestar file (ShellExecute, through the registry)
#     opens Lodestar, which takes the profile in;
#   - the uninstaller removes the program, its registry entries and its PATH
#     entry, and keeps the profiles.
#
#   packaging/test-windows.sh [target/dist/Lodestar-<version>-setup.exe]
#
# Needs (it installs what is missing, as root): wine, wine64, xvfb, xdotool,
# imagemagick, poppler-utils, mingw-w64.
#
# Wine 8 (Debian 12) lacks ProcessPrng (bcryptprimitives.dll), which every
# Rust program asks Windows 10 and 11 for: a stand-in DLL, built here from
# packaging/wine/processprng.c, goes into the test prefix (never into the
# installer). Wine has no working Direct3D 12 shader compiler, so the
# first renderer fails there, as on a PC with a broken Direct3D 12, and
# the app opens with OpenGL: that fallback is checked too.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
setup=${1:-target/dist/Lodestar-$version-setup.exe}
[ -f "$setup" ] || { echo "test-windows: $setup is missing: run packaging/build-windows.sh first" >&2; exit 1; }
setup=$(realpath "$setup")
fail() { echo "test-windows: FAIL: $*" >&2; exit 1; }

tools=(wine wine64 xvfb xdotool imagemagick poppler-utils mingw-w64)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "test-windows: as root, apt-get install -y ${missing[*]}" >&2; exit 1; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
d=93
while [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
Xvfb :$d -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all DISPLAY=:$d
# No Mono or Gecko download prompts in a fresh prefix.
export WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
  wineserver -k 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "test-windows: FAIL: line $LINENO: $BASH_COMMAND" >&2' ERR
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done

wine=wine
echo "setup: $setup ($(du -h "$setup" | cut -f1)); $($wine --version)"
$wine wineboot --init >/dev/null 2>&1
wineserver -w
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  packaging/wine/processprng.c packaging/wine/processprng.def -ladvapi32

# Windows paths of this prefix's user folders, and their Unix twins.
winvar() { $wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
unix() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
localappdata=$(winvar LOCALAPPDATA)
appdata=$(winvar APPDATA)
inst="$localappdata\\Programs\\Lodestar"
inst_u=$(unix "$inst")
memo_u=$(unix "$localappdata\\Lodestar\\Lodestar\\cache\\renderer")

# 1. The installer, silently, as a user would run it (/S: no pages).
$wine "$setup" /S
wineserver -w
for f in lodestar.exe uninstall.exe lodestar.ico; do
  [ -f "$inst_u/$f" ] || fail "$inst\\$f was not installed"
done
[ ! -e "$inst_u/lodestar-cli.exe" ] || fail "lodestar-cli.exe is still installed"
size=$(stat -c %s "$setup")
[ "$size" -le 25000000 ] || fail "the installer is $((size / 1000000)) MB (25 MB at most)"
# A registry value ("" when there is none).
regval() { { $wine reg query "$1" /v "$2" 2>/dev/null || true; } | tr -d '\r' | awk -v v="$2" '$1 == v { sub(/^ *[^ ]+ +[^ ]+ +/, ""); print }'; }
regdefault() { { $wine reg query "$1" /ve 2>/dev/null || true; } | tr -d '\r' | awk '/REG_SZ/ { sub(/.*REG_SZ +/, ""); print }'; }
[ "$(regval 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lodestar' DisplayVersion)" = "$version" ] ||
  fail "no Apps & features entry for $version"
[ "$(regdefault 'HKCU\Software\Classes\.lodestar')" = "Lodestar.Profile" ] || fail ".lodestar is not registered"
regpath=$(regval 'HKCU\Environment' Path)
case ";$regpath;" in *";$inst;"*) ;; *) fail "PATH ($regpath) does not have $inst" ;; esac
echo "installed: $inst (lodestar.exe $(du -h "$inst_u/lodestar.exe" | cut -f1)); .lodestar registered; on PATH"

# 2. Commands in a terminal: cmd.exe finds `lodestar` on PATH (a new
# session reads the user's PATH from the registry), and the GUI program
# prints into cmd's console and returns the command's exit code.
wineserver -k || true
out=$($wine cmd /c "lodestar --version" 2>&1 | tr -d '\r')
[ "$out" = "lodestar $version" ] || fail "lodestar --version in cmd said: $out"
out=$($wine cmd /c "lodestar profiles" 2>&1 | tr -d '\r')
grep -q "Sample technician" <<<"$out" || fail "lodestar profiles said: $out"
# The config folder, as Lodestar says it (under %APPDATA%).
where=$($wine cmd /c "lodestar where" 2>/dev/null | tr -d '\r' | sed -n 1p)
case "$where" in "$appdata"\\*) ;; *) fail "the config folder $where is not under $appdata" ;; esac
profiles_u=$(unix "$where")
has_profile() { grep -qs "\"name\": \"$1\"" "$profiles_u"/profiles/*.json; }
has_profile "Sample technician" || fail "no sample profile in $where\\profiles"
$wine cmd /c "lodestar plan sample --out C:\\plan.pdf" >/dev/null 2>&1 || fail "lodestar plan exited with an error"
pdf=$WINEPREFIX/drive_c/plan.pdf
pdftext=$(pdftotext "$pdf" - 2>/dev/null || true)
grep -q "Sample technician" <<<"$pdftext" || fail "the plan PDF has no name in it"
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
code=0
$wine cmd /c "lodestar plan nobody --out C:\\none.pdf" >"$work/err.txt" 2>&1 || code=$?
[ "$code" -ne 0 ] || fail "an unknown profile exited with 0"
grep -qi "nobody" "$work/err.txt" || fail "the error does not name the profile: $(cat "$work/err.txt")"
echo "terminal: lodestar --version, profiles, plan ($pages-page PDF, $(du -h "$pdf" | cut -f1)); an error exits $code"
# The plan in German (#17): the language's texts and dates are in the
# Windows program too.
$wine cmd /c "lodestar --lang de plan sample --out C:\\plan-de.pdf" >/dev/null 2>&1 || fail "lodestar --lang de plan exited with an error"
pdftext_de=$(pdftotext "$WINEPREFIX/drive_c/plan-de.pdf" - 2>/dev/null || true)
grep -q "Entwicklungsplan" <<<"$pdftext_de" && grep -q "Wo ich stehe" <<<"$pdftext_de" ||
  fail "the German plan has no German headings: $(head -c 300 <<<"$pdftext_de")"
echo "languages: lodestar --lang de plan made a German plan"

# Feedback from colleagues: the form made on Windows, three answer files
# (as the form saves them) taken in with `lodestar import`.
$wine cmd /c "lodestar feedback-request sample --out C:\\form.html" >/dev/null 2>&1 || fail "lodestar feedback-request exited with an error"
form=$(cat "$WINEPREFIX/drive_c/form.html")
attr() { sed -n "s/.*$1=\"\([^\"]*\)\".*/\1/p" <<<"$form" | sed -n 1p; }
fprofile=$(attr data-profile); frequest=$(attr data-request); fkey=$(attr data-key); fskill=$(attr data-skill)
[ -n "$fprofile" ] && [ -n "$frequest" ] && [ -n "$fkey" ] && [ -n "$fskill" ] || fail "the form carries no request: $fprofile $frequest $fskill"
for n in 1 2 3; do
  printf '{"kind":"lodestar-feedback-answers","format":1,"profile":"%s","request":%s,"key":"%s","answer":%s,"signed":"","skills":[{"skill":"%s","level":%s}]}\n' \
    "$fprofile" "$frequest" "$fkey" "$((700 + n))" "$fskill" "$((n + 1))" >"$WINEPREFIX/drive_c/answers-$n.json"
  out=$($wine cmd /c "lodestar import C:\\answers-$n.json" 2>&1 | tr -d '\r' || true)
done
grep -q "3 answers, so the colleagues' view shows" <<<"$out" || fail "the third answer said: $out"
echo "feedback: the form made ($(wc -c <"$WINEPREFIX/drive_c/form.html") bytes), three answers taken in"

# 3. The window, as the Start menu entry starts it.
log=$work/app.log
(LODESTAR_TRACE_FRAMES=1 $wine "$inst_u/lodestar.exe" >"$log" 2>&1 || true) 2>/dev/null &
app=$!
for _ in $(seq 300); do grep -q '^lodestar-frame 2 ' "$log" && break; sleep 0.2; done
grep -q '^lodestar-frame 2 ' "$log" || { cat "$log" >&2; fail "no frame painted"; }
first=$(sed -n 's/^lodestar-frame 1 at \([0-9.]*\)s.*/\1/p' "$log")
# Wine's Direct3D 12 cannot compile shaders and its Vulkan is the host's
# software renderer, which wgpu declines: the app must say so and open with
# OpenGL (the renderer fallback, on Windows).
grep -q 'opening with OpenGL' "$log" || { cat "$log" >&2; fail "the OpenGL fallback was not taken or not said"; }
renderer="OpenGL ($(sed -n 's/^Lodestar: the default renderer could not start (\(.*\)); opening with OpenGL.*/\1/p' "$log" | cut -c1-100))"
sleep 2
mkdir -p target/dist
import -window root target/dist/windows-window.png
colours=$(convert target/dist/windows-window.png -format '%k' info:)
[ "$colours" -gt 20 ] || fail "the window looks blank ($colours colours)"
xdotool search --name '^Lodestar' >/dev/null || fail "no window named Lodestar"
echo "window: first frame at ${first}s with $renderer; screenshot target/dist/windows-window.png ($colours colours)"
wineserver -k || true
{ wait $app; } 2>/dev/null || true
# OpenGL had to take over: the machine's cache remembers it, so the next
# start (below) opens with OpenGL straight away.
[ -f "$memo_u" ] || fail "the renderer was not remembered in %LOCALAPPDATA%\\Lodestar\\Lodestar\\cache"

# 4. A .lodestar file opened from Explorer. Explorer looks the file type up
# in HKEY_CLASSES_ROOT, which on Windows includes the per-user classes the
# installer wrote (HKCU\Software\Classes); Wine 8's does not, so its
# ShellExecute cannot find a per-user association. The test follows the
# registry as Explorer does: .lodestar -> its class -> the open command,
# with %1 the file, and runs that; the app must take the profile in.
$wine "$inst_u/lodestar.exe" export-profile sample 'C:\sample.json' >/dev/null 2>&1
# Another technician's profile: a new id and name.
sed -e '0,/"id": "p-[0-9a-f]*"/s//"id": "p-d0a0d0a0d0a0d0a0"/' \
  -e 's/"name": "Sample technician"/"name": "Dana Winecheck"/' \
  "$WINEPREFIX/drive_c/sample.json" >"$WINEPREFIX/drive_c/dana.lodestar"
class=$(regdefault 'HKCU\Software\Classes\.lodestar')
command=$(regdefault "HKCU\Software\Classes\\$class\shell\open\command")
[ "$command" = "\"$inst\\lodestar.exe\" \"%1\"" ] || fail "the open command is $command"
opened=${command//%1/C:\\dana.lodestar}
printf '@echo off\r\n%s\r\n' "$opened" >"$WINEPREFIX/drive_c/open.bat"
(LODESTAR_TRACE_FRAMES=1 $wine cmd /c 'C:\open.bat' >"$log" 2>&1 || true) 2>/dev/null &
app=$!
for _ in $(seq 300); do has_profile "Dana Winecheck" && break; sleep 0.2; done
has_profile "Dana Winecheck" || { cat "$log" >&2; fail "the .lodestar file was not taken in"; }
for _ in $(seq 100); do grep -q '^lodestar-frame 3 ' "$log" && break; sleep 0.2; done
! grep -q 'could not start' "$log" || { cat "$log" >&2; fail "the second start tried wgpu again"; }
second=$(sed -n 's/^lodestar-frame 1 at \([0-9.]*\)s.*/\1/p' "$log")
sleep 2
import -window root target/dist/windows-opened-file.png
wineserver -k || true
{ wait $app; } 2>/dev/null || true
out=$($wine "$inst_u/lodestar.exe" profiles 2>&1 | tr -d '\r')
grep -q "Dana Winecheck" <<<"$out" || fail "the taken-in profile is not listed: $out"
echo "file association: $command opened C:\\dana.lodestar; \"Dana Winecheck\" was added (target/dist/windows-opened-file.png)"
echo "second start: OpenGL remembered, first frame at ${second}s"

# 5. The uninstaller: the program goes, the profiles stay.
$wine "$inst_u/uninstall.exe" /S
wineserver -w
for _ in $(seq 50); do [ -e "$inst_u/lodestar.exe" ] || break; sleep 0.2; done
[ ! -e "$inst_u/lodestar.exe" ] || fail "lodestar.exe is still there after uninstalling"
[ ! -e "$inst_u" ] || fail "$inst is still there after uninstalling: $(ls "$inst_u")"
[ ! -e "$memo_u" ] || fail "the renderer memo is still there after uninstalling"
has_profile "Sample technician" && has_profile "Dana Winecheck" ||
  fail "uninstalling removed the profiles"
[ -z "$(regdefault 'HKCU\Software\Classes\.lodestar')" ] || fail ".lodestar is still registered"
[ -z "$(regval 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lodestar' DisplayName)" ] ||
  fail "still in Apps & features"
case ";$(regval 'HKCU\Environment' Path);" in *";$inst;"*) fail "still on PATH" ;; esac
echo "uninstalled: program, registry entries and PATH entry gone; both profiles kept"

# 6. A PATH longer than NSIS can hold (1024 characters) is left exactly as
# it was by the installer and the uninstaller: never cut or replaced.
long=$(for i in $(seq 110); do printf 'C:\\tools\\t%03d;' "$i"; done)
long=${long%;}
$wine reg add 'HKCU\Environment' /v Path /t REG_EXPAND_SZ /d "$long" /f >/dev/null 2>&1
$wine "$setup" /S
wineserver -w
[ "$(regval 'HKCU\Environment' Path)" = "$long" ] || fail "the installer changed a ${#long}-character PATH"
$wine "$inst_u/uninstall.exe" /S
wineserver -w
[ "$(regval 'HKCU\Environment' Path)" = "$long" ] || fail "the uninstaller changed a ${#long}-character PATH"
echo "a ${#long}-character PATH: left as it was by the installer and the uninstaller"
echo "test-windows: OK"
