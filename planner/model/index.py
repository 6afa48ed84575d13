"""What one roadmap version knows about itself: entity positions by id, and derived indexes.

A roadmap is immutable, so anything derived from it — where the entity with a
given id sits in its list, the weekly series of its metrics — stays true for as
long as that roadmap object lives. Its :class:`RoadmapIndex` holds those,
built on first use and kept **on the roadmap object itself** (in its instance
dictionary, outside its fields: it is not saved, compared or validated), so it
goes away with the roadmap. There is no process-wide table of indexes.

A roadmap made from another (``model_copy``, an edit) starts with a fresh
index; the lists it shares with its parent keep their positions, and an edit
that replaced entities in place passes the positions on with :func:`carry`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from typing import Any, TypeVar, cast

from planner.model.entities import Roadmap

T = TypeVar("T")

_SLOT = "_roadmap_index"
_ID = attrgetter("id")


class RoadmapIndex:
    """Positions by id of each list of one roadmap, and indexes derived from it."""

    __slots__ = ("__weakref__", "_memo", "_owner", "_positions")

    def __init__(self, roadmap: Roadmap | None = None, parent: RoadmapIndex | None = None) -> None:
        self._owner: weakref.ref[Roadmap] | None = None if roadmap is None else weakref.ref(roadmap)
        self._positions: dict[str, tuple[tuple[Any, ...], dict[str, int]]] = {}
        self._memo: dict[object, object] = {}
        if parent is not None and roadmap is not None:
            for attr, (items, mapping) in parent._positions.items():
                if getattr(roadmap, attr) is items:  # the same list: the same positions
                    self._positions[attr] = (items, mapping)

    def belongs_to(self, roadmap: Roadmap) -> bool:
        return self._owner is not None and self._owner() is roadmap

    def positions(
        self, roadmap: Roadmap, attr: str, ids: tuple[str, ...] | None = None
    ) -> Mapping[str, int]:
        """id → position in ``roadmap.<attr>`` (do not change the mapping). ``ids``: the
        ids of ``roadmap.<attr>`` in order, when the caller has read them already."""
        items: tuple[Any, ...] = getattr(roadmap, attr)
        hit = self._positions.get(attr)
        if hit is not None and hit[0] is items:
            return hit[1]
        if ids is None or len(ids) != len(items):
            ids = tuple(map(_ID, items))
        # Built at C speed; a repeated id keeps its last position, as a loop would.
        mapping = dict(zip(ids, range(len(ids)), strict=True))
        self._positions[attr] = (items, mapping)
        return mapping

    def memo(self, roadmap: Roadmap, key: object, build: Callable[[Roadmap], T]) -> T:
        """``build(roadmap)``, made once for this roadmap version under ``key``."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = build(roadmap)
        return cast(T, found)

    def __reduce__(self) -> tuple[type[RoadmapIndex], tuple[()]]:
        # A pickled or deep-copied roadmap rebuilds its index: this one is not its own.
        return RoadmapIndex, ()


def index(roadmap: Roadmap) -> RoadmapIndex:
    """The index of this roadmap version (made on first use)."""
    found: RoadmapIndex | None = roadmap.__dict__.get(_SLOT)
    if found is not None and found.belongs_to(roadmap):
        return found
    made = RoadmapIndex(roadmap, found)  # ``found``: the parent's, copied along with it
    roadmap.__dict__[_SLOT] = made
    return made


def positions(roadmap: Roadmap, attr: str, ids: tuple[str, ...] | None = None) -> Mapping[str, int]:
    """id → position in ``roadmap.<attr>`` (``"use_cases"``…), built once per version
    (from ``ids``, the ids of that list in order, when the caller has them)."""
    return index(roadmap).positions(roadmap, attr, ids)


def carry(parent: Roadmap, child: Roadmap, attrs: Iterable[str]) -> None:
    """``child``'s lists ``attrs`` hold the same ids at the same positions as ``parent``'s
    (entities replaced in place): let them reuse the positions already known."""
    known = parent.__dict__.get(_SLOT)
    if known is None or not known.belongs_to(parent):
        return
    target = index(child)
    for attr in attrs:
        hit = known._positions.get(attr)
        new: tuple[Any, ...] = getattr(child, attr)
        if hit is not None and hit[0] is getattr(parent, attr) and len(new) == len(hit[0]):
            target._positions[attr] = (new, hit[1])
