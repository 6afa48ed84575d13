"""How the merged entities hang together: references, dependency circles, doubled records.

Run after the fields merged: a reference to something the other copy deleted,
dependencies added on both sides that form a circle, or the same weekly
measurement recorded in both copies is settled by a choice or reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from planner.merge import rules, wording
from planner.merge.lists import cyclic_components
from planner.merge.result import STRUCTURAL, Code, Pick
from planner.merge.state import MAX_ROUNDS, MergeState
from planner.model.entities import Measurement
from planner.model.kinds import BY_NAME, KINDS, Kind, OnDelete, Ref, ref_ids
from planner.rules.problems import from_validation_error


def settle(state: MergeState) -> None:
    """References, cycles, duplicates and the other rules, applying choices."""
    _drop_baseline_entries(state)
    for _ in range(MAX_ROUNDS):
        for key in [k for k, c in state.conflicts.items() if c.code in STRUCTURAL]:
            del state.conflicts[key]  # found afresh each round
        changed = _dangling(state)
        changed = _cycles(state) or changed
        changed = _duplicates(state) or changed
        if not changed:
            break
    _drop_baseline_entries(state)
    rules.check(state)


def _drop_baseline_entries(state: MergeState) -> None:
    """Baselines keep no dates of stages or use cases that no longer exist."""
    alive = state.present("stage") | state.present("use_case")
    baselines = state.lists["baselines"]
    for i, baseline in enumerate(baselines):
        kept = tuple(e for e in baseline.entries if e.entity_id in alive)
        if len(kept) != len(baseline.entries):
            baselines[i] = baseline.model_copy(update={"entries": kept})


# ---------------------------------------------------------------- references


def _dangling(state: MergeState) -> bool:
    changed = False
    for kind in KINDS:
        for ref in kind.refs:
            present = state.present(ref.target)
            for entity in list(state.lists[kind.attr]):
                missing = [i for i in ref_ids(entity, ref) if i not in present]
                if missing:
                    changed = _dangling_one(state, kind, ref, entity.id, missing) or changed
    return changed


def _dangling_one(
    state: MergeState, kind: Kind, ref: Ref, entity_id: str, missing: list[str]
) -> bool:
    """A reference to entities that are gone: settle it by the choice, or report it."""
    key = f"ref:{kind.name}:{entity_id}:{ref.field}"
    target = BY_NAME[ref.target]
    _, m, t = state.sides(ref.target)
    # Which copy deleted the targets, and whether the other still has them.
    deleter = "theirs" if all(i in m for i in missing) else "mine"
    keeper = m if deleter == "theirs" else t
    can_keep = all(i in keeper for i in missing)
    choice = state.choices.get(key)
    if choice is not None:
        if choice.pick is Pick.VALUE:
            return _set_value(state, kind, entity_id, ref.field, choice.value, key)
        if can_keep and choice.pick.value != deleter:
            for i in missing:
                _restore(state, target, keeper[i], keeper)
        else:
            _detach(state, kind, ref, entity_id, set(missing))
        return True
    entity = state.lists[kind.attr][state.position(kind, entity_id) or 0]
    state.conflicts[key] = wording.dangling_conflict(
        state, key, kind, ref, entity, missing, deleter, can_keep
    )
    return False


def _restore(state: MergeState, kind: Kind, entity: Any, side: Mapping[str, Any]) -> None:
    """Put back an entity the other copy deleted, after the one it followed there."""
    items = state.lists[kind.attr]
    if state.position(kind, entity.id) is not None:
        return
    order = list(side)
    positions = {e.id: i for i, e in enumerate(items)}
    before = order[: order.index(entity.id)]
    anchor = next((positions[i] for i in reversed(before) if i in positions), -1)
    items.insert(anchor + 1, entity)


def _detach(state: MergeState, kind: Kind, ref: Ref, entity_id: str, gone: set[str]) -> None:
    """What deleting the targets does to the referring entity (as in operations.Remove)."""
    items = state.lists[kind.attr]
    pos = state.position(kind, entity_id)
    if pos is None:
        return
    entity = items[pos]
    if ref.many:
        kept = tuple(i for i in getattr(entity, ref.field) if i not in gone)
        items[pos] = entity.model_copy(update={ref.field: kept})
    elif ref.on_delete is OnDelete.DETACH:
        items[pos] = entity.model_copy(update={ref.field: None})
    else:
        del items[pos]


def _set_value(
    state: MergeState, kind: Kind, entity_id: str, name: str, value: Any, key: str
) -> bool:
    items = state.lists[kind.attr]
    pos = state.position(kind, entity_id)
    if pos is None:
        return False
    entity = items[pos]
    try:
        items[pos] = kind.model.model_validate({**entity.__dict__, name: value})
    except ValidationError as exc:
        note = "; ".join(p.message for p in from_validation_error(exc))
        conflict = wording.field_conflict(state, kind.name, entity_id, name, key, note=note)
        state.conflicts[key] = replace(conflict, code=Code.DANGLING)
        return False
    return bool(getattr(entity, name) != value)


# ------------------------------------------------------------ circles, doubles


def _cycles(state: MergeState) -> bool:
    use_cases = state.lists["use_cases"]
    graph = {u.id: u.depends_on for u in use_cases}
    _, m, t = state.sides("use_case")
    changed = False
    for component in cyclic_components(graph):
        key = "cycle:" + ",".join(sorted(component))
        inside = {(a, d) for a in component for d in graph[a] if d in component}
        in_mine = {(a, d) for a, d in inside if a in m and d in m[a].depends_on}
        in_theirs = {(a, d) for a, d in inside if a in t and d in t[a].depends_on}
        choice = state.choices.get(key)
        if choice is not None and choice.pick is not Pick.VALUE:
            cut = inside - (in_mine if choice.pick is Pick.MINE else in_theirs)
            for i, u in enumerate(use_cases):
                gone = {d for a, d in cut if a == u.id}
                if gone:
                    kept = tuple(d for d in u.depends_on if d not in gone)
                    use_cases[i] = u.model_copy(update={"depends_on": kept})
                    changed = True
            continue
        state.conflicts[key] = wording.cycle_conflict(
            state, key, component, inside, in_mine, in_theirs
        )
    return changed


def _duplicates(state: MergeState) -> bool:
    """Both copies recorded the same week of a metric (say, both imported one file)."""
    items: list[Measurement] = state.lists["measurements"]
    _, m, t = state.sides("measurement")
    groups: dict[tuple[Any, ...], list[Measurement]] = defaultdict(list)
    for x in items:
        if (x.id in m) != (x.id in t):  # added on one side only
            groups[(x.metric_id, x.stage_id, x.use_case_id, x.team_id, x.week)].append(x)
    drop: set[str] = set()
    same = 0
    for group in groups.values():
        ours = [x for x in group if x.id in m]
        other = [x for x in group if x.id in t]
        if len(ours) != 1 or len(other) != 1:
            continue  # nothing doubled, or left to the general check
        a, b = ours[0], other[0]
        if {**a.__dict__, "id": ""} == {**b.__dict__, "id": ""}:
            drop.add(max(a.id, b.id))  # the same one is kept whichever copy is "mine"
            same += 1
            continue
        key = f"duplicate:measurement:{min(a.id, b.id)}:{max(a.id, b.id)}"
        choice = state.choices.get(key)
        if choice is None:
            state.conflicts[key] = wording.duplicate_conflict(state, key, a, b)
        elif choice.pick is Pick.VALUE:
            try:
                fixed = Measurement.model_validate({**a.__dict__, "value": choice.value})
            except ValidationError as exc:
                note = "; ".join(p.message for p in from_validation_error(exc))
                state.conflicts[key] = wording.duplicate_conflict(state, key, a, b, note)
                continue
            items[items.index(a)] = fixed
            drop.add(b.id)
        else:
            drop.add(b.id if choice.pick is Pick.MINE else a.id)
    if same:
        state.notes.append(wording.kept_once_note(same))
    if drop:
        state.lists["measurements"] = [x for x in items if x.id not in drop]
    return bool(drop)
