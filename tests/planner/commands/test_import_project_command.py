"""``pilot-planner import-project FILE PLAN.xml``: preview, save, dry run, refusals."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner import cli, templates
from planner.file import storage
from planner.interchange.mspdi import NAMESPACE
from planner.interchange.mspdi_write import write_project

NS = {"p": NAMESPACE}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    roadmap = templates.load("ai-adoption")
    source, plan = tmp_path / "roadmap.pilotplan", tmp_path / "plan.xml"
    storage.save(roadmap, source)
    write_project(roadmap, plan, as_of=dt.date(2026, 3, 30))
    tree = ET.parse(plan)
    task = next(
        t for t in tree.getroot().iterfind("p:Tasks/p:Task", NS)
        if t.findtext("p:Name", namespaces=NS) == "Budget variance commentary"
    )  # fmt: skip
    task.find("p:Start", NS).text = "2026-05-18T08:00:00"  # type: ignore[union-attr]
    tree.write(plan, encoding="UTF-8", xml_declaration=True)
    return source, plan


def test_dry_run_prints_the_preview_and_writes_nothing(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, plan = files
    before = source.read_bytes()
    assert cli.main(["import-project", str(source), str(plan), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Change use case 'Budget variance commentary': planned start." in out
    assert "Baselines of the plan are not imported" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert source.read_bytes() == before


def test_import_saves_a_new_revision(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, plan = files
    assert cli.main(["import-project", str(source), str(plan)]) == 0
    assert f"Saved {source}." in capsys.readouterr().out
    saved = storage.load(source)
    budget = next(u for u in saved.use_cases if u.id == "uc-budget-commentary")
    assert budget.planned_start == dt.date(2026, 5, 18)
    assert saved.lineage.revision == 1
    assert cli.main(["import-project", str(source), str(plan)]) == 0
    assert "Nothing to change" in capsys.readouterr().out


def test_a_file_that_is_not_a_plan_is_refused(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, _plan = files
    other = tmp_path / "other.xml"
    other.write_text("<Workbook/>", encoding="utf-8")
    assert cli.main(["import-project", str(source), str(other)]) == 1
    err = capsys.readouterr().err
    assert "import-project" in err
    assert "not an MS Project XML file" in err
    assert "Traceback" not in err
