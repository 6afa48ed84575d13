"""The gate review dialog: evidence for one stage, and the decision as one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from planner import templates
from planner import timeline as tl
from planner.evidence import gates
from planner.model.entities import (
    Feedback,
    Outcome,
    Risk,
    RiskStatus,
    Roadmap,
    Sentiment,
    StageStatus,
)
from ui.dialogs.gate_review import GateReviewDialog, gather
from ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AS_OF = dt.date(2026, 3, 2)
STAGE = "stage-writing"


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(templates.create(templates.SAMPLE, today=AS_OF))


@pytest.fixture
def dialog(qtbot: QtBot, document: Document) -> GateReviewDialog:
    d = GateReviewDialog(document, STAGE, AS_OF)
    qtbot.addWidget(d)
    return d


def _stage_status(roadmap: Roadmap) -> StageStatus:
    return next(s.status for s in roadmap.stages if s.id == STAGE)


def test_the_suggested_outcome_is_preselected_and_marked(
    dialog: GateReviewDialog, document: Document
) -> None:
    suggested = gates.evaluate_stage(document.roadmap, STAGE, AS_OF).suggested
    assert dialog.outcome() is suggested
    assert dialog.outcome_buttons[suggested].text().endswith("(suggested)")
    others = [b for o, b in dialog.outcome_buttons.items() if o is not suggested]
    assert all("suggested" not in b.text() for b in others)
    assert "Writing assistance" in dialog.windowTitle()


def test_the_evidence_is_the_gate_evaluation(dialog: GateReviewDialog, document: Document) -> None:
    readiness = gates.evaluate_stage(document.roadmap, STAGE, AS_OF)
    table = dialog.criteria
    assert table.rowCount() == readiness.total
    for row, result in enumerate(readiness.results):
        assert table.item(row, 1).text().startswith(result.metric.name)
        assert table.item(row, 0).toolTip() == result.sentence
    assert f"{readiness.met} of {readiness.total} criteria met" in dialog.summary.text()
    assert dialog.explanation.text() == readiness.explanation
    assert dialog.tabs.count() == 5


def test_feedback_of_the_period_and_open_risks(document: Document) -> None:
    roadmap = document.roadmap
    use_case = next(u for u in roadmap.use_cases if u.stage_id == STAGE)
    last = max(d.date for d in roadmap.decisions if d.stage_id == STAGE)
    extra = (
        Feedback(id="fb-before", date=last - dt.timedelta(days=1), stage_id=STAGE, text="old"),
        Feedback(id="fb-uc", date=last + dt.timedelta(days=3), use_case_id=use_case.id,
                 sentiment=Sentiment.NEGATIVE, text="on a use case"),
        Feedback(id="fb-later", date=AS_OF + dt.timedelta(days=1), stage_id=STAGE, text="future"),
        Feedback(id="fb-other", date=AS_OF, stage_id="stage-project", text="other stage"),
    )  # fmt: skip
    risks = (
        Risk(id="risk-closed", title="Closed one", stage_id=STAGE, status=RiskStatus.CLOSED),
        Risk(id="risk-big", title="Big one", stage_id=STAGE, likelihood=5, impact=5),
    )
    roadmap = roadmap.model_copy(
        update={"feedback": (*roadmap.feedback, *extra), "risks": (*roadmap.risks, *risks)}
    )
    evidence = gather(roadmap, STAGE, AS_OF)
    ids = {f.id for f in evidence.feedback}
    assert "fb-uc" in ids
    assert not ids & {"fb-before", "fb-later", "fb-other"}
    assert evidence.since == last
    assert evidence.since_decision
    assert all(last <= f.date <= AS_OF for f in evidence.feedback)
    assert evidence.risks[0].id == "risk-big"
    assert "risk-closed" not in {r.id for r in evidence.risks}
    assert all(r.status is RiskStatus.OPEN for r in evidence.risks)
    document.replace(roadmap)
    dialog = GateReviewDialog(document, STAGE, AS_OF)
    assert dialog.feedback.rowCount() == len(evidence.feedback)
    assert dialog.risks.item(0, 1).text() == "Big one"
    assert "1 negative" in dialog.feedback_note.text()
    dialog.deleteLater()


def test_recording_a_decision_is_one_undo_step(
    qtbot: QtBot, dialog: GateReviewDialog, document: Document
) -> None:
    before = document.roadmap
    suggested = gates.evaluate_stage(before, STAGE, AS_OF).suggested
    dialog.outcome_buttons[Outcome.GO_WITH_CONDITIONS].click()
    assert "Passed" in dialog.form.status_hint.text()  # a hint, never preselected
    assert dialog.form.status() is None
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(StageStatus.PASSED))
    qtbot.keyClicks(dialog.rationale, "Use is there where people are trained.")
    due = AS_OF + dt.timedelta(weeks=6)
    dialog.form.add_action("Train every key user by the next review.", "Claire Martin", due)
    dialog.form.add_action("   ")  # an empty row is left out
    dialog.attendees.setPlainText("Hélène Girard\n\n  Claire Martin  \n")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    roadmap = document.roadmap
    assert len(roadmap.decisions) == len(before.decisions) + 1
    decision = roadmap.decisions[-1]
    assert decision.id == dialog.recorded_id
    assert decision.stage_id == STAGE
    assert decision.date == AS_OF
    assert decision.outcome is Outcome.GO_WITH_CONDITIONS
    assert decision.suggested is suggested
    assert decision.rationale == "Use is there where people are trained."
    assert decision.review == next(s.gate_review for s in roadmap.stages if s.id == STAGE)
    assert decision.attendees == ("Hélène Girard", "Claire Martin")
    (action,) = [a for a in roadmap.actions if a.decision_id == decision.id]
    assert (action.text, action.owner, action.due) == (
        "Train every key user by the next review.", "Claire Martin", due)  # fmt: skip
    assert action.stage_id == STAGE
    assert action.status.value == "open"
    assert _stage_status(roadmap) is StageStatus.PASSED
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Record gate decision for 'Writing assistance'"
    document.undo_stack.undo()
    assert document.roadmap.decisions == before.decisions
    assert document.roadmap.actions == before.actions
    assert _stage_status(document.roadmap) is _stage_status(before)


@pytest.mark.parametrize("outcome", list(Outcome))
def test_no_outcome_changes_the_stage_status_unless_chosen(
    qtbot: QtBot, document: Document, outcome: Outcome
) -> None:
    """The finding: recording hold ticked "set the status to On hold" by default."""
    before = _stage_status(document.roadmap)
    assert before is StageStatus.ACTIVE
    dialog = GateReviewDialog(document, STAGE, AS_OF)
    qtbot.addWidget(dialog)
    dialog.outcome_buttons[outcome].click()
    assert dialog.form.status() is None
    dialog.record()
    assert document.roadmap.decisions[-1].outcome is outcome
    assert _stage_status(document.roadmap) is StageStatus.ACTIVE  # hold keeps it running
    assert document.undo_stack.count() == 1


def test_a_decision_recorded_weeks_before_the_review_decides_it(
    qtbot: QtBot, document: Document
) -> None:
    """The finding: a decision six weeks before the review date left the diamond hollow
    and the Summary listed the gate both as due and as decided."""
    stage = next(s for s in document.roadmap.stages if s.id == STAGE)
    assert stage.gate_review is not None
    early = stage.gate_review - dt.timedelta(weeks=6)
    dialog = GateReviewDialog(document, STAGE, early)
    qtbot.addWidget(dialog)
    dialog.outcome_buttons[Outcome.GO].click()
    assert dialog.form.review_edit.date().toPython() == stage.gate_review
    dialog.record()
    decision = document.roadmap.decisions[-1]
    assert (decision.date, decision.review) == (early, stage.gate_review)
    roadmap = document.roadmap
    layout = tl.build(roadmap, early, readiness=())
    marks = {layout.rows[m.row].id: m for m in tl.gate_marks(roadmap, layout, ())}
    assert marks[STAGE].decision_id == decision.id  # the diamond fills


def test_a_too_long_text_is_refused_and_the_dialog_stays(
    dialog: GateReviewDialog, document: Document
) -> None:
    before = document.roadmap
    dialog.attendees.setPlainText("x" * 300)
    dialog.record()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.text().startswith("Attendees:")
    assert document.roadmap is before
    assert document.undo_stack.count() == 0


def test_a_refused_edit_keeps_the_dialog_open_with_the_reason(
    dialog: GateReviewDialog, document: Document
) -> None:
    document.set_read_only(True)
    dialog.record()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "read-only" in dialog.error.text()
    assert document.undo_stack.count() == 0


def test_read_only_roadmaps_cannot_record(qtbot: QtBot, document: Document) -> None:
    document.set_read_only(True)
    dialog = GateReviewDialog(document, STAGE, AS_OF)
    qtbot.addWidget(dialog)
    assert not dialog.record_button.isEnabled()
    assert "read-only" in dialog.error.text()


def test_unknown_stage(document: Document) -> None:
    with pytest.raises(KeyError):
        GateReviewDialog(document, "nope", AS_OF)


def test_a_stage_without_criteria_or_decisions(qtbot: QtBot, document: Document) -> None:
    roadmap = document.roadmap
    bare = roadmap.model_copy(
        update={
            "criteria": tuple(c for c in roadmap.criteria if c.stage_id != "stage-bespoke"),
        }
    )
    document.replace(bare)
    dialog = GateReviewDialog(document, "stage-bespoke", AS_OF)
    qtbot.addWidget(dialog)
    assert dialog.outcome() is Outcome.HOLD
    assert "no criteria" in dialog.summary.text()
    assert not dialog.evidence.since_decision
    stage = next(s for s in bare.stages if s.id == "stage-bespoke")
    assert dialog.evidence.since == stage.planned_start
