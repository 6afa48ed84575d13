"""``pilot-planner import-usage``: writes atomically, or leaves the file exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from usage_samples import digest, sample, small_roadmap

from planner.cli import main
from planner.file import storage

AS_OF = ["--as-of", "2026-03-20"]


@pytest.fixture
def roadmap_file(tmp_path: Path) -> Path:
    path = tmp_path / "AI-rollout.pilotplan"
    storage.save(small_roadmap(), path)
    return path


def run(*args: str | Path) -> int:
    return main(["import-usage", *map(str, args)])


def test_import_saves_and_reports(roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = storage.load(roadmap_file)
    code = run(roadmap_file, sample("viva_weekly.csv"), *AS_OF)
    out = capsys.readouterr().out
    assert code == 0
    assert "Rows: 114 read, 114 used, 0 refused" in out
    assert "Measurements: 84 added" in out
    assert "outside the programme (teams in no stage fed): 3 people, 18 rows" in out
    assert f"Saved {roadmap_file}." in out
    after = storage.load(roadmap_file)
    assert after.lineage.revision == before.lineage.revision + 1
    assert len(after.measurements) == 84
    assert {m.source for m in after.measurements} == {
        "Per-user weekly action counts (Viva Insights person query), imported 2026-03-20"
    }


def test_reimport_changes_nothing(roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(roadmap_file, sample("copilot_users_v1.csv"), *AS_OF) == 0
    saved = digest(roadmap_file)
    capsys.readouterr()
    assert run(roadmap_file, sample("copilot_users_v1.csv"), *AS_OF) == 0
    out = capsys.readouterr().out
    assert "0 added, 0 replaced, 1 already up to date" in out
    assert "Nothing to change" in out
    assert digest(roadmap_file) == saved


def test_dry_run_writes_nothing(roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = digest(roadmap_file)
    code = run(roadmap_file, sample("tidy_custom_names.csv"), "--dry-run", *AS_OF,
               "--mapping", "week=Semaine ISO,metric=KPI suivi,value=Résultat")  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "2 added" in out
    assert "Dry run: nothing was written." in out
    assert digest(roadmap_file) == saved


def test_options_reach_the_import(roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        roadmap_file, sample("copilot_users_v2.csv"), *AS_OF,
        "--teams", sample("teams_mapping.csv"), "--stage", "Writing assistance",
        "--metric", "actions=m-actions", "--min-group", "6",
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "groups smaller than 6 are not stored" in out
    # Underwriting (6) would leave HR and the Legal people (5 < 6) readable by subtraction.
    teams = {m.team_id for m in storage.load(roadmap_file).measurements}
    assert teams == {None, "t-cs"}
    mapping = roadmap_file.parent / "mapping.txt"
    mapping.write_text("week=Semaine ISO\nmetric=KPI suivi\nvalue=Résultat\n", encoding="utf-8")
    code = run(
        roadmap_file, sample("tidy_custom_names.csv"), *AS_OF, "--mapping", mapping,
        "--use-case", "uc-minutes",
    )  # fmt: skip
    assert code == 0
    scoped = [m for m in storage.load(roadmap_file).measurements if m.use_case_id]
    assert {m.week for m in scoped} == {dt.date(2026, 3, 2), dt.date(2026, 3, 9)}


def _bad_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "page.xlsx"
    path.write_text("<!DOCTYPE html><html><body>Sign in</body></html>", encoding="utf-8")
    return path


def _header_only(tmp_path: Path) -> Path:
    path = tmp_path / "header.csv"
    path.write_text("PersonId,MetricDate,Total Copilot actions taken\n", encoding="utf-8")
    return path


def _future(tmp_path: Path) -> Path:
    path = tmp_path / "future.csv"
    path.write_text("week,metric,value\n2026-06-01,m-wau,45\n", encoding="utf-8")
    return path


def _text_in_numbers(tmp_path: Path) -> Path:
    path = tmp_path / "numbers.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Week", "Metric", "Value"], ["2026-03-02", "m-wau", "forty"]):
        sheet.append(row)
    workbook.save(path)
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_bad_xlsx, "page.xlsx: page.xlsx is not really an Excel workbook"),
        (_header_only, "has column names but no data rows"),
        (_future, "line 2: week 2026-06-01 is in the future"),
        (_text_in_numbers, "row 2: Value: 'forty' is not a number"),
        (_empty, "empty.csv is empty"),
    ],
)
def test_bad_input_leaves_the_roadmap_untouched(
    roadmap_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make, message: str
) -> None:
    saved = digest(roadmap_file)
    code = run(roadmap_file, make(tmp_path), *AS_OF)
    err = capsys.readouterr().err
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert all(line.startswith("pilot-planner import-usage: ") for line in err.splitlines())
    assert digest(roadmap_file) == saved


def test_usage_mistakes(roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = digest(roadmap_file)
    assert run(roadmap_file, sample("tidy_basic.csv"), "--mapping", "week") == 1
    assert "not of the form field=column" in capsys.readouterr().err
    for args in (["--as-of", "20/03/2026"], ["--min-group", "1"], ["--layout", "pdf"]):
        with pytest.raises(SystemExit) as caught:
            run(roadmap_file, sample("tidy_basic.csv"), *args)
        assert caught.value.code == 2
    capsys.readouterr()
    assert run(roadmap_file, sample("tidy_basic.csv"), *AS_OF, "--stage", "Nope") == 1
    assert "no stage 'Nope'" in capsys.readouterr().err
    assert digest(roadmap_file) == saved


def test_a_broken_roadmap_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.pilotplan"
    broken.write_text('{"format": "pilot-planner-roadmap", "schema_version": 2', encoding="utf-8")
    saved = digest(broken)
    assert run(broken, sample("tidy_basic.csv")) == 1
    assert "broken.pilotplan" in capsys.readouterr().err
    assert digest(broken) == saved


def test_the_minimum_group_option_is_bounded_and_reported_truthfully(
    roadmap_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Audit of issue 19: --min-group 99999999999999999999 was taken, and the report then
    said "(5 was asked; 5 is the floor)" — only the roadmap's 5 had been asked below it."""
    for too_big in ("10001", "99999999999999999999"):
        with pytest.raises(SystemExit) as ended:
            run(roadmap_file, sample("viva_weekly.csv"), *AS_OF, "--min-group", too_big)
        assert ended.value.code == 2
        assert "the minimum group size must be at most 10,000" in capsys.readouterr().err
    assert run(roadmap_file, sample("viva_weekly.csv"), *AS_OF, "--min-group", "8",
               "--dry-run") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "groups smaller than 8 are not stored" in out
    assert "is the floor" not in out
    assert run(roadmap_file, sample("viva_weekly.csv"), *AS_OF, "--min-group", "3",
               "--dry-run") == 0  # fmt: skip
    assert "(3 was asked; 5 is the floor)" in capsys.readouterr().out


def test_the_report_dates_weeks_as_people_read_them(
    roadmap_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report is shown in the app's import dialog too: '(weeks of 9 Mar 2026)', not ISO."""
    code = run(roadmap_file, sample("tidy_custom_names.csv"), "--dry-run", *AS_OF,
               "--mapping", "week=Semaine ISO,metric=KPI suivi,value=Résultat")  # fmt: skip
    assert code == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "added" in x)
    assert "(weeks of 2 Mar 2026, 9 Mar 2026)" in line
    assert "2026-03" not in line
