"""Small words of the command line's reports, in the planner's language.

Counts and money with thousands grouped as the language writes them
(``742,500``; ``742 500`` in French), enum values as the app's words
(``go with conditions``, ``aller avec conditions``), spans of dates, and the
"… and N more" lines a summary ends its lists with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum

from planner.evidence.forecast import format_day
from planner.i18n import N_, _
from planner.numbers import NumberKind, grouped_text, number_text
from planner.vocabulary import enum_word

INDENT = "  "
LIST_LIMIT = 20
"""Longest list printed per table; the rest is counted (a summary, not a dump)."""


def word(value: StrEnum) -> str:
    """An enum value as a word in lower case: ``go_with_conditions`` → ``go with conditions``."""
    return enum_word(value)


_TRENDS = {
    "rising": N_("rising"),
    "flat": N_("flat"),
    "falling": N_("falling"),
    "unknown": N_("unknown"),
}


def trend_word(trend: StrEnum | str) -> str:
    """A trend (``rising``, ``flat``, ``falling``, ``unknown``) as a word."""
    key = str(trend)
    return _(_TRENDS[key]) if key in _TRENDS else key


def count(n: int) -> str:
    return grouped_text(n, NumberKind.COUNT)


def money(value: float) -> str:
    return grouped_text(value, NumberKind.MONEY)


def percent(ratio: float | None) -> str:
    """A ratio as a whole percentage (``1,756 %``), or ``–``."""
    if ratio is None:
        return "–"
    return _("{number} %", number=grouped_text(ratio * 100, NumberKind.COUNT))


def number(value: float) -> str:
    return number_text(value, NumberKind.NUMBER)


def span(start: dt.date, end: dt.date) -> str:
    return _("{start} – {end}", start=format_day(start), end=format_day(end))


def none(note: str = "") -> list[str]:
    """The body of an empty section: ``(none)``, or ``(none open; 2 closed)``."""
    return [f"{INDENT}({note or _('none')})"]


def more(items: Sequence[object], line: Callable[[int], str]) -> list[str]:
    """The line counting what a table left out (none when everything is listed): ``line``
    words the count (``lambda n: ngettext("… and {count} more risk", …, n)``)."""
    hidden = len(items) - LIST_LIMIT
    return [INDENT + line(hidden)] if hidden > 0 else []
