"""Planning a scale-out candidate in one step, and undoing it (issue 20)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.edit.operations import EditError, apply
from planner.evidence.figures import Figures
from planner.model.entities import UseCaseStatus
from planner.scaleout.plan import Mode, plan_candidate
from tests.planner.scaleout_data import AS_OF, roadmap


def test_copy_into_the_next_stage_after_the_gate_with_ambassador_and_training() -> None:
    before = roadmap()
    plan = plan_candidate(before, "uc-letters", "D", AS_OF)
    after, inverse = apply(before, plan.op)
    copy = next(u for u in after.use_cases if u.id == plan.use_case_id)
    assert copy.scaled_from == "uc-letters"
    assert copy.team_ids == ("D",)
    assert copy.stage_id == "s2"  # the next stage
    assert copy.status is UseCaseStatus.PLANNED
    # The gate review of s1 is Friday 27 March 2026: the copy starts the Monday after.
    assert copy.planned_start == dt.date(2026, 3, 30) == plan.start
    assert copy.planned_end - copy.planned_start == dt.timedelta(days=74)  # as long as the pilot
    assert copy.friction_point_ids == ("fp-d",)
    assert "D" in next(s for s in after.stages if s.id == "s2").team_ids
    ambassador = next(p for p in after.people if p.team_id == "D" and p.is_ambassador)
    assert copy.owner_id == ambassador.id
    assert "to be named" in ambassador.name
    action = next(a for a in after.actions)
    assert action.due == copy.planned_start
    assert "Broker desk" in action.text
    assert action.stage_id == "s2"
    # One undo takes everything back.
    back, _ = apply(after, inverse)
    assert back == before


def test_after_planning_the_team_is_no_longer_a_candidate() -> None:
    before = roadmap()
    after, _ = apply(before, plan_candidate(before, "uc-letters", "D", AS_OF).op)
    assert [c.team_id for c in Figures(after, AS_OF).scale_out.candidates] == ["C"]


def test_a_team_with_an_ambassador_keeps_it_and_gets_no_placeholder() -> None:
    before = roadmap()
    after, _ = apply(before, plan_candidate(before, "uc-letters", "C", AS_OF).op)
    assert len(after.people) == len(before.people)
    copy = next(u for u in after.use_cases if u.scaled_from == "uc-letters")
    assert copy.owner_id == "p-c"
    assert copy.friction_point_ids == ("fp-c", "fp-c2")


def test_dates_follow_the_as_of_date_when_the_gate_is_past() -> None:
    plan = plan_candidate(roadmap(), "uc-letters", "C", dt.date(2026, 5, 6))
    assert plan.start == dt.date(2026, 5, 11)


def test_extend_adds_the_team_to_the_use_case_itself() -> None:
    before = roadmap()
    plan = plan_candidate(before, "uc-letters", "C", AS_OF, Mode.EXTEND)
    after, inverse = apply(before, plan.op)
    assert plan.use_case_id == "uc-letters"
    assert next(u for u in after.use_cases if u.id == "uc-letters").team_ids == ("A", "B", "C")
    assert "C" in after.stages[0].team_ids
    assert len(after.use_cases) == len(before.use_cases)
    assert apply(after, inverse)[0] == before


def test_in_the_last_stage_the_copy_stays_in_it() -> None:
    before = roadmap()
    moved = before.use_cases[0].model_copy(update={"stage_id": "s2"})
    r = before.model_copy(update={"use_cases": (moved, *before.use_cases[1:])})
    after, _ = apply(r, plan_candidate(r, "uc-letters", "C", AS_OF).op)
    assert next(u for u in after.use_cases if u.scaled_from).stage_id == "s2"


@pytest.mark.parametrize(
    ("use_case", "team", "code"),
    [("uc-letters", "A", "already_has"), ("uc-letters", "B", "already_has"),
     ("nope", "C", "unknown_use_case"), ("uc-letters", "Z", "unknown_team")],
)  # fmt: skip
def test_refused_when_the_team_has_it_or_nothing_matches(
    use_case: str, team: str, code: str
) -> None:
    with pytest.raises(EditError) as refused:
        plan_candidate(roadmap(), use_case, team, AS_OF)
    assert refused.value.problems[0].code == code


def test_a_team_that_has_a_copy_is_refused() -> None:
    before = roadmap()
    after, _ = apply(before, plan_candidate(before, "uc-letters", "D", AS_OF).op)
    with pytest.raises(EditError):
        plan_candidate(after, "uc-letters", "D", AS_OF)
