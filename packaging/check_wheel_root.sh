#!/usr/bin/env bash
# Installs the wheel on a clean Debian root and runs it there:
#   packaging/check_wheel_root.sh [WHEEL] [ROOT_DIR]
# ROOT_DIR (default $PILOT_PLANNER_CHECK_ROOT or /tmp/pilot-planner-bookworm) is the
# bare `debootstrap --variant=minbase bookworm` root of check_bundle.sh (made the
# same way if missing). A copy ROOT-wheel gets, with apt, only Python's venv and
# the system libraries PySide6's wheel loads (the list below: the minimum found
# here), then a plain user installs the wheel with pip into a virtual environment
# (dependencies from PyPI), runs new, validate, export, starts the app offscreen,
# and runs desktop-install confirmed with xdg-mime. Needs root. Exit 0 when all
# worked, 77 when it cannot run here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" != 0 ]; then echo "SKIP: needs root for chroot" >&2; exit 77; fi
wheel=${1:-}
if [ -z "$wheel" ]; then wheel=$("$here/build_wheel.sh" "$(mktemp -d)"); fi
root=${2:-${PILOT_PLANNER_CHECK_ROOT:-/tmp/pilot-planner-bookworm}}
copy="$root-wheel"
# One check at a time per root (check_bundle.sh takes the same lock).
exec 9>"$root.lock"
flock 9
step() { echo "== $*"; }
# What a Debian system needs for the wheel (Python, then what Qt's libraries load).
packages=(python3-venv ca-certificates libgl1 libegl1 libxkbcommon0 libfontconfig1
          libglib2.0-0 libdbus-1-3 fonts-dejavu-core
          xdg-utils shared-mime-info desktop-file-utils libglib2.0-bin)

if [ ! -x "$root/bin/sh" ]; then
  command -v debootstrap >/dev/null || { echo "SKIP: debootstrap is not installed" >&2; exit 77; }
  mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 ||
    { echo "FAIL: debootstrap, see $root.debootstrap.log" >&2; exit 3; }
fi
mounted=""
cleanup() { if [ -n "$mounted" ]; then umount "$copy/proc"; fi; }
trap cleanup EXIT
if [ ! -x "$copy/usr/bin/python3" ]; then
  step "copy of the bare root + apt-get install ${packages[*]}"
  rm -rf "$copy"; cp -ax "$root" "$copy"
  rm -rf "$copy/opt/pilot-planner" "$copy/tmp/check"
  cp /etc/resolv.conf "$copy/etc/resolv.conf"
  mount -t proc proc "$copy/proc"; mounted=1
  chroot "$copy" /bin/sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends ${packages[*]} >/dev/null && useradd -m bob"
else
  mount -t proc proc "$copy/proc"; mounted=1
fi
cp /etc/resolv.conf "$copy/etc/resolv.conf"
# pip trusts the certificate authorities this machine trusts (a proxy in between
# may sign with its own).
hostca=${PIP_CERT:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}
cp "$hostca" "$copy/etc/ssl/certs/host-ca-bundle.crt"
cp "$wheel" "$copy/home/bob/"
name=$(basename "$wheel")
asbob() {
  chroot --userspec=bob:bob "$copy" /usr/bin/env -i HOME=/home/bob PATH=/home/bob/venv/bin:/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PIP_CERT=/etc/ssl/certs/host-ca-bundle.crt \
    /bin/sh -c "cd /home/bob && $1"
}
step "python3 -m venv venv && pip install $name (dependencies from PyPI)"
asbob "rm -rf venv && python3 -m venv venv && pip install -q --disable-pip-version-check $name"
for cmd in "--version" "new x.pilotplan" "validate x.pilotplan" "export x.pilotplan -o x.xlsx" \
  "export x.pilotplan -o x.pdf --lang fr" "gates x.pilotplan --lang fr"; do
  step "pilot-planner $cmd"
  asbob "pilot-planner $cmd" | head -2
done
step "the app starts offscreen and stays up (stopped after 15 s)"
set +e
asbob "timeout 15 pilot-planner x.pilotplan 2> app.err"
rc=$?
set -e
if [ "$rc" != 124 ] || grep -q "Traceback" "$copy/home/bob/app.err"; then
  echo "FAIL: the app exited with $rc" >&2; cat "$copy/home/bob/app.err" >&2; exit 1
fi
step "desktop-install, confirmed with xdg-mime"
asbob "pilot-planner desktop-install" | tail -1
type=$(asbob "XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype x.pilotplan")
default=$(asbob "xdg-mime query default application/x-pilot-planner")
echo "filetype $type, default $default"
[ "$type" = application/x-pilot-planner ] && [ "$default" = pilot-planner.desktop ]
asbob "pilot-planner desktop-uninstall" | tail -1
echo "OK: the wheel installs and runs on Debian bookworm with: ${packages[*]}"
