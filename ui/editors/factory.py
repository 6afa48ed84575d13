"""Build the right editor for a field, with limits and choices read from the model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.model.entities import Roadmap
from planner.model.fields import FieldSpec, ValueType, field_label, field_spec
from planner.model.kinds import BY_NAME
from ui.editors.base import FieldEditor
from ui.editors.choices import BoolEditor, ChoiceEditor, RefListEditor, enum_choices, titled_choices
from ui.editors.colour import ColourEditor
from ui.editors.dates import DateEditor, OptionalDateEditor
from ui.editors.numbers import FloatEditor, IntEditor, OptionalNumberEditor
from ui.editors.text import LineEditor, LongTextEditor, TextListEditor
from ui.models.titles import title

DECIMALS = {"threshold": 3, "value": 3, "min_value": 3, "max_value": 3}

EditorWidget = (
    LineEditor
    | LongTextEditor
    | TextListEditor
    | BoolEditor
    | DateEditor
    | OptionalDateEditor
    | IntEditor
    | FloatEditor
    | OptionalNumberEditor
    | ChoiceEditor
    | RefListEditor
    | ColourEditor
)
"""Every editor :func:`create_editor` makes: a ``QWidget`` that is a :class:`FieldEditor`."""


def as_field_editor(widget: QWidget) -> FieldEditor:
    """A widget :func:`create_editor` made, seen through its interface (the type checker
    proves that every editor has it). Raises TypeError for any other widget."""
    if not isinstance(widget, EditorWidget):
        raise TypeError(f"{type(widget).__name__} is not a field editor")
    return widget


def reference_choices(
    roadmap: Roadmap, target: str, exclude: str | None = None
) -> list[tuple[str, str]]:
    """(shown name, id) of every entity of a kind, in roadmap order."""
    entities = BY_NAME[target].entities(roadmap)
    return titled_choices((e.id, title(roadmap, target, e)) for e in entities if e.id != exclude)


def create_editor(
    kind: str,
    field: str,
    roadmap: Roadmap,
    parent: QWidget | None,
    *,
    inline: bool,
    entity_id: str | None = None,
) -> EditorWidget:
    """An editor widget for one field (``inline``: inside a table cell)."""
    spec = field_spec(kind, field)
    editor = _create(spec, parent, inline)
    editor.setProperty("inline", inline)
    refresh_choices(editor, spec, roadmap, entity_id)
    if not editor.accessibleName():
        editor.setAccessibleName(field_label(field))
    if isinstance(editor, OptionalDateEditor):
        editor.date.setAccessibleName(field_label(field))
        editor.check.setAccessibleName(
            QCoreApplication.translate("Editors", "{field}: has a date").format(
                field=field_label(field)
            )
        )
    return editor


def refresh_choices(
    editor: QWidget, spec: FieldSpec, roadmap: Roadmap, entity_id: str | None
) -> None:
    """Fill a picker with the current entities (names may have changed)."""
    if spec.ref is None:
        return
    choices = reference_choices(roadmap, spec.ref.target)
    if isinstance(editor, RefListEditor):
        editor.set_choices(choices)
        # An entity may not refer to itself (a use case depending on itself): hidden, not
        # removed, so moving from row to row does not rebuild a long list.
        editor.set_excluded(entity_id if spec.ref.target == spec.kind else None)
    elif isinstance(editor, ChoiceEditor):
        editor.set_choices(choices, spec.optional)


def _create(spec: FieldSpec, parent: QWidget | None, inline: bool) -> EditorWidget:
    t = spec.value_type
    if t is ValueType.TEXT:
        return LineEditor(parent, spec.max_length)
    if t is ValueType.LONG_TEXT:
        return LongTextEditor(parent, inline=inline)
    if t is ValueType.TEXTS:
        return TextListEditor(parent, inline=inline)
    if t is ValueType.BOOL:
        return BoolEditor(parent)
    if t is ValueType.DATE:
        return OptionalDateEditor(parent) if spec.optional else DateEditor(parent)
    if t is ValueType.INT:
        if spec.optional:
            return OptionalNumberEditor(parent, integer=True)
        return IntEditor(parent, spec.minimum, spec.maximum)
    if t is ValueType.FLOAT:
        if spec.optional:
            return OptionalNumberEditor(parent)
        return FloatEditor(parent, spec.minimum, spec.maximum, DECIMALS.get(spec.name, 2))
    if t is ValueType.ENUM:
        assert spec.enum is not None
        combo = ChoiceEditor(parent)
        combo.set_choices(enum_choices(spec.enum), spec.optional)
        return combo
    if t is ValueType.REF:
        return ChoiceEditor(parent)
    if t is ValueType.REFS:
        return RefListEditor(parent)
    if t is ValueType.COLOUR:
        return ColourEditor(parent)
    raise ValueError(f"no editor for {spec.kind}.{spec.name} ({t})")
