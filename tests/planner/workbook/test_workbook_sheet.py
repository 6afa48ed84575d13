"""The Sheet API other sheets are written with: rows, merges, outline, widths, tables,
conditional formats, charts, page breaks, print set-up — read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from planner.workbook.charts import Line, LineChart, cm_to_pixels
from planner.workbook.export import OPTIONS
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    BOLD,
    DATE,
    HEADER,
    TEXT,
    ColourScale,
    Look,
    StyleBook,
    Tone,
    expression,
    fill_dxf,
    tone_dxf,
)
from planner.workbook.table_parts import write_with_tables

MONDAY = dt.date(2026, 1, 5)


def book(tmp_path: Path) -> tuple[xlsxwriter.Workbook, Sheet, Path]:
    """A workbook written as the export writes it (rows streamed: OPTIONS)."""
    path = tmp_path / "sheet.xlsx"
    workbook = xlsxwriter.Workbook(str(tmp_path / "streamed.xlsx"), OPTIONS)
    sheet = Sheet(workbook, "Data", StyleBook("EUR", workbook.add_format))
    return workbook, sheet, path


def close(workbook: xlsxwriter.Workbook, sheet: Sheet, path: Path) -> None:
    """Close the workbook and add the sheet's tables, as the export does."""
    workbook.close()
    with open(workbook.filename, "rb") as source, open(path, "wb") as target:
        write_with_tables(source, target, {sheet.title: sheet.tables})


def test_rows_need_setup_and_widths_come_first(tmp_path: Path) -> None:
    workbook, sheet, path = book(tmp_path)
    with pytest.raises(RuntimeError, match="setup"):
        sheet.append(["x"])
    sheet.setup(roadmap_title="R", as_of=MONDAY, title_rows=1, freeze="A2")
    sheet.append(["x"])
    with pytest.raises(RuntimeError, match="before the first row"):
        sheet.widths([10])
    close(workbook, sheet, path)


def test_a_sheet_with_every_feature_reads_back(tmp_path: Path) -> None:
    workbook, sheet, path = book(tmp_path)
    sheet.widths([20.0, 12.0, 9.0])
    sheet.hide_columns(3, 3)
    sheet.group_summary_above()
    sheet.setup(roadmap_title="R&D plan", as_of=MONDAY, title_rows=2, freeze="B3",
                gridlines=True)  # fmt: skip
    assert sheet.append([("Title", BOLD), None, None], merge=(1, 3), height=24) == 1
    sheet.append([("Week", HEADER), ("Value", HEADER), ("Note", HEADER)])
    for week in range(4):
        day = MONDAY + dt.timedelta(weeks=week)
        sheet.append([(day, DATE), float(week * 10), "=not a formula"], outline=1)
    sheet.add_table("Values", 2, 1, 6, ["Week", "Value", "Note"], HEADER)
    sheet.conditional("B3:B6", expression("$B3>=20", tone_dxf(Tone.GOOD)))
    sheet.conditional("B3:B6", ColourScale(0, "FF0000", 15, "FFFF00", 30, "00FF00"))
    sheet.page_break_after(4)
    sheet.append([("hidden row", TEXT)], hidden=True)
    sheet.add_line_chart(9, 1, LineChart(title="Value", header_row=2, last_row=6,
                                         category_column=1,
                                         lines=(Line(2, "3E6FA8", markers=True),
                                                Line(2, "B3261E", dashed=True))))  # fmt: skip
    close(workbook, sheet, path)

    ws = openpyxl.load_workbook(path)["Data"]
    assert [r.coord for r in ws.merged_cells.ranges] == ["A1:C1"]
    assert ws["A1"].value == "Title"
    assert ws["A1"].font.b
    assert ws.row_dimensions[1].height == 24
    assert ws.freeze_panes == "B3"
    assert ws.print_title_rows == "$1:$2"
    assert ws.print_options.gridLines
    assert ws.page_setup.orientation == "landscape"
    assert ws.oddHeader.left.text == "R&&D plan"
    assert ws.oddHeader.left.size == 10  # printed at the sheet's scale: never below 8 pt
    assert ws.oddFooter.right.text == "Page &P of &N"
    # widths are stored as given (to xlsxwriter's 1/7-character grid)
    assert ws.column_dimensions["A"].width == pytest.approx(20.0, abs=0.1)
    assert ws.column_dimensions["B"].width == pytest.approx(12.0, abs=0.1)
    assert ws.column_dimensions["C"].hidden
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    assert [ws.row_dimensions[r].outlineLevel for r in range(3, 7)] == [1, 1, 1, 1]
    assert ws.row_dimensions[7].hidden
    assert ws["A3"].is_date
    assert ws["A3"].value == dt.datetime(2026, 1, 5)
    assert (ws["B4"].value, ws["B4"].data_type) == (10, "n")
    assert (ws["C3"].value, ws["C3"].data_type) == ("=not a formula", "s")
    assert ws["C3"].quotePrefix
    (table,) = ws.tables.values()
    assert (table.displayName, table.ref) == ("Values", "A2:C6")
    assert table.autoFilter is not None
    assert [c.name for c in table.tableColumns] == ["Week", "Value", "Note"]
    assert ws["A2"].font.b  # the header keeps its look after the table rewrites it
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert [r.type for r in rules] == ["expression", "colorScale"]
    assert rules[0].formula == ["$B3>=20"]
    assert rules[0].stopIfTrue
    assert [b.id for b in ws.row_breaks.brk] == [4]
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
    # anchored where asked (row 9, column 1: zero-based 8 and 0)
    assert "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>" in drawing
    # the series values are cached in the chart, as viewers that do not calculate need
    assert "<c:v>Value</c:v>" in chart
    assert "<c:v>30</c:v>" in chart
    assert chart.count("<c:ser>") == 2
    assert 'prstDash val="dash"' in chart
    assert "Data!$B$3:$B$6" in chart


def test_looks_become_formats_once(tmp_path: Path) -> None:
    workbook, sheet, path = book(tmp_path)
    styles = sheet.styles
    first = styles.formats(Look(bold=True))
    assert styles.formats(Look(bold=True)) == first  # equal looks share a format
    assert first[0] is not first[1]  # the quote-prefixed variant
    assert styles.dxf(fill_dxf("FF0000")) is styles.dxf(fill_dxf("FF0000"))
    money = styles.spec(Look(fmt="money"))
    assert money["num_format"] == '#,##0 "€"'
    assert "num_format" not in styles.spec(TEXT)  # General
    toned = styles.spec(Look(tone=Tone.BAD))
    assert toned["bg_color"] == "#F6CFCA"
    close(workbook, sheet, path)


def test_values_the_writer_cannot_show(tmp_path: Path) -> None:
    workbook, sheet, path = book(tmp_path)
    sheet.setup(roadmap_title="R", as_of=MONDAY, title_rows=0, freeze=None)
    sheet.append([float("inf"), float("nan"), (MONDAY, TEXT)])
    close(workbook, sheet, path)
    ws = openpyxl.load_workbook(path)["Data"]
    assert ws["A1"].value is None
    assert ws["B1"].value is None
    assert ws["C1"].is_date  # a date keeps a date format whatever its look


def test_chart_size_in_pixels() -> None:
    assert cm_to_pixels(2.54) == 96


def test_a_chart_title_shaped_like_a_reference_stays_text() -> None:
    from planner.workbook.charts import literal_name

    shown = literal_name("Claims!A1 review — target ≥ 60")
    assert shown.replace("\u200b", "") == "Claims!A1 review — target ≥ 60"
    assert not re.match(r"^=?[^!]+!\$?[A-Z]+\$?\d+", shown)
    assert literal_name("Writing assistance") == "Writing assistance"
