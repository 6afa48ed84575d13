"""What the benchmark runner prints under a missed target: the profile of the run and why.

No timing is judged here: the phases are checked for their names, their order and
that they add up to the whole they split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import misses  # noqa: E402
import run  # noqa: E402


def test_a_missed_row_names_its_profile_and_reason() -> None:
    lines = misses.report("open 10 use cases", "1.74×", "≤ 1.5×", "scan 20 ms", "because")
    assert lines == [
        "missed: open 10 use cases (1.74×, target ≤ 1.5×)",
        "  profile (this run): scan 20 ms",
        "  why: because",
    ]


def test_a_miss_without_a_standing_reason_says_it_is_news() -> None:
    lines = misses.report("save", "1.10×", "≤ 1×", "", "")
    assert lines[1] == "  profile (this run): none measured for this scenario"
    assert lines[2] == f"  why: {misses.NO_STANDING_REASON}"


def test_each_scenario_that_misses_today_has_a_reason() -> None:
    assert set(misses.WHY) == {"startup", "open", "export"}
    assert all(len(text) > 100 for text in misses.WHY.values())


def test_phases_are_medians_in_the_first_runs_order() -> None:
    runs = [{"b": 3.0, "a": 1.0}, {"b": 1.0, "a": 5.0}, {"b": 2.0, "a": 4.0}]
    assert list(misses.median_phases(runs).items()) == [("b", 2.0), ("a", 4.0)]
    assert misses.median_phases([]) == {}


def test_a_phase_line_sets_each_phase_beside_the_floors() -> None:
    line = misses.phases_line({"read": 4.26, "Qt": 169.4}, {"Qt": 76.2}, "ms")
    assert line == "read 4.3 ms, Qt 169 ms (floor 76)"


def test_the_export_line_sets_the_slowest_steps_beside_the_floors() -> None:
    steps = [{"Summary": 1.0, "Use cases": 0.5, "Saved": 0.25, "Risks": 0.125}] * 3
    floor = [{"Summary": 0.5, "Use cases": 0.25, "Saved": 0.125, "Risks": 0.0625}] * 3
    line = misses.export_line(steps, floor, 2.0, top=2)
    assert "Summary 1.00 s (floor 0.50), Use cases 0.50 s (floor 0.25), the other 2" in line
    assert "the other 2 steps 0.38 s (floor 0.19)" in line
    assert line.endswith("floor in all 2.00 s")


def test_a_row_carries_its_profile_and_reason() -> None:
    row = run.Row("open", 160.0, 100.0, "ms", "ratio", 1.5, "note", "profile", "why")
    assert not row.met
    assert (row.profile, row.why) == ("profile", "why")


def _env(tmp_path: Path) -> dict[str, str]:
    scratch = tmp_path / "scratch"
    for name in ("home", "config", "data", "cache", "state", "runtime"):
        (scratch / name).mkdir(parents=True, mode=0o700)
    return run.child_env(scratch, tmp_path)


def test_the_open_is_split_into_its_phases(tmp_path: Path) -> None:
    file = tmp_path / "small.pilotplan"
    subprocess.run(
        [sys.executable, str(BENCH / "generate.py"), "60", "--seed", "1", "-o", str(file)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--child", "open_phases", str(file)],
        capture_output=True, text=True, env=_env(tmp_path), timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    phases = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(phases) == ["read", "scan", "pydantic (the rest)", "key count", "rules", "freeze"]
    assert all(value >= 0 for value in phases.values())
    assert phases["pydantic (the rest)"] > 0


@pytest.mark.parametrize("mode", ["bare", "app"])
def test_the_start_is_split_into_its_phases(tmp_path: Path, mode: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "startup_child.py"), mode],
        capture_output=True, text=True, env=_env(tmp_path), timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    phases = report["phases_ms"]
    assert list(phases) == ["interpreter", "before Qt", "Qt and the window", "show and first paint"]
    assert all(value >= 0 for value in phases.values())
    assert phases["Qt and the window"] > 0
    if mode == "app":  # the program's core and models load before Qt
        assert phases["before Qt"] > 0
