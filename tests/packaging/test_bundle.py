"""The desktop bundle runs on a bare Debian root (no Python, no Qt, no X libraries).

Runs ``packaging/check_bundle.sh``: builds the bundle with PyInstaller (the
``bundle`` extra), makes a ``debootstrap --variant=minbase bookworm`` root
(once; kept in ``$PILOT_PLANNER_CHECK_ROOT`` or /tmp), copies the bundle in and,
in a ``chroot``, runs the commands and starts the app offscreen. Skipped where it
cannot run (not root, no debootstrap, no PyInstaller).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIPPED = 77


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_bundle_runs_on_a_bare_debian_root(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("needs Linux and root (chroot)")
    if shutil.which("debootstrap") is None:
        pytest.skip("debootstrap is not installed")
    found = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--version"], capture_output=True, check=False
    )
    if found.returncode != 0:
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]')")
    # OFFLINE: the check uses a root made by hand before; it never downloads Debian.
    env = {**os.environ, "PYTHON": sys.executable, "OFFLINE": "1"}
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    bundle = built.stdout.strip().splitlines()[-1]
    checked = subprocess.run(
        ["bash", str(ROOT / "packaging" / "check_bundle.sh"), bundle],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if checked.returncode == SKIPPED:
        pytest.skip(checked.stderr.strip())
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: the bundle runs on a bare Debian bookworm root" in checked.stdout
