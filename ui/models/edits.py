"""Turning a person's change into one undoable roadmap operation with a readable name."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from PySide6.QtCore import QCoreApplication

from planner.edit.operations import Batch, Drop, Restore, SetField
from planner.evidence.decisions import set_status_ops
from planner.model.actions import ActionStatus
from planner.model.kinds import BY_NAME, EntityKind, find, index_of
from planner.rules.problems import from_validation_error
from ui.document import Document
from ui.models.labels import field_phrase, kind_label
from ui.models.titles import title


def refuse(document: Document, message: str) -> None:
    """Report a refused edit the same way the document reports its own refusals."""
    document.refused.emit(message)


def change_text(document: Document, kind: str, entity: Any, field: str) -> str:
    """Undo text such as "Change planned end of 'Meeting minutes'"."""
    return QCoreApplication.translate("Edits", "Change {field} of '{title}'").format(
        field=field_phrase(field), title=title(document.roadmap, kind, entity)
    )


def set_field(
    document: Document, kind: str, entity_id: str, field: str, value: Any, *, merge: bool = False
) -> bool:
    """Set one field of one entity as an undo step; True if the roadmap now holds ``value``.

    ``merge`` joins quick successive changes of the same field (typing) into one step.
    """
    entity = find(document.roadmap, kind, entity_id)
    if entity is None:
        refuse(
            document,
            QCoreApplication.translate(
                "Edits", "The {kind} no longer exists; the change was not made."
            ).format(kind=kind_label(kind)),
        )
        return False
    current = getattr(entity, field)
    if current == value:
        return True
    text = change_text(document, kind, entity, field)
    other = _EXCLUSIVE.get((kind, field))
    if other is not None and value is not None and getattr(entity, other) is not None:
        return _swap_scope(document, kind, entity, field, value, other, text)
    if kind == "action" and field == "status":  # the closing date follows the status
        ops = set_status_ops(entity, ActionStatus(value), dt.date.today())
        return document.execute(ops[0] if len(ops) == 1 else Batch(tuple(ops)), text)
    key = (kind, entity_id, field) if merge else None
    return document.execute(
        SetField(EntityKind(kind), entity_id, field, value), text, merge_key=key
    )


# A measurement is about a stage OR a use case: choosing one clears the other in the
# same step (two separate field edits would each leave it invalid in between).
_EXCLUSIVE = {
    ("measurement", "stage_id"): "use_case_id",
    ("measurement", "use_case_id"): "stage_id",
}


def _swap_scope(
    document: Document, kind: str, entity: Any, field: str, value: Any, other: str, text: str
) -> bool:
    k = BY_NAME[kind]
    try:
        replaced = k.model.model_validate({**dict(entity), field: value, other: None})
    except ValidationError as exc:
        refuse(document, "; ".join(p.message for p in from_validation_error(exc)))
        return False
    position = index_of(k.entities(document.roadmap))[entity.id]
    op = Batch((Drop(k.name, (entity.id,)), Restore(k.name, ((position, replaced),))))
    return document.execute(op, text)
