"""Edit operations: the only way a roadmap changes.

Every operation is a small immutable value. :func:`apply` validates it against
the whole roadmap *before* anything changes and returns the new roadmap with
the operation that undoes it, so the desktop app builds undo on top::

    new, inverse = apply(roadmap, SetField("use_case", "uc-1", "name", "Minutes"))
    back, _ = apply(new, inverse)          # back == roadmap

An invalid operation raises :class:`EditError` and leaves nothing changed (the
roadmap is immutable). Removing an entity that others refer to is one
operation: references are detached, and entities that mean nothing without it
(its measurements, gate criteria, decisions) are removed with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any, NamedTuple

from pydantic import TypeAdapter, ValidationError

from planner.edit.change import Change
from planner.edit.work import Work
from planner.i18n import _
from planner.model.base import Entity, FieldValue
from planner.model.entities import Roadmap
from planner.model.kinds import (
    BY_NAME,
    KINDS,
    EntityKind,
    Kind,
    OnDelete,
    ref_ids,
    referrers,
)
from planner.model.kinds import ROADMAP as ROADMAP  # re-exported: SetField's kind for it
from planner.rules import invariants
from planner.rules.problems import Problem, from_validation_error
from planner.vocabulary import kind_word

_NOT_EDITABLE_ROADMAP_FIELDS = frozenset({"lineage", *(k.attr for k in KINDS)})


@dataclass(frozen=True)
class SetField:
    kind: EntityKind
    id: str | None
    """None for the roadmap's own fields (kind ROADMAP)."""
    field: str
    value: FieldValue
    label: str = ""


@dataclass(frozen=True)
class Insert:
    kind: EntityKind
    index: int
    """Position in the list; ``-1`` or anything past the end appends."""
    entity: Entity
    label: str = ""


@dataclass(frozen=True)
class Remove:
    """Remove an entity and handle everything that refers to it."""

    kind: EntityKind
    id: str
    label: str = ""


@dataclass(frozen=True)
class Move:
    kind: EntityKind
    id: str
    index: int
    label: str = ""


@dataclass(frozen=True)
class Batch:
    ops: tuple[Op, ...]
    label: str = ""


@dataclass(frozen=True)
class Drop:
    """Low level: remove entities without touching references (refused if any remain)."""

    kind: EntityKind
    ids: tuple[str, ...]
    label: str = ""


@dataclass(frozen=True)
class Restore:
    """Low level: put entities back at their former positions (the inverse of Drop)."""

    kind: EntityKind
    placed: tuple[tuple[int, Entity], ...]
    label: str = ""


Op = SetField | Insert | Remove | Move | Batch | Drop | Restore


class EditError(ValueError):
    """An operation was refused; nothing changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems) or _("invalid edit"))


class Applied(NamedTuple):
    roadmap: Roadmap
    """The roadmap after the operation (the same object when nothing changed)."""
    inverse: Op
    """The operation that undoes it."""
    change: Change
    """What changed, for the views that show it."""


def apply(roadmap: Roadmap, op: Op) -> tuple[Roadmap, Op]:
    """Apply ``op``; return the new roadmap and the operation that undoes it.

    Raises :class:`EditError` when the operation is malformed or would break a
    rule of the roadmap; the given roadmap is never changed.
    """
    new, inverse, _change = apply_change(roadmap, op)
    return new, inverse


def apply_change(roadmap: Roadmap, op: Op) -> Applied:
    """:func:`apply`, also saying which kinds and entities changed."""
    work = Work(roadmap)
    inverse = _run(work, op)
    result = work.result()
    if result is roadmap:
        return Applied(roadmap, inverse, Change())
    problems = invariants.check_changes(
        result, work.touched, work.removed, work.reordered, set(work.scalars)
    )
    if problems:
        raise EditError(problems)
    return Applied(result, inverse, work.change())


def apply_all(roadmap: Roadmap, ops: Iterable[Op], label: str = "") -> tuple[Roadmap, Op]:
    """Apply several operations as one; the inverse undoes them all."""
    return apply(roadmap, Batch(tuple(ops), label))


# ------------------------------------------------------------------ internals


def _kind(name: str) -> Kind:
    kind = BY_NAME.get(name)
    if kind is None:
        message = _("unknown kind of item: {name}", name=repr(name))
        raise EditError([Problem("", "unknown_kind", message)])
    return kind


def _missing(kind: Kind, entity_id: str) -> EditError:
    message = _("{kind} '{id}' does not exist (any more)", kind=_(kind.label), id=entity_id)
    return EditError([Problem("", "not_found", message)])


def _run(work: Work, op: Op) -> Op:
    if isinstance(op, SetField):
        return _set_field(work, op)
    if isinstance(op, Insert):
        return _insert(work, op)
    if isinstance(op, Remove):
        return _run(work, _expand_remove(work, op))
    if isinstance(op, Move):
        return _move(work, op)
    if isinstance(op, Drop):
        return _drop(work, op)
    if isinstance(op, Restore):
        return _restore(work, op)
    if isinstance(op, Batch):
        inverses = [_run(work, sub) for sub in op.ops]
        return Batch(tuple(reversed(inverses)), op.label)
    raise EditError([Problem("", "unknown_operation", _("unknown operation {op}", op=repr(op)))])


def _set_field(work: Work, op: SetField) -> Op:
    if op.kind == ROADMAP:
        return _set_roadmap_field(work, op)
    kind = _kind(op.kind)
    if op.id is None:
        raise _missing(kind, "")
    pos = work.position(kind, op.id)
    if pos is None:
        raise _missing(kind, op.id)
    entity = work.entities(kind)[pos]
    if op.field == "id" or op.field not in kind.model.model_fields:
        message = _(
            "{kind} has no editable field {field}", kind=_(kind.label), field=repr(op.field)
        )
        raise EditError([Problem(op.field, "unknown_field", message)])
    old = getattr(entity, op.field)
    try:
        new_entity = kind.model.model_validate({**entity.__dict__, op.field: op.value})
    except ValidationError as exc:
        raise EditError(_named(exc, kind, entity)) from None
    work.writable(kind)[pos] = new_entity
    work.mark_touched(kind, (op.id,))
    return SetField(op.kind, op.id, op.field, old, op.label)


def _set_roadmap_field(work: Work, op: SetField) -> Op:
    if op.field in _NOT_EDITABLE_ROADMAP_FIELDS or op.field not in Roadmap.model_fields:
        message = _("the roadmap has no editable field {field}", field=repr(op.field))
        raise EditError([Problem(op.field, "unknown_field", message)])
    old = work.scalars.get(op.field, getattr(work.base, op.field))
    value = _validate_roadmap_field(op.field, op.value)
    work.scalars[op.field] = value
    return SetField(ROADMAP, None, op.field, old, op.label)


_ROADMAP_FIELD_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


def _validate_roadmap_field(name: str, value: Any) -> Any:
    adapter = _ROADMAP_FIELD_ADAPTERS.get(name)
    if adapter is None:
        info = Roadmap.model_fields[name]
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated[annotation, *info.metadata]
        adapter = TypeAdapter(annotation, config=Roadmap.model_config)
        _ROADMAP_FIELD_ADAPTERS[name] = adapter
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        label = name.replace("_", " ")
        raise EditError(
            [
                Problem(p.where, p.code, f"{label} {p.message}")
                for p in from_validation_error(exc, name)
            ]
        ) from None


def _named(exc: ValidationError, kind: Kind, entity: Any) -> list[Problem]:
    title = kind.title_of(entity)
    label = _(kind.label)
    named = kind.title_field != "id" and title
    who = _("{kind} '{name}'", kind=label, name=title) if named else label
    return [
        Problem(
            p.where,
            p.code,
            _(
                "{item}: {field} {problem}",
                item=who,
                field=p.where or _("value"),
                problem=p.message,
            ),
        )
        for p in from_validation_error(exc)
    ]


def _insert(work: Work, op: Insert) -> Op:
    kind = _kind(op.kind)
    if not isinstance(op.entity, kind.model):
        raise EditError(
            [
                Problem(
                    "",
                    "wrong_kind",
                    _(
                        "cannot insert {type} as a {kind}",
                        type=type(op.entity).__name__,
                        kind=_(kind.label),
                    ),
                )
            ]
        )
    try:  # entities built with model_construct skip validation: check them here
        entity = kind.model.model_validate(op.entity.model_dump())
    except ValidationError as exc:
        raise EditError(_named(exc, kind, op.entity)) from None
    if work.position(kind, entity.id) is not None:
        raise EditError(
            [
                Problem(
                    "id",
                    "duplicate_id",
                    _("{kind} '{id}' already exists", kind=_(kind.label), id=entity.id),
                )
            ]
        )
    items = work.writable(kind)
    index = len(items) if op.index < 0 or op.index > len(items) else op.index
    items.insert(index, entity)
    work.mark_touched(kind, (entity.id,))
    positions = work.positions.get(kind.attr)
    if positions is not None and index == len(items) - 1:
        positions[entity.id] = index
    else:
        work.positions_changed(kind)
    return Drop(op.kind, (entity.id,), op.label)


def _move(work: Work, op: Move) -> Op:
    kind = _kind(op.kind)
    pos = work.position(kind, op.id)
    if pos is None:
        raise _missing(kind, op.id)
    items = work.writable(kind)
    if not 0 <= op.index < len(items):
        raise EditError(
            [
                Problem(
                    "",
                    "bad_position",
                    _(
                        "position {index} is outside the list of {kinds}",
                        index=op.index,
                        kinds=kind_word(kind.name, 2),
                    ),
                )
            ]
        )
    items.insert(op.index, items.pop(pos))
    work.positions_changed(kind)
    work.reordered.add(kind.name)
    work.moved.add(op.id)
    return Move(op.kind, op.id, pos, op.label)


def _drop(work: Work, op: Drop) -> Op:
    kind = _kind(op.kind)
    wanted = set(op.ids)
    items = work.writable(kind)
    placed: list[tuple[int, Entity]] = []
    kept: list[Any] = []
    for i, entity in enumerate(items):
        if entity.id in wanted:
            placed.append((i, entity))
        else:
            kept.append(entity)
    if len(placed) != len(wanted):
        found = {e.id for _, e in placed}
        raise _missing(kind, next(i for i in op.ids if i not in found))
    items[:] = kept
    work.positions_changed(kind)
    work.mark_removed(kind, wanted)
    return Restore(op.kind, tuple(placed), op.label)


def _restore(work: Work, op: Restore) -> Op:
    kind = _kind(op.kind)
    items = work.writable(kind)
    for index, entity in sorted(op.placed, key=lambda p: p[0]):
        if not isinstance(entity, kind.model):
            message = _("cannot restore a {kind}", kind=_(kind.label))
            raise EditError([Problem("", "wrong_kind", message)])
        items.insert(min(index, len(items)), entity)
    work.positions_changed(kind)
    work.mark_touched(kind, (e.id for _, e in op.placed))
    return Drop(op.kind, tuple(e.id for _, e in op.placed), op.label)


@dataclass
class _RemovalPlan:
    removed: dict[EntityKind, list[str]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _expand_remove(work: Work, op: Remove) -> Batch:
    """Remove → detach references, drop the entity and everything that cascades."""
    kind = _kind(op.kind)
    if work.position(kind, op.id) is None:
        raise _missing(kind, op.id)
    plan = _RemovalPlan()
    _collect(work, kind, op.id, plan)
    detaches: list[Op] = []
    for ref_kind in KINDS:
        removed_here = set(plan.removed.get(ref_kind.name, ()))
        for ref in ref_kind.refs:
            gone = set(plan.removed.get(ref.target, ()))
            if not gone or ref.on_delete is OnDelete.CASCADE:
                continue
            for entity in work.entities(ref_kind):
                if entity.id in removed_here:
                    continue
                ids = ref_ids(entity, ref)
                if not gone.intersection(ids):
                    continue
                value: Any = tuple(i for i in ids if i not in gone) if ref.many else None
                detaches.append(SetField(ref_kind.name, entity.id, ref.field, value))
    detaches += _baseline_detaches(work, plan)
    drops = [Drop(name, tuple(ids)) for name, ids in plan.removed.items()]
    return Batch((*detaches, *drops), op.label)


def _collect(work: Work, kind: Kind, entity_id: str, plan: _RemovalPlan) -> None:
    if entity_id in plan.seen:
        return
    plan.seen.add(entity_id)
    plan.removed.setdefault(kind.name, []).append(entity_id)
    for ref_kind, ref in referrers(kind.name):
        if ref.on_delete is not OnDelete.CASCADE:
            continue
        for entity in work.entities(ref_kind):
            if entity_id in ref_ids(entity, ref):
                _collect(work, ref_kind, entity.id, plan)


def _baseline_detaches(work: Work, plan: _RemovalPlan) -> list[Op]:
    gone = set(plan.removed.get(EntityKind.STAGE, ())) | set(
        plan.removed.get(EntityKind.USE_CASE, ())
    )
    if not gone:
        return []
    ops: list[Op] = []
    for baseline in work.entities(BY_NAME["baseline"]):
        if any(e.entity_id in gone for e in baseline.entries):
            kept = tuple(e for e in baseline.entries if e.entity_id not in gone)
            ops.append(SetField(EntityKind.BASELINE, baseline.id, "entries", kept))
    return ops


def referring(roadmap: Roadmap, kind_name: str, entity_id: str) -> list[tuple[Kind, Any]]:
    """Entities that refer to the given one (to warn before a delete)."""
    found: list[tuple[Kind, Any]] = []
    for ref_kind, ref in referrers(kind_name):
        for entity in ref_kind.entities(roadmap):
            if entity_id in ref_ids(entity, ref):
                found.append((ref_kind, entity))
    if kind_name in ("stage", "use_case"):
        for baseline in roadmap.baselines:
            if any(e.entity_id == entity_id for e in baseline.entries):
                found.append((BY_NAME["baseline"], baseline))
    return found
