"""Compare two versions of a roadmap, by stable ids, entity by entity and field by field.

:func:`compare` walks the registry of kinds (:mod:`planner.model.kinds`) and every
field of every model, so no kind or field is forgotten: entities added,
removed and changed field by field, plus the roadmap's own fields and the
order of stages. Each :class:`Change` keeps the kind, id, field and both
values, so the app can jump to it; its sentence (:mod:`planner.diff.wording`)
uses names, never ids. Lineage is not compared; :attr:`Comparison.relation`
says which file is newer when the lineage allows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from planner.diff import wording
from planner.diff.changes import GROUP_ORDER, Action, Change, Comparison, Group
from planner.diff.names import Names
from planner.diff.summary import date_shift_summary, group_lines
from planner.file.lineage import relation
from planner.i18n import _
from planner.model.entities import Roadmap
from planner.model.fields import FieldType, field_spec
from planner.model.kinds import KINDS, ROADMAP, Kind, index_of
from planner.vocabulary import kind_label

_LIST_ATTRS = frozenset(k.attr for k in KINDS)


def compare(
    old: Roadmap, new: Roadmap, old_name: str | None = None, new_name: str | None = None
) -> Comparison:
    """What changed from ``old`` to ``new``, grouped by kind of entity.

    The names are used in the sentence saying which file is newer.
    """
    old_name = old_name if old_name is not None else _("the old file")
    new_name = new_name if new_name is not None else _("the new file")
    names = Names(new, old)
    removed = _removed_ids(old, new)
    by_kind: dict[str, list[Change]] = {ROADMAP: _roadmap_changes(old, new, names)}
    for kind in KINDS:
        by_kind[kind.name] = _kind_changes(kind, old, new, names, removed)
    _fold_detaches(by_kind)
    groups = []
    for name in GROUP_ORDER:
        changes = by_kind.get(name, [])
        if changes:
            label = _("Roadmap") if name == ROADMAP else kind_label(name, 2)
            groups.append(Group(name, label, tuple(changes), group_lines(name, changes, names)))
    all_changes = [c for g in groups for c in g.changes]
    overview = tuple(filter(None, [date_shift_summary(all_changes)]))
    return Comparison(tuple(groups), overview, relation(old, new, old_name, new_name))


# ---------------------------------------------------------------- entities


def _removed_ids(old: Roadmap, new: Roadmap) -> set[str]:
    gone: set[str] = set()
    for kind in KINDS:
        before, after = kind.entities(old), kind.entities(new)
        if before is not after:
            gone.update(index_of(old, kind.name).keys() - index_of(new, kind.name).keys())
    return gone


def _detached(ftype: FieldType, old: Any, new: Any, removed: set[str]) -> str | None:
    """The removed entity a field change only follows from (its reference was dropped)."""
    if ftype is FieldType.REF:
        return old if new is None and old in removed else None
    if ftype is FieldType.REFS:
        gone = [i for i in old if i not in set(new)]
        kept = [i for i in old if i in set(new)]
        if gone and kept == list(new) and all(i in removed for i in gone):
            return str(gone[0])
    if ftype is FieldType.ENTRIES:
        after = {e.entity_id for e in new}
        gone = [e.entity_id for e in old if e.entity_id not in after]
        if gone and [e for e in old if e.entity_id in after] == list(new):
            return str(gone[0]) if all(i in removed for i in gone) else None
    return None


def _fold_detaches(by_kind: dict[str, list[Change]]) -> None:
    """Say once, on the removal, which entities lost their link to what was removed."""
    linked: dict[str, Counter[str]] = {}
    for kind_name, changes in by_kind.items():
        for c in changes:
            if c.follows is not None:
                linked.setdefault(c.follows, Counter())[kind_name] += 1
    if not linked:
        return
    for changes in by_kind.values():
        for i, c in enumerate(changes):
            counts = linked.get(c.entity_id or "")
            if c.action is Action.REMOVED and counts:
                sentence = wording.linked_note(c.sentence, counts, GROUP_ORDER)
                changes[i] = replace(c, sentence=sentence)


def _kind_changes(
    kind: Kind, old: Roadmap, new: Roadmap, names: Names, removed: set[str]
) -> list[Change]:
    old_items, new_items = kind.entities(old), kind.entities(new)
    if old_items is new_items:
        return []
    old_pos, new_pos = index_of(old, kind.name), index_of(new, kind.name)
    refs = {r.field: r for r in kind.refs}
    changes: list[Change] = []
    for entity in new_items:
        pos = old_pos.get(entity.id)
        if pos is None:
            sentence = wording.added_sentence(kind, entity, names)
            changes.append(Change(Action.ADDED, kind.name, entity.id, None, None, entity, sentence))
            continue
        before = old_items[pos]
        if before == entity:
            continue
        for name in kind.model.model_fields:
            if name == "id":
                continue
            a, b = getattr(before, name), getattr(entity, name)
            if a != b:
                ref = refs.get(name)
                ftype = field_spec(kind.name, name).family
                changes.append(
                    Change(
                        Action.CHANGED,
                        kind.name,
                        entity.id,
                        name,
                        a,
                        b,
                        wording.field_sentence(kind, before, entity, name, ftype, ref, names),
                        _detached(ftype, a, b, removed),
                    )
                )
    for entity in old_items:
        if entity.id not in new_pos:
            sentence = wording.removed_sentence(kind, entity, names)
            changes.append(
                Change(Action.REMOVED, kind.name, entity.id, None, entity, None, sentence)
            )
    if kind.name == "stage":
        changes += _order_change(kind, old_items, new_items, names)
    return changes


def _order_change(
    kind: Kind, old_items: Sequence[Any], new_items: Sequence[Any], names: Names
) -> list[Change]:
    old_ids = [e.id for e in old_items]
    new_ids = [e.id for e in new_items]
    common = set(old_ids) & set(new_ids)
    before = [i for i in old_ids if i in common]
    after = [i for i in new_ids if i in common]
    if before == after:
        return []
    sentence = wording.order_sentence(kind, before, after, names)
    return [Change(Action.REORDERED, kind.name, None, None, tuple(before), tuple(after), sentence)]


# ----------------------------------------------------------------- roadmap


def _roadmap_changes(old: Roadmap, new: Roadmap, names: Names) -> list[Change]:
    changes = []
    for name in Roadmap.model_fields:
        if name == "lineage" or name in _LIST_ATTRS:
            continue
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        ftype = field_spec(ROADMAP, name).family
        sentence = wording.roadmap_sentence(name, ftype, a, b, new, names)
        changes.append(Change(Action.CHANGED, ROADMAP, None, name, a, b, sentence))
    return changes
