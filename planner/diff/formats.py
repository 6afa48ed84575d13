"""How values are written in comparison and merge sentences (English, like the CLI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from planner.model.entities import Comparator

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def fmt_date(day: dt.date, year: bool = True) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def fmt_number(value: float, unit: str = "") -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if unit else text


def days_text(delta: int) -> str:
    sign = "+" if delta > 0 else "−"
    n = abs(delta)
    return f"{sign}{n} day" + ("" if n == 1 else "s")


def date_move(old: dt.date, new: dt.date) -> str:
    year = old.year != new.year
    return f"from {fmt_date(old, year)} to {fmt_date(new, year)} ({days_text((new - old).days)})"


def week_span(weeks: Sequence[dt.date]) -> str:
    first, last = min(weeks), max(weeks)
    if first == last:
        return f"for the week of {fmt_date(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"for weeks {first.day}–{last.day} {_LONG_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"for weeks {fmt_date(first, False)} – {fmt_date(last)}"
    return f"for weeks {fmt_date(first)} – {fmt_date(last)}"


def span_of_days(low: int, high: int) -> str:
    """``3 days``, ``2–10 days``, ``1–3 weeks`` or ``5 days to 3 weeks``."""

    def unit(n: int) -> str:
        if n < 7:
            return f"{n} day" + ("" if n == 1 else "s")
        weeks = round(n / 7)
        return f"{weeks} week" + ("" if weeks == 1 else "s")

    if high < 7:
        return unit(low) if low == high else f"{low}–{high} days"
    if low >= 7:
        a, b = round(low / 7), round(high / 7)
        return unit(low) if a == b else f"{a}–{b} weeks"
    return f"{unit(low)} to {unit(high)}"


def quote_list(items: Sequence[str]) -> str:
    quoted = [f"'{i}'" for i in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def and_list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def human(value: Any) -> str:
    if isinstance(value, Comparator):
        return {"<=": "≤", ">=": "≥", "=": "="}[value.value]
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    return str(value)
