"""Derived values for whole tables, computed once per roadmap version.

:mod:`planner.evidence.derived` answers for one entity at a time; some answers walk the
whole roadmap (a use case valued from friction shares its points with every
other use case). A table of 10,000 rows asking row by row would be quadratic,
so this module computes each derived column for every entity in one pass and
keeps the result until the roadmap changes (roadmaps are immutable: identity
tells when). ``tests/ui/test_models_derived.py`` checks every figure against
:mod:`planner.evidence.derived`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from planner.evidence import derived
from planner.evidence.derived import UseCaseValue, ValueBasis
from planner.model.entities import Roadmap
from planner.register.screening import Screening, screen


def use_case_values(roadmap: Roadmap) -> dict[str, UseCaseValue]:
    shares: dict[str, float] | None = None
    values: dict[str, UseCaseValue] = {}
    for uc in roadmap.use_cases:
        if uc.value_per_year is None and uc.expected_hours_saved <= 0 and uc.friction_point_ids:
            if shares is None:  # the one part that looks at every use case: do it once
                shares = derived._friction_shares(roadmap)
            value = sum(shares.get(fp, 0.0) for fp in uc.friction_point_ids)
            values[uc.id] = UseCaseValue(value, ValueBasis.FRICTION)
        else:
            values[uc.id] = derived.use_case_value(roadmap, uc)
    return values


def use_case_roi(roadmap: Roadmap, values: dict[str, UseCaseValue]) -> dict[str, float | None]:
    return {
        uc.id: None
        if uc.cost_per_year <= 0
        else (values[uc.id].value_per_year - uc.cost_per_year) / uc.cost_per_year
        for uc in roadmap.use_cases
    }


def team_ambassadors_per_100(roadmap: Roadmap) -> dict[str, float | None]:
    ambassadors = Counter(p.team_id for p in roadmap.people if p.is_ambassador)
    return {
        t.id: None if t.headcount <= 0 else 100.0 * ambassadors[t.id] / t.headcount
        for t in roadmap.teams
    }


def team_training_coverage(roadmap: Roadmap) -> dict[str, float | None]:
    key_users = Counter(p.team_id for p in roadmap.people if p.is_key_user)
    trained = Counter(
        p.team_id for p in roadmap.people if p.is_key_user and p.trained_on is not None
    )
    return {
        t.id: None if not key_users[t.id] else 100.0 * trained[t.id] / key_users[t.id]
        for t in roadmap.teams
    }


def team_people(roadmap: Roadmap) -> dict[str, int]:
    counts = Counter(p.team_id for p in roadmap.people)
    return {t.id: counts[t.id] for t in roadmap.teams}


def stage_use_cases(roadmap: Roadmap) -> dict[str, int]:
    counts = Counter(uc.stage_id for uc in roadmap.use_cases)
    return {s.id: counts[s.id] for s in roadmap.stages}


def use_case_screening(roadmap: Roadmap) -> dict[str, Screening]:
    """Each use case's AI Act screening (tier and reasons), from its register entry."""
    entries = {e.use_case_id: e for e in roadmap.register_entries}
    return {uc.id: screen(entries.get(uc.id)) for uc in roadmap.use_cases}


def stage_criteria(roadmap: Roadmap) -> dict[str, int]:
    counts = Counter(c.stage_id for c in roadmap.criteria)
    return {s.id: counts[s.id] for s in roadmap.stages}


class DerivedCache:
    """Tables of derived values by entity id, for one roadmap version at a time."""

    def __init__(self) -> None:
        self._roadmap: Roadmap | None = None
        self._tables: dict[str, dict[str, Any]] = {}

    def table(self, roadmap: Roadmap, name: str) -> dict[str, Any]:
        if roadmap is not self._roadmap:
            self._roadmap = roadmap
            self._tables = {}
        found = self._tables.get(name)
        if found is None:
            found = self._compute(roadmap, name)
            self._tables[name] = found
        return found

    def _compute(self, roadmap: Roadmap, name: str) -> dict[str, Any]:
        if name == "use_case_roi":
            return use_case_roi(roadmap, self.table(roadmap, "use_case_value"))
        return _TABLES[name](roadmap)


_TABLES: dict[str, Callable[[Roadmap], dict[str, Any]]] = {
    "use_case_value": use_case_values,
    "team_ambassadors_per_100": team_ambassadors_per_100,
    "team_training_coverage": team_training_coverage,
    "team_people": team_people,
    "stage_use_cases": stage_use_cases,
    "stage_criteria": stage_criteria,
    "use_case_screening": use_case_screening,
}
