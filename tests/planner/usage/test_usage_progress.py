"""A long usage import reports its progress and can be cancelled, leaving nothing written."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from planner import templates
from planner.commands.progress import Reporter
from planner.file import storage
from planner.usage import ImportCancelled, ImportOptions, plan_import
from planner.usage.columnar import available

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
from usage_file import write_person_weeks, write_roadmap  # noqa: E402

needs_engine = pytest.mark.skipif(not available(), reason="the columnar engine is not installed")


def test_progress_off_a_terminal_is_a_line_every_tenth() -> None:
    out = io.StringIO()
    reporter = Reporter("usage\x1b[2J.csv", out, terminal=False)
    reporter.started -= 10  # a long read: past the quiet first second
    for done in range(0, 101, 5):
        reporter.update(done * 1_000_000, 100_000_000)
    lines = out.getvalue().splitlines()
    assert len(lines) == 11
    assert lines[5].startswith("Reading usage\\x1b[2J.csv: 50% (50 of 100 MB), about ")
    reporter.close()


def test_a_short_read_shows_nothing() -> None:
    out = io.StringIO()
    reporter = Reporter("usage.csv", out, terminal=True)
    reporter.update(50, 100)
    reporter.close()
    assert out.getvalue() == ""


@needs_engine
def test_a_cancelled_import_plans_nothing(tmp_path: Path) -> None:
    data = write_person_weeks(tmp_path / "weeks.csv", 20_000, people=500)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()  # the user clicks Cancel as soon as the read shows progress

    roadmap = templates.sample()
    options = ImportOptions(engine="columnar", progress=progress, cancel=cancel)
    with pytest.raises(ImportCancelled):
        plan_import(roadmap, data, options)
    assert seen
    assert all(0 <= done <= total for done, total in seen)


@needs_engine
def test_progress_goes_from_start_to_end(tmp_path: Path) -> None:
    data = write_person_weeks(tmp_path / "weeks.csv", 20_000, people=500)
    seen: list[float] = []
    options = ImportOptions(engine="columnar", progress=lambda d, t: seen.append(d / t))
    plan_import(templates.sample(), data, options)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


@needs_engine
@pytest.mark.slow
def test_ctrl_c_stops_the_command_and_writes_nothing(tmp_path: Path) -> None:
    data = write_person_weeks(tmp_path / "weeks.csv", 1_500_000)
    roadmap = write_roadmap(tmp_path / "plan.pilotplan")
    before = roadmap.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-m", "ui", "import-usage", str(roadmap), str(data),
         "--as-of", "2026-12-31", "--progress"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.stderr is not None
    first = child.stderr.readline()  # the first progress line: the engine is at work
    assert first.startswith("Reading weeks.csv: ")
    child.send_signal(signal.SIGINT)
    _out, rest = child.communicate(timeout=120)
    assert child.returncode == 130, rest
    assert "Import cancelled: nothing was written." in rest
    assert "Traceback" not in rest
    assert roadmap.read_bytes() == before
    assert storage.load(roadmap).title
