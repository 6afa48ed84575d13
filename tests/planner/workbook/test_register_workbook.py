"""The workbook's Register sheet says what ``pilot-planner register --json`` says."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from planner import cli
from planner.i18n import format_day
from planner.register.report import REASON_SEPARATOR, SHEET_HEADER
from planner.resources import resources_dir

AS_OF = "2026-04-06"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("register")
    roadmap = folder / "ai.pilotplan"
    shutil.copy(resources_dir() / "templates" / "ai-adoption.pilotplan", roadmap)
    book = folder / "pack.xlsx"
    assert cli.main(["export", str(roadmap), "-o", str(book), "--as-of", AS_OF]) == 0
    return roadmap, book


def _json(capsys: pytest.CaptureFixture[str], roadmap: Path) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert cli.main(["register", str(roadmap), "--as-of", AS_OF, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _day(iso: str) -> str:
    return format_day(dt.date.fromisoformat(iso))


def _duty_line(duty: dict) -> str:  # type: ignore[type-arg]
    """The JSON's duty as the sheet says it: the same facts, dates as people read them."""
    pending = duty["applies_from_pending"]
    return (
        f"{duty['article']} — {duty['duty']}: {duty['status']}, from {_day(duty['applies_from'])}"
        + (f" (pending: {_day(pending)})" if pending else "")
    )


def test_register_sheet_equals_the_json(
    capsys: pytest.CaptureFixture[str], exported: tuple[Path, Path]
) -> None:
    roadmap, book = exported
    data = _json(capsys, roadmap)
    ws = openpyxl.load_workbook(book)["Register"]
    rows = [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]
    assert tuple(rows[0]) == SHEET_HEADER
    body = rows[1 : 1 + len(data["use_cases"])]
    assert len(body) == len(data["use_cases"]) == 13
    for cells, uc in zip(body, data["use_cases"], strict=True):
        since = cells[7].date() if isinstance(cells[7], dt.datetime) else cells[7]
        assert cells[0] == uc["name"]
        assert (cells[1] or None) == uc["stage"]
        assert cells[2] == uc["tier"]
        assert (cells[3] or "").split(REASON_SEPARATOR) == uc["reasons"]
        assert (cells[4] or "").split(REASON_SEPARATOR) == [_duty_line(d) for d in uc["duties"]]
        assert (cells[5] or None) == uc["overseer"]
        assert (cells[6] or None) == uc["lifecycle"]
        assert (None if since is None else since.isoformat()) == uc["lifecycle_since"]
        assert cells[8] == ("yes" if uc["complete"] else "no")
        assert [g for g in (cells[9] or "").split(REASON_SEPARATOR) if g] == uc["gaps"]


def test_register_sheet_says_it_is_not_legal_advice(exported: tuple[Path, Path]) -> None:
    ws = openpyxl.load_workbook(exported[1])["Register"]
    subtitle = ws["A2"].value
    assert "decision support, not legal advice" in subtitle
    assert "Regulation (EU) 2024/1689" in subtitle
    # The whole statement, with both tracks of dates, under the table.
    notes = [c for row in ws.iter_rows(min_row=4, max_col=1, values_only=True) for c in row if c]
    statement = next(n for n in notes if str(n).startswith("Decision support, not legal advice"))
    assert "Have your legal or compliance function confirm" in statement
    assert "not treated as law" in statement


def test_the_french_register_sheet(tmp_path: Path, exported: tuple[Path, Path]) -> None:
    """Sheet name, title, headers, tiers, statuses and dates in French; the disclaimer too."""
    book = tmp_path / "fr.xlsx"
    command = ["export", str(exported[0]), "-o", str(book), "--as-of", AS_OF, "--lang", "fr"]
    assert cli.main(command) == 0
    ws = openpyxl.load_workbook(book)["Registre"]
    assert ws["A1"].value == "Registre"
    assert "aide à la décision, pas un avis juridique" in ws["A2"].value
    notes = [c for row in ws.iter_rows(min_row=4, max_col=1, values_only=True) for c in row if c]
    assert any(str(n).startswith("Aide à la décision, pas un avis juridique") for n in notes)
    assert "règlement (UE) 2024/1689" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Cas d’usage", "Étape", "Niveau AI Act", "Motifs"]
    cells = [str(c.value) for row in ws.iter_rows(min_row=4) for c in row if c.value]
    text = "\n".join(cells)
    assert "haut risque" in cells or "transparence" in cells or "minimal" in cells
    assert "à partir du 2 févr. 2025" in text  # Art. 4, in the French date format
    assert "2025-02-02" not in text  # ISO dates are for --json and CSV
    assert not any(word in cells for word in ("high-risk", "transparency", "not screened", "yes"))
