"""Gate decisions answer a named review; actions count as of a date (issue 11, point 6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from planner import templates
from planner.edit import operations
from planner.edit.scope import set_status_ops
from planner.evidence.decisions import (
    action_states,
    answers,
    open_actions,
    review_decision,
)
from planner.evidence.review import record_decision
from planner.model.actions import Action, ActionStatus
from planner.model.entities import GateDecision, Outcome, StageStatus
from planner.workbook import export_workbook

AS_OF = dt.date(2026, 4, 6)
REVIEW = dt.date(2026, 5, 21)  # the sample's rescheduled review of Writing assistance


def decision(day: dt.date, review: dt.date | None, outcome: Outcome = Outcome.GO) -> GateDecision:
    return GateDecision(id=f"d-{day}", stage_id="stage-writing", date=day, review=review,
                        outcome=outcome)  # fmt: skip


def test_a_decision_answers_the_review_it_names_whatever_day_it_is_recorded() -> None:
    early = decision(REVIEW - dt.timedelta(weeks=6), REVIEW)
    assert answers(early, REVIEW)
    assert not answers(early, REVIEW + dt.timedelta(days=1))
    late = decision(REVIEW + dt.timedelta(days=3), REVIEW)
    assert answers(late, REVIEW)
    # Older files name no review: up to four weeks before it counts.
    assert answers(decision(REVIEW - dt.timedelta(days=28), None), REVIEW)
    assert not answers(decision(REVIEW - dt.timedelta(days=29), None), REVIEW)


def test_the_review_is_decided_only_once_the_decision_is_recorded() -> None:
    roadmap = templates.load("ai-adoption")
    stage = next(s for s in roadmap.stages if s.id == "stage-writing")
    early = decision(AS_OF, REVIEW)
    roadmap = roadmap.model_copy(update={"decisions": (*roadmap.decisions, early)})
    assert review_decision(roadmap, stage, AS_OF) == early
    assert review_decision(roadmap, stage, AS_OF - dt.timedelta(days=1)) is None


def test_the_summary_lists_a_decided_review_once(tmp_path: Path) -> None:
    """The finding: a decision six weeks early left the review listed as due and decided."""
    roadmap = templates.load("ai-adoption")
    op = record_decision(decision(AS_OF, REVIEW))
    roadmap, _ = operations.apply(roadmap, op)
    target = tmp_path / "committee.xlsx"
    export_workbook(roadmap, target, as_of=AS_OF)
    rows = [list(r) for r in openpyxl.load_workbook(target)["Summary"].iter_rows(values_only=True)]
    writing = [r for r in rows if r[0] == "Writing assistance"]
    assert not any(r[1] == "◆ Due" for r in writing)
    assert sum(1 for r in writing if r[1] == "✓ Go") == 1


def test_recording_never_changes_the_stage_status_unless_asked() -> None:
    roadmap = templates.load("ai-adoption")
    held, _ = operations.apply(roadmap, record_decision(decision(AS_OF, REVIEW, Outcome.HOLD)))
    assert next(s.status for s in held.stages if s.id == "stage-writing") is StageStatus.ACTIVE
    op = record_decision(decision(AS_OF, REVIEW), status=StageStatus.PASSED,
                         current=StageStatus.ACTIVE)  # fmt: skip
    passed, _ = operations.apply(roadmap, op)
    assert next(s.status for s in passed.stages if s.id == "stage-writing") is StageStatus.PASSED


def test_actions_count_as_of_a_date() -> None:
    roadmap = templates.load("ai-adoption")
    later = decision(AS_OF + dt.timedelta(days=10), REVIEW)
    extra = (
        Action(id="a-later", text="Later", decision_id=later.id, stage_id="stage-writing"),
        Action(id="a-closed", text="Closed after", status=ActionStatus.DONE,
               closed_on=AS_OF + dt.timedelta(days=2), due=AS_OF - dt.timedelta(days=1)),
    )  # fmt: skip
    roadmap = roadmap.model_copy(
        update={"decisions": (*roadmap.decisions, later), "actions": (*roadmap.actions, *extra)}
    )
    states = {s.action.id: s for s in action_states(roadmap, AS_OF)}
    assert "a-later" not in states  # its decision is not taken yet
    assert states["a-closed"].open
    assert states["a-closed"].overdue
    assert not action_states(roadmap, AS_OF + dt.timedelta(days=3))[-1].open
    ordered = open_actions(roadmap, AS_OF)
    assert [s.overdue for s in ordered] == sorted((s.overdue for s in ordered), reverse=True)


def test_closing_an_action_records_the_day_and_reopening_clears_it() -> None:
    action = Action(id="a1", text="Train HR")
    day = dt.date(2026, 4, 10)
    ops = set_status_ops(action, ActionStatus.DONE, day)
    assert [(o.field, o.value) for o in ops] == [("status", ActionStatus.DONE), ("closed_on", day)]
    closed = action.model_copy(update={"status": ActionStatus.DONE, "closed_on": day})
    ops = set_status_ops(closed, ActionStatus.OPEN, day)
    assert [(o.field, o.value) for o in ops] == [("status", ActionStatus.OPEN), ("closed_on", None)]
