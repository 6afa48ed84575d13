"""Values derived from a roadmap, never stored (DESIGN §2).

Money is in the roadmap's currency; hours are turned into money with the
roadmap's ``hourly_cost`` and into yearly figures with ``working_weeks``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.model.entities import (
    Access,
    DataSource,
    FrictionPoint,
    Governance,
    Roadmap,
    Storage,
    UseCase,
)
from planner.model.kinds import index_of


def friction_hours_per_year(roadmap: Roadmap, point: FrictionPoint) -> float:
    """Hours lost per year: hours per person per week × people × working weeks."""
    return point.hours_lost_per_week * point.people_affected * roadmap.working_weeks


def friction_cost_per_year(roadmap: Roadmap, point: FrictionPoint) -> float:
    return friction_hours_per_year(roadmap, point) * roadmap.hourly_cost


class ValueBasis(StrEnum):
    ENTERED = "entered"
    """The use case's own ``value_per_year``."""
    HOURS_SAVED = "hours_saved"
    """Expected hours saved per user per week × users × weeks × hourly cost."""
    FRICTION = "friction"
    """Its share of the yearly cost of the friction points it addresses."""
    NONE = "none"


@dataclass(frozen=True)
class UseCaseValue:
    """A use case's value per year, and how it was worked out."""

    value_per_year: float
    basis: ValueBasis


def use_case_users(roadmap: Roadmap, use_case: UseCase) -> int:
    """People the use case reaches: its teams' headcount, else its stage's target users."""
    teams = index_of(roadmap, "team")
    headcount = sum(roadmap.teams[teams[t]].headcount for t in use_case.team_ids if t in teams)
    if headcount:
        return headcount
    stages = index_of(roadmap, "stage")
    position = None if use_case.stage_id is None else stages.get(use_case.stage_id)
    if position is not None:
        return roadmap.stages[position].target_users
    return 0


def use_case_value(roadmap: Roadmap, use_case: UseCase) -> UseCaseValue:
    """Yearly value of a use case and where the figure comes from."""
    if use_case.value_per_year is not None:
        return UseCaseValue(use_case.value_per_year, ValueBasis.ENTERED)
    if use_case.expected_hours_saved > 0:
        hours = use_case.expected_hours_saved * use_case_users(roadmap, use_case)
        value = hours * roadmap.working_weeks * roadmap.hourly_cost
        return UseCaseValue(value, ValueBasis.HOURS_SAVED)
    if use_case.friction_point_ids:
        shares = friction_shares(roadmap, use_case.friction_point_ids)
        value = sum(shares.get(fp, 0.0) for fp in use_case.friction_point_ids)
        return UseCaseValue(value, ValueBasis.FRICTION)
    return UseCaseValue(0.0, ValueBasis.NONE)


def friction_shares(roadmap: Roadmap, only: Iterable[str] | None = None) -> dict[str, float]:
    """Each friction point's yearly cost split equally among the use cases addressing it.

    ``only`` limits the answer to some points (one pass over the use cases
    either way); a whole table of use cases asks once for every point
    (:class:`planner.measures.tables.DerivedTables`).
    """
    wanted = None if only is None else set(only)
    addressing: dict[str, int] = {}
    for uc in roadmap.use_cases:
        for fp in uc.friction_point_ids:
            if wanted is None or fp in wanted:
                addressing[fp] = addressing.get(fp, 0) + 1
    return {
        fp.id: friction_cost_per_year(roadmap, fp) / addressing[fp.id]
        for fp in roadmap.friction_points
        if fp.id in addressing
    }


def roi(roadmap: Roadmap, use_case: UseCase) -> float | None:
    """Return on investment, (value − cost) ÷ cost; None when the use case costs nothing."""
    if use_case.cost_per_year <= 0:
        return None
    value = use_case_value(roadmap, use_case).value_per_year
    return (value - use_case.cost_per_year) / use_case.cost_per_year


@dataclass(frozen=True)
class RankedFriction:
    """A friction point's place in the ranking by yearly cost, with the use cases addressing it."""

    rank: int
    point: FrictionPoint
    cost_per_year: float
    hours_per_year: float
    use_cases: tuple[UseCase, ...]


def friction_ranking(roadmap: Roadmap) -> list[RankedFriction]:
    """Friction points by yearly cost, highest first, with the use cases addressing them."""
    by_point: dict[str, list[UseCase]] = {}
    for uc in roadmap.use_cases:
        for fp in uc.friction_point_ids:
            by_point.setdefault(fp, []).append(uc)
    ordered = sorted(
        roadmap.friction_points,
        key=lambda fp: (-friction_cost_per_year(roadmap, fp), fp.title.casefold(), fp.id),
    )
    return [
        RankedFriction(
            rank,
            fp,
            friction_cost_per_year(roadmap, fp),
            friction_hours_per_year(roadmap, fp),
            tuple(by_point.get(fp.id, ())),
        )
        for rank, fp in enumerate(ordered, start=1)
    ]


def headcount(roadmap: Roadmap, team_ids: Iterable[str]) -> int:
    teams = index_of(roadmap, "team")
    return sum(roadmap.teams[teams[t]].headcount for t in set(team_ids) if t in teams)


def ambassadors_per_100(roadmap: Roadmap, team_ids: Iterable[str]) -> float | None:
    """Ambassadors per 100 people across the given teams; None without headcount."""
    wanted = set(team_ids)
    people = headcount(roadmap, wanted)
    if people <= 0:
        return None
    ambassadors = sum(1 for p in roadmap.people if p.is_ambassador and p.team_id in wanted)
    return 100.0 * ambassadors / people


def training_coverage(
    roadmap: Roadmap, team_ids: Iterable[str], as_of: dt.date | None = None
) -> float | None:
    """% of the given teams' key users trained on or before ``as_of``; None without key users."""
    wanted = set(team_ids)
    key_users = [p for p in roadmap.people if p.is_key_user and p.team_id in wanted]
    if not key_users:
        return None
    trained = sum(
        1
        for p in key_users
        if p.trained_on is not None and (as_of is None or p.trained_on <= as_of)
    )
    return 100.0 * trained / len(key_users)


def data_readiness(source: DataSource) -> int:
    """Readiness 0–4: unavailable data scores 0; otherwise one point for being
    centralised, one for being accessible (open or restricted), one for defined
    governance and two for enforced governance.
    """
    if source.access is Access.UNAVAILABLE:
        return 0
    score = 1  # accessible
    if source.storage is Storage.CENTRALISED:
        score += 1
    if source.governance is Governance.DEFINED:
        score += 1
    elif source.governance is Governance.ENFORCED:
        score += 2
    return score


def use_case_data_readiness(roadmap: Roadmap, use_case: UseCase) -> int | None:
    """The weakest readiness among the data sources a use case needs; None if it needs none."""
    sources = index_of(roadmap, "data_source")
    scores = [
        data_readiness(roadmap.data_sources[sources[d]])
        for d in use_case.data_source_ids
        if d in sources
    ]
    return min(scores) if scores else None


def stage_data_readiness(roadmap: Roadmap, stage_id: str) -> int | None:
    """The weakest readiness among the data sources of a stage's use cases."""
    scores = [
        score
        for uc in roadmap.use_cases
        if uc.stage_id == stage_id and (score := use_case_data_readiness(roadmap, uc)) is not None
    ]
    return min(scores) if scores else None
