"""Compare two versions of a roadmap, by stable ids, in sentences a committee reads.

:func:`compare` walks the registry of kinds (:mod:`planner.model.kinds`) and every
field of every model, so no kind or field is forgotten: entities added,
removed and changed field by field, plus the roadmap's own fields and the
order of stages. Each :class:`Change` keeps the kind, id, field and both
values, so the app can jump to it; its sentence uses names, never ids.
Lineage is not compared; :attr:`Comparison.relation` says which file is newer
when the lineage allows.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from typing import Any

from pydantic_core import to_jsonable_python

from planner.file.lineage import Relation, relation
from planner.model.entities import BaselineEntry, Comparator, Roadmap
from planner.model.kinds import BY_NAME, KINDS, Kind, Ref, index_of

ROADMAP = "roadmap"

GROUP_ORDER: tuple[str, ...] = (
    ROADMAP,
    "stage",
    "criterion",
    "use_case",
    "licence",
    "one_off_cost",
    "friction_point",
    "risk",
    "decision",
    "team",
    "person",
    "data_source",
    "metric",
    "measurement",
    "feedback",
    "baseline",
)
"""Order of the groups in a comparison: what a steering committee reads first."""

SUMMARISED_KINDS = frozenset({"measurement", "feedback"})
SUMMARY_THRESHOLD = 5
"""More changes of one action than this, in a summarised kind, become one line."""

PLAN_DATE_FIELDS = frozenset(
    {"planned_start", "planned_end", "gate_review", "horizon_start", "horizon_end"}
)
"""Dates that are plans (counted in the 'dates moved' summary); others are records."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Action(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    REORDERED = "reordered"


@dataclass(frozen=True)
class Change:
    action: Action
    kind: str
    """Kind name (:data:`planner.model.kinds.KINDS`) or ``"roadmap"``."""
    entity_id: str | None
    field: str | None
    old: Any
    new: Any
    sentence: str
    follows: str | None = None
    """Id of a removed entity when this change only detaches a reference to it."""

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "kind": self.kind,
            "id": self.entity_id,
            "field": self.field,
            "old": to_jsonable_python(self.old),
            "new": to_jsonable_python(self.new),
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Group:
    kind: str
    label: str
    changes: tuple[Change, ...]
    lines: tuple[str, ...]
    """What to show: each change's sentence, or summaries when there are many."""


@dataclass(frozen=True)
class Comparison:
    groups: tuple[Group, ...]
    overview: tuple[str, ...]
    """Summary lines (dates moved) shown before the groups."""
    relation: Relation

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for g in self.groups for c in g.changes)

    @property
    def empty(self) -> bool:
        return not self.groups

    def counts(self) -> dict[str, int]:
        counted = Counter(c.action.value for c in self.changes)
        return {a.value: counted.get(a.value, 0) for a in Action}

    def as_json(self) -> dict[str, Any]:
        return {
            "relation": {
                "kind": self.relation.kind.value,
                "newer": {"a": "old", "b": "new"}.get(self.relation.newer or ""),
                "sentence": self.relation.sentence,
            },
            "differences": not self.empty,
            "counts": self.counts(),
            "overview": list(self.overview),
            "groups": [
                {
                    "kind": g.kind,
                    "label": g.label,
                    "lines": list(g.lines),
                    "changes": [c.as_json() for c in g.changes],
                }
                for g in self.groups
            ],
        }


def compare(
    old: Roadmap, new: Roadmap, old_name: str = "the old file", new_name: str = "the new file"
) -> Comparison:
    """What changed from ``old`` to ``new``, grouped by kind of entity.

    The names are used in the sentence saying which file is newer.
    """
    names = Names(new, old)
    removed = _removed_ids(old, new)
    by_kind: dict[str, list[Change]] = {ROADMAP: _roadmap_changes(old, new, names)}
    for kind in KINDS:
        by_kind[kind.name] = _kind_changes(kind, old, new, names, removed)
    _fold_detaches(by_kind)
    groups = []
    for name in GROUP_ORDER:
        changes = by_kind.get(name, [])
        if changes:
            label = "Roadmap" if name == ROADMAP else BY_NAME[name].label_plural
            groups.append(Group(name, label, tuple(changes), _lines(name, changes, names)))
    all_changes = [c for g in groups for c in g.changes]
    overview = tuple(filter(None, [_date_shift_summary(all_changes)]))
    return Comparison(tuple(groups), overview, relation(old, new, old_name, new_name))


def change_sentences(comparison: Comparison) -> list[tuple[str, str]]:
    """(group, sentence) pairs, for the workbook's Changes sheet."""
    rows = [("Summary", line) for line in comparison.overview]
    for group in comparison.groups:
        rows += [(group.label, line) for line in group.lines]
    return rows


def as_text(comparison: Comparison) -> list[str]:
    """The comparison as readable lines, grouped (what ``pilot-planner diff`` prints)."""
    if comparison.empty:
        return ["No differences."]
    lines = list(comparison.overview)
    for group in comparison.groups:
        if not group.lines:
            continue  # only detached references, said on the removal
        if lines:
            lines.append("")
        lines.append(group.label)
        lines += [f"  - {line}" for line in group.lines]
    return lines


# --------------------------------------------------------------- formatting


def fmt_date(day: dt.date, year: bool = True) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def fmt_number(value: float, unit: str = "") -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if unit else text


def _days(delta: int) -> str:
    sign = "+" if delta > 0 else "−"
    n = abs(delta)
    return f"{sign}{n} day" + ("" if n == 1 else "s")


def _date_move(old: dt.date, new: dt.date) -> str:
    year = old.year != new.year
    return f"from {fmt_date(old, year)} to {fmt_date(new, year)} ({_days((new - old).days)})"


def _week_span(weeks: Sequence[dt.date]) -> str:
    first, last = min(weeks), max(weeks)
    if first == last:
        return f"for the week of {fmt_date(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"for weeks {first.day}–{last.day} {_LONG_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"for weeks {fmt_date(first, False)} – {fmt_date(last)}"
    return f"for weeks {fmt_date(first)} – {fmt_date(last)}"


def _quote_list(items: Sequence[str]) -> str:
    quoted = [f"'{i}'" for i in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _human(value: Any) -> str:
    if isinstance(value, Comparator):
        return {"<=": "≤", ">=": "≥", "=": "="}[value.value]
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    return str(value)


# ----------------------------------------------------------- field typology


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    ENUM = "enum"
    BOOL = "bool"
    REF = "reference"
    REFS = "references"
    NAMES = "names"
    ENTRIES = "entries"


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def base_type(model: type[Any], name: str) -> Any:
    """A field's type without ``None`` and constraints (``int``, ``dt.date``, an enum …)."""
    return _unwrap(model.model_fields[name].annotation)


def field_type(model: type[Any], name: str, ref: Ref | None = None) -> FieldType:
    """How a field's values are compared and described."""
    annotation = _unwrap(model.model_fields[name].annotation)
    if typing.get_origin(annotation) is tuple:
        item = _unwrap(typing.get_args(annotation)[0])
        if item is BaselineEntry:
            return FieldType.ENTRIES
        return FieldType.REFS if ref is not None else FieldType.NAMES
    if ref is not None:
        return FieldType.REF
    if annotation is bool:
        return FieldType.BOOL
    if annotation in (int, float):
        return FieldType.NUMBER
    if annotation is dt.date:
        return FieldType.DATE
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return FieldType.ENUM
    return FieldType.TEXT


FIELD_LABELS: dict[str, str] = {
    "gate_review": "review",
    "team_ids": "teams",
    "friction_point_ids": "friction points",
    "data_source_ids": "data sources",
    "depends_on": "dependencies",
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
}

_BOOL_PHRASES: dict[str, tuple[str, str]] = {
    "mandatory": ("is now mandatory", "is now advisory"),
    "is_ambassador": ("is now an ambassador", "is no longer an ambassador"),
    "is_key_user": ("is now a key user", "is no longer a key user"),
}

_REFS_VERBS: dict[str, str] = {
    "friction_point_ids": "addresses",
    "data_source_ids": "needs",
    "depends_on": "depends on",
    "team_ids": "involves",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))


# ------------------------------------------------------------------ naming


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
        if kind.name == "feedback":
            about = f" on {self.scope(entity)}" if self.scope(entity) else ""
            text = " ".join(entity.text.split())
            snippet = f" ('{text[:40]}…')" if len(text) > 40 else (f" ('{text}')" if text else "")
            return f"Feedback of {fmt_date(entity.date)}{about}{snippet}"
        return f"{kind.label} '{kind.title_of(entity)}'"

    def money_unit(self) -> str:
        return self.roadmaps[0].currency


def value_text(names: Names, kind_name: str, field: str, entity: Any, value: Any) -> str:
    """One field value as a reader sees it (names instead of ids, units, dates)."""
    if kind_name == ROADMAP:
        model: type[Any] = Roadmap
        ref = None
    else:
        kind = BY_NAME[kind_name]
        model = kind.model
        ref = next((r for r in kind.refs if r.field == field), None)
    ftype = field_type(model, field, ref)
    if value is None or value == ():
        return "(none)" if ftype in (FieldType.REF, FieldType.REFS, FieldType.NAMES) else "(empty)"
    if ftype is FieldType.DATE:
        return fmt_date(value)
    if ftype is FieldType.NUMBER:
        return fmt_number(value, _unit(kind_name, field, entity, names) if entity else "")
    if ftype is FieldType.ENUM:
        return _human(value)
    if ftype is FieldType.BOOL:
        return "yes" if value else "no"
    if ftype is FieldType.REF and ref is not None:
        return names.ref(ref.target, value)
    if ftype is FieldType.REFS and ref is not None:
        return _quote_list([names.title(ref.target, i) for i in value])
    if ftype is FieldType.NAMES:
        return _quote_list(list(value))
    if ftype is FieldType.ENTRIES:
        return f"{len(value)} recorded dates"
    text = " ".join(str(value).split())
    return f"'{text}'" if len(text) <= 60 else f"'{text[:57]}…'"


_SPECIAL_SUBJECT = frozenset({"criterion", "measurement", "decision", "feedback"})


# ---------------------------------------------------------------- entities


def _removed_ids(old: Roadmap, new: Roadmap) -> set[str]:
    gone: set[str] = set()
    for kind in KINDS:
        before, after = kind.entities(old), kind.entities(new)
        if before is not after:
            gone.update(index_of(before).keys() - index_of(after).keys())
    return gone


def _detached(ftype: FieldType, old: Any, new: Any, removed: set[str]) -> str | None:
    """The removed entity a field change only follows from (its reference was dropped)."""
    if ftype is FieldType.REF:
        return old if new is None and old in removed else None
    if ftype is FieldType.REFS:
        gone = [i for i in old if i not in set(new)]
        kept = [i for i in old if i in set(new)]
        if gone and kept == list(new) and all(i in removed for i in gone):
            return str(gone[0])
    if ftype is FieldType.ENTRIES:
        after = {e.entity_id for e in new}
        gone = [e.entity_id for e in old if e.entity_id not in after]
        if gone and [e for e in old if e.entity_id in after] == list(new):
            return str(gone[0]) if all(i in removed for i in gone) else None
    return None


def _fold_detaches(by_kind: dict[str, list[Change]]) -> None:
    """Say once, on the removal, which entities lost their link to what was removed."""
    linked: dict[str, Counter[str]] = {}
    for kind_name, changes in by_kind.items():
        for c in changes:
            if c.follows is not None:
                linked.setdefault(c.follows, Counter())[kind_name] += 1
    if not linked:
        return
    for changes in by_kind.values():
        for i, c in enumerate(changes):
            counts = linked.get(c.entity_id or "")
            if c.action is Action.REMOVED and counts:
                parts = [
                    f"{n} {(BY_NAME[k].label if n == 1 else BY_NAME[k].label_plural).lower()}"
                    for k, n in sorted(counts.items(), key=lambda kv: GROUP_ORDER.index(kv[0]))
                ]
                text = _and_list(parts)
                changes[i] = replace(c, sentence=f"{c.sentence} (it was linked to {text})")


def _and_list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _kind_changes(
    kind: Kind, old: Roadmap, new: Roadmap, names: Names, removed: set[str]
) -> list[Change]:
    old_items, new_items = kind.entities(old), kind.entities(new)
    if old_items is new_items:
        return []
    old_pos, new_pos = index_of(old_items), index_of(new_items)
    refs = {r.field: r for r in kind.refs}
    changes: list[Change] = []
    for entity in new_items:
        pos = old_pos.get(entity.id)
        if pos is None:
            changes.append(_added(kind, entity, names))
            continue
        before = old_items[pos]
        if before == entity:
            continue
        for name in kind.model.model_fields:
            if name == "id":
                continue
            a, b = getattr(before, name), getattr(entity, name)
            if a != b:
                ftype = field_type(kind.model, name, refs.get(name))
                changes.append(
                    Change(
                        Action.CHANGED,
                        kind.name,
                        entity.id,
                        name,
                        a,
                        b,
                        _field_sentence(kind, before, entity, name, ftype, refs.get(name), names),
                        _detached(ftype, a, b, removed),
                    )
                )
    for entity in old_items:
        if entity.id not in new_pos:
            changes.append(
                Change(
                    Action.REMOVED,
                    kind.name,
                    entity.id,
                    None,
                    entity,
                    None,
                    f"{names.subject(kind, entity)} removed",
                )
            )
    if kind.name == "stage":
        changes += _order_change(kind, old_items, new_items, names)
    return changes


def _added(kind: Kind, entity: Any, names: Names) -> Change:
    sentence = f"{names.subject(kind, entity)} added"
    if kind.name == "criterion":
        unit = names.unit(entity.metric_id)
        sentence += f" ({_human(entity.comparator)} {fmt_number(entity.threshold, unit)})"
    elif kind.name == "measurement":
        sentence += f": {fmt_number(entity.value, names.unit(entity.metric_id))}"
    elif kind.name not in _SPECIAL_SUBJECT:
        for field in ("stage_id", "team_id"):
            target = getattr(entity, field, None)
            if target:
                sentence += f" to {names.ref(field.removesuffix('_id'), target)}"
                break
    return Change(Action.ADDED, kind.name, entity.id, None, None, entity, sentence)


def _order_change(
    kind: Kind, old_items: Sequence[Any], new_items: Sequence[Any], names: Names
) -> list[Change]:
    old_ids = [e.id for e in old_items]
    new_ids = [e.id for e in new_items]
    common = set(old_ids) & set(new_ids)
    before = [i for i in old_ids if i in common]
    after = [i for i in new_ids if i in common]
    if before == after:
        return []

    def titles(ids: list[str]) -> str:
        return " → ".join(names.title(kind.name, i) for i in ids)

    sentence = f"{kind.label} order changed to {titles(after)} (was {titles(before)})"
    return [Change(Action.REORDERED, kind.name, None, None, tuple(before), tuple(after), sentence)]


def _field_sentence(
    kind: Kind,
    before: Any,
    after: Any,
    name: str,
    ftype: FieldType,
    ref: Ref | None,
    names: Names,
) -> str:
    old, new = getattr(before, name), getattr(after, name)
    if ftype is FieldType.TEXT and name == kind.title_field:
        return f"{kind.label} '{old}' renamed to '{new}'"
    subject = names.subject(kind, after, name)
    label = "" if kind.name == "criterion" and name == "threshold" else field_label(name)
    unit = _unit(kind, name, after, names)
    return _describe(subject, label, name, ftype, ref, old, new, names, unit)


def _unit(kind_name: Kind | str, field: str, entity: Any, names: Names) -> str:
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


def _describe(
    subject: str,
    label: str,
    name: str,
    ftype: FieldType,
    ref: Ref | None,
    old: Any,
    new: Any,
    names: Names,
    unit: str = "",
) -> str:
    """One sentence for one changed field."""
    head = f"{subject} {label}" if label else subject
    if ftype is FieldType.DATE:
        if old is None:
            return f"{head} set to {fmt_date(new)}"
        if new is None:
            return f"{head} cleared (was {fmt_date(old)})"
        return f"{head} moved {_date_move(old, new)}"
    if ftype is FieldType.NUMBER:
        if old is None:
            return f"{head} set to {fmt_number(new, unit)}"
        if new is None:
            return f"{head} cleared (was {fmt_number(old, unit)})"
        verb = "raised" if new > old else "lowered"
        return f"{head} {verb} from {fmt_number(old, unit)} to {fmt_number(new, unit)}"
    if ftype is FieldType.ENUM:
        if old is None:
            return f"{head} set to {_human(new)}"
        if new is None:
            return f"{head} cleared (was {_human(old)})"
        return f"{head} changed from {_human(old)} to {_human(new)}"
    if ftype is FieldType.BOOL:
        yes, no = _BOOL_PHRASES.get(name, (f"now has {label} on", f"now has {label} off"))
        return f"{subject} {yes if new else no}"
    if ftype is FieldType.REF:
        assert ref is not None
        return _describe_ref(names, subject, head, name, ref, old, new)
    if ftype is FieldType.REFS:
        assert ref is not None
        return _describe_refs(names, subject, head, name, ref, old, new)
    if ftype is FieldType.NAMES:
        return _describe_names(head, old, new)
    if ftype is FieldType.ENTRIES:
        return _describe_entries(names, subject, old, new)
    return _describe_text(head, old, new)


def _describe_ref(
    names: Names, subject: str, head: str, name: str, ref: Ref, old: Any, new: Any
) -> str:
    if old is None:
        return f"{subject} now linked to {names.ref(ref.target, new)}"
    if new is None:
        return f"{subject} no longer linked to {names.ref(ref.target, old)}"
    if name in ("stage_id", "team_id"):
        return f"{subject} moved from {names.ref(ref.target, old)} to {names.ref(ref.target, new)}"
    return f"{head} changed from {names.ref(ref.target, old)} to {names.ref(ref.target, new)}"


def _describe_refs(
    names: Names, subject: str, head: str, name: str, ref: Ref, old: Any, new: Any
) -> str:
    added = [i for i in new if i not in set(old)]
    gone = [i for i in old if i not in set(new)]
    if not added and not gone:
        return f"{head} reordered"
    target = BY_NAME[ref.target]
    verb = _REFS_VERBS.get(name, "refers to")
    parts = []
    for ids, lead in ((added, "now also"), (gone, "no longer")):
        if ids:
            noun = (target.label if len(ids) == 1 else target.label_plural).lower()
            titles = _quote_list([names.title(ref.target, i) for i in ids])
            parts.append(f"{lead} {verb} {noun} {titles}")
    return f"{subject} " + "; ".join(parts)


def _describe_names(head: str, old: Sequence[str], new: Sequence[str]) -> str:
    added = [n for n in new if n not in old]
    gone = [n for n in old if n not in new]
    parts = []
    if added:
        parts.append(f"now also {_quote_list(added)}")
    if gone:
        parts.append(f"no longer {_quote_list(gone)}")
    return f"{head}: " + ("; ".join(parts) if parts else "reordered")


def _describe_entries(
    names: Names, subject: str, old: Sequence[BaselineEntry], new: Sequence[BaselineEntry]
) -> str:
    before = {e.entity_id: e for e in old}
    after = {e.entity_id: e for e in new}
    added = [i for i in after if i not in before]
    gone = [i for i in before if i not in after]
    moved = [i for i in after if i in before and after[i] != before[i]]
    if len(added) + len(gone) + len(moved) > 3:
        counts = [f"{len(x)} {word}" for x, word in ((added, "added"), (gone, "removed")) if x]
        if moved:
            counts.append(f"{len(moved)} with other dates")
        return f"{subject}: recorded dates changed ({', '.join(counts)})"
    parts = []
    if added:
        parts.append("now also records " + ", ".join(_entry_name(names, i) for i in added))
    if gone:
        parts.append("no longer records " + ", ".join(_entry_name(names, i) for i in gone))
    for i in moved:
        a, b = before[i], after[i]
        parts.append(
            f"dates of {_entry_name(names, i)} changed from {fmt_date(a.start)}–{fmt_date(a.end)} "
            f"to {fmt_date(b.start)}–{fmt_date(b.end)}"
        )
    return f"{subject} " + ("; ".join(parts) if parts else "entries reordered")


def _entry_name(names: Names, entity_id: str) -> str:
    for kind_name in ("stage", "use_case"):
        if names.entity(kind_name, entity_id) is not None:
            return names.ref(kind_name, entity_id)
    return f"'{entity_id}'"


def _short(text: str) -> bool:
    return len(text) <= 60 and "\n" not in text


def _describe_text(head: str, old: str, new: str) -> str:
    if not old:
        return f"{head} set to '{new}'" if _short(new) else f"{head} added"
    if not new:
        return f"{head} cleared (was '{old}')" if _short(old) else f"{head} cleared"
    if _short(old) and _short(new):
        return f"{head} changed from '{old}' to '{new}'"
    return f"{head} edited"


# ----------------------------------------------------------------- roadmap


def _roadmap_changes(old: Roadmap, new: Roadmap, names: Names) -> list[Change]:
    changes = []
    for name in Roadmap.model_fields:
        if name == "lineage" or name in _LIST_ATTRS:
            continue
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        ftype = field_type(Roadmap, name)
        if name == "title":
            sentence = f"Roadmap renamed from '{a}' to '{b}'"
        else:
            unit = _unit(ROADMAP, name, new, names)
            sentence = _describe("Roadmap", field_label(name), name, ftype, None, a, b, names, unit)
        changes.append(Change(Action.CHANGED, ROADMAP, None, name, a, b, sentence))
    return changes


_LIST_ATTRS = frozenset(k.attr for k in KINDS)


# --------------------------------------------------------------- summaries


def _lines(kind_name: str, changes: list[Change], names: Names) -> tuple[str, ...]:
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
    which = _quote_list(metrics) if len(metrics) <= 3 else f"{len(metrics)} metrics"
    span = _week_span([m.week for m in measurements])
    return f"{len(measurements)} measurements {action.value} {span} ({which})"


def _feedback_summary(action: Action, changes: list[Change], names: Names) -> str:
    entries = _entities_of(changes, names, "feedback")
    first, last = min(f.date for f in entries), max(f.date for f in entries)
    span = fmt_date(first) if first == last else f"{fmt_date(first)} – {fmt_date(last)}"
    return f"{len(entries)} feedback entries {action.value}, dated {span}"


def _date_shift_summary(changes: Iterable[Change]) -> str:
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
            parts.append(f"{head} by {_span_of_days(min(shifts), max(shifts))}")
    return "; ".join(parts)


def _span_of_days(low: int, high: int) -> str:
    """``3 days``, ``2–10 days``, ``1–3 weeks`` or ``5 days to 3 weeks``."""

    def unit(n: int) -> str:
        if n < 7:
            return f"{n} day" + ("" if n == 1 else "s")
        weeks = round(n / 7)
        return f"{weeks} week" + ("" if weeks == 1 else "s")

    if high < 7:
        return unit(low) if low == high else f"{low}–{high} days"
    if low >= 7:
        a, b = round(low / 7), round(high / 7)
        return unit(low) if a == b else f"{a}–{b} weeks"
    return f"{unit(low)} to {unit(high)}"
