"""From planned figures to roadmap operations, with the privacy rules over what is stored.

The import replaces, field by field, a measurement already stored for the
same metric, scope, team and week, and inserts the others; importing the same
file twice changes nothing. Before that, :func:`planner.usage.privacy.protect`
looks at everything that would be stored for each metric, week and scope —
this import's figures *and* those already in the roadmap — and withholds what
would reveal a small group; a stored figure it withholds is removed in the
same step (retroactive withholding).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from planner.edit.operations import Insert, Op, Remove, SetField
from planner.model.entities import Measurement, Metric, Roadmap, UsageFigure
from planner.model.ids import new_id
from planner.model.kinds import EntityKind
from planner.numbers import NumberKind, kind_of_unit
from planner.usage.privacy import Candidate, Reason, protect, together
from planner.usage.report import Change
from planner.usage.standard import COUNTS, RATES

Key = tuple[str, str | None, str | None, str | None, dt.date]
"""metric, stage, use case, team, week: one stored figure."""


@dataclass(frozen=True)
class Planned:
    metric: Metric
    stage_id: str | None
    use_case_id: str | None
    team_id: str | None
    week: dt.date
    value: float
    sample_size: int | None

    def key(self) -> Key:
        return (self.metric.id, self.stage_id, self.use_case_id, self.team_id, self.week)


@dataclass
class Stored:
    """What the import does to the roadmap's measurements, and why."""

    ops: list[Op] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    withheld: dict[str, int] = field(default_factory=dict)
    """Reason → figures of this import not stored."""
    withheld_teams: set[str] = field(default_factory=set)
    removed: int = 0
    """Figures already stored that are removed because they would now reveal a small group."""


def _counted(
    role: UsageFigure | None, metric: Metric, value: float, size: int | None
) -> float | None:
    """People of the group a figure counts (None: not a share nor a count of people)."""
    if size is None:
        return None
    if role in RATES or (role is None and kind_of_unit(metric.unit) is NumberKind.PERCENT):
        return round(value * size / 100.0)
    if role in COUNTS and role is not UsageFigure.LICENSED:
        return value
    return None


def store(
    roadmap: Roadmap,
    planned: Sequence[Planned],
    source: str,
    min_group: int,
    *,
    roles: Mapping[str, UsageFigure] | None = None,
    added_metrics: Sequence[Metric] = (),
) -> Stored:
    """The operations that store ``planned`` (and add ``added_metrics`` first).

    ``roles``: metric id → the figure it holds (else the metric's ``standard``)."""
    out = Stored()
    metrics = {m.id: m for m in (*roadmap.metrics, *added_metrics)}
    role = {m.id: m.standard for m in metrics.values() if m.standard is not None}
    role.update(roles or {})
    existing: dict[Key, Measurement] = {
        (m.metric_id, m.stage_id, m.use_case_id, m.team_id, m.week): m for m in roadmap.measurements
    }
    wanted: dict[Key, Planned] = {p.key(): p for p in planned}
    touched = {(k[0], k[1], k[2], k[4]) for k in wanted}
    headcount = {t.id: t.headcount for t in roadmap.teams}
    candidates: list[Candidate] = []
    for key, item in wanted.items():
        # A team figure of a tidy table without a sample size is over the team's headcount.
        size = item.sample_size
        if size is None and item.team_id is not None:
            size = headcount.get(item.team_id) or None
        candidates.append(Candidate(("new", key), _cell(key), item.team_id, size,
                                    _counted(role.get(item.metric.id), item.metric, item.value,
                                             size)))  # fmt: skip
    for key, m in existing.items():
        metric = metrics.get(m.metric_id)
        if key in wanted or _cell(key) not in touched or metric is None:
            continue
        candidates.append(Candidate(("old", key), _cell(key), m.team_id, m.sample_size,
                                    _counted(role.get(metric.id), metric, m.value,
                                             m.sample_size), established=True))  # fmt: skip
    withheld = protect(candidates, min_group)
    together(withheld, _dependants(candidates, role))
    names = _names(roadmap)
    taken = {m.id for m in roadmap.measurements}
    out.ops += [Insert(EntityKind.METRIC, -1, metric) for metric in added_metrics]
    for key in sorted(wanted, key=lambda k: (k[4], k[0], k[3] or "")):
        item = wanted[key]
        old = existing.get(key)
        reason = withheld.get(("new", key))
        if reason is not None:
            out.withheld[reason] = out.withheld.get(reason, 0) + 1
            if item.team_id is not None:
                out.withheld_teams.add(item.team_id)
            if old is not None:
                _remove(out, old, item.metric, names)
            continue
        action: Literal["add", "replace", "same"]
        if old is None:
            measurement = Measurement(
                id=new_id("measurement", taken), metric_id=item.metric.id,
                stage_id=item.stage_id, use_case_id=item.use_case_id, team_id=item.team_id,
                week=item.week, value=item.value, sample_size=item.sample_size, source=source,
            )  # fmt: skip
            taken.add(measurement.id)
            out.ops.append(Insert(EntityKind.MEASUREMENT, -1, measurement))
            action = "add"
        else:
            fields = {"value": item.value, "sample_size": item.sample_size, "source": source}
            edits = [
                SetField(EntityKind.MEASUREMENT, old.id, name, value)
                for name, value in fields.items()
                if getattr(old, name) != value
            ]
            out.ops += edits
            action = "replace" if edits else "same"
        scope = names.get(item.stage_id or item.use_case_id or "", "?")
        team = names.get(item.team_id) if item.team_id else None
        before = None if old is None else old.value
        out.changes.append(
            Change(action, item.metric.name, scope, team, item.week, item.value,
                   item.sample_size, before)
        )  # fmt: skip
    for candidate_key in withheld:
        if isinstance(candidate_key, tuple) and candidate_key[0] == "old":
            old = existing[candidate_key[1]]
            _remove(out, old, metrics[old.metric_id], names)
    return out


def _cell(key: Key) -> Hashable:
    return (key[0], key[1], key[2], key[4])


def _dependants(
    candidates: Sequence[Candidate], role: Mapping[str, UsageFigure]
) -> dict[Hashable, list[Hashable]]:
    """Each team's active-users figure → its actions-per-active-user figure (rule 5)."""
    by_group: dict[tuple[object, ...], dict[UsageFigure, Hashable]] = defaultdict(dict)
    for c in candidates:
        key: Key = c.key[1]  # type: ignore[index]
        standard = role.get(key[0])
        if standard in (UsageFigure.ACTIVE, UsageFigure.ACTIONS):
            by_group[(key[1], key[2], key[3], key[4])][standard] = c.key
    return {
        found[UsageFigure.ACTIVE]: [found[UsageFigure.ACTIONS]]
        for found in by_group.values()
        if UsageFigure.ACTIVE in found and UsageFigure.ACTIONS in found
    }


def _remove(out: Stored, old: Measurement, metric: Metric, names: dict[str, str]) -> None:
    out.ops.append(Remove(EntityKind.MEASUREMENT, old.id))
    out.removed += 1
    out.changes.append(
        Change("remove", metric.name, names.get(old.stage_id or old.use_case_id or "", "?"),
               names.get(old.team_id) if old.team_id else None, old.week, old.value,
               old.sample_size, old.value)
    )  # fmt: skip


def _names(roadmap: Roadmap) -> dict[str, str]:
    names = {s.id: s.name for s in roadmap.stages}
    names.update({u.id: u.name for u in roadmap.use_cases})
    names.update({t.id: t.name for t in roadmap.teams})
    return names


__all__ = ["Planned", "Reason", "Stored", "store"]
