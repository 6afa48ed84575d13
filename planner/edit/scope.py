"""Changing one field of one entity as a person means it: the rules that span fields.

Most field changes are one :class:`~planner.edit.operations.SetField`. Two are not:

* **The scope of a measurement.** A measurement is about a stage *or* a use
  case. Choosing a use case for a measurement about a stage (or the reverse)
  clears the other in the same step — two separate field edits would each
  leave it invalid in between — so the change is a scope change: the entity
  is replaced at its position (:func:`change_scope`).
* **The status of an action.** Its closing date follows it
  (:func:`set_status_ops`).

:func:`field_op` gives the one operation for any field change, so the app's
tables, its detail panel and any other caller apply the same rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from planner.edit.operations import Batch, Drop, EditError, Op, Restore, SetField
from planner.model.actions import Action, ActionStatus
from planner.model.entities import Roadmap
from planner.model.kinds import BY_NAME, EntityKind, find, index_of
from planner.rules.problems import from_validation_error

EXCLUSIVE: dict[tuple[str, str], str] = {
    ("measurement", "stage_id"): "use_case_id",
    ("measurement", "use_case_id"): "stage_id",
}
"""(kind, field) → the field that must be cleared when this one is set."""


def exclusive_with(kind: str, field: str) -> str | None:
    """The field that setting ``field`` of a ``kind`` clears, if any."""
    return EXCLUSIVE.get((kind, field))


def change_scope(roadmap: Roadmap, kind: str, entity: Any, field: str, value: Any) -> Op | None:
    """The operation that sets ``field`` to ``value`` and clears the field exclusive with
    it, or None when nothing needs clearing. Raises :class:`EditError` (with the
    problems) when the entity would not be valid."""
    other = exclusive_with(kind, field)
    if other is None or value is None or getattr(entity, other) is None:
        return None
    k = BY_NAME[kind]
    try:
        replaced = k.model.model_validate({**dict(entity), field: value, other: None})
    except ValidationError as exc:
        raise EditError(from_validation_error(exc)) from None
    position = index_of(roadmap, kind)[entity.id]
    return Batch((Drop(k.name, (entity.id,)), Restore(k.name, ((position, replaced),))))


def field_op(
    roadmap: Roadmap, kind: str, entity_id: str, field: str, value: Any, *, today: dt.date
) -> Op | None:
    """The one operation that sets ``field`` of an entity to ``value`` with every rule
    that goes with it; None when the entity does not exist. ``today`` dates an
    action closed by this change."""
    entity = find(roadmap, kind, entity_id)
    if entity is None:
        return None
    scoped = change_scope(roadmap, kind, entity, field, value)
    if scoped is not None:
        return scoped
    if isinstance(entity, Action) and field == "status":
        ops = set_status_ops(entity, ActionStatus(value), today)
        return ops[0] if len(ops) == 1 else Batch(tuple(ops))
    return SetField(EntityKind(kind), entity_id, field, value)


def set_status_ops(action: Action, status: ActionStatus, day: dt.date) -> list[SetField]:
    """Changing an action's status, with its closing date kept in step: closing it
    (done or dropped) records ``day`` unless a date is there; reopening clears it."""
    ops = [SetField(EntityKind.ACTION, action.id, "status", status)]
    if status is ActionStatus.OPEN and action.closed_on is not None:
        ops.append(SetField(EntityKind.ACTION, action.id, "closed_on", None))
    elif status is not ActionStatus.OPEN and action.closed_on is None:
        ops.append(SetField(EntityKind.ACTION, action.id, "closed_on", day))
    return ops
