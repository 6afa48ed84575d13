"""Hostile files cost bounded time and memory (each case in a fresh process).

Each case loads one file in a subprocess that reports what it got and how long
it took; the peak memory of the children comes from ``getrusage``. The bounds
are generous (10 s, 1 GB): they catch a blow-up, not a slow machine.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource module")

CHILD = """
import json, sys, time
from planner.file.storage import RoadmapLoadError, load
start = time.perf_counter()
try:
    load(sys.argv[1])
    code = "loaded"
except RoadmapLoadError as exc:
    code = exc.problems[0].code
print(json.dumps({"code": code, "seconds": time.perf_counter() - start}))
"""

MIB = 1024 * 1024


def _oversize(path: Path) -> None:
    with path.open("wb") as stream:
        stream.truncate(25 * MIB)  # sparse: refused from its size alone


def _wide_bomb(path: Path) -> None:
    count = (20 * MIB - 20) // 3
    path.write_bytes(b'{"a": [' + b"{}," * (count - 1) + b"{}]}")


def _deep(path: Path) -> None:
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)


def _deep_objects(path: Path) -> None:
    path.write_bytes(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def _long_integer(path: Path) -> None:
    path.write_bytes(b'{"format": "pilot-planner-roadmap", "n": ' + b"9" * 5000 + b"}")


def _long_integers_everywhere(path: Path) -> None:
    number = b"9" * 4000
    path.write_bytes(b'{"n": [' + b",".join([number] * 4000) + b"]}")


def _huge_string(path: Path) -> None:
    path.write_bytes(b'{"format": "' + b"x" * (19 * MIB) + b'"}')


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "oversize": (_oversize, "too_large"),
    "wide bomb": (_wide_bomb, "too_many_items"),
    "deep lists": (_deep, "too_deep"),
    "deep objects": (_deep_objects, "too_deep"),
    "5000-digit integer": (_long_integer, "number_too_long"),
    "many 4000-digit integers": (_long_integers_everywhere, "not_a_roadmap"),
    "19 MB string": (_huge_string, "not_a_roadmap"),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_cheaply(tmp_path: Path, case: str) -> None:
    make, expected = CASES[case]
    path = tmp_path / "hostile.pilotplan"
    make(path)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["code"] == expected
    assert report["seconds"] < 10
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        peak_kib //= 1024  # bytes on macOS
    assert peak_kib < 1024 * 1024, f"peak RSS of a child: {peak_kib // 1024} MiB"
