"""An MS Project plan brought into a roadmap as stages and use cases, in one step.

    plan = plan_import(roadmap, read_project("plan.xml"))
    plan.rows        # what will be added or changed, for a preview
    plan.unmapped    # what the roadmap has no place for, in sentences
    new, undo = apply(roadmap, plan.batch)   # one operation, one undo step

How the plan is read (the reverse of :mod:`planner.interchange.mspdi_write`):

- a summary task at outline level 1 is a stage (name, planned dates, actual
  start and finish); its first milestone is the stage's gate review;
- every other task under it is a use case of that stage (name, planned
  dates, percent complete as progress, notes as description); a deeper
  summary task only groups tasks, so its tasks go to the stage;
- a task at outline level 1 that is neither a summary nor a milestone is a
  use case without a stage;
- a finish-to-start link between two use cases is a dependency.

A task whose GUID is that of a stage or use case of this roadmap (an export
edited in MS Project) updates it; any other task adds a new one. Stages and
use cases the file does not mention are left as they are. Everything else —
resources, assignments, other kinds of link, lags, milestones outside a stage,
tasks without dates, baselines — is listed in :attr:`ImportPlan.unmapped`.
Stages end up in date order (a rule of the roadmap); the horizon grows to
cover the plan when needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.edit.operations import ROADMAP, Batch, Insert, Move, Op, SetField
from planner.i18n import N_, _, format_day, ngettext
from planner.interchange.mspdi import LINK_FINISH_TO_START, task_guid
from planner.interchange.mspdi_read import ProjectPlan, ProjectTask
from planner.model.entities import Roadmap, Stage, UseCase
from planner.model.ids import new_id
from planner.model.kinds import EntityKind


@dataclass(frozen=True)
class PreviewRow:
    action: str
    """``add``, ``update`` or ``same``."""
    kind: str
    """``stage`` or ``use_case``."""
    name: str
    start: dt.date
    finish: dt.date
    stage: str
    """The stage's name (use cases), or the gate review date in words (stages)."""
    changes: tuple[str, ...] = ()
    """The fields an update changes."""


@dataclass
class ImportPlan:
    batch: Batch
    rows: list[PreviewRow] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Stages and use cases of the roadmap that the file does not mention (left as they are)."""

    @property
    def empty(self) -> bool:
        return not self.batch.ops


@dataclass
class _StagePlan:
    task: ProjectTask
    gate: dt.date | None = None
    use_cases: list[ProjectTask] = field(default_factory=list)


@dataclass
class _Reading:
    stages: list[_StagePlan] = field(default_factory=list)
    loose: list[ProjectTask] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


def _read_outline(plan: ProjectPlan) -> _Reading:
    reading = _Reading()
    current: _StagePlan | None = None
    for task in plan.tasks:
        if task.level < 1 or task.uid == 0:
            continue  # the project's own summary row, or a blank row
        name = task.name or _("task {uid}", uid=task.uid)
        if task.start is None or task.finish is None:
            reading.unmapped.append(_("Task '{task}' has no dates; not imported.", task=name))
            continue
        if task.level == 1:
            current = None
            if task.summary:
                current = _StagePlan(task)
                reading.stages.append(current)
            elif task.milestone:
                reading.unmapped.append(
                    _("Milestone '{task}' is outside any stage; not imported.", task=name)
                )
            else:
                reading.loose.append(task)
            continue
        if current is None:
            reading.loose.append(task)
        elif task.milestone:
            if current.gate is None:
                current.gate = task.start
            else:
                reading.unmapped.append(
                    _(
                        "Milestone '{task}': stage '{stage}' already has its gate review; "
                        "not imported.",
                        task=name,
                        stage=current.task.name,
                    )
                )
        elif task.summary:
            reading.unmapped.append(
                _(
                    "Summary task '{task}' only groups tasks: its tasks become use cases "
                    "of stage '{stage}'.",
                    task=name,
                    stage=current.task.name,
                )
            )
        else:
            current.use_cases.append(task)
    return reading


def plan_import(roadmap: Roadmap, plan: ProjectPlan, *, source: str = "") -> ImportPlan:
    """The operations that bring ``plan`` into ``roadmap``, with a preview (see module doc)."""
    reading = _read_outline(plan)
    document = roadmap.lineage.document_id
    stages_by_guid = {task_guid(document, "stage", s.id): s for s in roadmap.stages}
    cases_by_guid = {task_guid(document, "use_case", u.id): u for u in roadmap.use_cases}
    taken = {s.id for s in roadmap.stages} | {u.id for u in roadmap.use_cases}
    builder = _Builder(roadmap)

    uid_to_case: dict[int, str] = {}
    stage_ids: dict[int, str] = {}
    for stage_plan in reading.stages:
        task = stage_plan.task
        existing = stages_by_guid.pop(task.guid, None)
        stage_id = existing.id if existing else new_id("stage", taken)
        taken.add(stage_id)
        stage_ids[task.uid] = stage_id
        builder.stage(existing, stage_id, stage_plan)
    cases: list[tuple[ProjectTask, str | None]] = [
        (t, stage_ids[s.task.uid]) for s in reading.stages for t in s.use_cases
    ]
    cases += [(t, None) for t in reading.loose]
    existing_cases: dict[int, UseCase | None] = {}
    for task, _stage in cases:
        case = cases_by_guid.pop(task.guid, None)
        existing_cases[task.uid] = case
        case_id = case.id if case else new_id("use_case", taken)
        taken.add(case_id)
        uid_to_case[task.uid] = case_id
    names = {t.uid: t.name for t in plan.tasks}
    for task, parent in cases:
        depends = _dependencies(task, uid_to_case, names, reading.unmapped)
        builder.use_case(existing_cases[task.uid], uid_to_case[task.uid], task, parent, depends)
    builder.order_stages()
    builder.cover_horizon()
    unmapped = reading.unmapped + _not_mapped(plan)
    kept = [
        _("Stage '{name}' is not in the file; kept as it is.", name=s.name)
        for s in stages_by_guid.values()
    ]
    kept += [
        _("Use case '{name}' is not in the file; kept as it is.", name=u.name)
        for u in cases_by_guid.values()
    ]
    label = _("Import MS Project plan {source}", source=source).strip()
    return ImportPlan(Batch(tuple(builder.ops), label), builder.rows, unmapped, kept)


def _dependencies(
    task: ProjectTask, uid_to_case: dict[int, str], names: dict[int, str], unmapped: list[str]
) -> tuple[str, ...]:
    depends: list[str] = []
    for link in task.links:
        other = names.get(link.predecessor_uid, _("task {uid}", uid=link.predecessor_uid))
        if link.predecessor_uid not in uid_to_case:
            unmapped.append(
                _(
                    "Link from '{other}' to '{task}': '{other}' is not a use case; not imported.",
                    other=other,
                    task=task.name,
                )
            )
        elif link.type != LINK_FINISH_TO_START:
            unmapped.append(
                _(
                    "Link from '{other}' to '{task}' is not finish-to-start; not imported.",
                    other=other,
                    task=task.name,
                )
            )
        else:
            if link.lag:
                unmapped.append(
                    _(
                        "Link from '{other}' to '{task}': its lag is not kept.",
                        other=other,
                        task=task.name,
                    )
                )
            target = uid_to_case[link.predecessor_uid]
            if target not in depends and target != uid_to_case[task.uid]:
                depends.append(target)
    return tuple(depends)


def _not_mapped(plan: ProjectPlan) -> list[str]:
    notes = []
    if plan.resources:
        notes.append(
            ngettext(
                "{count} resource is not imported (the roadmap plans people by team).",
                "{count} resources are not imported (the roadmap plans people by team).",
                plan.resources,
            )
        )
    if plan.assignments:
        notes.append(
            ngettext(
                "{count} assignment is not imported.",
                "{count} assignments are not imported.",
                plan.assignments,
            )
        )
    if plan.baselines:
        notes.append(
            _("Baselines of the plan are not imported; the roadmap keeps its own baselines.")
        )
    return notes


class _Builder:
    """Collects the operations and the preview rows."""

    def __init__(self, roadmap: Roadmap) -> None:
        self.roadmap = roadmap
        self.ops: list[Op] = []
        self.rows: list[PreviewRow] = []
        self.stage_names: dict[str, str] = {s.id: s.name for s in roadmap.stages}
        self.stage_order: list[tuple[str, dt.date]] = [
            (s.id, s.planned_start) for s in roadmap.stages
        ]
        self.earliest = roadmap.horizon_start
        self.latest = roadmap.horizon_end

    def _dates(self, start: dt.date, finish: dt.date) -> tuple[dt.date, dt.date]:
        finish = max(start, finish)
        self.earliest = min(self.earliest, start)
        self.latest = max(self.latest, finish)
        return start, finish

    def stage(self, existing: Stage | None, stage_id: str, plan: _StagePlan) -> None:
        task = plan.task
        start, finish = self._dates(task.start or dt.date.min, task.finish or dt.date.min)
        if plan.gate is not None:
            self._dates(plan.gate, plan.gate)
        actual_end = task.actual_finish if task.actual_start is not None else None
        values: dict[str, Any] = {
            "name": _name(task),
            "planned_start": start,
            "planned_end": finish,
            "gate_review": plan.gate,
            "actual_start": task.actual_start,
            "actual_end": actual_end,
        }
        self.stage_names[stage_id] = values["name"]
        self._record_order(stage_id, start)
        gate = format_day(plan.gate) if plan.gate else ""
        if existing is None:
            stage = Stage(id=stage_id, **values)
            self.ops.append(Insert(EntityKind.STAGE, -1, stage))
            self.rows.append(PreviewRow("add", "stage", stage.name, start, finish, gate))
            return
        self._update(EntityKind.STAGE, existing, values, start, finish, gate)

    def use_case(
        self,
        existing: UseCase | None,
        case_id: str,
        task: ProjectTask,
        stage_id: str | None,
        depends: tuple[str, ...],
    ) -> None:
        start, finish = self._dates(task.start or dt.date.min, task.finish or dt.date.min)
        values: dict[str, Any] = {
            "name": _name(task),
            "stage_id": stage_id,
            "planned_start": start,
            "planned_end": finish,
            "progress": task.percent,
            "depends_on": depends,
        }
        if task.notes or existing is None:
            values["description"] = task.notes
        stage_name = self.stage_names.get(stage_id or "", "")
        if existing is None:
            use_case = UseCase(id=case_id, **values)
            self.ops.append(Insert(EntityKind.USE_CASE, -1, use_case))
            self.rows.append(
                PreviewRow("add", "use_case", use_case.name, start, finish, stage_name)
            )
            return
        self._update(EntityKind.USE_CASE, existing, values, start, finish, stage_name)

    def _update(
        self,
        kind: EntityKind,
        existing: Stage | UseCase,
        values: dict[str, Any],
        start: dt.date,
        finish: dt.date,
        shown: str,
    ) -> None:
        changed = [key for key, value in values.items() if getattr(existing, key) != value]
        for key in changed:
            self.ops.append(SetField(kind, existing.id, key, values[key]))
        action = "update" if changed else "same"
        self.rows.append(
            PreviewRow(action, kind, values["name"], start, finish, shown, tuple(changed))
        )

    def _record_order(self, stage_id: str, start: dt.date) -> None:
        self.stage_order = [(i, d) for i, d in self.stage_order if i != stage_id]
        self.stage_order.append((stage_id, start))

    def order_stages(self) -> None:
        """Moves that put the stages in date order (new ones were appended)."""
        known = {s.id for s in self.roadmap.stages}
        appended = [i for i, _ in self.stage_order if i not in known]
        present = [s.id for s in self.roadmap.stages] + appended
        position = {stage_id: i for i, stage_id in enumerate(present)}
        wanted = [i for i, _ in sorted(self.stage_order, key=lambda p: (p[1], position[p[0]]))]
        if wanted == present:
            return
        for index, stage_id in enumerate(wanted):
            if present[index] != stage_id:
                self.ops.append(Move(EntityKind.STAGE, stage_id, index))
                present.remove(stage_id)
                present.insert(index, stage_id)

    def cover_horizon(self) -> None:
        if self.earliest < self.roadmap.horizon_start:
            self.ops.append(SetField(ROADMAP, None, "horizon_start", self.earliest))
        if self.latest > self.roadmap.horizon_end:
            self.ops.append(SetField(ROADMAP, None, "horizon_end", self.latest))


def _name(task: ProjectTask) -> str:
    name = task.name or _("Task {uid}", uid=task.uid)
    return name if len(name) <= 200 else name[:199] + "…"


def preview_lines(plan: ImportPlan) -> list[str]:
    """The preview as sentences: what is added and changed, then what is not mapped."""
    lines = []
    for row in plan.rows:
        span = _("{start} – {end}", start=format_day(row.start), end=format_day(row.finish))
        fields = ", ".join(field_label(f) for f in row.changes)
        stage = row.kind == "stage"
        if row.action == "add":
            lines.append(
                _("Add stage '{name}' ({span}).", name=row.name, span=span)
                if stage
                else _("Add use case '{name}' ({span}).", name=row.name, span=span)
            )
        elif row.action == "update":
            lines.append(
                _("Change stage '{name}': {fields}.", name=row.name, fields=fields)
                if stage
                else _("Change use case '{name}': {fields}.", name=row.name, fields=fields)
            )
    unchanged = sum(1 for row in plan.rows if row.action == "same")
    if unchanged:
        lines.append(
            ngettext(
                "{count} item already as in the file.",
                "{count} items already as in the file.",
                unchanged,
            )
        )
    return lines + plan.unmapped + plan.kept


_FIELDS = {
    "name": N_("name"),
    "planned_start": N_("planned start"),
    "planned_end": N_("planned end"),
    "gate_review": N_("gate review"),
    "actual_start": N_("actual start"),
    "actual_end": N_("actual end"),
    "stage_id": N_("stage"),
    "progress": N_("progress"),
    "depends_on": N_("dependencies"),
    "description": N_("description"),
}


def field_label(name: str) -> str:
    """A field the import changes, in words."""
    return _(_FIELDS.get(name, name))
