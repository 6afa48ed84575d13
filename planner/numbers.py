"""One rounding rule per unit: how every figure is rounded, wherever it is shown.

The Overview, the tables, the gate review, the command line, the workbook and
the timeline all round a figure with :func:`rounded` (and write it with
:func:`number_text`), so a committee member never sees 1.17 in one place and
1.18 in another. The rule depends only on the kind of unit:

============================  ========  =====================================
kind                          decimals  examples
============================  ========  =====================================
percentage (unit ``%…``)      1         60.6 %, key users trained, habitual %
money                         0         12,345 EUR a year
count (people, weeks)         0         180 people
ratio shown as a percentage   0         ROI 125 % (stored as 1.25)
anything else                 2         1.18 h/week, 12.35 uses/week, 3.8 of 5
============================  ========  =====================================

Rounding is half up on the value's decimal form at 12 significant digits, as
people round: 1.175 → 1.18, and so is the mean (0.9 + 1.1 + 1.3 + 1.4) / 4,
which binary arithmetic makes 1.1749999999999998 (binary floating point would
give 1.17; banker's rounding 1.18 or 1.17 depending on the digit). Text drops
trailing zeros (54.0 → ``54``).
"""

from __future__ import annotations

import math
from decimal import Decimal
from enum import StrEnum

from planner import i18n
from planner.i18n import N_


class NumberKind(StrEnum):
    PERCENT = "percent"
    """A value already in percent (0–100)."""
    MONEY = "money"
    COUNT = "count"
    RATIO = "ratio"
    """A ratio (1.25) shown as a percentage (125 %)."""
    NUMBER = "number"


DECIMALS: dict[NumberKind, int] = {
    NumberKind.PERCENT: 1,
    NumberKind.MONEY: 0,
    NumberKind.COUNT: 0,
    NumberKind.RATIO: 2,  # of the ratio: whole percent once multiplied by 100
    NumberKind.NUMBER: 2,
}


def kind_of_unit(unit: str) -> NumberKind:
    """A metric's unit → its kind: ``%`` or ``% of eligible`` are percentages."""
    text = unit.strip()
    if text.startswith("%"):
        return NumberKind.PERCENT
    if text.casefold() in ("people", "persons", "users", "count"):
        return NumberKind.COUNT
    return NumberKind.NUMBER


def round_half_up(value: float, decimals: int) -> float:
    """``value`` rounded half up to ``decimals``, as people round its decimal form.

    The value is first taken at 12 significant digits (the noise of binary arithmetic
    goes, the figure stays), in float arithmetic: workbooks round every cell with it.
    """
    if not math.isfinite(value):
        return value
    scale = 10.0**decimals
    shifted = abs(value) * scale
    if shifted >= 1e15:  # no fraction left to round at this size
        return value
    result = math.floor(shifted + 0.5 + shifted * 1e-12) / scale
    return math.copysign(result, value) if result else 0.0  # never -0.0


def rounded(value: float, kind: NumberKind) -> float:
    """The figure as every view shows it."""
    return round_half_up(value, DECIMALS[kind])


def rounded_for_unit(value: float, unit: str) -> float:
    return rounded(value, kind_of_unit(unit))


def optional(value: float | None, kind: NumberKind) -> float | None:
    return None if value is None else rounded(value, kind)


def number_text(value: float, kind: NumberKind) -> str:
    """The rounded figure as text in the planner's language, trailing zeros dropped.

    Ratios are shown in percent (without the sign: callers add `` %``).
    """
    shown = value * 100.0 if kind is NumberKind.RATIO else value
    decimals = 0 if kind is NumberKind.RATIO else DECIMALS[kind]
    exact = Decimal(format(round_half_up(shown, decimals), ".15g"))
    text = f"{exact:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return i18n.decimal(text)


_GROUP = {"en": ",", "fr": "\u202f"}
"""Thousands separators as each language writes them (742,500; 742 500)."""


def grouped_text(value: float, kind: NumberKind = NumberKind.COUNT) -> str:
    """:func:`number_text` with its thousands grouped as the language writes them."""
    text = number_text(value, kind)
    sign = "-" if text.startswith("-") else ""
    body = text.removeprefix("-")
    point = "," if i18n.language() == "fr" else "."
    whole, sep, fraction = body.partition(point)
    grouped = f"{int(whole):,}".replace(",", _GROUP.get(i18n.language(), ","))
    return f"{sign}{grouped}{sep}{fraction}"


def unit_text(value: float, unit: str) -> str:
    """A metric value rounded by its unit's rule: ``60.6``, ``1.18``."""
    return number_text(value, kind_of_unit(unit))


STANDARD_UNITS = (
    N_("% of eligible"),
    N_("uses/week"),
    N_("h/week"),
    N_("per 100"),
    N_("% of use cases"),
    N_("min/day"),
    N_("% of price"),
)
"""The units of the standard metrics, said in the reader's language when shown (the
stored unit stays as typed: a unit of one's own is shown as it is)."""


def unit_label(unit: str) -> str:
    """A unit as shown beside a figure: a standard unit in the current language."""
    return i18n._(unit) if unit in STANDARD_UNITS else unit
