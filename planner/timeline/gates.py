"""Gate-review marks: the decision taken for a review, else the evidence so far."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.evidence.forecast import ForecastStatus
from planner.evidence.gates import CriterionStatus, StageReadiness
from planner.evidence.started import has_started
from planner.model.entities import Outcome, Roadmap
from planner.timeline.layout import DECISION_LEAD_DAYS, STAGE, GateMark, GateState, Layout


def gate_marks(
    roadmap: Roadmap, layout: Layout, readiness: Sequence[StageReadiness]
) -> list[GateMark]:
    """One mark per stage with a review date: the decision for it, else its readiness."""
    as_of = layout.as_of
    by_stage = {r.stage.id: r for r in readiness}
    decided: dict[str, tuple[dt.date, str, Outcome]] = {}
    reviews = {s.id: s.gate_review for s in roadmap.stages}
    for decision in roadmap.decisions:
        review = reviews.get(decision.stage_id)
        if review is None or decision.date > as_of:
            continue
        if decision.date < review - dt.timedelta(days=DECISION_LEAD_DAYS):
            continue  # an earlier review's decision
        known = decided.get(decision.stage_id)
        if known is None or decision.date >= known[0]:
            decided[decision.stage_id] = (decision.date, decision.id, decision.outcome)
    marks = []
    for stage in roadmap.stages:
        row = layout.find(STAGE, stage.id)
        if stage.gate_review is None or row is None:
            continue
        found = by_stage.get(stage.id)
        met, total = (found.met, found.total) if found else (0, 0)
        taken = decided.get(stage.id)
        if taken is not None:
            state, decision_id = GateState(taken[2].value), taken[1]
        elif not has_started(stage, as_of):
            state, decision_id = GateState.NOT_STARTED, None  # not started is not failing
        else:
            state, decision_id = readiness_state(found), None
        marks.append(GateMark(row, stage.gate_review.toordinal(), state, met, total, decision_id))
    return marks


def readiness_state(readiness: StageReadiness | None) -> GateState:
    """The evidence so far: mandatory met, forecast on track, not met, or no data."""
    if readiness is None or readiness.total == 0:
        return GateState.NO_DATA
    if readiness.mandatory_met:
        return GateState.READY
    failed = readiness.mandatory_failed
    if all(r.status is CriterionStatus.NO_DATA for r in failed):
        return GateState.NO_DATA
    if all(r.forecast is not None and r.forecast.status is ForecastStatus.ON_TRACK for r in failed):
        return GateState.ON_TRACK
    return GateState.NOT_MET
