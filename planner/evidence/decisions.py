"""Gate decisions and their follow-up, as of a date.

**Which review a decision answers.** A decision names the gate review it
answers (``GateDecision.review``, by default the stage's next review when it is
recorded); it counts as that review's decision whatever day it was recorded —
six weeks early at a pre-committee, or a few days after. A decision from a
file older than version 3 names no review: it answers the stage's review when
dated on or up to four weeks before it. A review is *decided* as of a date
when such a decision is recorded on or before that date; the latest one wins.

**Actions** (:mod:`planner.model.actions`) count as of a date too: an action
of a decision recorded later does not exist yet; an action closed (done or
dropped) after the date is still open on it. An open action whose due date
has passed is *overdue*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from planner.model.actions import Action, ActionStatus
from planner.model.entities import GateDecision, Roadmap, Stage

DECISION_LEAD_DAYS = 28
"""For decisions naming no review: up to four weeks before a review date counts for it."""


def answers(decision: GateDecision, review: dt.date | None) -> bool:
    """Whether ``decision`` answers the gate review held on ``review``."""
    if review is None:
        return False
    if decision.review is not None:
        return decision.review == review
    return decision.date >= review - dt.timedelta(days=DECISION_LEAD_DAYS)


def known(decisions: Iterable[GateDecision], as_of: dt.date) -> list[GateDecision]:
    """Decisions recorded on or before the date (later ones are not taken yet)."""
    return [d for d in decisions if d.date <= as_of]


def review_decision(roadmap: Roadmap, stage: Stage, as_of: dt.date) -> GateDecision | None:
    """The decision of the stage's current review as of a date (None: not decided)."""
    found = [
        d
        for d in known(roadmap.decisions, as_of)
        if d.stage_id == stage.id and answers(d, stage.gate_review)
    ]
    return max(found, key=lambda d: (d.date, d.id)) if found else None


def review_decisions(roadmap: Roadmap, as_of: dt.date) -> dict[str, GateDecision]:
    """Stage id → the decision of its current review, for the stages decided."""
    found: dict[str, GateDecision] = {}
    for stage in roadmap.stages:
        decision = review_decision(roadmap, stage, as_of)
        if decision is not None:
            found[stage.id] = decision
    return found


def default_review(stage: Stage, day: dt.date) -> dt.date | None:
    """The review a decision recorded on ``day`` answers unless told otherwise: the
    stage's review date (its next review; a review already past is the one being decided)."""
    return stage.gate_review


# ------------------------------------------------------------------ actions


@dataclass(frozen=True)
class ActionState:
    """A decision's action on a date: open or done, overdue or not."""

    action: Action
    open: bool
    """Open on the as-of date."""
    overdue: bool
    """Open and due before the as-of date."""
    decision: GateDecision | None


def action_states(roadmap: Roadmap, as_of: dt.date) -> list[ActionState]:
    """Every action that exists on the date, with whether it is open and overdue there."""
    decisions = {d.id: d for d in roadmap.decisions}
    states = []
    for action in roadmap.actions:
        decision = decisions.get(action.decision_id or "")
        if decision is not None and decision.date > as_of:
            continue  # asked for by a decision not taken yet
        still_open = action.status is ActionStatus.OPEN or (
            action.closed_on is not None and action.closed_on > as_of
        )
        overdue = still_open and action.due is not None and action.due < as_of
        states.append(ActionState(action, still_open, overdue, decision))
    return states


def open_actions(roadmap: Roadmap, as_of: dt.date) -> list[ActionState]:
    """Open actions on the date, overdue first, then by due date (none last) and text."""
    found = [s for s in action_states(roadmap, as_of) if s.open]
    return sorted(
        found,
        key=lambda s: (
            not s.overdue,
            s.action.due is None,
            s.action.due or dt.date.max,
            s.action.text.casefold(),
            s.action.id,
        ),
    )
