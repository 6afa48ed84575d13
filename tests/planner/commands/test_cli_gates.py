"""``pilot-planner gates``: text and JSON output, exit codes, the template."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from gates_data import criterion, logistic, roadmap, series, stage, use_case, week

from planner.cli import main
from planner.file import storage
from planner.model.entities import Roadmap, StageStatus, Window
from planner.resources import resources_dir

AS_OF = "2026-04-01"


def sample() -> Roadmap:
    """Stage 1 close to its gate; stage 2 not started, with a team lacking an ambassador."""
    s2 = stage("s2", name="Project management", planned_start=week(16), planned_end=week(40),
               gate_review=week(39), status=StageStatus.PLANNED, team_ids=("legal",))  # fmt: skip
    return roadmap(
        stages=(stage(name="Writing assistance"), s2),
        use_cases=(use_case("uc1", data_source_ids=("ds-dms",)),),
        criteria=(
            criterion("c-wau", "wau", 65, window=Window.MEAN, window_weeks=2),
            criterion("c-sat", "sat", 3.5, mandatory=False),
            criterion("c-amb", "amb", 2, mandatory=False),
            criterion("c2-wau", "wau", 80, stage_id="s2"),
        ),
        measurements=series("wau", [logistic(t) for t in range(13)])
        + series("sat", [3.6, 3.9, 4.0], first=10),
    )


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "AI-rollout.pilotplan"
    storage.save(sample(), path)
    return path


def test_text_output_has_a_table_per_stage_and_the_findings(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gates", str(plan), "--as-of", AS_OF]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Gates of 'Insurer AI programme' as of 1 Apr 2026\n")
    assert "Writing assistance — active · gate review 20 Apr 2026" in out
    assert "Project management — planned · gate review" in out
    lines = out.splitlines()
    header = next(line for line in lines if line.strip().startswith("criterion"))
    assert header.split() == ["criterion", "kind", "threshold", "value", "period", "status",
                              "trend", "forecast"]  # fmt: skip
    wau = next(line for line in lines if line.strip().startswith("Weekly active users"))
    assert "mandatory" in wau
    assert "≥ 65 %" in wau
    assert "not met" in wau
    assert "rising" in wau
    assert "on track for the review on 20 Apr" in wau
    assert "  2 of 3 criteria met — mandatory: 1 not met — suggested: hold" in lines
    assert "  0 of 1 criteria met — mandatory: 1 not met — suggested: hold" in lines
    assert "Method checks (" in out
    assert re.search(
        r"stage_team_without_ambassador +Stage 'Project management': team 'Legal'", out
    )


def test_json_output_is_stable_and_machine_readable(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gates", str(plan), "--as-of", AS_OF, "--json"]) == 0
    out = capsys.readouterr().out
    assert out.isascii()
    doc = json.loads(out)
    assert (doc["format"], doc["format_version"], doc["as_of"]) == (
        "pilot-planner-gates", 1, "2026-04-01",
    )  # fmt: skip
    s1 = doc["stages"][0]
    assert set(s1) == {
        "id", "name", "status", "gate_review", "met", "total", "mandatory_met",
        "mandatory_failed", "score", "suggested", "explanation", "criteria",
    }  # fmt: skip
    assert (s1["id"], s1["gate_review"], s1["met"], s1["total"]) == ("s1", "2026-04-20", 2, 3)
    assert (s1["mandatory_met"], s1["mandatory_failed"], s1["suggested"]) == (
        False, ["c-wau"], "hold",
    )  # fmt: skip
    assert s1["score"] == 1.0
    wau = s1["criteria"][0]
    assert (wau["id"], wau["comparator"], wau["threshold"], wau["status"]) == (
        "c-wau", ">=", 65, "not_met",
    )  # fmt: skip
    assert (wau["period_start"], wau["period_end"], wau["window"]) == (
        "2026-03-23", "2026-03-30", "mean",
    )  # fmt: skip
    assert wau["forecast"]["status"] == "on_track"
    assert dt.date.fromisoformat(wau["forecast"]["expected"]) <= dt.date(2026, 4, 20)
    assert s1["criteria"][1]["forecast"] is None  # met
    codes = {f["code"] for f in doc["findings"]}
    assert "stage_team_without_ambassador" in codes
    assert set(doc["findings"][0]) == {"code", "kind", "entity_id", "severity", "message"}
    # Same file, same date: same output.
    main(["gates", str(plan), "--as-of", AS_OF, "--json"])
    assert capsys.readouterr().out == out


def test_as_of_defaults_to_today(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gates", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["as_of"] == dt.date.today().isoformat()


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "01/04/2026", ""])
def test_a_bad_date_is_a_usage_error(
    plan: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["gates", str(plan), "--as-of", bad])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "is not a valid date (expected YYYY-MM-DD)" in err
    assert "Traceback" not in err


def test_a_missing_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.pilotplan"
    assert main(["gates", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"pilot-planner gates: {missing}: ")
    assert "Traceback" not in captured.err


def test_a_damaged_file_names_the_problem(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan.write_bytes(plan.read_bytes()[:200])  # truncated by a mail gateway
    assert main(["gates", str(plan)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"pilot-planner gates: {plan}: ")
    assert "Traceback" not in err


def test_an_invalid_roadmap_lists_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = storage.dumps(sample()).decode()
    doc = json.loads(text)
    doc["roadmap"]["criteria"][0]["metric_id"] = "ghost"
    path = tmp_path / "bad.pilotplan"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["gates", str(path)]) == 1
    err = capsys.readouterr().err
    assert "ghost" in err
    assert all(line.startswith("pilot-planner gates: ") for line in err.splitlines())


def test_a_roadmap_without_stages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.pilotplan"
    storage.save(roadmap(stages=(), friction_points=()), path)
    assert main(["gates", str(path), "--as-of", AS_OF]) == 0
    out = capsys.readouterr().out
    assert "The roadmap has no stages." in out
    assert "Method checks: nothing to flag." in out


TEMPLATE = resources_dir() / "templates" / "ai-adoption.pilotplan"


@pytest.mark.skipif(not TEMPLATE.exists(), reason="the ai-adoption template is not written yet")
def test_the_template_shows_a_meaningful_picture(capsys: pytest.CaptureFixture[str]) -> None:
    template = storage.load(TEMPLATE)
    last_week = max(m.week for m in template.measurements)
    as_of = last_week + dt.timedelta(days=3)
    assert main(["gates", str(TEMPLATE), "--as-of", as_of.isoformat(), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    criteria = [c for s in doc["stages"] for c in s["criteria"]]
    statuses = {c["status"] for c in criteria}
    assert {"met", "not_met"} <= statuses
    dated = [c for c in criteria if c["forecast"] and c["forecast"]["expected"]]
    assert dated, "some criterion not met should have a forecast date"
    assert any(c["trend"] == "rising" for c in criteria)
    assert main(["gates", str(TEMPLATE), "--as-of", as_of.isoformat()]) == 0
    text = capsys.readouterr().out
    assert "criteria met — mandatory:" in text
    assert "expected " in text
