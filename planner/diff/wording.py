"""The sentences of a comparison: one per changed field, added or removed entity.

Sentences use names, never ids, and say values as a reader writes them
(dates, units, "now also involves team 'Finance'").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from planner.diff.formats import (
    and_list,
    date_move,
    fmt_date,
    fmt_number,
    human,
    quote_list,
)
from planner.diff.names import SPECIAL_SUBJECT, Names, unit_of
from planner.model.entities import BaselineEntry
from planner.model.fields import FieldType, field_phrase
from planner.model.kinds import BY_NAME, ROADMAP, Kind, Ref

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


# ---------------------------------------------------------------- entities


def added_sentence(kind: Kind, entity: Any, names: Names) -> str:
    sentence = f"{names.subject(kind, entity)} added"
    if kind.name == "criterion":
        unit = names.unit(entity.metric_id)
        sentence += f" ({human(entity.comparator)} {fmt_number(entity.threshold, unit)})"
    elif kind.name == "measurement":
        sentence += f": {fmt_number(entity.value, names.unit(entity.metric_id))}"
    elif kind.name not in SPECIAL_SUBJECT:
        for field in ("stage_id", "team_id"):
            target = getattr(entity, field, None)
            if target:
                sentence += f" to {names.ref(field.removesuffix('_id'), target)}"
                break
    return sentence


def removed_sentence(kind: Kind, entity: Any, names: Names) -> str:
    return f"{names.subject(kind, entity)} removed"


def linked_note(sentence: str, counts: Counter[str], order: Sequence[str]) -> str:
    """A removal's sentence, saying how many entities were linked to what was removed."""
    parts = [
        f"{n} {(BY_NAME[k].label if n == 1 else BY_NAME[k].label_plural).lower()}"
        for k, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]))
    ]
    return f"{sentence} (it was linked to {and_list(parts)})"


def order_sentence(kind: Kind, before: list[str], after: list[str], names: Names) -> str:
    def titles(ids: list[str]) -> str:
        return " → ".join(names.title(kind.name, i) for i in ids)

    return f"{kind.label} order changed to {titles(after)} (was {titles(before)})"


def field_sentence(
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
    label = "" if kind.name == "criterion" and name == "threshold" else field_phrase(name)
    unit = unit_of(kind, name, after, names)
    return describe(subject, label, name, ftype, ref, old, new, names, unit)


def roadmap_sentence(
    name: str, ftype: FieldType, old: Any, new: Any, roadmap: Any, names: Names
) -> str:
    if name == "title":
        return f"Roadmap renamed from '{old}' to '{new}'"
    unit = unit_of(ROADMAP, name, roadmap, names)
    return describe("Roadmap", field_phrase(name), name, ftype, None, old, new, names, unit)


# ------------------------------------------------------------------ fields


def describe(
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
        return f"{head} moved {date_move(old, new)}"
    if ftype is FieldType.NUMBER:
        if old is None:
            return f"{head} set to {fmt_number(new, unit)}"
        if new is None:
            return f"{head} cleared (was {fmt_number(old, unit)})"
        verb = "raised" if new > old else "lowered"
        return f"{head} {verb} from {fmt_number(old, unit)} to {fmt_number(new, unit)}"
    if ftype is FieldType.ENUM:
        if old is None:
            return f"{head} set to {human(new)}"
        if new is None:
            return f"{head} cleared (was {human(old)})"
        return f"{head} changed from {human(old)} to {human(new)}"
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
            titles = quote_list([names.title(ref.target, i) for i in ids])
            parts.append(f"{lead} {verb} {noun} {titles}")
    return f"{subject} " + "; ".join(parts)


def _describe_names(head: str, old: Sequence[str], new: Sequence[str]) -> str:
    added = [n for n in new if n not in old]
    gone = [n for n in old if n not in new]
    parts = []
    if added:
        parts.append(f"now also {quote_list(added)}")
    if gone:
        parts.append(f"no longer {quote_list(gone)}")
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
