"""Every other rule of the roadmap, checked on the merged result.

A combination that breaks a rule (an end before its start, stages out of
order, a measurement out of its metric's range …) is a conflict. A choice
settles it by taking mine's (or theirs') values of every place the rule
involves — both dates of an end before its start, a stage and the one before
it — since each copy on its own is valid.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from pydantic import ValidationError

from planner.merge import wording
from planner.merge.result import STRUCTURAL, Choice, Pick
from planner.merge.state import MAX_ROUNDS, MISSING, WHOLE, MergeState, Place, top_field
from planner.model.entities import Roadmap
from planner.model.kinds import BY_ATTR, BY_NAME, ROADMAP
from planner.rules import invariants
from planner.rules.problems import Problem

_STRUCTURAL_CODES = frozenset({"dangling_reference", "dependency_cycle", "duplicate_measurement"})
_WHERE = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?")
_STARTS = {
    "planned_end": "planned_start",
    "actual_end": "actual_start",
    "horizon_end": "horizon_start",
}


def check(state: MergeState) -> None:
    """Apply the choices made for broken rules, then report those still broken."""
    structural = any(c.code in STRUCTURAL for c in state.conflicts.values())
    applied: set[str] = set()
    pending: dict[str, tuple[list[Place], str]] = {}
    for _ in range(MAX_ROUNDS):
        roadmap = state.build(state.mine.lineage)
        pending = {}
        progressed = False
        for problem in invariants.check(roadmap):
            if structural and problem.code in _STRUCTURAL_CODES:
                continue  # already reported, in the merge's own words
            places = _places(roadmap, problem)
            kind, entity_id, name = places[0]
            key = f"check:{kind}:{entity_id or ''}:{name}"
            choice = state.choices.get(key)
            if choice is not None and key not in applied:
                _apply_choice(state, choice, places)
                applied.add(key)
                progressed = True
                break  # positions may have moved: check again
            pending.setdefault(key, (places, problem.message))
        if not progressed:
            break
    for key, (places, message) in pending.items():
        if key not in state.conflicts:
            state.conflicts[key] = wording.check_conflict(state, key, places, message)


def _apply_choice(state: MergeState, choice: Choice, places: list[Place]) -> None:
    if choice.pick is Pick.VALUE:
        kind, entity_id, name = places[0]
        places = [] if name == WHOLE else places[:1]
        values = [choice.value]
    else:
        side = state.mine if choice.pick is Pick.MINE else state.theirs
        index = 1 if choice.pick is Pick.MINE else 2
        values = []
        for kind, entity_id, name in places:
            source = side if kind == ROADMAP else state.sides(kind)[index].get(entity_id or "")
            if source is None:
                values.append(MISSING)
            else:
                values.append(source if name == WHOLE else getattr(source, name))
    for (kind, entity_id, name), value in zip(places, values, strict=False):
        _set_place(state, kind, entity_id, name, value)


def _set_place(state: MergeState, kind: str, entity_id: str | None, name: str, value: Any) -> None:
    """Set one place to a value (MISSING: leave the entity out; WHOLE: that version)."""
    if kind == ROADMAP:
        before = state.scalars[name]
        state.scalars[name] = value
        try:
            Roadmap.model_validate({**state.scalars, "lineage": state.mine.lineage})
        except ValidationError:
            state.scalars[name] = before  # left as it was: the check reports it again
        return
    k = BY_NAME[kind]
    pos = state.position(k, entity_id or "")
    if pos is None:
        return
    items = state.lists[k.attr]
    if value is MISSING:
        del items[pos]
        return
    if name == WHOLE:
        items[pos] = value
        return
    with contextlib.suppress(ValidationError):  # if not valid, the check reports it again
        items[pos] = k.model.model_validate({**items[pos].__dict__, name: value})


def _places(roadmap: Roadmap, problem: Problem) -> list[Place]:
    """The places a broken rule involves, the one it names first."""
    found = _WHERE.match(problem.where)
    if not (found and found.group(1) in BY_ATTR):
        name = top_field(problem.where)
        return [
            (ROADMAP, None, name),
            *([(ROADMAP, None, _STARTS[name])] if name in _STARTS else []),
        ]
    kind = BY_ATTR[found.group(1)]
    entities = kind.entities(roadmap)
    position = int(found.group(2))
    entity = entities[position]
    name = found.group(3) or WHOLE
    places: list[Place] = [(kind.name, entity.id, name)]
    if problem.code in ("end_before_start", "end_without_start") and name in _STARTS:
        places.append((kind.name, entity.id, _STARTS[name]))
    elif problem.code == "stage_order" and position > 0:
        places.append((kind.name, entities[position - 1].id, "planned_start"))
    elif problem.code == "out_of_range" and kind.name == "measurement":
        places += [
            ("metric", entity.metric_id, "min_value"),
            ("metric", entity.metric_id, "max_value"),
        ]
    elif problem.code in ("duplicate_measurement", "duplicate_id"):
        places = [(kind.name, entity.id, WHOLE)]
        first = re.search(r"measurements\[(\d+)\]", problem.message)
        if first is not None:
            places.append((kind.name, entities[int(first.group(1))].id, WHOLE))
    return places
