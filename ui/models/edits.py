"""Turning a person's change into one undoable roadmap operation with a readable name.

The rules of a change (a measurement's scope, an action's closing date) are
:func:`planner.edit.scope.field_op`'s; this module names the step and reports
a refusal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.edit.operations import EditError, SetField
from planner.edit.scope import field_op
from planner.model.kinds import find
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
    try:
        op = field_op(document.roadmap, kind, entity_id, field, value, today=dt.date.today())
    except EditError as exc:
        refuse(document, str(exc))
        return False
    if op is None:
        return False
    status = kind == "action" and field == "status"
    key = (kind, entity_id, field) if merge and isinstance(op, SetField) and not status else None
    return document.execute(op, text, merge_key=key)
