"""Finding where imported figures go in the roadmap: scope, teams and metrics.

Everything is found by id or by name (ignoring case and spacing). Metric ids
are never hard-coded: a figure's metric is the one the caller names, else the
metric marked as that standard figure, else the measured metric that fits
best (an adoption metric in % for active users, a metric named "habit…" in %
for habitual users, "power…" for power users, a frequency metric for actions
per active user); a figure with no metric at all gets the standard one
(:mod:`planner.usage.standard`), added by the import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Generic, TypeVar

from planner.model.entities import (
    Metric,
    MetricSource,
    Roadmap,
    Stage,
    StageStatus,
    Team,
    UsageFigure,
    UseCase,
)
from planner.model.ids import new_id
from planner.usage.aggregate import QUANTITY_LABELS, Quantity
from planner.usage.errors import UsageImportError
from planner.usage.layouts import ORGANISATION, TEAM, USER, norm
from planner.usage.metric_fit import fit_score, name_key
from planner.usage.readers import Limits, read_table
from planner.usage.sources import user_key
from planner.usage.standard import standard_metric

E = TypeVar("E", Stage, UseCase, Team, Metric)

QUANTITY_KEYS = {
    "active": Quantity.ACTIVE, "active users": Quantity.ACTIVE, "wau": Quantity.ACTIVE,
    "adoption": Quantity.ACTIVE, "habitual": Quantity.HABITUAL,
    "habitual users": Quantity.HABITUAL, "habit": Quantity.HABITUAL,
    "actions": Quantity.ACTIONS, "uses": Quantity.ACTIONS, "frequency": Quantity.ACTIONS,
    "prompts": Quantity.ACTIONS,
    **{figure.value: figure for figure in UsageFigure},
    "power users": Quantity.POWER, "novice users": Quantity.NOVICE, "low users": Quantity.LOW,
    "minutes": Quantity.MINUTES_SAVED, "minutes saved": Quantity.MINUTES_SAVED,
}  # fmt: skip


class Lookup(Generic[E]):
    """Entities of one kind by id and by name."""

    def __init__(self, entities: Sequence[E], title: str = "name") -> None:
        self.entities: Sequence[E] = entities
        self.by_id: dict[str, E] = {e.id: e for e in entities}
        self.by_name: dict[str, E] = {}
        for entity in entities:
            self.by_name.setdefault(name_key(getattr(entity, title)), entity)

    def find(self, text: str) -> E | None:
        return self.by_id.get(text.strip()) or self.by_name.get(name_key(text))

    def names(self, limit: int = 8) -> str:
        shown = [getattr(e, "name", e.id) for e in islice(self.entities, limit)]
        more = len(self.entities) - len(shown)
        return ", ".join(shown) + (f" … (+{more})" if more > 0 else "") if shown else "none"


@dataclass(frozen=True)
class Scope:
    stage_id: str | None
    use_case_id: str | None
    label: str
    team_ids: tuple[str, ...]
    target_users: int


def resolve_scope(roadmap: Roadmap, stage: str | None, use_case: str | None) -> Scope:
    """The stage or use case the figures are for (default: the active stage, else the first)."""
    if stage and use_case:
        raise UsageImportError("give either a stage or a use case, not both")
    if use_case:
        found_uc = Lookup(roadmap.use_cases).find(use_case)
        if found_uc is None:
            raise UsageImportError(
                f"no use case '{use_case}' in the roadmap "
                f"(use cases: {Lookup(roadmap.use_cases).names()})"
            )
        return Scope(None, found_uc.id, f"use case '{found_uc.name}'", found_uc.team_ids, 0)
    stages = Lookup(roadmap.stages)
    if stage:
        found = stages.find(stage)
        if found is None:
            raise UsageImportError(f"no stage '{stage}' in the roadmap (stages: {stages.names()})")
    else:
        active = [s for s in roadmap.stages if s.status is StageStatus.ACTIVE]
        found = active[0] if active else (roadmap.stages[0] if roadmap.stages else None)
        if found is None:
            raise UsageImportError(
                "the roadmap has no stage to import into; add a stage or give --use-case"
            )
    return Scope(found.id, None, f"stage '{found.name}'", found.team_ids, found.target_users)


def scope_for_row(roadmap: Roadmap, text: str) -> tuple[str | None, str | None, str]:
    """A tidy row's scope: (stage id, use case id, problem)."""
    stage = Lookup(roadmap.stages).find(text)
    use_case = Lookup(roadmap.use_cases).find(text)
    if stage is not None and use_case is not None and stage.id != use_case.id:
        return None, None, f"scope '{text}' names both a stage and a use case; use its id"
    if stage is not None:
        return stage.id, None, ""
    if use_case is not None:
        return None, use_case.id, ""
    return None, None, f"scope '{text}' is no stage or use case of the roadmap"


# ------------------------------------------------------------------ metrics


def metrics_for(
    roadmap: Roadmap, explicit: Mapping[str, str], wanted: Iterable[Quantity]
) -> tuple[dict[Quantity, Metric], list[Metric]]:
    """The metric for each quantity produced, and the standard metrics to add for
    those the roadmap has none for."""
    lookup = Lookup(roadmap.metrics)
    chosen: dict[Quantity, Metric] = {}
    for key, text in explicit.items():
        quantity = QUANTITY_KEYS.get(name_key(key))
        if quantity is None:
            raise UsageImportError(
                f"--metric {key}=…: '{key}' is not a figure the import computes "
                f"(use {', '.join(f.value for f in UsageFigure)})"
            )
        metric = lookup.find(text)
        if metric is None:
            raise UsageImportError(
                f"--metric {key}={text}: no such metric (metrics: {lookup.names(20)})"
            )
        if metric.source is not MetricSource.MEASURED:
            raise UsageImportError(
                f"metric '{metric.name}' is computed from the roadmap; it cannot take imports"
            )
        chosen[quantity] = metric
    added: list[Metric] = []
    taken = {e.id for e in roadmap.metrics}
    marked = {m.standard: m for m in roadmap.metrics if m.standard is not None}
    for quantity in wanted:
        if quantity in chosen:
            continue
        if quantity in marked and marked[quantity].source is MetricSource.MEASURED:
            chosen[quantity] = marked[quantity]
            continue
        scored = [(s, m) for m in roadmap.metrics if (s := fit_score(m, quantity)) is not None]
        if scored:
            chosen[quantity] = max(scored, key=lambda item: item[0])[1]
        else:
            metric = standard_metric(quantity, new_id("metric", taken))
            taken.add(metric.id)
            added.append(metric)
            chosen[quantity] = metric
    used: dict[str, Quantity] = {}
    for quantity, metric in chosen.items():
        if metric.id in used:
            raise UsageImportError(
                f"metric '{metric.name}' would receive both {QUANTITY_LABELS[used[metric.id]]} "
                f"and {QUANTITY_LABELS[quantity]}; choose with --metric"
            )
        used[metric.id] = quantity
    return chosen, added


# -------------------------------------------------------------- team mapping


def read_team_mapping(path: Path, roadmap: Roadmap, limits: Limits | None = None) -> dict[str, str]:
    """A ``user,team`` file (CSV or XLSX) → {user: team id}; team by id or name.

    The first row is a header if it names the columns (user/upn/email/personid
    and team/organization/department); otherwise the first column is the user
    and the second the team.
    """
    table = read_table(path, limits or Limits())
    teams = Lookup(roadmap.teams)
    mapping: dict[str, str] = {}
    lines: dict[str, int] = {}
    unknown: dict[str, int] = {}
    user_col, team_col = 0, 1
    first = True
    for line, cells in table.rows:
        if first:
            first = False
            names = [norm(str(c)) if c is not None else "" for c in cells]
            user_at = next((i for i, n in enumerate(names) if n in USER), None)
            team_at = next((i for i, n in enumerate(names) if n in TEAM + ORGANISATION), None)
            if user_at is not None and team_at is not None:
                user_col, team_col = user_at, team_at
                continue
        user = cells[user_col] if user_col < len(cells) else None
        label = cells[team_col] if team_col < len(cells) else None
        if user is None or label is None:
            raise UsageImportError(
                f"{path.name}, {table.unit} {line}: a user and a team are both needed"
            )
        team = teams.find(str(label))
        if team is None:
            unknown.setdefault(str(label), line)
            continue
        key = user_key(str(user))
        if key in mapping and mapping[key] != team.id:
            raise UsageImportError(
                f"{path.name}: the same user is mapped to two teams "
                f"({table.unit}s {lines[key]} and {line})"
            )
        mapping[key], lines[key] = team.id, line
    if unknown:
        listed = ", ".join(f"'{name}' ({table.unit} {n})" for name, n in islice(unknown.items(), 5))
        raise UsageImportError(
            [
                f"{path.name}: {len(unknown)} team name(s) match no team of the roadmap: {listed}",
                f"teams in the roadmap: {teams.names(20)}",
            ]
        )
    if not mapping:
        raise UsageImportError(f"{path.name} maps no user to a team")
    return mapping
