"""The registry of entity kinds: where each lives in a roadmap and what it refers to.

Everything generic — invariants, edit operations, comparison, merging, the
item models of the desktop app — walks this registry instead of knowing each
entity by name, so adding a field that refers to another entity is one line
here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.model.actions import Action
from planner.model.base import Entity
from planner.model.entities import (
    Baseline,
    DataSource,
    Feedback,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Measurement,
    Metric,
    Person,
    Risk,
    Roadmap,
    Stage,
    Team,
    UseCase,
)
from planner.model.ideas import Idea
from planner.model.index import positions
from planner.model.register import RegisterEntry
from planner.model.value import Licence, OneOffCost


class OnDelete(StrEnum):
    """What happens to a referring entity when its target is removed."""

    DETACH = "detach"
    """Clear the reference (None, or drop the id from the list)."""
    CASCADE = "cascade"
    """Remove the referring entity too: it has no meaning without its target."""


class EntityKind(StrEnum):
    """The name of every kind of the registry below (and of the roadmap's own fields).

    Operations, change announcements and views name a kind with one of these, never
    with free text; a member is also its string (``EntityKind.STAGE == "stage"``), the
    name files, diffs and the command line use.
    """

    METRIC = "metric"
    TEAM = "team"
    STAGE = "stage"
    CRITERION = "criterion"
    PERSON = "person"
    DATA_SOURCE = "data_source"
    FRICTION_POINT = "friction_point"
    USE_CASE = "use_case"
    MEASUREMENT = "measurement"
    FEEDBACK = "feedback"
    DECISION = "decision"
    RISK = "risk"
    BASELINE = "baseline"
    ACTION = "action"
    REGISTER_ENTRY = "register_entry"
    LICENCE = "licence"
    ONE_OFF_COST = "one_off_cost"
    IDEA = "idea"
    ROADMAP = "roadmap"
    """The roadmap's own fields (title, horizon …): not a list of entities."""


@dataclass(frozen=True)
class Ref:
    field: str
    target: EntityKind
    """Kind of the entity referred to."""
    many: bool
    on_delete: OnDelete


@dataclass(frozen=True)
class Kind:
    name: EntityKind
    attr: str
    """Attribute of :class:`Roadmap` holding the tuple of entities."""
    model: type[Entity]
    label: str
    label_plural: str
    title_field: str
    refs: tuple[Ref, ...] = ()

    def entities(self, roadmap: Roadmap) -> tuple[Any, ...]:
        return getattr(roadmap, self.attr)  # type: ignore[no-any-return]

    def title_of(self, entity: Any) -> str:
        return str(getattr(entity, self.title_field))


def _one(field: str, target: EntityKind, on_delete: OnDelete = OnDelete.DETACH) -> Ref:
    return Ref(field, target, many=False, on_delete=on_delete)


def _many(field: str, target: EntityKind) -> Ref:
    return Ref(field, target, many=True, on_delete=OnDelete.DETACH)


KINDS: tuple[Kind, ...] = (
    Kind(EntityKind.METRIC, "metrics", Metric, "Metric", "Metrics", "name"),
    Kind(EntityKind.TEAM, "teams", Team, "Team", "Teams", "name"),
    Kind(
        EntityKind.STAGE,
        "stages",
        Stage,
        "Stage",
        "Stages",
        "name",
        (_many("team_ids", EntityKind.TEAM),),
    ),
    Kind(
        EntityKind.CRITERION,
        "criteria",
        GateCriterion,
        "Gate criterion",
        "Gate criteria",
        "metric_id",
        (
            _one("stage_id", EntityKind.STAGE, OnDelete.CASCADE),
            _one("metric_id", EntityKind.METRIC, OnDelete.CASCADE),
        ),
    ),
    Kind(
        EntityKind.PERSON,
        "people",
        Person,
        "Person",
        "People",
        "name",
        (_one("team_id", EntityKind.TEAM),),
    ),
    Kind(EntityKind.DATA_SOURCE, "data_sources", DataSource, "Data source", "Data sources", "name"),
    Kind(
        EntityKind.FRICTION_POINT,
        "friction_points",
        FrictionPoint,
        "Friction point",
        "Friction points",
        "title",
        (_one("team_id", EntityKind.TEAM),),
    ),
    Kind(
        EntityKind.USE_CASE,
        "use_cases",
        UseCase,
        "Use case",
        "Use cases",
        "name",
        (
            _one("stage_id", EntityKind.STAGE),
            _many("friction_point_ids", EntityKind.FRICTION_POINT),
            _many("team_ids", EntityKind.TEAM),
            _one("owner_id", EntityKind.PERSON),
            _many("data_source_ids", EntityKind.DATA_SOURCE),
            _many("depends_on", EntityKind.USE_CASE),
            _one("scaled_from", EntityKind.USE_CASE),
        ),
    ),
    Kind(
        EntityKind.MEASUREMENT,
        "measurements",
        Measurement,
        "Measurement",
        "Measurements",
        "id",
        (
            _one("metric_id", EntityKind.METRIC, OnDelete.CASCADE),
            _one("stage_id", EntityKind.STAGE, OnDelete.CASCADE),
            _one("use_case_id", EntityKind.USE_CASE, OnDelete.CASCADE),
            _one("team_id", EntityKind.TEAM, OnDelete.CASCADE),
        ),
    ),
    Kind(
        EntityKind.FEEDBACK,
        "feedback",
        Feedback,
        "Feedback",
        "Feedback",
        "text",
        (
            _one("stage_id", EntityKind.STAGE),
            _one("use_case_id", EntityKind.USE_CASE),
            _one("team_id", EntityKind.TEAM),
        ),
    ),
    Kind(
        EntityKind.DECISION,
        "decisions",
        GateDecision,
        "Gate decision",
        "Gate decisions",
        "outcome",
        (_one("stage_id", EntityKind.STAGE, OnDelete.CASCADE),),
    ),
    Kind(
        EntityKind.RISK,
        "risks",
        Risk,
        "Risk",
        "Risks",
        "title",
        (_one("stage_id", EntityKind.STAGE),),
    ),
    Kind(EntityKind.BASELINE, "baselines", Baseline, "Baseline", "Baselines", "name"),
    Kind(
        EntityKind.ACTION,
        "actions",
        Action,
        "Action",
        "Actions",
        "text",
        (
            _one("decision_id", EntityKind.DECISION, OnDelete.CASCADE),
            _one("stage_id", EntityKind.STAGE),
        ),
    ),
    Kind(
        EntityKind.REGISTER_ENTRY,
        "register_entries",
        RegisterEntry,
        "Register entry",
        "Register entries",
        "use_case_id",
        (
            _one("use_case_id", EntityKind.USE_CASE, OnDelete.CASCADE),
            _one("overseer_id", EntityKind.PERSON),
        ),
    ),
    Kind(
        EntityKind.LICENCE,
        "licences",
        Licence,
        "Licence",
        "Licences",
        "product",
        (_one("stage_id", EntityKind.STAGE, OnDelete.CASCADE), _one("team_id", EntityKind.TEAM)),
    ),
    Kind(
        EntityKind.ONE_OFF_COST,
        "one_off_costs",
        OneOffCost,
        "One-off cost",
        "One-off costs",
        "description",
        (_one("stage_id", EntityKind.STAGE, OnDelete.CASCADE),),
    ),
    Kind(
        EntityKind.IDEA,
        "ideas",
        Idea,
        "Idea",
        "Ideas",
        "title",
        (
            _one("team_id", EntityKind.TEAM),
            _one("friction_point_id", EntityKind.FRICTION_POINT),
            _one("feedback_id", EntityKind.FEEDBACK),
            _one("use_case_id", EntityKind.USE_CASE),
        ),
    ),
)

ROADMAP = EntityKind.ROADMAP
"""The kind of the roadmap's own fields (title, horizon …), beside the entity kinds."""

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
BY_ATTR: dict[str, Kind] = {k.attr: k for k in KINDS}
BY_MODEL: dict[type[Entity], Kind] = {k.model: k for k in KINDS}


def kind(name: str) -> Kind:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown entity kind {name!r}") from None


def referrers(target: str) -> Iterator[tuple[Kind, Ref]]:
    """Every (kind, reference) that may point at an entity of kind ``target``."""
    for k in KINDS:
        for ref in k.refs:
            if ref.target == target:
                yield k, ref


def ref_ids(entity: Any, ref: Ref) -> tuple[str, ...]:
    """The ids an entity's reference field holds (empty when unset)."""
    value = getattr(entity, ref.field)
    if ref.many:
        return tuple(value)
    return () if value is None else (value,)


def index_of(roadmap: Roadmap, kind_name: str) -> Mapping[str, int]:
    """id → position in the roadmap's list of that kind (built once per roadmap version,
    see :mod:`planner.model.index`)."""
    return positions(roadmap, BY_NAME[kind_name].attr)


def find(roadmap: Roadmap, kind_name: str, entity_id: str) -> Any | None:
    """The entity of that kind with that id, or None."""
    entities = BY_NAME[kind_name].entities(roadmap)
    pos = index_of(roadmap, kind_name).get(entity_id)
    return None if pos is None else entities[pos]


def kind_of_id(roadmap: Roadmap, entity_id: str) -> Kind | None:
    """The kind of the entity with that id, or None (ids are unique roadmap-wide)."""
    for k in KINDS:
        if entity_id in positions(roadmap, k.attr):
            return k
    return None
