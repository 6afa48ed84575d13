"""The one undoable edit of a bar drag on the timeline."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.model.entities import Roadmap
from planner.model.kinds import EntityKind
from planner.timeline.layout import STAGE, USE_CASE

if TYPE_CHECKING:
    # Imported when a drag ends: the window's first frame shows the timeline's words and
    # colours, never an edit (issue 17).
    from planner.edit.operations import Batch, SetField


class DragMode(StrEnum):
    MOVE = "move"
    START = "start"
    END = "end"


def dragged(start: int, end: int, mode: DragMode, days: int) -> tuple[int, int]:
    """New (start, end) ordinals after dragging by ``days``; an edge never passes the other."""
    if mode is DragMode.MOVE:
        return start + days, end + days
    if mode is DragMode.START:
        return min(start + days, end), end
    return start, max(end + days, start)


def reschedule(
    roadmap: Roadmap, kind: EntityKind, entity_id: str, mode: DragMode, days: int
) -> Batch:
    """The one edit of a drag: new planned dates (a moved stage takes its use cases along).

    Moving a whole stage moves its use cases and its gate review by the same
    days, as a summary bar does in planning tools; resizing a stage changes
    the stage only. Raises KeyError for an unknown stage or use case.
    """
    from planner.edit.operations import Batch, SetField

    entities = roadmap.stages if kind == STAGE else roadmap.use_cases
    entity = next((e for e in entities if e.id == entity_id), None)
    if entity is None or kind not in (STAGE, USE_CASE):
        raise KeyError(f"no {kind} '{entity_id}' in the roadmap")
    start, end = dragged(
        entity.planned_start.toordinal(), entity.planned_end.toordinal(), mode, days
    )
    ops = _dates(kind, entity_id, start, end)
    if kind == STAGE and mode is DragMode.MOVE and days:
        review = getattr(entity, "gate_review", None)
        if review is not None:
            ops.append(SetField(STAGE, entity_id, "gate_review", _shift(review, days)))
        for uc in roadmap.use_cases:
            if uc.stage_id == entity_id:
                ops += _dates(
                    USE_CASE, uc.id,
                    uc.planned_start.toordinal() + days, uc.planned_end.toordinal() + days,
                )  # fmt: skip
    return Batch(tuple(ops))


def _shift(day: dt.date, days: int) -> dt.date:
    return dt.date.fromordinal(day.toordinal() + days)


def _dates(kind: EntityKind, entity_id: str, start: int, end: int) -> list[SetField]:
    from planner.edit.operations import SetField

    # Order matters only for readability: the batch is checked as a whole.
    return [
        SetField(kind, entity_id, "planned_start", dt.date.fromordinal(start)),
        SetField(kind, entity_id, "planned_end", dt.date.fromordinal(end)),
    ]
