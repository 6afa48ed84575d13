#!/usr/bin/env bash
# Checks the desktop bundle on a clean Debian root with nothing beyond the
# base system: no Python, no Qt, no X or OpenGL libraries.
#   packaging/check_bundle.sh [BUNDLE_DIR] [ROOT_DIR]
# BUNDLE_DIR defaults to a fresh build (build_bundle.sh); ROOT_DIR (default
# $PILOT_PLANNER_CHECK_ROOT or /tmp/pilot-planner-bookworm) is made with
# `debootstrap --variant=minbase bookworm` when it does not exist yet (mirror:
# $DEBIAN_MIRROR, default the one this machine's apt uses). Needs root (chroot,
# mount). Copies the bundle to ROOT/opt/pilot-planner, then inside the root:
# checks every Qt library and the platforms the app uses resolve, runs the
# commands and every export format, starts the app offscreen and hands a second
# file over to it. Then (unless CHECK_DESKTOP=0), in a copy ROOT-desktop with only
# xdg-utils, shared-mime-info, desktop-file-utils and libglib2.0-bin added (apt,
# once), runs desktop-install as a plain user, confirms it with xdg-mime and
# uninstalls. Exit 0 when all worked; 77 when it cannot run here (not root, no
# debootstrap), with the reason.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" != 0 ]; then echo "SKIP: needs root for chroot" >&2; exit 77; fi
bundle=${1:-}
if [ -z "$bundle" ]; then bundle=$("$here/build_bundle.sh" "$(mktemp -d)"); fi
bundle=$(cd "$bundle" && pwd)
root=${2:-${PILOT_PLANNER_CHECK_ROOT:-/tmp/pilot-planner-bookworm}}
mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}
step() { echo "== $*"; }
# One check at a time per root (check_wheel_root.sh takes the same lock).
exec 9>"$root.lock"
flock 9

# OFFLINE=1 (the test suite): use the roots already made, never download.
if [ "${OFFLINE:-0}" = 1 ] && [ ! -x "$root/bin/sh" ]; then
  echo "SKIP: no check root at $root, and making one downloads Debian (run packaging/check_bundle.sh by hand once)" >&2
  exit 77
fi
if [ ! -x "$root/bin/sh" ]; then
  command -v debootstrap >/dev/null || { echo "SKIP: debootstrap is not installed" >&2; exit 77; }
  step "debootstrap --variant=minbase bookworm $root $mirror"
  if ! debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1; then
    echo "FAIL: debootstrap could not make the root; its log: $root.debootstrap.log" >&2
    tail -5 "$root.debootstrap.log" >&2
    exit 3
  fi
fi

step "the root is bare: no Python, no Qt, no X or OpenGL libraries"
if chroot "$root" /bin/sh -c 'command -v python3 || command -v python'; then
  echo "FAIL: the root has a Python" >&2; exit 1
fi
extra=$(chroot "$root" /bin/sh -c 'ls /usr/lib/*/libQt6* /usr/lib/*/libGL.so.1 /usr/lib/*/libEGL.so.1 \
  /usr/lib/*/libxcb.so.1 /usr/lib/*/libX11.so.6 /usr/lib/*/libfontconfig.so.1 2>/dev/null || true')
if [ -n "$extra" ]; then echo "FAIL: the root is not bare: $extra" >&2; exit 1; fi
chroot "$root" /bin/sh -c '. /etc/os-release; echo "$PRETTY_NAME, $(dpkg-query -W -f=. | wc -c) packages"'

step "copy the bundle to /opt/pilot-planner ($(du -sh "$bundle" | cut -f1))"
rm -rf "$root/opt/pilot-planner" "$root/tmp/check"
cp -a "$bundle" "$root/opt/pilot-planner"
mkdir -p "$root/tmp/check"
mounted=""
if ! mountpoint -q "$root/proc"; then mount -t proc proc "$root/proc"; mounted=1; fi
cleanup() { if [ -n "$mounted" ]; then umount "$root/proc"; fi; }
trap cleanup EXIT

inroot() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/check /bin/sh -c "cd /tmp/check && $1"
}

step "every library the bundle's Qt and its platforms (offscreen, xcb, wayland) need resolves"
missing=$(inroot 'cd /opt/pilot-planner/_internal && export LD_LIBRARY_PATH=$PWD:$PWD/PySide6/Qt/lib &&
  for f in PySide6/*.so* PySide6/Qt/lib/*.so* PySide6/Qt/plugins/platforms/libq*.so \
           PySide6/Qt/plugins/imageformats/*.so PySide6/Qt/plugins/iconengines/*.so \
           PySide6/Qt/plugins/xcbglintegrations/*.so PySide6/Qt/plugins/wayland-*/*.so; do
    ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"; done')
if [ -n "$missing" ]; then echo "FAIL: missing libraries:" >&2; echo "$missing" >&2; exit 1; fi
echo "all resolve"

P=/opt/pilot-planner/pilot-planner
for cmd in "--help" "--version" "new x.pilotplan" "validate x.pilotplan" "show x.pilotplan" \
  "gates x.pilotplan --lang fr" "export x.pilotplan -o x.xlsx" "export x.pilotplan -o x-fr.xlsx --lang fr" \
  "export x.pilotplan -o x.pptx" "export x.pilotplan -o x.pdf" "export x.pilotplan -o x.png" \
  "export x.pilotplan -o x.ics" "export x.pilotplan -o x.xml"; do
  step "pilot-planner $cmd"
  inroot "$P $cmd" > "$root/tmp/check/out.txt" 2> "$root/tmp/check/err.txt" || {
    echo "FAIL: pilot-planner $cmd" >&2; cat "$root/tmp/check/err.txt" >&2; exit 1; }
  head -2 "$root/tmp/check/out.txt"
done
for f in x.xlsx x-fr.xlsx x.pptx x.pdf x.png x.ics x.xml; do test -s "$root/tmp/check/$f"; done

step "pilot-planner x.pilotplan: the app starts offscreen and stays up (stopped after 15 s)"
set +e
inroot "timeout 15 $P x.pilotplan" 2> "$root/tmp/check/app.err"
rc=$?
set -e
if [ "$rc" != 124 ] || grep -q "Traceback\|ERROR" "$root/tmp/check/app.err"; then
  echo "FAIL: the app exited with $rc" >&2; cat "$root/tmp/check/app.err" >&2; exit 1
fi
echo "up for 15 s; what it said:"; sed 's/^/  /' "$root/tmp/check/app.err" | sort | uniq -c | head -5
step "a second start hands its file to the running app and ends (exit 0)"
set +e
inroot "cp x.pilotplan y.pilotplan; timeout 60 $P x.pilotplan 2>/dev/null & first=\$!; sleep 10;
  timeout 30 $P y.pilotplan 2>ho.err; rc=\$?; kill \$first; exit \$rc"
rc=$?
set -e
if [ "$rc" != 0 ]; then
  echo "FAIL: the second start exited with $rc (124: it opened a window of its own)" >&2
  cat "$root/tmp/check/ho.err" >&2; exit 1
fi
echo "handed over"

# The desktop integration needs the desktop's own tools (a desktop has them; the
# bare root has not): checked in a copy of the root with only those added.
desk="$root-desktop"
if [ "${OFFLINE:-0}" = 1 ] && [ ! -x "$desk/usr/bin/xdg-mime" ]; then
  echo "== desktop-install check skipped: its root $desk is not made yet (apt downloads; run by hand once)"
  CHECK_DESKTOP=0
fi
if [ "${CHECK_DESKTOP:-1}" = 1 ]; then
  step "desktop-install as a plain user in a copy of the root with xdg-utils, shared-mime-info, glib"
  if [ ! -x "$desk/usr/bin/xdg-mime" ]; then
    rm -rf "$desk"; cp -ax "$root" "$desk"  # -x: not the mounted /proc
    cp /etc/resolv.conf "$desk/etc/resolv.conf"
    mount -t proc proc "$desk/proc"
    if ! chroot "$desk" /bin/sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends xdg-utils shared-mime-info \
        desktop-file-utils libglib2.0-bin >/dev/null && useradd -m ann'; then
      umount "$desk/proc"; echo "FAIL: apt-get in the desktop root (see above)" >&2; exit 1
    fi
    umount "$desk/proc"
  fi
  rm -rf "$desk/opt/pilot-planner"; cp -a "$bundle" "$desk/opt/pilot-planner"
  cp "$root/tmp/check/x.pilotplan" "$desk/home/ann/mail-attachment.pilotplan"
  chroot "$desk" chown ann: /home/ann/mail-attachment.pilotplan
  asann() {
    chroot --userspec=ann:ann "$desk" /usr/bin/env -i HOME=/home/ann PATH=/usr/bin:/bin \
      LANG=C.UTF-8 /bin/sh -c "cd /home/ann && $1"
  }
  asann "$P desktop-install --lang fr" | tail -1
  type=$(asann "XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype mail-attachment.pilotplan")
  default=$(asann "xdg-mime query default application/x-pilot-planner")
  exec_line=$(asann "grep ^Exec= .local/share/applications/pilot-planner.desktop")
  echo "xdg-mime query filetype: $type; query default: $default; $exec_line"
  [ "$type" = application/x-pilot-planner ] && [ "$default" = pilot-planner.desktop ] &&
    [ "$exec_line" = "Exec=$P %f" ] || { echo "FAIL: desktop integration" >&2; exit 1; }
  asann "$P desktop-uninstall" | tail -1
  left=$(asann "find .local .config -newer mail-attachment.pilotplan 2>/dev/null | grep -i pilot" || true)
  [ -z "$left" ] || { echo "FAIL: left after uninstall: $left" >&2; exit 1; }
fi
echo "OK: the bundle runs on a bare Debian bookworm root ($(du -sh "$bundle" | cut -f1))"
