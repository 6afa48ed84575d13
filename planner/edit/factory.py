"""New entities for Add and Duplicate: fresh ids, names, dates and references.

The rules of a new entity belong to the roadmap, not to a window: a new use
case starts in the stage of the one selected (else the first stage) with that
stage's dates; a new stage follows the last one; a new measurement takes the
next free week of its metric, scope and team; duplicating a stage copies its
gate criteria. When something needed does not exist yet (a gate criterion
needs a metric), :class:`CannotAdd` says what to add first. Everything returns
values or :class:`~planner.edit.operations.Insert` operations; applying them
(and undoing them) is the caller's business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from planner.dates import monday
from planner.edit.operations import Insert
from planner.i18n import _
from planner.model.actions import Action
from planner.model.base import Entity
from planner.model.entities import (
    DataSource,
    Feedback,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Measurement,
    Metric,
    Outcome,
    Person,
    Risk,
    Roadmap,
    Stage,
    Team,
    UseCase,
)
from planner.model.fields import ValueType, field_spec
from planner.model.ideas import Idea
from planner.model.ids import new_id
from planner.model.kinds import BY_NAME, EntityKind, find, index_of, kind_of_id
from planner.model.value import Licence, OneOffCost

_STAGE_WEEKS = 12


class CannotAdd(ValueError):
    """Something the new entity needs is missing (the message says what to add first)."""


class _Taken:
    """Ids in use anywhere in the roadmap (ids are unique across kinds)."""

    def __init__(self, roadmap: Roadmap, extra: Iterable[str] = ()) -> None:
        self._roadmap = roadmap
        self._extra = set(extra)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._extra or (
            isinstance(entity_id, str) and kind_of_id(self._roadmap, entity_id) is not None
        )

    def add(self, entity_id: str) -> None:
        self._extra.add(entity_id)


def fresh_id(roadmap: Roadmap, kind: str, also_taken: Iterable[str] = ()) -> str:
    return new_id(kind, _Taken(roadmap, also_taken))


def unique_name(base: str, taken: Iterable[str], limit: int = 200) -> str:
    """``base``, or ``base 2``, ``base 3``… whichever is not taken yet."""
    names = set(taken)
    if base not in names:
        return base[:limit]
    n = 2
    while f"{base} {n}" in names:
        n += 1
    return f"{base} {n}"[:limit]


def today_in(roadmap: Roadmap, today: dt.date | None = None) -> dt.date:
    """Today (or ``today``), moved into the roadmap's horizon."""
    day = dt.date.today() if today is None else today
    return min(max(day, roadmap.horizon_start), roadmap.horizon_end)


def _first_id(entities: tuple[Any, ...]) -> str | None:
    return entities[0].id if entities else None


def _pick(scope: Mapping[str, Any], near: Any, field: str, fallback: Any = None) -> Any:
    if field in scope:
        return scope[field]
    value = getattr(near, field, None)
    return fallback if value is None else value


def free_week(roadmap: Roadmap, m: Measurement, also: Iterable[Measurement] = ()) -> dt.date:
    """The first week from ``m.week`` with no measurement of the same metric, scope and team
    (in the roadmap, or among ``also``: measurements about to be added with it)."""
    taken = {
        x.week
        for x in (*roadmap.measurements, *also)
        if (x.metric_id, x.stage_id, x.use_case_id, x.team_id)
        == (m.metric_id, m.stage_id, m.use_case_id, m.team_id)
    }
    week = m.week
    while week in taken:
        week += dt.timedelta(days=7)
    return week


def new_entity(
    roadmap: Roadmap,
    kind: str,
    *,
    near: Any = None,
    scope: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> Entity:
    """A valid new entity of ``kind``; ``near`` is the selected one, ``scope`` fixed fields,
    ``today`` the day it is added (default: today, moved into the roadmap's horizon)."""
    scope = scope or {}
    entity_id = fresh_id(roadmap, kind)
    names = (BY_NAME[kind].title_of(e) for e in BY_NAME[kind].entities(roadmap))
    today = today_in(roadmap, today)
    if kind == "stage":
        last = roadmap.stages[-1] if roadmap.stages else None
        start = last.planned_end + dt.timedelta(days=1) if last else roadmap.horizon_start
        return Stage(
            id=entity_id,
            name=unique_name(_("New stage"), names),
            planned_start=start,
            planned_end=start + dt.timedelta(weeks=_STAGE_WEEKS, days=-1),
        )
    if kind == "use_case":
        stage_id = _pick(scope, near, "stage_id", _first_id(roadmap.stages))
        stage = find(roadmap, "stage", stage_id) if stage_id else None
        return UseCase(
            id=entity_id,
            name=unique_name(_("New use case"), names),
            stage_id=stage_id,
            planned_start=stage.planned_start if stage else roadmap.horizon_start,
            planned_end=stage.planned_end if stage else roadmap.horizon_end,
        )
    if kind == "criterion":
        stage_id = _pick(scope, near, "stage_id", _first_id(roadmap.stages))
        if stage_id is None:
            raise CannotAdd(_("Add a stage first: a gate criterion belongs to a stage."))
        if not roadmap.metrics:
            raise CannotAdd(
                _(
                    "Add a metric first (Measurements & feedback ▸ Metrics): "
                    "a gate criterion compares a metric with a threshold.",
                )
            )
        used = {c.metric_id for c in roadmap.criteria if c.stage_id == stage_id}
        metric = next((m for m in roadmap.metrics if m.id not in used), roadmap.metrics[0])
        return GateCriterion(
            id=entity_id,
            stage_id=stage_id,
            metric_id=metric.id,
            threshold=_in_range(metric, 0.0),
        )
    if kind == "friction_point":
        return FrictionPoint(
            id=entity_id,
            title=unique_name(_("New friction point"), names),
            team_id=_pick(scope, near, "team_id"),
        )
    if kind == "team":
        return Team(
            id=entity_id,
            name=unique_name(_("New team"), names),
        )
    if kind == "person":
        return Person(
            id=entity_id,
            name=unique_name(_("New person"), names),
            team_id=_pick(scope, near, "team_id"),
        )
    if kind == "data_source":
        return DataSource(
            id=entity_id,
            name=unique_name(_("New data source"), names),
        )
    if kind == "metric":
        return Metric(
            id=entity_id,
            name=unique_name(_("New metric"), names),
        )
    if kind == "measurement":
        return _new_measurement(roadmap, entity_id, near, scope, today)
    if kind == "feedback":
        return Feedback(
            id=entity_id,
            date=today,
            stage_id=_pick(scope, near, "stage_id"),
            use_case_id=_pick(scope, near, "use_case_id"),
            team_id=_pick(scope, near, "team_id"),
        )
    if kind == "decision":
        stage_id = _pick(scope, near, "stage_id", _first_id(roadmap.stages))
        if stage_id is None:
            raise CannotAdd(_("Add a stage first: a gate decision is about a stage."))
        return GateDecision(id=entity_id, stage_id=stage_id, date=today, outcome=Outcome.HOLD)
    if kind == "action":
        decision_id = _pick(scope, near, "decision_id")
        decision = find(roadmap, "decision", decision_id) if decision_id else None
        return Action(
            id=entity_id,
            text=_("New action"),
            due=today + dt.timedelta(weeks=4),
            decision_id=decision_id,
            stage_id=_pick(scope, near, "stage_id", decision.stage_id if decision else None),
        )
    if kind == "risk":
        return Risk(
            id=entity_id,
            title=unique_name(_("New risk"), names),
            stage_id=_pick(scope, near, "stage_id"),
        )
    if kind == "idea":
        return Idea(
            id=entity_id,
            title=unique_name(_("New idea"), names),
            date=today,
            team_id=_pick(scope, near, "team_id"),
            friction_point_id=_pick(scope, near, "friction_point_id"),
        )
    if kind in ("licence", "one_off_cost"):
        return _new_cost(roadmap, kind, entity_id, near, scope, today)
    raise CannotAdd(_("This kind of item cannot be added here."))


def _new_cost(
    roadmap: Roadmap,
    kind: str,
    entity_id: str,
    near: Any,
    scope: Mapping[str, Any],
    today: dt.date,
) -> Licence | OneOffCost:
    """A licence entry (copying the selected line's product, seats and price) or a one-off cost."""
    stage_id = _pick(scope, near, "stage_id", _first_id(roadmap.stages))
    if stage_id is None:
        raise CannotAdd(_("Add a stage first: licences and costs are paid for a stage."))
    if kind == "licence":
        return Licence(
            id=entity_id,
            stage_id=stage_id,
            team_id=_pick(scope, near, "team_id"),
            product=_pick(scope, near, "product", "Microsoft 365 Copilot"),
            start=today,
            seats=_pick(scope, near, "seats", 0),
            price_per_seat_month=_pick(scope, near, "price_per_seat_month", 0.0),
        )
    return OneOffCost(
        id=entity_id,
        stage_id=stage_id,
        description=_("New cost"),
        date=today,
        amount=0.0,
    )


def _in_range(metric: Metric, value: float) -> float:
    if metric.min_value is not None:
        value = max(value, metric.min_value)
    if metric.max_value is not None:
        value = min(value, metric.max_value)
    return value


def _new_measurement(
    roadmap: Roadmap, entity_id: str, near: Any, scope: Mapping[str, Any], today: dt.date
) -> Measurement:
    metric_id = _pick(scope, near, "metric_id", _first_id(roadmap.metrics))
    if metric_id is None:
        raise CannotAdd(_("Add a metric first: a measurement is a value of a metric."))
    use_case_id = _pick(scope, near, "use_case_id")
    stage_id = None if use_case_id else _pick(scope, near, "stage_id", _first_id(roadmap.stages))
    if stage_id is None and use_case_id is None:
        raise CannotAdd(_("Add a stage first: a measurement is about a stage or a use case."))
    metric = find(roadmap, "metric", metric_id)
    draft = Measurement(
        id=entity_id,
        metric_id=metric_id,
        stage_id=stage_id,
        use_case_id=use_case_id,
        team_id=_pick(scope, near, "team_id"),
        week=monday(today),
        value=_in_range(metric, 0.0) if metric else 0.0,
    )
    return draft.model_copy(update={"week": free_week(roadmap, draft)})


def duplicate(roadmap: Roadmap, kind: str, entity: Any) -> list[Insert]:
    """Inserts that copy ``entity`` right after itself (a stage with its gate criteria)."""
    k = BY_NAME[kind]
    taken = _Taken(roadmap)
    update: dict[str, Any] = {"id": new_id(kind, taken)}
    taken.add(update["id"])
    if k.title_field != "id" and field_spec(kind, k.title_field).value_type is ValueType.TEXT:
        base = _("{name} (copy)", name=getattr(entity, k.title_field))
        names = (k.title_of(e) for e in k.entities(roadmap))
        update[k.title_field] = unique_name(base, names)
    copy = entity.model_copy(update=update)
    if kind == "measurement":
        copy = copy.model_copy(update={"week": free_week(roadmap, copy)})
    position = index_of(roadmap, kind)[entity.id] + 1
    ops = [Insert(k.name, position, copy)]
    if kind == "stage":
        for criterion in roadmap.criteria:
            if criterion.stage_id == entity.id:
                crit_id = new_id("criterion", taken)
                taken.add(crit_id)
                ops.append(
                    Insert(
                        EntityKind.CRITERION,
                        -1,
                        criterion.model_copy(update={"id": crit_id, "stage_id": copy.id}),
                    )
                )
    return ops


def stage_position(roadmap: Roadmap, start: dt.date) -> int:
    """Where a stage starting on ``start`` goes so that stages stay in date order."""
    return sum(1 for s in roadmap.stages if s.planned_start <= start)


def insert_position(roadmap: Roadmap, kind: str, near: Any) -> int:
    """Where Add puts a new entity: after the selected one; stages always at the end."""
    if kind == "stage" or near is None:
        return -1
    position = index_of(roadmap, kind).get(near.id)
    return -1 if position is None else position + 1


def add_op(
    roadmap: Roadmap,
    kind: str,
    *,
    near: Any = None,
    scope: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> Insert:
    """The insert that adds a new entity of ``kind`` where Add puts it: after ``near``
    (stages at the end, after the last one)."""
    entity = new_entity(roadmap, kind, near=near, scope=scope, today=today)
    return Insert(EntityKind(kind), insert_position(roadmap, kind, near), entity)
