"""The roadmap as an MS Project XML file (MSPDI); see :mod:`planner.interchange.mspdi`.

    write_project(roadmap, "plan.xml", as_of=date(2026, 4, 6))

Stages become summary tasks, their use cases tasks under them and their gate
review a milestone; dependencies become finish-to-start links; the chosen
baseline (``baseline_id``, else the newest) is MS Project's Baseline and the
next newest ones Baseline1 … Baseline10. The status date is the as-of date.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner import baselines as baseline_lookup
from planner.i18n import _
from planner.interchange.mspdi import (
    DAY_FINISH,
    DAY_START,
    DURATION_DAYS,
    LINK_FINISH_TO_START,
    MAX_BASELINES,
    NAMESPACE,
    ORDERS,
    SAVE_VERSION,
    at,
    duration_text,
    task_guid,
    working_days,
)
from planner.model.entities import Baseline, Roadmap, Stage, UseCase

Value = str | ET.Element
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CALENDAR_UID = 1


@dataclass
class _Row:
    """One task of the plan before it is written."""

    kind: str
    """``stage``, ``use_case`` or ``gate``."""
    entity_id: str
    name: str
    level: int
    outline: str
    start: dt.date
    finish: dt.date
    notes: str = ""
    percent: int = 0
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    predecessors: tuple[str, ...] = ()
    """Use case ids this one depends on."""


def write_project(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    baseline_id: str | None = None,
) -> None:
    """Write the MSPDI file to ``path`` (UTF-8, indented)."""
    tree = ET.ElementTree(project_element(roadmap, as_of=as_of, baseline_id=baseline_id))
    ET.indent(tree, space="  ")
    tree.write(path, encoding="UTF-8", xml_declaration=True, short_empty_elements=True)


def project_element(
    roadmap: Roadmap, *, as_of: dt.date, baseline_id: str | None = None
) -> ET.Element:
    """The ``<Project>`` element of the roadmap."""
    ET.register_namespace("", NAMESPACE)
    rows = plan_rows(roadmap)
    uids = {(row.kind, row.entity_id): i for i, row in enumerate(rows, start=1)}
    chosen = (
        baseline_lookup.find(roadmap, baseline_id)
        if baseline_id is not None
        else baseline_lookup.latest(roadmap)
    )
    baselines = _baselines_in_order(roadmap, chosen)
    project = ET.Element(_tag("Project"))
    owner = _text(roadmap.owner, 512)
    fields: list[tuple[str, Value]] = [
        ("SaveVersion", str(SAVE_VERSION)),
        ("Name", _text(roadmap.title, 255)),
        ("Title", _text(roadmap.title, 512)),
        ("Company", _text(roadmap.organisation, 512)),
        ("Manager", owner),
        ("Author", owner),
        ("CreationDate", at(as_of, dt.time())),
        ("Revision", str(roadmap.lineage.revision)),
        ("ScheduleFromStart", "1"),
        ("StartDate", at(roadmap.horizon_start, DAY_START)),
        ("FinishDate", at(roadmap.horizon_end, DAY_FINISH)),
        ("CurrencyCode", roadmap.currency),
        ("CalendarUID", str(CALENDAR_UID)),
        ("DefaultStartTime", DAY_START.isoformat()),
        ("DefaultFinishTime", DAY_FINISH.isoformat()),
        ("MinutesPerDay", "480"),
        ("MinutesPerWeek", "2400"),
        ("DaysPerMonth", "20"),
        ("DurationFormat", str(DURATION_DAYS)),
        ("WeekStartDay", "1"),
        ("StatusDate", at(as_of, DAY_FINISH)),
        ("NewTasksAreManual", "1"),
        ("Calendars", _calendars()),
        ("Tasks", _tasks(roadmap, rows, uids, baselines)),
    ]
    _fill(project, "Project", [(k, v) for k, v in fields if v != ""])
    return project


def plan_rows(roadmap: Roadmap) -> list[_Row]:
    """The tasks in outline order: each stage, its use cases, its gate review;
    then the use cases without a stage."""
    by_stage: dict[str | None, list[UseCase]] = {}
    stage_ids = {s.id for s in roadmap.stages}
    for use_case in roadmap.use_cases:
        key = use_case.stage_id if use_case.stage_id in stage_ids else None
        by_stage.setdefault(key, []).append(use_case)
    rows: list[_Row] = []
    top = 0
    for stage in roadmap.stages:
        top += 1
        rows.append(_stage_row(stage, by_stage.get(stage.id, []), str(top)))
        child = 0
        for use_case in by_stage.get(stage.id, []):
            child += 1
            rows.append(_use_case_row(use_case, 2, f"{top}.{child}"))
        if stage.gate_review is not None:
            child += 1
            rows.append(
                _Row(
                    "gate",
                    stage.id,
                    _("Gate review: {stage}", stage=stage.name),
                    2,
                    f"{top}.{child}",
                    stage.gate_review,
                    stage.gate_review,
                )
            )
    for use_case in by_stage.get(None, []):
        top += 1
        rows.append(_use_case_row(use_case, 1, str(top)))
    return rows


def _stage_row(stage: Stage, use_cases: Sequence[UseCase], outline: str) -> _Row:
    percent = 100 if stage.actual_end is not None else 0
    if percent == 0 and use_cases:
        percent = round(sum(u.progress for u in use_cases) / len(use_cases))
    return _Row(
        "stage",
        stage.id,
        stage.name,
        1,
        outline,
        stage.planned_start,
        stage.planned_end,
        notes=stage.goal,
        percent=percent,
        actual_start=stage.actual_start,
        actual_finish=stage.actual_end,
    )


def _use_case_row(use_case: UseCase, level: int, outline: str) -> _Row:
    return _Row(
        "use_case",
        use_case.id,
        use_case.name,
        level,
        outline,
        use_case.planned_start,
        use_case.planned_end,
        notes=use_case.description,
        percent=round(use_case.progress),
        predecessors=use_case.depends_on,
    )


def _baselines_in_order(roadmap: Roadmap, chosen: Baseline | None) -> list[Baseline]:
    """The chosen baseline first (MS Project's Baseline), then the newest others."""
    others = sorted(
        (b for b in roadmap.baselines if b is not chosen),
        key=lambda b: b.captured_on,
        reverse=True,
    )
    ordered = ([chosen] if chosen is not None else []) + others
    return ordered[:MAX_BASELINES]


def _tasks(
    roadmap: Roadmap,
    rows: Sequence[_Row],
    uids: dict[tuple[str, str], int],
    baselines: Sequence[Baseline],
) -> ET.Element:
    tasks = ET.Element(_tag("Tasks"))
    document = roadmap.lineage.document_id
    dates = [{e.entity_id: (e.start, e.end) for e in b.entries} for b in baselines]
    for uid, row in enumerate(rows, start=1):
        milestone = row.kind == "gate"
        days = 0 if milestone else working_days(row.start, row.finish)
        start = at(row.start, DAY_START)
        finish = at(row.finish, DAY_START if milestone else DAY_FINISH)
        duration = duration_text(days)
        fields: list[tuple[str, Value]] = [
            ("UID", str(uid)),
            ("GUID", task_guid(document, row.kind, row.entity_id)),
            ("ID", str(uid)),
            ("Name", _text(row.name, 255)),
            ("Active", "1"),
            ("Manual", "1"),
            ("Type", "1"),
            ("IsNull", "0"),
            ("WBS", row.outline),
            ("OutlineNumber", row.outline),
            ("OutlineLevel", str(row.level)),
            ("Priority", "500"),
            ("Start", start),
            ("Finish", finish),
            ("Duration", duration),
            ("DurationFormat", str(DURATION_DAYS)),
            ("Milestone", "1" if milestone else "0"),
            ("Summary", "1" if row.kind == "stage" else "0"),
            ("PercentComplete", str(max(0, min(100, row.percent)))),
            ("ConstraintType", "0"),
            ("ManualStart", start),
            ("ManualFinish", finish),
            ("ManualDuration", duration),
        ]
        if row.actual_start is not None:
            fields.append(("ActualStart", at(row.actual_start, DAY_START)))
        if row.actual_finish is not None:
            fields.append(("ActualFinish", at(row.actual_finish, DAY_FINISH)))
        if row.notes:
            fields.append(("Notes", _text(row.notes, 100_000)))
        for predecessor in row.predecessors:
            found = uids.get(("use_case", predecessor))
            if found is not None:
                fields.append(("PredecessorLink", _link(found)))
        if row.kind != "gate":
            for number, entries in enumerate(dates):
                planned = entries.get(row.entity_id)
                if planned is not None:
                    fields.append(("Baseline", _baseline(number, *planned)))
        task = ET.SubElement(tasks, _tag("Task"))
        _fill(task, "Task", fields)
    return tasks


def _link(predecessor_uid: int) -> ET.Element:
    link = ET.Element(_tag("PredecessorLink"))
    fields: list[tuple[str, Value]] = [
        ("PredecessorUID", str(predecessor_uid)),
        ("Type", str(LINK_FINISH_TO_START)),
        ("CrossProject", "0"),
        ("LinkLag", "0"),
        ("LagFormat", str(DURATION_DAYS)),
    ]
    _fill(link, "PredecessorLink", fields)
    return link


def _baseline(number: int, start: dt.date, finish: dt.date) -> ET.Element:
    baseline = ET.Element(_tag("Baseline"))
    fields: list[tuple[str, Value]] = [
        ("Number", str(number)),
        ("Start", at(start, DAY_START)),
        ("Finish", at(finish, DAY_FINISH)),
        ("Duration", duration_text(working_days(start, finish))),
        ("DurationFormat", str(DURATION_DAYS)),
    ]
    _fill(baseline, "Baseline", fields)
    return baseline


def _calendars() -> ET.Element:
    """One base calendar: Monday to Friday, 8:00–12:00 and 13:00–17:00."""
    calendars = ET.Element(_tag("Calendars"))
    calendar = ET.SubElement(calendars, _tag("Calendar"))
    week = ET.Element(_tag("WeekDays"))
    for day_type in range(1, 8):  # 1 = Sunday … 7 = Saturday
        working = day_type not in (1, 7)
        day = ET.SubElement(week, _tag("WeekDay"))
        fields: list[tuple[str, Value]] = [
            ("DayType", str(day_type)),
            ("DayWorking", "1" if working else "0"),
        ]
        if working:
            times = ET.Element(_tag("WorkingTimes"))
            for start, end in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                _fill(
                    ET.SubElement(times, _tag("WorkingTime")),
                    "WorkingTime",
                    [("FromTime", start), ("ToTime", end)],
                )
            fields.append(("WorkingTimes", times))
        _fill(day, "WeekDay", fields)
    _fill(
        calendar,
        "Calendar",
        [
            ("UID", str(CALENDAR_UID)),
            ("Name", _("Standard")),
            ("IsBaseCalendar", "1"),
            ("IsBaselineCalendar", "0"),
            ("BaseCalendarUID", "-1"),
            ("WeekDays", week),
        ],
    )
    return calendars


def _fill(parent: ET.Element, name: str, fields: Iterable[tuple[str, Value]]) -> None:
    """Add ``fields`` under ``parent`` in the schema's order for element ``name``
    (repeated fields keep the order they were given in)."""
    order = ORDERS[name]
    position = {child: i for i, child in enumerate(order)}
    for key, value in sorted(fields, key=lambda field: position[field[0]]):
        if isinstance(value, ET.Element):
            parent.append(value)
        else:
            ET.SubElement(parent, _tag(key)).text = value


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _text(text: str, limit: int) -> str:
    """Text XML 1.0 can carry, within the schema's length."""
    clean = _CONTROL.sub(" ", text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
