"""The working copy an operation runs on, and the record of what it changed.

Lists are copied on their first write, so an edit of one stage copies the stages
and nothing else; what was touched, removed or reordered tells the invariants
which rules to check again and the views (through :class:`Change`) what to repaint.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.edit.change import Change
from planner.model.entities import Roadmap
from planner.model.index import carry
from planner.model.kinds import ROADMAP, EntityKind, Kind, index_of


class Work:
    """Mutable working copy of the roadmap's lists, copied on first write."""

    def __init__(self, roadmap: Roadmap) -> None:
        self.base = roadmap
        self.scalars: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {}
        self.positions: dict[str, dict[str, int]] = {}
        # What changed, so only the rules these changes can break are checked.
        self.touched: dict[str, set[str]] = {}
        self.removed: dict[str, set[str]] = {}
        self.reordered: set[str] = set()
        self.restructured: set[str] = set()  # attrs whose positions changed
        self.moved: set[str] = set()  # ids of entities moved in their list

    def mark_touched(self, kind: Kind, ids: Iterable[str]) -> None:
        ids = set(ids)
        self.touched.setdefault(kind.name, set()).update(ids)
        self.removed.get(kind.name, set()).difference_update(ids)

    def mark_removed(self, kind: Kind, ids: Iterable[str]) -> None:
        ids = set(ids)
        self.removed.setdefault(kind.name, set()).update(ids)
        self.touched.get(kind.name, set()).difference_update(ids)

    def change(self) -> Change:
        """What the operations run so far changed (kinds and ids), for the views."""
        changed = {*self.reordered}
        changed.update(n for part in (self.touched, self.removed) for n, ids in part.items() if ids)
        kinds = {EntityKind(n) for n in changed} | ({ROADMAP} if self.scalars else set())
        ids = self.moved.union(*self.touched.values(), *self.removed.values())
        return Change(frozenset(kinds), frozenset(ids))

    def entities(self, kind: Kind) -> tuple[Any, ...] | list[Any]:
        return self.lists.get(kind.attr) or kind.entities(self.base)

    def writable(self, kind: Kind) -> list[Any]:
        if kind.attr not in self.lists:
            self.lists[kind.attr] = list(kind.entities(self.base))
        return self.lists[kind.attr]

    def position(self, kind: Kind, entity_id: str) -> int | None:
        if kind.attr not in self.lists:
            return index_of(self.base, kind.name).get(entity_id)
        positions = self.positions.get(kind.attr)
        if positions is None:
            positions = {e.id: i for i, e in enumerate(self.lists[kind.attr])}
            self.positions[kind.attr] = positions
        return positions.get(entity_id)

    def positions_changed(self, kind: Kind) -> None:
        self.positions.pop(kind.attr, None)
        self.restructured.add(kind.attr)

    def result(self) -> Roadmap:
        if not self.scalars and not self.lists:
            return self.base
        update: dict[str, Any] = dict(self.scalars)
        for attr, items in self.lists.items():
            update[attr] = tuple(items)
        result = self.base.model_copy(update=update)
        # Fields changed in place keep every position: the new lists need no new index.
        carry(self.base, result, (a for a in self.lists if a not in self.restructured))
        return result
