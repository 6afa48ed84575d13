"""Exports run in a child process, so the window never freezes.

The roadmap as it is now (unsaved edits included) is written to a private
temporary file, and ``pilot-planner export`` turns it into the workbook in a
separate Python process started with ``QProcess``. Its ``progress <done>
<total> <sheet>`` lines become :attr:`ExportRunner.progress` signals; the
window stays responsive throughout and can cancel. The open roadmap's file
and unsaved state are never touched by an export.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from planner.file import storage
from planner.model.entities import Roadmap

# The folder holding the ui and planner packages, for a child run from a source checkout.
_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
_MESSAGE_LIMIT = 4000


class ExportRunner(QObject):
    """Runs one export at a time."""

    progress = Signal(int, int, str)
    """done, total, name of the sheet being written."""
    finished = Signal(bool, str, str)
    """ok, the output path, and the child's message when it failed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._temp_dir: str | None = None
        self._output = ""
        self._stdout = b""
        self._stderr = b""
        self._cancelled = False

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(
        self,
        roadmap: Roadmap,
        output: str,
        as_of: dt.date | None = None,
        options: Sequence[str] = (),
    ) -> None:
        """Start exporting; raises :class:`planner.file.storage.RoadmapSaveError` if the
        roadmap cannot be handed to the child (no temporary space)."""
        if self._process is not None:
            raise RuntimeError("an export is already running")
        self._temp_dir = tempfile.mkdtemp(prefix="pilot-planner-export-")
        source = os.path.join(self._temp_dir, "roadmap" + storage.SUFFIX)
        try:
            storage.save(roadmap, source, backup=False)
        except storage.RoadmapSaveError:
            self._cleanup()
            raise
        self._output = output
        self._stdout = self._stderr = b""
        self._cancelled = False
        arguments = ["-m", "ui", "export", source, "-o", output, "--progress"]
        if as_of is not None:
            arguments += ["--as-of", as_of.isoformat()]
        arguments += list(options)
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        path = environment.value("PYTHONPATH", "")
        environment.insert("PYTHONPATH", _PROJECT_ROOT + (os.pathsep + path if path else ""))
        process.setProcessEnvironment(environment)
        process.setProgram(sys.executable)
        process.setArguments(arguments)
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._failed_to_start)
        self._process = process
        process.start()

    def cancel(self) -> None:
        """Stop the running export (the partial output is removed)."""
        process = self._process
        if process is None:
            return
        self._cancelled = True
        process.kill()
        process.waitForFinished(3000)

    def _read_output(self) -> None:
        if self._process is None:
            return
        self._stdout += bytes(self._process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for line in lines:
            parts = line.decode("utf-8", "replace").strip().split(" ", 3)
            if len(parts) >= 3 and parts[0] == "progress":
                try:
                    done, total = int(parts[1]), int(parts[2])
                except ValueError:
                    continue
                self.progress.emit(done, total, parts[3] if len(parts) > 3 else "")

    def _read_errors(self) -> None:
        if self._process is not None:
            self._stderr += bytes(self._process.readAllStandardError().data())
            self._stderr = self._stderr[-_MESSAGE_LIMIT:]

    def _done(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        self._read_output()
        self._read_errors()
        ok = (
            not self._cancelled
            and status == QProcess.ExitStatus.NormalExit
            and exit_code == 0
            and os.path.isfile(self._output)
        )
        message = _message(self._stderr)
        if self._cancelled:
            message = ""
        self._finish(ok, message)

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            process = self._process
            reason = process.errorString() if process is not None else ""
            self._finish(False, reason)

    def _finish(self, ok: bool, message: str) -> None:
        process = self._process
        if process is None:
            return
        self._process = None
        process.deleteLater()
        self._cleanup()
        self.finished.emit(ok, self._output, message)

    def _cleanup(self) -> None:
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None


def _message(stderr: bytes) -> str:
    """The child's error lines without the program-name prefix."""
    lines = []
    for line in stderr.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line.startswith("pilot-planner export: "):
            line = line.removeprefix("pilot-planner export: ")
        if line:
            lines.append(line)
    return "\n".join(lines)
