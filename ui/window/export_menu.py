"""File ▸ Export: the workbook and the timeline picture, each drawn in a child process.

The window stays responsive while ``pilot-planner export`` runs (see
:mod:`ui.export.runner`); progress shows in the status bar, and a message
names the file when it is done, with a way to open its folder.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from planner.file import storage
from ui.dialogs.picture_options import PictureOptions, PictureOptionsDialog, file_filter
from ui.dialogs.prompts import Choice, FileRequest, Message, Severity

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class ExportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.exporter = window.exporter
        self.picture_options = PictureOptions()
        self.picture_dialog: PictureOptionsDialog | None = None
        self.exporter.progress.connect(self._progress)
        self.exporter.finished.connect(self._finished)

    def available(self) -> bool:
        return not self.exporter.running

    def workbook(self) -> None:
        if not self.available():
            return
        output = self._ask_output(
            "export",
            self.tr("Export Steering-Committee Workbook"),
            ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if output:
            self._start(output, ())

    def timeline(self) -> None:
        """Ask for the print options, then the file, then draw it in a child process."""
        if not self.available():
            return
        dialog = PictureOptionsDialog(self.picture_options, self.window)
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
                self._start(output, self.picture_options.arguments())

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_output(
        self, key: str, title: str, suffix: str, name_filter: str, name_tail: str = ""
    ) -> str | None:
        """The file to write, proposed beside the roadmap and named after it."""
        session = self.window.session
        folder = Path(session.path).parent if session.path else None
        folder = folder or Path(self.window.settings.last_directory)
        stem = Path(session.name).stem if session.path else session.name
        output = self.window.prompter.save_file(
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

    def _start(self, output: str, options: Sequence[str]) -> None:
        window = self.window
        try:
            self.exporter.start(window.document.roadmap, output, dt.date.today(), options)
        except storage.RoadmapSaveError as exc:
            self._failed(output, exc.reason)
            return
        window.export_progress.setRange(0, 0)
        window.export_progress.setFormat(self.tr("Exporting…"))
        window.export_progress.show()
        window.export_cancel.show()
        window.update_state()

    def _progress(self, done: int, total: int, step: str) -> None:
        bar = self.window.export_progress
        bar.setRange(0, max(1, total))
        bar.setValue(done)
        bar.setFormat(self.tr("Exporting {sheet}…").format(sheet=step))

    def _finished(self, ok: bool, output: str, message: str) -> None:
        window = self.window
        window.export_progress.hide()
        window.export_cancel.hide()
        window.update_state()
        if not ok:
            if message:
                self._failed(output, message)
            else:
                window.statusBar().showMessage(self.tr("Export cancelled"), 5000)
            return
        name = Path(output).name
        window.statusBar().showMessage(self.tr("Exported “{name}”").format(name=name), 5000)
        answer = window.prompter.tell(
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
        self.window.prompter.tell(
            Message(
                key="export-failed",
                title=self.tr("Export Failed"),
                text=self.tr("“{name}” could not be written.").format(name=Path(output).name),
                informative=reason,
                details=output,
                severity=Severity.ERROR,
            )
        )
