"""Excel tables added after xlsxwriter's streamed (constant_memory) write: the parts are
those xlsxwriter writes for ``add_table`` in its normal mode, byte for byte."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st

from planner.workbook.export import OPTIONS
from planner.workbook.table_parts import _ATTRIBUTE, TablePart, _attribute, write_with_tables

HEADERS = ["Week", 'R&D "plan" <x>', "Note"]
CHART = {"type": "line"}


def _fill(book: xlsxwriter.Workbook, streamed: bool) -> dict[str, list[TablePart]]:
    """Two sheets: the first with a chart and two tables side by side, the second with
    one table, a spacer sheet without any between them."""
    tables: dict[str, list[TablePart]] = {}
    first = book.add_worksheet("Plan & more")
    for c, h in enumerate([*HEADERS, "Other"]):
        first.write_string(0, c, h)
    for r in range(1, 4):
        first.write_datetime(r, 0, dt.datetime(2026, 1, 5 + r))
        first.write_number(r, 1, r * 1.5)
        first.write_string(r, 2, f"row {r}")
        first.write_number(r, 3, r)
    chart = book.add_chart(CHART)
    chart.add_series({"values": "='Plan & more'!$B$2:$B$4"})
    first.insert_chart("F2", chart)
    book.add_worksheet("Empty")
    second = book.add_worksheet("Second")
    second.write_string(1, 1, "Name")
    second.write_string(2, 1, "x")
    specs = [
        (first, "Plan & more", "A1:C4", "Weekly", HEADERS),
        (first, "Plan & more", "D1:D4", "Others", ["Other"]),
        (second, "Second", "B2:B3", "Names", ["Name"]),
    ]
    for ws, title, ref, name, headers in specs:
        if streamed:
            tables.setdefault(title, []).append(TablePart(name, ref, tuple(headers)))
        else:
            ws.add_table(ref, {"name": name, "columns": [{"header": h} for h in headers],
                               "autofilter": True, "banded_rows": True,
                               "style": "Table Style Light 1"})  # fmt: skip
    return tables


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_the_table_parts_are_xlsxwriters_own(tmp_path: Path) -> None:
    normal = tmp_path / "normal.xlsx"
    book = xlsxwriter.Workbook(str(normal), {k: v for k, v in OPTIONS.items()
                                             if k != "constant_memory"})  # fmt: skip
    _fill(book, streamed=False)
    book.close()
    streamed = io.BytesIO()
    book = xlsxwriter.Workbook(streamed, OPTIONS)
    tables = _fill(book, streamed=True)
    book.close()
    streamed.seek(0)
    out = io.BytesIO()
    write_with_tables(streamed, out, tables)

    theirs, ours = _parts(normal.read_bytes()), _parts(out.getvalue())
    added = [n for n in theirs if "tables/" in n or "worksheets/_rels/" in n]
    assert len([n for n in added if "tables/" in n]) == 3
    for name in added:
        assert ours[name] == theirs[name], name
    overrides = re.compile(rb'<Override PartName="/xl/tables/[^>]+>')
    assert overrides.findall(ours["[Content_Types].xml"]) == overrides.findall(
        theirs["[Content_Types].xml"]
    )
    element = re.compile(rb"<tableParts.*</tableParts>")
    for sheet in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"):
        assert element.findall(ours[sheet]) == element.findall(theirs[sheet])
        assert ours[sheet].endswith(b"</tableParts></worksheet>")
    assert b"tableParts" not in ours["xl/worksheets/sheet2.xml"]
    # Same entry timestamps: the file stays deterministic.
    with zipfile.ZipFile(out) as z, zipfile.ZipFile(normal) as xlsx:
        assert {i.date_time for i in z.infolist()} == {i.date_time for i in xlsx.infolist()}
    book_back = openpyxl.load_workbook(out)
    assert sorted(book_back["Plan & more"].tables) == ["Others", "Weekly"]
    assert book_back["Second"].tables["Names"].ref == "B2:B3"


@pytest.mark.parametrize("name", ["A1", "has space", "R", "1st", ""])
def test_a_name_excel_would_refuse_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="name an Excel table"):
        TablePart(name, "A1:A2", ("x",))


def test_headers_must_be_unique_whatever_the_case() -> None:
    with pytest.raises(ValueError, match="unique"):
        TablePart("T", "A1:B2", ("Name", "NAME"))


def test_an_unknown_sheet_is_refused() -> None:
    streamed = io.BytesIO()
    book = xlsxwriter.Workbook(streamed, OPTIONS)
    book.add_worksheet("Only")
    book.close()
    streamed.seek(0)
    with pytest.raises(ValueError, match="no sheet named Other"):
        write_with_tables(streamed, io.BytesIO(), {"Other": [TablePart("T", "A1:A2", ("x",))]})


@given(st.text())
def test_attributes_are_escaped_as_saxutils_escapes_them(text: str) -> None:
    assert _attribute(text) == escape(text, _ATTRIBUTE)
