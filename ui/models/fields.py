"""What kind of value each entity field holds, read once from the pydantic models.

Editors and item models need to know, for every field, whether it is a date,
an enum, a reference, a number with a range or a long text. That information
already lives in :mod:`planner.model.entities` (annotations and ``Field`` constraints);
this module reads it so the limits of a spin box can never drift from the
rules the model enforces.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from planner.model.entities import Roadmap
from planner.model.kinds import BY_NAME, KINDS, ROADMAP, Ref

LONG_TEXT_LENGTH = 1000
"""Text fields allowed to be longer than this are multi-line (descriptions, notes)."""


class ValueType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    BOOL = "bool"
    ENUM = "enum"
    REF = "ref"
    REFS = "refs"
    TEXTS = "texts"
    """A list of free single-line texts (the attendees of a decision)."""
    COLOUR = "colour"


@dataclass(frozen=True)
class FieldSpec:
    kind: str
    name: str
    value_type: ValueType
    optional: bool
    required: bool
    """The field has no default: a new entity must be given a value."""
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    min_length: int | None = None
    enum: type[StrEnum] | None = None
    ref: Ref | None = None


def _constraints(metadata: list[Any], into: dict[str, Any]) -> None:
    for item in metadata:
        if isinstance(item, FieldInfo):
            _constraints(list(item.metadata), into)
            continue
        for attr, key in (
            ("ge", "minimum"),
            ("gt", "minimum"),
            ("le", "maximum"),
            ("lt", "maximum"),
            ("max_length", "max_length"),
            ("min_length", "min_length"),
            ("pattern", "pattern"),
        ):
            value = getattr(item, attr, None)
            if value is not None:
                into[key] = value


def _unwrap(annotation: Any, into: dict[str, Any]) -> tuple[Any, bool]:
    """Strip ``Annotated`` and ``| None`` layers; collect constraints on the way."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *meta = typing.get_args(annotation)
            _constraints(meta, into)
            annotation = base
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = True
            annotation = args[0]
        else:
            return annotation, optional


@cache
def field_spec(kind_name: str, field: str) -> FieldSpec:
    """Describe one field of an entity kind, or of the roadmap itself (kind ``"roadmap"``).

    Cached: models never change while the app runs.
    """
    model: type[BaseModel] = Roadmap if kind_name == ROADMAP else BY_NAME[kind_name].model
    refs = () if kind_name == ROADMAP else BY_NAME[kind_name].refs
    info = model.model_fields[field]
    found: dict[str, Any] = {}
    _constraints(list(info.metadata), found)
    base, optional = _unwrap(info.annotation, found)
    ref = next((r for r in refs if r.field == field), None)
    enum: type[StrEnum] | None = None
    if ref is not None:
        value_type = ValueType.REFS if ref.many else ValueType.REF
    elif typing.get_origin(base) is tuple:
        value_type = ValueType.TEXTS
        item_found: dict[str, Any] = {}
        _unwrap(typing.get_args(base)[0], item_found)
        found["item_max_length"] = item_found.get("max_length")
    elif isinstance(base, type) and issubclass(base, Enum):
        value_type = ValueType.ENUM
        enum = base  # type: ignore[assignment]
    elif base is bool:
        value_type = ValueType.BOOL
    elif base is int:
        value_type = ValueType.INT
    elif base is float:
        value_type = ValueType.FLOAT
    elif base is dt.date:
        value_type = ValueType.DATE
    elif str(found.get("pattern", "")).startswith("^#"):
        value_type = ValueType.COLOUR
    elif (found.get("max_length") or 0) > LONG_TEXT_LENGTH:
        value_type = ValueType.LONG_TEXT
    else:
        value_type = ValueType.TEXT
    if value_type is ValueType.TEXTS:
        found["max_length"] = found.pop("item_max_length", None)
    return FieldSpec(
        kind=kind_name,
        name=field,
        value_type=value_type,
        optional=optional,
        required=info.is_required(),
        minimum=found.get("minimum"),
        maximum=found.get("maximum"),
        max_length=found.get("max_length"),
        min_length=found.get("min_length"),
        enum=enum,
        ref=ref,
    )


def editable_fields(kind_name: str) -> list[str]:
    """Every field of a kind a person may edit, in model order (not the id)."""
    if kind_name == ROADMAP:
        lists = {k.attr for k in KINDS}
        return [n for n in Roadmap.model_fields if n != "lineage" and n not in lists]
    return [name for name in BY_NAME[kind_name].model.model_fields if name != "id"]
