"""The series index the gates and the figures read: a roadmap's rolled-up series
(:class:`planner.measures.series.SeriesIndex`) with the one computed metric that
needs the value report, value per seat ÷ price.

The value report (:mod:`planner.value`) is built on the measured series, so the
index below it cannot ask it; this one, above both, can. :func:`index_for` keeps
one per roadmap version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from planner.measures.series import Point, SeriesIndex
from planner.model.entities import Roadmap
from planner.model.index import index
from planner.register.summary import RegisterRow

if TYPE_CHECKING:
    from planner.value.report import ValueReport


class Holder(Protocol):
    """Who holds an index and already computes, for one date, what its computed
    metrics are made of (:class:`planner.evidence.figures.Figures`): the index reads
    them there rather than computing them a second time. None: not for that date."""

    def value_for(self, as_of: dt.date) -> ValueReport | None: ...

    def register_for(self, as_of: dt.date) -> Iterable[RegisterRow] | None: ...


class EvidenceIndex(SeriesIndex):
    """A :class:`SeriesIndex` that also computes value per seat ÷ price."""

    def __init__(
        self, roadmap: Roadmap, *, kept_by_roadmap: bool = False, holder: Holder | None = None
    ) -> None:
        super().__init__(roadmap, kept_by_roadmap=kept_by_roadmap)
        self._value_to_price: dict[dt.date, dict[str, float | None]] = {}
        self._holder = holder

    def _value_cover(self, as_of: dt.date) -> dict[str, float | None]:
        """Every stage's value per seat ÷ price as of a date, computed once per date."""
        found = self._value_to_price.get(as_of)
        if found is None:
            report = None if self._holder is None else self._holder.value_for(as_of)
            if report is None:
                # On use, as in Figures.value: the value report needs the adoption figures
                # (the usage package), which the app's first frame does not load.
                from planner.value.report import value_report

                report = value_report(self.roadmap, as_of, self)
            found = self._value_to_price[as_of] = {s.id: s.value_to_price for s in report.stages}
        return found

    def _register_rows(self, as_of: dt.date) -> Iterable[RegisterRow]:
        rows = None if self._holder is None else self._holder.register_for(as_of)
        return super()._register_rows(as_of) if rows is None else rows


def index_for(roadmap: Roadmap) -> EvidenceIndex:
    """The series index of this roadmap version, built once (kept with the roadmap:
    roadmaps are immutable, see :mod:`planner.model.index`)."""
    return index(roadmap).memo(roadmap, EvidenceIndex, _kept)


def _kept(roadmap: Roadmap) -> EvidenceIndex:
    return EvidenceIndex(roadmap, kept_by_roadmap=True)


def stage_series(
    roadmap: Roadmap, stage_id: str, metric_id: str, as_of: dt.date | None = None
) -> list[Point]:
    """The weekly stage-level values of a metric after roll-up, oldest first.

    Measured metrics: one point per measured week starting on or before
    ``as_of`` (all weeks when None). Computed metrics: training coverage week by
    week from the stage's start, ambassadors and data readiness as one point
    for the week of ``as_of`` (today when None). Raises KeyError for an unknown
    stage or metric.
    """
    return index_for(roadmap).series(stage_id, metric_id, as_of)
