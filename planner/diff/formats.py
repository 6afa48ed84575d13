"""How values are written in comparison and merge sentences, in the planner's language.

Dates as people write them (``3 Mar 2026``, ``3 mars 2026``), numbers with the
language's separators, names in quotes (``'Claims'``, ``« Claims »``), lists
joined with "and", spans of days and weeks with their plurals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from planner import i18n
from planner.i18n import _, ngettext
from planner.model.entities import Comparator
from planner.numbers import unit_label
from planner.vocabulary import enum_word

_GROUP = {"en": ",", "fr": "\u202f"}
_LONG_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip


def fmt_date(day: dt.date, year: bool = True) -> str:
    return i18n.format_day(day, year=year)


def fmt_number(value: float, unit: str = "") -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    # English separators first, then the language's: 1,234.5 → 1 234,5.
    text = i18n.decimal(text.replace(",", "\x00")).replace("\x00", _GROUP.get(i18n.language(), ","))
    return _("{number} {unit}", number=text, unit=unit_label(unit)) if unit else text


def days_text(delta: int) -> str:
    sign = "+" if delta > 0 else "−"
    return ngettext("{sign}{count} day", "{sign}{count} days", abs(delta), sign=sign)


def date_move(old: dt.date, new: dt.date) -> tuple[str, str, str]:
    """The old and new dates (the year only when it changes) and the shift in days."""
    year = old.year != new.year
    return fmt_date(old, year), fmt_date(new, year), days_text((new - old).days)


def week_span(weeks: Sequence[dt.date]) -> str:
    first, last = min(weeks), max(weeks)
    if first == last:
        return _("for the week of {day}", day=fmt_date(first))
    if (first.year, first.month) == (last.year, last.month):
        months = _LONG_MONTHS.get(i18n.language(), _LONG_MONTHS["en"])
        return _("for weeks {first}–{last} {month} {year}", first=first.day, last=last.day,
                 month=months[first.month - 1], year=first.year)  # fmt: skip
    if first.year == last.year:
        return _("for weeks {first} – {last}", first=fmt_date(first, False), last=fmt_date(last))
    return _("for weeks {first} – {last}", first=fmt_date(first), last=fmt_date(last))


def span_of_days(low: int, high: int) -> str:
    """``3 days``, ``2–10 days``, ``1–3 weeks`` or ``5 days to 3 weeks``."""

    def unit(n: int) -> str:
        if n < 7:
            return ngettext("{count} day", "{count} days", n)
        return ngettext("{count} week", "{count} weeks", round(n / 7))

    if high < 7:
        return unit(low) if low == high else _("{low}–{high} days", low=low, high=high)
    if low >= 7:
        a, b = round(low / 7), round(high / 7)
        return unit(low) if a == b else _("{low}–{high} weeks", low=a, high=b)
    return _("{low} to {high}", low=unit(low), high=unit(high))


def quoted(name: str) -> str:
    """A name in the language's quotes: ``'Claims'``, ``« Claims »``."""
    return _("'{name}'", name=name)


def quote_list(items: Sequence[str]) -> str:
    return and_list([quoted(i) for i in items]) if items else ""


def and_list(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return _("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def human(value: Any) -> str:
    if isinstance(value, Comparator):
        return {"<=": "≤", ">=": "≥", "=": "="}[value.value]
    if isinstance(value, Enum):
        return enum_word(value)
    return str(value)
