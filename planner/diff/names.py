"""Entities named as a reader knows them: titles instead of ids, values with their units."""

from __future__ import annotations

from typing import Any

from planner import i18n
from planner.diff.formats import fmt_date, fmt_number, human, quote_list, quoted
from planner.i18n import _, ngettext
from planner.model.entities import Roadmap
from planner.model.fields import FieldType, field_label, field_phrase, field_spec
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
            pos = index_of(roadmap, kind_name).get(entity_id)
            if pos is not None:
                return entities[pos]
        return None

    def title(self, kind_name: str, entity_id: str) -> str:
        entity = self.entity(kind_name, entity_id)
        return entity_id if entity is None else BY_NAME[kind_name].title_of(entity)

    def ref(self, kind_name: str, entity_id: str) -> str:
        """``stage 'Writing assistance'``."""
        kind = _(BY_NAME[kind_name].label).lower()
        return _("{kind} '{name}'", kind=kind, name=self.title(kind_name, entity_id))

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
            metric = self.title("metric", entity.metric_id)
            stage = self.ref("stage", entity.stage_id)
            if field == "threshold":
                return _("Gate threshold '{metric}' for {stage}", metric=metric, stage=stage)
            return _("Gate criterion '{metric}' for {stage}", metric=metric, stage=stage)
        if kind.name == "measurement":
            return _(
                "Measurement of '{metric}' for {scope} in the week of {day}",
                metric=self.title("metric", entity.metric_id),
                scope=self.scope(entity),
                day=fmt_date(entity.week),
            )
        if kind.name == "decision":
            return _("Gate decision on {stage} of {day}", stage=self.ref("stage", entity.stage_id),
                     day=fmt_date(entity.date))  # fmt: skip
        if kind.name == "register_entry":
            return _("Register entry of {use_case}",
                     use_case=self.ref("use_case", entity.use_case_id))  # fmt: skip
        if kind.name == "feedback":
            text = " ".join(entity.text.split())
            snippet = (f"{text[:40]}…" if len(text) > 40 else text) if text else ""
            scope = self.scope(entity)
            day = fmt_date(entity.date)
            if scope and snippet:
                return _("Feedback of {day} on {scope} ('{text}')", day=day, scope=scope,
                         text=snippet)  # fmt: skip
            if scope:
                return _("Feedback of {day} on {scope}", day=day, scope=scope)
            if snippet:
                return _("Feedback of {day} ('{text}')", day=day, text=snippet)
            return _("Feedback of {day}", day=day)
        return _("{kind} '{name}'", kind=_(kind.label), name=kind.title_of(entity))

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
        if ftype in (FieldType.REF, FieldType.REFS, FieldType.NAMES):
            return _("(none)")
        return _("(empty)")
    if ftype is FieldType.DATE:
        return fmt_date(value)
    if ftype is FieldType.NUMBER:
        return fmt_number(value, unit_of(kind_name, field, entity, names) if entity else "")
    if ftype is FieldType.ENUM:
        return human(value)
    if ftype is FieldType.BOOL:
        return _("yes") if value else _("no")
    if ftype is FieldType.REF and ref is not None:
        return names.ref(ref.target, value)
    if ftype is FieldType.REFS and ref is not None:
        return quote_list([names.title(ref.target, i) for i in value])
    if ftype is FieldType.NAMES:
        return quote_list(list(value))
    if ftype is FieldType.ENTRIES:
        return ngettext("{count} recorded date", "{count} recorded dates", len(value))
    text = " ".join(str(value).split())
    return quoted(text) if len(text) <= 60 else quoted(f"{text[:57]}…")


def field_words(field: str) -> str:
    """How a sentence names a field: its English phrase (``review``, ``planned end``), in
    another language its translation, else the field's translated label in lower case."""
    phrase = field_phrase(field)
    translated = _(phrase)
    if translated != phrase or i18n.language() == "en":
        return translated
    return field_label(field).lower()
