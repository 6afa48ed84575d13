"""The register entry's fields: what the use case is, who oversees it, where its records are.

Editors come from the same factory as every other form (limits and choices
read from the model); two fields get editors of their own: the groups of
people affected (tick boxes) and whether personal data is used (yes / no /
not answered). Every change is emitted as ``edited(field, value, merge)``;
the panel turns it into one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.model.entities import Roadmap
from planner.model.fields import ValueType, field_label, field_spec
from planner.model.register import Affected, RegisterEntry
from ui.editors.base import InvalidInput
from ui.editors.choices import ChoiceEditor
from ui.editors.dates import OptionalDateEditor
from ui.editors.factory import EditorWidget, create_editor, refresh_choices
from ui.editors.text import LongTextEditor
from ui.models.labels import enum_label, form_label

KIND = "register_entry"
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "What it is",
        (
            "intended_purpose",
            "role",
            "vendor",
            "ai_model",
            "ai_model_version",
            "business_process",
            "affected",
            "personal_data",
            "dpia_reference",
        ),
    ),
    (
        "Oversight and records",
        (
            "oversight",
            "overseer_id",
            "instructions_reference",
            "log_location",
            "log_retention_months",
            "workers_informed_on",
            "fria_on",
            "fria_reference",
            "notice_reference",
            "review_on",
        ),
    ),
    ("Sources", ("sources",)),
)
_MERGED = frozenset({ValueType.TEXT, ValueType.LONG_TEXT, ValueType.INT})


def section_title(key: str) -> str:
    return {
        "What it is": QCoreApplication.translate("Register", "What it is"),
        "Oversight and records": QCoreApplication.translate("Register", "Oversight and records"),
        "Sources": QCoreApplication.translate("Register", "Where the screening's facts come from"),
    }[key]


class AffectedEditor(QWidget):
    """A tick box per group of people affected."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Affected, QCheckBox] = {}
        for group in Affected:
            box = QCheckBox(enum_label(group), self)
            box.clicked.connect(self._clicked)
            layout.addWidget(box)
            self.boxes[group] = box
        layout.addStretch(1)

    def _clicked(self, _checked: bool) -> None:
        self.edited.emit()

    def value(self) -> tuple[Affected, ...]:
        return tuple(g for g, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for group, box in self.boxes.items():
            box.setChecked(group in chosen)


class YesNoEditor(ChoiceEditor):
    """Yes, no, or not answered (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_choices(
            [
                (QCoreApplication.translate("Register", "Yes"), True),
                (QCoreApplication.translate("Register", "No"), False),
            ],
            optional=True,
        )


_FormEditor = EditorWidget | AffectedEditor
"""The register form's editors: the usual ones, and the affected-groups editor."""


class RegisterForm(QWidget):
    edited = Signal(str, object, bool)
    """(field, value, merge with the previous edit of the same field)"""
    refused = Signal(str)

    def __init__(self, roadmap: Roadmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, _FormEditor] = {}
        for key, fields in SECTIONS:
            box = QGroupBox(section_title(key), self)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                editor = self._editor(field, roadmap, box)
                label = QLabel(form_label(field_label(field)))
                label.setBuddy(editor)
                form.addRow(label, editor)
                self.editors[field] = editor
            layout.addWidget(box)

    def _editor(self, field: str, roadmap: Roadmap, parent: QWidget) -> _FormEditor:
        editor: _FormEditor
        if field == "affected":
            editor = AffectedEditor(parent)
        elif field == "personal_data":
            editor = YesNoEditor(parent)
        else:
            editor = create_editor(KIND, field, roadmap, parent, inline=False)
        if isinstance(editor, LongTextEditor):
            editor.setMinimumHeight(60)
        editor.setAccessibleName(field_label(field))
        editor.edited.connect(lambda f=field: self._commit(f))
        return editor

    def set_entry(self, entry: RegisterEntry | None, roadmap: Roadmap, start: Any) -> None:
        """Show an entry's values (None: an empty form; the first edit creates the entry)."""
        for field, editor in self.editors.items():
            spec = field_spec(KIND, field) if field not in ("affected", "personal_data") else None
            if spec is not None and spec.ref is not None:
                refresh_choices(editor, spec, roadmap, None)
            if isinstance(editor, OptionalDateEditor):
                editor.set_default(start)
            if entry is None:  # what a new entry would hold
                value = RegisterEntry.model_fields[field].default
            else:
                value = getattr(entry, field)
            editor.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(not read_only)

    def _commit(self, field: str) -> None:
        editor = self.editors[field]
        try:
            value = editor.value()
        except InvalidInput as exc:
            self.refused.emit(str(exc))
            return
        merge = field not in ("affected", "personal_data") and (
            field_spec(KIND, field).value_type in _MERGED
        )
        self.edited.emit(field, value, merge)
