"""Copying entities out of one roadmap and pasting them into another (or the same).

A copy is a small JSON document (:func:`payload`): the kind and the entities
as the file stores them. Pasting (:func:`paste_ops`) reads it defensively —
:func:`parse` goes through :mod:`planner.file.safejson` (size, depth,
duplicate keys) — gives every entity a fresh id, keeps references between
pasted entities, keeps references to entities the target roadmap has, detaches
the others, moves a pasted measurement to a free week and keeps stages in
date order. The result is a list of inserts, applied (and undone) as one step
by the caller. :class:`PasteError` says, in the user's words, why nothing can
be pasted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from planner.edit.factory import free_week, fresh_id, stage_position
from planner.edit.operations import Insert
from planner.file import safejson
from planner.i18n import _
from planner.model.base import Entity
from planner.model.entities import Measurement, Roadmap, Stage
from planner.model.kinds import BY_NAME, find
from planner.rules.problems import from_validation_error
from planner.vocabulary import kind_word

FORMAT = "pilot-planner-entities"
VERSION = 1
MAX_BYTES = 10 * 1024 * 1024


class PasteError(ValueError):
    """The copied data cannot be pasted here (the message says why)."""


def payload(kind: str, entities: Sequence[Entity]) -> dict[str, Any]:
    """What a copy holds: the kind and the entities as JSON values."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "entities": [e.model_dump(mode="json") for e in entities],
    }


def _no_rows() -> PasteError:
    return PasteError(_("The clipboard holds no rows copied from a roadmap."))


def parse(data: bytes, source: str) -> dict[str, Any]:
    """The copied rows in ``data`` (read with the file's limits); ``source`` names it
    in messages (``the clipboard``)."""
    try:
        value = safejson.parse(data, source=source, max_bytes=MAX_BYTES)
    except safejson.RoadmapLoadError as exc:
        raise PasteError(str(exc)) from None
    if (
        not isinstance(value, dict)
        or value.get("format") != FORMAT
        or not isinstance(value.get("entities"), list)
        or not isinstance(value.get("kind"), str)
    ):
        raise _no_rows()
    return value


def paste_ops(
    roadmap: Roadmap,
    kind: str,
    copied: Mapping[str, Any],
    *,
    scope: Mapping[str, Any] | None = None,
    index: int = -1,
) -> list[Insert]:
    """Inserts for the pasted rows (fresh ids, references kept or detached).

    ``scope`` fixes fields (the table's stage, say); ``index`` is where the first
    row goes (``-1``: at the end).
    """
    scope = scope or {}
    source_kind = copied["kind"]
    if source_kind != kind:
        known = BY_NAME.get(source_kind)
        what = kind_word(source_kind, 2) if known else _("other items")
        raise PasteError(_("The clipboard holds {what}; paste them in their own table.", what=what))
    k = BY_NAME[kind]
    raws = [r for r in copied["entities"] if isinstance(r, dict)]
    if len(raws) != len(copied["entities"]) or not raws:
        raise _no_rows()
    new_ids: dict[str, str] = {}
    for raw in raws:
        new_ids[str(raw.get("id"))] = fresh_id(roadmap, kind, new_ids.values())
    ops: list[Insert] = []
    for number, raw in enumerate(raws):
        row = dict(raw)
        row["id"] = new_ids[str(raw.get("id"))]
        for ref in k.refs:
            value = row.get(ref.field)
            if ref.field in scope:
                row[ref.field] = scope[ref.field]
            elif ref.many and isinstance(value, list):
                row[ref.field] = [
                    v for v in (_relink(roadmap, ref.target, kind, x, new_ids) for x in value) if v
                ]
            elif not ref.many and isinstance(value, str):
                row[ref.field] = _relink(roadmap, ref.target, kind, value, new_ids)
        for name, value in scope.items():
            row[name] = value
        try:
            entity = k.model.model_validate(row)
        except ValidationError as exc:
            problems = "; ".join(p.message for p in from_validation_error(exc))
            raise PasteError(
                _(
                    "Row {n} of the clipboard cannot be pasted: {problems}",
                    n=number + 1,
                    problems=problems,
                )
            ) from None
        if isinstance(entity, Measurement):
            pasted = [op.entity for op in ops if isinstance(op.entity, Measurement)]
            entity = entity.model_copy(update={"week": free_week(roadmap, entity, pasted)})
        position = -1 if index < 0 else index + number
        if isinstance(entity, Stage):  # stages follow one another: keep date order
            earlier = sum(
                1
                for op in ops
                if isinstance(op.entity, Stage) and op.entity.planned_start <= entity.planned_start
            )
            position = stage_position(roadmap, entity.planned_start) + earlier
        ops.append(Insert(k.name, position, entity))
    return ops


def _relink(
    roadmap: Roadmap, target: str, kind: str, old: str, new_ids: Mapping[str, str]
) -> str | None:
    """A reference after pasting: to the pasted copy, to the same entity here, or none."""
    if target == kind and old in new_ids:
        return new_ids[old]
    return old if find(roadmap, target, old) is not None else None
