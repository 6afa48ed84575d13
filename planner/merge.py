"""Three-way merge of two copies of a roadmap edited offline, by stable ids.

Given the version that was sent (``base``) and two edited copies (``mine``,
``theirs``), :func:`merge` combines them entity by entity and field by field:

- changes to different entities, or different fields, combine automatically;
  a field changed the same way in both is fine;
- lists of references (teams, friction points, dependencies …) and attendees
  merge by element: additions from both sides are kept, removals honoured;
- the order of every list follows mine, unless only theirs reordered it;
  additions from theirs go after the entity they followed in theirs;
- a field changed differently in both, an entity deleted in one copy and
  changed in the other, edits that do not fit together, a reference to
  something the other copy deleted, dependencies forming a circle, or the
  same weekly measurement recorded with two values is a :class:`Conflict`.

Nothing is merged while a conflict remains (``merged is None``): the caller
settles each one with :func:`resolve` (mine, theirs, or a value of its own),
which reruns the whole merge with those choices. The merged roadmap always
satisfies :func:`planner.rules.invariants.check`; a rule a choice breaks comes back
as a conflict. :func:`merge_ops` turns the result into one operation for the
app's undo stack.
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from planner.diff import Names, compare, field_label, value_text
from planner.edit.operations import ROADMAP, Batch, Drop, Op, Restore, SetField
from planner.file import lineage
from planner.model.entities import Lineage, Measurement, Roadmap
from planner.model.kinds import BY_ATTR, BY_NAME, KINDS, Kind, OnDelete, Ref, ref_ids
from planner.rules import invariants
from planner.rules.problems import Problem, from_validation_error

MAX_ROUNDS = 50
"""Rounds of applying choices and re-checking (restoring one entity can reveal another)."""

_LIST_ATTRS = frozenset(k.attr for k in KINDS)
_SCALARS = tuple(n for n in Roadmap.model_fields if n != "lineage" and n not in _LIST_ATTRS)


class Pick(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    VALUE = "value"


@dataclass(frozen=True)
class Choice:
    pick: Pick
    value: Any = None


MINE = Choice(Pick.MINE)
THEIRS = Choice(Pick.THEIRS)


def VALUE(value: Any) -> Choice:
    """Settle a conflict with a value of one's own."""
    return Choice(Pick.VALUE, value)


class Code(StrEnum):
    FIELD = "field"
    """The same field was changed differently in both copies."""
    DELETE_EDIT = "delete_edit"
    """One copy deleted an entity the other changed."""
    INVALID = "invalid"
    """Both copies changed an entity in ways that do not fit together."""
    DANGLING = "dangling"
    """An entity refers to something the other copy deleted."""
    CYCLE = "cycle"
    """Dependencies added in the two copies form a circle."""
    DUPLICATE = "duplicate"
    """Both copies recorded the same weekly measurement, with different values."""
    INVARIANT = "invariant"
    """The combination breaks another rule of the roadmap (dates in order, ranges …)."""


_EDITABLE = frozenset({Code.FIELD, Code.DANGLING, Code.DUPLICATE, Code.INVARIANT})


@dataclass(frozen=True)
class Conflict:
    key: str
    """Stable key to settle it with in :func:`resolve`."""
    code: Code
    kind: str
    entity_id: str | None
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    sentence: str
    options: tuple[str, str]
    """What choosing mine, and choosing theirs, gives: a value ("17 Mar 2027") or an effect
    ("Delete it", "Keep the team"), to show after "Mine:" and "Theirs:"."""

    @property
    def editable(self) -> bool:
        """Whether a value of one's own (:func:`VALUE`) can settle it."""
        return self.code in _EDITABLE and self.field is not None


@dataclass(frozen=True)
class MergeResult:
    base: Roadmap
    mine: Roadmap
    theirs: Roadmap
    merged: Roadmap | None
    """The merged roadmap, or None while conflicts remain."""
    conflicts: list[Conflict]
    auto: list[str]
    """Sentences of what merging changes in mine, all combined automatically."""
    choices: Mapping[str, Choice] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.merged is not None


def merge(base: Roadmap, mine: Roadmap, theirs: Roadmap) -> MergeResult:
    """Merge ``theirs`` into ``mine``, both edited from ``base``."""
    return _Merger(base, mine, theirs, {}).run()


def resolve(result: MergeResult, choices: Mapping[str, Choice]) -> MergeResult:
    """The merge again, with conflicts settled by ``choices`` (key → choice).

    Choices given earlier are kept unless overridden. Nothing is merged until
    every conflict is settled; a choice that breaks a rule is reported again.
    """
    return _Merger(result.base, result.mine, result.theirs, {**result.choices, **choices}).run()


# ------------------------------------------------------------------ merging


_MISSING: Any = object()


def _set_like(kind: Kind, name: str) -> bool:
    """Lists whose order carries no meaning: merged element by element."""
    return name == "attendees" or any(r.field == name and r.many for r in kind.refs)


def _merge_list(
    base: tuple[Any, ...], mine: tuple[Any, ...], theirs: tuple[Any, ...]
) -> tuple[Any, ...]:
    removed = (set(base) - set(mine)) | (set(base) - set(theirs))
    kept = [x for x in mine if x not in removed]
    kept += [x for x in theirs if x not in set(mine) and x not in removed]
    return tuple(dict.fromkeys(kept))


def _merge_order(base: list[str], mine: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """Mine's order (theirs' when only theirs reordered), with the other's additions placed."""
    common = set(base) & set(mine) & set(theirs)
    in_base = [i for i in base if i in common]
    primary, secondary = mine, theirs
    if [i for i in mine if i in common] == in_base and [
        i for i in theirs if i in common
    ] != in_base:
        primary, secondary = theirs, mine
    order = [i for i in primary if i in keep]
    placed = set(order)
    followers: dict[str | None, list[str]] = defaultdict(list)
    anchor: str | None = None
    for i in secondary:
        if i in placed:
            anchor = i
        elif i in keep:
            followers[anchor].append(i)
    result = list(followers[None])
    for i in order:
        result.append(i)
        result += followers.get(i, [])
    return result


class _Merger:
    def __init__(
        self, base: Roadmap, mine: Roadmap, theirs: Roadmap, choices: Mapping[str, Choice]
    ) -> None:
        self.base, self.mine, self.theirs = base, mine, theirs
        self.choices = dict(choices)
        self.conflicts: dict[str, Conflict] = {}
        self.notes: list[str] = []
        self.scalars: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {}
        self.names = Names(mine, theirs, base)
        self._side_maps: dict[str, tuple[dict[str, Any], ...]] = {}

    def sides(self, kind_name: str) -> tuple[dict[str, Any], ...]:
        """(base, mine, theirs) entities of a kind by id, built when first needed."""
        maps = self._side_maps.get(kind_name)
        if maps is None:
            kind = BY_NAME[kind_name]
            maps = tuple(
                {e.id: e for e in kind.entities(r)} for r in (self.base, self.mine, self.theirs)
            )
            self._side_maps[kind_name] = maps
        return maps

    # --------------------------------------------------------------- run

    def run(self) -> MergeResult:
        self._merge_scalars()
        for kind in KINDS:
            self._merge_kind(kind)
        self._settle_structure()
        merged = None
        if not self.conflicts:
            merged = self._build(lineage.merged(self.mine.lineage, self.theirs.lineage))
        comparison = compare(self.mine, self._build(self.mine.lineage))
        auto = self.notes + [line for g in comparison.groups for line in g.lines]
        return MergeResult(
            self.base,
            self.mine,
            self.theirs,
            merged,
            list(self.conflicts.values()),
            auto,
            dict(self.choices),
        )

    def _build(self, line: Lineage) -> Roadmap:
        """The roadmap as merged so far (entities and fields already validated one by one)."""
        update: dict[str, Any] = {attr: tuple(items) for attr, items in self.lists.items()}
        update.update(self.scalars)
        update["lineage"] = line
        return self.mine.model_copy(update=update)

    # ----------------------------------------------------------- scalars

    def _merge_scalars(self) -> None:
        for name in _SCALARS:
            b, m, t = (getattr(r, name) for r in (self.base, self.mine, self.theirs))
            self.scalars[name] = self._three_way(ROADMAP, None, name, b, m, t, None)
        try:
            Roadmap.model_validate({**self.scalars, "lineage": self.mine.lineage})
        except ValidationError as exc:
            for problem in from_validation_error(exc):
                name = _top(problem.where)
                self._report_field(
                    ROADMAP, None, name, key=_field_key(ROADMAP, None, name), note=problem.message
                )
                self.scalars[name] = getattr(self.mine, name)

    # ------------------------------------------------------------ fields

    def _three_way(
        self, kind: str, entity_id: str | None, name: str, b: Any, m: Any, t: Any, k: Kind | None
    ) -> Any:
        """One field: the merged value, or mine's (provisionally) with a conflict."""
        if m == t:
            return m
        if b is not _MISSING and m == b:
            return t
        if b is not _MISSING and t == b:
            return m
        if k is not None and _set_like(k, name):
            return _merge_list(() if b is _MISSING else b, m, t)
        key = _field_key(kind, entity_id, name)
        choice = self.choices.get(key)
        if choice is None:
            self._report_field(kind, entity_id, name, key=key)
            return m
        if choice.pick is Pick.MINE:
            return m
        if choice.pick is Pick.THEIRS:
            return t
        return choice.value

    def _values(self, kind: str, entity_id: str | None, name: str) -> list[Any]:
        """The field's value in base, mine and theirs (_MISSING where the entity is absent)."""
        values = []
        for i, roadmap in enumerate((self.base, self.mine, self.theirs)):
            entity = roadmap if kind == ROADMAP else self.sides(kind)[i].get(entity_id or "")
            values.append(_MISSING if entity is None else getattr(entity, name))
        return values

    def _report_field(
        self, kind: str, entity_id: str | None, name: str, *, key: str, note: str = ""
    ) -> None:
        b, m, t = self._values(kind, entity_id, name)
        show = self._shower(kind, entity_id, name)
        was = " (added in both)" if b is _MISSING else f" (was {show(b)})"
        sentence = (
            f"{self._subject(kind, entity_id)} {field_label(name)}: "
            f"mine {show(m)}, theirs {show(t)}{was}"
        )
        if note:
            sentence += f" — the value chosen is not valid: {note}"
        self.conflicts[key] = Conflict(
            key,
            Code.FIELD,
            kind,
            entity_id,
            name,
            None if b is _MISSING else b,
            m,
            t,
            sentence,
            (show(m), show(t)),
        )

    def _shower(self, kind: str, entity_id: str | None, name: str) -> Callable[[Any], str]:
        entity = None if kind == ROADMAP else self._any_entity(kind, entity_id)

        def show(value: Any) -> str:
            if value is _MISSING:
                return "(absent)"
            if name == "id":
                return str(value)
            return value_text(self.names, kind, name, entity, value)

        return show

    def _any_entity(self, kind: str, entity_id: str | None) -> Any | None:
        b, m, t = self.sides(kind)
        key = entity_id or ""
        return m.get(key) or t.get(key) or b.get(key)

    def _subject(self, kind: str, entity_id: str | None) -> str:
        if kind == ROADMAP:
            return "Roadmap"
        entity = self._any_entity(kind, entity_id)
        if entity is None:
            return f"{BY_NAME[kind].label} '{entity_id}'"
        return self.names.subject(BY_NAME[kind], entity)

    # ---------------------------------------------------------- entities

    def _merge_kind(self, kind: Kind) -> None:
        base_items, mine_items, theirs_items = (
            kind.entities(r) for r in (self.base, self.mine, self.theirs)
        )
        # Fast paths: one side left this kind untouched.
        if theirs_items == base_items:
            self.lists[kind.attr] = list(mine_items)
            return
        if mine_items == base_items:
            self.lists[kind.attr] = list(theirs_items)
            return
        b, m, t = self.sides(kind.name)
        merged: dict[str, Any] = {}
        for entity_id in dict.fromkeys([*m, *t, *b]):
            entity = self._merge_entity(
                kind, entity_id, b.get(entity_id), m.get(entity_id), t.get(entity_id)
            )
            if entity is not None:
                merged[entity_id] = entity
        order = _merge_order(list(b), list(m), list(t), set(merged))
        self.lists[kind.attr] = [merged[i] for i in order]

    def _merge_entity(self, kind: Kind, entity_id: str, b: Any, m: Any, t: Any) -> Any | None:
        choice = self.choices.get(_entity_key(kind.name, entity_id))
        if choice is not None and choice.pick in (Pick.MINE, Pick.THEIRS):
            return m if choice.pick is Pick.MINE else t
        if m == t:
            return m
        if b is None and (m is None or t is None):
            return m if t is None else t  # added in one copy only
        if b is not None and m == b:
            return t
        if b is not None and t == b:
            return m
        if m is None or t is None:
            self._report_delete_edit(kind, entity_id, b, m, t)
            return m
        values: dict[str, Any] = {}
        for name, info in kind.model.model_fields.items():
            if b is not None:
                bv = getattr(b, name)
            else:  # added in both (a derived id): a field left at its default was not set
                bv = _MISSING if info.is_required() else info.get_default()
            values[name] = self._three_way(
                kind.name, entity_id, name, bv, getattr(m, name), getattr(t, name), kind
            )
        try:
            return kind.model.model_validate(values)
        except ValidationError as exc:
            self._report_invalid(kind, entity_id, b, m, t, from_validation_error(exc))
            return m

    def _report_invalid(
        self, kind: Kind, entity_id: str, b: Any, m: Any, t: Any, problems: list[Problem]
    ) -> None:
        typed = False
        for p in problems:
            key = _field_key(kind.name, entity_id, _top(p.where))
            choice = self.choices.get(key)
            if choice is not None and choice.pick is Pick.VALUE:
                self._report_field(kind.name, entity_id, _top(p.where), key=key, note=p.message)
                typed = True
        if typed:
            return
        key = _entity_key(kind.name, entity_id)
        reason = "; ".join(p.message for p in problems)
        self.conflicts[key] = Conflict(
            key,
            Code.INVALID,
            kind.name,
            entity_id,
            None,
            b,
            m,
            t,
            f"{self.names.subject(kind, m)}: the changes made in mine and in theirs do not "
            f"fit together ({reason})",
            ("My version", "Their version"),
        )

    def _report_delete_edit(self, kind: Kind, entity_id: str, b: Any, m: Any, t: Any) -> None:
        key = _entity_key(kind.name, entity_id)
        kept, deleter, keeper = (t, "mine", "theirs") if m is None else (m, "theirs", "mine")
        changed = [
            field_label(n)
            for n in kind.model.model_fields
            if b is not None and getattr(b, n) != getattr(kept, n)
        ]
        sentence = (
            f"{self.names.subject(kind, kept)} was deleted in {deleter} but changed in {keeper}"
        )
        if changed:
            sentence += f" ({', '.join(changed)})"
        options = (
            ("Delete it", "Keep it, with their changes")
            if m is None
            else ("Keep it, with my changes", "Delete it")
        )
        self.conflicts[key] = Conflict(
            key, Code.DELETE_EDIT, kind.name, entity_id, None, b, m, t, sentence, options
        )

    # --------------------------------------------------------- structure

    def _settle_structure(self) -> None:
        """References, cycles, duplicates and the other rules, applying choices."""
        self._drop_baseline_entries()
        for _ in range(MAX_ROUNDS):
            for key in [k for k, c in self.conflicts.items() if c.code in _STRUCTURAL]:
                del self.conflicts[key]  # found afresh each round
            changed = self._dangling()
            changed = self._cycles() or changed
            changed = self._duplicates() or changed
            if not changed:
                break
        self._drop_baseline_entries()
        self._invariants()

    def _present(self, kind_name: str) -> set[str]:
        return {e.id for e in self.lists[BY_NAME[kind_name].attr]}

    def _position(self, kind: Kind, entity_id: str) -> int | None:
        items = self.lists[kind.attr]
        return next((i for i, e in enumerate(items) if e.id == entity_id), None)

    def _drop_baseline_entries(self) -> None:
        """Baselines keep no dates of stages or use cases that no longer exist."""
        alive = self._present("stage") | self._present("use_case")
        baselines = self.lists["baselines"]
        for i, baseline in enumerate(baselines):
            kept = tuple(e for e in baseline.entries if e.entity_id in alive)
            if len(kept) != len(baseline.entries):
                baselines[i] = baseline.model_copy(update={"entries": kept})

    def _dangling(self) -> bool:
        changed = False
        for kind in KINDS:
            for ref in kind.refs:
                present = self._present(ref.target)
                for entity in list(self.lists[kind.attr]):
                    missing = [i for i in ref_ids(entity, ref) if i not in present]
                    if missing:
                        changed = self._dangling_one(kind, ref, entity.id, missing) or changed
        return changed

    def _dangling_one(self, kind: Kind, ref: Ref, entity_id: str, missing: list[str]) -> bool:
        """A reference to entities that are gone: settle it by the choice, or report it."""
        key = f"ref:{kind.name}:{entity_id}:{ref.field}"
        target = BY_NAME[ref.target]
        _, m, t = self.sides(ref.target)
        # Which copy deleted the targets, and whether the other still has them.
        deleter = "theirs" if all(i in m for i in missing) else "mine"
        keeper = m if deleter == "theirs" else t
        can_keep = all(i in keeper for i in missing)
        choice = self.choices.get(key)
        if choice is not None:
            if choice.pick is Pick.VALUE:
                return self._set_value(kind, entity_id, ref.field, choice.value, key)
            if can_keep and choice.pick.value != deleter:
                for i in missing:
                    self._restore(target, keeper[i], keeper)
            else:
                self._detach(kind, ref, entity_id, set(missing))
            return True
        entity = self.lists[kind.attr][self._position(kind, entity_id) or 0]
        noun = (target.label if len(missing) == 1 else target.label_plural).lower()
        what = ", ".join(f"'{self.names.title(ref.target, i)}'" for i in missing)
        fate = f"which {deleter} deleted" if can_keep else "which no longer exists"
        drop = _drop_text(ref)
        keep = f"Keep the {noun}" if can_keep else drop
        value = getattr(entity, ref.field)
        self.conflicts[key] = Conflict(
            key,
            Code.DANGLING,
            kind.name,
            entity_id,
            ref.field,
            None,
            value if deleter == "theirs" else None,
            value if deleter == "mine" else None,
            f"{self.names.subject(kind, entity)} refers to {noun} {what}, {fate}",
            (drop, keep) if deleter == "mine" else (keep, drop),
        )
        return False

    def _restore(self, kind: Kind, entity: Any, side: Mapping[str, Any]) -> None:
        """Put back an entity the other copy deleted, after the one it followed there."""
        items = self.lists[kind.attr]
        if self._position(kind, entity.id) is not None:
            return
        order = list(side)
        positions = {e.id: i for i, e in enumerate(items)}
        before = order[: order.index(entity.id)]
        anchor = next((positions[i] for i in reversed(before) if i in positions), -1)
        items.insert(anchor + 1, entity)

    def _detach(self, kind: Kind, ref: Ref, entity_id: str, gone: set[str]) -> None:
        """What deleting the targets does to the referring entity (as in operations.Remove)."""
        items = self.lists[kind.attr]
        pos = self._position(kind, entity_id)
        if pos is None:
            return
        entity = items[pos]
        if ref.many:
            kept = tuple(i for i in getattr(entity, ref.field) if i not in gone)
            items[pos] = entity.model_copy(update={ref.field: kept})
        elif ref.on_delete is OnDelete.DETACH:
            items[pos] = entity.model_copy(update={ref.field: None})
        else:
            del items[pos]

    def _set_value(self, kind: Kind, entity_id: str, name: str, value: Any, key: str) -> bool:
        items = self.lists[kind.attr]
        pos = self._position(kind, entity_id)
        if pos is None:
            return False
        entity = items[pos]
        try:
            items[pos] = kind.model.model_validate({**entity.__dict__, name: value})
        except ValidationError as exc:
            note = "; ".join(p.message for p in from_validation_error(exc))
            self._report_field(kind.name, entity_id, name, key=key, note=note)
            self.conflicts[key] = replace(self.conflicts[key], code=Code.DANGLING)
            return False
        return bool(getattr(entity, name) != value)

    def _cycles(self) -> bool:
        use_cases = self.lists["use_cases"]
        graph = {u.id: u.depends_on for u in use_cases}
        _, m, t = self.sides("use_case")
        changed = False
        for component in _cyclic_components(graph):
            key = "cycle:" + ",".join(sorted(component))
            inside = {(a, d) for a in component for d in graph[a] if d in component}
            in_mine = {(a, d) for a, d in inside if a in m and d in m[a].depends_on}
            in_theirs = {(a, d) for a, d in inside if a in t and d in t[a].depends_on}
            choice = self.choices.get(key)
            if choice is not None and choice.pick is not Pick.VALUE:
                cut = inside - (in_mine if choice.pick is Pick.MINE else in_theirs)
                for i, u in enumerate(use_cases):
                    gone = {d for a, d in cut if a == u.id}
                    if gone:
                        kept = tuple(d for d in u.depends_on if d not in gone)
                        use_cases[i] = u.model_copy(update={"depends_on": kept})
                        changed = True
                continue
            self._report_cycle(key, component, inside, in_mine, in_theirs)
        return changed

    def _report_cycle(
        self,
        key: str,
        component: set[str],
        inside: set[tuple[str, str]],
        in_mine: set[tuple[str, str]],
        in_theirs: set[tuple[str, str]],
    ) -> None:
        def title(i: str) -> str:
            return self.names.title("use_case", i)

        def edges(found: set[tuple[str, str]]) -> str:
            return ", ".join(f"{title(a)} → {title(d)}" for a, d in sorted(found)) or "nothing"

        circle = ", ".join(f"'{title(i)}'" for i in sorted(component))
        self.conflicts[key] = Conflict(
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

    def _duplicates(self) -> bool:
        """Both copies recorded the same week of a metric (say, both imported one file)."""
        items: list[Measurement] = self.lists["measurements"]
        _, m, t = self.sides("measurement")
        groups: dict[tuple[Any, ...], list[Measurement]] = defaultdict(list)
        for x in items:
            if (x.id in m) != (x.id in t):  # added on one side only
                groups[(x.metric_id, x.stage_id, x.use_case_id, x.team_id, x.week)].append(x)
        drop: set[str] = set()
        same = 0
        for group in groups.values():
            ours = [x for x in group if x.id in m]
            other = [x for x in group if x.id in t]
            if len(ours) != 1 or len(other) != 1:
                continue  # nothing doubled, or left to the general check
            a, b = ours[0], other[0]
            if {**a.__dict__, "id": ""} == {**b.__dict__, "id": ""}:
                drop.add(max(a.id, b.id))  # the same one is kept whichever copy is "mine"
                same += 1
                continue
            key = f"duplicate:measurement:{min(a.id, b.id)}:{max(a.id, b.id)}"
            choice = self.choices.get(key)
            if choice is None:
                self._report_duplicate(key, a, b)
            elif choice.pick is Pick.VALUE:
                try:
                    fixed = Measurement.model_validate({**a.__dict__, "value": choice.value})
                except ValidationError as exc:
                    note = "; ".join(p.message for p in from_validation_error(exc))
                    self._report_duplicate(key, a, b, note)
                    continue
                items[items.index(a)] = fixed
                drop.add(b.id)
            else:
                drop.add(b.id if choice.pick is Pick.MINE else a.id)
        if same:
            plural = "s" if same != 1 else ""
            self.notes.append(f"{same} measurement{plural} recorded in both copies kept once")
        if drop:
            self.lists["measurements"] = [x for x in items if x.id not in drop]
        return bool(drop)

    def _report_duplicate(self, key: str, a: Measurement, b: Measurement, note: str = "") -> None:
        def show(value: float) -> str:
            return value_text(self.names, "measurement", "value", a, value)

        sentence = (
            f"{self.names.subject(BY_NAME['measurement'], a)} was recorded in both copies: "
            f"mine {show(a.value)}, theirs {show(b.value)}"
        )
        if note:
            sentence += f" — the value chosen is not valid: {note}"
        self.conflicts[key] = Conflict(
            key,
            Code.DUPLICATE,
            "measurement",
            a.id,
            "value",
            None,
            a.value,
            b.value,
            sentence,
            (show(a.value), show(b.value)),
        )

    # -------------------------------------------------------- invariants

    def _invariants(self) -> None:
        """Every other rule of the roadmap; a combination that breaks one is a conflict.

        A choice settles a broken rule by taking mine's (or theirs') values of
        every place the rule involves — both dates of an end before its start,
        a stage and the one before it — since each copy on its own is valid.
        """
        structural = any(c.code in _STRUCTURAL for c in self.conflicts.values())
        applied: set[str] = set()
        pending: dict[str, tuple[list[Place], str]] = {}
        for _ in range(MAX_ROUNDS):
            roadmap = self._build(self.mine.lineage)
            pending = {}
            progressed = False
            for problem in invariants.check(roadmap):
                if structural and problem.code in _STRUCTURAL_CODES:
                    continue  # already reported, in the merge's own words
                places = _places(roadmap, problem)
                kind, entity_id, name = places[0]
                key = f"check:{kind}:{entity_id or ''}:{name}"
                choice = self.choices.get(key)
                if choice is not None and key not in applied:
                    self._apply_check_choice(choice, places)
                    applied.add(key)
                    progressed = True
                    break  # positions may have moved: check again
                pending.setdefault(key, (places, problem.message))
            if not progressed:
                break
        for key, (places, message) in pending.items():
            if key not in self.conflicts:
                self._report_check(key, places, message)

    def _report_check(self, key: str, places: list[Place], message: str) -> None:
        kind, entity_id, name = places[0]
        b, m, t = self._values(kind, entity_id, name)
        show = self._shower(kind, entity_id, name)
        again = " (the choice made did not settle it)" if key in self.choices else ""
        self.conflicts[key] = Conflict(
            key,
            Code.INVARIANT,
            kind,
            entity_id,
            None if name == WHOLE else name,
            None if b is _MISSING else b,
            None if m is _MISSING else m,
            None if t is _MISSING else t,
            f"After combining both copies, {message}{again}",
            (_option("My", name, show(m), m), _option("Their", name, show(t), t)),
        )

    def _apply_check_choice(self, choice: Choice, places: list[Place]) -> None:
        if choice.pick is Pick.VALUE:
            kind, entity_id, name = places[0]
            places = [] if name == WHOLE else places[:1]
            values = [choice.value]
        else:
            side = self.mine if choice.pick is Pick.MINE else self.theirs
            index = 1 if choice.pick is Pick.MINE else 2
            values = []
            for kind, entity_id, name in places:
                source = side if kind == ROADMAP else self.sides(kind)[index].get(entity_id or "")
                if source is None:
                    values.append(_MISSING)
                else:
                    values.append(source if name == WHOLE else getattr(source, name))
        for (kind, entity_id, name), value in zip(places, values, strict=False):
            self._set_place(kind, entity_id, name, value)

    def _set_place(self, kind: str, entity_id: str | None, name: str, value: Any) -> None:
        """Set one place to a value (_MISSING: leave the entity out; WHOLE: that version)."""
        if kind == ROADMAP:
            before = self.scalars[name]
            self.scalars[name] = value
            try:
                Roadmap.model_validate({**self.scalars, "lineage": self.mine.lineage})
            except ValidationError:
                self.scalars[name] = before  # left as it was: the check reports it again
            return
        k = BY_NAME[kind]
        pos = self._position(k, entity_id or "")
        if pos is None:
            return
        items = self.lists[k.attr]
        if value is _MISSING:
            del items[pos]
            return
        if name == WHOLE:
            items[pos] = value
            return
        with contextlib.suppress(ValidationError):  # if not valid, the check reports it again
            items[pos] = k.model.model_validate({**items[pos].__dict__, name: value})


_STRUCTURAL = frozenset({Code.DANGLING, Code.CYCLE, Code.DUPLICATE})
_STRUCTURAL_CODES = frozenset({"dangling_reference", "dependency_cycle", "duplicate_measurement"})
_WHERE = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?")


def _top(where: str) -> str:
    return where.split(".")[0].split("[")[0]


def _field_key(kind: str, entity_id: str | None, name: str) -> str:
    return f"field:{kind}:{entity_id or ''}:{name}"


def _entity_key(kind: str, entity_id: str) -> str:
    return f"entity:{kind}:{entity_id}"


def _split_key(key: str) -> tuple[str, str, str]:
    """``check:use_case:uc-1:planned_end`` → kind, id, field (ids may hold colons)."""
    _, rest = key.split(":", 1)
    kind, rest = rest.split(":", 1)
    entity_id, name = rest.rsplit(":", 1)
    return kind, entity_id, name


Place = tuple[str, str | None, str]
"""(kind, entity id, field) — field ``WHOLE`` for the entity as a whole."""

WHOLE = "id"
_STARTS = {
    "planned_end": "planned_start",
    "actual_end": "actual_start",
    "horizon_end": "horizon_start",
}


def _places(roadmap: Roadmap, problem: Problem) -> list[Place]:
    """The places a broken rule involves, the one it names first."""
    found = _WHERE.match(problem.where)
    if not (found and found.group(1) in BY_ATTR):
        name = _top(problem.where)
        return [
            (ROADMAP, None, name),
            *([(ROADMAP, None, _STARTS[name])] if name in _STARTS else []),
        ]
    kind = BY_ATTR[found.group(1)]
    entities = kind.entities(roadmap)
    position = int(found.group(2))
    entity = entities[position]
    name = found.group(3) or WHOLE
    places: list[Place] = [(kind.name, entity.id, name)]
    if problem.code in ("end_before_start", "end_without_start") and name in _STARTS:
        places.append((kind.name, entity.id, _STARTS[name]))
    elif problem.code == "stage_order" and position > 0:
        places.append((kind.name, entities[position - 1].id, "planned_start"))
    elif problem.code == "out_of_range" and kind.name == "measurement":
        places += [
            ("metric", entity.metric_id, "min_value"),
            ("metric", entity.metric_id, "max_value"),
        ]
    elif problem.code in ("duplicate_measurement", "duplicate_id"):
        places = [(kind.name, entity.id, WHOLE)]
        first = re.search(r"measurements\[(\d+)\]", problem.message)
        if first is not None:
            places.append((kind.name, entities[int(first.group(1))].id, WHOLE))
    return places


def _option(whose: str, name: str, shown: str, value: Any) -> str:
    """What taking one side's values does: "Leave it out", "My version" or the value."""
    if value is _MISSING:
        return "Leave it out"
    return f"{whose} version" if name == WHOLE else shown


def _drop_text(ref: Ref) -> str:
    if not ref.many and ref.on_delete is OnDelete.CASCADE:
        return "Delete it too"
    return "Drop the reference"


def _cyclic_components(graph: Mapping[str, tuple[str, ...]]) -> list[set[str]]:
    """Strongly connected components that hold a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work[-1]
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = [c for c in graph[node] if c in graph]
            if i < len(children):
                work[-1] = (node, i + 1)
                child = children[i]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(component)
    return found


# ---------------------------------------------------------------- applying


def merge_ops(current: Roadmap, merged: Roadmap, label: str = "") -> Batch:
    """One operation that turns ``current`` into ``merged`` (lineage aside), for undo."""
    ops: list[Op] = []
    for name in _SCALARS:
        value = getattr(merged, name)
        if getattr(current, name) != value:
            ops.append(SetField(ROADMAP, None, name, value))
    for kind in KINDS:
        ops += _list_ops(kind, kind.entities(current), kind.entities(merged))
    return Batch(tuple(ops), label)


def _list_ops(kind: Kind, old: tuple[Any, ...], new: tuple[Any, ...]) -> list[Op]:
    if old is new or old == new:
        return []
    before = {e.id: e for e in old}
    unchanged = {e.id for e in new if before.get(e.id) == e}
    if [e.id for e in old if e.id in unchanged] != [e.id for e in new if e.id in unchanged]:
        unchanged = set()  # reordered: replace the whole list
    dropped = tuple(e.id for e in old if e.id not in unchanged)
    placed = tuple((i, e) for i, e in enumerate(new) if e.id not in unchanged)
    ops: list[Op] = []
    if dropped:
        ops.append(Drop(kind.name, dropped))
    if placed:
        ops.append(Restore(kind.name, placed))
    return ops
