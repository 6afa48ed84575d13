"""The ideas backlog: intake, feedback of kind idea, scores by hand, promotion (issue 20)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.edit.operations import EditError, apply
from planner.evidence.figures import Figures
from planner.model.entities import Feedback, FeedbackKind, UseCaseStatus
from planner.model.ideas import Confidence, Effort
from planner.scaleout.ideas import intake, promote
from tests.planner.scaleout_data import AS_OF, roadmap

DAY = dt.date(2026, 3, 9)


def with_ideas():  # type: ignore[no-untyped-def]
    r = roadmap(feedback=(
        Feedback(id="fb-idea", date=DAY, team_id="E", kind=FeedbackKind.IDEA,
                 text="Summarise supplier invoices\nThey take us ages."),
        Feedback(id="fb-late", date=dt.date(2026, 4, 1), kind=FeedbackKind.IDEA, text="Later"),
        Feedback(id="fb-plain", date=DAY, text="Not an idea"),
    ))  # fmt: skip
    r, _ = apply(r, intake(r, "Letters for brokers", DAY, "D", "fp-d", "",
                           Effort.SMALL, Confidence.HIGH))  # fmt: skip
    r, _ = apply(r, intake(r, "Close faster", DAY, "E", "fp-e", "Eve", Effort.LARGE,
                           Confidence.LOW))  # fmt: skip
    return r


def test_scores_by_hand_and_order() -> None:
    ideas = Figures(with_ideas(), AS_OF).scale_out.ideas
    assert [i.title for i in ideas] == [
        "Letters for brokers", "Close faster", "Summarise supplier invoices"]  # fmt: skip
    brokers, close, invoices = ideas
    # fp-d: 5 h × 10 people × 45 weeks × 60 = 135,000 a year; the teams sharing the process
    # "Correspondence" (A, B, C, D): reach 4; high confidence 1; small effort 1.
    assert (brokers.friction_cost, brokers.reach, brokers.score) == (135_000.0, 4, 540_000.0)
    # fp-e: 6 × 10 × 45 × 60 = 162,000; reach 1; low confidence 0.5; large effort 4.
    assert close.score == 20_250.0
    assert (invoices.source, invoices.score, invoices.team_id) == ("feedback", None, "E")


def test_only_ideas_raised_by_the_date_and_not_promoted() -> None:
    ideas = Figures(with_ideas(), AS_OF).scale_out.ideas
    assert "fb-late" not in {i.id for i in ideas}
    assert "fb-plain" not in {i.id for i in ideas}


def test_no_name_unless_the_user_types_one() -> None:
    r = with_ideas()
    assert [i.raised_by for i in r.ideas] == ["", "Eve"]


def test_promote_an_idea_in_one_step_and_undo() -> None:
    before = with_ideas()
    idea = before.ideas[0]
    promotion = promote(before, idea.id, AS_OF)
    after, inverse = apply(before, promotion.op)
    use_case = next(u for u in after.use_cases if u.id == promotion.use_case_id)
    assert (use_case.name, use_case.team_ids, use_case.friction_point_ids) == (
        "Letters for brokers", ("D",), ("fp-d",))  # fmt: skip
    assert use_case.status is UseCaseStatus.PLANNED
    assert use_case.planned_start == dt.date(2026, 3, 23)  # the Monday after 20 March
    assert use_case.effort is Effort.SMALL
    assert idea.id not in {i.id for i in Figures(after, AS_OF).scale_out.ideas}
    assert apply(after, inverse)[0] == before
    with pytest.raises(EditError):
        promote(after, idea.id, AS_OF)


def test_promote_feedback_records_an_idea_linking_both() -> None:
    before = with_ideas()
    after, _ = apply(before, promote(before, "fb-idea", AS_OF).op)
    made = next(i for i in after.ideas if i.feedback_id == "fb-idea")
    assert made.use_case_id is not None
    assert made.raised_by == ""
    assert "fb-idea" not in {i.id for i in Figures(after, AS_OF).scale_out.ideas}


def test_promote_refuses_what_is_no_idea() -> None:
    with pytest.raises(EditError):
        promote(with_ideas(), "fb-plain", AS_OF)
    with pytest.raises(EditError):
        promote(with_ideas(), "nothing", AS_OF)
