"""Plan a scale-out candidate in one step: one operation, one undo.

:func:`plan_candidate` builds the :class:`~planner.edit.operations.Batch` that
takes a proven use case to a team:

- **copy** (the default): a new use case for the team, *scaled out from* the
  proven one (``UseCase.scaled_from``), in the next stage (the same stage when
  it is the last), planned to start the Monday after the current gate — the
  proven use case's gate review (else its stage's planned end) or the as-of
  date, whichever is later — and to last as long as the proven one did; it
  addresses the team's matching friction points, needs the same data sources,
  is owned by the team's ambassador;
- **extend**: the team is added to the proven use case itself;

and in both cases the team joins the stage's teams, gets an **ambassador**
placeholder when it has none ("to be named", a person the user renames), and a
**training** action for its key users, due when the use case starts. The batch
is applied like any edit (:func:`planner.edit.operations.apply`): validated
first, undone as a whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.edit.operations import Batch, EditError, Insert, Op, SetField
from planner.i18n import _
from planner.model.actions import Action
from planner.model.entities import Person, Roadmap, Stage, UseCase, UseCaseStatus
from planner.model.ids import new_id
from planner.model.kinds import EntityKind
from planner.rules.problems import Problem
from planner.scaleout.candidates import family, same_friction

NAME_LENGTH = 200


class Mode(StrEnum):
    COPY = "copy"
    EXTEND = "extend"


@dataclass(frozen=True)
class Plan:
    op: Batch
    use_case_id: str
    """The use case that now serves the team (the new copy, or the proven one extended)."""
    start: dt.date
    label: str
    """The undo step's name, in the user's language."""


def _refuse(code: str, message: str) -> EditError:
    return EditError([Problem("", code, message)])


def _next_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=7 - day.weekday())


def _target_stage(roadmap: Roadmap, stage: Stage, mode: Mode) -> Stage:
    if mode is Mode.EXTEND:
        return stage
    at = next(i for i, s in enumerate(roadmap.stages) if s.id == stage.id)
    return roadmap.stages[at + 1] if at + 1 < len(roadmap.stages) else stage


def plan_candidate(
    roadmap: Roadmap, use_case_id: str, team_id: str, as_of: dt.date, mode: Mode = Mode.COPY
) -> Plan:
    """The one edit that plans ``use_case_id`` for ``team_id`` (EditError when it cannot)."""
    use_case = next((u for u in roadmap.use_cases if u.id == use_case_id), None)
    team = next((t for t in roadmap.teams if t.id == team_id), None)
    if use_case is None or team is None:
        return _missing(use_case_id, team_id, use_case is None)
    members = family(roadmap.use_cases, use_case)
    having = {t for u in roadmap.use_cases if u.id in members for t in u.team_ids}
    if team_id in having:
        raise _refuse("already_has", _("{team} already has '{use_case}'", team=team.name,
                                       use_case=use_case.name))  # fmt: skip
    stage = next((s for s in roadmap.stages if s.id == use_case.stage_id), None)
    if stage is None:
        raise _refuse("no_stage", _("'{use_case}' is in no stage", use_case=use_case.name))
    target = _target_stage(roadmap, stage, mode)
    gate = stage.gate_review or stage.planned_end
    start = _next_monday(max(gate, as_of))
    taken = {e.id for e in (*roadmap.use_cases, *roadmap.people, *roadmap.actions)}
    ops: list[Op] = []
    if team_id not in target.team_ids:
        ops.append(SetField(EntityKind.STAGE, target.id, "team_ids", (*target.team_ids, team_id)))
    ambassador = next((p for p in roadmap.people if p.team_id == team_id and p.is_ambassador),
                      None)  # fmt: skip
    if ambassador is None:
        ambassador = Person(
            id=new_id("person", taken),
            name=_("Ambassador for {team} (to be named)", team=team.name)[:NAME_LENGTH],
            role=_("Ambassador")[:NAME_LENGTH],
            team_id=team_id,
            is_ambassador=True,
        )
        taken.add(ambassador.id)
        ops.append(Insert(EntityKind.PERSON, -1, ambassador))
    if mode is Mode.EXTEND:
        serving = use_case
        ops.append(
            SetField(EntityKind.USE_CASE, use_case.id, "team_ids", (*use_case.team_ids, team_id))
        )
        start = max(use_case.planned_start, _next_monday(as_of))
    else:
        serving = _copy(roadmap, use_case, team_id, target, start, ambassador.id, taken)
        taken.add(serving.id)
        ops.append(Insert(EntityKind.USE_CASE, -1, serving))
    ops.append(Insert(EntityKind.ACTION, -1, Action(
        id=new_id("action", taken),
        text=_("Train the key users of {team} on '{use_case}' before it starts",
               team=team.name, use_case=use_case.name),
        owner=ambassador.name,
        due=min(start, serving.planned_end),
        stage_id=target.id,
    )))  # fmt: skip
    label = _("Plan '{use_case}' for {team}", use_case=use_case.name, team=team.name)
    return Plan(Batch(tuple(ops), label), serving.id, start, label)


def _missing(use_case_id: str, team_id: str, no_use_case: bool) -> Plan:
    if no_use_case:
        raise _refuse("unknown_use_case", _("no use case '{id}'", id=use_case_id))
    raise _refuse("unknown_team", _("no team '{id}'", id=team_id))


def _copy(
    roadmap: Roadmap,
    use_case: UseCase,
    team_id: str,
    stage: Stage,
    start: dt.date,
    owner_id: str,
    taken: set[str],
) -> UseCase:
    team_name = next(t.name for t in roadmap.teams if t.id == team_id)
    length = max(use_case.planned_end - use_case.planned_start, dt.timedelta(weeks=4))
    points = tuple(same_friction(roadmap, use_case, team_id)) or use_case.friction_point_ids
    return use_case.model_copy(
        update={
            "id": new_id("use_case", taken),
            "name": _("{use_case} — {team}", use_case=use_case.name, team=team_name)[:NAME_LENGTH],
            "stage_id": stage.id,
            "team_ids": (team_id,),
            "friction_point_ids": points,
            "owner_id": owner_id,
            "planned_start": start,
            "planned_end": start + length,
            "status": UseCaseStatus.PLANNED,
            "progress": 0,
            "value_per_year": None,
            "depends_on": (),
            "scaled_from": use_case.id,
        }
    )
