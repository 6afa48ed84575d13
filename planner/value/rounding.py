"""One rounding rule per unit, for every value figure (window, command line, workbook).

Rounding is half up on the shortest decimal form (as people round, not
banker's rounding), like :func:`planner.evidence.forecast.format_number`.
Weekly amounts are rounded before they are added up, so the cumulated
figures equal the sum of the weekly figures a reader sees (a finance
controller adds the column up).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MONEY = 0
"""Amounts in the roadmap currency: whole units."""
PER_SEAT = 2
"""Amounts per seat per month: cents."""
HOURS = 2
"""Hours per user per week (as the hours-saved metric is stored)."""
TOTAL_HOURS = 0
"""Hours saved over a period: whole hours."""
MINUTES = 1
PEOPLE = 0
"""Active users: whole people."""
PERCENT = 1
"""Rates and shares in %."""
ACTIONS = 2


def half_up(value: float, places: int) -> float:
    """``value`` rounded half up to ``places`` decimals (0.0 for -0.0)."""
    rounded = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))
    return rounded + 0.0  # no negative zero


def opt(value: float | None, places: int) -> float | None:
    return None if value is None else half_up(value, places)
