"""New and duplicated entities: the planner's rules, without the app."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.edit.factory import (
    CannotAdd,
    add_op,
    duplicate,
    free_week,
    new_entity,
    unique_name,
)
from planner.edit.operations import Insert, apply, apply_all
from planner.i18n import using
from planner.model.entities import Measurement, Stage, UseCase
from planner.model.kinds import KINDS
from planner.templates import sample


def test_every_kind_the_tables_add_is_valid_and_applies() -> None:
    roadmap = sample()
    for kind in KINDS:
        if kind.name in ("baseline", "register_entry"):
            continue
        op = add_op(roadmap, kind.name, today=dt.date(2026, 10, 7))
        changed, _ = apply(roadmap, op)
        assert len(kind.entities(changed)) == len(kind.entities(roadmap)) + 1, kind.name


def test_a_new_stage_follows_the_last_one_for_twelve_weeks() -> None:
    roadmap = sample()
    stage = new_entity(roadmap, "stage")
    assert isinstance(stage, Stage)
    assert stage.planned_start == roadmap.stages[-1].planned_end + dt.timedelta(days=1)
    assert (stage.planned_end - stage.planned_start).days == 12 * 7 - 1
    assert stage.name == "New stage"


def test_a_new_use_case_takes_the_stage_and_dates_of_the_selected_one() -> None:
    roadmap = sample()
    near = roadmap.use_cases[-1]
    use_case = new_entity(roadmap, "use_case", near=near)
    assert isinstance(use_case, UseCase)
    stage = next(s for s in roadmap.stages if s.id == near.stage_id)
    assert use_case.stage_id == stage.id
    assert (use_case.planned_start, use_case.planned_end) == (
        stage.planned_start,
        stage.planned_end,
    )
    assert add_op(roadmap, "use_case", near=near).index == len(roadmap.use_cases)


def test_ids_are_fresh_and_names_unique() -> None:
    roadmap = sample()
    first = new_entity(roadmap, "team")
    with_it, _ = apply(roadmap, Insert("team", -1, first))
    second = new_entity(with_it, "team")
    assert first.id != second.id
    assert (first.name, second.name) == ("New team", "New team 2")  # type: ignore[attr-defined]
    assert unique_name("A", ["A", "A 2"]) == "A 3"


def test_names_and_refusals_are_in_the_planner_language() -> None:
    with using("fr"):
        assert new_entity(sample(), "stage").name == "Nouvelle étape"  # type: ignore[attr-defined]
        empty = sample().model_copy(update={"metrics": (), "criteria": (), "measurements": ()})
        with pytest.raises(CannotAdd, match="Ajoutez d’abord un indicateur"):
            new_entity(empty, "criterion", scope={"stage_id": "stage-writing"})


def test_a_new_measurement_takes_the_next_free_week() -> None:
    roadmap = sample()
    taken = roadmap.measurements[0]
    m = new_entity(roadmap, "measurement", near=taken, today=taken.week)
    assert isinstance(m, Measurement)
    assert m.week > taken.week
    assert m.week == free_week(roadmap, m)
    assert m.week.weekday() == 0


def test_a_duplicated_stage_brings_its_gate_criteria() -> None:
    roadmap = sample()
    stage = roadmap.stages[0]
    ops = duplicate(roadmap, "stage", stage)
    own = [c for c in roadmap.criteria if c.stage_id == stage.id]
    assert len(ops) == 1 + len(own)
    changed, _ = apply_all(roadmap, ops)
    copy = ops[0].entity
    assert copy.name == f"{stage.name} (copy)"  # type: ignore[attr-defined]
    assert len([c for c in changed.criteria if c.stage_id == copy.id]) == len(own)
    assert changed.stages[1].id == copy.id
