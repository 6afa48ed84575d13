"""Numbers and dates as spreadsheets write them (planner.usage.values)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.usage.errors import CellError, UsageImportError
from planner.usage.values import DateColumn, monday, parse_count, parse_date, parse_number


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("12", ".", 12.0),
        ("12.5", ".", 12.5),
        ("12,5", ".", 12.5),  # a decimal comma is unambiguous here
        ("12,5", ",", 12.5),
        ("-3,75", ",", -3.75),
        ("+4", ".", 4.0),
        ("1,234", ".", 1234.0),  # ambiguous: the file's decimal point decides
        ("1,234", ",", 1.234),
        ("1.234", ",", 1234.0),
        ("1.234", ".", 1.234),
        ("0,125", ".", 0.125),  # never a thousands separator after a lone 0
        ("1234,567", ".", 1234.567),  # thousands groups never hold 4 digits
        ("1,234,567", ".", 1234567.0),
        ("1.234.567", ",", 1234567.0),
        ("1,234.5", ".", 1234.5),
        ("1.234,5", ",", 1234.5),
        ("1 234,5", ",", 1234.5),
        ("1\u00a0234,5", ",", 1234.5),  # no-break space, as a French Excel writes
        ("1\u202f234", ",", 1234.0),  # narrow no-break space
        ("12 345 678", ".", 12345678.0),
        ("45 %", ".", 45.0),
        ("45,5%", ",", 45.5),
        ("1,5E+03", ",", 1500.0),
        ("2.5e-1", ".", 0.25),
        (".5", ".", 0.5),
        ("  7  ", ".", 7.0),
    ],
)
def test_numbers_as_spreadsheets_write_them(text: str, decimal: str, expected: float) -> None:
    assert parse_number(text, decimal) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "12abc", "1,2,3", "1.2.3", "1 23", "12 3456", "--5", "nan", "inf", "1e999",
     "١٢", "1,23,456", "12.5,3", "%", "-", "1.234,5,6"],
)  # fmt: skip
def test_text_that_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_number(text)


def test_typed_cells() -> None:
    assert parse_number(7) == 7.0
    assert parse_number(2.5) == 2.5
    for bad in (None, True, dt.date(2026, 3, 2), float("nan"), 1e13):
        with pytest.raises(CellError):
            parse_number(bad)


def test_counts_are_whole_and_not_negative() -> None:
    assert parse_count("12") == 12
    assert parse_count(12.0) == 12
    with pytest.raises(CellError, match="negative"):
        parse_count("-3")
    with pytest.raises(CellError, match="whole"):
        parse_count("2,5")


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("2026-03-02", "dmy", dt.date(2026, 3, 2)),
        ("2026-03-02T00:00:00Z", "dmy", dt.date(2026, 3, 2)),
        ("2026-03-02 13:45:00", "dmy", dt.date(2026, 3, 2)),
        ("2026/3/2", "dmy", dt.date(2026, 3, 2)),
        ("02/03/2026", "dmy", dt.date(2026, 3, 2)),
        ("02/03/2026", "mdy", dt.date(2026, 2, 3)),
        ("2.3.2026", "dmy", dt.date(2026, 3, 2)),
        ("13/02/2026", "mdy", dt.date(2026, 2, 13)),  # only readable day first
        ("02/13/2026", "dmy", dt.date(2026, 2, 13)),  # only readable month first
        ("03/02/2026 00:00", "dmy", dt.date(2026, 2, 3)),
        ("2026-W10", "dmy", dt.date(2026, 3, 2)),
        ("2026W103", "dmy", dt.date(2026, 3, 4)),
        ("46083", "dmy", dt.date(2026, 3, 2)),  # Excel serial number as text
        (46083, "dmy", dt.date(2026, 3, 2)),
        (46083.75, "dmy", dt.date(2026, 3, 2)),
        (dt.datetime(2026, 3, 2, 9, 30), "dmy", dt.date(2026, 3, 2)),
        (dt.date(2026, 3, 2), "dmy", dt.date(2026, 3, 2)),
    ],
)
def test_dates(value: object, order: str, expected: dt.date) -> None:
    assert parse_date(value, order) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["", "yesterday", "2026-02-30", "31/04/2026", "2026-13-01", "1850-01-01", "2026-W60",
              "12345", 5, True, None, "99/99/2026"],
)  # fmt: skip
def test_bad_dates_are_refused(value: object) -> None:
    with pytest.raises(CellError):
        parse_date(value)  # type: ignore[arg-type]


def test_a_column_decides_its_day_month_order() -> None:
    column = DateColumn("Week")
    for value in ("02/03/2026", "02/16/2026", "03/09/2026"):
        column.observe(value)
    assert column.order == "mdy"
    assert column.parse("02/03/2026") == dt.date(2026, 2, 3)
    french = DateColumn("Semaine")
    for value in ("02/03/2026", "16/02/2026"):
        french.observe(value)
    assert french.parse("02/03/2026") == dt.date(2026, 3, 2)
    unknown = DateColumn("Date")
    unknown.observe("02/03/2026")
    assert unknown.order == "dmy"  # ambiguous everywhere: day first (European default)


def test_a_column_mixing_both_orders_is_refused() -> None:
    column = DateColumn("Week")
    for value in ("16/02/2026", "02/16/2026"):
        column.observe(value)
    with pytest.raises(UsageImportError, match="mixes day-first and month-first"):
        _ = column.order


def test_monday() -> None:
    assert monday(dt.date(2026, 3, 8)) == dt.date(2026, 3, 2)  # Sunday → its ISO week
    assert monday(dt.date(2026, 3, 2)) == dt.date(2026, 3, 2)


# ------------------------------------------------------------- properties

_written = st.one_of(
    st.text(alphabet="0123456789.,- +%eE\u00a0'", max_size=20),
    st.text(max_size=20),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
)


@given(_written, st.sampled_from([".", ","]))
def test_parse_number_raises_only_cell_errors(value: object, decimal: str) -> None:
    try:
        number = parse_number(value, decimal)  # type: ignore[arg-type]
    except CellError:
        return
    assert abs(number) <= 1e12


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_numbers_round_trip_in_both_styles(value: object) -> None:
    text = f"{value:.2f}"
    assert parse_number(text, ".") == pytest.approx(float(text))
    assert parse_number(text.replace(".", ","), ",") == pytest.approx(float(text))


@given(st.integers(min_value=1000, max_value=10**11))
def test_thousands_separators_in_both_styles(value: int) -> None:
    english = f"{value:,}"
    assert parse_number(english, ".") == value
    assert parse_number(english.replace(",", "."), ",") == value
    assert parse_number(english.replace(",", "\u00a0"), ",") == value


@given(
    st.one_of(
        st.text(alphabet="0123456789/-.TW :Z", max_size=24),
        st.text(max_size=24),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**9), max_value=10**9),
    ),
    st.sampled_from(["dmy", "mdy"]),
)
def test_parse_date_raises_only_cell_errors(value: object, order: str) -> None:
    try:
        day = parse_date(value, order)  # type: ignore[arg-type]
    except CellError:
        return
    assert 1990 <= day.year < 2100


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_round_trip_in_every_written_form(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y"), "dmy") == day
    assert parse_date(day.strftime("%m/%d/%Y"), "mdy") == day
    serial = (day - dt.date(1899, 12, 30)).days
    assert parse_date(serial) == day
