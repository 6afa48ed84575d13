"""Export runs in a child process: the window keeps working, the result is announced."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from planner.edit.operations import SetField

pytestmark = [
    pytest.mark.qt_log_ignore(SIZE_HINTS),
]


class _UrlCatcher(QObject):
    """Stands in for the desktop's file manager: records the URLs the app asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def url_catcher():
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def _export_workbook(window) -> None:
    """File ▸ Export ▸ Workbook, its options as they come (then the file is asked)."""
    window.window_actions.export_workbook.trigger()
    window.exports.options_dialog.accept()


@pytest.mark.slow
def test_export_runs_beside_a_responsive_window(
    window, prompter, qtbot, roadmap_file, tmp_path, url_catcher
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(str(roadmap_file))
    # Unsaved edits go into the workbook too.
    window.document.execute(SetField("roadmap", None, "title", "Committee edition"), "Rename")
    output = tmp_path / "out" / "committee"
    output.parent.mkdir()
    prompter.answer("export-workbook", str(output))
    prompter.answer("export-done", "open_folder")
    ticks: list[int] = []
    progress: list[tuple[int, int, str]] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(5)
    window.exports.exporter.progress.connect(lambda d, t, s: progress.append((d, t, s)))
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=120_000) as finished:
        _export_workbook(window)
        assert window.exports.exporter.running
        assert not window.window_actions.export_workbook.isEnabled()
        assert window.exports.progress.bar.isVisible()
    ticker.stop()
    ok, written, message = finished.args
    assert ok, message
    assert written == str(output) + ".xlsx"
    # The event loop kept running while the child worked.
    assert ticks
    assert progress
    assert [d for d, _, _ in progress] == sorted(d for d, _, _ in progress)
    assert progress[-1][0] == progress[-1][1]
    assert not window.exports.progress.bar.isVisible()
    assert window.window_actions.export_workbook.isEnabled()
    assert prompter.keys_told() == ["export-done"]
    assert "committee.xlsx" in prompter.told[0].text
    assert url_catcher.urls == [QUrl.fromLocalFile(str(output.parent))]
    # The document is exactly as before: same file, still unsaved.
    assert window.session.path == str(roadmap_file)
    assert window.isWindowModified()
    book = openpyxl.load_workbook(written, read_only=True)
    assert book["Summary"]["A1"].value == "Committee edition"
    book.close()


def test_a_failed_export_says_why(window, prompter, qtbot, tmp_path) -> None:
    target = tmp_path / "locked.xlsx"
    target.write_bytes(b"")
    (tmp_path / ".~lock.locked.xlsx#").write_text("someone,else")  # open in LibreOffice
    prompter.answer("export-workbook", str(target))
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=120_000):
        _export_workbook(window)
    assert prompter.keys_told() == ["export-failed"]
    assert prompter.told[0].informative
    assert Path(target).read_bytes() == b""


def test_cancel_stops_the_child(window, prompter, qtbot, tmp_path) -> None:
    prompter.answer("export-workbook", str(tmp_path / "never.xlsx"))
    _export_workbook(window)
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=30_000) as finished:
        window.exports.progress.cancel.click()
    assert finished.args[0] is False
    assert prompter.keys_told() == []
    assert not window.exports.exporter.running


def test_closing_the_window_stops_a_running_export(window, prompter, qtbot, tmp_path) -> None:
    prompter.answer("export-workbook", str(tmp_path / "late.xlsx"))
    _export_workbook(window)
    assert window.exports.exporter.running
    assert window.close()  # nothing unsaved: no question; the child is stopped, not orphaned
    assert not window.exports.exporter.running
    assert prompter.keys_told() == []
