"""The fast row writer writes exactly the bytes openpyxl's own writer writes."""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Font

from planner import templates
from planner.model.entities import Roadmap
from planner.workbook import export_workbook, rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate

AS_OF = dt.date(2026, 4, 1)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize(
    "roadmap",
    [pytest.param(templates.sample(), id="sample"), pytest.param(generate(400), id="generated")],
)
def test_workbook_bytes_equal_openpyxl_s_own_writer(
    roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, plain = tmp_path / "fast.xlsx", tmp_path / "plain.xlsx"
    export_workbook(roadmap, fast, as_of=AS_OF)
    monkeypatch.setattr(rows, "install", lambda writer: None)
    export_workbook(roadmap, plain, as_of=AS_OF)
    assert _parts(fast) == _parts(plain)


def _sheet_xml(tmp_path: Path, fast: bool) -> bytes:
    book = Workbook(write_only=True)
    ws = book.create_sheet("S")
    rows.install(ws)
    if not fast:  # openpyxl's own writer, with the same ready-cell rows
        ws._writer.write_row = type(ws._writer).write_row.__get__(ws._writer)

    def cell(value: object, bold: bool = False) -> Cell:
        made = Cell(ws, row=1, column=1, value=value)
        if bold:
            made.font = Font(bold=True)
        return made

    noted = cell("with a comment")
    noted.comment = Comment("note", "me")
    ws.append([cell(" padded text ", bold=True), cell(3.25), None, cell(dt.date(2026, 1, 5)),
               cell("", bold=True)])  # fmt: skip
    ws.append([])
    ws.append([cell("plain"), None, cell(7)])
    ws.append([cell("=1+1"), noted, cell(True), cell(7)])
    path = tmp_path / f"odd-{fast}.xlsx"
    book.save(path)
    return _parts(path)["xl/worksheets/sheet1.xml"]


def test_rows_it_does_not_handle_are_left_to_openpyxl(tmp_path: Path) -> None:
    assert _sheet_xml(tmp_path, True) == _sheet_xml(tmp_path, False)
    sheet = load_workbook(tmp_path / "odd-True.xlsx")["S"]
    assert sheet["A1"].value == " padded text "
    assert sheet["A1"].font.b
    assert sheet["D1"].value == dt.datetime(2026, 1, 5)
    assert sheet["C3"].value == 7
    assert sheet["A4"].data_type == "f"
    assert sheet["B4"].comment is not None
