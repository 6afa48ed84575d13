"""What every field editor offers, shared by table cells, the detail panel and forms.

Every editor has ``value()`` (raises :class:`InvalidInput` when what was typed
cannot be read), ``set_value(value)`` (never counts as a user edit) and two
signals: ``edited`` when the user changed the value, ``submit`` when the user
asked to finish (Enter in a multi-line or list editor used in a table cell).
:class:`FieldEditor` says so for the type checker; the editors live in
:mod:`.text`, :mod:`.numbers`, :mod:`.dates`, :mod:`.choices` and :mod:`.colour`.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QWidget,
)

from planner.model.base import FieldValue

DAY_FORMAT = "d MMM yyyy"
"""How a date picker shows a date: ``4 Dec 2026``, ``4 déc. 2026`` (month names in the
widget's language), as the tables and sentences write it (:func:`planner.i18n.format_day`).
ISO dates are for files and ``--json`` only."""


class FieldEditor(Protocol):
    """The interface of every editor widget (each is also a ``QWidget``)."""

    edited: SignalInstance
    submit: SignalInstance

    def value(self) -> FieldValue: ...
    def set_value(self, value: Any) -> None: ...


class InvalidInput(ValueError):
    """What was typed cannot be read as a value of the field (the message says why)."""


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def leave_undo_to_the_window(widget: QWidget, event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Shift+Z in a box that commits while typing (not in a cell).

    Such a box has nothing of its own to undo: every keystroke is already in the
    document's undo stack, so the window's Undo must get the key (one history).
    """
    if event.type() != QEvent.Type.ShortcutOverride or widget.property("inline"):
        return False
    key = cast(QKeyEvent, event)
    return key.matches(QKeySequence.StandardKey.Undo) or key.matches(QKeySequence.StandardKey.Redo)
