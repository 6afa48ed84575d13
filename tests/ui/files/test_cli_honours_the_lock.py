"""Commands that write a roadmap honour the desktop app's lock (issue 19, class 3).

The lock is taken by the app's own :class:`ui.files.lock.DocumentLock`, as when
the roadmap is open in a window; the command runs as a real process. Before,
``import-usage``, ``baseline``, ``new --force`` and ``merge -o`` overwrote the
open roadmap and the app only noticed at its next save.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import corpus

from ui.files.lock import DocumentLock, LockOutcome

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pilotplan"
    shutil.copy(corpus.SAMPLE, path)
    return path


@pytest.fixture
def locked(plan: Path) -> Iterator[Path]:
    lock = DocumentLock(plan, "Ada Lovelace")
    assert lock.acquire() is LockOutcome.ACQUIRED
    yield plan
    lock.release()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def _usage(folder: Path) -> Path:
    return corpus.weekly_actions_csv(folder, 400, people=40)


COMMANDS = {
    "import-usage": lambda plan: [
        "import-usage", str(plan), str(_usage(plan.parent)), "--as-of", "2026-12-31",
        "--skip-bad-rows",
    ],
    "baseline --capture": lambda plan: ["baseline", str(plan), "--capture", "Committee"],
    "baseline --delete": lambda plan: ["baseline", str(plan), "--delete", "x"],
    "new --force": lambda plan: ["new", str(plan), "--force"],
    "merge -o": lambda plan: [
        "merge", str(plan.with_name("base.pilotplan")), str(plan.with_name("base.pilotplan")),
        str(plan.with_name("base.pilotplan")), "-o", str(plan),
    ],
}  # fmt: skip


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_refuses_to_write_a_roadmap_open_in_the_app(locked: Path, command: str) -> None:
    shutil.copy(corpus.SAMPLE, locked.with_name("base.pilotplan"))
    before = locked.read_bytes()
    done = _run(*COMMANDS[command](locked))
    assert done.returncode == 1, done.stderr
    assert "Ada Lovelace" in done.stderr
    assert "has had it open since" in done.stderr
    assert "--force" in done.stderr
    assert "Traceback" not in done.stderr
    assert locked.read_bytes() == before


def test_force_writes_anyway(locked: Path) -> None:
    before = locked.read_bytes()
    done = _run("baseline", str(locked), "--capture", "Committee", "--force")
    assert done.returncode == 0, done.stderr
    assert locked.read_bytes() != before


def test_new_needs_force_twice_over_an_open_roadmap(locked: Path) -> None:
    assert "a second time" in _run("new", str(locked), "--force").stderr
    assert _run("new", str(locked), "--force", "--force").returncode == 0


def test_listing_and_dry_runs_read_an_open_roadmap(locked: Path) -> None:
    assert _run("baseline", str(locked), "--list").returncode == 0
    assert _run("validate", str(locked)).returncode == 0
