"""``pilot-planner diff``, ``merge`` and ``baseline`` on real files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import templates
from planner.cli import main
from planner.edit.operations import Op, SetField, apply
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from planner.rules import invariants

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture
def base(tmp_path: Path) -> Path:
    path = tmp_path / "sent.pilotplan"
    storage.save(
        lineage.next_revision(templates.create(templates.SAMPLE, today=dt.date(2027, 1, 4))), path
    )
    return path


def copy(base: Path, name: str, *ops: Op) -> Path:
    roadmap = storage.load(base)
    for op in ops:
        roadmap, _ = apply(roadmap, op)
    path = base.with_name(name)
    storage.save(lineage.next_revision(roadmap), path)
    return path


def review(path: Path) -> dt.date:
    value = storage.load(path).stages[1].gate_review
    assert value is not None
    return value


# -------------------------------------------------------------------- diff


def test_diff_prints_grouped_sentences(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    later = review(base) + dt.timedelta(days=14)
    new = copy(
        base,
        "new.pilotplan",
        SetField("stage", "stage-project", "gate_review", later),
        SetField("risk", "risk-ambassador-time", "likelihood", 5),
    )
    code, out, err = run(capsys, "diff", str(base), str(new))
    assert code == 0
    assert err == ""
    assert "'new.pilotplan' is derived from revision 1 of 'sent.pilotplan'" in out
    assert "\nStages\n  - Stage 'Project management' review moved from " in out
    assert "(+14 days)" in out
    assert (
        "\nRisks\n  - Risk 'Ambassadors have no time for their role' likelihood raised from " in out
    )


def test_diff_without_differences_exits_0(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    code, out, _ = run(capsys, "diff", str(base), str(base))
    assert code == 0
    assert out.rstrip().endswith("No differences.")


def test_diff_json(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    new = copy(base, "new.pilotplan", SetField("roadmap", None, "owner", "Marc"))
    code, out, _ = run(capsys, "diff", str(base), str(new), "--json")
    assert code == 0
    document = json.loads(out)
    assert document["differences"] is True
    assert document["relation"]["newer"] == "new"
    change = document["groups"][0]["changes"][0]
    assert (change["kind"], change["field"], change["new"]) == ("roadmap", "owner", "Marc")
    assert list(document) == [
        "old",
        "new",
        "relation",
        "differences",
        "counts",
        "overview",
        "groups",
    ]


def test_diff_of_bad_files_names_each_problem(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pilotplan"
    broken.write_bytes(base.read_bytes()[:200])
    code, out, err = run(capsys, "diff", str(broken), str(tmp_path / "missing.pilotplan"))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert any("broken.pilotplan" in line for line in lines)
    assert any("missing.pilotplan" in line for line in lines)
    assert all(line.startswith("pilot-planner diff: ") for line in lines)


# ------------------------------------------------------------------- merge


def test_merge_writes_the_merged_file_and_leaves_inputs_alone(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    mine = copy(base, "mine.pilotplan", SetField("roadmap", None, "owner", "Claire"))
    theirs = copy(base, "theirs.pilotplan", SetField("risk", "risk-ambassador-time", "impact", 5))
    before = digest(base, mine, theirs)
    out_path = tmp_path / "merged.pilotplan"
    code, out, err = run(capsys, "merge", str(base), str(mine), str(theirs), "-o", str(out_path))
    assert (code, err) == (0, "")
    assert digest(base, mine, theirs) == before
    merged = storage.load(out_path)
    assert merged.owner == "Claire"
    assert next(r for r in merged.risks if r.id == "risk-ambassador-time").impact == 5
    assert invariants.check(merged) == []
    assert merged.lineage.revision == 3
    assert "Merged without conflicts into" in out
    assert "  - Risk 'Ambassadors have no time for their role' impact raised from 3 to 5" in out


def test_merge_with_conflicts_lists_them_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    day = review(base)
    mine = copy(
        base,
        "mine.pilotplan",
        SetField("stage", "stage-project", "gate_review", day + dt.timedelta(days=7)),
        SetField("roadmap", None, "owner", "A"),
    )
    theirs = copy(
        base,
        "theirs.pilotplan",
        SetField("stage", "stage-project", "gate_review", day + dt.timedelta(days=14)),
        SetField("roadmap", None, "owner", "B"),
    )
    before = digest(base, mine, theirs)
    out_path = tmp_path / "merged.pilotplan"
    code, _, err = run(capsys, "merge", str(base), str(mine), str(theirs), "-o", str(out_path))
    assert code == 1
    assert not out_path.exists()
    assert digest(base, mine, theirs) == before
    lines = err.strip().splitlines()
    assert lines[0] == "pilot-planner merge: 2 conflicts; nothing was written:"
    assert sum(line.startswith("pilot-planner merge: conflict: ") for line in lines) == 2
    assert any("Roadmap owner: mine 'A', theirs 'B'" in line for line in lines)


def test_merge_json_with_conflicts(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    mine = copy(base, "mine.pilotplan", SetField("roadmap", None, "owner", "A"))
    theirs = copy(base, "theirs.pilotplan", SetField("roadmap", None, "owner", "B"))
    code, out, _ = run(
        capsys,
        "merge",
        str(base),
        str(mine),
        str(theirs),
        "-o",
        str(tmp_path / "m.pilotplan"),
        "--json",
    )
    assert code == 1
    document = json.loads(out)
    assert document["merged"] is False
    assert document["written"] is None
    (conflict,) = document["conflicts"]
    assert (conflict["code"], conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "field",
        "owner",
        "A",
        "B",
    )


def test_merge_refuses_to_overwrite_an_input(
    capsys: pytest.CaptureFixture[str], base: Path
) -> None:
    mine = copy(base, "mine.pilotplan", SetField("roadmap", None, "owner", "A"))
    before = digest(base, mine)
    code, _, err = run(capsys, "merge", str(base), str(mine), str(base), "-o", str(mine))
    assert code == 1
    assert "is one of the input files" in err
    assert digest(base, mine) == before


def test_merge_warns_when_the_base_is_unrelated(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.pilotplan"
    storage.save(
        lineage.next_revision(templates.create(templates.SAMPLE, today=dt.date(2027, 1, 4))), other
    )
    mine = copy(base, "mine.pilotplan", SetField("roadmap", None, "owner", "A"))
    code, out, _ = run(
        capsys, "merge", str(other), str(mine), str(mine), "-o", str(tmp_path / "m.pilotplan")
    )
    assert code == 0
    assert "Warning: the base and mine are different roadmaps" in out


def test_merge_command_in_a_real_process(base: Path, tmp_path: Path) -> None:
    mine = copy(base, "mine.pilotplan", SetField("roadmap", None, "owner", "A"))
    out_path = tmp_path / "m.pilotplan"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner.cli",
            "merge",
            str(base),
            str(mine),
            str(base),
            "-o",
            str(out_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert storage.load(out_path).owner == "A"


# ---------------------------------------------------------------- baseline


def test_baseline_capture_list_delete(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    revision = storage.load(base).lineage.revision
    code, out, _ = run(
        capsys, "baseline", str(base), "--capture", "Committee 2027-02", "--on", "2027-02-15"
    )
    assert code == 0
    roadmap: Roadmap = storage.load(base)
    captured = roadmap.baselines[-1]
    assert (captured.name, captured.captured_on) == ("Committee 2027-02", dt.date(2027, 2, 15))
    assert len(captured.entries) == len(roadmap.stages) + len(roadmap.use_cases)
    assert roadmap.lineage.revision == revision + 1
    code, out, _ = run(capsys, "baseline", str(base), "--list")
    assert code == 0
    assert f"{captured.id}  'Committee 2027-02'  captured 15 Feb 2027" in out
    assert out.strip().endswith("(latest)")
    code, out, _ = run(capsys, "baseline", str(base), "--delete", "Committee 2027-02")
    assert code == 0
    assert captured.id not in {b.id for b in storage.load(base).baselines}


def test_baseline_mistakes(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    before = digest(base)
    code, _, err = run(capsys, "baseline", str(base), "--delete", "nope")
    assert code == 1
    assert "nope: there is no such baseline" in err
    code, _, err = run(capsys, "baseline", str(base), "--capture", "")
    assert code == 1
    assert "--capture: the name" in err
    assert digest(base) == before
