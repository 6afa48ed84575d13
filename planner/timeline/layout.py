"""What the timeline shows, as plain data: rows, gate and decision marks, links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from planner.model.colours import STAGE_COLOURS as STAGE_COLOURS  # re-exported
from planner.model.entities import Outcome
from planner.model.kinds import EntityKind
from planner.timeline.day_counts import DayCounts

STAGE, USE_CASE, GROUP = EntityKind.STAGE, EntityKind.USE_CASE, "group"
"""Row kinds; a group row heads the use cases that belong to no stage."""


class GateState(StrEnum):
    """What a gate-review mark says: the decision taken, else the evidence so far."""

    GO = "go"
    GO_WITH_CONDITIONS = "go_with_conditions"
    HOLD = "hold"
    RECYCLE = "recycle"
    STOP = "stop"
    READY = "ready"
    """Not decided; every mandatory criterion is met."""
    ON_TRACK = "on_track"
    """Not decided; mandatory criteria not met yet but forecast to be met by the review."""
    NOT_MET = "not_met"
    """Not decided; mandatory criteria not met and not forecast in time."""
    NO_DATA = "no_data"
    """Not decided; no criteria, or the mandatory criteria not met have no data at all."""
    NOT_STARTED = "not_started"
    """Not decided; the stage has not started, so there is nothing to judge yet."""


class Row(NamedTuple):
    """One line of the chart. Dates are day ordinals (``date.toordinal()``), end inclusive."""

    kind: str
    id: str
    label: str
    depth: int
    stage_index: int
    """Position of the row's stage (colour key); -1 for no stage."""
    colour: str
    """``#RRGGBB`` of the row's stage."""
    status: str
    """The stage's or use case's status (the StrEnum member); empty for a group row."""
    start: int
    end: int
    progress: float
    """0–100: the use case's progress; for a stage the mean of its use cases (dropped aside)."""
    base_start: int | None
    base_end: int | None
    slip: int | None
    """Days the end is later (positive) than in the baseline; None when not in the baseline."""


class GateMark(NamedTuple):
    row: int
    day: int
    state: GateState
    met: int
    total: int
    decision_id: str | None
    """The decision that decided this review, if any."""


class DecisionMark(NamedTuple):
    row: int
    day: int
    outcome: Outcome
    decision_id: str


class Link(NamedTuple):
    """A dependency: the row at ``before`` must finish before the row at ``after`` starts."""

    before: int
    after: int


@dataclass(frozen=True)
class Layout:
    """What the timeline shows and where: its rows, gate and decision marks, links and dates."""

    title: str
    as_of: dt.date
    start: int
    """First day drawn (ordinal): the first of the month of the earliest date."""
    end: int
    """Last day drawn (ordinal, inclusive): the end of the month of the latest date."""
    rows: tuple[Row, ...]
    gates: tuple[GateMark, ...] = ()
    decisions: tuple[DecisionMark, ...] = ()
    links: tuple[Link, ...] = ()
    baseline_id: str | None = None
    baseline_name: str = ""
    stages: tuple[tuple[str, str], ...] = ()
    """(name, colour) of each stage, for the legend."""
    _index: dict[tuple[str, str], int] = field(default_factory=dict, compare=False, repr=False)
    _gate_rows: dict[int, GateMark] = field(default_factory=dict, compare=False, repr=False)
    _link_ends: dict[int, list[Link]] = field(default_factory=dict, compare=False, repr=False)
    _heads: tuple[int, ...] | None = field(default=None, compare=False, repr=False)
    _day_counts: list[DayCounts] = field(default_factory=list, compare=False, repr=False)

    @property
    def heads(self) -> tuple[int, ...]:
        """Positions of the rows that are not use cases (each stage's row, the group row),
        in order; each heads the use case rows after it (made by the build, found
        by looking at every row for a layout made otherwise)."""
        if self._heads is not None:
            return self._heads
        return tuple(i for i, r in enumerate(self.rows) if r.kind != USE_CASE)

    @property
    def day_counts(self) -> DayCounts:
        """The rows' start and end days, counted for the zoomed-out view's bands (made by
        the build; made here, once, for a layout patched or made otherwise)."""
        if not self._day_counts:
            rows = self.rows
            groups = [i for i in self.heads if rows[i].kind == GROUP]
            self._day_counts.append(DayCounts(rows, groups))
        return self._day_counts[0]

    @property
    def days(self) -> int:
        return self.end - self.start + 1

    def find(self, kind: str, entity_id: str) -> int | None:
        """Row index of a stage or use case (None when it has no row)."""
        if not self._index:
            self._index.update(((r.kind, r.id), i) for i, r in enumerate(self.rows))
        return self._index.get((kind, entity_id))

    def gate_at(self, row: int) -> GateMark | None:
        if not self._gate_rows and self.gates:
            self._gate_rows.update((g.row, g) for g in self.gates)
        return self._gate_rows.get(row)

    def decisions_in(self, first: int, stop: int) -> list[DecisionMark]:
        return [d for d in self.decisions if first <= d.row < stop]

    def links_touching(self, first: int, stop: int) -> list[Link]:
        """Links with an end in rows ``first`` to ``stop - 1`` (each once).

        A link passing through without an end in view is left out: on a large
        roadmap thousands of long links would cross every screen.
        """
        if not self._link_ends and self.links:
            self._link_ends.update(link_ends(self.links))
        found: dict[Link, None] = {}
        for row in range(first, stop):
            for link in self._link_ends.get(row, ()):
                found[link] = None
        return list(found)

    def with_gates(self, gates: Sequence[GateMark]) -> Layout:
        """The same layout with other gate marks (evaluated later, or again)."""
        return replace(
            self, gates=tuple(gates), _index=self._index, _gate_rows={}, _link_ends=self._link_ends,
            _heads=self._heads, _day_counts=self._day_counts,
        )  # fmt: skip


def link_ends(links: Sequence[Link]) -> dict[int, list[Link]]:
    ends: dict[int, list[Link]] = {}
    for link in links:
        ends.setdefault(link.before, []).append(link)
        if link.after != link.before:
            ends.setdefault(link.after, []).append(link)
    return ends
