"""Write the steering-committee workbook (DESIGN §5) with xlsxwriter.

xlsxwriter is the field's fast xlsx writer, with a public API for everything
the workbook holds (typed cells, conditional formats, native charts, outlines,
print set-up). It runs in ``constant_memory`` mode: each row goes to disk as
the next one starts, so memory stays flat as the roadmap grows. That mode
cannot hold Excel tables, which every list sheet has: the sheets record them
and :mod:`planner.workbook.table_parts` adds them as the file is written.
Strings are never turned into formulas, numbers or links (the options below,
and :class:`Sheet` writes text with ``write_string`` only). The file is
deterministic: document dates come from the as-of date and xlsxwriter gives
every zip entry one fixed timestamp, so the same roadmap and as-of date give
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from planner import APP_NAME, __version__
from planner.i18n import _
from planner.model.entities import Roadmap
from planner.workbook import (
    adoption,
    changes,
    data_sources,
    decisions,
    feedback,
    friction,
    gates_sheet,
    people,
    register,
    risks,
    scale_out,
    summary,
    timeline,
    use_cases,
    value_sheet,
)
from planner.workbook.cells import clean_text, sheet_title, single_line
from planner.workbook.context import Context, choose_baseline
from planner.workbook.sheet import Sheet
from planner.workbook.sheets import CHANGES_SHEET, SHEET_NAMES, chosen_sheets
from planner.workbook.style import StyleBook
from planner.workbook.table_parts import TablePart, write_with_tables

MODULES: dict[str, ModuleType] = {
    "Summary": summary,
    "Timeline": timeline,
    "Gates": gates_sheet,
    "Adoption": adoption,
    "Feedback": feedback,
    "Value": value_sheet,
    "Use cases": use_cases,
    "Friction points": friction,
    "People & training": people,
    "Data sources": data_sources,
    "Decisions": decisions,
    "Risks": risks,
    "Register": register,
    "Scale-out": scale_out,
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
    # The collector's thresholds are the program's (planner.gc_policy), not toggled here.
    _write(roadmap, path, names, as_of, progress, changes, baseline_id)


def _write(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    names: list[str],
    as_of: dt.date,
    progress: Callable[[int, int, str], None] | None,
    changes: Sequence[tuple[str, str]] | None,
    baseline_id: str | None,
) -> None:
    # Nothing touches ``path`` before the end: a failure on the way leaves no file.
    with tempfile.TemporaryFile() as scratch:
        workbook = xlsxwriter.Workbook(scratch, OPTIONS)
        styles = StyleBook(roadmap.currency, workbook.add_format)
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
        tables: dict[str, list[TablePart]] = {}
        for done, name in enumerate(names, start=1):
            sheet = Sheet(workbook, sheet_title(_(name), taken), styles)
            MODULES[name].write(ctx, sheet)
            sheet.finish()
            tables[sheet.title] = sheet.tables
            if progress is not None:
                progress(done, total, name)
        del ctx, sheet  # the figures are not needed to write the file
        _close(workbook)
        scratch.seek(0)
        with open(path, "wb") as target:
            write_with_tables(scratch, target, tables)
    if progress is not None:
        progress(total, total, "Saved")


OPTIONS: dict[str, Any] = {
    # Each row goes to disk when the next one starts (a few MB, not ~150 MB at 10,000
    # use cases); the Excel tables are added afterwards (table_parts).
    "constant_memory": True,
    # Text stays text whatever it looks like (Sheet writes it with write_string anyway).
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "default_date_format": "d mmm yyyy",
}


def _properties(workbook: Any, roadmap: Roadmap, as_of: dt.date) -> None:
    """Document properties: user text cleaned, dates from the as-of date (not the clock)."""
    author = roadmap.owner or roadmap.organisation or APP_NAME
    properties: dict[str, Any] = {
        "title": single_line(roadmap.title, 255),
        "subject": f"Steering-committee workbook as of {as_of.isoformat()}",
        "author": single_line(author, 255),
        "keywords": "AI adoption; roadmap; steering committee",
        "category": "Steering committee",
        "created": dt.datetime.combine(as_of, dt.time()),  # also written as "modified"
    }
    if roadmap.objective:
        properties["comments"] = clean_text(roadmap.objective, 2000)
    workbook.set_properties(properties)
    custom = [
        ("As of", as_of.isoformat()),
        ("Organisation", single_line(roadmap.organisation, 255)),
        ("Generator", f"{APP_NAME} {__version__}"),
        ("Roadmap document", roadmap.lineage.document_id),
        ("Roadmap revision", str(roadmap.lineage.revision)),
    ]
    for name, value in custom:
        if value:
            workbook.set_custom_property(name, value, "text")


def _close(workbook: Any) -> None:
    """Write the file; a failure to write is the OSError behind it (the command
    words disk-full, read-only and missing-folder errors from it)."""
    try:
        workbook.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
        raise (cause or OSError(str(exc))) from None
