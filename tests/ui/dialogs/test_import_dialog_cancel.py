"""The import dialog reads a tenant-scale file off the UI thread: progress, a working Cancel."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from planner.usage.columnar import available
from ui.app.prompts import ScriptedPrompter
from ui.dialogs.import_usage import ImportDialog
from ui.document import Document

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from _editing_sample import sample
from usage_file import write_person_weeks

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.skipif(not available(), reason="the columnar engine is not installed"),
]


def _reading() -> bool:
    return any(t.name.startswith("pilot-planner-read") for t in threading.enumerate())


def test_cancel_stops_the_read_and_keeps_nothing(qtbot, tmp_path: Path) -> None:
    data = write_person_weeks(tmp_path / "tenant.csv", 300_000, people=20_000)  # columnar
    document = Document(sample())
    before = document.roadmap
    dialog = ImportDialog(document, None, prompter=ScriptedPrompter())
    qtbot.addWidget(dialog)
    seen: list[QProgressDialog] = []
    ticks: list[int] = []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start(10)

    def started(progress: QProgressDialog) -> None:
        seen.append(progress)
        QTimer.singleShot(300, progress.cancel)  # the user clicks Cancel

    dialog.reading_started = started
    dialog.set_file(data)
    beat.stop()
    assert seen, "the read ran through the progress dialog"
    assert ticks, "the window kept turning while the file was read"
    assert dialog.result_ is None
    assert "Reading cancelled: nothing was read." in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert document.roadmap is before
    qtbot.waitUntil(lambda: not _reading(), timeout=60_000)  # the engine was interrupted


def test_a_read_shows_its_progress_and_its_result(qtbot, tmp_path: Path) -> None:
    data = write_person_weeks(tmp_path / "tenant.csv", 300_000, people=20_000)
    dialog = ImportDialog(Document(sample()), None, prompter=ScriptedPrompter())
    qtbot.addWidget(dialog)
    values: list[int] = []
    watch = QTimer()

    def started(progress: QProgressDialog) -> None:
        watch.timeout.connect(lambda: values.append(progress.value()))
        watch.start(5)

    dialog.reading_started = started
    dialog.set_file(data)
    watch.stop()
    assert dialog.result_ is not None
    assert "300,000 read" in dialog.report.toPlainText()
    assert max(values, default=0) > 0  # the bar moved with the engine's progress
