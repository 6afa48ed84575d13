"""The whole-roadmap check screens in bulk, then explains: same problems as entity by entity.

``invariants.check`` first looks for trouble with set operations over whole
tuples and only walks the entities it flags. These tests damage a generated
roadmap at random (dangling and repeated references, repeated ids, values out
of range, repeated measurements, dependency circles) and compare the result,
in order, with a plain entity-by-entity reference written here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model.entities import Roadmap
from planner.model.kinds import BY_NAME, KINDS, ref_ids
from planner.rules import invariants

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

BASE = generate(60, seed=11)
IDS = sorted({e.id for k in KINDS for e in k.entities(BASE)} | {"ghost-1", "ghost-2"})
REFS = [(k, r) for k in KINDS for r in k.refs if k.entities(BASE)]


def reference(roadmap: Roadmap) -> list[tuple[str, str]]:
    """Every rule the screens cover, checked one entity at a time (where, code)."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind in KINDS:
        for i, entity in enumerate(kind.entities(roadmap)):
            if entity.id in seen:
                found.append((f"{kind.attr}[{i}].id", "duplicate_id"))
            seen.add(entity.id)
    for kind in KINDS:
        for i, entity in enumerate(kind.entities(roadmap)):
            for ref in kind.refs:
                ids = ref_ids(entity, ref)
                targets = {e.id for e in BY_NAME[ref.target].entities(roadmap)}
                where = f"{kind.attr}[{i}].{ref.field}"
                if ref.many and len(set(ids)) != len(ids):
                    found.append((where, "duplicate_reference"))
                for j, target in enumerate(ids):
                    if target not in targets:
                        found.append((where + (f"[{j}]" if ref.many else ""), "dangling_reference"))
    found += [(p.where, p.code) for p in invariants._dates(roadmap)]
    found += [(p.where, p.code) for p in invariants._dependency_cycles(roadmap)]
    metrics = {m.id: m for m in roadmap.metrics}
    keys: set[tuple[Any, ...]] = set()
    for i, m in enumerate(roadmap.measurements):
        metric = metrics.get(m.metric_id)
        if metric is not None and (
            (metric.min_value is not None and m.value < metric.min_value)
            or (metric.max_value is not None and m.value > metric.max_value)
        ):
            found.append((f"measurements[{i}].value", "out_of_range"))
        key = (m.metric_id, m.stage_id, m.use_case_id, m.team_id, m.week)
        if key in keys:
            found.append((f"measurements[{i}]", "duplicate_measurement"))
        keys.add(key)
    return found


def _replace(roadmap: Roadmap, attr: str, index: int, **changes: Any) -> Roadmap:
    items = list(getattr(roadmap, attr))
    items[index] = items[index].model_copy(update=changes)
    return roadmap.model_copy(update={attr: tuple(items)})


@st.composite
def damaged(draw: st.DrawFn) -> Roadmap:
    roadmap = BASE
    for _ in range(draw(st.integers(1, 4))):
        damage = draw(st.sampled_from(["ref", "id", "range", "twin", "cycle"]))
        if damage == "ref":
            kind, ref = draw(st.sampled_from(REFS))
            index = draw(st.integers(0, len(kind.entities(roadmap)) - 1))
            # A few real targets and ghosts, so that repeats within a list are common.
            targets = [e.id for e in BY_NAME[ref.target].entities(roadmap)][:3]
            pool = [*targets, "ghost-1", *IDS[:2]]
            value: Any = (
                tuple(draw(st.lists(st.sampled_from(pool), max_size=4)))
                if ref.many
                else draw(st.sampled_from([None, *pool]))
            )
            roadmap = _replace(roadmap, kind.attr, index, **{ref.field: value})
        elif damage == "id":
            kind = draw(st.sampled_from([k for k in KINDS if k.entities(roadmap)]))
            index = draw(st.integers(0, len(kind.entities(roadmap)) - 1))
            roadmap = _replace(roadmap, kind.attr, index, id=draw(st.sampled_from(IDS)))
        elif damage == "range":
            index = draw(st.integers(0, len(roadmap.measurements) - 1))
            value = draw(st.sampled_from([-5.0, 0.0, 4.0, 5.5, 101.0, 2000.0]))
            roadmap = _replace(roadmap, "measurements", index, value=value)
        elif damage == "twin":
            index = draw(st.integers(0, len(roadmap.measurements) - 1))
            twin = roadmap.measurements[index].model_copy(update={"id": f"twin-{index}"})
            at = draw(st.integers(0, len(roadmap.measurements)))
            items = list(roadmap.measurements)
            items.insert(at, twin)
            roadmap = roadmap.model_copy(update={"measurements": tuple(items)})
        else:
            first = draw(st.integers(0, len(roadmap.use_cases) - 1))
            other = roadmap.use_cases[draw(st.integers(0, len(roadmap.use_cases) - 1))].id
            roadmap = _replace(roadmap, "use_cases", first, depends_on=(other,))
    return roadmap


def test_the_base_roadmap_is_clean() -> None:
    assert invariants.check(BASE) == []
    assert reference(BASE) == []


@pytest.mark.slow
@settings(max_examples=300)
@given(damaged())
def test_screened_check_finds_what_the_entity_by_entity_check_finds(roadmap: Roadmap) -> None:
    problems = [(p.where, p.code) for p in invariants.check(roadmap)]
    screened = [p for p in problems if p[1] not in ("end_before_start", "stage_order")]
    expected = [p for p in reference(roadmap) if p[1] not in ("end_before_start", "stage_order")]
    assert screened == expected
