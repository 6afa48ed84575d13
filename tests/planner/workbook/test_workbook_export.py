"""The workbook read back with openpyxl and with python-calamine (an independent reader)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string
from python_calamine import CalamineWorkbook
from test_workbook_support import AS_OF, MONDAY, export, sheet_parts, small, template

from planner.workbook import SHEET_NAMES, chosen_sheets, gates_sheet, risks, use_cases
from planner.workbook import data_sources as data_sheet
from planner.workbook import decisions as decisions_sheet
from planner.workbook import friction as friction_sheet
from planner.workbook.timeline import periods

CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

TABLE_SHEETS = {
    "Gates": gates_sheet.COLUMNS,
    "Use cases": use_cases.COLUMNS,
    "Friction points": friction_sheet.COLUMNS,
    "Data sources": data_sheet.COLUMNS,
    "Decisions": decisions_sheet.COLUMNS,
    "Risks": risks.COLUMNS,
}


@pytest.fixture(scope="module")
def template_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(template(), tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(small(), tmp_path_factory.mktemp("small"))


def rows(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


# ------------------------------------------------------------------ structure


def test_sheet_names_in_order_for_both_readers(template_book: Path) -> None:
    assert openpyxl.load_workbook(template_book).sheetnames == list(SHEET_NAMES)
    assert CalamineWorkbook.from_path(str(template_book)).sheet_names == list(SHEET_NAMES)


def test_table_sheets_have_their_headers_under_a_title(template_book: Path) -> None:
    for sheet, columns in TABLE_SHEETS.items():
        data = rows(template_book, sheet)
        assert data[0][0] == sheet
        assert str(data[1][0]).startswith("AI adoption programme · as of 11 March 2026")
        assert data[2][: len(columns)] == [c.header for c in columns]


def test_use_cases_values_are_real_numbers_and_dates(template_book: Path) -> None:
    roadmap = template()
    data = rows(template_book, "Use cases")
    body = data[3 : 3 + len(roadmap.use_cases)]
    assert sorted(r[0] for r in body) == sorted(u.name for u in roadmap.use_cases)
    by_name = {u.name: u for u in roadmap.use_cases}
    for row in body:
        uc = by_name[str(row[0])]
        assert row[6] == uc.planned_start
        assert row[7] == uc.planned_end
        assert row[13] == pytest.approx(uc.cost_per_year)
        assert isinstance(row[11], float)
    total = data[3 + len(roadmap.use_cases)]
    assert total[0] == "Total"
    assert total[13] == pytest.approx(sum(u.cost_per_year for u in roadmap.use_cases))


def test_number_formats(small_book: Path) -> None:
    book = openpyxl.load_workbook(small_book)
    ws = book["Use cases"]
    assert ws["G4"].number_format == "d mmm yyyy"
    assert ws["L4"].number_format == '#,##0 "€"'
    assert ws["I4"].number_format == '0"%"'
    assert ws["O4"].number_format == "0%"
    assert ws["G4"].is_date
    gates = book["Gates"]
    assert gates["H4"].number_format == '0.0"%"'  # weekly active users, a percentage
    assert gates["H5"].number_format == "#,##0.0#"  # hours saved


def test_no_formula_and_no_error_cell_anywhere(template_book: Path) -> None:
    for name, xml in sheet_parts(template_book).items():
        assert b"<f>" not in xml, name
        assert b"<f " not in xml, name
        assert b't="e"' not in xml, name


def test_frozen_panes_and_print_setup_on_every_sheet(template_book: Path) -> None:
    book = openpyxl.load_workbook(template_book)
    expected_freeze = {"Summary": "A3", "Timeline": "B7", "Adoption": "A3", "Value": "A3",
                       "Scale-out": "A3"}  # fmt: skip
    for ws in book.worksheets:
        assert ws.freeze_panes == expected_freeze.get(ws.title, "B4"), ws.title
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.print_title_rows is not None
        assert ws.print_title_rows.startswith("$1:$")
        assert ws.oddHeader.left.text == "AI adoption programme"
        assert ws.oddHeader.center.text == "&A"
        assert ws.oddHeader.right.text == "As of 11 March 2026"
        assert ws.oddFooter.right.text == "Page &P of &N"
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert widths, ws.title
        assert all(2 <= w <= 60 for w in widths), ws.title


def _or_one(value: int | None) -> int:
    return 1 if value is None else value


PRINTABLE_PT = (297 / 25.4 - 0.8) * 72  # A4 landscape between 0.4-inch margins


def _printed_scale(ws: object) -> float:
    """The scale a sheet prints at: its fixed scale, else the one that fits its visible
    columns to the page width (a one-page sheet may shrink further; not checked here)."""
    setup = ws.page_setup  # type: ignore[attr-defined]
    fitted = ws.sheet_properties.pageSetUpPr  # type: ignore[attr-defined]
    if fitted is None or not fitted.fitToPage:
        return (setup.scale or 100) / 100
    pixels = 0.0
    last = 16384  # the print area's last column: helper columns beyond it do not print
    if ws.print_area:  # type: ignore[attr-defined]
        end = ws.print_area.split(":")[-1].replace("$", "")  # type: ignore[attr-defined]
        last = column_index_from_string("".join(ch for ch in end if ch.isalpha()))
    for dimension in ws.column_dimensions.values():  # type: ignore[attr-defined]
        if dimension.min and dimension.min > last:
            continue
        if not dimension.hidden:
            span = (
                (min(dimension.max, last) - dimension.min + 1)
                if dimension.min and dimension.max
                else 1
            )
            pixels += span * ((dimension.width or 8.43) * 7 + 5)
    return min(1.0, PRINTABLE_PT / (pixels * 0.75))


def test_no_text_prints_below_eight_points(template_book: Path) -> None:
    """Every sheet (but the one-page Summary) prints one page wide only when its smallest
    text stays at 8 pt or more; otherwise at a fixed scale across pages, with its first
    column repeated on each page and its title rows on each page down."""
    book = openpyxl.load_workbook(template_book)
    for ws in book.worksheets:
        scale = _printed_scale(ws)  # before any lookup adds column dimensions
        hidden = {r for r, d in ws.row_dimensions.items() if d.hidden}
        hidden_columns = {
            i for d in ws.column_dimensions.values() if d.hidden and d.min and d.max
            for i in range(d.min, d.max + 1)
        }  # fmt: skip
        sizes = [
            cell.font.sz for row in ws.iter_rows() for cell in row
            if cell.value is not None and cell.row not in hidden and cell.font.sz
            and cell.column not in hidden_columns
        ]  # fmt: skip
        smallest = min(sizes)
        fitted = ws.sheet_properties.pageSetUpPr
        if ws.title == "Summary":  # one page: its rows must fit at a legible scale
            assert fitted.fitToPage is True
            assert _or_one(ws.page_setup.fitToHeight) == 1
            default = ws.sheet_format.defaultRowHeight or 15
            height = sum(ws.row_dimensions[r].height or default for r in range(1, ws.max_row + 1))
            printable_height = (210 / 25.4 - 2 * 0.6) * 72  # A4 landscape, 0.6-inch margins
            scale = min(scale, printable_height / height)
            assert smallest * scale >= 8 - 1e-6, (ws.title, smallest, scale)
            continue
        assert smallest * scale >= 8 - 1e-6, (ws.title, smallest, scale)
        if fitted is not None and fitted.fitToPage:
            assert _or_one(ws.page_setup.fitToWidth) == 1, ws.title
            assert ws.page_setup.fitToHeight == 0, ws.title  # as many pages down as needed
        else:
            # A gate criterion is named by its stage and its criterion on every page across.
            assert ws.print_title_cols == ("$A:$B" if ws.title == "Gates" else "$A:$A"), ws.title
    book.close()


def test_excel_tables_with_string_headers_and_filters(template_book: Path) -> None:
    book = openpyxl.load_workbook(template_book)
    names = set()
    for ws in book.worksheets:
        for table in ws.tables.values():
            names.add(table.displayName)
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table.displayName)
            assert table.autoFilter is not None
            assert table.autoFilter.ref == table.ref
            header = next(
                ws.iter_rows(
                    min_row=int(re.findall(r"\d+", table.ref)[0]),
                    max_row=int(re.findall(r"\d+", table.ref)[0]),
                )
            )
            first_col = openpyxl.utils.column_index_from_string(
                re.match(r"[A-Z]+", table.ref).group()  # type: ignore[union-attr]
            )
            cells = header[first_col - 1 : first_col - 1 + len(table.tableColumns)]
            assert [c.value for c in cells] == [col.name for col in table.tableColumns]
            assert all(c.data_type == "s" for c in cells)
    assert {
        "UseCases",
        "FrictionPoints",
        "GateCriteria",
        "Risks",
        "Teams",
        "People",
        "DataSources",
        "Decisions",
        "Adoption_1",
    } <= names


def test_adoption_line_charts_against_thresholds(small_book: Path) -> None:
    with zipfile.ZipFile(small_book) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        xml = [archive.read(n).decode() for n in charts]
    xml = [x for x in xml if "Adoption" in x]  # the Value sheet has charts of its own
    # Stage "Writing" has two criteria with nine weeks each; "Projects" has no figures yet.
    assert len(xml) == 2
    for chart in xml:
        root = ElementTree.fromstring(chart)
        (line,) = root.iter(f"{CHART}lineChart")
        series = line.findall(f"{CHART}ser")
        # value, threshold, then the as-of date and the gate review as markers
        assert len(series) == 4
        names = ["".join(t.text or "" for t in s.find(f"{CHART}tx").iter(f"{CHART}v"))
                 for s in series]  # fmt: skip
        assert names[2].startswith("As of 11 March 2026")
        refs = [f.text or "" for f in root.iter(f"{CHART}f")]
        assert refs
        assert all(re.match(r"'?Adoption'?!\$[A-Z]+\$\d+", ref) for ref in refs), refs
        (blanks,) = root.iter(f"{CHART}dispBlanksAs")
        assert blanks.get("val") == "span"
    heading = ElementTree.fromstring(xml[0]).find(f"{CHART}chart/{CHART}title")
    assert heading is not None
    title = "".join(t.text or "" for t in heading.iter(f"{DRAWING}t"))
    assert title == "Weekly active users — target ≥ 60 %"
    data = rows(small_book, "Adoption")
    header = next(i for i, r in enumerate(data) if r[0] == "Week")
    assert data[header][1:3] == ["Weekly active users (%)", "Threshold ≥ 60 %"]
    assert data[header + 1][:3] == [MONDAY, 20.0, 60.0]


def test_conditional_formats(small_book: Path) -> None:
    book = openpyxl.load_workbook(small_book)
    timeline = book["Timeline"].conditional_formatting
    ranges = [str(cf.sqref) for cf in timeline]
    assert "K7:AA11" in ranges  # every Gantt cell: 5 rows × 17 weeks
    rules = next(cf.rules for cf in timeline if str(cf.sqref) == "K7:AA11")
    formulas = [r.formula[0] for r in rules]
    # Today first, as a line down its column over bars too (it does not stop the others).
    assert formulas[0] == "AND(DATE(2026,3,11)>=K$5,DATE(2026,3,11)<=K$6)"
    assert not rules[0].stopIfTrue
    assert rules[0].dxf.border.left.style == "thick"
    assert rules[0].dxf.fill is None or rules[0].dxf.fill.fgColor.rgb in (None, "00000000")
    assert formulas[1].startswith("AND(ISNUMBER($H7),$H7>=K$5,$H7<=K$6)")  # gate review
    assert all(r.stopIfTrue for r in rules[1:])
    assert any("$E7" in f and "NOT(" in f for f in formulas)  # beyond the baseline
    gates = book["Gates"].conditional_formatting
    assert {str(cf.sqref) for cf in gates} == {"M4:M6", "O4:O6"}
    assert len(book["Risks"].conditional_formatting) == 1
    scale = next(iter(book["Data sources"].conditional_formatting)).rules[0]
    assert scale.type == "colorScale"


def test_timeline_rows_are_grouped_under_their_stage(small_book: Path) -> None:
    ws = openpyxl.load_workbook(small_book)["Timeline"]
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    levels = {r: ws.row_dimensions[r].outlineLevel for r in range(7, 12)}
    names = {r: ws.cell(row=r, column=1).value for r in range(7, 12)}
    assert names == {
        7: "Writing",
        8: "Draft letters",
        9: "Summarise claims",
        10: "Projects",
        11: "Status reports",
    }
    assert levels == {7: 0, 8: 1, 9: 1, 10: 0, 11: 1}
    assert ws.row_dimensions[6].hidden  # the helper row of period ends
    assert ws.column_dimensions["I"].hidden


def test_timeline_weeks_for_a_short_plan_months_for_a_long_one(
    small_book: Path, template_book: Path
) -> None:
    weekly = rows(small_book, "Timeline")
    starts = [v for v in weekly[4][10:] if isinstance(v, dt.date)]
    assert starts[0] == MONDAY
    assert all(b - a == dt.timedelta(weeks=1) for a, b in itertools.pairwise(starts))
    assert weekly[5][10] == MONDAY + dt.timedelta(days=6)
    monthly = rows(template_book, "Timeline")
    starts = [v for v in monthly[4][1:] if isinstance(v, dt.date)]
    assert all(s.day == 1 for s in starts)
    assert len(starts) >= 12


def test_periods_cover_the_span_exactly() -> None:
    grid = periods(dt.date(2026, 1, 7), dt.date(2026, 3, 1))
    assert grid.weekly
    assert grid.starts[0] == dt.date(2026, 1, 5)
    assert grid.ends[-1] >= dt.date(2026, 3, 1)
    grid = periods(dt.date(2026, 1, 7), dt.date(2027, 6, 30))
    assert not grid.weekly
    assert grid.starts[0] == dt.date(2026, 1, 1)
    assert grid.ends[-1] == dt.date(2027, 6, 30)
    assert all(
        e + dt.timedelta(days=1) == s for e, s in zip(grid.ends, grid.starts[1:], strict=False)
    )


def test_timeline_slip_against_the_newest_baseline_or_the_one_asked(tmp_path: Path) -> None:
    newest = rows(export(small(), tmp_path, "a.xlsx"), "Timeline")
    assert "baseline “Kick-off”" in str(newest[1][0])
    draft = next(r for r in newest if r[0] == "Draft letters")
    assert draft[4:7] == [MONDAY, MONDAY + dt.timedelta(weeks=3), 7.0]
    older = rows(export(small(), tmp_path, "b.xlsx", baseline_id="b-old"), "Timeline")
    draft = next(r for r in older if r[0] == "Draft letters")
    assert draft[4:7] == [MONDAY, MONDAY + dt.timedelta(weeks=1), 21.0]
    with pytest.raises(ValueError, match="no baseline with id 'nope'"):
        export(small(), tmp_path, "c.xlsx", baseline_id="nope")
    plain = rows(export(small(baselines=()), tmp_path, "d.xlsx"), "Timeline")
    assert plain[4][:5] == ["Stage / use case", "Status", "Start", "End", "Gate review"]


def test_summary_shows_stages_readiness_risks_and_checks(template_book: Path) -> None:
    data = rows(template_book, "Summary")
    text = [str(c) for r in data for c in r if c != ""]
    assert data[0][0] == "AI adoption programme"
    for heading in (
        "Stages and gates",
        "Headline figures of the current stages",
        "Decisions due and taken, open actions",
        "Top open risks",
    ):
        assert heading in text
    assert any(t.startswith("Method checks") for t in text)
    roadmap = template()
    for stage in roadmap.stages:
        assert stage.name in text
    assert any(re.fullmatch(r"\d+ of \d+( ✗)?", t) for t in text)
    assert "▲ High" in text


def test_people_tables_side_by_side_with_totals(small_book: Path) -> None:
    data = rows(small_book, "People & training")
    assert data[2][0] == "Team"
    assert data[2][9] == "Person"
    assert data[3][:4] == ["Claims", "", 40.0, 1.0]
    assert data[4][3] == 0.0  # Finance has no ambassador (flagged in amber)
    assert data[5][:3] == ["Total", "", 60.0]
    people = {r[9]: r for r in data[3:] if r[9]}
    assert people["Bob"][15] == "✗ Not trained"
    assert people["Ann"][14] == MONDAY


def test_document_properties_come_from_the_roadmap_and_the_as_of_date(small_book: Path) -> None:
    props = openpyxl.load_workbook(small_book).properties
    assert props.title == "Small programme"
    assert props.creator == "Pat Doe"
    assert props.subject == "Steering-committee workbook as of 2026-03-11"
    assert props.created == dt.datetime(2026, 3, 11)
    assert props.modified == dt.datetime(2026, 3, 11)
    with zipfile.ZipFile(small_book) as archive:
        custom = archive.read("docProps/custom.xml").decode()
        infos = archive.infolist()
    assert "small-doc" in custom
    # One fixed timestamp on every zip entry (xlsxwriter's), not the clock's time.
    assert len({i.date_time for i in infos}) == 1
    assert infos[0].date_time[0] == 1980


# ------------------------------------------------------------ options and determinism


def test_same_roadmap_and_date_give_the_same_bytes(tmp_path: Path) -> None:
    """Byte-identical, not only equal content: xlsxwriter writes the creation date we
    give it (the as-of date) and one fixed timestamp on every zip entry."""
    roadmap = template()
    first = export(roadmap, tmp_path, "first.xlsx")
    second = export(roadmap, tmp_path, "second.xlsx")
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            assert a.read(name) == b.read(name), name
    assert first.read_bytes() == second.read_bytes()
    other_day = export(roadmap, tmp_path, "third.xlsx", as_of=AS_OF + dt.timedelta(days=7))
    assert other_day.read_bytes() != first.read_bytes()


def test_a_subset_of_sheets_and_the_changes_sheet(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    path = export(
        small(),
        tmp_path,
        sheets=["risks", " Summary "],
        changes=[("Use cases", "=Draft letters moved by 1 week"), ("Risks", "#N/A")],
        progress=lambda done, total, step: seen.append((done, total, step)),
    )
    assert openpyxl.load_workbook(path).sheetnames == ["Summary", "Risks"]
    assert seen == [(1, 3, "Summary"), (2, 3, "Risks"), (3, 3, "Saved")]
    path = export(small(), tmp_path, "all.xlsx", changes=[("Risks", "=1+1"), ("Risks", "#N/A")])
    data = rows(path, "Changes")
    assert data[2][:2] == ["What", "Change"]
    assert data[3][:2] == ["Risks", "=1+1"]
    assert data[4][:2] == ["Risks", "#N/A"]
    assert openpyxl.load_workbook(path).sheetnames[-1] == "Changes"


def test_unknown_sheets_are_named() -> None:
    with pytest.raises(ValueError, match="unknown sheet 'Budget'"):
        chosen_sheets(["Summary", "Budget"])
    with pytest.raises(ValueError, match="no sheet"):
        chosen_sheets([])
    assert chosen_sheets(None, with_changes=True)[-1] == "Changes"


def test_empty_roadmap_exports_every_sheet_with_notes(tmp_path: Path) -> None:
    empty = small(
        stages=(),
        criteria=(),
        use_cases=(),
        measurements=(),
        decisions=(),
        risks=(),
        friction_points=(),
        people=(),
        teams=(),
        data_sources=(),
        baselines=(),
    )
    path = export(empty, tmp_path)
    assert openpyxl.load_workbook(path).sheetnames == list(SHEET_NAMES)
    assert rows(path, "Risks")[3][0] == "No risks recorded yet."
    assert rows(path, "Adoption")[2][0] == "No stage has gate criteria yet."


def test_the_writer_is_imported_only_when_exporting() -> None:
    import subprocess
    import sys

    code = (
        "import sys, planner.workbook, planner.commands.export\n"
        "print('openpyxl' in sys.modules or 'xlsxwriter' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.stdout.strip() == "False"


def test_garbage_collection_resumes_after_an_export(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    export(small(), tmp_path)
    assert gc.isenabled()
    with pytest.raises(ValueError, match="no baseline"):
        export(small(), tmp_path, "x.xlsx", baseline_id="nope")
    assert gc.isenabled()
    gc.disable()
    try:
        export(small(), tmp_path, "y.xlsx")
        assert not gc.isenabled()  # a caller's own policy is left as it was
    finally:
        gc.enable()
