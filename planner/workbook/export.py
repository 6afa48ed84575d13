"""Write the steering-committee workbook (DESIGN §5) with openpyxl in write-only mode.

Write-only mode streams each sheet to a temporary file, so memory stays flat
however large the roadmap; conditional formats, tables, charts and row
grouping all work in it. The file is deterministic: document dates come from
the as-of date and every zip entry carries the same fixed timestamp, so the
same roadmap and as-of date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from openpyxl.packaging.custom import StringProperty
from openpyxl.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from planner import __version__
from planner.model.entities import Roadmap
from planner.workbook import (
    CHANGES_SHEET,
    SHEET_NAMES,
    adoption,
    changes,
    chosen_sheets,
    data_sources,
    decisions,
    friction,
    gates_sheet,
    people,
    risks,
    summary,
    timeline,
    use_cases,
)
from planner.workbook.cells import clean_text, sheet_title, single_line
from planner.workbook.context import Context, choose_baseline
from planner.workbook.sheet import Sheet
from planner.workbook.style import StyleBook

APP_NAME = "Pilot-to-Scale Planner"

MODULES: dict[str, ModuleType] = {
    "Summary": summary,
    "Timeline": timeline,
    "Gates": gates_sheet,
    "Adoption": adoption,
    "Use cases": use_cases,
    "Friction points": friction,
    "People & training": people,
    "Data sources": data_sources,
    "Decisions": decisions,
    "Risks": risks,
    CHANGES_SHEET: changes,
}
assert tuple(MODULES)[: len(SHEET_NAMES)] == SHEET_NAMES


def write(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    sheets: Sequence[str] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    changes: Sequence[tuple[str, str]] | None = None,
    baseline_id: str | None = None,
) -> None:
    names = chosen_sheets(sheets, changes is not None)
    workbook = Workbook(write_only=True)
    styles = StyleBook(roadmap.currency)
    ctx = Context(
        roadmap=roadmap,
        as_of=as_of,
        workbook=workbook,
        styles=styles,
        baseline=choose_baseline(roadmap, baseline_id),
        changes=tuple(changes or ()),
    )
    _properties(workbook, roadmap, as_of)
    total = len(names) + 1
    taken: set[str] = set()
    for done, name in enumerate(names, start=1):
        sheet = Sheet(workbook, sheet_title(name, taken), styles)
        MODULES[name].write(ctx, sheet)
        if progress is not None:
            progress(done, total, name)
    _save(workbook, path, as_of)
    if progress is not None:
        progress(total, total, "Saved")


def _properties(workbook: Workbook, roadmap: Roadmap, as_of: dt.date) -> None:
    """Document properties: user text cleaned, dates from the as-of date (not the clock)."""
    props = workbook.properties
    stamp = dt.datetime.combine(as_of, dt.time())
    author = roadmap.owner or roadmap.organisation or APP_NAME
    props.title = single_line(roadmap.title, 255)
    props.subject = f"Steering-committee workbook as of {as_of.isoformat()}"
    props.creator = single_line(author, 255)
    props.lastModifiedBy = single_line(author, 255)
    props.description = clean_text(roadmap.objective, 2000) or None
    props.keywords = "AI adoption; roadmap; steering committee"
    props.category = "Steering committee"
    props.created = stamp
    props.modified = stamp
    custom = [
        ("As of", as_of.isoformat()),
        ("Organisation", single_line(roadmap.organisation, 255)),
        ("Generator", f"{APP_NAME} {__version__}"),
        ("Roadmap document", roadmap.lineage.document_id),
        ("Roadmap revision", str(roadmap.lineage.revision)),
    ]
    for name, value in custom:
        if value:
            workbook.custom_doc_props.append(StringProperty(name=name, value=value))


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose entries all carry one timestamp, so equal content gives equal bytes."""

    stamp: tuple[int, int, int, int, int, int] = (1980, 1, 1, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self.stamp)
            info.compress_type = self.compression
            info.external_attr = 0o644 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as source:
            self.writestr(arcname or os.path.basename(filename), source.read())


def _save(workbook: Workbook, path: str | os.PathLike[str], as_of: dt.date) -> None:
    archive = _FixedTimeZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    day = max(as_of, dt.date(1980, 1, 1))
    archive.stamp = (day.year, day.month, day.day, 0, 0, 0)
    try:
        ExcelWriter(workbook, archive).save()
    finally:
        archive.close()
