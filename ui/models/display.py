"""How values look in tables and how they sort."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from planner.i18n import format_day
from planner.model.entities import Roadmap
from planner.model.fields import FieldSpec, ValueType
from planner.numbers import DECIMALS, NumberKind, round_half_up, rounded
from ui.models.labels import enum_label
from ui.models.titles import ref_title, snippet


class Format(StrEnum):
    """How a computed value is shown."""

    NUMBER = "number"
    INTEGER = "integer"
    MONEY = "money"
    PERCENT = "percent"
    """A value already in percent (0–100)."""
    RATIO_PERCENT = "ratio_percent"
    """A ratio (0.25) shown as a percentage (25 %)."""
    ENUM = "enum"
    """A value of an enum, shown by its label and sorted in the enum's order."""


def format_number(value: float, decimals: int = 2) -> str:
    """A number in the user's locale, without trailing zeros after the decimal point."""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals > 0 and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


_KINDS = {
    Format.NUMBER: NumberKind.NUMBER,
    Format.INTEGER: NumberKind.COUNT,
    Format.MONEY: NumberKind.MONEY,
    Format.PERCENT: NumberKind.PERCENT,
    Format.RATIO_PERCENT: NumberKind.RATIO,
}


def format_computed(value: Any, fmt: Format, roadmap: Roadmap) -> str:
    """A computed figure, rounded by the planner's one rule for its kind
    (:mod:`planner.numbers`), written in the user's locale."""
    if value is None:
        return "—"
    if fmt is Format.ENUM:
        return enum_label(value)
    kind = _KINDS[fmt]
    shown = rounded(float(value), kind)
    if fmt is Format.MONEY:
        return f"{format_number(shown, 0)} {roadmap.currency}"
    if fmt is Format.PERCENT:
        return f"{format_number(shown, DECIMALS[kind])} %"
    if fmt is Format.RATIO_PERCENT:
        return f"{format_number(round_half_up(shown * 100.0, 0), 0)} %"
    return format_number(shown, DECIMALS[kind])


def format_field(spec: FieldSpec, value: Any, roadmap: Roadmap) -> str | None:
    """The text of a stored value in a table cell (None for check boxes)."""
    t = spec.value_type
    if value is None:
        return ""
    if t is ValueType.BOOL:
        return None
    if t is ValueType.DATE:
        return format_day(value)  # the app's one date format: 4 Dec 2026, 4 déc. 2026
    if t is ValueType.ENUM:
        return enum_label(value)
    if t is ValueType.INT:
        return format_number(value, 0)
    if t is ValueType.FLOAT:
        return format_number(round_half_up(value, 2), 2)  # 1.175 → 1.18, as people round
    if t is ValueType.REF:
        assert spec.ref is not None
        return ref_title(roadmap, spec.ref.target, value)
    if t is ValueType.REFS:
        assert spec.ref is not None
        target = spec.ref.target
        return ", ".join(ref_title(roadmap, target, v) for v in value)
    if t is ValueType.TEXTS:
        return "; ".join(value)
    if t is ValueType.LONG_TEXT:
        return snippet(value, 80)
    return str(value)


def sort_key(spec: FieldSpec | None, value: Any, roadmap: Roadmap) -> tuple[int, Any]:
    """A key that sorts values of one column naturally; empty values always last."""
    if value is None or value == "" or value == ():
        return (1, 0)
    if spec is None or spec.value_type in (ValueType.INT, ValueType.FLOAT, ValueType.BOOL):
        return (0, value)
    if spec.value_type is ValueType.DATE:
        return (0, value.toordinal() if isinstance(value, dt.date) else value)
    if spec.value_type is ValueType.ENUM:
        assert spec.enum is not None
        return (0, list(spec.enum).index(value))  # the order the enum defines
    text = format_field(spec, value, roadmap) or ""
    return (0, text.casefold())


def none_label() -> str:
    return QCoreApplication.translate("Editors", "— none —")
