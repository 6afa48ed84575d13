"""The ideas backlog: use cases the field brings up, scored, promotable in one step.

The backlog holds every idea not promoted yet (:class:`planner.model.ideas.Idea`,
typed in the intake or turned from feedback) and every feedback of kind *idea*
no idea was made from yet. Each is **scored** like a candidate:

    score = friction cost per year × reach × confidence ÷ effort

- *friction cost per year*: the yearly cost of the friction point the idea
  addresses, as the friction register computes it (hours lost × people ×
  working weeks × hour cost);
- *reach*: how many teams suffer the same friction (the same process, or the
  same kind for a point without a process — :mod:`planner.scaleout.candidates`),
  at least 1;
- *confidence*: low 0.5, medium 0.8, high 1;
- *effort*: small 1, medium 2, large 4.

An idea that names no friction point (feedback, typically) is not scored: it is
listed after the scored ones, with the reason. Only what was raised on or before
the as-of date is in the backlog.

:func:`promote` turns a backlog entry into a planned use case in one edit;
:func:`intake` builds the edit that adds an idea.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.i18n import _
from planner.model.entities import (
    Feedback,
    FeedbackKind,
    FrictionPoint,
    Roadmap,
    StageStatus,
    UseCase,
    UseCaseStatus,
)
from planner.model.ideas import Confidence, Effort, Idea
from planner.model.ids import new_id
from planner.model.kinds import EntityKind
from planner.numbers import NumberKind, rounded
from planner.rules.problems import Problem
from planner.scaleout.candidates import friction_key
from planner.scaleout.source import FigureSource

if TYPE_CHECKING:
    # The edits are loaded by the functions that make them: the backlog (the workbook's
    # Scale-out sheet, the command's report) does not need them (~9 ms of an export).
    from planner.edit.operations import Batch, Insert

CONFIDENCE = {Confidence.LOW: 0.5, Confidence.MEDIUM: 0.8, Confidence.HIGH: 1.0}
EFFORT = {Effort.SMALL: 1.0, Effort.MEDIUM: 2.0, Effort.LARGE: 4.0}
TITLE_LENGTH = 120
PROMOTED_WEEKS = 12
"""How long a promoted idea is planned for, from the Monday after the as-of date."""


@dataclass(frozen=True)
class IdeaRow:
    id: str
    """The idea's id, or the feedback's for feedback no idea was made from yet."""
    title: str
    team_id: str | None
    friction_point_id: str | None
    score: float | None
    """None: not scored (no friction point named)."""
    confidence: str
    source: str
    """``intake`` (typed as an idea) or ``feedback``."""
    friction_cost: float | None = None
    reach: int = 0
    effort: str = Effort.MEDIUM.value


def _title(feedback: Feedback) -> str:
    first = next((line.strip() for line in feedback.text.splitlines() if line.strip()), "")
    if len(first) > TITLE_LENGTH:
        first = first[: TITLE_LENGTH - 1].rstrip() + "…"
    return first or _("Idea from feedback of {day}", day=feedback.date.isoformat())


def teams_by_friction(roadmap: Roadmap) -> dict[tuple[str, str], set[str]]:
    """Each kind of friction (its process, else its kind) → the teams suffering it."""
    found: dict[tuple[str, str], set[str]] = {}
    for fp in roadmap.friction_points:
        if fp.team_id is not None:
            found.setdefault(friction_key(fp), set()).add(fp.team_id)
    return found


def reach(
    roadmap: Roadmap, point: FrictionPoint, teams: dict[tuple[str, str], set[str]] | None = None
) -> int:
    """How many teams suffer the same friction as ``point`` (at least 1)."""
    teams = teams if teams is not None else teams_by_friction(roadmap)
    return max(1, len(teams.get(friction_key(point), ())))


def backlog(figures: FigureSource) -> tuple[IdeaRow, ...]:
    """The backlog as of the date, highest score first, unscored last."""
    roadmap = figures.roadmap
    as_of = figures.as_of
    costs = figures.tables.friction_cost
    points = {fp.id: fp for fp in roadmap.friction_points}
    suffering = teams_by_friction(roadmap)
    rows: list[IdeaRow] = []
    for idea in roadmap.ideas:
        if idea.use_case_id is not None or idea.date > as_of:
            continue
        point = points.get(idea.friction_point_id or "")
        score = cost = None
        spread = 0
        if point is not None:
            cost, spread = costs[point.id], reach(roadmap, point, suffering)
            score = rounded(cost * spread * CONFIDENCE[idea.confidence] / EFFORT[idea.effort],
                            NumberKind.MONEY)  # fmt: skip
        rows.append(IdeaRow(idea.id, idea.title, idea.team_id, idea.friction_point_id, score,
                            idea.confidence.value, "intake", cost, spread,
                            idea.effort.value))  # fmt: skip
    made = {i.feedback_id for i in roadmap.ideas if i.feedback_id is not None}
    for f in roadmap.feedback:
        if f.kind is FeedbackKind.IDEA and f.id not in made and f.date <= as_of:
            rows.append(IdeaRow(f.id, _title(f), f.team_id, None, None, Confidence.LOW.value,
                                "feedback"))  # fmt: skip
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), r.title.casefold(), r.id))
    return tuple(rows)


# ------------------------------------------------------------------- edits


def intake(
    roadmap: Roadmap,
    title: str,
    date: dt.date,
    team_id: str | None = None,
    friction_point_id: str | None = None,
    raised_by: str = "",
    effort: Effort = Effort.MEDIUM,
    confidence: Confidence = Confidence.MEDIUM,
) -> Insert:
    """The edit that adds an idea to the backlog (validated when applied)."""
    from planner.edit.operations import Insert

    taken = {i.id for i in roadmap.ideas}
    idea = Idea(
        id=new_id("idea", taken), title=title, date=date, team_id=team_id,
        friction_point_id=friction_point_id, raised_by=raised_by, effort=effort,
        confidence=confidence,
    )  # fmt: skip
    return Insert(EntityKind.IDEA, -1, idea, _("Add idea '{title}'", title=title))


@dataclass(frozen=True)
class Promotion:
    op: Batch
    use_case_id: str
    label: str


def _stage_for(roadmap: Roadmap, team_id: str | None) -> str | None:
    open_stages = [s for s in roadmap.stages
                   if s.status not in (StageStatus.PASSED, StageStatus.STOPPED)]  # fmt: skip
    pool = open_stages or list(roadmap.stages)
    found = next((s for s in pool if team_id is not None and team_id in s.team_ids), None)
    found = found or (pool[0] if pool else None)
    return None if found is None else found.id


def promote(roadmap: Roadmap, entry_id: str, as_of: dt.date) -> Promotion:
    """The one edit that turns a backlog entry (an idea, or idea feedback) into a planned
    use case: in the open stage holding its team (else the first open stage), from the
    Monday after the as-of date for twelve weeks, addressing its friction point."""
    from planner.edit.operations import Batch, EditError, Insert, Op, SetField

    idea = next((i for i in roadmap.ideas if i.id == entry_id), None)
    feedback = next((f for f in roadmap.feedback if f.id == entry_id), None)
    if idea is None and (feedback is None or feedback.kind is not FeedbackKind.IDEA):
        raise EditError([Problem("", "unknown_idea", _("no idea '{id}'", id=entry_id))])
    if idea is not None and idea.use_case_id is not None:
        raise EditError([Problem("", "promoted", _("idea '{title}' is already a use case",
                                                   title=idea.title))])  # fmt: skip
    if idea is not None:
        title, team_id, day = idea.title, idea.team_id, idea.date
    else:
        assert feedback is not None
        title, team_id, day = _title(feedback), feedback.team_id, feedback.date
    point = idea.friction_point_id if idea is not None else None
    start = as_of + dt.timedelta(days=7 - as_of.weekday())
    taken = {e.id for e in (*roadmap.use_cases, *roadmap.ideas)}
    use_case = UseCase(
        id=new_id("use_case", taken), name=title[:200], stage_id=_stage_for(roadmap, team_id),
        team_ids=(team_id,) if team_id else (), friction_point_ids=(point,) if point else (),
        planned_start=start, planned_end=start + dt.timedelta(weeks=PROMOTED_WEEKS),
        status=UseCaseStatus.PLANNED,
        effort=idea.effort if idea is not None else Effort.MEDIUM,
    )  # fmt: skip
    ops: list[Op] = [Insert(EntityKind.USE_CASE, -1, use_case)]
    if idea is not None:
        ops.append(SetField(EntityKind.IDEA, idea.id, "use_case_id", use_case.id))
    else:
        taken.add(use_case.id)
        ops.append(Insert(EntityKind.IDEA, -1, Idea(
            id=new_id("idea", taken), title=title, date=day,
            team_id=team_id, feedback_id=entry_id, use_case_id=use_case.id,
            confidence=Confidence.LOW,
        )))  # fmt: skip
    label = _("Promote idea '{title}' to a use case", title=title)
    return Promotion(Batch(tuple(ops), label), use_case.id, label)
