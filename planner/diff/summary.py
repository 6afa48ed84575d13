"""Many changes of one sort said in one line: measurements, feedback, dates moved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from planner.diff.changes import Action, Change
from planner.diff.formats import fmt_date, quote_list, span_of_days, week_span
from planner.diff.names import Names

SUMMARISED_KINDS = frozenset({"measurement", "feedback"})
SUMMARY_THRESHOLD = 5
"""More changes of one action than this, in a summarised kind, become one line."""

PLAN_DATE_FIELDS = frozenset(
    {"planned_start", "planned_end", "gate_review", "horizon_start", "horizon_end"}
)
"""Dates that are plans (counted in the 'dates moved' summary); others are records."""


def group_lines(kind_name: str, changes: list[Change], names: Names) -> tuple[str, ...]:
    """What a group shows: each change's sentence, or one line for many of a sort."""
    changes = [c for c in changes if c.follows is None]  # said on the removal itself
    if kind_name not in SUMMARISED_KINDS:
        return tuple(c.sentence for c in changes)
    lines: list[str] = []
    for action in Action:
        of_action = [c for c in changes if c.action is action]
        if action is Action.CHANGED:
            entity_ids = list(dict.fromkeys(c.entity_id for c in of_action))
            many = len(entity_ids) > SUMMARY_THRESHOLD
        else:
            many = len(of_action) > SUMMARY_THRESHOLD
        if not many:
            lines += [c.sentence for c in of_action]
        elif kind_name == "measurement":
            lines.append(_measurement_summary(action, of_action, names))
        else:
            lines.append(_feedback_summary(action, of_action, names))
    return tuple(lines)


def _entities_of(changes: Iterable[Change], names: Names, kind_name: str) -> list[Any]:
    found: dict[str, Any] = {}
    for c in changes:
        if c.entity_id is None:
            continue
        entity = c.new if c.action is Action.ADDED else c.old
        if c.action is Action.CHANGED:
            entity = names.entity(kind_name, c.entity_id)
        if entity is not None:
            found.setdefault(c.entity_id, entity)
    return list(found.values())


def _measurement_summary(action: Action, changes: list[Change], names: Names) -> str:
    measurements = _entities_of(changes, names, "measurement")
    metrics = list(dict.fromkeys(names.title("metric", m.metric_id) for m in measurements))
    which = quote_list(metrics) if len(metrics) <= 3 else f"{len(metrics)} metrics"
    span = week_span([m.week for m in measurements])
    return f"{len(measurements)} measurements {action.value} {span} ({which})"


def _feedback_summary(action: Action, changes: list[Change], names: Names) -> str:
    entries = _entities_of(changes, names, "feedback")
    first, last = min(f.date for f in entries), max(f.date for f in entries)
    span = fmt_date(first) if first == last else f"{fmt_date(first)} – {fmt_date(last)}"
    return f"{len(entries)} feedback entries {action.value}, dated {span}"


def date_shift_summary(changes: Iterable[Change]) -> str:
    """``3 dates moved later by 1–2 weeks; 1 earlier by 3 days`` (empty when none moved)."""
    later: list[int] = []
    earlier: list[int] = []
    for c in changes:
        if (
            c.field in PLAN_DATE_FIELDS
            and isinstance(c.old, dt.date)
            and isinstance(c.new, dt.date)
        ):
            days = (c.new - c.old).days
            (later if days > 0 else earlier).append(abs(days))
    parts: list[str] = []
    for shifts, word in ((later, "later"), (earlier, "earlier")):
        if shifts:
            noun = "date" if len(shifts) == 1 else "dates"
            n = len(shifts)
            head = f"{n} {noun} moved {word}" if not parts else f"{n} {word}"
            parts.append(f"{head} by {span_of_days(min(shifts), max(shifts))}")
    return "; ".join(parts)
