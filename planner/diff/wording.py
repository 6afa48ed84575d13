"""The sentences of a comparison: one per changed field, added or removed entity.

Sentences use names, never ids, and say values as a reader writes them
(dates, units, "now also involves team 'Finance'"). Each is one whole message
of the planner's catalogue with named parts (``{subject}``, ``{field}``,
``{old}``, ``{new}``), so a translation can order and word it its own way
(French: "Étape « Project management » — revue de jalon : du 3 mars au 17 mars").
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
    quoted,
)
from planner.diff.names import SPECIAL_SUBJECT, Names, field_words, unit_of
from planner.i18n import _, ngettext
from planner.model.entities import BaselineEntry
from planner.model.fields import FieldType
from planner.model.kinds import ROADMAP, Kind, Ref
from planner.vocabulary import kind_word

# ---------------------------------------------------------------- entities


def added_sentence(kind: Kind, entity: Any, names: Names) -> str:
    subject = names.subject(kind, entity)
    if kind.name == "criterion":
        unit = names.unit(entity.metric_id)
        return _("{subject} added ({comparator} {threshold})", subject=subject,
                 comparator=human(entity.comparator),
                 threshold=fmt_number(entity.threshold, unit))  # fmt: skip
    if kind.name == "measurement":
        value = fmt_number(entity.value, names.unit(entity.metric_id))
        return _("{subject} added: {value}", subject=subject, value=value)
    if kind.name not in SPECIAL_SUBJECT:
        for field in ("stage_id", "team_id"):
            target = getattr(entity, field, None)
            if target:
                where = names.ref(field.removesuffix("_id"), target)
                return _("{subject} added to {target}", subject=subject, target=where)
    return _("{subject} added", subject=subject)


def removed_sentence(kind: Kind, entity: Any, names: Names) -> str:
    return _("{subject} removed", subject=names.subject(kind, entity))


def linked_note(sentence: str, counts: Counter[str], order: Sequence[str]) -> str:
    """A removal's sentence, saying how many entities were linked to what was removed."""
    parts = [
        _("{count} {kind}", count=n, kind=kind_word(k, n))
        for k, n in sorted(counts.items(), key=lambda kv: order.index(kv[0]))
    ]  # fmt: skip
    return _("{sentence} (it was linked to {things})", sentence=sentence, things=and_list(parts))


def order_sentence(kind: Kind, before: list[str], after: list[str], names: Names) -> str:
    def titles(ids: list[str]) -> str:
        return " → ".join(names.title(kind.name, i) for i in ids)

    return _("{kind} order changed to {new} (was {old})", kind=_(kind.label), new=titles(after),
             old=titles(before))  # fmt: skip


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
        return _("{kind} '{old}' renamed to '{new}'", kind=_(kind.label), old=old, new=new)
    subject = names.subject(kind, after, name)
    label = "" if kind.name == "criterion" and name == "threshold" else field_words(name)
    unit = unit_of(kind, name, after, names)
    return describe(subject, label, name, ftype, ref, old, new, names, unit)


def roadmap_sentence(
    name: str, ftype: FieldType, old: Any, new: Any, roadmap: Any, names: Names
) -> str:
    if name == "title":
        return _("Roadmap renamed from '{old}' to '{new}'", old=old, new=new)
    unit = unit_of(ROADMAP, name, roadmap, names)
    return describe(_("Roadmap"), field_words(name), name, ftype, None, old, new, names, unit)


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
    head = _("{subject} {field}", subject=subject, field=label) if label else subject
    if ftype is FieldType.DATE:
        if old is None:
            return _("{head} set to {value}", head=head, value=fmt_date(new))
        if new is None:
            return _("{head} cleared (was {value})", head=head, value=fmt_date(old))
        before, after, days = date_move(old, new)
        return _("{head} moved from {old} to {new} ({days})", head=head, old=before, new=after,
                 days=days)  # fmt: skip
    if ftype is FieldType.NUMBER:
        if old is None:
            return _("{head} set to {value}", head=head, value=fmt_number(new, unit))
        if new is None:
            return _("{head} cleared (was {value})", head=head, value=fmt_number(old, unit))
        before, after = fmt_number(old, unit), fmt_number(new, unit)
        if new > old:
            return _("{head} raised from {old} to {new}", head=head, old=before, new=after)
        return _("{head} lowered from {old} to {new}", head=head, old=before, new=after)
    if ftype is FieldType.ENUM:
        if old is None:
            return _("{head} set to {value}", head=head, value=human(new))
        if new is None:
            return _("{head} cleared (was {value})", head=head, value=human(old))
        return _("{head} changed from {old} to {new}", head=head, old=human(old), new=human(new))
    if ftype is FieldType.BOOL:
        return _bool_sentence(subject, label, name, bool(new))
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


def _bool_sentence(subject: str, label: str, name: str, new: bool) -> str:
    if name == "mandatory":
        return (_("{subject} is now mandatory", subject=subject) if new
                else _("{subject} is now advisory", subject=subject))  # fmt: skip
    if name == "is_ambassador":
        return (_("{subject} is now an ambassador", subject=subject) if new
                else _("{subject} is no longer an ambassador", subject=subject))  # fmt: skip
    if name == "is_key_user":
        return (_("{subject} is now a key user", subject=subject) if new
                else _("{subject} is no longer a key user", subject=subject))  # fmt: skip
    return (_("{subject} now has {field} on", subject=subject, field=label) if new
            else _("{subject} now has {field} off", subject=subject, field=label))  # fmt: skip


def _describe_ref(
    names: Names, subject: str, head: str, name: str, ref: Ref, old: Any, new: Any
) -> str:
    if name == "scaled_from" and (old is None or new is None):
        return (_("{subject} now scales out {target}", subject=subject,
                  target=names.ref(ref.target, new)) if old is None
                else _("{subject} no longer scales out {target}", subject=subject,
                       target=names.ref(ref.target, old)))  # fmt: skip
    if old is None:
        return _("{subject} now linked to {target}", subject=subject,
                 target=names.ref(ref.target, new))  # fmt: skip
    if new is None:
        return _("{subject} no longer linked to {target}", subject=subject,
                 target=names.ref(ref.target, old))  # fmt: skip
    before, after = names.ref(ref.target, old), names.ref(ref.target, new)
    if name in ("stage_id", "team_id"):
        return _("{subject} moved from {old} to {new}", subject=subject, old=before, new=after)
    return _("{head} changed from {old} to {new}", head=head, old=before, new=after)


def _refs_part(name: str, added: bool, noun: str, titles: str) -> str:
    """``now also addresses friction point 'X'`` — one whole phrase per link and way."""
    values = {"noun": noun, "names": titles}
    if name == "friction_point_ids":
        return (_("now also addresses {noun} {names}", **values) if added
                else _("no longer addresses {noun} {names}", **values))  # fmt: skip
    if name == "data_source_ids":
        return (_("now also needs {noun} {names}", **values) if added
                else _("no longer needs {noun} {names}", **values))  # fmt: skip
    if name == "depends_on":
        return (_("now also depends on {noun} {names}", **values) if added
                else _("no longer depends on {noun} {names}", **values))  # fmt: skip
    if name == "team_ids":
        return (_("now also involves {noun} {names}", **values) if added
                else _("no longer involves {noun} {names}", **values))  # fmt: skip
    return (_("now also refers to {noun} {names}", **values) if added
            else _("no longer refers to {noun} {names}", **values))  # fmt: skip


def _describe_refs(
    names: Names, subject: str, head: str, name: str, ref: Ref, old: Any, new: Any
) -> str:
    added = [i for i in new if i not in set(old)]
    gone = [i for i in old if i not in set(new)]
    if not added and not gone:
        return _("{head} reordered", head=head)
    parts = []
    for ids, way in ((added, True), (gone, False)):
        if ids:
            noun = kind_word(ref.target, len(ids))
            titles = quote_list([names.title(ref.target, i) for i in ids])
            parts.append(_refs_part(name, way, noun, titles))
    return _("{subject} {changes}", subject=subject, changes=_("; ").join(parts))


def _describe_names(head: str, old: Sequence[str], new: Sequence[str]) -> str:
    added = [n for n in new if n not in old]
    gone = [n for n in old if n not in new]
    parts = []
    if added:
        parts.append(_("now also {names}", names=quote_list(added)))
    if gone:
        parts.append(_("no longer {names}", names=quote_list(gone)))
    changes = _("; ").join(parts) if parts else _("reordered")
    return _("{head}: {changes}", head=head, changes=changes)


def _describe_entries(
    names: Names, subject: str, old: Sequence[BaselineEntry], new: Sequence[BaselineEntry]
) -> str:
    before = {e.entity_id: e for e in old}
    after = {e.entity_id: e for e in new}
    added = [i for i in after if i not in before]
    gone = [i for i in before if i not in after]
    moved = [i for i in after if i in before and after[i] != before[i]]
    if len(added) + len(gone) + len(moved) > 3:
        counts = []
        if added:
            counts.append(ngettext("{count} added", "{count} added", len(added)))
        if gone:
            counts.append(ngettext("{count} removed", "{count} removed", len(gone)))
        if moved:
            counts.append(
                ngettext("{count} with other dates", "{count} with other dates", len(moved))
            )
        return _("{subject}: recorded dates changed ({counts})", subject=subject,
                 counts=", ".join(counts))  # fmt: skip
    parts = []
    if added:
        entries = ", ".join(_entry_name(names, i) for i in added)
        parts.append(_("now also records {entries}", entries=entries))
    if gone:
        entries = ", ".join(_entry_name(names, i) for i in gone)
        parts.append(_("no longer records {entries}", entries=entries))
    for i in moved:
        a, b = before[i], after[i]
        parts.append(_("dates of {entry} changed from {old_start}–{old_end} to "
                       "{new_start}–{new_end}", entry=_entry_name(names, i),
                       old_start=fmt_date(a.start), old_end=fmt_date(a.end),
                       new_start=fmt_date(b.start), new_end=fmt_date(b.end)))  # fmt: skip
    changes = _("; ").join(parts) if parts else _("entries reordered")
    return _("{subject} {changes}", subject=subject, changes=changes)


def _entry_name(names: Names, entity_id: str) -> str:
    for kind_name in ("stage", "use_case"):
        if names.entity(kind_name, entity_id) is not None:
            return names.ref(kind_name, entity_id)
    return quoted(entity_id)


def _short(text: str) -> bool:
    return len(text) <= 60 and "\n" not in text


def _describe_text(head: str, old: str, new: str) -> str:
    if not old:
        if _short(new):
            return _("{head} set to {value}", head=head, value=quoted(new))
        return _("{head} added", head=head)
    if not new:
        if _short(old):
            return _("{head} cleared (was {value})", head=head, value=quoted(old))
        return _("{head} cleared", head=head)
    if _short(old) and _short(new):
        return _("{head} changed from {old} to {new}", head=head, old=quoted(old), new=quoted(new))
    return _("{head} edited", head=head)
