"""File ▸ Export: the workbook, the committee slides, the review calendar, the MS
Project plan and the timeline picture, each written in a child process.

Each export first asks its options (:mod:`ui.dialogs.export_options`, the
same as ``pilot-planner export``'s, remembered per roadmap), then the file.
The window stays responsive while ``pilot-planner export`` runs (see
:mod:`ui.export.runner`); progress shows in the status bar, and when it is
done the file opens (if asked) or a message names it, with a way to open its
folder.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressBar, QToolButton, QWidget

from planner import i18n
from planner.file import storage
from planner.i18n import format_day
from ui.app.prompts import Choice, FileRequest, Message, Prompter, Severity
from ui.app.settings import RememberedExport, Settings
from ui.document import Document
from ui.files.session import Session

if TYPE_CHECKING:
    from ui.dialogs.export_options import ExportDialog
    from ui.dialogs.picture_options import PictureOptions, PictureOptionsDialog
    from ui.export.runner import ExportRunner

# The kinds of export (ui.dialogs.export_options has the same names): the dialogs and
# the workbook's sheet names are imported when an export is asked for, not at start.
WORKBOOK, SLIDES, CALENDAR, PROJECT = "workbook", "slides", "calendar", "project"


class ExportProgress(QObject):
    """The status bar's progress of an export, with a button that stops it."""

    def __init__(self, cancel: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QToolButton()
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(cancel)
        self.hide()

    def busy(self, text: str) -> None:
        self.bar.setRange(0, 0)
        self.bar.setFormat(text)
        self.bar.show()
        self.cancel.show()

    def step(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.bar.setFormat(text)

    def hide(self) -> None:
        self.bar.hide()
        self.cancel.hide()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the export"))
        self.bar.setAccessibleName(self.tr("Export progress"))


class Exports(QObject):
    """File ▸ Export's commands for one roadmap: ask where, run the export, report."""

    running_changed = Signal()
    """An export started or ended (actions that need it idle follow)."""
    status = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self,
        document: Document,
        session: Session,
        settings: Settings,
        prompter: Prompter,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.document = document
        self.session = session
        self.settings = settings
        self.prompter = prompter
        self.dialog_parent = dialog_parent
        self._exporter: ExportRunner | None = None
        self.progress = ExportProgress(self.cancel, self)
        self._picture_options: PictureOptions | None = None
        self.picture_dialog: PictureOptionsDialog | None = None
        self.options_dialog: ExportDialog | None = None
        self.open_when_done = False
        self.open_file = _open_with_system
        """Opens a written file (replaced in tests)."""

    @property
    def exporter(self) -> ExportRunner:
        """What runs the exports' child process, made with the first export (its module,
        ``QProcess`` among it, is not needed by a start: issue 17)."""
        if self._exporter is None:
            from ui.export.runner import ExportRunner

            self._exporter = ExportRunner(self)
            self._exporter.progress.connect(self._progress)
            self._exporter.finished.connect(self._finished)
        return self._exporter

    @property
    def running(self) -> bool:
        """An export is being written."""
        return self._exporter is not None and self._exporter.running

    def cancel(self) -> None:
        """Stop the export being written, if any."""
        if self._exporter is not None:
            self._exporter.cancel()

    @property
    def picture_options(self) -> PictureOptions:
        """The timeline picture's options, as last chosen in this window."""
        if self._picture_options is None:
            from ui.dialogs.picture_options import PictureOptions

            self._picture_options = PictureOptions()
        return self._picture_options

    @picture_options.setter
    def picture_options(self, options: PictureOptions) -> None:
        self._picture_options = options

    def available(self) -> bool:
        return not self.running

    def workbook(self) -> None:
        self.export(WORKBOOK)

    def slides(self) -> None:
        self.export(SLIDES)

    def calendar(self) -> None:
        self.export(CALENDAR)

    def project(self) -> None:
        self.export(PROJECT)

    def export(self, kind: str) -> None:
        """Ask the options of ``kind``, then the file, then write it in a child process."""
        if not self.available():
            return
        from ui.dialogs.export_options import SUFFIXES, ExportDialog, ExportOptions

        roadmap = self.document.roadmap
        document_id = roadmap.lineage.document_id
        remembered = self.settings.remembered_export(document_id, kind)
        options = ExportOptions(
            kind=kind,
            as_of=self.document.as_of(),
            sheets=remembered.sheets,
            baseline_id=remembered.baseline_id,
            changes_since=remembered.changes_since,
            language=remembered.language,
            open_when_done=remembered.open_when_done,
        )
        baselines = [(b.id, f"{b.name} ({format_day(b.captured_on)})") for b in roadmap.baselines]
        dialog = ExportDialog(options, baselines, self._ask_older, self.dialog_parent)
        self.options_dialog = dialog

        def chosen() -> None:
            picked = dialog.options()
            self.settings.remember_export(
                document_id,
                kind,
                RememberedExport(picked.sheets, picked.baseline_id, picked.changes_since,
                                 picked.language, picked.open_when_done),
            )  # fmt: skip
            suffix = SUFFIXES[kind]
            output = self._ask_output(
                f"export-{kind}", dialog.windowTitle(), suffix, self._filter(kind),
                name_tail="" if kind == WORKBOOK else f"-{kind}",
            )  # fmt: skip
            if output:
                self.open_when_done = picked.open_when_done
                self._start(output, picked.arguments(i18n.language()), picked.as_of)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _filter(self, kind: str) -> str:
        return {
            WORKBOOK: self.tr("Excel workbooks (*.xlsx)"),
            SLIDES: self.tr("PowerPoint presentations (*.pptx)"),
            CALENDAR: self.tr("Calendars (*.ics)"),
            PROJECT: self.tr("MS Project XML (*.xml)"),
        }[kind]

    def _ask_older(self) -> str | None:
        """An older version of the roadmap, for the workbook's Changes sheet."""
        return self.prompter.open_file(
            FileRequest(
                key="export-changes-since",
                title=self.tr("Changes Since Which Version?"),
                directory=self.settings.last_directory,
                filters=(self.tr("Roadmaps (*.pilotplan)"),),
            )
        )

    def timeline(self) -> None:
        """Ask for the print options, then the file, then draw it in a child process."""
        if not self.available():
            return
        from ui.dialogs.picture_options import PictureOptionsDialog, file_filter

        dialog = PictureOptionsDialog(self.picture_options, self.dialog_parent)
        self.picture_dialog = dialog

        def chosen() -> None:
            self.picture_options = dialog.options()
            suffix = "." + self.picture_options.file_format
            output = self._ask_output(
                "export-timeline",
                self.tr("Export Timeline"),
                suffix,
                file_filter(self.picture_options.file_format),
                name_tail="-timeline",
            )
            if output:
                self.open_when_done = False
                options = [*self.picture_options.arguments(), "--lang", i18n.language()]
                self._start(output, options, None)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_output(
        self, key: str, title: str, suffix: str, name_filter: str, name_tail: str = ""
    ) -> str | None:
        """The file to write, proposed beside the roadmap and named after it."""
        session = self.session
        folder = Path(session.path).parent if session.path else None
        folder = folder or Path(self.settings.last_directory)
        stem = Path(session.name).stem if session.path else session.name
        output = self.prompter.save_file(
            FileRequest(
                key=key,
                title=title,
                directory=str(folder / f"{stem}{name_tail}{suffix}"),
                filters=(name_filter,),
                default_suffix=suffix,
            )
        )
        if not output:
            return None
        return output if output.lower().endswith(suffix) else output + suffix

    def _start(self, output: str, options: Sequence[str], as_of: dt.date | None) -> None:
        day = as_of or self.document.as_of()
        try:
            self.exporter.start(self.document.roadmap, output, day, options)
        except storage.RoadmapSaveError as exc:
            self._failed(output, exc.reason)
            return
        self.progress.busy(self.tr("Exporting…"))
        self.running_changed.emit()

    def _progress(self, done: int, total: int, step: str) -> None:
        self.progress.step(done, total, self.tr("Exporting {sheet}…").format(sheet=step))

    def _finished(self, ok: bool, output: str, message: str) -> None:
        self.progress.hide()
        self.running_changed.emit()
        if not ok:
            if message:
                self._failed(output, message)
            else:
                self.status.emit(self.tr("Export cancelled"))
            return
        name = Path(output).name
        self.status.emit(self.tr("Exported “{name}”").format(name=name))
        if self.open_when_done:
            self.open_file(output)
            return
        answer = self.prompter.tell(
            Message(
                key="export-done",
                title=self.tr("Export Finished"),
                text=self.tr("“{name}” was saved.").format(name=name),
                informative=output,
                actions=(Choice("open_folder", self.tr("Open Containing &Folder")),),
            )
        )
        if answer == "open_folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(output)))

    def _failed(self, output: str, reason: str) -> None:
        self.prompter.tell(
            Message(
                key="export-failed",
                title=self.tr("Export Failed"),
                text=self.tr("“{name}” could not be written.").format(name=Path(output).name),
                informative=reason,
                details=output,
                severity=Severity.ERROR,
            )
        )


def _open_with_system(path: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
