"""The fields the whole-roadmap rules screen, read once per kind.

The rules (:mod:`planner.rules.invariants`) first screen every entity in bulk
and only explain what the screen flags. Each kind's screened fields are read
at C speed from the entities' instance dictionaries (where pydantic keeps the
fields: a dictionary lookup instead of an attribute lookup through the model's
classes), all fields of one entity together (at 100,000 use cases the objects
no longer fit in the processor's caches: reading field after field visits each
entity once per field, 1.5x slower), and turned into one tuple per field.

The rows (a tuple per entity) are transposed a chunk at a time: all 100,000 at
once made the collector's young generation overflow while the roadmap just
read was checked, one more collection of all of it (~70 ms).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from planner.model.entities import Roadmap
from planner.model.index import positions
from planner.model.kinds import Kind

_EXTRA: Mapping[str, tuple[str, ...]] = {
    "use_case": ("planned_start", "planned_end", "depends_on"),
    "measurement": ("week", "value"),
}
"""Fields other rules screen, besides the id and the references."""

_DICT = attrgetter("__dict__")

_CHUNK = 4096
"""Entities read at a time: their rows (a tuple each) are transposed into columns
before the next ones are read, so that at most this many rows exist at once."""


def _read(entities: tuple[Any, ...], fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """One tuple per field (at least two fields): the values of ``entities``, in order."""
    row = itemgetter(*fields)  # the entity's fields together: one visit to its dictionary
    chunks = [
        tuple(zip(*map(row, map(_DICT, entities[start : start + _CHUNK])), strict=True))
        for start in range(0, len(entities), _CHUNK)
    ]
    if len(chunks) == 1:
        return list(chunks[0])
    return [tuple(chain.from_iterable(chunk[i] for chunk in chunks)) for i in range(len(fields))]


class Columns:
    """Per kind, ``field → the values of every entity`` (in list order), read once."""

    __slots__ = ("_made", "_roadmap")

    def __init__(self, roadmap: Roadmap) -> None:
        self._roadmap = roadmap
        self._made: dict[str, dict[str, tuple[Any, ...]]] = {}

    def of(self, kind: Kind) -> Mapping[str, tuple[Any, ...]]:
        """The id, every reference field and the extra fields of ``kind``'s entities."""
        made = self._made.get(kind.name)
        if made is None:
            fields = tuple(
                dict.fromkeys(("id", *(ref.field for ref in kind.refs), *_EXTRA.get(kind.name, ())))
            )
            entities = kind.entities(self._roadmap)
            if not entities:
                made = {field: () for field in fields}
            elif len(fields) == 1:
                made = {fields[0]: tuple(map(itemgetter(fields[0]), map(_DICT, entities)))}
            else:
                made = dict(zip(fields, _read(entities, fields), strict=True))
            self._made[kind.name] = made
        return made

    def positions(self, kind: Kind) -> Mapping[str, int]:
        """id → position of ``kind``'s entities: the roadmap's index, made from the ids
        read here when it does not hold it yet (see :mod:`planner.model.index`)."""
        ids: tuple[str, ...] = self.of(kind)["id"]
        return positions(self._roadmap, kind.attr, ids)
