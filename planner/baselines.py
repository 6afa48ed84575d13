"""Baselines: named, dated snapshots of the planned dates of stages and use cases.

A baseline records "what we told the committee": the planned start and end
of every stage and use case on the day it was captured. It is kept in the
roadmap file; the timeline and the workbook show the slip of the current
plan against the chosen one. Capturing and deleting are edit operations, so
both are undoable in the app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.edit.operations import Insert, Remove
from planner.model.entities import Baseline, BaselineEntry, Roadmap, Stage, UseCase
from planner.model.ids import new_id
from planner.model.kinds import KINDS, EntityKind, index_of


@dataclass(frozen=True)
class Slip:
    """Days the current plan is later (positive) or earlier than the baseline."""

    start_days: int
    end_days: int

    @property
    def late(self) -> bool:
        return self.end_days > 0


def planned(roadmap: Roadmap) -> tuple[Stage | UseCase, ...]:
    """Everything a baseline records: the stages, then the use cases."""
    return (*roadmap.stages, *roadmap.use_cases)


def default_name(today: dt.date) -> str:
    """The name offered when capturing: ``Committee 2027-02``."""
    return f"Committee {today:%Y-%m}"


def snapshot(roadmap: Roadmap, name: str, captured_on: dt.date) -> Baseline:
    """A baseline of the roadmap's planned dates now (not yet in the roadmap)."""
    entries = tuple(
        BaselineEntry(entity_id=e.id, start=e.planned_start, end=e.planned_end)
        for e in planned(roadmap)
    )
    taken = {e.id for k in KINDS for e in k.entities(roadmap)}
    return Baseline(
        id=new_id("baseline", taken), name=name, captured_on=captured_on, entries=entries
    )


def capture(roadmap: Roadmap, name: str, captured_on: dt.date) -> Insert:
    """The operation that adds a baseline of the planned dates as they are now."""
    return Insert(
        EntityKind.BASELINE,
        -1,
        snapshot(roadmap, name, captured_on),
        label=f"Capture baseline '{name}'",
    )


def delete(roadmap: Roadmap, baseline_id: str) -> Remove:
    """The operation that deletes a baseline (raises KeyError when there is none)."""
    baseline = find(roadmap, baseline_id)
    if baseline is None:
        raise KeyError(f"there is no baseline '{baseline_id}'")
    return Remove(EntityKind.BASELINE, baseline_id, label=f"Delete baseline '{baseline.name}'")


def find(roadmap: Roadmap, baseline_id: str) -> Baseline | None:
    pos = index_of(roadmap, "baseline").get(baseline_id)
    return None if pos is None else roadmap.baselines[pos]


def latest(roadmap: Roadmap) -> Baseline | None:
    """The most recently captured baseline (the last one listed among equal dates)."""
    best: Baseline | None = None
    for baseline in roadmap.baselines:
        if best is None or baseline.captured_on >= best.captured_on:
            best = baseline
    return best


def slip(roadmap: Roadmap, baseline_id: str) -> dict[str, Slip]:
    """Slip of each stage and use case the baseline recorded and that still exists.

    Raises KeyError when the roadmap has no such baseline.
    """
    baseline = find(roadmap, baseline_id)
    if baseline is None:
        raise KeyError(f"there is no baseline '{baseline_id}'")
    recorded = {e.entity_id: e for e in baseline.entries}
    result: dict[str, Slip] = {}
    for entity in planned(roadmap):
        entry = recorded.get(entity.id)
        if entry is not None:
            result[entity.id] = Slip(
                (entity.planned_start - entry.start).days, (entity.planned_end - entry.end).days
            )
    return result
