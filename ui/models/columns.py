"""The columns of each table: stored fields that edit in place, and computed ones.

A column is either a field of the entity (editable with the editor its type
calls for) or a value computed from the roadmap (read-only, shown in italics
with a tooltip saying where it comes from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.measures import derived
from planner.measures.tables import DerivedTables
from planner.model.entities import Roadmap
from planner.model.fields import FieldSpec, ValueType, field_label, field_spec
from planner.model.kinds import EntityKind
from ui.models.display import Format, format_computed, format_field, sort_key
from ui.models.labels import QT_TRANSLATE_NOOP

Compute = Callable[[DerivedTables, Any], Any]
"""A computed column's value: read from the planner's derived tables of the document's
roadmap version and as-of date (ui only adapts; the rules live in planner.evidence)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


@dataclass(frozen=True)
class Column:
    key: str
    """The field name, or a name for a computed column."""
    kind: str
    field: str | None = None
    """The stored field this column shows and edits; None for a computed column."""
    compute: Compute | None = None
    format: Format = Format.NUMBER
    label: Callable[[], str] | None = None
    tip: Callable[[], str] | None = None
    """For a computed column: what it is computed from (header and cell tooltip)."""
    cell_tip: Compute | None = None
    depends: frozenset[EntityKind] = frozenset()
    """Kinds (other than its own) a computed value reads."""

    @property
    def spec(self) -> FieldSpec | None:
        return None if self.field is None else field_spec(self.kind, self.field)

    @property
    def computed(self) -> bool:
        return self.field is None

    def title(self) -> str:
        if self.label is not None:
            return self.label()
        return field_label(self.field or self.key)

    def raw(self, tables: DerivedTables, entity: Any) -> Any:
        if self.field is not None:
            return getattr(entity, self.field)
        assert self.compute is not None
        return self.compute(tables, entity)

    def text(self, roadmap: Roadmap, value: Any) -> str | None:
        spec = self.spec
        if spec is None:
            return format_computed(value, self.format, roadmap)
        return format_field(spec, value, roadmap)

    def sort_key(self, roadmap: Roadmap, value: Any) -> tuple[int, Any]:
        if self.format is Format.ENUM and isinstance(value, Enum):
            return (0, list(type(value)).index(value))
        return sort_key(self.spec, value, roadmap)

    @property
    def numeric(self) -> bool:
        spec = self.spec
        if spec is None:
            return True
        return spec.value_type in (ValueType.INT, ValueType.FLOAT, ValueType.DATE)


def _fields(kind: str, *names: str) -> list[Column]:
    return [Column(name, kind, field=name) for name in names]


def _derived_tip(text: str) -> Callable[[], str]:
    return lambda: (
        _tr(text)
        + "\n"
        + QCoreApplication.translate("Columns", "Computed: change the values it comes from.")
    )


def _value_tip(tables: DerivedTables, entity: Any) -> str:
    basis = tables.use_case_value[entity.id].basis
    return {
        derived.ValueBasis.ENTERED: QCoreApplication.translate(
            "Columns", "Entered value per year."
        ),
        derived.ValueBasis.HOURS_SAVED: QCoreApplication.translate(
            "Columns", "Hours saved per user per week × users × working weeks × hourly cost."
        ),
        derived.ValueBasis.FRICTION: QCoreApplication.translate(
            "Columns", "Share of the yearly cost of the friction points it addresses."
        ),
        derived.ValueBasis.NONE: QCoreApplication.translate(
            "Columns", "No value: enter one, hours saved or friction points."
        ),
    }[basis]


_VALUE_READS = frozenset(
    {EntityKind.TEAM, EntityKind.STAGE, EntityKind.FRICTION_POINT, EntityKind.ROADMAP}
)
"""What a use case's value and ROI read besides the use case."""
_USE_CASE_VALUE = Column(
    "value",
    "use_case",
    compute=lambda t, e: t.use_case_value[e.id].value_per_year,
    format=Format.MONEY,
    label=lambda: QCoreApplication.translate("Columns", "Value / year"),
    tip=_derived_tip(
        QT_TRANSLATE_NOOP(
            "Columns", "Value per year: entered, else from hours saved, else from friction."
        )
    ),
    cell_tip=_value_tip,
    depends=frozenset(
        {EntityKind.TEAM, EntityKind.STAGE, EntityKind.FRICTION_POINT, EntityKind.ROADMAP}
    ),
)
_USE_CASE_ROI = Column(
    "roi",
    "use_case",
    compute=lambda t, e: t.use_case_roi[e.id],
    format=Format.RATIO_PERCENT,
    label=lambda: QCoreApplication.translate("Columns", "ROI"),
    tip=_derived_tip(QT_TRANSLATE_NOOP("Columns", "Return on investment: (value − cost) ÷ cost.")),
    depends=frozenset(
        {EntityKind.TEAM, EntityKind.STAGE, EntityKind.FRICTION_POINT, EntityKind.ROADMAP}
    ),
)
_USE_CASE_READINESS = Column(
    "data_readiness",
    "use_case",
    compute=lambda t, e: t.use_case_readiness[e.id],
    format=Format.INTEGER,
    label=lambda: QCoreApplication.translate("Columns", "Data readiness"),
    tip=_derived_tip(
        QT_TRANSLATE_NOOP("Columns", "The weakest readiness (0–4) of the data sources it needs.")
    ),
    depends=frozenset({EntityKind.DATA_SOURCE}),
)


_USE_CASE_TIER = Column(
    "tier",
    "use_case",
    compute=lambda t, e: t.use_case_screening[e.id].tier,
    format=Format.ENUM,
    label=lambda: QCoreApplication.translate("Columns", "AI Act tier"),
    tip=_derived_tip(
        QT_TRANSLATE_NOOP(
            "Columns",
            "Risk tier under the EU AI Act, from the screening in the use case's register "
            "(or set by hand with a justification). Decision support, not legal advice.",
        )
    ),
    cell_tip=lambda t, e: "\n".join(t.use_case_screening[e.id].reasons),
    depends=frozenset({EntityKind.REGISTER_ENTRY}),
)


def _friction_hours(t: DerivedTables, e: Any) -> float:
    return t.friction_hours[e.id]


def _friction_cost(t: DerivedTables, e: Any) -> float:
    return t.friction_cost[e.id]


def _risk_score(t: DerivedTables, e: Any) -> int:
    return int(e.likelihood * e.impact)


COLUMNS: dict[str, list[Column]] = {
    "stage": [
        *_fields(
            "stage",
            "name",
            "status",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "gate_review",
            "target_users",
            "team_ids",
        ),
        Column(
            "use_cases",
            "stage",
            compute=lambda t, e: t.stage_use_cases[e.id],
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "Use cases"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP("Columns", "How many use cases belong to the stage.")
            ),
            depends=frozenset({EntityKind.USE_CASE}),
        ),
        Column(
            "criteria",
            "stage",
            compute=lambda t, e: t.stage_criteria[e.id],
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "Gate criteria"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP("Columns", "How many gate criteria guard the stage.")
            ),
            depends=frozenset({EntityKind.CRITERION}),
        ),
        *_fields("stage", "goal"),
    ],
    "criterion": _fields(
        "criterion",
        "stage_id",
        "metric_id",
        "comparator",
        "threshold",
        "mandatory",
        "window",
        "window_weeks",
        "note",
    ),
    "use_case": [
        *_fields(
            "use_case",
            "name",
            "stage_id",
            "status",
        ),
        _USE_CASE_TIER,
        *_fields(
            "use_case",
            "planned_start",
            "planned_end",
            "progress",
            "owner_id",
            "team_ids",
            "friction_point_ids",
            "tool",
            "expected_hours_saved",
            "value_per_year",
            "cost_per_year",
        ),
        _USE_CASE_VALUE,
        _USE_CASE_ROI,
        *_fields("use_case", "effort", "data_source_ids"),
        _USE_CASE_READINESS,
        *_fields("use_case", "depends_on", "description"),
    ],
    "friction_point": [
        *_fields(
            "friction_point",
            "title",
            "process",
            "team_id",
            "kind",
            "hours_lost_per_week",
            "people_affected",
        ),
        Column(
            "hours_per_year",
            "friction_point",
            compute=_friction_hours,
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "Hours lost / year"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP(
                    "Columns", "Hours per person per week × people affected × working weeks."
                )
            ),
            depends=frozenset({EntityKind.ROADMAP}),
        ),
        Column(
            "cost_per_year",
            "friction_point",
            compute=_friction_cost,
            format=Format.MONEY,
            label=lambda: QCoreApplication.translate("Columns", "Cost / year"),
            tip=_derived_tip(QT_TRANSLATE_NOOP("Columns", "Hours lost per year × hourly cost.")),
            depends=frozenset({EntityKind.ROADMAP}),
        ),
        *_fields("friction_point", "notes"),
    ],
    "team": [
        *_fields("team", "name", "department", "headcount"),
        Column(
            "people",
            "team",
            compute=lambda t, e: t.teams[e.id].people,
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "People listed"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP(
                    "Columns", "How many people of the People table belong to the team."
                )
            ),
            depends=frozenset({EntityKind.PERSON}),
        ),
        Column(
            "ambassadors_per_100",
            "team",
            compute=lambda t, e: t.teams[e.id].ambassadors_per_100,
            format=Format.NUMBER,
            label=lambda: QCoreApplication.translate("Columns", "Ambassadors / 100"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP(
                    "Columns", "Ambassadors of the team per 100 people of its headcount."
                )
            ),
            depends=frozenset({EntityKind.PERSON}),
        ),
        Column(
            "training_coverage",
            "team",
            compute=lambda t, e: t.teams[e.id].training_coverage,
            format=Format.PERCENT,
            label=lambda: QCoreApplication.translate("Columns", "Key users trained"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP(
                    "Columns",
                    "Share of the team's key users trained on or before the as-of date.",
                )
            ),
            depends=frozenset({EntityKind.PERSON}),
        ),
    ],
    "person": _fields(
        "person", "name", "role", "team_id", "email", "is_ambassador", "is_key_user", "trained_on"
    ),
    "data_source": [
        *_fields(
            "data_source",
            "name",
            "owner",
            "location",
            "storage",
            "access",
            "governance",
            "sensitivity",
        ),
        Column(
            "readiness",
            "data_source",
            compute=lambda t, e: t.data_source_readiness[e.id],
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "Readiness (0–4)"),
            tip=_derived_tip(
                QT_TRANSLATE_NOOP(
                    "Columns",
                    "0 if unavailable; else 1, +1 if centralised, "
                    "+1 defined or +2 enforced governance.",
                )
            ),
        ),
    ],
    "measurement": _fields(
        "measurement",
        "week",
        "metric_id",
        "stage_id",
        "use_case_id",
        "team_id",
        "value",
        "sample_size",
        "source",
    ),
    "feedback": _fields(
        "feedback", "date", "kind", "sentiment", "stage_id", "use_case_id", "team_id", "text"
    ),
    "decision": _fields(
        "decision",
        "date",
        "stage_id",
        "review",
        "outcome",
        "suggested",
        "rationale",
        "conditions",
        "attendees",
    ),
    "action": _fields(
        "action", "text", "owner", "due", "status", "closed_on", "stage_id", "decision_id"
    ),
    "risk": [
        *_fields("risk", "title", "likelihood", "impact"),
        Column(
            "score",
            "risk",
            compute=_risk_score,
            format=Format.INTEGER,
            label=lambda: QCoreApplication.translate("Columns", "Score"),
            tip=_derived_tip(QT_TRANSLATE_NOOP("Columns", "Likelihood × impact (1–25).")),
        ),
        *_fields("risk", "status", "owner", "stage_id", "mitigation"),
    ],
    "licence": [
        *_fields("licence", "stage_id", "team_id", "product", "start", "seats"),
        *_fields("licence", "price_per_seat_month"),
        Column(
            "cost_per_month",
            "licence",
            compute=lambda t, e: e.seats * e.price_per_seat_month,
            format=Format.MONEY,
            label=lambda: QCoreApplication.translate("Columns", "Cost / month"),
            tip=_derived_tip(QT_TRANSLATE_NOOP("Columns", "Seats × price per seat per month.")),
        ),
        *_fields("licence", "source", "note"),
    ],
    "one_off_cost": _fields(
        "one_off_cost", "date", "stage_id", "category", "description", "amount", "note"
    ),
    "idea": _fields(
        "idea",
        "title",
        "date",
        "team_id",
        "friction_point_id",
        "effort",
        "confidence",
        "raised_by",
        "use_case_id",
        "feedback_id",
        "notes",
    ),
    "metric": _fields(
        "metric",
        "name",
        "unit",
        "kind",
        "direction",
        "source",
        "rollup",
        "min_value",
        "max_value",
        "description",
    ),
}


LEADING: dict[str, tuple[str, ...]] = {
    "stage": ("name", "status", "gate_review", "planned_start", "planned_end"),
    "use_case": ("name", "status", "value", "roi", "tier", "stage_id"),
    "friction_point": ("title", "cost_per_year", "hours_per_year"),
    "data_source": ("name", "readiness"),
    "measurement": ("metric_id", "week", "value"),
    "decision": ("stage_id", "date", "outcome"),
    "risk": ("title", "score", "status"),
}
"""Columns a table shows first, in this order, whatever their place in :data:`COLUMNS`:
the row's name, then its status and value, so what matters is in view without
scrolling. The first one stays in view when the table scrolls sideways."""


def columns(kind: str, hidden: frozenset[str] = frozenset()) -> list[Column]:
    """The table columns of a kind, without the hidden ones (e.g. the stage of a
    criteria table that already shows one stage's criteria)."""
    return [c for c in COLUMNS[kind] if c.key not in hidden]


def dependencies(kind: str, cols: list[Column]) -> frozenset[EntityKind]:
    """Every kind whose change may alter what these columns show."""
    found = {EntityKind(kind), EntityKind.ROADMAP}
    for col in cols:
        found |= col.depends
        spec = col.spec
        if spec is not None and spec.ref is not None:
            found.add(spec.ref.target)
    # Titles of criteria, measurements and decisions are built from their metric or stage.
    titled_by = {"criterion": EntityKind.METRIC, "measurement": EntityKind.METRIC}
    titled_by["decision"] = EntityKind.STAGE
    if kind in titled_by:
        found.add(titled_by[kind])
    return frozenset(found)
