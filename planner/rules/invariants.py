"""Whole-roadmap rules, checked on load and on every edit.

Each broken rule becomes a :class:`Problem` naming the place (a JSON path such
as ``use_cases[3].stage_id``), a stable code and a sentence a programme
manager can act on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, compress, repeat
from math import inf
from operator import attrgetter, gt, lt
from typing import Any

from planner.i18n import _, decimal
from planner.model.entities import Baseline, Measurement, Metric, Roadmap, UseCase
from planner.model.kinds import BY_NAME, KINDS, Kind, index_of, ref_ids, referrers
from planner.rules.columns import Columns
from planner.rules.problems import Problem
from planner.rules.register import register_entries

_id = attrgetter("id")


def _describe(entity: Any, label: str) -> str:
    kind = next(k for k in KINDS if isinstance(entity, k.model))
    title = kind.title_of(entity)
    if kind.title_field == "id" or not title:
        return _("{kind} '{name}'", kind=_(label), name=entity.id)
    return _("{kind} '{name}'", kind=_(label), name=title)


def check(roadmap: Roadmap) -> list[Problem]:
    """Every broken whole-roadmap rule, in file order (empty when valid)."""
    columns = Columns(roadmap)  # each entity visited once for the screens below
    problems: list[Problem] = []
    problems += _unique_ids(roadmap, columns)
    problems += _references(roadmap, columns)
    problems += _dates(roadmap, columns)
    problems += _dependency_cycles(roadmap, columns=columns)
    problems += _measurements(roadmap, columns)
    problems += _baselines(roadmap)
    problems += register_entries(roadmap)
    return problems


def _unique_ids(roadmap: Roadmap, columns: Columns | None = None) -> Iterable[Problem]:
    read = columns or Columns(roadmap)
    # Each kind's positions by id hold one entry per distinct id; together, one per entity
    # exactly when no id repeats (the union is made from the positions' stored hashes).
    by_kind = [read.positions(kind) for kind in KINDS]
    total = sum(len(kind.entities(roadmap)) for kind in KINDS)
    if sum(map(len, by_kind)) == total and len(set().union(*by_kind)) == total:
        return  # the usual case, screened at C speed; the loop below says where
    seen: dict[str, str] = {}
    for kind in KINDS:
        for i, entity in enumerate(kind.entities(roadmap)):
            where = f"{kind.attr}[{i}]"
            first = seen.get(entity.id)
            if first is not None:
                yield Problem(
                    f"{where}.id",
                    "duplicate_id",
                    _(
                        "the id '{id}' is used twice (first at {first}); ids must be unique",
                        id=entity.id,
                        first=first,
                    ),
                )
            else:
                seen[entity.id] = where


def _references(roadmap: Roadmap, columns: Columns | None = None) -> Iterable[Problem]:
    read = columns or Columns(roadmap)
    for kind in KINDS:
        entities = kind.entities(roadmap)
        if not kind.refs or not entities:
            continue
        suspects: set[int] = set()
        # Fast screen with set operations over each reference field (read from
        # every entity in one pass); the wordy check runs only for the
        # entities it flags.
        fields = read.of(kind)
        for ref in kind.refs:
            values = fields[ref.field]
            targets = read.positions(BY_NAME[ref.target])
            if ref.many:
                missing = set(chain.from_iterable(values)).difference(targets)
                if missing:
                    suspects.update(
                        i for i, ids in enumerate(values) if not missing.isdisjoint(ids)
                    )
                # Only lists of two ids or more can repeat one: the others need no set.
                several = list(compress(values, map(lt, repeat(1), map(len, values))))
                if several and sum(map(len, several)) != sum(map(len, map(set, several))):
                    suspects.update(i for i, ids in enumerate(values) if len(set(ids)) < len(ids))
            else:
                missing = set(values).difference(targets)
                missing.discard(None)
                if missing:
                    suspects.update(i for i, v in enumerate(values) if v in missing)
        for i in sorted(suspects):
            yield from _entity_references(roadmap, kind, i, entities[i])


def _entity_references(roadmap: Roadmap, kind: Kind, i: int, entity: Any) -> Iterable[Problem]:
    for ref in kind.refs:
        ids = ref_ids(entity, ref)
        if not ids:
            continue
        target_kind = BY_NAME[ref.target]
        targets = index_of(roadmap, target_kind.name)
        if ref.many and len(set(ids)) != len(ids):
            yield Problem(
                f"{kind.attr}[{i}].{ref.field}",
                "duplicate_reference",
                _(
                    "{item} lists the same {target} twice",
                    item=_describe(entity, kind.label),
                    target=_(target_kind.label).lower(),
                ),
            )
        for j, target_id in enumerate(ids):
            if target_id not in targets:
                where = f"{kind.attr}[{i}].{ref.field}" + (f"[{j}]" if ref.many else "")
                yield Problem(
                    where,
                    "dangling_reference",
                    _(
                        "{item} refers to {target} '{id}', which does not exist",
                        item=_describe(entity, kind.label),
                        target=_(target_kind.label).lower(),
                        id=target_id,
                    ),
                )


def _dates(roadmap: Roadmap, columns: Columns | None = None) -> Iterable[Problem]:
    yield from _horizon(roadmap)
    yield from _stage_dates(roadmap)
    fields = (columns or Columns(roadmap)).of(BY_NAME["use_case"])
    if any(map(gt, fields["planned_start"], fields["planned_end"])):
        for i, use_case in enumerate(roadmap.use_cases):
            yield from _use_case_dates(i, use_case)


def _horizon(roadmap: Roadmap) -> Iterable[Problem]:
    if roadmap.horizon_end < roadmap.horizon_start:
        yield Problem(
            "horizon_end",
            "end_before_start",
            _(
                "the horizon ends ({end}) before it starts ({start})",
                end=roadmap.horizon_end,
                start=roadmap.horizon_start,
            ),
        )


def _stage_dates(roadmap: Roadmap) -> Iterable[Problem]:
    previous = None
    for i, stage in enumerate(roadmap.stages):
        where = f"stages[{i}]"
        if stage.planned_end < stage.planned_start:
            yield Problem(
                f"{where}.planned_end",
                "end_before_start",
                _(
                    "stage '{stage}' ends ({end}) before it starts ({start})",
                    stage=stage.name,
                    end=stage.planned_end,
                    start=stage.planned_start,
                ),
            )
        if stage.actual_end is not None:
            if stage.actual_start is None:
                yield Problem(
                    f"{where}.actual_end",
                    "end_without_start",
                    _("stage '{stage}' has an actual end but no actual start", stage=stage.name),
                )
            elif stage.actual_end < stage.actual_start:
                yield Problem(
                    f"{where}.actual_end",
                    "end_before_start",
                    _(
                        "stage '{stage}' actually ended ({end}) "
                        "before it actually started ({start})",
                        stage=stage.name,
                        end=stage.actual_end,
                        start=stage.actual_start,
                    ),
                )
        if previous is not None and stage.planned_start < previous.planned_start:
            yield Problem(
                f"{where}.planned_start",
                "stage_order",
                _(
                    "stage '{stage}' starts ({start}) before the stage before it, "
                    "'{previous}' ({previous_start}); stages follow one another",
                    stage=stage.name,
                    start=stage.planned_start,
                    previous=previous.name,
                    previous_start=previous.planned_start,
                ),
            )
        previous = stage


def _use_case_dates(i: int, use_case: UseCase) -> Iterable[Problem]:
    if use_case.planned_end < use_case.planned_start:
        yield Problem(
            f"use_cases[{i}].planned_end",
            "end_before_start",
            _(
                "use case '{use_case}' ends ({end}) before it starts ({start})",
                use_case=use_case.name,
                end=use_case.planned_end,
                start=use_case.planned_start,
            ),
        )


def _dependency_cycles(
    roadmap: Roadmap, roots: Iterable[str] | None = None, columns: Columns | None = None
) -> Iterable[Problem]:
    """Cycles in depends-on reachable from ``roots`` (default: every use case)."""
    use_cases = roadmap.use_cases
    positions = index_of(roadmap, "use_case")
    # Iterative three-colour depth-first search: reports each cycle once.
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    depends: Sequence[tuple[str, ...]] | None = None  # None: read what the search reaches
    if roots is None:
        fields = (columns or Columns(roadmap)).of(BY_NAME["use_case"])
        column: tuple[tuple[str, ...], ...] = fields["depends_on"]
        # A use case without dependencies closes no circle: only the others are roots.
        roots = tuple(compress(fields["id"], column))
        # Every use case on a circle has a dependency and is one: none of both, no circle.
        if set(roots).isdisjoint(chain.from_iterable(column)):
            return
        depends = column
    for root in roots:
        if root in state or root not in positions:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = [root]
        state[root] = 1
        while stack:
            node, next_child = stack[-1]
            at = positions[node]
            deps = use_cases[at].depends_on if depends is None else depends[at]
            if next_child < len(deps):
                stack[-1] = (node, next_child + 1)
                child = deps[next_child]
                if child not in positions:
                    continue  # dangling: reported by _references
                if state.get(child) == 1:
                    cycle = [*path[path.index(child) :], child]
                    names = " → ".join(use_cases[positions[c]].name for c in cycle)
                    yield Problem(
                        f"use_cases[{positions[node]}].depends_on",
                        "dependency_cycle",
                        _("use cases depend on each other in a circle: {names}", names=names),
                    )
                elif child not in state:
                    state[child] = 1
                    path.append(child)
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
                stack.pop()


def _measurements(roadmap: Roadmap, columns: Columns | None = None) -> Iterable[Problem]:
    if _measurements_clean(roadmap, (columns or Columns(roadmap)).of(BY_NAME["measurement"])):
        return
    metrics = index_of(roadmap, "metric")
    seen: dict[tuple[Any, ...], int] = {}
    for i, m in enumerate(roadmap.measurements):
        yield from _measurement_range(roadmap, metrics, i, m)
        key = _measurement_key(m)
        first = seen.get(key)
        if first is not None:
            yield _duplicate_measurement(i, m, first)
        else:
            seen[key] = i


def _measurements_clean(roadmap: Roadmap, fields: Mapping[str, tuple[Any, ...]]) -> bool:
    """No duplicate and no value out of range: a screen in bulk before the wordy loop."""
    metric_ids = fields["metric_id"]
    scopes = (fields["stage_id"], fields["use_case_id"], fields["team_id"], fields["week"])
    # Repeated keys have equal hashes: a set of the keys' hashes is smaller then (and,
    # on a collision of hashes, the loop after the screen finds there is no repeat).
    # No tuple is kept: at 1,000,000 measurements, half the time of a set of the keys.
    if len(set(map(hash, zip(metric_ids, *scopes, strict=True)))) != len(metric_ids):
        return False
    low = {m.id: m.min_value for m in roadmap.metrics if m.min_value is not None}
    high = {m.id: m.max_value for m in roadmap.metrics if m.max_value is not None}
    values = fields["value"]
    # Each value beside its metric's bounds (none: infinite), compared at C speed.
    return not (
        (low and any(map(gt, map(low.get, metric_ids, repeat(-inf)), values)))
        or (high and any(map(lt, map(high.get, metric_ids, repeat(inf)), values)))
    )


def _measurement_key(m: Measurement) -> tuple[Any, ...]:
    return (m.metric_id, m.stage_id, m.use_case_id, m.team_id, m.week)


def _duplicate_measurement(i: int, m: Measurement, first: int) -> Problem:
    return Problem(
        f"measurements[{i}]",
        "duplicate_measurement",
        _(
            "a second value for the same metric, scope, team and week {week} "
            "(first at measurements[{first}])",
            week=m.week,
            first=first,
        ),
    )


def _measurement_range(
    roadmap: Roadmap, metrics: Mapping[str, int], i: int, m: Measurement
) -> Iterable[Problem]:
    pos = metrics.get(m.metric_id)
    if pos is None:
        return
    metric: Metric = roadmap.metrics[pos]
    low, high = metric.min_value, metric.max_value
    if (low is not None and m.value < low) or (high is not None and m.value > high):
        yield Problem(
            f"measurements[{i}].value",
            "out_of_range",
            _(
                "{value} is outside the range of '{metric}' ({range})",
                value=decimal(f"{m.value:g}"),
                metric=metric.name,
                range=_range_text(low, high),
            ),
        )


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return _("{low} to {high}", low=decimal(f"{low:g}"), high=decimal(f"{high:g}"))
    if low is not None:
        return _("at least {low}", low=decimal(f"{low:g}"))
    return _("at most {high}", high=decimal(f"{high:g}"))


def _baselines(roadmap: Roadmap) -> Iterable[Problem]:
    for i, baseline in enumerate(roadmap.baselines):
        yield from _baseline(roadmap, i, baseline)


def _baseline(roadmap: Roadmap, i: int, baseline: Baseline) -> Iterable[Problem]:
    stages = index_of(roadmap, "stage")
    use_cases = index_of(roadmap, "use_case")
    seen: set[str] = set()
    for j, entry in enumerate(baseline.entries):
        where = f"baselines[{i}].entries[{j}]"
        if entry.entity_id not in stages and entry.entity_id not in use_cases:
            yield Problem(
                f"{where}.entity_id",
                "dangling_reference",
                _(
                    "baseline '{baseline}' refers to '{id}', "
                    "which is neither a stage nor a use case",
                    baseline=baseline.name,
                    id=entry.entity_id,
                ),
            )
        if entry.entity_id in seen:
            yield Problem(
                f"{where}.entity_id",
                "duplicate_reference",
                _(
                    "baseline '{baseline}' lists '{id}' twice",
                    baseline=baseline.name,
                    id=entry.entity_id,
                ),
            )
        seen.add(entry.entity_id)
        if entry.end < entry.start:
            yield Problem(
                f"{where}.end",
                "end_before_start",
                _("baseline '{baseline}' has an end before its start", baseline=baseline.name),
            )


# ------------------------------------------------------------- incremental


def check_changes(
    roadmap: Roadmap,
    touched: dict[str, set[str]],
    removed: dict[str, set[str]],
    reordered: set[str],
    scalars: set[str],
) -> list[Problem]:
    """The problems an edit could have introduced into a roadmap that was valid before.

    ``touched`` maps kind names to ids inserted or changed, ``removed`` to ids
    removed, ``reordered`` names kinds whose order changed, ``scalars`` the
    roadmap's own fields that changed. Checks only what those changes can
    break, so an edit costs time in proportion to the edit, not the roadmap;
    the result is empty exactly when :func:`check` would be.
    """
    problems: list[Problem] = []
    if scalars & {"horizon_start", "horizon_end"}:
        problems += _horizon(roadmap)
    if {"stage"} & (touched.keys() | removed.keys() | reordered):
        problems += _stage_dates(roadmap)
    for kind_name, ids in touched.items():
        problems += _touched(roadmap, BY_NAME[kind_name], ids)
    for kind_name, ids in removed.items():
        problems += _still_referred(roadmap, kind_name, ids)
    return problems


def _touched(roadmap: Roadmap, kind: Kind, ids: set[str]) -> Iterable[Problem]:
    entities = kind.entities(roadmap)
    positions = index_of(roadmap, kind.name)
    if len(positions) != len(entities):
        yield from (p for p in _unique_ids(roadmap) if p.where.startswith(kind.attr + "["))
    other_kinds = [index_of(roadmap, k.name) for k in KINDS if k is not kind]
    present = [(positions[i], entities[positions[i]]) for i in ids if i in positions]
    for i, entity in present:
        if any(entity.id in other for other in other_kinds):
            yield Problem(
                f"{kind.attr}[{i}].id",
                "duplicate_id",
                _(
                    "the id '{id}' is already used by another item; ids must be unique",
                    id=entity.id,
                ),
            )
        yield from _entity_references(roadmap, kind, i, entity)
        if kind.name == "use_case":
            yield from _use_case_dates(i, entity)
        elif kind.name == "baseline":
            yield from _baseline(roadmap, i, entity)
    if kind.name == "register_entry" and present:
        yield from register_entries(roadmap)
    if kind.name == "use_case":
        yield from _dependency_cycles(roadmap, ids)
    elif kind.name == "measurement":
        yield from _touched_measurements(roadmap, [m for _, m in present])
    elif kind.name == "metric":
        metrics = index_of(roadmap, "metric")
        for i, m in enumerate(roadmap.measurements):
            if m.metric_id in ids:
                yield from _measurement_range(roadmap, metrics, i, m)


def _touched_measurements(roadmap: Roadmap, changed: list[Measurement]) -> Iterable[Problem]:
    if not changed:
        return
    metrics = index_of(roadmap, "metric")
    positions = index_of(roadmap, "measurement")
    for m in changed:
        yield from _measurement_range(roadmap, metrics, positions[m.id], m)
    keys = {_measurement_key(m) for m in changed}
    first: dict[tuple[Any, ...], int] = {}
    for i, m in enumerate(roadmap.measurements):
        key = _measurement_key(m)
        if key in keys:
            if key in first:
                yield _duplicate_measurement(i, m, first[key])
            else:
                first[key] = i


def _still_referred(roadmap: Roadmap, kind_name: str, ids: set[str]) -> Iterable[Problem]:
    for ref_kind, ref in referrers(kind_name):
        for i, entity in enumerate(ref_kind.entities(roadmap)):
            if ids.intersection(ref_ids(entity, ref)):
                yield from _entity_references(roadmap, ref_kind, i, entity)
    if kind_name in ("stage", "use_case"):
        for i, baseline in enumerate(roadmap.baselines):
            if any(e.entity_id in ids for e in baseline.entries):
                yield from _baseline(roadmap, i, baseline)
