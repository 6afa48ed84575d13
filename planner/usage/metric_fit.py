"""Which metric of a roadmap holds each standard usage figure (active users, habit…).

Read by the gate evaluation and the value report (the figures the usage import
stored) as well as by the import itself (:mod:`planner.usage.targets`), so it
depends on the model alone: evaluating gates does not load the readers and the
aggregation of the usage import.
"""

from __future__ import annotations

from planner.model.entities import Metric, MetricKind, MetricSource, Roadmap, UsageFigure

Quantity = UsageFigure
"""A figure the usage import produces (the same names as :mod:`planner.usage.aggregate`)."""


def name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _percent_like(metric: Metric) -> bool:
    return metric.unit.strip() == "%" or (metric.max_value == 100 and metric.min_value == 0)


def fit_score(metric: Metric, quantity: Quantity) -> int | None:
    """How well a metric fits a quantity (None: it does not)."""
    if metric.source is not MetricSource.MEASURED:
        return None
    name = name_key(metric.name)
    habit = "habit" in name
    if metric.standard is not None:
        return None  # marked as another figure
    if quantity is Quantity.HABITUAL:
        return 5 + _percent_like(metric) if habit else None
    if quantity is Quantity.SATISFACTION:
        return 5 if metric.kind is MetricKind.SATISFACTION else 3 if "satisf" in name else None
    if quantity is Quantity.MINUTES_SAVED:
        unit = metric.unit.casefold().strip()
        if metric.kind is not MetricKind.BENEFIT:
            return None
        return 5 if unit.startswith("min") else 2 if unit.startswith("h") else None
    word = {Quantity.POWER: "power", Quantity.NOVICE: "novice", Quantity.LOW: "low user"}
    if quantity in word:
        return 5 + _percent_like(metric) if word[quantity] in name else None
    if quantity is not Quantity.ACTIVE and quantity is not Quantity.ACTIONS:
        return None
    if quantity is Quantity.ACTIVE:
        if metric.kind is not MetricKind.ADOPTION or not _percent_like(metric) or habit:
            return None
        if "power" in name or "novice" in name or "low user" in name:
            return None
        return 3 * ("active" in name) + ("weekly" in name)
    if metric.kind is not MetricKind.FREQUENCY or _percent_like(metric):
        return None
    words = ("per active user", "per user", "uses", "actions", "prompts")
    return sum(2 for w in words if w in name)


def figure_metrics(roadmap: Roadmap) -> dict[Quantity, Metric]:
    """The metric already holding each figure: marked as that standard figure, else the
    measured metric that fits best (what an import would choose, without adding any)."""
    found: dict[Quantity, Metric] = {}
    for metric in roadmap.metrics:
        if metric.standard is not None and metric.source is MetricSource.MEASURED:
            found.setdefault(metric.standard, metric)
    taken = {m.id for m in found.values()}
    for quantity in Quantity:
        if quantity in found:
            continue
        scored = [
            (s, m)
            for m in roadmap.metrics
            if m.id not in taken and (s := fit_score(m, quantity)) is not None
        ]
        if scored:
            found[quantity] = max(scored, key=lambda item: item[0])[1]
            taken.add(found[quantity].id)
    return found
