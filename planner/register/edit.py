"""Edits of the register, as operations (:mod:`planner.edit.operations`).

The register entry of a use case is created by its first edit: each function
returns the operation that sets the value on the existing entry, or inserts
the entry with that value. The app runs these operations on its undo stack;
scripts and tests apply them with :func:`planner.edit.operations.apply`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.edit.operations import Batch, Insert, Op, SetField
from planner.model.entities import Roadmap
from planner.model.kinds import EntityKind, kind_of_id
from planner.model.register import (
    Answer,
    Lifecycle,
    LifecycleEvent,
    RegisterEntry,
    Tier,
    entry_id,
)

KIND = EntityKind.REGISTER_ENTRY


class _Taken:
    """Ids already used anywhere in the roadmap (looked up, never listed)."""

    def __init__(self, roadmap: Roadmap) -> None:
        self._roadmap = roadmap

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and kind_of_id(self._roadmap, value) is not None


def entry_of(roadmap: Roadmap, use_case_id: str) -> RegisterEntry | None:
    """The register entry of a use case, if it has one."""
    return next((e for e in roadmap.register_entries if e.use_case_id == use_case_id), None)


def set_fields(roadmap: Roadmap, use_case_id: str, values: dict[str, Any], label: str = "") -> Op:
    """Set fields of a use case's register entry (creating the entry if needed), in order."""
    entry = entry_of(roadmap, use_case_id)
    if entry is None:
        # Built unvalidated: Insert validates it (and refuses it with a message) in apply().
        entity = RegisterEntry.model_construct(
            id=entry_id(use_case_id, _Taken(roadmap)), use_case_id=use_case_id, **values
        )
        return Insert(KIND, -1, entity, label)
    ops = tuple(SetField(KIND, entry.id, name, value) for name, value in values.items())
    return ops[0] if len(ops) == 1 and not label else Batch(ops, label)


def set_field(roadmap: Roadmap, use_case_id: str, field: str, value: Any, label: str = "") -> Op:
    return set_fields(roadmap, use_case_id, {field: value}, label)


def set_answer(
    roadmap: Roadmap, use_case_id: str, question: str, yes: bool | None, label: str = ""
) -> Op:
    """Answer one screening question (None takes the answer back)."""
    entry = entry_of(roadmap, use_case_id)
    answers = [a for a in (entry.answers if entry else ()) if a.question != question]
    if yes is not None:
        current = entry.answer(question) if entry else None
        position = next(
            (i for i, a in enumerate(entry.answers if entry else ()) if a.question == question),
            len(answers),
        )
        if current is not None:
            answers.insert(position, Answer(question=question, yes=yes))
        else:
            answers.append(Answer(question=question, yes=yes))
    return set_field(roadmap, use_case_id, "answers", tuple(answers), label)


def change_lifecycle(
    roadmap: Roadmap,
    use_case_id: str,
    state: Lifecycle,
    on: dt.date,
    note: str = "",
    label: str = "",
) -> Op:
    """Record that the use case entered ``state`` on ``on`` (kept in date order)."""
    entry = entry_of(roadmap, use_case_id)
    history = list(entry.lifecycle if entry else ())
    event = LifecycleEvent(on=on, state=state, note=note)
    at = next((i for i, e in enumerate(history) if e.on > on), len(history))
    history.insert(at, event)
    return set_field(roadmap, use_case_id, "lifecycle", tuple(history), label)


def remove_lifecycle_event(roadmap: Roadmap, use_case_id: str, index: int, label: str = "") -> Op:
    entry = entry_of(roadmap, use_case_id)
    history = list(entry.lifecycle if entry else ())
    if 0 <= index < len(history):
        del history[index]
    return set_field(roadmap, use_case_id, "lifecycle", tuple(history), label)


def set_override(
    roadmap: Roadmap, use_case_id: str, tier: Tier | None, reason: str, label: str = ""
) -> Op:
    """Set a tier by hand with its written justification (None clears the override).

    The justification is written before the tier and cleared after it, so every
    step keeps the rule "an override needs a justification".
    """
    if tier is None:
        values: dict[str, Any] = {"override_tier": None, "override_reason": reason}
    else:
        values = {"override_reason": reason, "override_tier": tier}
    return set_fields(roadmap, use_case_id, values, label)
