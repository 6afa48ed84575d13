"""Three-way merge of values: the roadmap's own fields, then every kind entity by entity.

A field changed on one side takes that side's value; changed the same way on
both, it is fine; changed differently, it is a conflict unless a choice
settles it. Lists of references merge element by element.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from planner.merge import wording
from planner.merge.lists import merge_list, merge_order, set_like
from planner.merge.result import Pick, entity_key, field_key
from planner.merge.state import MISSING, SCALARS, MergeState, top_field
from planner.model.entities import Roadmap
from planner.model.kinds import ROADMAP, Kind
from planner.rules.problems import Problem, from_validation_error


def merge_scalars(state: MergeState) -> None:
    for name in SCALARS:
        b, m, t = (getattr(r, name) for r in (state.base, state.mine, state.theirs))
        state.scalars[name] = three_way(state, ROADMAP, None, name, (b, m, t), None)
    try:
        Roadmap.model_validate({**state.scalars, "lineage": state.mine.lineage})
    except ValidationError as exc:
        for problem in from_validation_error(exc):
            name = top_field(problem.where)
            key = field_key(ROADMAP, None, name)
            state.conflicts[key] = wording.field_conflict(
                state, ROADMAP, None, name, key, note=problem.message
            )
            state.scalars[name] = getattr(state.mine, name)


def three_way(
    state: MergeState,
    kind: str,
    entity_id: str | None,
    name: str,
    sides: tuple[Any, Any, Any],
    k: Kind | None,
) -> Any:
    """One field: the merged value, or mine's (provisionally) with a conflict."""
    b, m, t = sides
    if m == t:
        return m
    if b is not MISSING and m == b:
        return t
    if b is not MISSING and t == b:
        return m
    if k is not None and set_like(k, name):
        return merge_list(() if b is MISSING else b, m, t)
    key = field_key(kind, entity_id, name)
    choice = state.choices.get(key)
    if choice is None:
        state.conflicts[key] = wording.field_conflict(state, kind, entity_id, name, key)
        return m
    if choice.pick is Pick.MINE:
        return m
    if choice.pick is Pick.THEIRS:
        return t
    return choice.value


def merge_kind(state: MergeState, kind: Kind) -> None:
    base_items, mine_items, theirs_items = (
        kind.entities(r) for r in (state.base, state.mine, state.theirs)
    )
    # Fast paths: one side left this kind untouched.
    if theirs_items == base_items:
        state.lists[kind.attr] = list(mine_items)
        return
    if mine_items == base_items:
        state.lists[kind.attr] = list(theirs_items)
        return
    b, m, t = state.sides(kind.name)
    merged: dict[str, Any] = {}
    for entity_id in dict.fromkeys([*m, *t, *b]):
        entity = _merge_entity(
            state, kind, entity_id, (b.get(entity_id), m.get(entity_id), t.get(entity_id))
        )
        if entity is not None:
            merged[entity_id] = entity
    order = merge_order(list(b), list(m), list(t), set(merged))
    state.lists[kind.attr] = [merged[i] for i in order]


def _merge_entity(
    state: MergeState, kind: Kind, entity_id: str, sides: tuple[Any, Any, Any]
) -> Any | None:
    b, m, t = sides
    choice = state.choices.get(entity_key(kind.name, entity_id))
    if choice is not None and choice.pick in (Pick.MINE, Pick.THEIRS):
        return m if choice.pick is Pick.MINE else t
    if m == t:
        return m
    if b is None and (m is None or t is None):
        return m if t is None else t  # added in one copy only
    if b is not None and m == b:
        return t
    if b is not None and t == b:
        return m
    if m is None or t is None:
        key = entity_key(kind.name, entity_id)
        state.conflicts[key] = wording.delete_edit_conflict(state, key, kind, entity_id, sides)
        return m
    values: dict[str, Any] = {}
    for name, info in kind.model.model_fields.items():
        if b is not None:
            bv = getattr(b, name)
        else:  # added in both (a derived id): a field left at its default was not set
            bv = MISSING if info.is_required() else info.get_default()
        values[name] = three_way(
            state, kind.name, entity_id, name, (bv, getattr(m, name), getattr(t, name)), kind
        )
    try:
        return kind.model.model_validate(values)
    except ValidationError as exc:
        _report_invalid(state, kind, entity_id, sides, from_validation_error(exc))
        return m


def _report_invalid(
    state: MergeState,
    kind: Kind,
    entity_id: str,
    sides: tuple[Any, Any, Any],
    problems: list[Problem],
) -> None:
    """Values that do not fit together: against a value typed to settle a field, say so
    on that field; else the entity as a whole is the conflict."""
    typed = False
    for p in problems:
        name = top_field(p.where)
        key = field_key(kind.name, entity_id, name)
        choice = state.choices.get(key)
        if choice is not None and choice.pick is Pick.VALUE:
            state.conflicts[key] = wording.field_conflict(
                state, kind.name, entity_id, name, key, note=p.message
            )
            typed = True
    if typed:
        return
    key = entity_key(kind.name, entity_id)
    state.conflicts[key] = wording.invalid_conflict(state, key, kind, entity_id, sides, problems)
