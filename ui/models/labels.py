"""Human, translated names for fields, enum values and kinds of entity.

All come from the planner, translated with its sentences in the app's language:
field labels from its field registry (:func:`planner.model.fields.field_label`),
enum values and kinds from :mod:`planner.vocabulary`, the words the core's outputs
use too. Asked for on use (the language can change while the app runs).
``QT_TRANSLATE_NOOP`` marks the app's own texts for ``lupdate``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from planner import vocabulary
from planner.model.fields import field_label


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Mark ``text`` for lupdate (which looks for this name); translated on use."""
    return text


def form_label(label: str) -> str:
    """``Name:`` beside an editor (French puts a space before the colon)."""
    return QCoreApplication.translate("Field", "{label}:", "a label beside an editor").format(
        label=label
    )


def field_phrase(field: str) -> str:
    """The label as used inside a sentence ("planned end")."""
    label = field_label(field)
    if len(label) > 1 and label[1].isupper():
        return label  # an acronym such as "ROI"
    return label[:1].lower() + label[1:]


def enum_label(value: StrEnum) -> str:
    """The word for an enumerated value (the planner's registry, :mod:`planner.vocabulary`)."""
    return vocabulary.enum_label(value)


def kind_label(kind: str, count: int = 1) -> str:
    """The lower-case name of a kind of entity, singular or plural (the planner's)."""
    return vocabulary.kind_word(kind, count)
