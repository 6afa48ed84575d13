"""Who counts where: each stage's figures are computed over the people of its own teams.

A usage export usually covers more people than one stage: a company-wide
Copilot report lists every licensed person. An import therefore splits the
people of a per-user (or per-team) file into **populations**, one per stage it
feeds, before anything is computed:

- **Default** (no ``--stage`` nor ``--use-case``): every *running* stage (active,
  at the gate or on hold) is fed, each with the people of its own teams; a
  team in two running stages counts in both. People whose team is in no fed
  stage are counted in the report's "outside the programme" line and stored
  nowhere. People with no team at all cannot be placed: with one stage fed they
  count in its total (as its population, said in the report), with several
  they count nowhere. A stage without teams is fed only when it is the only
  one (it then takes everyone). Without any running stage, a roadmap with a
  single stage feeds that one; otherwise nothing is chosen silently: the
  import asks for ``--stage``.
- **``--stage S`` / ``--use-case U``** restricts on purpose: one population,
  the people of S's (or U's) teams and the people with no team; when S (U)
  names no teams, everyone in the file.

Files without people or teams (the tenant-wide daily trend; a tidy table
without a scope column) go to one scope: the one chosen, else the only
running stage; with several, the import asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.model.entities import Roadmap, Stage, StageStatus
from planner.usage.errors import UsageImportError
from planner.usage.report import PopulationLine
from planner.usage.targets import Lookup, Scope, resolve_scope

RUNNING = (StageStatus.ACTIVE, StageStatus.AT_GATE, StageStatus.ON_HOLD)
"""Stages that take usage figures by default."""


@dataclass(frozen=True)
class Population:
    """The people one scope's figures are computed over."""

    scope: Scope
    teams: frozenset[str] | None
    """Team ids whose people belong; None: everyone in the file."""
    unassigned: bool
    """People with no team belong too."""

    def takes(self, team_id: str | None) -> bool:
        if team_id is None:
            return self.unassigned
        return self.teams is None or team_id in self.teams


@dataclass(frozen=True)
class Plan:
    """Where an import's figures go."""

    populations: tuple[Population, ...]
    chosen: bool
    """The user chose the scope (``--stage``/``--use-case``)."""
    skipped: tuple[tuple[str, str], ...] = ()
    """(stage name, why) for stages not fed by default."""

    @property
    def label(self) -> str:
        labels = [p.scope.label for p in self.populations]
        if len(labels) <= 1:
            return labels[0] if labels else "no stage"
        return ", ".join(labels[:-1]) + " and " + labels[-1]

    def single(self, why: str) -> Population:
        """The one population of a file that cannot be split (``why`` says what it lacks)."""
        if len(self.populations) == 1:
            return self.populations[0]
        names = self.label
        raise UsageImportError(
            [
                f"{why}, so it cannot be split between the running stages ({names}): "
                "nothing is chosen silently",
                "choose where the figures go with --stage (or --use-case)",
            ]
        )


def plan_populations(roadmap: Roadmap, stage: str | None, use_case: str | None) -> Plan:
    """The populations an import feeds (see the module docstring)."""
    if stage or use_case:
        scope = resolve_scope(roadmap, stage, use_case)
        teams = frozenset(scope.team_ids) if scope.team_ids else None
        return Plan((Population(scope, teams, unassigned=True),), chosen=True)
    running = [s for s in roadmap.stages if s.status in RUNNING]
    skipped = tuple(
        (s.name, s.status.value.replace("_", " ")) for s in roadmap.stages if s not in running
    )
    if not running:
        if len(roadmap.stages) == 1:
            only = roadmap.stages[0]
            return Plan((_population(only, alone=True),), chosen=False)
        if not roadmap.stages:
            raise UsageImportError(
                "the roadmap has no stage to import into; add a stage or give --use-case"
            )
        raise UsageImportError(
            [
                "no stage is running (active, at the gate or on hold), so the figures have "
                "nowhere to go by default",
                f"choose a stage with --stage (stages: {Lookup(roadmap.stages).names()})",
            ]
        )
    alone = len(running) == 1
    fed: list[Population] = []
    skipped_more: list[tuple[str, str]] = []
    for s in running:
        if not s.team_ids and not alone:
            skipped_more.append((s.name, "no teams, so its people cannot be told apart"))
            continue
        fed.append(_population(s, alone=alone))
    return Plan(tuple(fed), chosen=False, skipped=skipped + tuple(skipped_more))


def _population(stage: Stage, *, alone: bool) -> Population:
    scope = Scope(stage.id, None, f"stage '{stage.name}'", stage.team_ids, stage.target_users)
    teams = frozenset(stage.team_ids) if stage.team_ids else None
    return Population(scope, teams, unassigned=alone)


@dataclass
class Tally:
    """People and rows of one population and team, for the report (no identity kept)."""

    people: set[int]
    rows: int = 0
    counted: int | None = None
    """People counted elsewhere (the columnar engine), instead of ``people``."""

    @property
    def size(self) -> int:
        return len(self.people) if self.counted is None else self.counted


class Split:
    """Counts people and rows per population and team, and outside every population."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.cells: dict[tuple[int, str | None], Tally] = {}
        self.outside = Tally(set())
        """People whose team is in no population (or in no team of the roadmap)."""
        self.no_team = Tally(set())
        """People with no team, placed in no population."""
        self._taken: dict[tuple[str | None, bool], tuple[int, ...]] = {}
        self.population_people: dict[int, int] = {}
        """Population → people, when counted elsewhere (the columnar engine)."""

    def taken(self, team_id: str | None, *, foreign: bool = False) -> tuple[int, ...]:
        """The positions of the populations that take people of this team."""
        taken = self._taken.get((team_id, foreign))
        if taken is None:  # once per team: files hold millions of rows
            taken = self._taken[(team_id, foreign)] = (
                ()
                if foreign
                else tuple(i for i, p in enumerate(self.plan.populations) if p.takes(team_id))
            )
        return taken

    def count(
        self, user: int, team_id: str | None, rows: int = 1, *, foreign: bool = False
    ) -> tuple[int, ...]:
        """Count a person's row(s); the positions of the populations that take them.

        ``foreign``: the person has a team, but none of the roadmap's (outside)."""
        taken = self.taken(team_id, foreign=foreign)
        for i in taken:
            tally = self.cells.setdefault((i, team_id), Tally(set()))
            tally.people.add(user)
            tally.rows += rows
        if not taken:
            tally = self.no_team if team_id is None and not foreign else self.outside
            tally.people.add(user)
            tally.rows += rows
        return taken

    def lines(self, team_names: dict[str, str]) -> list[PopulationLine]:
        found: list[PopulationLine] = []
        for i, population in enumerate(self.plan.populations):
            teams = sorted(
                ((team, tally) for (j, team), tally in self.cells.items() if j == i),
                key=lambda item: (item[0] is None, team_names.get(item[0] or "", "")),
            )
            people = self.population_people.get(i)
            if people is None:
                people = len(set().union(*(t.people for _, t in teams))) if teams else 0
            rows = sum(t.rows for _, t in teams)
            found.append(PopulationLine(population.scope.label, None, people, rows))
            found += [
                PopulationLine(
                    population.scope.label,
                    team_names.get(team, team) if team is not None else "(no team)",
                    tally.size,
                    tally.rows,
                )
                for team, tally in teams
            ]
        return found


def distinct(users: Iterable[int]) -> int:
    return len(set(users))
