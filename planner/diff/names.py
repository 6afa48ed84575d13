"""Entities named as a reader knows them: titles instead of ids, values with their units."""

from __future__ import annotations

from typing import Any

from planner.diff.formats import fmt_date, fmt_number, human, quote_list
from planner.model.entities import Roadmap
from planner.model.fields import FieldType, field_spec
from planner.model.kinds import BY_NAME, Kind, index_of


class Names:
    """Names of entities, looked up in each roadmap given in turn (newest first)."""

    def __init__(self, *roadmaps: Roadmap) -> None:
        self.roadmaps = roadmaps

    def entity(self, kind_name: str, entity_id: str | None) -> Any | None:
        if entity_id is None:
            return None
        kind = BY_NAME[kind_name]
        for roadmap in self.roadmaps:
            entities = kind.entities(roadmap)
            pos = index_of(entities).get(entity_id)
            if pos is not None:
                return entities[pos]
        return None

    def title(self, kind_name: str, entity_id: str) -> str:
        entity = self.entity(kind_name, entity_id)
        return entity_id if entity is None else BY_NAME[kind_name].title_of(entity)

    def ref(self, kind_name: str, entity_id: str) -> str:
        """``stage 'Writing assistance'``."""
        return f"{BY_NAME[kind_name].label.lower()} '{self.title(kind_name, entity_id)}'"

    def unit(self, metric_id: str | None) -> str:
        metric = self.entity("metric", metric_id)
        return metric.unit if metric is not None else ""

    def scope(self, entity: Any) -> str:
        parts = []
        if getattr(entity, "stage_id", None):
            parts.append(self.ref("stage", entity.stage_id))
        if getattr(entity, "use_case_id", None):
            parts.append(self.ref("use_case", entity.use_case_id))
        if getattr(entity, "team_id", None):
            parts.append(self.ref("team", entity.team_id))
        return ", ".join(parts)

    def subject(self, kind: Kind, entity: Any, field: str | None = None) -> str:
        """How an entity is named at the start of a sentence."""
        if kind.name == "criterion":
            label = "Gate threshold" if field == "threshold" else "Gate criterion"
            metric = self.title("metric", entity.metric_id)
            return f"{label} '{metric}' for {self.ref('stage', entity.stage_id)}"
        if kind.name == "measurement":
            metric = self.title("metric", entity.metric_id)
            return (
                f"Measurement of '{metric}' for {self.scope(entity)} "
                f"in the week of {fmt_date(entity.week)}"
            )
        if kind.name == "decision":
            return (
                f"Gate decision on {self.ref('stage', entity.stage_id)} of {fmt_date(entity.date)}"
            )
        if kind.name == "register_entry":
            return f"Register entry of {self.ref('use_case', entity.use_case_id)}"
        if kind.name == "feedback":
            about = f" on {self.scope(entity)}" if self.scope(entity) else ""
            text = " ".join(entity.text.split())
            snippet = f" ('{text[:40]}…')" if len(text) > 40 else (f" ('{text}')" if text else "")
            return f"Feedback of {fmt_date(entity.date)}{about}{snippet}"
        return f"{kind.label} '{kind.title_of(entity)}'"

    def money_unit(self) -> str:
        return self.roadmaps[0].currency


SPECIAL_SUBJECT = frozenset({"criterion", "measurement", "decision", "feedback", "register_entry"})
"""Kinds :meth:`Names.subject` names by what they are about rather than by a title."""


def unit_of(kind_name: Kind | str, field: str, entity: Any, names: Names) -> str:
    """The unit a field's number is written with (the metric's, the currency, hours …)."""
    kname = kind_name if isinstance(kind_name, str) else kind_name.name
    if field in ("threshold", "value") and kname in ("criterion", "measurement"):
        return names.unit(entity.metric_id)
    if field in ("min_value", "max_value") and kname == "metric":
        return str(entity.unit)
    if field in ("value_per_year", "cost_per_year", "hourly_cost"):
        return names.money_unit()
    if field in ("expected_hours_saved", "hours_lost_per_week"):
        return "h"
    if field == "progress":
        return "%"
    return ""


def value_text(names: Names, kind_name: str, field: str, entity: Any, value: Any) -> str:
    """One field value as a reader sees it (names instead of ids, units, dates)."""
    spec = field_spec(kind_name, field)
    ftype, ref = spec.family, spec.ref
    if value is None or value == ():
        return "(none)" if ftype in (FieldType.REF, FieldType.REFS, FieldType.NAMES) else "(empty)"
    if ftype is FieldType.DATE:
        return fmt_date(value)
    if ftype is FieldType.NUMBER:
        return fmt_number(value, unit_of(kind_name, field, entity, names) if entity else "")
    if ftype is FieldType.ENUM:
        return human(value)
    if ftype is FieldType.BOOL:
        return "yes" if value else "no"
    if ftype is FieldType.REF and ref is not None:
        return names.ref(ref.target, value)
    if ftype is FieldType.REFS and ref is not None:
        return quote_list([names.title(ref.target, i) for i in value])
    if ftype is FieldType.NAMES:
        return quote_list(list(value))
    if ftype is FieldType.ENTRIES:
        return f"{len(value)} recorded dates"
    text = " ".join(str(value).split())
    return f"'{text}'" if len(text) <= 60 else f"'{text[:57]}…'"
