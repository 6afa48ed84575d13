"""Reading and planning a usage import off the UI thread, with progress and Cancel.

The dialog's preview (the first rows, the layout recognised) and its dry run
(:func:`planner.usage.plan_import`) read the file: a large CSV or a workbook
with a big table of texts takes seconds, so both run in a worker thread
(:func:`ui.app.background.run_off_ui_thread`) while the window keeps
painting. A read of a tenant-scale file fills the progress bar from the
engine's progress; Cancel stops it (the engine is interrupted) and nothing of
it is kept.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.model.entities import Roadmap
from planner.usage import (
    ImportCancelled,
    ImportOptions,
    ImportResult,
    UsageImportError,
    plan_import,
)
from planner.usage.layouts import Match, detect
from planner.usage.readers import RawRow, read_table
from planner.usage.tenant import csv_cap
from ui.app.background import Cancelled, run_off_ui_thread

HEAD_ROWS = 31


@dataclass
class Planned:
    """What reading the file found: the preview, the layout, the dry run (or why not)."""

    head: list[RawRow]
    described: str = ""
    unit: str = "line"
    unreadable: list[str] | None = None
    """The file cannot be read at all (the reader's messages)."""
    match: Match | None = None
    unrecognised: list[str] | None = None
    """Its columns match no layout."""
    result: ImportResult | None = None
    refused: UsageImportError | None = None
    """The dry run refused the file (its lines, and the report when rows were refused)."""


def plan(roadmap: Roadmap, path: Path, options: ImportOptions) -> Planned:
    """Everything the dialog shows about a file (in the worker thread: no widget here)."""
    try:
        cap = csv_cap(options.engine, options.limits)
        table = read_table(path, options.limits, options.sheet, max_bytes=cap)
        head: list[RawRow] = list(islice(table.rows, HEAD_ROWS))
    except UsageImportError as exc:
        return Planned([], unreadable=list(exc.lines))
    found = Planned(head, described=table.describe(), unit=table.unit)
    try:
        found.match = detect(head, options.layout, options.mapping)
    except UsageImportError as exc:
        found.unrecognised = list(exc.lines)
    try:
        found.result = plan_import(roadmap, path, options)
    except UsageImportError as exc:
        found.refused = exc
    return found


def outcome_lines(planned: Planned) -> list[str]:
    """The Report tab: the import report, or why the file cannot be imported."""
    result = planned.result
    if result is None:
        exc = planned.refused
        lines = list(exc.lines) if exc is not None else list(planned.unreadable or [])
        if exc is not None and exc.report is not None and exc.report.rows_refused:
            lines.append("")
            lines.append(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Tick “Import the good rows when some are refused” to import the others.",
                )
            )
        return lines
    lines = result.report.lines()
    if not result.batch.ops:
        lines.insert(
            0,
            QCoreApplication.translate(
                "ImportDialog", "Nothing to import: every figure is already in the roadmap."
            ),
        )
    return lines


def recognised_text(planned: Planned, match: Match) -> str:
    # A sheet counts rows, a text file lines: one whole sentence each, for translation.
    template = (
        QCoreApplication.translate(
            "ImportDialog", "{format}. Recognised as: {layout} (column names on row {line})."
        )
        if planned.unit == "row"
        else QCoreApplication.translate(
            "ImportDialog", "{format}. Recognised as: {layout} (column names on line {line})."
        )
    )
    return template.format(
        format=planned.described, layout=match.layout.title, line=match.header_line
    )


class _Shared:
    """The worker's latest (done, total), read by the UI thread's timer."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: tuple[int, int] | None = None

    def update(self, done: int, total: int) -> None:
        with self.lock:
            self.value = (done, total)

    def get(self) -> tuple[int, int] | None:
        with self.lock:
            return self.value


def plan_in_background(
    roadmap: Roadmap,
    path: Path,
    options: ImportOptions,
    parent: QWidget | None,
    started: object = None,
) -> Planned | None:
    """:func:`plan` in a worker thread with a progress dialog; None: the user cancelled."""
    cancel = threading.Event()
    shared = _Shared()
    options = replace(options, progress=shared.update, cancel=cancel)
    label = QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=path.name)
    outcome = run_off_ui_thread(
        lambda: _quietly(roadmap, path, options),
        label=label,
        cancel_label=QCoreApplication.translate("ImportDialog", "Cancel"),
        parent=parent,
        started=started if callable(started) else None,
        done_of=shared.get,
        on_cancel=cancel.set,
    )
    if isinstance(outcome, Cancelled) or outcome.value is None:
        return None
    return outcome.value


def _quietly(roadmap: Roadmap, path: Path, options: ImportOptions) -> Planned | None:
    try:
        return plan(roadmap, path, options)
    except ImportCancelled:
        return None


__all__ = ["Planned", "QProgressDialog", "outcome_lines", "plan", "plan_in_background"]
