"""The benchmark runner's scenarios all run (tiny sizes, one repeat; no timing is judged)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUNNER = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"
ROWS = (
    "start to first painted window",
    "open 200 use cases",
    "save 200 use cases",
    "export the workbook, 200 use cases",
    "memory added by the export",
    "gates and forecasts, all stages, 200 use cases",
    "gates and forecasts, 600 vs 200 use cases",
    "gates and forecasts, all stages, 600 use cases",
    "timeline scroll frame (p50), 300 vs 100",
    "timeline zoomed-out frame, 300 vs 100",
    "open 600 vs 200 use cases",
    "peak memory, app with 200 use cases open",
    "import-usage, 20,000 person-weeks (whole command)",
    "import-usage, 20,000 person-weeks: peak memory",
    "import-usage peak memory, 20,000 vs 4,000 rows",
)


@pytest.mark.slow
def test_every_scenario_runs_and_is_reported(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--smoke", "--markdown", "--out", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("| scenario | median | floor | ratio | target | result |")
    for row in ROWS:
        matching = [line for line in lines if line.startswith(f"| {row}")]
        assert len(matching) == 1, (row, done.stdout)
        cells = [cell.strip() for cell in matching[0].strip("|").split("|")]
        assert len(cells) == 6
        assert cells[1][0].isdigit()  # a measured median
        assert cells[5] in ("met", "**missed**")
    assert "measured on: 2 cores" in done.stdout or "measured on:" in done.stdout
    for k, line in enumerate(lines):  # each miss is named with this run's profile and why
        if line.startswith("missed: "):
            assert lines[k + 1].startswith("  profile (this run): "), done.stdout
            assert lines[k + 2].startswith("  why: "), done.stdout
    peer = [line for line in lines if line.startswith("| 200 use cases to a visible window")]
    sys.path.insert(0, str(RUNNER.parent))
    import bench_peer

    assert len(peer) == (1 if bench_peer.available() else 0), done.stdout
