#!/usr/bin/env bash
# Installs the wheel into a fresh virtual environment, in a temporary folder
# with no access to the repository (no PYTHONPATH, run from elsewhere, the
# repository's modules not importable), then runs the commands and starts the
# app offscreen.   packaging/check_install.sh [WHEEL]   (default: builds one)
# Exit 0 when everything worked; prints what it checked.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
wheel=${1:-}
if [ -z "$wheel" ]; then wheel=$("$here/build_wheel.sh" "$(mktemp -d)"); fi
wheel=$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")
python=${PYTHON:-python3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/run"
cd "$work/run"
# A clean environment: no PYTHONPATH, a home of its own, the system's PATH only.
run() {
  env -i HOME="$work/home" PATH="$work/venv/bin:/usr/local/bin:/usr/bin:/bin" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/home" "$@"
}
step() { echo "== $*"; }

step "fresh venv + pip install $(basename "$wheel")"
"$python" -m venv "$work/venv"
if [ -n "${DEPS_FROM:-}" ]; then
  # Offline (the test suite): only the wheel is installed; its dependencies are
  # read from DEPS_FROM (a site-packages folder) through a .pth line, which adds
  # the folder to sys.path without running its own .pth files (so an editable
  # install of the repository there stays invisible).
  run pip install --quiet --disable-pip-version-check --no-index --no-deps "$wheel"
  site=$(run python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
  printf '%s\n' ${DEPS_FROM} > "$site/_pilot_planner_deps.pth"
else
  run pip install --quiet --disable-pip-version-check "$wheel"
fi

step "installed from the venv, not the repository"
where=$(run python -c "import planner, ui; print(planner.__file__); print(ui.__file__)")
echo "$where"
case "$where" in *"$repo"*) echo "FAIL: imports come from the repository" >&2; exit 1 ;; esac
run python -c "from planner.resources import resources_dir as r; d = r(); print(d); \
assert 'site-packages' in str(d), d; \
[(d / p).stat() for p in ('templates/blank.pilotplan', 'translations/pilot_planner_fr.qm', \
'translations/planner_fr.json', 'icons/app.svg', 'schema/pilotplan-v3.schema.json', \
'help/fr/method.html', 'register/eu-ai-act.json')]"

step "pilot-planner --help"
run pilot-planner --help | head -3
step "pilot-planner --version"
run pilot-planner --version
step "pilot-planner new x.pilotplan"
run pilot-planner new x.pilotplan
step "pilot-planner validate x.pilotplan"
run pilot-planner validate x.pilotplan
step "pilot-planner export x.pilotplan -o x.xlsx (and French)"
run pilot-planner export x.pilotplan -o x.xlsx
run pilot-planner export x.pilotplan -o x-fr.xlsx --lang fr
test -s x.xlsx && test -s x-fr.xlsx
step "pilot-planner gates x.pilotplan --lang fr"
run pilot-planner gates x.pilotplan --lang fr | head -3

step "the window, offscreen, in French: icons and translations from the wheel"
run python - <<'PY'
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.app.settings import APPLICATION, ORGANISATION
from ui.window.start import build, identify_app
from ui.app.settings import Settings

identify_app()
app = QApplication([])
settings = Settings(QSettings(ORGANISATION, APPLICATION))
settings.language = "fr"
window = build(settings)
window.files.open_path("x.pilotplan")
window.show()
app.processEvents()
assert not window.windowIcon().isNull(), "no window icon"
title = window.windowTitle()
menus = [a.text() for a in window.menuBar().actions()]
print("title:", title, "| menus:", ", ".join(m.replace("&", "") for m in menus))
assert any("Fichier" in m for m in menus), menus
assert window.grab().save("window.png")
window.close()
PY

step "pilot-planner desktop-install (temporary HOME), confirmed with xdg-mime"
if command -v xdg-mime >/dev/null && command -v update-mime-database >/dev/null && command -v gio >/dev/null; then
  run XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" pilot-planner desktop-install | tail -1
  grep -q "^Exec=$work/venv/bin/pilot-planner %f" "$work/home/data/applications/pilot-planner.desktop"
  type=$(run XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$PWD/x.pilotplan")
  default=$(run XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    xdg-mime query default application/x-pilot-planner)
  echo "xdg-mime: filetype $type, default $default"
  [ "$type" = application/x-pilot-planner ] && [ "$default" = pilot-planner.desktop ]
  run XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" pilot-planner desktop-uninstall | tail -1
  test ! -e "$work/home/data/applications/pilot-planner.desktop"
else
  echo "skipped: xdg-mime, update-mime-database or gio is not installed"
fi

step "pilot-planner x.pilotplan starts and stays up (offscreen, stopped after 10 s)"
set +e
run timeout 10 pilot-planner x.pilotplan 2> app.err
rc=$?
set -e
if [ "$rc" != 124 ] || grep -q "Traceback" app.err; then
  echo "FAIL: the app exited with $rc" >&2; cat app.err >&2; exit 1
fi
echo "OK: the wheel installs and works without the repository"
