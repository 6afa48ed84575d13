"""One field change, every rule with it: a measurement's scope, an action's closing date."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.edit.operations import Batch, EditError, Insert, SetField, apply
from planner.edit.scope import change_scope, field_op
from planner.model.actions import Action, ActionStatus
from planner.templates import sample

TODAY = dt.date(2026, 10, 7)


def test_choosing_a_use_case_for_a_stage_measurement_clears_the_stage_in_one_step() -> None:
    roadmap = sample()
    m = next(x for x in roadmap.measurements if x.stage_id is not None)
    use_case = next(u for u in roadmap.use_cases if u.stage_id == m.stage_id)
    op = field_op(roadmap, "measurement", m.id, "use_case_id", use_case.id, today=TODAY)
    assert isinstance(op, Batch)
    changed, undo = apply(roadmap, op)
    position = [x.id for x in roadmap.measurements].index(m.id)
    after = changed.measurements[position]
    assert (after.id, after.stage_id, after.use_case_id) == (m.id, None, use_case.id)
    assert apply(changed, undo)[0] == roadmap


def test_other_fields_are_a_plain_set_field() -> None:
    roadmap = sample()
    m = roadmap.measurements[0]
    assert field_op(roadmap, "measurement", m.id, "value", 3.0, today=TODAY) == SetField(
        "measurement", m.id, "value", 3.0
    )
    assert change_scope(roadmap, "measurement", m, "value", 3.0) is None
    assert field_op(roadmap, "measurement", "gone", "value", 3.0, today=TODAY) is None


def test_an_invalid_scope_change_is_refused() -> None:
    roadmap = sample()
    m = next(x for x in roadmap.measurements if x.stage_id is not None)
    with pytest.raises(EditError):
        change_scope(roadmap, "measurement", m, "use_case_id", "")


def test_closing_an_action_dates_it() -> None:
    roadmap = sample()
    action = Action(id="act-1", text="Call", due=TODAY)
    roadmap, _ = apply(roadmap, Insert("action", -1, action))
    op = field_op(roadmap, "action", "act-1", "status", ActionStatus.DONE, today=TODAY)
    changed, _ = apply(roadmap, op)  # type: ignore[arg-type]
    closed = changed.actions[-1]
    assert (closed.status, closed.closed_on) == (ActionStatus.DONE, TODAY)
