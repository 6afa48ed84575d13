"""The safe cell writer and the other places user text reaches a workbook."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from planner.workbook.cells import (
    ELLIPSIS,
    MAX_CELL_CHARS,
    clean_text,
    cut,
    defined_name,
    header_footer_text,
    needs_quote_prefix,
    put_text,
    put_value,
    sheet_title,
    single_line,
    utf16_len,
)

TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\n", "＝"]
ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def cell() -> object:
    return Workbook().active.cell(row=1, column=1)


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
    target = put_text(cell(), text)  # type: ignore[arg-type]
    assert target.data_type == "s"
    assert target.value == text
    assert target.quotePrefix == needs_quote_prefix(text)


def test_quote_prefix_only_for_trigger_characters() -> None:
    for trigger in TRIGGERS:
        assert needs_quote_prefix(f"{trigger}x")
    for plain in ("x=1", " =1", "'=1", "#N/A", ""):
        assert not needs_quote_prefix(plain)


def test_illegal_characters_are_replaced_not_raised() -> None:
    text = "a\x00b\x07c\x1fd\ufffee\uffff" + "\ud800" + "f"
    target = put_text(cell(), text)  # type: ignore[arg-type]
    assert target.value == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\ufffdf"
    assert "\t" in clean_text("keep\ttabs\nand\rlines")


def test_long_text_is_cut_visibly_at_excels_limit() -> None:
    target = put_text(cell(), "x" * 40_000)  # type: ignore[arg-type]
    assert len(target.value) == MAX_CELL_CHARS
    assert target.value.endswith(ELLIPSIS)
    assert put_text(cell(), "y" * MAX_CELL_CHARS).value == "y" * MAX_CELL_CHARS  # type: ignore[arg-type]


def test_cut_counts_utf16_units_and_never_splits_a_character() -> None:
    emoji = "😀" * 20_000  # 40,000 UTF-16 units
    text = cut(emoji, MAX_CELL_CHARS)
    assert utf16_len(text) <= MAX_CELL_CHARS
    assert text.endswith(ELLIPSIS)
    assert set(text[:-1]) == {"😀"}


def test_put_value_kinds() -> None:
    assert put_value(cell(), True).value == "Yes"  # type: ignore[arg-type]
    assert put_value(cell(), 2.5).data_type == "n"  # type: ignore[arg-type]
    assert put_value(cell(), "=A1").data_type == "s"  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        put_value(cell(), object())  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_any_text_is_stored_as_clean_text(text: str) -> None:
    target = put_text(cell(), text)  # type: ignore[arg-type]
    assert target.data_type == "s"
    assert not XML_ILLEGAL.search(target.value)


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
