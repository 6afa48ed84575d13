"""The sentences of a merge's conflicts and of what it combined on its own.

Each conflict says what mine and theirs did, in names, and what choosing
each side gives ("17 Mar 2027", "Delete it", "Keep the team").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from planner.diff.names import value_text
from planner.merge.result import Code, Conflict
from planner.merge.state import MISSING, WHOLE, MergeState, Place
from planner.model.entities import Measurement
from planner.model.fields import field_phrase
from planner.model.kinds import BY_NAME, ROADMAP, Kind, OnDelete, Ref
from planner.rules.problems import Problem


def shower(state: MergeState, kind: str, entity_id: str | None, name: str) -> Callable[[Any], str]:
    """How the values of one field are written (names, units, "(absent)")."""
    entity = None if kind == ROADMAP else state.any_entity(kind, entity_id)

    def show(value: Any) -> str:
        if value is MISSING:
            return "(absent)"
        if name == "id":
            return str(value)
        return value_text(state.names, kind, name, entity, value)

    return show


def subject(state: MergeState, kind: str, entity_id: str | None) -> str:
    if kind == ROADMAP:
        return "Roadmap"
    entity = state.any_entity(kind, entity_id)
    if entity is None:
        return f"{BY_NAME[kind].label} '{entity_id}'"
    return state.names.subject(BY_NAME[kind], entity)


def field_conflict(
    state: MergeState, kind: str, entity_id: str | None, name: str, key: str, note: str = ""
) -> Conflict:
    b, m, t = state.values(kind, entity_id, name)
    show = shower(state, kind, entity_id, name)
    was = " (added in both)" if b is MISSING else f" (was {show(b)})"
    sentence = (
        f"{subject(state, kind, entity_id)} {field_phrase(name)}: "
        f"mine {show(m)}, theirs {show(t)}{was}"
    )
    if note:
        sentence += f" — the value chosen is not valid: {note}"
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
    reason = "; ".join(p.message for p in problems)
    sentence = (
        f"{state.names.subject(kind, m)}: the changes made in mine and in theirs do not "
        f"fit together ({reason})"
    )
    options = ("My version", "Their version")
    return Conflict(key, Code.INVALID, kind.name, entity_id, None, b, m, t, sentence, options)


def delete_edit_conflict(
    state: MergeState, key: str, kind: Kind, entity_id: str, sides: tuple[Any, Any, Any]
) -> Conflict:
    b, m, t = sides
    kept, deleter, keeper = (t, "mine", "theirs") if m is None else (m, "theirs", "mine")
    changed = [
        field_phrase(n)
        for n in kind.model.model_fields
        if b is not None and getattr(b, n) != getattr(kept, n)
    ]
    sentence = f"{state.names.subject(kind, kept)} was deleted in {deleter} but changed in {keeper}"
    if changed:
        sentence += f" ({', '.join(changed)})"
    options = (
        ("Delete it", "Keep it, with their changes")
        if m is None
        else ("Keep it, with my changes", "Delete it")
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
    target = BY_NAME[ref.target]
    noun = (target.label if len(missing) == 1 else target.label_plural).lower()
    what = ", ".join(f"'{state.names.title(ref.target, i)}'" for i in missing)
    fate = f"which {deleter} deleted" if can_keep else "which no longer exists"
    drop = _drop_text(ref)
    keep = f"Keep the {noun}" if can_keep else drop
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
        f"{state.names.subject(kind, entity)} refers to {noun} {what}, {fate}",
        (drop, keep) if deleter == "mine" else (keep, drop),
    )


def _drop_text(ref: Ref) -> str:
    if not ref.many and ref.on_delete is OnDelete.CASCADE:
        return "Delete it too"
    return "Drop the reference"


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
        return ", ".join(f"{title(a)} → {title(d)}" for a, d in sorted(found)) or "nothing"

    circle = ", ".join(f"'{title(i)}'" for i in sorted(component))
    return Conflict(
        key,
        Code.CYCLE,
        "use_case",
        min(component),
        "depends_on",
        None,
        tuple(sorted(in_mine)),
        tuple(sorted(in_theirs)),
        f"Use cases {circle} would depend on each other in a circle: mine added "
        f"{edges(inside - in_theirs)}, theirs added {edges(inside - in_mine)}",
        ("My dependencies", "Their dependencies"),
    )


def duplicate_conflict(
    state: MergeState, key: str, a: Measurement, b: Measurement, note: str = ""
) -> Conflict:
    def show(value: float) -> str:
        return value_text(state.names, "measurement", "value", a, value)

    sentence = (
        f"{state.names.subject(BY_NAME['measurement'], a)} was recorded in both copies: "
        f"mine {show(a.value)}, theirs {show(b.value)}"
    )
    if note:
        sentence += f" — the value chosen is not valid: {note}"
    options = (show(a.value), show(b.value))
    return Conflict(
        key, Code.DUPLICATE, "measurement", a.id, "value", None, a.value, b.value, sentence, options
    )


def kept_once_note(count: int) -> str:
    plural = "s" if count != 1 else ""
    return f"{count} measurement{plural} recorded in both copies kept once"


def check_conflict(state: MergeState, key: str, places: list[Place], message: str) -> Conflict:
    """A rule of the roadmap broken by the combination of both copies."""
    kind, entity_id, name = places[0]
    b, m, t = state.values(kind, entity_id, name)
    show = shower(state, kind, entity_id, name)
    again = " (the choice made did not settle it)" if key in state.choices else ""
    return Conflict(
        key,
        Code.INVARIANT,
        kind,
        entity_id,
        None if name == WHOLE else name,
        None if b is MISSING else b,
        None if m is MISSING else m,
        None if t is MISSING else t,
        f"After combining both copies, {message}{again}",
        (_option("My", name, show(m), m), _option("Their", name, show(t), t)),
    )


def _option(whose: str, name: str, shown: str, value: Any) -> str:
    """What taking one side's values does: "Leave it out", "My version" or the value."""
    if value is MISSING:
        return "Leave it out"
    return f"{whose} version" if name == WHOLE else shown
