"""``pilot-planner value``: every stage's figures in words and as JSON, from one computation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner import cli, templates
from planner.evidence.figures import Figures
from planner.file import storage

AS_OF = dt.date(2026, 4, 3)
"""The Friday of the template's last sample week, on its own calendar."""


@pytest.fixture(scope="module")
def roadmap_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("value") / "ai.pilotplan"
    storage.save(templates.load("ai-adoption"), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["value", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_documented_shape_and_the_report_s_numbers(
    roadmap_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(roadmap_file), "--as-of", AS_OF.isoformat(), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["format"] == "pilot-planner-value"
    assert document["format_version"] == 1
    assert document["as_of"] == AS_OF.isoformat()
    assert set(document["assumptions"]) >= {"hourly_cost", "recapture_rate", "minutes_per_action"}
    assert document["assumptions"]["recapture_rate"]["value"] == 50.0
    assert "Forrester" in document["assumptions"]["recapture_rate"]["source"]
    report = Figures(templates.load("ai-adoption"), AS_OF).value
    writing, project, bespoke = document["stages"]
    expected = report.stage("stage-writing")
    assert writing["status"] == "ok"
    for key in ("realised_value", "telemetry_value", "cost", "net_value", "value_per_seat_month",
                "break_even_minutes", "expected_value_per_year", "realised_share",
                "adjusted_roi", "value_to_price"):  # fmt: skip
        assert writing[key] == getattr(expected, key), key
    assert writing["payback"] == {
        "week": expected.payback.week.isoformat()
        if expected.payback and expected.payback.week
        else None,
        "projected": True,
        "reason": "projected",
    }
    assert len(writing["weeks"]) == len(expected.weeks)
    assert writing["weeks"][-1]["cumulative_value"] == expected.realised_value
    assert sum(w["value"] or 0 for w in writing["weeks"]) == writing["realised_value"]
    assert sum(u["realised_value"] for u in writing["use_cases"]) == writing["realised_value"]
    assert project["status"] == "too_early"
    assert project["weeks_of_data"] == 3
    assert project["realised_value"] is None
    assert project["cost"] > 0
    assert bespoke["status"] == "no_usage"


def test_text_says_each_figure_with_its_assumption(
    roadmap_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, str(roadmap_file), "--as-of", AS_OF.isoformat())
    assert code == 0
    assert "Recapture rate: 50 % — The share of saved time" in out
    assert "Writing assistance — 10 weeks of usage data" in out
    assert "Expected 816,750 EUR a year, realised so far " in out
    assert "Seats: 180 (Microsoft 365 Copilot) at 28.10 EUR a seat a month" in out
    assert "× 55 EUR/h × 50 % recaptured" in out
    assert "Project management — too early: 3 of 8 weeks of usage data" in out
    assert "Bespoke tasks — no usage data yet" in out
    assert "Payback: week of " in out


def test_a_bad_file_is_one_line_and_exit_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.pilotplan"
    broken.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, str(broken))
    assert code == 1
    assert out == ""
    assert err.startswith("pilot-planner value: ")
    assert "Traceback" not in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["value", str(broken), "--as-of", "someday"])
    assert usage.value.code == 2
