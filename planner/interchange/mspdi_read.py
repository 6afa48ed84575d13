"""Reading an MS Project XML file (MSPDI) into plain task records.

Only what the roadmap can use is kept: each task's outline level, name,
dates, milestone and summary flags, percent complete, actual dates, notes and
predecessor links, plus counts of what the roadmap has no place for
(resources, assignments, baselines). The file is parsed with ``defusedxml``
(no DTD, no entities) after a size check, so a hostile file cannot expand
or hang; any namespace, or none, is accepted (Project 2007 and later write
different ones).

A finish written at midnight after the start (some tools write "the end of
the day before" that way) counts as the day before.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from planner.i18n import _
from planner.interchange.mspdi import MAX_FILE_BYTES

MAX_TASKS = 200_000
MAX_TEXT = 20_000


class ProjectReadError(Exception):
    """The file cannot be read as an MS Project plan (a sentence for the user)."""


@dataclass(frozen=True)
class Link:
    predecessor_uid: int
    type: int
    """0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start."""
    lag: int
    """In tenths of a minute, as MSPDI stores it."""


@dataclass(frozen=True)
class ProjectTask:
    uid: int
    guid: str
    name: str
    level: int
    start: dt.date | None
    finish: dt.date | None
    milestone: bool
    summary: bool
    percent: int
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    notes: str = ""
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class ProjectPlan:
    title: str
    tasks: tuple[ProjectTask, ...]
    resources: int = 0
    assignments: int = 0
    baselines: frozenset[int] = field(default_factory=frozenset)
    """Baseline numbers some task carries (0 = Baseline, 1–10 = Baseline1 …)."""


def read_project(path: str | os.PathLike[str]) -> ProjectPlan:
    """Read the plan; :class:`ProjectReadError` names what is wrong."""
    try:
        # Opened without blocking and checked on the handle: a pipe would wait forever
        # for a writer, a device never end.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _unreadable(exc) from None
    try:
        return parse_project(_read_regular(fd))
    finally:
        os.close(fd)


def _read_regular(fd: int) -> bytes:
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ProjectReadError(_("this is a folder, not a project plan"))
        if not stat.S_ISREG(info.st_mode):
            raise ProjectReadError(_("this is not a regular file (a pipe or a device)"))
        if info.st_size > MAX_FILE_BYTES:
            raise ProjectReadError(
                _(
                    "the file is too large for a project plan ({size} MB; at most {limit} MB)",
                    size=info.st_size // (1024 * 1024),
                    limit=MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES and (chunk := os.read(fd, 1024 * 1024)):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(exc) from None


def _unreadable(exc: OSError) -> ProjectReadError:
    return ProjectReadError(_("cannot read the file: {reason}", reason=exc.strerror or str(exc)))


def parse_project(data: bytes) -> ProjectPlan:
    if len(data) > MAX_FILE_BYTES:
        raise ProjectReadError(_("the file is too large for a project plan"))
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ProjectReadError(
            _("the file declares a DTD or entities, which a project plan never needs")
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ProjectReadError(
            _(
                "not well-formed XML at line {line}, column {column}",
                line=line,
                column=column + 1,
            )
        ) from None
    if _local(root.tag) != "Project":
        raise ProjectReadError(
            _(
                "not an MS Project XML file (its root element is <{name}>, not <Project>)",
                name=_local(root.tag)[:40],
            )
        )
    children = {_local(child.tag): child for child in root}
    task_list = children.get("Tasks")
    tasks = [] if task_list is None else [t for t in task_list if _local(t.tag) == "Task"]
    if len(tasks) > MAX_TASKS:
        raise ProjectReadError(
            _(
                "the plan has {count} tasks; at most {limit} can be imported",
                count=len(tasks),
                limit=MAX_TASKS,
            )
        )
    read = [_task(element, position) for position, element in enumerate(tasks, start=1)]
    baselines = frozenset(
        number
        for element in tasks
        for child in element
        if _local(child.tag) == "Baseline"
        for number in [_int(_child_text(child, "Number"), -1)]
        if number >= 0
    )
    return ProjectPlan(
        title=_child_text(root, "Title") or _child_text(root, "Name"),
        tasks=tuple(read),
        resources=_count(children.get("Resources"), "Resource"),
        assignments=_count(children.get("Assignments"), "Assignment"),
        baselines=baselines,
    )


def _task(element: ET.Element, position: int) -> ProjectTask:
    values: dict[str, str] = {}
    links: list[Link] = []
    for child in element:
        name = _local(child.tag)
        if name == "PredecessorLink":
            links.append(
                Link(
                    _int(_child_text(child, "PredecessorUID"), -1),
                    _int(_child_text(child, "Type"), 1),
                    _int(_child_text(child, "LinkLag"), 0),
                )
            )
        elif len(child) == 0:
            values[name] = (child.text or "").strip() if name != "Notes" else child.text or ""
    if values.get("IsNull") == "1":
        return _null_task(values, position)
    start = _when(values.get("Start"))
    finish = _when(values.get("Finish"))
    milestone = values.get("Milestone") == "1"
    midnight = finish is not None and finish.time() == dt.time()
    if midnight and start is not None and finish is not None and finish > start and not milestone:
        finish -= dt.timedelta(days=1)
    actual_finish = _when(values.get("ActualFinish"))
    return ProjectTask(
        uid=_int(values.get("UID"), -position),
        guid=values.get("GUID", "").strip("{}").upper(),
        name=" ".join(values.get("Name", "").split())[:MAX_TEXT],
        level=_int(values.get("OutlineLevel"), 1),
        start=start.date() if start else None,
        finish=finish.date() if finish else None,
        milestone=milestone,
        summary=values.get("Summary") == "1",
        percent=max(0, min(100, _int(values.get("PercentComplete"), 0))),
        actual_start=_day(values.get("ActualStart")),
        actual_finish=actual_finish.date() if actual_finish else None,
        notes=values.get("Notes", "").replace("\r\n", "\n").strip()[:MAX_TEXT],
        links=tuple(links),
    )


def _null_task(values: dict[str, str], position: int) -> ProjectTask:
    """A blank row of the plan: kept so its outline position stays, never imported."""
    return ProjectTask(_int(values.get("UID"), -position), "", "", -1, None, None, False, False, 0)


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _count(element: ET.Element | None, name: str) -> int:
    if element is None:
        return 0
    return sum(1 for child in element if _local(child.tag) == name)


def _int(text: str | None, default: int) -> int:
    try:
        return int(float(text)) if text else default
    except (ValueError, OverflowError):
        return default


def _when(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if dt.date(1900, 1, 1) <= moment.date() <= dt.date(2200, 1, 1) else None


def _day(text: str | None) -> dt.date | None:
    moment = _when(text)
    return moment.date() if moment else None
