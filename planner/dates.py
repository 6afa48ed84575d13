"""Weeks as the planner counts them: ISO weeks, each named by its Monday.

Measurements are recorded per week (``Measurement.week`` is a Monday), usage
reports are cut into weeks, the templates move dates by whole weeks: all use
these helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

WEEK = dt.timedelta(weeks=1)


def monday(day: dt.date) -> dt.date:
    """The Monday that starts the ISO week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def mondays(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every week from ``first`` (a Monday) to ``last`` inclusive, by its Monday."""
    week = first
    while week <= last:
        yield week
        week += WEEK
