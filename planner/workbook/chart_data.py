"""The values a chart's series show, cached in the chart as Excel expects.

A chart part holds, beside each series' cell references, a copy of their
values: attachment previews and viewers that do not calculate draw from it.
xlsxwriter reads that copy from the cells it keeps in memory; streaming rows to
disk (``constant_memory``) keeps none. So a sheet keeps the last rows it wrote
(:class:`RecentRows`, a few hundred: every chart is drawn from a table written
just before it) and gives each series its values as the ``*_data`` options of
``add_series``, in the form xlsxwriter's normal mode gives them: numbers as
``"%.16g"`` texts, texts as written, ``""`` for a styled empty cell, ``None`` for
no cell.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Any

from planner.numbers import round_half_up
from planner.workbook.style import DIGITS, Look

KEEP = 512
"""Rows kept: a chart's rows must be among the last ``KEEP`` to ``2 × KEEP`` written."""
EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's serial dates (1900 system, for dates from March 1900 on)."""


Unwrap = Callable[[Sequence[Any]], tuple[Sequence[Any], Sequence[Look | None]]]
"""Turns cells kept as a table gave them into the values and looks written (see
:meth:`RecentRows.keep`)."""
_Part = tuple[int, Sequence[Any], Sequence[Look | None], Unwrap | None]


class RecentRows:
    """The values written in the last rows of a sheet (0-based rows and columns)."""

    def __init__(self, text: Callable[[Any, Look], str]) -> None:
        self._text = text
        """How the sheet writes a value that is not a plain number or date (its text)."""
        self._rows: list[tuple[int, _Part]] = []
        """(row, part) in the order written."""
        self._from = 0
        """The first row still kept."""

    def keep(self, r: int, first: int, values: Sequence[Any], looks: Sequence[Look | None],
             unwrap: Unwrap | None = None) -> None:  # fmt: skip
        """Remember a row's cells (the lists are kept as they are, not copied); with
        ``unwrap``, ``values`` are a table's row and ``unwrap(values)`` gives the values
        and looks written — worked out only when a chart asks for them."""
        if r >= self._from + 2 * KEEP:
            self._from = r - KEEP
            self._rows = [kept for kept in self._rows if kept[0] >= self._from]
        self._rows.append((r, (first, values, looks, unwrap)))

    def data(self, r0: int, c0: int, r1: int, c1: int) -> list[str | None]:
        """The cached values of a range, row by row, as xlsxwriter's normal mode makes them."""
        if r0 < self._from:
            raise RuntimeError(f"chart data in row {r0 + 1}: draw charts from recent rows")
        rows: dict[int, list[tuple[int, Sequence[Any], Sequence[Look | None]]]] = {}
        for r, (first, values, looks, unwrap) in self._rows:
            if r0 <= r <= r1:
                if unwrap is not None:
                    values, looks = unwrap(values)
                rows.setdefault(r, []).append((first, values, looks))
        result: list[str | None] = []
        for r in range(r0, r1 + 1):
            parts = rows.get(r)
            if parts is None:
                result.append(None)
                continue
            for c in range(c0, c1 + 1):
                result.append(self._token(parts, c))
        return result

    def _token(self, parts: list[tuple[int, Sequence[Any], Sequence[Look | None]]],
               c: int) -> str | None:  # fmt: skip
        found: tuple[Any, Look] | None = None
        for first, values, looks in parts:  # a later write of the cell wins
            i = c - first
            if 0 <= i < len(looks) and looks[i] is not None:
                look = looks[i]
                assert look is not None
                found = (values[i], look)
        if found is None:
            return None
        value, look = found
        if value is None:
            return ""
        if isinstance(value, bool):
            return self._text(value, look)
        if isinstance(value, dt.date):  # written as a date whatever the look
            day = value.date() if isinstance(value, dt.datetime) else value
            serial = float((day - EPOCH).days)
            if isinstance(value, dt.datetime):
                seconds = value.hour * 3600 + value.minute * 60 + value.second
                serial += (seconds + value.microsecond / 1e6) / 86400
            return f"{serial:.16g}"
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value):
                return ""
            number = value
            digits = DIGITS.get(look.fmt)
            if digits is not None and (value.__class__ is not int):
                number = round_half_up(float(value), digits)
            return f"{number:.16g}"
        text = self._text(value, look)
        return text if text else ""
