"""What kind of value each field of the roadmap and its entities holds.

Read once from the pydantic models (annotations), so comparison, merging and
the app's forms never disagree about a field: a date is compared and edited as
a date, a list of references element by element.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import Enum, StrEnum
from typing import Any

from planner.model.entities import BaselineEntry
from planner.model.kinds import Ref


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    ENUM = "enum"
    BOOL = "bool"
    REF = "reference"
    REFS = "references"
    NAMES = "names"
    ENTRIES = "entries"


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def base_type(model: type[Any], name: str) -> Any:
    """A field's type without ``None`` and constraints (``int``, ``dt.date``, an enum …)."""
    return _unwrap(model.model_fields[name].annotation)


def field_type(model: type[Any], name: str, ref: Ref | None = None) -> FieldType:
    """How a field's values are compared and described."""
    annotation = _unwrap(model.model_fields[name].annotation)
    if typing.get_origin(annotation) is tuple:
        item = _unwrap(typing.get_args(annotation)[0])
        if item is BaselineEntry:
            return FieldType.ENTRIES
        return FieldType.REFS if ref is not None else FieldType.NAMES
    if ref is not None:
        return FieldType.REF
    if annotation is bool:
        return FieldType.BOOL
    if annotation in (int, float):
        return FieldType.NUMBER
    if annotation is dt.date:
        return FieldType.DATE
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return FieldType.ENUM
    return FieldType.TEXT
