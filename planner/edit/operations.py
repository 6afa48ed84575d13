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
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from planner.i18n import _
from planner.model.base import Entity
from planner.model.entities import Roadmap
from planner.model.index import carry
from planner.model.kinds import (
    BY_NAME,
    KINDS,
    Kind,
    OnDelete,
    index_of,
    ref_ids,
    referrers,
)
from planner.model.kinds import ROADMAP as ROADMAP  # re-exported: SetField's kind for it
from planner.rules import invariants
from planner.rules.problems import Problem, from_validation_error

_NOT_EDITABLE_ROADMAP_FIELDS = frozenset({"lineage", *(k.attr for k in KINDS)})


@dataclass(frozen=True)
class SetField:
    kind: str
    id: str | None
    field: str
    value: Any
    label: str = ""


@dataclass(frozen=True)
class Insert:
    kind: str
    index: int
    """Position in the list; ``-1`` or anything past the end appends."""
    entity: Entity
    label: str = ""


@dataclass(frozen=True)
class Remove:
    """Remove an entity and handle everything that refers to it."""

    kind: str
    id: str
    label: str = ""


@dataclass(frozen=True)
class Move:
    kind: str
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

    kind: str
    ids: tuple[str, ...]
    label: str = ""


@dataclass(frozen=True)
class Restore:
    """Low level: put entities back at their former positions (the inverse of Drop)."""

    kind: str
    placed: tuple[tuple[int, Entity], ...]
    label: str = ""


Op = SetField | Insert | Remove | Move | Batch | Drop | Restore


class EditError(ValueError):
    """An operation was refused; nothing changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems) or _("invalid edit"))


def apply(roadmap: Roadmap, op: Op) -> tuple[Roadmap, Op]:
    """Apply ``op``; return the new roadmap and the operation that undoes it.

    Raises :class:`EditError` when the operation is malformed or would break a
    rule of the roadmap; the given roadmap is never changed.
    """
    work = _Work(roadmap)
    inverse = _run(work, op)
    result = work.result()
    if result is roadmap:
        return roadmap, inverse
    problems = invariants.check_changes(
        result, work.touched, work.removed, work.reordered, set(work.scalars)
    )
    if problems:
        raise EditError(problems)
    return result, inverse


def apply_all(roadmap: Roadmap, ops: Iterable[Op], label: str = "") -> tuple[Roadmap, Op]:
    """Apply several operations as one; the inverse undoes them all."""
    return apply(roadmap, Batch(tuple(ops), label))


def changed_kinds(op: Op) -> set[str]:
    """The kind names an operation (or its inverse) touches, for refreshing views."""
    if isinstance(op, Batch):
        return set().union(*(changed_kinds(o) for o in op.ops)) if op.ops else set()
    if isinstance(op, Remove):
        return {op.kind, *(k.name for k, _ in referrers(op.kind)), "baseline"}
    return {op.kind}


# ------------------------------------------------------------------ internals


class _Work:
    """Mutable working copy of the roadmap's lists, copied on first write."""

    def __init__(self, roadmap: Roadmap) -> None:
        self.base = roadmap
        self.scalars: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {}
        self.positions: dict[str, dict[str, int]] = {}
        # What changed, so only the rules these changes can break are checked.
        self.touched: dict[str, set[str]] = {}
        self.removed: dict[str, set[str]] = {}
        self.reordered: set[str] = set()
        self.restructured: set[str] = set()  # attrs whose positions changed

    def mark_touched(self, kind: Kind, ids: Iterable[str]) -> None:
        ids = set(ids)
        self.touched.setdefault(kind.name, set()).update(ids)
        self.removed.get(kind.name, set()).difference_update(ids)

    def mark_removed(self, kind: Kind, ids: Iterable[str]) -> None:
        ids = set(ids)
        self.removed.setdefault(kind.name, set()).update(ids)
        self.touched.get(kind.name, set()).difference_update(ids)

    def entities(self, kind: Kind) -> tuple[Any, ...] | list[Any]:
        return self.lists.get(kind.attr) or kind.entities(self.base)

    def writable(self, kind: Kind) -> list[Any]:
        if kind.attr not in self.lists:
            self.lists[kind.attr] = list(kind.entities(self.base))
        return self.lists[kind.attr]

    def position(self, kind: Kind, entity_id: str) -> int | None:
        if kind.attr not in self.lists:
            return index_of(self.base, kind.name).get(entity_id)
        positions = self.positions.get(kind.attr)
        if positions is None:
            positions = {e.id: i for i, e in enumerate(self.lists[kind.attr])}
            self.positions[kind.attr] = positions
        return positions.get(entity_id)

    def positions_changed(self, kind: Kind) -> None:
        self.positions.pop(kind.attr, None)
        self.restructured.add(kind.attr)

    def result(self) -> Roadmap:
        if not self.scalars and not self.lists:
            return self.base
        update: dict[str, Any] = dict(self.scalars)
        for attr, items in self.lists.items():
            update[attr] = tuple(items)
        result = self.base.model_copy(update=update)
        # Fields changed in place keep every position: the new lists need no new index.
        carry(self.base, result, (a for a in self.lists if a not in self.restructured))
        return result


def _kind(name: str) -> Kind:
    kind = BY_NAME.get(name)
    if kind is None:
        message = _("unknown kind of item: {name}", name=repr(name))
        raise EditError([Problem("", "unknown_kind", message)])
    return kind


def _missing(kind: Kind, entity_id: str) -> EditError:
    message = _("{kind} '{id}' does not exist (any more)", kind=_(kind.label), id=entity_id)
    return EditError([Problem("", "not_found", message)])


def _run(work: _Work, op: Op) -> Op:
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


def _set_field(work: _Work, op: SetField) -> Op:
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


def _set_roadmap_field(work: _Work, op: SetField) -> Op:
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


def _insert(work: _Work, op: Insert) -> Op:
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


def _move(work: _Work, op: Move) -> Op:
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
                        kinds=_(kind.label_plural).lower(),
                    ),
                )
            ]
        )
    items.insert(op.index, items.pop(pos))
    work.positions_changed(kind)
    work.reordered.add(kind.name)
    return Move(op.kind, op.id, pos, op.label)


def _drop(work: _Work, op: Drop) -> Op:
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


def _restore(work: _Work, op: Restore) -> Op:
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
    removed: dict[str, list[str]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _expand_remove(work: _Work, op: Remove) -> Batch:
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


def _collect(work: _Work, kind: Kind, entity_id: str, plan: _RemovalPlan) -> None:
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


def _baseline_detaches(work: _Work, plan: _RemovalPlan) -> list[Op]:
    gone = set(plan.removed.get("stage", ())) | set(plan.removed.get("use_case", ()))
    if not gone:
        return []
    ops: list[Op] = []
    for baseline in work.entities(BY_NAME["baseline"]):
        if any(e.entity_id in gone for e in baseline.entries):
            kept = tuple(e for e in baseline.entries if e.entity_id not in gone)
            ops.append(SetField("baseline", baseline.id, "entries", kept))
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
