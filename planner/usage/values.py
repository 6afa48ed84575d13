"""Reading numbers and dates the way spreadsheets write them.

Numbers: ``12.5``, ``12,5`` (a French Excel), ``1,234.5``, ``1.234,5``,
``1 234,5`` (space or no-break space between thousands), ``45 %``, ``1,5E+03``.
A value that can be read only one way is read that way whatever the file's
habit; only a truly ambiguous value (``1,234``: one separator followed by
exactly three digits) follows the file's decimal separator.

Dates: ISO ``2026-03-02`` (with or without a time), ISO weeks ``2026-W10``,
``02/03/2026`` day first (French) or month first when the column shows it
(a second number above 12), Excel serial numbers and spreadsheet date cells.
A column's day/month order is decided from all its values (:class:`DateColumn`).

Every failure raises :class:`CellError` with a message naming the value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Literal

from planner.dates import monday as monday  # re-exported: the usage readers use it
from planner.model.types import FIRST_DAY, LAST_DAY
from planner.usage.errors import CellError, UsageImportError, shown

Cell = str | int | float | bool | dt.date | dt.datetime | None
"""A value as it comes out of a CSV (text) or an XLSX cell (typed)."""

DateOrder = Literal["dmy", "mdy"]

MAX_MAGNITUDE = 1e12
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN = 32_874  # 1990-01-01: older dates are not usage data
_SERIAL_MAX = 73_051  # 2100-01-01

_SPACES = " \u00a0\u202f\u2009'"
_PLAIN = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")
_EXPONENT = re.compile(r"(?P<m>[0-9.,]+)[eE](?P<e>[+-]?[0-9]{1,3})")


def parse_number(value: Cell, decimal: str = ".") -> float:
    """A finite number from a cell; ``decimal`` (``.`` or ``,``) settles ``1,234``."""
    if isinstance(value, bool) or value is None:
        raise CellError("a number is missing" if value is None else "expected a number")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        plain = value.strip()
        # Most cells are plain whole numbers: read them without the general parser.
        if plain.isascii() and plain.isdigit() and len(plain) <= 12:
            return float(plain)
        number = _number_from_text(value, decimal)
    else:
        raise CellError(f"{shown(value)} is a date, not a number")
    if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
        raise CellError(f"{shown(value)} is not a usable number (too large or not finite)")
    return number


def _number_from_text(text: str, decimal: str) -> float:
    raw = text.strip()
    body = raw
    if body.endswith("%"):
        body = body[:-1].rstrip()
    sign = 1.0
    if body.startswith(("+", "-")):
        sign = -1.0 if body[0] == "-" else 1.0
        body = body[1:].lstrip()
    if not body:
        raise CellError("a number is missing" if not raw else f"{shown(raw)} is not a number")
    exponent = 0
    match = _EXPONENT.fullmatch(body)
    if match:
        body, exponent = match["m"], int(match["e"])
    try:
        mantissa = _unsigned(body, decimal)
    except CellError:
        raise CellError(f"{shown(raw)} is not a number") from None
    if mantissa and exponent > 30:
        return math.inf  # refused by the caller as too large
    return sign * mantissa * (10.0 ** max(exponent, -300))


def _unsigned(body: str, decimal: str) -> float:
    """Digits with optional thousands and decimal separators (no sign)."""
    if any(c in _SPACES for c in body):
        # Spaces only ever separate thousands: "1 234,5" / "12 345".
        head, *groups = re.split(f"[{_SPACES}]+", body)
        last = groups[-1] if groups else head
        tail = ""
        for sep in ",.":
            if sep in last:
                last, tail = last.split(sep, 1)
                tail = sep + tail
                break
        groups = [*groups[:-1], last] if groups else []
        if not _PLAIN.fullmatch(head) or len(head) > 3:
            raise CellError("bad grouping")
        if any(len(g) != 3 or not _PLAIN.fullmatch(g) for g in groups):
            raise CellError("bad grouping")
        return _unsigned(head + "".join(groups) + tail, decimal)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        dec = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if dec == "." else "."
        whole, frac = body.rsplit(dec, 1)
        if body.count(dec) != 1 or not _GROUPED.fullmatch(whole.replace(thousands, ",")):
            raise CellError("bad grouping")
        return _digits(whole.replace(thousands, ""), frac)
    if not dots and not commas:
        return _digits(body, "")
    sep = "." if dots else ","
    parts = body.split(sep)
    if len(parts) > 2:  # "1.234.567": thousands only
        if not _GROUPED.fullmatch(body):
            raise CellError("bad grouping")
        return _digits(body.replace(sep, ""), "")
    whole, frac = parts
    thousands_form = len(frac) == 3 and whole not in ("", "0") and len(whole) <= 3
    if thousands_form and sep != decimal:
        return _digits(whole + frac, "")
    return _digits(whole, frac)


def _digits(whole: str, frac: str) -> float:
    if not whole and not frac:
        raise CellError("no digits")
    if (whole and not _PLAIN.fullmatch(whole)) or (frac and not _PLAIN.fullmatch(frac)):
        raise CellError("not digits")
    return float(f"{whole or '0'}.{frac or '0'}")


def parse_count(value: Cell, decimal: str = ".") -> int:
    """A whole, non-negative number of people or actions."""
    number = parse_number(value, decimal)
    if number < 0:
        raise CellError(f"{shown(value)} is negative; a count cannot be")
    if number != int(number):
        raise CellError(f"{shown(value)} is not a whole number")
    return int(number)


# -------------------------------------------------------------------- dates

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?", re.ASCII | re.DOTALL)
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})(?:-?([1-7]))?", re.IGNORECASE | re.ASCII)
_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,].*)?", re.ASCII | re.DOTALL)
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?", re.ASCII)


def parse_date(value: Cell, order: DateOrder = "dmy") -> dt.date:
    """A calendar date from a cell; ``order`` reads ``02/03/2026`` (day first by default).

    Whatever the cell's form — text, ISO week, Excel serial or a spreadsheet's
    date cell — the date must lie within the dates a roadmap may hold.
    """
    day = _any_date(value, order)
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CellError(
            f"{shown(value if isinstance(value, str) else day.isoformat())} is outside the "
            f"dates the app supports ({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})"
        )
    return day


def _any_date(value: Cell, order: DateOrder) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        raise CellError("a date is missing")
    if isinstance(value, bool):
        raise CellError("expected a date")
    if isinstance(value, int | float):
        return _from_serial(value)
    text = value.strip()
    match = _ISO.fullmatch(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    match = _DAY_MONTH.fullmatch(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (first, second) if order == "dmy" else (second, first)
        if month > 12 >= day:  # only readable the other way round: unambiguous
            day, month = month, day
        return _make(year, month, day, text)
    match = _ISO_WEEK.fullmatch(text)
    if match:
        try:  # the supported range is checked by parse_date, as for every form of date
            return dt.date.fromisocalendar(int(match[1]), int(match[2]), int(match[3] or 1))
        except ValueError:
            raise CellError(f"{shown(text)} is not a valid ISO week") from None
    if _SERIAL.fullmatch(text):
        return _from_serial(float(text))
    raise CellError(f"{shown(text)} is not a date (expected e.g. 2026-03-02 or 02/03/2026)")


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise CellError(f"{shown(text)} is not a valid date") from None
    return date


def _from_serial(number: float) -> dt.date:
    if not math.isfinite(number) or not _SERIAL_MIN <= number < _SERIAL_MAX:
        raise CellError(f"{shown(number)} is not a date (nor an Excel date number)")
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


class DateColumn:
    """Decides a column's day/month order from all its values, then reads them.

    ``02/03/2026`` is day first unless another value of the same column can
    only be month first (``02/13/2026``). A column with both kinds is refused.
    """

    def __init__(self, name: str, forced: DateOrder | None = None) -> None:
        self.name = name
        self.forced = forced
        self._day_first: str | None = None
        self._month_first: str | None = None

    def observe(self, value: Cell) -> None:
        if not isinstance(value, str):
            return
        match = _DAY_MONTH.fullmatch(value.strip())
        if not match:
            return
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second and self._day_first is None:
            self._day_first = value.strip()
        elif second > 12 >= first and self._month_first is None:
            self._month_first = value.strip()

    @property
    def order(self) -> DateOrder:
        if self.forced is not None:
            return self.forced
        if self._day_first is not None and self._month_first is not None:
            raise UsageImportError(
                f"column '{self.name}' mixes day-first and month-first dates "
                f"({shown(self._day_first)} and {shown(self._month_first)}); "
                "fix the column or choose the order with --date-order"
            )
        return "mdy" if self._month_first is not None else "dmy"

    def parse(self, value: Cell) -> dt.date:
        return parse_date(value, self.order)


class DateCache:
    """A date column read in two passes: observe every value, then parse each distinct
    value once with the order the column shows (the same value repeats on many rows)."""

    def __init__(self, name: str, forced: DateOrder | None) -> None:
        self.column = DateColumn(name, forced)
        self.cache: dict[Cell, dt.date | CellError] = {}

    def observe(self, value: Cell) -> None:
        self.column.observe(value)

    def parse(self, value: Cell) -> dt.date:
        cached = self.cache.get(value)
        if cached is None:
            try:
                cached = self.column.parse(value)
            except CellError as exc:
                cached = CellError(f"{self.column.name}: {exc}")
            self.cache[value] = cached
        if isinstance(cached, CellError):
            raise cached
        return cached
