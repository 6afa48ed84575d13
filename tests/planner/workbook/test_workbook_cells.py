"""The safe cell writer and the other places user text reaches a workbook."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from planner.workbook.cells import (
    ELLIPSIS,
    MAX_CELL_CHARS,
    clean_text,
    column_letter,
    cut,
    defined_name,
    header_footer_text,
    needs_quote_prefix,
    sheet_title,
    single_line,
    utf16_len,
)
from planner.workbook.export import OPTIONS
from planner.workbook.sheet import Sheet
from planner.workbook.style import TEXT, StyleBook

TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\n", "＝"]
ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def ooxml_text(value: object) -> object:
    """A text as Excel reads it: ``_xHHHH_`` escapes decoded (openpyxl leaves them)."""
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def written(*values: object) -> list[Any]:
    """Each value written by a real Sheet into a workbook, read back cell by cell."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cells.xlsx"
        book = xlsxwriter.Workbook(str(path), OPTIONS)
        sheet = Sheet(book, "S", StyleBook("EUR", book.add_format))
        sheet.setup(roadmap_title="T", as_of=dt.date(2026, 1, 5), title_rows=0, freeze=None)
        try:
            for value in values:
                sheet.append([value])
        finally:
            book.close()  # also closes the writer's temporary row files
        ws = openpyxl.load_workbook(path)["S"]
        return [ws.cell(row=row, column=1) for row in range(1, len(values) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        '=HYPERLINK("http://x","clic")',
        "=cmd|' /C calc'!A0",
        "=SUM(A1:A2",
        "+1+1",
        "-5",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1",
        "\n=1",
        *ERRORS,
        "=",
        "'=1+1",
    ],
)
def test_user_text_is_always_a_text_cell(text: str) -> None:
    (target,) = written(text)
    assert target.data_type == "s"
    assert ooxml_text(target.value) == text
    assert target.quotePrefix == needs_quote_prefix(text)


def test_quote_prefix_only_for_trigger_characters() -> None:
    for trigger in TRIGGERS:
        assert needs_quote_prefix(f"{trigger}x")
    for plain in ("x=1", " =1", "'=1", "#N/A", ""):
        assert not needs_quote_prefix(plain)


def test_illegal_characters_are_replaced_not_raised() -> None:
    text = "a\x00b\x07c\x1fd\ufffee\uffff" + "\ud800" + "f"
    assert clean_text(text) == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\ufffdf"
    (target,) = written(text)
    assert target.value == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\ufffdf"
    assert "\t" in clean_text("keep\ttabs\nand\rlines")


def test_long_text_is_cut_visibly_at_excels_limit() -> None:
    long, exact = written("x" * 40_000, "y" * MAX_CELL_CHARS)
    assert len(long.value) == MAX_CELL_CHARS
    assert long.value.endswith(ELLIPSIS)
    assert exact.value == "y" * MAX_CELL_CHARS


def test_cut_counts_utf16_units_and_never_splits_a_character() -> None:
    emoji = "😀" * 20_000  # 40,000 UTF-16 units
    for text in (cut(emoji, MAX_CELL_CHARS), clean_text(emoji)):
        assert utf16_len(text) <= MAX_CELL_CHARS
        assert text.endswith(ELLIPSIS)
        assert set(text[:-1]) == {"😀"}


def test_values_keep_their_kind() -> None:
    yes, number, formula, day, empty = written(True, 2.5, ("=A1", TEXT), dt.date(2026, 1, 5),
                                               ("", TEXT))  # fmt: skip
    assert (yes.value, yes.data_type) == ("Yes", "s")
    assert (number.value, number.data_type) == (2.5, "n")
    assert (formula.value, formula.data_type) == ("=A1", "s")
    assert day.value == dt.datetime(2026, 1, 5)
    assert day.is_date
    assert empty.value is None
    with pytest.raises(TypeError):
        written(object())


@given(st.text(max_size=300))
def test_any_text_is_cleaned_to_xml_text(text: str) -> None:
    cleaned = clean_text(text)
    assert not XML_ILLEGAL.search(cleaned)
    assert utf16_len(cleaned) <= MAX_CELL_CHARS
    if not XML_ILLEGAL.search(text):
        assert cleaned == text


def test_any_text_round_trips_as_a_text_cell(tmp_path: Path) -> None:
    texts = ["plain", "tab\tand\nline", "=x", "é ✓ 😀", "\x01ctl", " padded ", "_x0041_"]
    for cell in written(*texts):
        assert cell.data_type == "s"
    path = tmp_path / "texts.xlsx"
    book = xlsxwriter.Workbook(str(path), OPTIONS)
    sheet = Sheet(book, "S", StyleBook("EUR", book.add_format))
    sheet.setup(roadmap_title="T", as_of=dt.date(2026, 1, 5), title_rows=0, freeze=None)
    for text in texts:
        sheet.append([text])
    book.close()
    # calamine decodes the _xHHHH_ escapes as Excel does (openpyxl decodes some only)
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("S").to_python()
    assert [row[0] for row in read] == [clean_text(t) for t in texts]


@given(st.text(max_size=120), st.sets(st.text(max_size=40), max_size=5))
def test_sheet_titles_are_valid_and_unique(name: str, existing: set[str]) -> None:
    taken: set[str] = set()
    titles = [sheet_title(e, taken) for e in existing]
    title = sheet_title(name, taken)
    for t in [*titles, title]:
        assert 1 <= len(t) <= 31
        assert not re.search(r"[\[\]:*?/\\]", t)
        assert not XML_ILLEGAL.search(t)
        assert t[0] != "'"
        assert t[-1] != "'"
        assert t.casefold() != "history"
    assert len({t.casefold() for t in [*titles, title]}) == len(titles) + 1
    assert len(taken) == len(titles) + 1


@given(st.lists(st.text(max_size=40), max_size=6))
def test_defined_names_are_valid_and_unique(names: list[str]) -> None:
    taken: set[str] = set()
    results = [defined_name(n, taken) for n in names]
    for result in results:
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", result)
        assert not re.fullmatch(r"[A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*", result)
    assert len({r.casefold() for r in results}) == len(results)


def test_header_footer_text_escapes_codes_and_stays_short() -> None:
    assert header_footer_text("R&D &P plan") == "R&&D &&P plan"
    assert "\n" not in header_footer_text("a\nb\x01c")
    assert len(header_footer_text("x" * 500)) <= 80


def test_single_line_collapses_controls() -> None:
    assert single_line("a\n\tb\x00  c", 50) == "a b c"
    assert single_line("z" * 300, 255).endswith(ELLIPSIS)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 28, 52, 53, 702, 703, 16384)] == [
        "A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"
    ]  # fmt: skip
