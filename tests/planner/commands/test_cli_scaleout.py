"""``pilot-planner scale-out``: text, JSON of the documented shape, bad input (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.evidence.figures import Figures
from planner.file import storage
from planner.scaleout.report import to_json
from tests.planner.scaleout_data import AS_OF, roadmap


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "scale.pilotplan"
    storage.save(roadmap(), target)
    return target


def test_json_has_the_issue_s_shape_and_the_computation_s_numbers(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scale-out", str(path), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["format", "format_version", "proven", "candidates", "ideas"]
    assert (document["format"], document["format_version"]) == ("pilot-planner-scale-out", 1)
    assert [(p["use_case_id"], p["team_id"]) for p in document["proven"]] == [("uc-letters", "A")]
    first, second = document["candidates"]
    assert set(first) == {"use_case_id", "team_id", "expected_value", "ready", "reasons"}
    assert (first["team_id"], first["expected_value"], first["ready"]) == ("C", 340200.0, True)
    assert (second["team_id"], second["ready"]) == ("D", False)
    assert "no ambassador yet" in second["reasons"]
    loaded = storage.load(path)
    assert document == to_json(Figures(loaded, AS_OF).scale_out)


def test_text_names_the_rule_the_proven_and_the_candidates(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scale-out", str(path), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "A use case is proven in a team when" in out
    assert "Writing: active users ≥ 60 %" in out
    assert "Draft letters — Customer service: proven (70 % active, bar 60 %)" in out
    assert "1. Draft letters → Claims: 340,200 EUR a year" in out
    assert "Broker desk loses 5 h/week per person on the same friction (Correspondence)" in out


def test_french(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scale-out", str(path), "--as-of", AS_OF.isoformat(), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "pas encore d’ambassadeur" in out
    assert "Cas d’usage prouvés" in out


def test_unknown_input_is_a_clear_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.pilotplan"
    assert main(["scale-out", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "nowhere.pilotplan" in err
    assert "Traceback" not in err
    garbage = tmp_path / "bad.pilotplan"
    garbage.write_text("{not json", encoding="utf-8")
    assert main(["scale-out", str(garbage), "--json"]) == 1
    assert "bad.pilotplan" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["scale-out", str(path), "--as-of", "yesterday"])
    assert stopped.value.code == 2
    assert "not a valid date" in capsys.readouterr().err


def test_plan_from_the_command_line_saves_one_edit(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = AS_OF.isoformat()
    assert main(["scale-out", str(path), "--as-of", day, "--plan", "uc-letters", "D"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Plan 'Draft letters' for Broker desk: saved ")
    saved = storage.load(path)
    copy = next(u for u in saved.use_cases if u.scaled_from == "uc-letters")
    assert copy.team_ids == ("D",)
    assert [c.team_id for c in Figures(saved, AS_OF).scale_out.candidates] == ["C"]
    assert main(["scale-out", str(path), "--as-of", day, "--plan", "uc-letters", "D"]) == 1
    assert "Broker desk already has 'Draft letters'" in capsys.readouterr().err


def test_extend_and_promote_from_the_command_line(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = AS_OF.isoformat()
    args = ["scale-out", str(path), "--as-of", day, "--plan", "uc-letters", "C", "--extend"]
    assert main([*args, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)  # JSON only, the new state
    assert [c["team_id"] for c in document["candidates"]] == ["D"]
    assert "C" in next(u for u in storage.load(path).use_cases if u.id == "uc-letters").team_ids
    assert main(["scale-out", str(path), "--promote", "nothing"]) == 1
    assert "no idea 'nothing'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["scale-out", str(path), "--plan", "uc-letters"])
    assert stopped.value.code == 2
    assert main(["scale-out", str(path), "--extend"]) == 2
