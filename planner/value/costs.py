"""What a stage pays, week by week: licence seats at their price, and one-off costs.

**Licence lines.** A stage's licence entries are grouped into lines — one per
team (or the whole stage) and product. An entry holds from the week of its
start date (counted from that week's Monday: a seat bought on a Wednesday is
paid for that whole week) until the week of the line's next entry; two entries
of a line in the same week: the one listed last counts. A stage's seats in a
week are the sum over its lines.

**Cost of a week.** A seat costs its monthly price × 12 ÷ 52 a week (twelve
monthly payments spread over 52 weeks). A one-off cost counts in the week of
its date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.dates import monday
from planner.model.value import Line, OneOffCost

MONTHS_PER_YEAR = 12
WEEKS_PER_YEAR = 52
"""A seat's monthly price is paid 12 times in 52 weeks."""


def weekly_seat_cost(seats: float, price_per_seat_month: float) -> float:
    """seats × monthly price × 12 ÷ 52."""
    return seats * price_per_seat_month * MONTHS_PER_YEAR / WEEKS_PER_YEAR


@dataclass(frozen=True)
class WeekCost:
    """What a stage costs in one week: seats, licences and one-off costs."""

    seats: int
    licence_cost: float
    """Seats × monthly price × 12 ÷ 52, summed over the lines."""
    one_off_cost: float

    @property
    def cost(self) -> float:
        return self.licence_cost + self.one_off_cost


def week_cost(lines: Sequence[Line], one_off: dict[dt.date, float], week: dt.date) -> WeekCost:
    seats = 0
    licence_cost = 0.0
    for line in lines:
        entry = line.at(week)
        if entry is not None:
            seats += entry.seats
            licence_cost += weekly_seat_cost(entry.seats, entry.price_per_seat_month)
    return WeekCost(seats, licence_cost, one_off.get(week, 0.0))


def price_at(lines: Sequence[Line], week: dt.date) -> float | None:
    """The price of a seat per month in a week, averaged over the seats (None: no seats)."""
    seats = 0
    paid = 0.0
    for line in lines:
        entry = line.at(week)
        if entry is not None and entry.seats:
            seats += entry.seats
            paid += entry.seats * entry.price_per_seat_month
    return paid / seats if seats else None


def one_off_by_week(costs: Iterable[OneOffCost]) -> dict[dt.date, float]:
    """One-off costs added up per week of their date."""
    weeks: dict[dt.date, float] = {}
    for cost in costs:
        week = monday(cost.date)
        weeks[week] = weeks.get(week, 0.0) + cost.amount
    return weeks


def first_cost_week(lines: Sequence[Line], one_off: dict[dt.date, float]) -> dt.date | None:
    """The first week anything is paid for (None: nothing is)."""
    starts = [line.starts[0] for line in lines if line.starts]
    starts += list(one_off)
    return min(starts) if starts else None
