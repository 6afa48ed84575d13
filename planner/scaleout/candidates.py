"""Scale-out candidates: the teams a proven use case should go to next.

For each use case proven in at least one team (:mod:`planner.scaleout.rule`),
the **candidates** are the teams that do not have it yet — neither in its teams
nor in the teams of a use case scaled out from it — and suffer the **same
friction**: a friction point of the register attributed to the team with the
same process as one the use case addresses (or, for a point recorded without a
process, the same kind: time, productivity, quality).

**Expected value** per year = the team's headcount × what the friction costs
one person a year (hours lost per person per week × working weeks × hour cost,
the friction register's rule; the costliest matching point when several match)
× the adoption reached where the use case is proven (the mean weekly active
users of its proven teams, in %). Candidates are ranked by it, highest first.

**Readiness** flags, each from the figure another view shows:

- *data*: every data source the use case needs reaches the readiness bar of its
  stage's gate (else 1 of 4: at least accessible);
- *ambassador*: the team has at least one ambassador;
- *trained*: the team's key users trained reach the stage's gate threshold on
  training (else 80 %); a team without key users is not trained;
- *register*: where the use case has a register entry, it is complete
  (:mod:`planner.register.summary`); without one the flag does not apply.

A candidate is **ready** when every flag that applies is met.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.evidence import derived
from planner.evidence.figures import Figures
from planner.evidence.numbers import NumberKind, number_text, rounded
from planner.i18n import _
from planner.model.entities import FrictionPoint, MetricSource, Roadmap, UseCase
from planner.scaleout.rule import TeamEvidence, gate_bar

DEFAULT_DATA_BAR = 1.0
"""Readiness (0–4) every needed data source must reach when the stage's gate sets none."""
DEFAULT_TRAINED_BAR = 80.0
"""% of a team's key users trained when the stage's gate sets no threshold on it."""


@dataclass(frozen=True)
class Flags:
    data: bool
    ambassador: bool
    trained: bool
    register: bool | None
    """None: the use case has no register entry, so the flag does not apply."""

    @property
    def ready(self) -> bool:
        return self.data and self.ambassador and self.trained and self.register is not False


@dataclass(frozen=True)
class Candidate:
    use_case_id: str
    team_id: str
    friction_point_id: str
    """The team's friction point that matches (the costliest when several do)."""
    headcount: int
    hours_lost_per_week: float
    """Per affected person, as the friction register records it."""
    adoption_pct: float
    """Adoption reached where the use case is proven (mean of its proven teams, in %)."""
    expected_value: float
    """Per year, in the roadmap currency, rounded as money."""
    flags: Flags
    reasons: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return self.flags.ready

    def sentence(self) -> str:
        return "; ".join(self.reasons) + "."


def friction_key(point: FrictionPoint) -> tuple[str, str]:
    process = point.process.strip().casefold()
    return ("process", process) if process else ("kind", point.kind.value)


def same_friction(roadmap: Roadmap, use_case: UseCase, team_id: str) -> list[str]:
    """Ids of the team's friction points matching one the use case addresses."""
    points = {fp.id: fp for fp in roadmap.friction_points}
    keys = {friction_key(points[fp]) for fp in use_case.friction_point_ids if fp in points}
    return [
        fp.id
        for fp in roadmap.friction_points
        if fp.team_id == team_id and friction_key(fp) in keys
    ]


def family(use_cases: Iterable[UseCase], root: UseCase) -> set[str]:
    """The ids of a use case and of every use case scaled out from it (at any depth)."""
    children: dict[str, list[str]] = {}
    for uc in use_cases:
        if uc.scaled_from is not None:
            children.setdefault(uc.scaled_from, []).append(uc.id)
    found = {root.id}
    todo = [root.id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def candidates(figures: Figures, proven: dict[str, tuple[TeamEvidence, ...]]) -> list[Candidate]:
    """Every candidate of the proven use cases (``proven``: use case id → its proven teams),
    highest expected value first."""
    roadmap = figures.roadmap
    use_cases = {uc.id: uc for uc in roadmap.use_cases}
    teams = {t.id: t for t in roadmap.teams}
    points_by_team: dict[str, list[FrictionPoint]] = {}
    for fp in roadmap.friction_points:
        if fp.team_id is not None:
            points_by_team.setdefault(fp.team_id, []).append(fp)
    points = {fp.id: fp for fp in roadmap.friction_points}
    found: list[Candidate] = []
    for uc_id, evidence in proven.items():
        uc = use_cases[uc_id]
        keys = {friction_key(points[fp]) for fp in uc.friction_point_ids if fp in points}
        having: set[str] = set()
        for member in family(roadmap.use_cases, uc):
            having.update(use_cases[member].team_ids)
        adoption = sum(e.active_pct or 0.0 for e in evidence) / len(evidence)
        for team_id, team_points in points_by_team.items():
            if team_id in having or team_id not in teams:
                continue
            matching = [fp for fp in team_points if friction_key(fp) in keys]
            if not matching:
                continue
            point = max(matching, key=lambda fp: (fp.hours_lost_per_week, fp.id))
            found.append(_candidate(figures, uc, teams[team_id].headcount, point, adoption))
    found.sort(key=lambda c: (-c.expected_value, _team_name(figures, c.team_id), c.use_case_id))
    return found


def _team_name(figures: Figures, team_id: str) -> str:
    return next((t.name.casefold() for t in figures.roadmap.teams if t.id == team_id), team_id)


def person_year_cost(figures: Figures, point: FrictionPoint) -> float:
    """What the friction costs one affected person a year (the friction register's rule)."""
    one = point.model_copy(update={"people_affected": 1})
    return derived.friction_cost_per_year(figures.roadmap, one)


def _candidate(
    figures: Figures, uc: UseCase, headcount: int, point: FrictionPoint, adoption: float
) -> Candidate:
    team_id = point.team_id or ""
    value = rounded(headcount * person_year_cost(figures, point) * adoption / 100.0,
                    NumberKind.MONEY)  # fmt: skip
    flags = _flags(figures, uc, team_id)
    return Candidate(
        uc.id, team_id, point.id, headcount, point.hours_lost_per_week, adoption, value, flags,
        _reasons(figures, team_id, headcount, point, flags),
    )  # fmt: skip


def _flags(figures: Figures, uc: UseCase, team_id: str) -> Flags:
    roadmap = figures.roadmap
    tables = figures.tables
    stage_id = uc.stage_id or ""
    data_bar = gate_bar(roadmap, stage_id, MetricSource.DATA_READINESS) or DEFAULT_DATA_BAR
    readiness = tables.data_source_readiness
    data = all(readiness.get(d, 0) >= data_bar for d in uc.data_source_ids)
    team = tables.teams.get(team_id)
    trained_bar = gate_bar(roadmap, stage_id, MetricSource.TRAINED_PERCENT)
    coverage = None if team is None else team.training_coverage
    trained = coverage is not None and coverage >= (trained_bar or DEFAULT_TRAINED_BAR)
    row = figures.register.get(uc.id)
    register = None if row is None or row.entry is None else row.complete
    return Flags(data, team is not None and team.ambassadors > 0, trained, register)


def _reasons(
    figures: Figures, team_id: str, headcount: int, point: FrictionPoint, flags: Flags
) -> tuple[str, ...]:
    name = next((t.name for t in figures.roadmap.teams if t.id == team_id), team_id)
    hours = number_text(point.hours_lost_per_week, NumberKind.NUMBER)
    reasons = [
        _(
            "{team} loses {hours} h/week per person on the same friction ({process})",
            team=name,
            hours=hours,
            process=point.process.strip(),
        )
        if point.process.strip()
        else _(
            "{team} loses {hours} h/week per person on the same kind of friction",
            team=name,
            hours=hours,
        ),
        _("{count} people", count=number_text(headcount, NumberKind.COUNT)),
    ]
    if not flags.data:
        reasons.append(_("data sources not ready"))
    if not flags.ambassador:
        reasons.append(_("no ambassador yet"))
    if not flags.trained:
        reasons.append(_("key users not trained"))
    if flags.register is False:
        reasons.append(_("register entry incomplete"))
    if flags.ready:
        reasons.append(_("ready"))
    return tuple(reasons)
