"""The core never imports Qt (STYLE: the core is pure; a test proves it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import planner

ROOT = Path(__file__).resolve().parents[2]


def test_planner_imports_no_qt() -> None:
    root = Path(planner.__file__).parent
    modules = sorted(
        ".".join(("planner", *p.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        for p in root.rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_planner_sources_do_not_mention_qt_imports() -> None:
    for path in Path(planner.__file__).parent.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")):
                assert "PySide6" not in stripped, path
                assert not stripped.startswith(("from ui", "import ui")), path


def test_command_names_follow_their_modules() -> None:
    import importlib

    from planner.commands import COMMANDS, command_name

    for dotted in COMMANDS:
        assert command_name(dotted) == importlib.import_module(dotted).NAME
