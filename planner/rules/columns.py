"""The fields the whole-roadmap rules screen, read from each entity in one visit.

The rules (:mod:`planner.rules.invariants`) first screen every entity in bulk
and only explain what the screen flags. Reading one field of every entity,
then the next field of every entity, visits each entity once per field: at
100,000 use cases their objects no longer fit in the processor's caches, and
each visit costs a trip to memory (the use cases' seven references read field
by field took twice as long as read together). So each kind's fields are read
in one pass, one ``attrgetter`` call per entity, and turned into one tuple per
field at C speed.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from planner.model.entities import Roadmap
from planner.model.index import positions
from planner.model.kinds import Kind

_EXTRA: Mapping[str, tuple[str, ...]] = {
    "use_case": ("planned_start", "planned_end", "depends_on"),
    "measurement": ("week", "value"),
}
"""Fields other rules screen, besides the id and the references."""


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
            else:
                # attrgetter of two fields or more returns a tuple per entity;
                # zip(*rows) turns the rows into one tuple per field.
                if len(fields) == 1:
                    columns = [tuple(map(attrgetter(fields[0]), entities))]
                else:
                    columns = list(zip(*map(attrgetter(*fields), entities), strict=True))
                made = dict(zip(fields, columns, strict=True))
            self._made[kind.name] = made
        return made

    def positions(self, kind: Kind) -> Mapping[str, int]:
        """id → position of ``kind``'s entities: the roadmap's index, made from the ids
        read here when it does not hold it yet (see :mod:`planner.model.index`)."""
        ids: tuple[str, ...] = self.of(kind)["id"]
        return positions(self._roadmap, kind.attr, ids)
