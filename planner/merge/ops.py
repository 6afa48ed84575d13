"""The merged roadmap as one undoable operation on the open one."""

from __future__ import annotations

from typing import Any

from planner.edit.operations import Batch, Drop, Op, Restore, SetField
from planner.merge.state import SCALARS
from planner.model.entities import Roadmap
from planner.model.kinds import KINDS, ROADMAP, Kind


def merge_ops(current: Roadmap, merged: Roadmap, label: str = "") -> Batch:
    """One operation that turns ``current`` into ``merged`` (lineage aside), for undo."""
    ops: list[Op] = []
    for name in SCALARS:
        value = getattr(merged, name)
        if getattr(current, name) != value:
            ops.append(SetField(ROADMAP, None, name, value))
    for kind in KINDS:
        ops += _list_ops(kind, kind.entities(current), kind.entities(merged))
    return Batch(tuple(ops), label)


def _list_ops(kind: Kind, old: tuple[Any, ...], new: tuple[Any, ...]) -> list[Op]:
    if old is new or old == new:
        return []
    before = {e.id: e for e in old}
    unchanged = {e.id for e in new if before.get(e.id) == e}
    if [e.id for e in old if e.id in unchanged] != [e.id for e in new if e.id in unchanged]:
        unchanged = set()  # reordered: replace the whole list
    dropped = tuple(e.id for e in old if e.id not in unchanged)
    placed = tuple((i, e) for i, e in enumerate(new) if e.id not in unchanged)
    ops: list[Op] = []
    if dropped:
        ops.append(Drop(kind.name, dropped))
    if placed:
        ops.append(Restore(kind.name, placed))
    return ops
