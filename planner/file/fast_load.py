"""Opening a well-formed, current ``.pilotplan`` file in one pass.

:func:`planner.file.storage.load_bytes` first tries this path: pydantic parses and
validates the bytes in one go (``model_validate_json``, in Rust), about twice
as fast as parsing to Python values and validating those. It answers only
when the result is certainly the one the careful two-phase path
(:mod:`planner.file.safejson`, then ``Roadmap.model_validate``) would give; for
anything unusual it returns ``None`` and the careful path runs, so every
problem is still reported with the same words and places.

What the careful path refuses that pydantic would accept is checked here:

- nesting depth and container counts: the same C-speed scan, first;
- lone surrogate escapes: any escape that could be one sends the file to the
  careful path;
- repeated keys (pydantic keeps the last value silently): the scan counts the
  key/value pairs of the text, and the validated models must hold exactly as
  many set fields. Every model forbids unknown keys and none has a dict
  field, so a key that appears twice in an object leaves one pair uncounted;
- ``NaN``, ``Infinity``, over-long numbers, invalid UTF-8 and older format
  versions fail validation here and take the careful path.
"""

from __future__ import annotations

import re
import types
import typing
from operator import attrgetter
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from planner.file.safejson import RoadmapLoadError, check_shape
from planner.model.entities import Roadmap

__all__ = ["load_current"]

_BOM = b"\xef\xbb\xbf"
_POSSIBLE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_fields_set = attrgetter("__pydantic_fields_set__")


class _Envelope(BaseModel):
    """The file's envelope, as strict as the careful path's checks of it."""

    # Keys repeat in every object and are worth caching; values mostly do not
    # (caching them too costs about 10% of the parse).
    model_config = ConfigDict(extra="forbid", cache_strings="keys")

    format: Annotated[str, Strict()]
    schema_version: Annotated[int, Strict()]
    app_version: Annotated[str, Strict(), Field(max_length=64)]
    roadmap: Roadmap


def load_current(data: bytes, *, format_name: str, version: int) -> Roadmap | None:
    """The roadmap in ``data`` when it is a clean file of ``format_name`` and ``version``.

    ``None`` means "not sure": the caller must take the careful path, which
    gives the same roadmap for a valid file and says what is wrong otherwise.
    Whole-roadmap rules (:mod:`planner.rules.invariants`) are not checked here.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if b"\\" in data and _POSSIBLE_SURROGATE.search(data):
        return None
    try:
        pairs = check_shape(data)
        envelope = _Envelope.model_validate_json(data)
    except (RoadmapLoadError, ValidationError, ValueError, RecursionError, MemoryError):
        return None
    if envelope.format != format_name or envelope.schema_version != version:
        return None
    if _keys_set(envelope) != pairs:
        return None  # a key repeated somewhere: the careful path names it
    return envelope.roadmap


def _keys_set(model: BaseModel) -> int:
    """How many keys the input gave ``model`` and every model inside it."""
    count = len(model.__pydantic_fields_set__)
    for name in _nested(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            count += _keys_set(value)
        elif isinstance(value, tuple) and value:
            if _nested(type(value[0])):
                count += sum(map(_keys_set, value))
            else:
                count += sum(map(len, map(_fields_set, value)))
    return count


_NESTED: dict[type[BaseModel], tuple[str, ...]] = {}


def _nested(cls: type[BaseModel]) -> tuple[str, ...]:
    """Fields of ``cls`` that can hold models; refuses models the count cannot trust."""
    known = _NESTED.get(cls)
    if known is not None:
        return known
    if cls.model_config.get("extra") != "forbid":
        raise TypeError(f"{cls.__name__} must forbid unknown keys for the key count")
    nested = []
    for name, info in cls.model_fields.items():
        inner = _models_in(info.annotation)
        if inner:
            nested.append(name)
            for model in inner:
                _nested(model)
    _NESTED[cls] = tuple(nested)
    return _NESTED[cls]


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if isinstance(annotation, type) and issubclass(annotation, dict):
        raise TypeError("a dict field would hide repeated keys from the key count")
    origin = typing.get_origin(annotation)
    if origin is dict:
        raise TypeError("a dict field would hide repeated keys from the key count")
    if origin is None and not isinstance(annotation, types.UnionType):
        return []
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += _models_in(arg)
    return found


_nested(_Envelope)  # check the models once, at import
