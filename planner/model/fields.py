"""The registry of fields: what each field of the roadmap and its entities holds.

Read once from the pydantic models (annotations and ``Field`` constraints),
so comparison, merging, the app's tables and forms never disagree about a
field: a date is compared and edited as a date, a list of references element
by element, and a spin box's limits are the model's. Each field also has its
names: the label of a column or form (translated, :func:`field_label`) and
the phrase a comparison's English sentence uses (:func:`field_phrase`).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from planner.i18n import N_, _
from planner.model.entities import BaselineEntry, Roadmap
from planner.model.kinds import BY_MODEL, BY_NAME, KINDS, ROADMAP, Ref

LONG_TEXT_LENGTH = 1000
"""Text fields allowed to be longer than this are multi-line (descriptions, notes)."""


class ValueType(StrEnum):
    """What a field holds, as an editor sees it."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    BOOL = "bool"
    ENUM = "enum"
    REF = "ref"
    REFS = "refs"
    TEXTS = "texts"
    """A list of free single-line texts (the attendees of a decision)."""
    COLOUR = "colour"
    ENTRIES = "entries"
    """A baseline's recorded dates (not edited field by field)."""


class FieldType(StrEnum):
    """What a field holds, as a comparison sees it (how values differ and are said)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    ENUM = "enum"
    BOOL = "bool"
    REF = "reference"
    REFS = "references"
    NAMES = "names"
    ENTRIES = "entries"


_FAMILY = {
    ValueType.TEXT: FieldType.TEXT,
    ValueType.LONG_TEXT: FieldType.TEXT,
    ValueType.COLOUR: FieldType.TEXT,
    ValueType.INT: FieldType.NUMBER,
    ValueType.FLOAT: FieldType.NUMBER,
    ValueType.DATE: FieldType.DATE,
    ValueType.BOOL: FieldType.BOOL,
    ValueType.ENUM: FieldType.ENUM,
    ValueType.REF: FieldType.REF,
    ValueType.REFS: FieldType.REFS,
    ValueType.TEXTS: FieldType.NAMES,
    ValueType.ENTRIES: FieldType.ENTRIES,
}


@dataclass(frozen=True)
class FieldSpec:
    kind: str
    name: str
    value_type: ValueType
    optional: bool
    required: bool
    """The field has no default: a new entity must be given a value."""
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    min_length: int | None = None
    enum: type[StrEnum] | None = None
    ref: Ref | None = None

    @property
    def family(self) -> FieldType:
        return _FAMILY[self.value_type]


# ------------------------------------------------------------------ reading


def _constraints(metadata: list[Any], into: dict[str, Any]) -> None:
    for item in metadata:
        if isinstance(item, FieldInfo):
            _constraints(list(item.metadata), into)
            continue
        for attr, key in (
            ("ge", "minimum"),
            ("gt", "minimum"),
            ("le", "maximum"),
            ("lt", "maximum"),
            ("max_length", "max_length"),
            ("min_length", "min_length"),
            ("pattern", "pattern"),
        ):
            value = getattr(item, attr, None)
            if value is not None:
                into[key] = value


def _unwrap(annotation: Any, into: dict[str, Any]) -> tuple[Any, bool]:
    """Strip ``Annotated`` and ``| None`` layers; collect constraints on the way."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *meta = typing.get_args(annotation)
            _constraints(meta, into)
            annotation = base
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = True
            annotation = args[0]
        else:
            return annotation, optional


def _read(model: type[BaseModel], name: str, kind: str, ref: Ref | None) -> FieldSpec:
    info = model.model_fields[name]
    found: dict[str, Any] = {}
    _constraints(list(info.metadata), found)
    base, optional = _unwrap(info.annotation, found)
    enum: type[StrEnum] | None = None
    if ref is not None:
        value_type = ValueType.REFS if ref.many else ValueType.REF
    elif typing.get_origin(base) is tuple:
        item_found: dict[str, Any] = {}
        item, _ = _unwrap(typing.get_args(base)[0], item_found)
        value_type = ValueType.ENTRIES if item is BaselineEntry else ValueType.TEXTS
        found["max_length"] = item_found.get("max_length")
    elif isinstance(base, type) and issubclass(base, Enum):
        value_type = ValueType.ENUM
        enum = base  # type: ignore[assignment]
    elif base is bool:
        value_type = ValueType.BOOL
    elif base is int:
        value_type = ValueType.INT
    elif base is float:
        value_type = ValueType.FLOAT
    elif base is dt.date:
        value_type = ValueType.DATE
    elif str(found.get("pattern", "")).startswith("^#"):
        value_type = ValueType.COLOUR
    elif (found.get("max_length") or 0) > LONG_TEXT_LENGTH:
        value_type = ValueType.LONG_TEXT
    else:
        value_type = ValueType.TEXT
    return FieldSpec(
        kind=kind,
        name=name,
        value_type=value_type,
        optional=optional,
        required=info.is_required(),
        minimum=found.get("minimum"),
        maximum=found.get("maximum"),
        max_length=found.get("max_length"),
        min_length=found.get("min_length"),
        enum=enum,
        ref=ref,
    )


@cache
def field_spec(kind_name: str, field: str) -> FieldSpec:
    """One field of an entity kind, or of the roadmap itself (kind ``"roadmap"``).

    Cached by name: the models never change while the program runs.
    """
    if kind_name == ROADMAP:
        return _read(Roadmap, field, ROADMAP, None)
    kind = BY_NAME[kind_name]
    ref = next((r for r in kind.refs if r.field == field), None)
    return _read(kind.model, field, kind_name, ref)


def field_type(model: type[Any], name: str, ref: Ref | None = None) -> FieldType:
    """How a field of a model is compared and described."""
    kind = ROADMAP if model is Roadmap else BY_MODEL[model].name
    spec = field_spec(kind, name)
    if ref != spec.ref:
        return _read(model, name, kind, ref).family
    return spec.family


def base_type(model: type[Any], name: str) -> Any:
    """A field's type without ``None`` and constraints (``int``, ``dt.date``, an enum …)."""
    return _unwrap(model.model_fields[name].annotation, {})[0]


def editable_fields(kind_name: str) -> list[str]:
    """Every field of a kind a person may edit, in model order (not the id)."""
    if kind_name == ROADMAP:
        lists = {k.attr for k in KINDS}
        return [n for n in Roadmap.model_fields if n != "lineage" and n not in lists]
    return [name for name in BY_NAME[kind_name].model.model_fields if name != "id"]


# ------------------------------------------------------------------- names

_LABELS: dict[str, str] = {
    "name": N_("Name"),
    "title": N_("Title"),
    "goal": N_("Goal"),
    "description": N_("Description"),
    "unit": N_("Unit"),
    "kind": N_("Kind"),
    "direction": N_("Direction"),
    "source": N_("Source"),
    "rollup": N_("Roll-up"),
    "standard": N_("Usage figure"),
    "min_value": N_("Minimum"),
    "max_value": N_("Maximum"),
    "planned_start": N_("Planned start"),
    "planned_end": N_("Planned end"),
    "actual_start": N_("Actual start"),
    "actual_end": N_("Actual end"),
    "status": N_("Status"),
    "target_users": N_("Target users"),
    "team_ids": N_("Teams"),
    "gate_review": N_("Gate review"),
    "colour": N_("Colour"),
    "stage_id": N_("Stage"),
    "metric_id": N_("Metric"),
    "comparator": N_("Comparator"),
    "threshold": N_("Threshold"),
    "mandatory": N_("Mandatory"),
    "window": N_("Evaluated on"),
    "window_weeks": N_("Weeks in window"),
    "note": N_("Note"),
    "friction_point_ids": N_("Friction points"),
    "tool": N_("Tool"),
    "owner_id": N_("Owner"),
    "owner": N_("Owner"),
    "progress": N_("Progress %"),
    "expected_hours_saved": N_("Hours saved / user / week"),
    "value_per_year": N_("Value per year (entered)"),
    "cost_per_year": N_("Cost per year"),
    "effort": N_("Effort"),
    "data_source_ids": N_("Data sources"),
    "depends_on": N_("Depends on"),
    "scaled_from": N_("Scaled out from"),
    "raised_by": N_("Raised by (optional)"),
    "confidence": N_("Confidence"),
    "feedback_id": N_("From feedback"),
    "friction_point_id": N_("Friction point"),
    "proven_active_min": N_("Proven at active users ≥ (%)"),
    "proven_value_min": N_("Proven at value per seat ≥ (% of price)"),
    "process": N_("Process"),
    "team_id": N_("Team"),
    "hours_lost_per_week": N_("Hours lost / person / week"),
    "people_affected": N_("People affected"),
    "notes": N_("Notes"),
    "department": N_("Department"),
    "headcount": N_("Headcount"),
    "role": N_("Role"),
    "email": N_("E-mail"),
    "is_ambassador": N_("Ambassador"),
    "is_key_user": N_("Key user"),
    "trained_on": N_("Trained on"),
    "location": N_("Location"),
    "storage": N_("Storage"),
    "access": N_("Access"),
    "governance": N_("Governance"),
    "sensitivity": N_("Sensitivity"),
    "use_case_id": N_("Use case"),
    "week": N_("Week (Monday)"),
    "value": N_("Value"),
    "sample_size": N_("Sample size"),
    "date": N_("Date"),
    "sentiment": N_("Sentiment"),
    "text": N_("Text"),
    "review": N_("Answers the review of"),
    "due": N_("Due"),
    "closed_on": N_("Closed on"),
    "decision_id": N_("Decision"),
    "outcome": N_("Outcome"),
    "suggested": N_("Suggested by evidence"),
    "rationale": N_("Rationale"),
    "conditions": N_("Conditions"),
    "attendees": N_("Attendees"),
    "likelihood": N_("Likelihood (1–5)"),
    "impact": N_("Impact (1–5)"),
    "mitigation": N_("Mitigation"),
    "captured_on": N_("Captured on"),
    "organisation": N_("Organisation"),
    "objective": N_("Strategic objective"),
    "currency": N_("Currency"),
    "hourly_cost": N_("Cost of an hour of work"),
    "working_weeks": N_("Working weeks per year"),
    "horizon_start": N_("Horizon start"),
    "horizon_end": N_("Horizon end"),
    "min_group_size": N_("Smallest group stored"),
    "ai_literacy_target": N_("AI literacy target (% trained)"),
    # The responsible-AI register (a use case's register entry)
    "intended_purpose": N_("Intended purpose"),
    "vendor": N_("Vendor"),
    "ai_model": N_("Model"),
    "ai_model_version": N_("Model version"),
    "business_process": N_("Business process"),
    "affected": N_("Affected people"),
    "personal_data": N_("Personal data used"),
    "dpia_reference": N_("Data-protection impact assessment (link)"),
    "oversight": N_("Human oversight"),
    "overseer_id": N_("Overseer"),
    "instructions_reference": N_("Provider's instructions for use"),
    "log_location": N_("Logs kept in"),
    "log_retention_months": N_("Logs kept for (months)"),
    "workers_informed_on": N_("Workers' representatives informed on"),
    "fria_on": N_("Fundamental-rights assessment done on"),
    "fria_reference": N_("Fundamental-rights assessment (link)"),
    "notice_reference": N_("How people are told"),
    "review_on": N_("Next review"),
    "lifecycle": N_("Lifecycle"),
    "answers": N_("Screening answers"),
    "exception_reason": N_("Why the Art. 6(3) exception applies"),
    "override_tier": N_("Tier set by hand"),
    "override_reason": N_("Justification"),
    "sources": N_("Sources"),
    "recapture_rate": N_("Recapture rate (% of saved time)"),
    "minutes_per_action": N_("Minutes saved per AI action"),
    "product": N_("Product"),
    "start": N_("From"),
    "seats": N_("Seats"),
    "price_per_seat_month": N_("Price per seat per month"),
    "category": N_("Category"),
    "amount": N_("Amount"),
}
"""Column and form labels (English source, translated by :func:`field_label`)."""

PHRASES: dict[str, str] = {
    "gate_review": "review",
    "review": "review answered",
    "decision_id": "decision",
    "team_ids": "teams",
    "friction_point_ids": "friction points",
    "data_source_ids": "data sources",
    "depends_on": "dependencies",
    "scaled_from": "scales out",
    "feedback_id": "feedback",
    "friction_point_id": "friction point",
    "proven_active_min": "active users a team needs for a use case to be proven",
    "proven_value_min": "value per seat a use case needs to be proven",
    "owner_id": "owner",
    "stage_id": "stage",
    "metric_id": "metric",
    "use_case_id": "use case",
    "team_id": "team",
    "expected_hours_saved": "expected hours saved per user per week",
    "hours_lost_per_week": "hours lost per person per week",
    "window": "evaluation window",
    "window_weeks": "evaluation window (weeks)",
    "min_value": "minimum",
    "max_value": "maximum",
    "min_group_size": "minimum group size",
    "captured_on": "capture date",
    "trained_on": "training date",
    "suggested": "suggested outcome",
    "week": "week",
    "overseer_id": "overseer",
    "ai_model": "model",
    "ai_model_version": "model version",
    "dpia_reference": "data-protection impact assessment",
    "fria_on": "fundamental-rights assessment date",
    "fria_reference": "fundamental-rights assessment",
    "review_on": "next review",
    "workers_informed_on": "date workers' representatives were informed",
    "price_per_seat_month": "price per seat per month",
    "start": "start date",
}
"""How the comparison's and merge's (English) sentences name a field, where its name
with spaces would not do."""


def field_label(field: str) -> str:
    """The label of a field, as shown in column headers and forms, in the planner's
    language (``Planned end``)."""
    source = _LABELS.get(field)
    return field.replace("_", " ").capitalize() if source is None else _(source)


def field_phrase(field: str) -> str:
    """How an English sentence names a field (``expected hours saved per user per week``)."""
    return PHRASES.get(field, field.replace("_", " "))
