"""Edit operations: validate first, apply, and return an exact inverse."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.edit import operations
from planner.edit.change import NOTHING, WHOLE, Change
from planner.edit.operations import (
    Batch,
    EditError,
    Insert,
    Move,
    Remove,
    SetField,
    apply,
    apply_change,
    referring,
)
from planner.edit.work import Work
from planner.model.entities import (
    Baseline,
    BaselineEntry,
    Lineage,
    Measurement,
    Metric,
    Roadmap,
    Stage,
    Team,
    UseCase,
)
from planner.model.kinds import KINDS, EntityKind, find
from planner.rules import invariants

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

D = dt.date


def small() -> Roadmap:
    return Roadmap(
        title="Plan",
        horizon_start=D(2026, 1, 5),
        horizon_end=D(2026, 12, 28),
        lineage=Lineage(document_id="doc"),
        metrics=(Metric(id="m", name="Active", unit="%", min_value=0, max_value=100),),
        teams=(Team(id="t1", name="Claims", headcount=40),),
        stages=(
            Stage(id="s1", name="Writing", planned_start=D(2026, 1, 5),
                  planned_end=D(2026, 4, 1), team_ids=("t1",)),
            Stage(id="s2", name="Projects", planned_start=D(2026, 4, 6),
                  planned_end=D(2026, 8, 1)),
        ),
        use_cases=(
            UseCase(id="u1", name="Minutes", stage_id="s1", team_ids=("t1",),
                    planned_start=D(2026, 1, 12), planned_end=D(2026, 2, 1)),
            UseCase(id="u2", name="Letters", stage_id="s1", depends_on=("u1",),
                    planned_start=D(2026, 2, 2), planned_end=D(2026, 3, 1)),
        ),
        measurements=(
            Measurement(id="x1", metric_id="m", stage_id="s1", team_id="t1",
                        week=D(2026, 1, 12), value=20),
            Measurement(id="x2", metric_id="m", use_case_id="u1", week=D(2026, 1, 12), value=30),
        ),
        baselines=(
            Baseline(id="b", name="Committee", captured_on=D(2026, 1, 5), entries=(
                BaselineEntry(entity_id="s1", start=D(2026, 1, 5), end=D(2026, 4, 1)),
                BaselineEntry(entity_id="u1", start=D(2026, 1, 12), end=D(2026, 2, 1)),
            )),
        ),
    )  # fmt: skip


def roundtrip(roadmap: Roadmap, op: operations.Op) -> Roadmap:
    new, inverse = apply(roadmap, op)
    assert invariants.check(new) == []
    back, again = apply(new, inverse)
    assert back == roadmap
    assert apply(back, again)[0] == new
    return new


def test_set_field_and_inverse() -> None:
    new = roundtrip(small(), SetField("use_case", "u1", "name", "Meeting minutes"))
    assert find(new, "use_case", "u1").name == "Meeting minutes"


def test_set_roadmap_field() -> None:
    new = roundtrip(small(), SetField("roadmap", None, "hourly_cost", 75))
    assert new.hourly_cost == 75.0


def test_same_value_changes_nothing() -> None:
    roadmap = small()
    new, _ = apply(roadmap, SetField("use_case", "u1", "name", "Minutes"))
    assert new == roadmap


def test_insert_move_batch() -> None:
    uc = UseCase(id="u3", name="Plans", planned_start=D(2026, 5, 4), planned_end=D(2026, 6, 1))
    new = roundtrip(small(), Insert("use_case", 0, uc))
    assert new.use_cases[0].id == "u3"
    moved = roundtrip(new, Move("use_case", "u3", 2))
    assert [u.id for u in moved.use_cases] == ["u1", "u2", "u3"]
    both = roundtrip(
        small(),
        Batch((Insert("use_case", -1, uc), SetField("use_case", "u3", "depends_on", ("u2",)))),
    )
    assert find(both, "use_case", "u3").depends_on == ("u2",)


def test_remove_stage_detaches_and_cascades_in_one_undoable_step() -> None:
    roadmap = small()
    kinds = {k.name for k, _ in referring(roadmap, "stage", "s1")}
    assert kinds == {"use_case", "measurement", "baseline"}
    new = roundtrip(roadmap, Remove("stage", "s1"))
    assert all(u.stage_id is None for u in new.use_cases)
    assert [m.id for m in new.measurements] == ["x2"]  # stage-scoped one removed
    assert [e.entity_id for e in new.baselines[0].entries] == ["u1"]


def test_remove_use_case_detaches_dependencies_and_cascades_measurements() -> None:
    new = roundtrip(small(), Remove("use_case", "u1"))
    assert find(new, "use_case", "u2").depends_on == ()
    assert [m.id for m in new.measurements] == ["x1"]


def test_remove_team_detaches_lists_and_cascades_team_measurements() -> None:
    new = roundtrip(small(), Remove("team", "t1"))
    assert new.stages[0].team_ids == ()
    assert [m.id for m in new.measurements] == ["x2"]


def test_the_change_names_the_kinds_and_entities_touched() -> None:
    roadmap = small()
    assert apply_change(roadmap, SetField(EntityKind.USE_CASE, "u1", "name", "M")).change == (
        Change(frozenset({EntityKind.USE_CASE}), frozenset({"u1"}))
    )
    title = apply_change(roadmap, SetField(EntityKind.ROADMAP, None, "title", "P2")).change
    assert title == Change(frozenset({EntityKind.ROADMAP}))
    assert title.touches({EntityKind.ROADMAP})
    assert not title.touches({EntityKind.STAGE})
    moved = apply_change(roadmap, Move(EntityKind.USE_CASE, "u2", 0)).change
    assert moved == Change(frozenset({EntityKind.USE_CASE}), frozenset({"u2"}))
    removed = apply_change(roadmap, Remove(EntityKind.STAGE, "s1")).change
    assert removed.kinds == {"stage", "use_case", "measurement", "baseline"}
    assert removed.ids == {"s1", "u1", "u2", "x1", "b"}  # detached, cascaded, baseline


def test_the_kind_names_are_the_registry() -> None:
    assert set(EntityKind) == {k.name for k in KINDS} | {EntityKind.ROADMAP}
    assert all(isinstance(k.name, EntityKind) for k in KINDS)
    assert EntityKind.STAGE == "stage"  # the name files and the command line use
    assert WHOLE.touches({EntityKind.RISK})
    assert WHOLE
    assert not NOTHING


@pytest.mark.parametrize(
    ("op", "code"),
    [
        (SetField("use_case", "u1", "stage_id", "nope"), "dangling_reference"),
        (SetField("use_case", "u1", "depends_on", ("u2",)), "dependency_cycle"),
        (SetField("use_case", "u1", "depends_on", ("u1",)), "dependency_cycle"),
        (SetField("use_case", "u1", "planned_end", D(2025, 1, 1)), "end_before_start"),
        (SetField("stage", "s2", "planned_start", D(2025, 12, 1)), "stage_order"),
        (Move("stage", "s2", 0), "stage_order"),
        (SetField("measurement", "x1", "value", 150), "out_of_range"),
        (SetField("metric", "m", "max_value", 10), "out_of_range"),
        (SetField("measurement", "x2", "use_case_id", None), "value_error"),
        (SetField("measurement", "x2", "week", D(2026, 1, 13)), "value_error"),
        (SetField("team", "t1", "headcount", -1), "greater_than_equal"),
        (SetField("use_case", "u1", "name", ""), "string_too_short"),
        (SetField("use_case", "u1", "nonsense", 1), "unknown_field"),
        (SetField("use_case", "u1", "id", "u9"), "unknown_field"),
        (SetField("use_case", "zz", "name", "x"), "not_found"),
        (SetField("roadmap", None, "lineage", None), "unknown_field"),
        (SetField("roadmap", None, "horizon_end", D(2020, 1, 1)), "end_before_start"),
        (SetField("roadmap", None, "hourly_cost", float("nan")), "finite_number"),
        (Insert("team", 0, Team(id="u1", name="Clash")), "duplicate_id"),
        (Insert("team", 0, Team(id="t1", name="Clash")), "duplicate_id"),
        (Move("stage", "s1", 5), "bad_position"),
        (Remove("risk", "nope"), "not_found"),
        (
            Insert(
                "measurement",
                -1,
                Measurement(id="x3", metric_id="m", stage_id="s1", team_id="t1",
                            week=D(2026, 1, 12), value=5),
            ),
            "duplicate_measurement",
        ),
    ],
)  # fmt: skip
def test_invalid_edits_are_refused_and_change_nothing(op: operations.Op, code: str) -> None:
    roadmap = small()
    frozen = roadmap.model_dump()
    with pytest.raises(EditError) as info:
        apply(roadmap, op)
    assert code in {p.code for p in info.value.problems}
    assert str(info.value)
    assert roadmap.model_dump() == frozen


# ------------------------------------------------------------------ properties

BASE = generate(40, seed=3)
ALL_IDS = sorted({e.id for k in KINDS for e in k.entities(BASE)} | {"missing-id"})
REF_FIELDS = [(k.name, r.field, r.many) for k in KINDS for r in k.refs]


@st.composite
def random_ops(draw: st.DrawFn) -> operations.Op:
    choice = draw(st.sampled_from(["ref", "remove", "dates", "insert", "move"]))
    if choice == "ref":
        kind_name, field, many = draw(st.sampled_from(REF_FIELDS))
        entities = next(k for k in KINDS if k.name == kind_name).entities(BASE)
        if not entities:
            return Batch(())
        target = draw(st.sampled_from(entities)).id
        value: Any = (
            tuple(draw(st.lists(st.sampled_from(ALL_IDS), max_size=3)))
            if many
            else draw(st.sampled_from([*ALL_IDS, None]))
        )
        return SetField(kind_name, target, field, value)
    if choice == "remove":
        kind = draw(st.sampled_from([k for k in KINDS if k.entities(BASE)]))
        return Remove(kind.name, draw(st.sampled_from(kind.entities(BASE))).id)
    if choice == "dates":
        kind_name = draw(st.sampled_from(["stage", "use_case"]))
        kind = next(k for k in KINDS if k.name == kind_name)
        target = draw(st.sampled_from(kind.entities(BASE))).id
        day = D(2026, 1, 5) + dt.timedelta(days=draw(st.integers(-100, 500)))
        return SetField(kind_name, target, draw(st.sampled_from(["planned_start", "planned_end"])),
                        day)  # fmt: skip
    if choice == "insert":
        kind = draw(st.sampled_from([k for k in KINDS if k.entities(BASE)]))
        source = draw(st.sampled_from(kind.entities(BASE)))
        new_id = draw(st.sampled_from(["fresh-id", *ALL_IDS[:5], source.id]))
        return Insert(kind.name, draw(st.integers(-1, 5)), source.model_copy(update={"id": new_id}))
    kind = draw(st.sampled_from(["stage", "use_case", "criterion"]))
    entities = next(k for k in KINDS if k.name == kind).entities(BASE)
    return Move(kind, draw(st.sampled_from(entities)).id, draw(st.integers(0, len(entities) - 1)))


@settings(max_examples=250)
@given(st.lists(random_ops(), min_size=1, max_size=4))
def test_incremental_checks_agree_with_full_check(ops: list[operations.Op]) -> None:
    op = Batch(tuple(ops))
    work = Work(BASE)
    try:
        operations._run(work, op)
    except EditError:
        return  # malformed before any rule is checked (missing id, bad position…)
    candidate = work.result()
    full = invariants.check(candidate)
    try:
        new, inverse = apply(BASE, op)
    except EditError:
        assert full, "refused an edit that breaks no rule"
        return
    assert full == [], "accepted an edit that breaks a rule"
    assert new == candidate
    assert apply(new, inverse)[0] == BASE
    # The change announced names every kind whose entities differ, and every entity.
    change = apply_change(BASE, op).change
    for kind in KINDS:
        before, after = kind.entities(BASE), kind.entities(new)
        if before != after:
            assert kind.name in change.kinds
            assert {e.id for e in {*before, *after} - ({*before} & {*after})} <= change.ids
