"""The roadmap's own settings: title, organisation, objective, currency, costs, horizon.

A form like the detail panel (every change is an undo step; typing bursts
merge), for the fields of the roadmap itself rather than of an entity.
:func:`run_roadmap_properties` shows it in a dialog; the form can also be
embedded (in the Overview, say).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import Change
from planner.edit.operations import SetField
from planner.model.fields import ValueType, editable_fields, field_label, field_spec
from planner.model.kinds import ROADMAP
from ui.app.sizing import fit_dialog
from ui.document import Document
from ui.editors.base import InvalidInput
from ui.editors.factory import EditorWidget, create_editor
from ui.editors.text import LineEditor, LongTextEditor
from ui.models.edits import refuse
from ui.models.labels import field_phrase, form_label
from ui.views.message_bar import MessageBar

_MERGED = frozenset({ValueType.TEXT, ValueType.LONG_TEXT, ValueType.INT, ValueType.FLOAT})


class RoadmapForm(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._invalid: set[str] = set()
        form = QFormLayout(self)
        self.editors: dict[str, EditorWidget] = {}
        for field in editable_fields(ROADMAP):
            editor = create_editor(ROADMAP, field, document.roadmap, self, inline=False)
            if field == "currency" and isinstance(editor, LineEditor):
                editor.setMaxLength(3)
                editor.setToolTip(
                    QCoreApplication.translate("RoadmapForm", "ISO 4217 code, e.g. EUR, USD, CHF")
                )
            if isinstance(editor, LongTextEditor):
                editor.setMinimumHeight(70)
            label = QLabel(form_label(field_label(field)), self)
            label.setBuddy(editor)
            editor.edited.connect(lambda f=field: self._commit(f))
            if isinstance(editor, LineEditor):
                editor.editingFinished.connect(lambda f=field: self._left(f))
            form.addRow(label, editor)
            self.editors[field] = editor
        document.changed.connect(self._changed)
        signal = getattr(document, "read_only_changed", None)
        if signal is not None:
            signal.connect(self._read_only_changed)
        self._refresh()

    def _read_only_changed(self, _read_only: bool) -> None:
        self._refresh()

    def _changed(self, change: Change) -> None:
        if change.touches((ROADMAP,)):
            self._refresh()

    def _refresh(self) -> None:
        roadmap = self.document.roadmap
        read_only = bool(getattr(self.document, "read_only", False))
        for field, editor in self.editors.items():
            if field not in self._invalid:
                editor.set_value(getattr(roadmap, field))
            editor.setEnabled(not read_only)

    def _commit(self, field: str) -> None:
        editor = self.editors[field]
        try:
            value: Any = editor.value()
        except InvalidInput as exc:
            refuse(self.document, str(exc))
            self._invalid.add(field)
            return
        if getattr(self.document.roadmap, field) == value:
            self._invalid.discard(field)
            return
        merge = (ROADMAP, field) if field_spec(ROADMAP, field).value_type in _MERGED else None
        text = QCoreApplication.translate("RoadmapForm", "Change {field} of the roadmap").format(
            field=field_phrase(field)
        )
        ok = self.document.execute(SetField(ROADMAP, None, field, value), text, merge)
        if ok:
            self._invalid.discard(field)
        elif isinstance(editor, LineEditor | LongTextEditor):
            self._invalid.add(field)  # keep the typing until the box is left
        else:
            self._refresh()

    def _left(self, field: str) -> None:
        if field in self._invalid:
            self._invalid.discard(field)
            self._refresh()


def roadmap_properties_dialog(document: Document, parent: QWidget | None) -> QDialog:
    """The roadmap's settings in a dialog; changes apply (and undo) as they are made."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("RoadmapForm", "Roadmap properties"))
    layout = QVBoxLayout(dialog)
    form = RoadmapForm(document, dialog)
    layout.addWidget(form)
    messages = MessageBar(dialog)
    document.refused.connect(messages.show_message)  # disconnected when the dialog goes
    document.changed.connect(messages.clear)
    layout.addWidget(messages)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_dialog(dialog, QSize(640, 560))  # room for the objective's few lines
    return dialog


def run_roadmap_properties(document: Document, parent: QWidget | None) -> None:
    """Roadmap ▸ Roadmap Properties…: the dialog, modal to ``parent``."""
    dialog = roadmap_properties_dialog(document, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
