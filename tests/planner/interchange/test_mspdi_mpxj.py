"""An exported MS Project file opened by an independent reader: MPXJ.

MPXJ (the Java library behind many project tools, including ProjectLibre's
file import) ships its jars in the ``mpxj`` package of the test extras; the
small program in ``interop/MspdiCheck.java`` reads the file with MPXJ's
``UniversalProjectReader`` and prints what it understood, and lists the
element order of MPXJ's MSPDI schema classes. Skipped where no Java compiler
is installed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

from planner import templates
from planner.baselines import capture
from planner.edit.operations import apply
from planner.interchange.mspdi import ORDERS
from planner.interchange.mspdi_write import plan_rows, write_project
from planner.model.entities import Roadmap

AS_OF = dt.date(2026, 3, 30)
CHECKER = Path(__file__).parents[1] / "interop" / "MspdiCheck.java"


def _jars() -> list[Path]:
    spec = importlib.util.find_spec("mpxj")
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted((Path(spec.submodule_search_locations[0]) / "lib").glob("*.jar"))


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("javac") is None or shutil.which("java") is None or not _jars(),
        reason="needs java, javac and the mpxj package (test extras)",
    ),
]


@pytest.fixture(scope="module")
def mpxj(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that runs the checker (compiled once)."""
    out = tmp_path_factory.mktemp("mpxj")
    classpath = ":".join(str(j) for j in _jars())
    subprocess.run(
        ["javac", "-d", str(out), "-cp", classpath, str(CHECKER)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return ["java", "-cp", f"{classpath}:{out}", "MspdiCheck"]


def _run(command: list[str], *args: str) -> list[list[str]]:
    done = subprocess.run(
        [*command, *args], check=True, capture_output=True, text=True, timeout=240
    )
    return [line.split("\t") for line in done.stdout.splitlines()]


@pytest.fixture
def roadmap() -> Roadmap:
    roadmap = templates.load("ai-adoption")
    later, _ = apply(roadmap, capture(roadmap, "Committee April", dt.date(2026, 4, 1)))
    return later


def test_mpxj_reads_every_task_link_and_baseline(
    mpxj: list[str], roadmap: Roadmap, tmp_path: Path
) -> None:
    path = tmp_path / "plan.xml"
    write_project(roadmap, path, as_of=AS_OF)
    lines = _run(mpxj, str(path))
    assert ["format", "MSPDI"] in lines
    assert ["title", roadmap.title] in lines
    tasks = [line for line in lines if line[0] == "task"]
    rows = plan_rows(roadmap)
    assert [t[3] for t in tasks] == [r.name for r in rows]
    for task, row in zip(tasks, rows, strict=True):
        _, _uid, level, _name, start, finish, milestone, summary, _percent, _guid = task
        assert int(level) == row.level
        assert start.startswith(row.start.isoformat())
        assert finish.startswith(row.finish.isoformat())
        assert (milestone == "true") == (row.kind == "gate")
        assert (summary == "true") == (row.kind == "stage")
    uid_of = {r.entity_id: str(i) for i, r in enumerate(rows, start=1) if r.kind == "use_case"}
    expected_links = {
        (uid_of[u.id], uid_of[d], "FS") for u in roadmap.use_cases for d in u.depends_on
    }
    assert {(line[1], line[2], line[3]) for line in lines if line[0] == "link"} == expected_links
    baselines = {(line[1], line[2]) for line in lines if line[0] == "base"}
    newest = roadmap.baselines[-1]
    chosen = {(uid_of[e.entity_id], "0") for e in newest.entries if e.entity_id in uid_of}
    assert chosen <= baselines
    assert any(number == "1" for _, number in baselines)  # the older baseline is Baseline1


def test_our_element_order_is_mpxjs_schema_order(mpxj: list[str]) -> None:
    """Every element we order comes in MPXJ's order (MPXJ knows a few more of its own)."""
    theirs = {line[1]: line[2:] for line in _run(mpxj, "--orders")}
    for name, ours in ORDERS.items():
        assert [n for n in theirs[name] if n in ours] == list(ours), name
