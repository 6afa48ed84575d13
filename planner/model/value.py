"""What a stage costs: licences (seats over time, at a price) and one-off costs.

Both are entities of the roadmap (kinds ``licence`` and ``one_off_cost`` in
:mod:`planner.model.kinds`), so they are checked, edited with undo, compared
and merged like every other entity. What they are worth against the value
realised is computed in :mod:`planner.value`, never stored.

**Licences** form a dated series per *line*: a stage (optionally one of its
teams) and a product. Each entry says "from this date, this many seats at
this price per seat per month"; it holds until the next entry of the same
line. A price change in the middle of the period is a new entry with the new
price; seats counted from a usage export are entries whose ``source`` names
the file.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field

from planner.dates import monday
from planner.model.base import Entity
from planner.model.types import Count, Day, Id, Label, Name, NonNegative, Text

MAX_SEAT_PRICE = 100_000.0
"""Highest price per seat per month accepted (a typing error guard, not a market view)."""


class CostCategory(StrEnum):
    TRAINING = "training"
    CHANGE_MANAGEMENT = "change_management"
    IMPLEMENTATION = "implementation"
    OTHER = "other"


class Licence(Entity):
    """Seats licensed for a stage (or one of its teams) from a date, at a price per month."""

    stage_id: Id
    team_id: Id | None = None
    """Set when the seats are bought for one team of the stage; None: the whole stage."""
    product: Name
    """What is licensed (e.g. Microsoft 365 Copilot); entries of one product form one line."""
    start: Day
    """The entry holds from the week of this date until the line's next entry."""
    seats: Count
    price_per_seat_month: float = Field(default=0.0, ge=0, le=MAX_SEAT_PRICE)
    """List or negotiated price of one seat for one month, in the roadmap currency."""
    source: Label = "manual"
    """Where the seat count comes from: typed (manual) or the usage file it was counted in."""
    note: Text = ""
    """Where the price comes from (price list, contract, date seen)."""


class OneOffCost(Entity):
    """A cost paid once for a stage: training, change management, implementation."""

    stage_id: Id
    description: Name
    category: CostCategory = CostCategory.OTHER
    date: Day
    """When the cost is incurred: it counts from that week on."""
    amount: NonNegative
    """In the roadmap currency."""
    note: Text = ""
    """Where the figure comes from (quote, invoice, estimate)."""


@dataclass(frozen=True)
class Line:
    """One licence line: its entries in date order and the Monday each starts."""

    team_id: str | None
    product: str
    starts: tuple[dt.date, ...]
    entries: tuple[Licence, ...]

    def at(self, week: dt.date) -> Licence | None:
        """The entry in effect in the week starting on ``week`` (None: before the first)."""
        i = bisect_right(self.starts, week)
        return self.entries[i - 1] if i else None


def lines_of(licences: Iterable[Licence]) -> list[Line]:
    """The licence lines of some entries (one stage's), in order of first appearance."""
    grouped: dict[tuple[str | None, str], list[tuple[dt.date, int, Licence]]] = {}
    for position, licence in enumerate(licences):
        key = (licence.team_id, licence.product.casefold().strip())
        grouped.setdefault(key, []).append((monday(licence.start), position, licence))
    lines = []
    for (team_id, _), found in grouped.items():
        found.sort(key=lambda item: (item[0], item[1]))
        # Same week twice: keep the one listed last (sorted after the other).
        kept: dict[dt.date, Licence] = {}
        for week, _position, licence in found:
            kept[week] = licence
        starts = tuple(kept)
        lines.append(Line(team_id, found[0][2].product, starts, tuple(kept.values())))
    return lines
