"""The layers hold: the core (planner) never reaches the desktop layer (ui) or Qt,
not by an import, not by a module loaded by name, not through a child process.

Checked three ways: import-linter's contracts (pyproject.toml), ruff's ban of
``importlib`` in planner, and importing every planner module in a fresh
interpreter. The first two are also shown to fail on a planted violation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import planner

ROOT = Path(__file__).resolve().parents[1]
PLANNER = Path(planner.__file__).parent


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports())"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def _ruff_ban(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "TID251", "planner"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_contracts_are_kept() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_planner_loads_no_module_by_name() -> None:
    result = _ruff_ban(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    pattern = re.compile(r"\bimportlib\b|__import__|import_module|find_spec")
    offenders = [
        str(path.relative_to(ROOT))
        for path in PLANNER.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_planner_starts_no_child_that_comes_back_into_ui() -> None:
    pattern = re.compile(r"""["'](-m["'],\s*["'])?ui(\.[a-z_.]+)?["']""")
    offenders = [
        str(path.relative_to(ROOT))
        for path in PLANNER.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_importing_every_planner_module_loads_no_qt_and_no_ui() -> None:
    modules = sorted(
        ".".join(("planner", *p.relative_to(PLANNER).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in PLANNER.rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.fixture
def tree_copy(tmp_path: Path) -> Path:
    for name in ("planner", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(
    "planted",
    [
        "from ui.app import settings\n",
        "import PySide6.QtCore\n",
        "def later() -> None:\n    from ui.export import timeline_picture\n",
    ],
)
def test_a_planted_import_breaks_the_contract(tree_copy: Path, planted: str) -> None:
    target = tree_copy / "planner" / "templates.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_a_planted_dynamic_import_is_refused_by_ruff(tree_copy: Path) -> None:
    target = tree_copy / "planner" / "templates.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nimport importlib\n", encoding="utf-8")
    result = _ruff_ban(tree_copy)
    assert result.returncode != 0
    assert "TID251" in result.stdout


MAX_LINES = 500
"""A module holds one job; past this many lines it holds several."""
BEING_SPLIT = {
    # Split in progress by their owners (issue 15): remove once they are.
    "ui/files/controller.py",
    "planner/usage/sources.py",
}


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for folder in ("planner", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {k: v for k, v in long.items() if k not in BEING_SPLIT} == {}


def test_command_names_follow_their_modules() -> None:
    from planner.cli import command_module
    from planner.commands import COMMAND_NAMES

    for name in COMMAND_NAMES:
        module = command_module(name)
        assert name == module.NAME
        assert module.__name__ == "planner.commands." + name.replace("-", "_")
