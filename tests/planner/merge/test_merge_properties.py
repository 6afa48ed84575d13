"""Properties of the three-way merge on random roadmaps edited at random.

Copies are made from a random valid roadmap (``strategies.roadmaps``) by
random edit operations, so every copy is valid, as a file sent back would be.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import names, roadmaps

from planner.edit.operations import EditError, Insert, Move, Op, Remove, SetField, apply
from planner.file import storage
from planner.merge import MINE, THEIRS, Choice, MergeResult, merge, merge_ops, resolve
from planner.model.entities import Roadmap, UseCase
from planner.model.fields import FieldType, field_type
from planner.model.kinds import KINDS, Kind
from planner.rules import invariants


def _value(draw: st.DrawFn, roadmap: Roadmap, kind: Kind, entity: Any, field: str) -> Any:
    """A plausible new value for a field (the edit may still be refused: then it is skipped)."""
    ref = next((r for r in kind.refs if r.field == field), None)
    ftype = field_type(kind.model, field, ref)
    current = getattr(entity, field)
    if ref is not None:
        pool = [e.id for e in next(k for k in KINDS if k.name == ref.target).entities(roadmap)]
        if ref.many:
            return (
                tuple(draw(st.lists(st.sampled_from(pool), unique=True, max_size=3)))
                if pool
                else ()
            )
        return draw(st.one_of(st.none(), st.sampled_from(pool))) if pool else None
    if ftype is FieldType.DATE:
        base = current or dt.date(2027, 1, 4)
        return base + dt.timedelta(days=7 * draw(st.integers(-3, 3)))
    if ftype is FieldType.NUMBER:
        return (current or 0) + draw(st.integers(-2, 2))
    if ftype is FieldType.BOOL:
        return not current
    if ftype is FieldType.ENUM and current is not None:
        return draw(st.sampled_from(list(type(current))))
    if ftype is FieldType.TEXT:
        return draw(names)
    if ftype is FieldType.NAMES:
        return tuple(draw(st.lists(names, max_size=2)))
    return current


@st.composite
def _op(draw: st.DrawFn, roadmap: Roadmap) -> Op:
    kinds = [k for k in KINDS if k.entities(roadmap)]
    actions = ["set", "set", "set", "remove", "insert", "move", "roadmap", "depend", "shift"]
    action = draw(st.sampled_from(actions))
    if action == "depend" and len(roadmap.use_cases) >= 2:  # may close a circle with the other copy
        a, b = draw(
            st.lists(
                st.sampled_from(roadmap.use_cases), min_size=2, max_size=2, unique_by=lambda u: u.id
            )
        )
        return SetField("use_case", a.id, "depends_on", (*a.depends_on, b.id))
    planned = [*roadmap.stages, *roadmap.use_cases]
    if action == "shift" and planned:  # dates that may cross the other copy's
        entity = draw(st.sampled_from(planned))
        field = draw(st.sampled_from(["planned_start", "planned_end"]))
        days = draw(st.integers(-10, 10))
        kind_name = "stage" if entity in roadmap.stages else "use_case"
        return SetField(
            kind_name, entity.id, field, getattr(entity, field) + dt.timedelta(days=days)
        )
    if action == "roadmap" or not kinds:
        field = draw(st.sampled_from(["title", "owner", "organisation", "horizon_end"]))
        value: Any = draw(names)
        if field == "horizon_end":
            value = roadmap.horizon_end + dt.timedelta(days=draw(st.integers(-30, 30)))
        return SetField("roadmap", None, field, value)
    kind = draw(st.sampled_from(kinds))
    entity = draw(st.sampled_from(kind.entities(roadmap)))
    if action == "remove":
        return Remove(kind.name, entity.id)
    if action == "insert":
        copy = entity.model_copy(update={"id": f"{entity.id[:40]}-copy{draw(st.integers(0, 9))}"})
        return Insert(kind.name, draw(st.integers(-1, len(kind.entities(roadmap)))), copy)
    if action == "move":
        return Move(kind.name, entity.id, draw(st.integers(0, len(kind.entities(roadmap)) - 1)))
    field = draw(st.sampled_from([f for f in kind.model.model_fields if f != "id"]))
    return SetField(kind.name, entity.id, field, _value(draw, roadmap, kind, entity, field))


@st.composite
def edited(draw: st.DrawFn, base: Roadmap) -> Roadmap:
    """A copy of ``base`` after a few random edits (refused edits are skipped)."""
    roadmap = base
    for _ in range(draw(st.integers(0, 10))):
        with contextlib.suppress(EditError):
            roadmap, _ = apply(roadmap, draw(_op(roadmap)))
    return roadmap


@st.composite
def triples(draw: st.DrawFn) -> tuple[Roadmap, Roadmap, Roadmap]:
    base = draw(roadmaps(max_per_kind=3))
    return base, draw(edited(base)), draw(edited(base))


_TRIO = ("uc-a", "uc-b", "uc-c")


@st.composite
def _clash(draw: st.DrawFn, roadmap: Roadmap) -> Op:
    """An edit of three use cases both copies are likely to touch: dependencies, dates."""
    present = [u for u in roadmap.use_cases if u.id in _TRIO]
    if not present:
        return SetField("roadmap", None, "owner", draw(names))
    u = draw(st.sampled_from(present))
    action = draw(st.sampled_from(["depend", "depend", "start", "end", "start", "end", "remove"]))
    if action == "depend":
        other = draw(st.sampled_from([i for i in _TRIO if i != u.id]))
        return SetField("use_case", u.id, "depends_on", (*u.depends_on, other))
    if action == "remove":
        return Remove("use_case", u.id)
    field = f"planned_{action}"
    days = draw(st.integers(-20, 20))
    return SetField("use_case", u.id, field, getattr(u, field) + dt.timedelta(days=days))


@st.composite
def clashing_triples(draw: st.DrawFn) -> tuple[Roadmap, Roadmap, Roadmap]:
    """Copies that often conflict: circles of dependencies, ends before starts, deletions."""
    base = draw(roadmaps(max_per_kind=2))
    trio = [
        UseCase(id=i, name=i, planned_start=dt.date(2027, 1, 4), planned_end=dt.date(2027, 1, 18))
        for i in _TRIO
    ]
    base = base.model_copy(update={"use_cases": (*base.use_cases, *trio)})
    copies = []
    for _ in range(2):
        roadmap = base
        for _ in range(draw(st.integers(1, 5))):
            with contextlib.suppress(EditError):
                roadmap, _ = apply(roadmap, draw(_clash(roadmap)))
        copies.append(roadmap)
    return base, copies[0], copies[1]


any_triples = st.one_of(triples(), clashing_triples())


def content(roadmap: Roadmap | None) -> Roadmap:
    assert roadmap is not None
    return roadmap.model_copy(
        update={
            "lineage": roadmap.lineage.model_copy(
                update={
                    "revision": 0,
                    "token": None,
                    "history": (),
                    "merged_from": (),
                    "document_id": "x",
                    "derived_from": None,
                }
            )
        }
    )


def canonical(roadmap: Roadmap | None) -> dict[str, Any]:
    """The merged content regardless of list order (which follows 'mine')."""
    assert roadmap is not None
    dumped = roadmap.model_dump(exclude={"lineage"})
    for kind in KINDS:
        rows = []
        for row in dumped[kind.attr]:
            for ref in kind.refs:
                if ref.many:
                    row[ref.field] = sorted(row[ref.field])
            if "attendees" in row:
                row["attendees"] = sorted(row["attendees"])
            rows.append(row)
        dumped[kind.attr] = sorted(rows, key=lambda r: r["id"])
    return dumped


def valid(result: MergeResult) -> Roadmap:
    assert result.merged is not None
    assert invariants.check(result.merged) == []
    assert storage.load_bytes(storage.dumps(result.merged)) == result.merged
    return result.merged


@pytest.mark.slow
@given(st.data())
def test_merging_an_unchanged_copy_gives_the_other(data: st.DataObject) -> None:
    base = data.draw(roadmaps(max_per_kind=3))
    x = data.draw(edited(base))
    assert content(valid(merge(base, x, base))) == content(x)
    assert content(valid(merge(base, base, x))) == content(x)
    assert content(valid(merge(base, x, x))) == content(x)


@pytest.mark.slow
@given(any_triples)
def test_merge_is_symmetric_when_nothing_conflicts(
    copies: tuple[Roadmap, Roadmap, Roadmap],
) -> None:
    base, x, y = copies
    one, other = merge(base, x, y), merge(base, y, x)
    assert {c.key for c in one.conflicts} == {c.key for c in other.conflicts} or (
        one.conflicts and other.conflicts
    )
    if one.merged is not None:
        assert canonical(valid(one)) == canonical(valid(other))


@pytest.mark.slow
@given(any_triples, st.sampled_from([MINE, THEIRS]))
def test_settling_every_conflict_one_way_gives_a_valid_roadmap(
    copies: tuple[Roadmap, Roadmap, Roadmap], choice: Choice
) -> None:
    base, mine, theirs = copies
    result = merge(base, mine, theirs)
    for _ in range(10):
        if not result.conflicts:
            break
        result = resolve(result, {c.key: choice for c in result.conflicts})
    merged = valid(result)
    after, inverse = apply(mine, merge_ops(mine, merged))
    assert content(after) == content(merged)
    assert apply(after, inverse)[0] == mine
