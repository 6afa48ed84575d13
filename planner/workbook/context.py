"""What every sheet needs to know, computed once per export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from planner.evidence.checks import Finding
from planner.evidence.figures import Figures
from planner.evidence.gates import StageReadiness
from planner.measures.tables import DerivedTables
from planner.model.colours import stage_colour
from planner.model.entities import (
    Baseline,
    Feedback,
    Metric,
    Person,
    Roadmap,
    Stage,
    Team,
    UseCase,
)
from planner.register.summary import RegisterRow
from planner.value.report import ValueReport
from planner.workbook.cells import defined_name
from planner.workbook.style import StyleBook


@dataclass
class Context:
    roadmap: Roadmap
    as_of: dt.date
    workbook: Any
    """The xlsxwriter workbook being written."""
    styles: StyleBook
    baseline: Baseline | None
    changes: tuple[tuple[str, str], ...] = ()
    _names: set[str] = field(default_factory=set)

    def table_name(self, name: str) -> str:
        """A unique table name (tables share one namespace per workbook)."""
        return defined_name(name, self._names)

    # ---------------------------------------------------------------- lookups

    @cached_property
    def stages(self) -> dict[str, Stage]:
        return {s.id: s for s in self.roadmap.stages}

    @cached_property
    def stage_order(self) -> dict[str, int]:
        return {s.id: i for i, s in enumerate(self.roadmap.stages)}

    @cached_property
    def teams(self) -> dict[str, Team]:
        return {t.id: t for t in self.roadmap.teams}

    @cached_property
    def people(self) -> dict[str, Person]:
        return {p.id: p for p in self.roadmap.people}

    @cached_property
    def metrics(self) -> dict[str, Metric]:
        return {m.id: m for m in self.roadmap.metrics}

    @cached_property
    def use_cases(self) -> dict[str, UseCase]:
        return {u.id: u for u in self.roadmap.use_cases}

    def stage_name(self, stage_id: str | None) -> str:
        stage = self.stages.get(stage_id or "")
        return stage.name if stage else ""

    def team_names(self, team_ids: tuple[str, ...]) -> str:
        return ", ".join(self.teams[t].name for t in team_ids if t in self.teams)

    def person_name(self, person_id: str | None) -> str:
        person = self.people.get(person_id or "")
        return person.name if person else ""

    def stage_colour(self, stage: Stage) -> str:
        return stage_colour(self.stage_order[stage.id], stage.colour)[1:].upper()

    @cached_property
    def quotes(self) -> dict[str, list[Feedback]]:
        """Per stage, the feedback with text about it or one of its use cases up to the
        as-of date, newest first (then by id): one pass for every stage."""
        stage_of = {u.id: u.stage_id for u in self.roadmap.use_cases if u.stage_id is not None}
        found: dict[str, list[Feedback]] = {}
        for f in self.roadmap.feedback:
            if f.text and f.date <= self.as_of:
                about = {f.stage_id, stage_of.get(f.use_case_id or "")}
                for stage_id in about:
                    if stage_id is not None:
                        found.setdefault(stage_id, []).append(f)
        for items in found.values():
            items.sort(key=lambda f: (-f.date.toordinal(), f.id))
        return found

    @cached_property
    def baseline_dates(self) -> dict[str, tuple[dt.date, dt.date]]:
        if self.baseline is None:
            return {}
        return {e.entity_id: (e.start, e.end) for e in self.baseline.entries}

    # ------------------------------------------------------------ evaluations

    @cached_property
    def figures(self) -> Figures:
        """Every figure the sheets show, computed once for the as-of date: the same
        computation the app and the command line show (one set of numbers)."""
        return Figures(self.roadmap, self.as_of)

    @property
    def tables(self) -> DerivedTables:
        """Derived columns per entity (value, ROI, readiness, friction cost, teams)."""
        return self.figures.tables

    @cached_property
    def readiness(self) -> list[StageReadiness]:
        """Gate readiness of every stage at the as-of date (planner.evidence.gates)."""
        return list(self.figures.readiness)

    @property
    def register(self) -> list[RegisterRow]:
        """The AI register of every use case at the as-of date (planner.register.summary)."""
        return list(self.figures.register.values())

    @cached_property
    def value(self) -> ValueReport:
        """Value against cost per stage and use case (planner.value)."""
        return self.figures.value

    @property
    def findings(self) -> list[Finding]:
        """Method checks (a team with no ambassador, a use case without friction…)."""
        return self.figures.findings


def choose_baseline(roadmap: Roadmap, baseline_id: str | None) -> Baseline | None:
    """The baseline the timeline compares with: the one asked for, else the newest."""
    if baseline_id is not None:
        for baseline in roadmap.baselines:
            if baseline.id == baseline_id:
                return baseline
        names = ", ".join(b.id for b in roadmap.baselines) or "none"
        raise ValueError(f"no baseline with id {baseline_id!r} (baselines: {names})")
    if not roadmap.baselines:
        return None
    return max(enumerate(roadmap.baselines), key=lambda p: (p[1].captured_on, p[0]))[1]
