"""The app opens hostile files off the UI thread: refused, nothing lost, window responsive.

Each file of the hostile corpus is opened through File ▸ Open's path while the
window holds unsaved work. A QTimer counting every 10 ms must fire while the
read is under way (before, loading ran on the UI thread: 15–58 s frozen), the
refusal is told, and the roadmap already open is untouched (same object,
still dirty). A long read can be cancelled from its progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import corpus

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from planner.edit.operations import SetField
from ui.app.prompts import ScriptedPrompter

HOSTILE: dict[str, Callable[[Path], Path]] = {
    **corpus.LARGE,
    "deep": corpus.deep,
    "huge metric range": corpus.huge_metric_range,
    "far dates": corpus.far_dates,
    "true for a number": lambda folder: corpus.coerced(folder, "true for a number"),
}


def _dirty(window: object) -> None:
    """Unsaved work: rename the roadmap through an undoable edit."""
    document = window.document  # type: ignore[attr-defined]
    assert document.execute(SetField("roadmap", None, "title", "Unsaved work"), "Rename")
    assert window.session.dirty  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_refused_while_the_window_keeps_running(
    window: object, prompter: ScriptedPrompter, tmp_path: Path, case: str
) -> None:
    path = HOSTILE[case](tmp_path)
    _dirty(window)
    before = window.document.roadmap  # type: ignore[attr-defined]
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    reads: list[QProgressDialog] = []
    window.files.loading.connect(reads.append)  # type: ignore[attr-defined]
    timer.start()
    opened = window.files.open_path(str(path))  # type: ignore[attr-defined]
    timer.stop()
    assert opened is False
    assert reads, "the file was not read off the UI thread"
    if case in corpus.LARGE:  # reads long enough for a 10 ms timer to fall due
        assert ticks, "the window's timers did not run during the read"
    assert prompter.keys_told() == ["open-failed"]
    assert window.document.roadmap is before  # type: ignore[attr-defined]
    assert window.session.dirty  # type: ignore[attr-defined]


def test_a_read_can_be_cancelled_and_leaves_everything_as_it_was(
    window: object, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    path = corpus.many_errors(tmp_path)  # a read long enough to cancel
    before = window.document.roadmap  # type: ignore[attr-defined]
    # Cancel as the read starts (a timer could fire only after the read, on a busy machine).
    window.files.loading.connect(lambda dialog: dialog.cancel())  # type: ignore[attr-defined]
    assert window.files.open_path(str(path)) is False  # type: ignore[attr-defined]
    assert prompter.keys_told() == []  # cancelled: nothing to tell
    assert window.document.roadmap is before  # type: ignore[attr-defined]


def test_a_good_file_still_opens(window: object, roadmap_file: Path) -> None:
    assert window.files.open_path(str(roadmap_file)) is True  # type: ignore[attr-defined]
    assert window.session.path == str(roadmap_file)  # type: ignore[attr-defined]


def test_the_refusal_says_why(window: object, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    path = corpus.far_dates(tmp_path)
    window.files.open_path(str(path))  # type: ignore[attr-defined]
    assert "outside the dates the app supports" in prompter.told[-1].informative
