"""Turning a person's change into one undoable roadmap operation with a readable name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.kinds import find
from planner.operations import SetField
from ui.document import Document
from ui.models.labels import field_phrase, kind_label
from ui.models.titles import title


def _tr(text: str) -> str:
    return QCoreApplication.translate("Edits", text)


def refuse(document: Document, message: str) -> None:
    """Report a refused edit the same way the document reports its own refusals."""
    document.refused.emit(message)


def change_text(document: Document, kind: str, entity: Any, field: str) -> str:
    """Undo text such as "Change planned end of 'Meeting minutes'"."""
    return _tr("Change {field} of '{title}'").format(
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
            _tr("The {kind} no longer exists; the change was not made.").format(
                kind=kind_label(kind)
            ),
        )
        return False
    current = getattr(entity, field)
    if current == value:
        return True
    text = change_text(document, kind, entity, field)
    key = (kind, entity_id, field) if merge else None
    return document.execute(SetField(kind, entity_id, field, value), text, merge_key=key)
