"""Actions: what a gate decision asks to be done, by whom and by when.

A committee rarely says only "go": it says "go, provided the remaining key
users are trained by April and the policy library is cleaned". Those
conditions are followed up as actions — a text, an owner, a due date and a
status (open, done, dropped) — so the next review can see what was done. An
action usually comes from a decision (``decision_id``; deleting the decision
deletes its actions) and concerns a stage.

Dates count as of the day they say: an action recorded with a decision taken
after the as-of date does not exist yet, and one closed after it is still open
then (:func:`planner.evidence.decisions.open_actions`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import model_validator

from planner.model.base import Entity
from planner.model.types import Day, Id, Label, Text


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Action(Entity):
    text: Text
    """What must be done."""
    owner: Label = ""
    """Who answers for it (a name, as the committee said it)."""
    due: Day | None = None
    status: ActionStatus = ActionStatus.OPEN
    closed_on: Day | None = None
    """When it was done or dropped (None while open, or not recorded)."""
    decision_id: Id | None = None
    """The gate decision that asked for it."""
    stage_id: Id | None = None

    @model_validator(mode="after")
    def _has_text(self) -> Self:
        if not self.text.strip():
            raise ValueError("an action needs a text: what must be done")
        return self
