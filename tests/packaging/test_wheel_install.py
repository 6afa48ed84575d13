"""The wheel stands alone: installed into a fresh virtual environment away from
the repository, its ``pilot-planner`` runs the commands and starts the app.

Runs ``packaging/check_install.sh`` (which builds the wheel, installs it, then runs
``--help``, ``new``, ``validate``, ``export`` and the window offscreen). Offline, as
every test: the build backend is the one installed here (no build isolation) and
the wheel's dependencies are read from this environment's site-packages
(``DEPS_FROM``) instead of being downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_wheel_installs_and_runs_without_the_repository(tmp_path: Path) -> None:
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run packaging/check_install.sh")
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_wheel.sh"), str(tmp_path)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = Path(built.stdout.strip().splitlines()[-1])
    assert wheel.is_file()
    paths = sysconfig.get_paths()
    deps = " ".join(dict.fromkeys((paths["purelib"], paths["platlib"])))
    checked = subprocess.run(
        ["bash", str(ROOT / "packaging" / "check_install.sh"), str(wheel)],
        env={**os.environ, "DEPS_FROM": deps, "PYTHON": sys.executable},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: the wheel installs and works without the repository" in checked.stdout


NOT_SHIPPED = {"screenshots"}
"""Folders of resources/ the app never reads (the README's pictures)."""


@pytest.mark.slow
def test_the_wheel_carries_every_resource_the_app_reads(tmp_path: Path) -> None:
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_wheel.sh"), str(tmp_path)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=True,
    )
    names = set(zipfile.ZipFile(built.stdout.strip().splitlines()[-1]).namelist())
    resources = ROOT / "resources"
    expected = {
        "planner/_resources/" + path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file() and path.relative_to(resources).parts[0] not in NOT_SHIPPED
    }
    assert expected - names == set()
    assert not any("screenshots" in name for name in names)
