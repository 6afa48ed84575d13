"""The one computation of every figure for a roadmap version and an as-of date.

Every view — the Overview, the tables' computed columns, the detail panel,
the gate review, ``show``, ``gates``, ``adoption``, the workbook and the
timeline — asks a :class:`Figures` for what it shows, and rounds with
:mod:`planner.numbers`. A ``Figures`` belongs to one roadmap object
and one date and computes each part on first use; its holder decides how long
it lives (one command, one export, the desktop document until the next edit
or a new as-of date). Nothing dated after the as-of date counts: measurements
of later weeks, trainings, decisions and actions recorded later.

Parts:

- ``tables``: derived columns per entity (:mod:`planner.measures.tables`);
- ``readiness``: the gate evaluation of every stage (:mod:`planner.evidence.gates`);
- ``series(stage, metric)``: the weekly stage values the charts draw;
- ``adoption``: the funnel per stage and team, and the team × week view
  (:mod:`planner.measures.adoption`);
- ``findings``: the method checks (:mod:`planner.evidence.checks`);
- ``register`` and ``compliance``: the AI register per use case and per stage
  (:mod:`planner.register.summary`).

    @cached_property
- ``value``: realised value against cost per stage and use case (:mod:`planner.value`);
- ``scale_out``: proven use cases, scale-out candidates and ideas (:mod:`planner.scaleout`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from planner import i18n
from planner.evidence import gates
from planner.evidence.checks import Finding, method_checks
from planner.evidence.gates import StageReadiness
from planner.evidence.index import EvidenceIndex
from planner.measures.series import Point
from planner.measures.tables import DerivedTables
from planner.model.entities import Roadmap
from planner.register.summary import (
    RegisterRow,
    StageCompliance,
    register_rows,
    stage_compliance,
)

if TYPE_CHECKING:
    from planner.measures.adoption import StageAdoption
    from planner.scaleout.report import ScaleOut
    from planner.value.report import ValueReport


class Figures:
    """Every figure of one roadmap version as of one date, computed on first use."""

    def __init__(self, roadmap: Roadmap, as_of: dt.date) -> None:
        self.roadmap = roadmap
        self.as_of = as_of
        self.language = i18n.language()
        """Sentences (explanations, forecasts, findings) are written in this language."""
        self._making: set[str] = set()
        """The parts being computed (see :meth:`value_for`)."""

    def is_for(self, roadmap: Roadmap, as_of: dt.date) -> bool:
        """Whether these figures answer for that roadmap version, date and language."""
        return roadmap is self.roadmap and as_of == self.as_of and i18n.language() == self.language

    @cached_property
    def index(self) -> EvidenceIndex:
        """The roadmap's measurements grouped by stage and metric (built once). Its
        computed metrics read this object's value report and register rows for its date
        (:meth:`value_for`, :meth:`register_for`): each is computed once."""
        return EvidenceIndex(self.roadmap, holder=self)

    def value_for(self, as_of: dt.date) -> ValueReport | None:
        """The value report, for the index, when it asks for this date (None otherwise,
        or while the report is being made: the index then computes its own)."""
        if as_of != self.as_of or "value" in self._making:
            return None
        return self.value

    def register_for(self, as_of: dt.date) -> Iterable[RegisterRow] | None:
        """The register rows, for the index, as :meth:`value_for`."""
        if as_of != self.as_of or "register" in self._making:
            return None
        return self.register.values()

    @cached_property
    def tables(self) -> DerivedTables:
        return DerivedTables(self.roadmap, self.as_of)

    @cached_property
    def readiness(self) -> tuple[StageReadiness, ...]:
        return tuple(gates.evaluate_all(self.roadmap, self.as_of, self.index))

    @cached_property
    def _readiness_by_stage(self) -> dict[str, StageReadiness]:
        return {r.stage.id: r for r in self.readiness}

    def stage_readiness(self, stage_id: str) -> StageReadiness:
        """One stage's readiness; KeyError for an unknown stage."""
        found = self._readiness_by_stage.get(stage_id)
        if found is None:
            raise KeyError(f"no stage '{stage_id}' in the roadmap")
        return found

    def series(self, stage_id: str, metric_id: str) -> list[Point]:
        """Weekly stage values of a metric up to the as-of date (KeyError when unknown)."""
        return self.index.series(stage_id, metric_id, self.as_of)

    @cached_property
    def adoption(self) -> tuple[StageAdoption, ...]:
        """Each stage's funnel and team figures, in roadmap order."""
        # Imported here: it brings the usage package (~0.1 s), which the app's first
        # frame does not need.
        from planner.measures.adoption import stage_adoption

        return stage_adoption(self.roadmap, self.as_of, self.index)

    def stage_adoption(self, stage_id: str) -> StageAdoption:
        found = next((a for a in self.adoption if a.stage.id == stage_id), None)
        if found is None:
            raise KeyError(f"no stage '{stage_id}' in the roadmap")
        return found

    @cached_property
    def findings(self) -> list[Finding]:
        """The method checks as of the date."""
        return list(method_checks(self.roadmap, self.as_of))

    @cached_property
    def register(self) -> dict[str, RegisterRow]:
        """Each use case's AI register row (tier, duties, gaps) as of the date, by id."""
        self._making.add("register")
        try:
            return {row.use_case.id: row for row in register_rows(self.roadmap, self.as_of)}
        finally:
            self._making.discard("register")

    @cached_property
    def compliance(self) -> tuple[StageCompliance, ...]:
        """Each stage's register line, in roadmap order."""
        return tuple(stage_compliance(self.roadmap, self.as_of, self.register.values()))

    @cached_property
    def value(self) -> ValueReport:
        """Value realised against cost, per stage and use case, as of the date."""
        # On use: it needs the adoption figures (the usage package), kept out of start-up.
        from planner.value.report import value_report

        self._making.add("value")
        try:
            return value_report(self.roadmap, self.as_of, self.index, self.tables, self.adoption)
        finally:
            self._making.discard("value")

    @cached_property
    def scale_out(self) -> ScaleOut:
        """Proven use cases, scale-out candidates and the ideas backlog, as of the date."""
        # On use, as the value: the scale-out reads the adoption figures (the usage package).
        from planner.scaleout.report import scale_out

        return scale_out(self)
