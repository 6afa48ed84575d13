"""What a usage reader knows while it reads rows: columns, separators, teams, dates.

:class:`ReadContext` reads one cell of a row by field name and names the
column when a value is refused; :class:`MappingTally` counts how people were
put in teams. The layouts' readers are in :mod:`planner.usage.sources`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from planner.usage.errors import CellError
from planner.usage.layouts import Match
from planner.usage.readers import RawRow
from planner.usage.tally import CONCEALED, MappingTally
from planner.usage.values import Cell, DateOrder

__all__ = [
    "CONCEALED",
    "MappingTally",
    "ReadContext",
    "cell_text",
    "future_problem",
    "required_text",
    "user_key",
]

T = TypeVar("T")


@dataclass(frozen=True)
class ReadContext:
    match: Match
    decimal: str
    as_of: dt.date
    date_order: DateOrder | None = None
    teams_by_user: Mapping[str, str] = field(default_factory=dict)
    """Normalised user → team label, from a separate mapping file."""
    app: str = "any"
    report_date: dt.date | None = None
    preamble: Sequence[RawRow] = ()
    tally: MappingTally | None = None
    """Counts users the team mapping found (only when a mapping file is given)."""

    def get(self, cells: tuple[Cell, ...], key: str) -> Cell:
        index = self.match.columns.get(key)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def label(self, key: str) -> str:
        return self.match.name_of(key)

    def parsed(self, cells: tuple[Cell, ...], key: str, parse: Callable[[Cell], T]) -> T:
        """Parse one cell; a failure names the column."""
        try:
            return parse(self.get(cells, key))
        except CellError as exc:
            raise CellError(f"{self.label(key)}: {exc}") from None

    def team_for(self, user: str | None, cells: tuple[Cell, ...]) -> str | None:
        if user is not None:
            key = user_key(user)
            mapped = self.teams_by_user.get(key)
            if self.tally is not None and self.teams_by_user:
                self.tally.record(key, user, mapped is not None)
            if mapped is not None:
                return mapped
        value = self.get(cells, "team")
        return None if value is None else cell_text(value)


def user_key(value: str) -> str:
    """How users are compared: ``Ada@Contoso.com`` and ``ada@contoso.com`` are one user."""
    return value.strip().casefold()


def cell_text(value: Cell) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def required_text(value: Cell) -> str:
    if value is None or not cell_text(value):
        raise CellError("is empty")
    return cell_text(value)


def future_problem(day: dt.date, ctx: ReadContext, what: str) -> str | None:
    if day > ctx.as_of:
        return f"{what} {day.isoformat()} is in the future (today is {ctx.as_of.isoformat()})"
    return None
