"""Reading the desktop app's lock files without Qt (:mod:`planner.file.locks`)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from planner.file.locks import info_path, lock_holder, lock_path


def _lock(document: Path, pid: int, host: str, name: str = "Ada") -> None:
    lock_path(document).write_text(f"{pid}\npython3\n{host}\nmachine\nboot\n")
    info = {"display_name": name, "user": "ada", "host": host, "pid": pid,
            "since": "2026-03-02T14:05:00+01:00"}  # fmt: skip
    info_path(document).write_text(json.dumps(info))


def test_no_lock_no_holder(tmp_path: Path) -> None:
    assert lock_holder(tmp_path / "plan.pilotplan") is None


def test_a_live_lock_names_the_holder_and_since_when(tmp_path: Path) -> None:
    document = tmp_path / "plan.pilotplan"
    _lock(document, os.getpid(), socket.gethostname())
    holder = lock_holder(document)
    assert holder is not None
    assert holder.display_name == "Ada"
    assert "Ada (ada on " in holder.describe()
    assert "has had it open since" in holder.describe()


def test_a_lock_left_by_a_crash_on_this_computer_is_stale(tmp_path: Path) -> None:
    document = tmp_path / "plan.pilotplan"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    _lock(document, int(ended.stdout), socket.gethostname())
    assert lock_holder(document) is None


def test_a_lock_from_another_computer_is_believed(tmp_path: Path) -> None:
    document = tmp_path / "plan.pilotplan"
    _lock(document, 1, "another-laptop", name="Grace")
    holder = lock_holder(document)
    assert holder is not None
    assert holder.host == "another-laptop"


def test_a_side_file_of_another_process_is_not_trusted(tmp_path: Path) -> None:
    document = tmp_path / "plan.pilotplan"
    _lock(document, os.getpid(), socket.gethostname())
    info_path(document).write_text(json.dumps({"display_name": "Mallory", "pid": 1, "host": "x"}))
    holder = lock_holder(document)
    assert holder is not None
    assert holder.display_name == ""


def test_oversized_or_odd_lock_files_are_read_safely(tmp_path: Path) -> None:
    document = tmp_path / "plan.pilotplan"
    lock_path(document).write_bytes(b"\xff" * 10_000)
    assert lock_holder(document) is None
    lock_path(document).unlink()
    os.mkfifo(lock_path(document))
    assert lock_holder(document) is None  # a pipe is not read (it would block)


def test_every_command_that_writes_a_roadmap_saves_through_the_lock_check() -> None:
    commands = Path(__file__).resolve().parents[3] / "planner" / "commands"
    direct = [
        path.name
        for path in commands.glob("*.py")
        if path.name != "saving.py" and "storage.save(" in path.read_text(encoding="utf-8")
    ]
    assert direct == []
