"""Ideas from the field: use cases people propose, before anyone plans them (issue 20).

The field keeps bringing up new use cases — in interviews, surveys, tickets or
a quick intake. An **idea** records what is proposed (a title), for which team,
which friction point of the register it would address, a rough effort and how
confident the programme is in it. Who raised it is stored only when the user
chooses to type a name (``raised_by`` stays empty otherwise). An idea may come
from a feedback entry (``feedback_id``) and, once promoted, names the use case
it became (``use_case_id``). How ideas are scored and promoted is in
:mod:`planner.scaleout.ideas`.
"""

from __future__ import annotations

from enum import StrEnum

from planner.model.base import Entity
from planner.model.types import Day, Id, Label, Name, Text


class Effort(StrEnum):
    """How much work a use case (or an idea) takes."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Confidence(StrEnum):
    """How sure the programme is that an idea would deliver what it promises."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Idea(Entity):
    title: Name
    date: Day
    """When it was raised."""
    team_id: Id | None = None
    friction_point_id: Id | None = None
    """The friction point of the register it would address."""
    raised_by: Label = ""
    """Who raised it: empty unless the user chooses to record a name."""
    effort: Effort = Effort.MEDIUM
    confidence: Confidence = Confidence.MEDIUM
    feedback_id: Id | None = None
    """The feedback it came from, if any."""
    use_case_id: Id | None = None
    """The use case it was promoted to (None while it is in the backlog)."""
    notes: Text = ""
