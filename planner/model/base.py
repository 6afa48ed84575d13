"""The base classes of every model of the roadmap (entities and their parts).

Kept apart from :mod:`planner.model.entities` so that entity kinds defined in
modules of their own (such as :mod:`planner.model.register`) build on the same
base without an import cycle.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from planner.model.docstrings import describe_fields
from planner.model.fields_set import SharedFieldsSet
from planner.model.types import Id


class Model(BaseModel):
    """Base of every model: strict about unknown fields, NaN and mutation."""

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        frozen=True,
        validate_default=False,
        # Field docstrings become the JSON Schema's descriptions when a schema is
        # generated, not when the classes are made (planner.model.docstrings).
        json_schema_extra=describe_fields,
    )


# A model given every field shares its class's set of field names (planner.model.fields_set).
type.__setattr__(Model, "__pydantic_fields_set__", SharedFieldsSet())


class Entity(Model):
    """An entity of the roadmap, referred to by its stable id."""

    id: Id


FieldValue = str | int | float | bool | dt.date | Model | tuple[str, ...] | tuple[Model, ...] | None
"""What one field of an entity (or of the roadmap) holds: text and choices (a choice
is a ``StrEnum``, hence text), numbers, a flag, a date, a part such as a time window,
a list of ids or names, a list of parts (a baseline's entries), or nothing."""
