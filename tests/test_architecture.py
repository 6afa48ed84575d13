"""The layers hold: the core (planner) never reaches the desktop layer (ui) or Qt,
not by an import, not by a module loaded by name, not through a child process;
the packages of each are layered (ARCHITECTURE.md) and no two modules of either
import each other, directly or round a loop.

Checked several ways: import-linter's contracts (pyproject.toml), ruff's ban of
``importlib`` in planner, importing every planner module in a fresh interpreter,
and each package's import graph read by grimp (the library import-linter builds on). The
contracts are also shown to fail on a planted violation.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
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


def import_cycles(package: str, root: Path) -> list[list[str]]:
    """Every set of modules of ``package`` (as found under ``root``) that import one
    another round a loop. Read in a fresh interpreter: grimp finds a package where
    Python would import it, and this process has already imported the real one."""
    code = (
        "import json, sys\n"
        f"sys.path[:0] = [{str(root)!r}, {str(Path(__file__).parent)!r}]\n"
        "from test_architecture import strongly_connected\n"
        f"print(json.dumps(strongly_connected({package!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def strongly_connected(package: str) -> list[list[str]]:
    """Tarjan's strongly connected components (of more than one module) of grimp's
    graph of ``package``: each is a set of modules importing one another in a loop."""
    graph = grimp.build_graph(package, cache_dir=None)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            found = []
            while (top := stack.pop()) != module:
                found.append(top)
            if found:
                cycles.append(sorted([module, *found]))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


@pytest.mark.parametrize("package", ["planner", "ui"])
def test_no_import_cycle(package: str) -> None:
    assert import_cycles(package, ROOT) == []


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


@pytest.mark.parametrize(
    ("target", "planted", "contract"),
    [
        # A lower layer reaching up: the item models into the window.
        ("ui/models/titles.py", "from ui.window import menus\n", "layered"),
        # Two sibling layers: a page opening a dialog itself (the window does that).
        ("ui/pages/stages.py", "from ui.dialogs import baselines\n", "layered"),
        # A loop inside one package: the labels importing the table that imports them.
        ("ui/models/labels.py", "def later() -> None:\n    from ui.models import table\n", "cycle"),
    ],
)
def test_a_planted_ui_violation_breaks_its_contract(
    tree_copy: Path, target: str, planted: str, contract: str
) -> None:
    path = tree_copy / target
    path.write_text(path.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout
    if contract == "cycle":
        assert import_cycles("ui", tree_copy) != []


@pytest.mark.parametrize(
    ("target", "planted"),
    [
        # A lower layer reaching up: the rules checked on every edit into the register's summary.
        ("planner/rules/invariants.py", "from planner.register import summary\n"),
        # Two packages on one line: the usage import into the register.
        ("planner/usage/store.py", "from planner.register import summary\n"),
        # The loop that was: the series asking the value report, hidden in a function.
        (
            "planner/measures/series.py",
            "def later() -> None:\n    from planner.value import report\n",
        ),
    ],
)
def test_a_planted_planner_violation_breaks_the_layers(
    tree_copy: Path, target: str, planted: str
) -> None:
    path = tree_copy / target
    path.write_text(path.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert "The core's packages are layered BROKEN" in broken, result.stdout


def test_a_planted_loop_inside_a_planner_package_is_found(tree_copy: Path) -> None:
    # The forecast importing the gates that import it: one package, so only the
    # cycle checks can see it.
    path = tree_copy / "planner" / "evidence" / "forecast.py"
    planted = "def later() -> None:\n    from planner.evidence import gates\n"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + planted, encoding="utf-8")
    result = _lint_imports(tree_copy)
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any("cycle in the core" in line for line in broken), result.stdout
    assert import_cycles("planner", tree_copy) != []


def test_a_planted_dynamic_import_is_refused_by_ruff(tree_copy: Path) -> None:
    target = tree_copy / "planner" / "templates.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nimport importlib\n", encoding="utf-8")
    result = _ruff_ban(tree_copy)
    assert result.returncode != 0
    assert "TID251" in result.stdout


MAX_LINES = 500
"""A module holds one job; past this many lines it holds several."""


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for folder in ("planner", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_command_names_follow_their_modules() -> None:
    from planner.cli import command_module
    from planner.commands import COMMAND_NAMES

    for name in COMMAND_NAMES:
        module = command_module(name)
        assert name == module.NAME
        assert module.__name__ == "planner.commands." + name.replace("-", "_")
