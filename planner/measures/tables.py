"""Derived figures for whole tables, for one roadmap version as of one date.

:mod:`planner.measures.derived` states each rule for one entity at a time; a
table of 10,000 rows asking row by row would be quadratic where a rule looks
at the whole roadmap (a use case valued from friction shares its points with
every other use case). :class:`DerivedTables` computes each derived column for
every entity in one pass, on first use, and keeps it: the object belongs to one
roadmap version and one as-of date (roadmaps are immutable), so whoever holds it
— the command line for one run, the workbook for one export, the desktop app's
document until the next edit — holds the one set of numbers every view shows.
No process-wide cache is involved.

Training counts only what was done on or before the as-of date: a training
planned for next week does not make a key user trained today.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from planner.measures import derived
from planner.measures.derived import RankedFriction, UseCaseValue, ValueBasis
from planner.model.entities import Roadmap
from planner.register.screening import Screening, screen


@dataclass(frozen=True)
class TeamFigures:
    """A team's people side as of a date."""

    headcount: int
    people: int
    """People of the People table in the team."""
    ambassadors: int
    ambassadors_per_100: float | None
    """None without headcount."""
    key_users: int
    trained: int
    """Key users trained on or before the as-of date."""
    training_coverage: float | None
    """% of key users trained on or before the as-of date; None without key users."""


class DerivedTables:
    """Every derived per-entity figure of one roadmap version as of one date."""

    def __init__(self, roadmap: Roadmap, as_of: dt.date) -> None:
        self.roadmap = roadmap
        self.as_of = as_of

    # ------------------------------------------------------------ use cases

    @cached_property
    def friction_shares(self) -> dict[str, float]:
        return derived.friction_shares(self.roadmap)

    @cached_property
    def use_case_value(self) -> dict[str, UseCaseValue]:
        roadmap = self.roadmap
        values: dict[str, UseCaseValue] = {}
        for uc in roadmap.use_cases:
            if uc.value_per_year is None and uc.expected_hours_saved <= 0 and uc.friction_point_ids:
                shares = self.friction_shares  # the one part that looks at every use case
                value = sum(shares.get(fp, 0.0) for fp in uc.friction_point_ids)
                values[uc.id] = UseCaseValue(value, ValueBasis.FRICTION)
            else:
                values[uc.id] = derived.use_case_value(roadmap, uc)
        return values

    @cached_property
    def use_case_screening(self) -> dict[str, Screening]:
        """Each use case's AI Act tier and reasons, from its register entry (no date)."""
        entries = {e.use_case_id: e for e in self.roadmap.register_entries}
        return {uc.id: screen(entries.get(uc.id)) for uc in self.roadmap.use_cases}

    @cached_property
    def use_case_roi(self) -> dict[str, float | None]:
        values = self.use_case_value
        return {
            uc.id: None
            if uc.cost_per_year <= 0
            else (values[uc.id].value_per_year - uc.cost_per_year) / uc.cost_per_year
            for uc in self.roadmap.use_cases
        }

    @cached_property
    def use_case_users(self) -> dict[str, int]:
        return {uc.id: derived.use_case_users(self.roadmap, uc) for uc in self.roadmap.use_cases}

    @cached_property
    def data_source_readiness(self) -> dict[str, int]:
        return {s.id: derived.data_readiness(s) for s in self.roadmap.data_sources}

    @cached_property
    def use_case_readiness(self) -> dict[str, int | None]:
        scores = self.data_source_readiness
        found: dict[str, int | None] = {}
        for uc in self.roadmap.use_cases:
            known = [scores[d] for d in uc.data_source_ids if d in scores]
            found[uc.id] = min(known) if known else None
        return found

    # ------------------------------------------------------------ friction

    @cached_property
    def friction_hours(self) -> dict[str, float]:
        return {
            fp.id: derived.friction_hours_per_year(self.roadmap, fp)
            for fp in self.roadmap.friction_points
        }

    @cached_property
    def friction_cost(self) -> dict[str, float]:
        cost = self.roadmap.hourly_cost
        return {key: hours * cost for key, hours in self.friction_hours.items()}

    @cached_property
    def friction_ranking(self) -> list[RankedFriction]:
        return derived.friction_ranking(self.roadmap)

    # ---------------------------------------------------------------- teams

    @cached_property
    def teams(self) -> dict[str, TeamFigures]:
        as_of = self.as_of
        people: Counter[str | None] = Counter()
        ambassadors: Counter[str | None] = Counter()
        key_users: Counter[str | None] = Counter()
        trained: Counter[str | None] = Counter()
        for p in self.roadmap.people:
            people[p.team_id] += 1
            ambassadors[p.team_id] += p.is_ambassador
            if p.is_key_user:
                key_users[p.team_id] += 1
                trained[p.team_id] += p.trained_on is not None and p.trained_on <= as_of
        found: dict[str, TeamFigures] = {}
        for t in self.roadmap.teams:
            keys = key_users[t.id]
            found[t.id] = TeamFigures(
                headcount=t.headcount,
                people=people[t.id],
                ambassadors=ambassadors[t.id],
                ambassadors_per_100=(
                    None if t.headcount <= 0 else 100.0 * ambassadors[t.id] / t.headcount
                ),
                key_users=keys,
                trained=trained[t.id],
                training_coverage=None if not keys else 100.0 * trained[t.id] / keys,
            )
        return found

    # --------------------------------------------------------------- stages

    @cached_property
    def stage_use_cases(self) -> dict[str, int]:
        counts = Counter(uc.stage_id for uc in self.roadmap.use_cases)
        return {s.id: counts[s.id] for s in self.roadmap.stages}

    @cached_property
    def stage_criteria(self) -> dict[str, int]:
        counts = Counter(c.stage_id for c in self.roadmap.criteria)
        return {s.id: counts[s.id] for s in self.roadmap.stages}
