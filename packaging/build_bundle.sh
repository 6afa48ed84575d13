#!/usr/bin/env bash
# Builds the desktop bundle (PyInstaller, one folder): packaging/build_bundle.sh [OUT_DIR]
# (default: dist/). Gives OUT_DIR/pilot-planner/pilot-planner, which runs the app
# and every command with no Python installed. PyInstaller comes from the
# "bundle" extra (pip install -e '.[bundle]'); it is a build tool, not something
# the app needs to run. Prints the bundle's folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
# The build machine's libraries that the bundle carries (see pilot-planner.spec).
libs=(fonts-dejavu-core libgl1 libegl1 libopengl0 libxcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 libdrm2)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${libs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
  echo "PyInstaller is missing: $python -m pip install -e '.[bundle]'" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$work" packaging/pilot-planner.spec >&2
bundle="$out/pilot-planner"
echo "built $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)" >&2
echo "$bundle"
