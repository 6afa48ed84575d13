"""The evidence of one stage's gate review, and the edit that records its decision.

The gate review dialog shows this and records through :func:`record_decision`;
the workbook and the command line read the same figures
(:class:`planner.evidence.figures.Figures`), so the committee sees one set of
numbers wherever it looks.

Evidence as of a date: the stage's readiness (every criterion with value,
weeks, trend and forecast), the feedback of the period — since the stage's
last decision, else since it started — on the stage or its use cases, the
stage's open risks, its earlier decisions and the actions still open.

Recording a decision is ONE edit: the decision (naming the review it answers),
the actions the committee asked for, and — only when the user chose it — a new
status for the stage. Nothing changes the stage's status by default: a *hold*
keeps the stage running while the committee waits for the evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.edit.operations import Batch, Insert, Op, SetField
from planner.evidence.decisions import ActionState, open_actions
from planner.evidence.figures import Figures
from planner.evidence.gates import StageReadiness
from planner.model.actions import Action
from planner.model.entities import (
    Feedback,
    GateDecision,
    Outcome,
    Risk,
    RiskStatus,
    StageStatus,
)
from planner.model.kinds import EntityKind

USUAL_STATUS = {
    Outcome.GO: StageStatus.PASSED,
    Outcome.GO_WITH_CONDITIONS: StageStatus.PASSED,
    Outcome.HOLD: None,
    Outcome.RECYCLE: StageStatus.ACTIVE,
    Outcome.STOP: StageStatus.STOPPED,
}
"""The status a decision usually leads to, offered as a hint (None: the stage runs on).
It is never applied unless chosen."""


@dataclass(frozen=True)
class ReviewEvidence:
    readiness: StageReadiness
    since: dt.date
    """First day of the period the feedback comes from."""
    since_decision: bool
    """The period starts at the stage's last decision (else at its start)."""
    feedback: tuple[Feedback, ...]
    risks: tuple[Risk, ...]
    decisions: tuple[GateDecision, ...]
    """The stage's decisions recorded up to the as-of date, oldest first."""
    actions: tuple[ActionState, ...]
    """The stage's actions open on the as-of date (overdue first)."""


def review_evidence(figures: Figures, stage_id: str) -> ReviewEvidence:
    """The evidence of a stage as of the figures' date (KeyError for an unknown stage)."""
    roadmap, as_of = figures.roadmap, figures.as_of
    readiness = figures.stage_readiness(stage_id)
    stage = readiness.stage
    decisions = tuple(
        sorted((d for d in roadmap.decisions if d.stage_id == stage_id and d.date <= as_of),
               key=lambda d: (d.date, d.id))
    )  # fmt: skip
    since_decision = bool(decisions)
    since = decisions[-1].date if decisions else stage.actual_start or stage.planned_start
    use_cases = {u.id for u in roadmap.use_cases if u.stage_id == stage_id}
    about = [f for f in roadmap.feedback if f.stage_id == stage_id or f.use_case_id in use_cases]
    feedback = tuple(
        sorted((f for f in about if since <= f.date <= as_of), key=lambda f: f.date, reverse=True)
    )
    risks = tuple(
        sorted(
            (r for r in roadmap.risks if r.stage_id == stage_id and r.status is RiskStatus.OPEN),
            key=lambda r: -r.likelihood * r.impact,
        )
    )
    actions = tuple(s for s in open_actions(roadmap, as_of) if s.action.stage_id == stage_id)
    return ReviewEvidence(readiness, since, since_decision, feedback, risks, decisions, actions)


def record_decision(
    decision: GateDecision,
    actions: Sequence[Action] = (),
    status: StageStatus | None = None,
    current: StageStatus | None = None,
) -> Op:
    """The one edit that records a decision, its actions and (only if chosen) a status."""
    ops: list[Op] = [Insert(EntityKind.DECISION, -1, decision)]
    ops += [Insert(EntityKind.ACTION, -1, action) for action in actions]
    if status is not None and status is not current:
        ops.append(SetField(EntityKind.STAGE, decision.stage_id, "status", status))
    return ops[0] if len(ops) == 1 else Batch(tuple(ops))
