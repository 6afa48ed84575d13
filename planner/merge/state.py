"""The merge in progress: the three copies, what is merged so far, the conflicts found."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.diff.names import Names
from planner.merge.result import Choice, Conflict
from planner.model.entities import Lineage, Roadmap
from planner.model.kinds import BY_NAME, KINDS, ROADMAP, Kind

MAX_ROUNDS = 50
"""Rounds of applying choices and re-checking (restoring one entity can reveal another)."""

_LIST_ATTRS = frozenset(k.attr for k in KINDS)
SCALARS = tuple(n for n in Roadmap.model_fields if n != "lineage" and n not in _LIST_ATTRS)
"""The roadmap's own fields that merge (its entity lists merge by kind)."""

MISSING: Any = object()
"""The value of a field of an entity absent from a copy."""

Place = tuple[str, str | None, str]
"""(kind, entity id, field) — field ``WHOLE`` for the entity as a whole."""

WHOLE = "id"


def top_field(where: str) -> str:
    """``use_cases[3].planned_end`` → ``use_cases``; ``title`` → ``title``."""
    return where.split(".")[0].split("[")[0]


class MergeState:
    """Base, mine and theirs; the fields and lists merged so far; conflicts and notes."""

    def __init__(
        self, base: Roadmap, mine: Roadmap, theirs: Roadmap, choices: Mapping[str, Choice]
    ) -> None:
        self.base, self.mine, self.theirs = base, mine, theirs
        self.choices = dict(choices)
        self.conflicts: dict[str, Conflict] = {}
        self.notes: list[str] = []
        self.scalars: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {}
        self.names = Names(mine, theirs, base)
        self._side_maps: dict[str, tuple[dict[str, Any], ...]] = {}

    def sides(self, kind_name: str) -> tuple[dict[str, Any], ...]:
        """(base, mine, theirs) entities of a kind by id, built when first needed."""
        maps = self._side_maps.get(kind_name)
        if maps is None:
            kind = BY_NAME[kind_name]
            maps = tuple(
                {e.id: e for e in kind.entities(r)} for r in (self.base, self.mine, self.theirs)
            )
            self._side_maps[kind_name] = maps
        return maps

    def build(self, line: Lineage) -> Roadmap:
        """The roadmap as merged so far (entities and fields already validated one by one)."""
        update: dict[str, Any] = {attr: tuple(items) for attr, items in self.lists.items()}
        update.update(self.scalars)
        update["lineage"] = line
        return self.mine.model_copy(update=update)

    def values(self, kind: str, entity_id: str | None, name: str) -> list[Any]:
        """The field's value in base, mine and theirs (MISSING where the entity is absent)."""
        values = []
        for i, roadmap in enumerate((self.base, self.mine, self.theirs)):
            entity = roadmap if kind == ROADMAP else self.sides(kind)[i].get(entity_id or "")
            values.append(MISSING if entity is None else getattr(entity, name))
        return values

    def any_entity(self, kind: str, entity_id: str | None) -> Any | None:
        """The entity as mine has it, else theirs, else base."""
        b, m, t = self.sides(kind)
        key = entity_id or ""
        return m.get(key) or t.get(key) or b.get(key)

    def present(self, kind_name: str) -> set[str]:
        return {e.id for e in self.lists[BY_NAME[kind_name].attr]}

    def position(self, kind: Kind, entity_id: str) -> int | None:
        items = self.lists[kind.attr]
        return next((i for i, e in enumerate(items) if e.id == entity_id), None)
