"""``pilot-planner adoption``: the funnel by stage and team, as text and JSON (issue 11)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "usage"))  # its helpers
from test_usage_populations import AS_OF, WEEKS, export, rate, roadmap

from planner.cli import main
from planner.edit import operations
from planner.file import storage
from planner.numbers import NumberKind, rounded
from planner.usage import ImportOptions, plan_import


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, dict[tuple[str, dt.date], bool]]:
    data = tmp_path / "company.csv"
    activity = export(data)
    plan = roadmap()
    new, _ = operations.apply(plan, plan_import(plan, data, ImportOptions(as_of=AS_OF)).batch)
    path = tmp_path / "two-stages.pilotplan"
    storage.save(new, path)
    return path, activity


def test_json_has_the_documented_shape_and_the_import_s_numbers(
    imported: tuple[Path, dict[tuple[str, dt.date], bool]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, activity = imported
    assert main(["adoption", str(path), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "pilot-planner-adoption"
    assert document["format_version"] == 1
    writing, project = document["stages"]
    assert (writing["id"], writing["name"]) == ("s-writing", "Writing assistance")
    assert {"id", "name", "funnel", "active_pct", "habitual_pct", "power_pct",
            "actions_per_active_user", "trend", "movement", "teams"} <= set(writing)  # fmt: skip
    last = WEEKS[-1]
    assert writing["week"] == last.isoformat()
    assert writing["active_pct"] == rounded(rate(activity, "writing", last), NumberKind.PERCENT)
    assert project["active_pct"] == rounded(rate(activity, "project", last), NumberKind.PERCENT)
    funnel = writing["funnel"]
    assert funnel["licensed"] == 180
    assert funnel["active"] == sum(
        activity[(p, w)] for (p, w) in activity if w == last and p.split("-")[0] in
        ("cus", "und", "hr")
    )  # fmt: skip
    assert funnel["habitual"] is not None
    assert funnel["power"] is not None
    assert [t["name"] for t in writing["teams"]] == ["Customer service", "Underwriting", "HR"]
    team = writing["teams"][0]
    assert {"id", "name", "funnel", "active_pct", "weeks"} <= set(team)
    assert set(writing["movement"]) == {"retained", "new", "lapsed", "reactivated"}


def test_text_lists_the_funnel_and_the_teams(
    imported: tuple[Path, dict[tuple[str, dt.date], bool]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = imported
    assert main(["adoption", str(path), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Writing assistance — week of" in out
    assert "eligible 180 → licensed 180 → active" in out
    assert "Customer service" in out
    assert "Finance" in out


def test_nothing_after_the_as_of_date_counts(
    imported: tuple[Path, dict[tuple[str, dt.date], bool]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, activity = imported
    before = WEEKS[2] + dt.timedelta(days=2)
    assert main(["adoption", str(path), "--as-of", before.isoformat(), "--json"]) == 0
    writing = json.loads(capsys.readouterr().out)["stages"][0]
    assert writing["week"] == WEEKS[2].isoformat()
    assert writing["active_pct"] == rounded(rate(activity, "writing", WEEKS[2]), NumberKind.PERCENT)
    assert len(writing["weeks"]) == 3
