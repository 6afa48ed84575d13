"""The detail panel: a form with every field of the selected entity.

Each change is committed as it is made, through the same edit path as the
table (so the table and the panel always show the same roadmap). Typing in a
text box commits on every keystroke with a merge key, so a burst of typing is
one undo step. A refused change shows the message and leaves what was typed
in place until the box is left, when it shows the stored value again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import NOTHING, WHOLE, Change
from planner.model.fields import ValueType, editable_fields, field_label, field_spec
from planner.model.kinds import find
from ui.document import Document
from ui.editors.base import InvalidInput
from ui.editors.choices import RefListEditor
from ui.editors.dates import OptionalDateEditor
from ui.editors.factory import EditorWidget, create_editor, refresh_choices
from ui.editors.text import LineEditor, LongTextEditor
from ui.models.columns import COLUMNS, Column, dependencies
from ui.models.derived_cache import tables_of
from ui.models.edits import refuse, set_field
from ui.models.labels import form_label, kind_label
from ui.models.titles import title

# Fields whose edits come in bursts (typing, spin-box arrows): merged into one undo step.
_MERGED = frozenset(
    {ValueType.TEXT, ValueType.LONG_TEXT, ValueType.TEXTS, ValueType.INT, ValueType.FLOAT}
)


class DetailPanel(QScrollArea):
    """Edits one entity of one kind; ``set_entity(None)`` shows an empty panel."""

    edited = Signal(str)
    """The field the user just changed (after the document took it or refused it)."""

    def __init__(
        self,
        document: Document,
        kind: str,
        *,
        hidden: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._kind = kind
        self._id: str | None = None
        self._invalid: set[str] = set()
        self._fields = [f for f in editable_fields(kind) if f not in hidden]
        self._computed: list[Column] = [c for c in COLUMNS[kind] if c.computed]
        self._deps = dependencies(kind, COLUMNS[kind]) | {
            spec.ref.target for f in self._fields if (spec := field_spec(kind, f)).ref is not None
        }
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The form follows the panel's width (long texts wrap) instead of scrolling sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: a side panel is narrow, and French labels are long;
        # side by side, the widest label pushed every field out of sight.
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        outer.addWidget(self._form_host)
        outer.addStretch(1)
        self.setWidget(body)
        self.editors: dict[str, EditorWidget] = {}
        self._computed_labels: dict[str, QLabel] = {}
        self._build()
        document.changed.connect(self._on_changed)
        if self._computed:
            document.as_of_changed.connect(self._as_of_changed)  # bound: dropped with the panel
        signal = getattr(document, "read_only_changed", None)
        if signal is not None:
            signal.connect(self._read_only_changed)
        self.set_entity(None)

    # ------------------------------------------------------------------ build

    def _build(self) -> None:
        roadmap = self._document.roadmap
        for field in self._fields:
            editor = create_editor(self._kind, field, roadmap, self._form_host, inline=False)
            label = QLabel(form_label(field_label(field)))
            label.setBuddy(editor)
            if isinstance(editor, RefListEditor):
                editor.setMinimumHeight(140)
            elif isinstance(editor, LongTextEditor):
                editor.setMinimumHeight(70)
            editor.edited.connect(lambda f=field: self._commit(f))
            if isinstance(editor, LineEditor):
                editor.editingFinished.connect(lambda f=field: self._left(f))
            self._form.addRow(label, editor)
            self.editors[field] = editor
        for column in self._computed:
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            italic = QFont(value.font())
            italic.setItalic(True)
            value.setFont(italic)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if column.tip is not None:
                value.setToolTip(column.tip())
            label = QLabel(form_label(column.title()))
            label.setToolTip(QCoreApplication.translate("DetailPanel", "Computed, read-only"))
            self._form.addRow(label, value)
            self._computed_labels[column.key] = value

    # ------------------------------------------------------------ public API

    @property
    def kind(self) -> str:
        return self._kind

    def entity_id(self) -> str | None:
        return self._id

    def set_entity(self, entity_id: str | None) -> None:
        if entity_id != self._id:
            self._invalid.clear()
        self._id = entity_id
        self._refresh(choices=WHOLE)

    # -------------------------------------------------------------- internals

    def _entity(self) -> Any | None:
        if self._id is None:
            return None
        return find(self._document.roadmap, self._kind, self._id)

    def _as_of_changed(self) -> None:
        self._refresh(choices=NOTHING)

    def _read_only_changed(self, _read_only: bool) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        present = self._entity() is not None
        read_only = bool(getattr(self._document, "read_only", False))
        for editor in self.editors.values():
            editor.setEnabled(present and not read_only)

    def _refresh(self, *, choices: Change) -> None:
        """Show the entity's values; rebuild pickers whose target kind ``choices`` touches."""
        roadmap = self._document.roadmap
        entity = self._entity()
        if entity is None:
            self._id = None
            self.heading.setText(
                QCoreApplication.translate(
                    "DetailPanel", "Select a row to see and edit all its details."
                )
            )
            self._form_host.setVisible(False)
            self._update_enabled()
            return
        self._form_host.setVisible(True)
        self.heading.setText(
            QCoreApplication.translate("DetailPanel", "{kind}: {title}").format(
                kind=kind_label(self._kind).capitalize(), title=title(roadmap, self._kind, entity)
            )
        )
        for field, editor in self.editors.items():
            spec = field_spec(self._kind, field)
            if spec.ref is not None and choices.touches((spec.ref.target,)):
                refresh_choices(editor, spec, roadmap, entity.id)
            if field in self._invalid:
                continue  # keep what the user typed until they leave the box
            if isinstance(editor, OptionalDateEditor):
                editor.set_default(getattr(entity, "planned_start", None) or dt.date.today())
            editor.set_value(getattr(entity, field))
        tables = tables_of(self._document)
        for column in self._computed:
            value = column.raw(tables, entity)
            self._computed_labels[column.key].setText(column.text(roadmap, value) or "")
        self._update_enabled()

    def _on_changed(self, change: Change) -> None:
        if change.touches(self._deps):
            self._refresh(choices=change)

    def _commit(self, field: str) -> None:
        if self._id is None:
            return
        editor = self.editors[field]
        try:
            value = editor.value()
        except InvalidInput as exc:
            refuse(self._document, str(exc))
            self._invalid.add(field)
            self.edited.emit(field)
            return
        spec = field_spec(self._kind, field)
        ok = set_field(
            self._document, self._kind, self._id, field, value, merge=spec.value_type in _MERGED
        )
        if ok:
            self._invalid.discard(field)
        elif isinstance(editor, LineEditor | LongTextEditor):
            self._invalid.add(field)  # keep the typing; shown again when the box is left
        else:
            self._refresh(choices=NOTHING)  # pickers and spin boxes show the stored value
        editor.setProperty("invalid", not ok)
        self.edited.emit(field)

    def _left(self, field: str) -> None:
        if field in self._invalid:
            self._invalid.discard(field)
            self.editors[field].setProperty("invalid", False)
            self._refresh(choices=NOTHING)
