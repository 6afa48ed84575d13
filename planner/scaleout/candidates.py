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

from planner.i18n import _
from planner.measures import derived
from planner.model.entities import FrictionPoint, MetricSource, Roadmap, UseCase
from planner.numbers import NumberKind, number_text, rounded
from planner.scaleout.rule import TeamEvidence, gate_bar
from planner.scaleout.source import FigureSource

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
    team_name: str
    process: str
    """The matching friction's process ("" when matched by kind)."""

    @property
    def ready(self) -> bool:
        return self.flags.ready

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why this team, in the user's language: the friction, the people, what is missing."""
        return _reasons(self)

    def sentence(self) -> str:
        """The reasons in one sentence (``…; 60 people; no ambassador yet.``)."""
        return _("{reasons}.", reasons=_("; ").join(self.reasons))


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


def children_of(use_cases: Iterable[UseCase]) -> dict[str, list[str]]:
    """Use case id → the ids of the use cases scaled out from it."""
    children: dict[str, list[str]] = {}
    for uc in use_cases:
        if uc.scaled_from is not None:
            children.setdefault(uc.scaled_from, []).append(uc.id)
    return children


def family(
    use_cases: Iterable[UseCase], root: UseCase, children: dict[str, list[str]] | None = None
) -> set[str]:
    """The ids of a use case and of every use case scaled out from it (at any depth)."""
    children = children if children is not None else children_of(use_cases)
    found = {root.id}
    todo = [root.id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


class _Lookups:
    """What every candidate of one computation reads, gathered once."""

    def __init__(self, figures: FigureSource) -> None:
        roadmap = figures.roadmap
        self.figures = figures
        self.use_cases = {uc.id: uc for uc in roadmap.use_cases}
        self.teams = {t.id: t for t in roadmap.teams}
        self.points = {fp.id: fp for fp in roadmap.friction_points}
        self.children = children_of(roadmap.use_cases)
        self.by_key: dict[tuple[str, str], dict[str, list[FrictionPoint]]] = {}
        for fp in roadmap.friction_points:
            if fp.team_id is not None and fp.team_id in self.teams:
                teams = self.by_key.setdefault(friction_key(fp), {})
                teams.setdefault(fp.team_id, []).append(fp)
        self._bars: dict[tuple[str, MetricSource], float | None] = {}
        self._cost: dict[str, float] = {}
        self._use_case_flags: dict[str, tuple[bool, bool | None]] = {}
        self._team_flags: dict[tuple[str, str], tuple[bool, bool]] = {}
        # The costliest point of each team for each kind of friction.
        self.best: dict[tuple[str, str], dict[str, FrictionPoint]] = {
            key: {t: max(pts, key=lambda fp: (fp.hours_lost_per_week, fp.id))
                  for t, pts in teams.items()}
            for key, teams in self.by_key.items()
        }  # fmt: skip

    def person_year_cost(self, point: FrictionPoint) -> float:
        if point.id not in self._cost:
            self._cost[point.id] = person_year_cost(self.figures, point)
        return self._cost[point.id]

    def flags(self, uc: UseCase, team_id: str) -> Flags:
        """The readiness flags (see the module docstring), each part computed once."""
        tables = self.figures.tables
        stage_id = uc.stage_id or ""
        if uc.id not in self._use_case_flags:
            data_bar = self.bar(stage_id, MetricSource.DATA_READINESS) or DEFAULT_DATA_BAR
            readiness = tables.data_source_readiness
            row = self.figures.register.get(uc.id)
            self._use_case_flags[uc.id] = (
                all(readiness.get(d, 0) >= data_bar for d in uc.data_source_ids),
                None if row is None or row.entry is None else row.complete,
            )
        if (stage_id, team_id) not in self._team_flags:
            team = tables.teams.get(team_id)
            trained_bar = self.bar(stage_id, MetricSource.TRAINED_PERCENT) or DEFAULT_TRAINED_BAR
            coverage = None if team is None else team.training_coverage
            self._team_flags[(stage_id, team_id)] = (
                team is not None and team.ambassadors > 0,
                coverage is not None and coverage >= trained_bar,
            )
        data, register = self._use_case_flags[uc.id]
        ambassador, trained = self._team_flags[(stage_id, team_id)]
        return Flags(data, ambassador, trained, register)

    def bar(self, stage_id: str, source: MetricSource) -> float | None:
        key = (stage_id, source)
        if key not in self._bars:
            self._bars[key] = gate_bar(self.figures.roadmap, stage_id, source)
        return self._bars[key]


def candidates(
    figures: FigureSource, proven: dict[str, tuple[TeamEvidence, ...]]
) -> list[Candidate]:
    """Every candidate of the proven use cases (``proven``: use case id → its proven teams),
    highest expected value first."""
    look = _Lookups(figures)
    found: list[Candidate] = []
    for uc_id, evidence in proven.items():
        uc = look.use_cases[uc_id]
        keys = {friction_key(look.points[fp]) for fp in uc.friction_point_ids if fp in look.points}
        having: set[str] = set()
        for member in family((), uc, look.children):
            having.update(look.use_cases[member].team_ids)
        adoption = sum(e.active_pct or 0.0 for e in evidence) / len(evidence)
        matching: dict[str, FrictionPoint] = {}
        for key in keys:
            for team_id, point in look.best.get(key, {}).items():
                if team_id in having:
                    continue
                other = matching.get(team_id)
                if other is None or (point.hours_lost_per_week, point.id) > (
                    other.hours_lost_per_week, other.id):  # fmt: skip
                    matching[team_id] = point
        for team_id, point in matching.items():
            found.append(_candidate(look, uc, look.teams[team_id].headcount, point, adoption))
    names = {t.id: t.name.casefold() for t in figures.roadmap.teams}
    found.sort(key=lambda c: (-c.expected_value, names.get(c.team_id, c.team_id), c.use_case_id))
    return found


def person_year_cost(figures: FigureSource, point: FrictionPoint) -> float:
    """What the friction costs one affected person a year (the friction register's rule)."""
    one = point.model_copy(update={"people_affected": 1})
    return derived.friction_cost_per_year(figures.roadmap, one)


def _candidate(
    look: _Lookups, uc: UseCase, headcount: int, point: FrictionPoint, adoption: float
) -> Candidate:
    team_id = point.team_id or ""
    value = rounded(headcount * look.person_year_cost(point) * adoption / 100.0,
                    NumberKind.MONEY)  # fmt: skip
    name = look.teams[team_id].name if team_id in look.teams else team_id
    return Candidate(
        uc.id, team_id, point.id, headcount, point.hours_lost_per_week, adoption, value,
        look.flags(uc, team_id), name, point.process.strip(),
    )  # fmt: skip


def _reasons(c: Candidate) -> tuple[str, ...]:
    flags = c.flags
    hours = number_text(c.hours_lost_per_week, NumberKind.NUMBER)
    reasons = [
        _(
            "{team} loses {hours} h/week per person on the same friction ({process})",
            team=c.team_name,
            hours=hours,
            process=c.process,
        )
        if c.process
        else _(
            "{team} loses {hours} h/week per person on the same kind of friction",
            team=c.team_name,
            hours=hours,
        ),
        _("{count} people", count=number_text(c.headcount, NumberKind.COUNT)),
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
