"""The sentences of a merge's conflicts and of what it combined on its own.

Each conflict says what mine and theirs did, in names, and what choosing
each side gives ("17 Mar 2027", "Delete it", "Keep the team").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from planner.diff.formats import quoted
from planner.diff.names import field_words, value_text
from planner.i18n import _, ngettext
from planner.merge.result import Code, Conflict
from planner.merge.state import MISSING, WHOLE, MergeState, Place
from planner.model.entities import Measurement
from planner.model.kinds import BY_NAME, ROADMAP, Kind, OnDelete, Ref
from planner.rules.problems import Problem
from planner.vocabulary import kind_word


def shower(state: MergeState, kind: str, entity_id: str | None, name: str) -> Callable[[Any], str]:
    """How the values of one field are written (names, units, "(absent)")."""
    entity = None if kind == ROADMAP else state.any_entity(kind, entity_id)

    def show(value: Any) -> str:
        if value is MISSING:
            return _("(absent)")
        if name == "id":
            return str(value)
        return value_text(state.names, kind, name, entity, value)

    return show


def subject(state: MergeState, kind: str, entity_id: str | None) -> str:
    if kind == ROADMAP:
        return _("Roadmap")
    entity = state.any_entity(kind, entity_id)
    if entity is None:
        return _("{kind} '{name}'", kind=_(BY_NAME[kind].label), name=entity_id)
    return state.names.subject(BY_NAME[kind], entity)


def field_conflict(
    state: MergeState, kind: str, entity_id: str | None, name: str, key: str, note: str = ""
) -> Conflict:
    b, m, t = state.values(kind, entity_id, name)
    show = shower(state, kind, entity_id, name)
    values = {"subject": subject(state, kind, entity_id), "field": field_words(name),
              "mine": show(m), "theirs": show(t)}  # fmt: skip
    sentence = (
        _("{subject} {field}: mine {mine}, theirs {theirs} (added in both)", **values)
        if b is MISSING
        else _("{subject} {field}: mine {mine}, theirs {theirs} (was {base})", base=show(b),
               **values)
    )  # fmt: skip
    if note:
        sentence = _("{sentence} — the value chosen is not valid: {note}", sentence=sentence,
                     note=note)  # fmt: skip
    base = None if b is MISSING else b
    return Conflict(
        key, Code.FIELD, kind, entity_id, name, base, m, t, sentence, (show(m), show(t))
    )


def invalid_conflict(
    state: MergeState,
    key: str,
    kind: Kind,
    entity_id: str,
    sides: tuple[Any, Any, Any],
    problems: Sequence[Problem],
) -> Conflict:
    b, m, t = sides
    reason = _("; ").join(p.message for p in problems)
    sentence = _("{subject}: the changes made in mine and in theirs do not fit together "
                 "({reason})", subject=state.names.subject(kind, m), reason=reason)  # fmt: skip
    options = (_("My version"), _("Their version"))
    return Conflict(key, Code.INVALID, kind.name, entity_id, None, b, m, t, sentence, options)


def delete_edit_conflict(
    state: MergeState, key: str, kind: Kind, entity_id: str, sides: tuple[Any, Any, Any]
) -> Conflict:
    b, m, t = sides
    kept = t if m is None else m
    changed = [
        field_words(n)
        for n in kind.model.model_fields
        if b is not None and getattr(b, n) != getattr(kept, n)
    ]
    what = state.names.subject(kind, kept)
    sentence = (
        _("{subject} was deleted in mine but changed in theirs", subject=what)
        if m is None
        else _("{subject} was deleted in theirs but changed in mine", subject=what)
    )
    if changed:
        sentence = _("{sentence} ({fields})", sentence=sentence, fields=", ".join(changed))
    options = (
        (_("Delete it"), _("Keep it, with their changes"))
        if m is None
        else (_("Keep it, with my changes"), _("Delete it"))
    )
    return Conflict(key, Code.DELETE_EDIT, kind.name, entity_id, None, b, m, t, sentence, options)


def dangling_conflict(
    state: MergeState,
    key: str,
    kind: Kind,
    ref: Ref,
    entity: Any,
    missing: Sequence[str],
    deleter: str,
    can_keep: bool,
) -> Conflict:
    """An entity refers to ``missing`` targets, which ``deleter`` deleted."""
    noun = kind_word(ref.target, len(missing))
    what = ", ".join(quoted(state.names.title(ref.target, i)) for i in missing)
    values = {"subject": state.names.subject(kind, entity), "noun": noun, "names": what}
    if not can_keep:
        sentence = _("{subject} refers to {noun} {names}, which no longer exists", **values)
    elif deleter == "mine":
        sentence = _("{subject} refers to {noun} {names}, which mine deleted", **values)
    else:
        sentence = _("{subject} refers to {noun} {names}, which theirs deleted", **values)
    drop = _drop_text(ref)
    keep = _("Keep the {noun}", noun=noun) if can_keep else drop
    value = getattr(entity, ref.field)
    return Conflict(
        key,
        Code.DANGLING,
        kind.name,
        entity.id,
        ref.field,
        None,
        value if deleter == "theirs" else None,
        value if deleter == "mine" else None,
        sentence,
        (drop, keep) if deleter == "mine" else (keep, drop),
    )


def _drop_text(ref: Ref) -> str:
    if not ref.many and ref.on_delete is OnDelete.CASCADE:
        return _("Delete it too")
    return _("Drop the reference")


def cycle_conflict(
    state: MergeState,
    key: str,
    component: set[str],
    inside: set[tuple[str, str]],
    in_mine: set[tuple[str, str]],
    in_theirs: set[tuple[str, str]],
) -> Conflict:
    def title(i: str) -> str:
        return state.names.title("use_case", i)

    def edges(found: set[tuple[str, str]]) -> str:
        return ", ".join(f"{title(a)} → {title(d)}" for a, d in sorted(found)) or _("nothing")

    circle = ", ".join(quoted(title(i)) for i in sorted(component))
    return Conflict(
        key,
        Code.CYCLE,
        "use_case",
        min(component),
        "depends_on",
        None,
        tuple(sorted(in_mine)),
        tuple(sorted(in_theirs)),
        _(
            "Use cases {names} would depend on each other in a circle: mine added {mine}, "
            "theirs added {theirs}",
            names=circle,
            mine=edges(inside - in_theirs),
            theirs=edges(inside - in_mine),
        ),
        (_("My dependencies"), _("Their dependencies")),
    )


def duplicate_conflict(
    state: MergeState, key: str, a: Measurement, b: Measurement, note: str = ""
) -> Conflict:
    def show(value: float) -> str:
        return value_text(state.names, "measurement", "value", a, value)

    sentence = _("{subject} was recorded in both copies: mine {mine}, theirs {theirs}",
                 subject=state.names.subject(BY_NAME["measurement"], a), mine=show(a.value),
                 theirs=show(b.value))  # fmt: skip
    if note:
        sentence = _("{sentence} — the value chosen is not valid: {note}", sentence=sentence,
                     note=note)  # fmt: skip
    options = (show(a.value), show(b.value))
    return Conflict(
        key, Code.DUPLICATE, "measurement", a.id, "value", None, a.value, b.value, sentence, options
    )


def kept_once_note(count: int) -> str:
    return ngettext("{count} measurement recorded in both copies kept once",
                    "{count} measurements recorded in both copies kept once", count)  # fmt: skip


def check_conflict(state: MergeState, key: str, places: list[Place], message: str) -> Conflict:
    """A rule of the roadmap broken by the combination of both copies."""
    kind, entity_id, name = places[0]
    b, m, t = state.values(kind, entity_id, name)
    show = shower(state, kind, entity_id, name)
    sentence = _("After combining both copies, {problem}", problem=message)
    if key in state.choices:
        sentence = _("After combining both copies, {problem} (the choice made did not settle it)",
                     problem=message)  # fmt: skip
    return Conflict(
        key,
        Code.INVARIANT,
        kind,
        entity_id,
        None if name == WHOLE else name,
        None if b is MISSING else b,
        None if m is MISSING else m,
        None if t is MISSING else t,
        sentence,
        (_option(True, name, show(m), m), _option(False, name, show(t), t)),
    )


def _option(mine: bool, name: str, shown: str, value: Any) -> str:
    """What taking one side's values does: "Leave it out", "My version" or the value."""
    if value is MISSING:
        return _("Leave it out")
    if name != WHOLE:
        return shown
    return _("My version") if mine else _("Their version")
