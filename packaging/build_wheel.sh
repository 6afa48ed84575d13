#!/usr/bin/env bash
# Builds the app's wheel: packaging/build_wheel.sh [OUT_DIR]   (default: dist/)
# The wheel stands alone: planner, ui and the resources the app reads at run
# time (templates, translations, icons, JSON Schemas, help, the rule register)
# as package data under planner/_resources. Prints the wheel's path.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
rm -f "$out"/pilot_to_scale_planner-*.whl
# With the build backend at hand (the test extras carry it) nothing is downloaded.
isolation=()
if "$python" -c "import hatchling" 2>/dev/null; then isolation=(--no-build-isolation); fi
"$python" -m pip wheel --quiet --no-deps --disable-pip-version-check "${isolation[@]}" -w "$out" . >&2
wheel=$(ls "$out"/pilot_to_scale_planner-*.whl)
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)" >&2
echo "$wheel"
