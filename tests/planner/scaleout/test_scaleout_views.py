"""The Scale-out sheet and slide show the scale-out computation's numbers (issue 20)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation

from planner import i18n, templates
from planner.evidence.figures import Figures
from planner.scaleout.report import to_json
from planner.slides import build_deck
from planner.workbook import SHEET_NAMES, export_workbook
from tests.planner.slides.test_slides import PICTURE

AS_OF = dt.date(2026, 4, 6)


@pytest.fixture(scope="module")
def sample():  # type: ignore[no-untyped-def]
    return templates.load("ai-adoption")


def _rows(ws, first_header: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """The data rows of the table whose header row starts with ``first_header``."""
    rows = list(ws.iter_rows(values_only=True))
    found: list[tuple[object, ...]] = []
    started = False
    for row in rows:
        if started:
            if row[0] is None:
                break
            found.append(row)
        elif row[0] == first_header and row[1] == "Team":
            started = True
            found = []
    return found


def test_the_sheet_equals_the_json(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "Scale-out" in SHEET_NAMES
    path = tmp_path / "pack.xlsx"
    export_workbook(sample, path, as_of=AS_OF, sheets=["Scale-out"])
    ws = openpyxl.load_workbook(path)["Scale-out"]
    document = to_json(Figures(sample, AS_OF).scale_out)
    teams = {t.id: t.name for t in sample.teams}
    use_cases = {u.id: u.name for u in sample.use_cases}
    candidates = _rows(ws, "Use case")[: len(document["candidates"])]
    assert [(r[0], r[1], r[2], r[3]) for r in candidates] == [
        (use_cases[c["use_case_id"]], teams[c["team_id"]], c["expected_value"],
         "ready" if c["ready"] else "not ready")
        for c in document["candidates"]
    ]  # fmt: skip
    assert [r[8] for r in candidates] == [
        "; ".join(c["reasons"]) + "." for c in document["candidates"]
    ]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(t.startswith("A use case is proven in a team when") for t in texts)
    ideas = _rows(ws, "Idea")
    assert [r[2] for r in ideas] == [i["score"] for i in document["ideas"]]


def test_the_sheet_in_french(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    path = tmp_path / "pack.xlsx"
    export_workbook(sample, path, as_of=AS_OF, sheets=["Scale-out"])
    book = openpyxl.load_workbook(path)
    ws = book[book.sheetnames[0]]
    assert ws.title == "Passage à l’échelle"
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("pas encore d’ambassadeur" in t for t in texts)


def test_the_slide_lists_the_candidates(sample) -> None:  # type: ignore[no-untyped-def]
    deck = build_deck(sample, as_of=AS_OF, picture=PICTURE)
    buffer = io.BytesIO()
    deck.save(buffer)
    buffer.seek(0)
    slides = Presentation(buffer).slides
    slide = next(s for s in slides if s.shapes.title.text.startswith("Scale-out"))
    grid = next(shape.table for shape in slide.shapes if shape.has_table)
    cells = [[grid.cell(r, c).text for c in range(4)] for r in range(1, len(grid.rows))]
    assert cells[0][:3] == ["Draft replies to customer letters → Claims handling", "712,800 EUR",
                            "not ready"]  # fmt: skip
    assert cells[1][2] == "ready"
    assert "no ambassador yet" in cells[0][3]


def test_no_slide_when_nothing_is_proven_and_no_idea_waits(sample) -> None:  # type: ignore[no-untyped-def]
    early = build_deck(sample.model_copy(update={"ideas": ()}), as_of=dt.date(2026, 2, 2),
                       picture=PICTURE)  # fmt: skip
    titles = [s.shapes.title.text for s in early.slides]
    assert not any(t.startswith("Scale-out") for t in titles)
