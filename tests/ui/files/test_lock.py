"""The lock beside an open roadmap, held by real other processes."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import QSysInfo

from planner.file import storage
from planner.i18n import format_moment
from ui.files.lock import DocumentLock, LockOutcome, info_path, lock_path
from ui.files.session import ReadOnly

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)

_HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from ui.files.lock import DocumentLock
app = QCoreApplication([])
lock = DocumentLock(sys.argv[1], "Marie Curie")
print(lock.acquire().value, flush=True)
sys.stdin.readline()  # hold it until told to stop (or killed)
lock.release()
"""


@pytest.fixture
def holder(roadmap_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process of this machine that has the roadmap open."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(roadmap_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "acquired"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(10)
    process.stdin.close()  # type: ignore[union-attr]
    process.stdout.close()


def test_someone_elses_lock_says_who_and_offers_read_only(
    window, prompter, roadmap_file, holder
) -> None:
    prompter.answer("locked", "read_only")
    assert window.files.open_path(str(roadmap_file))
    asked = prompter.asked[0]
    assert asked.key == "locked"
    assert "Marie Curie" in asked.text
    assert "since" in asked.text
    assert window.session.read_only is ReadOnly.LOCKED
    assert window.document.read_only
    assert window.session.lock is None
    assert "open on another computer or in another window" in window.banner.label.text()


def test_locked_roadmap_can_be_opened_as_a_copy(window, prompter, roadmap_file, holder) -> None:
    prompter.answer("locked", "copy")
    assert window.files.open_path(str(roadmap_file))
    assert window.session.path is None
    assert window.session.name == "AI-rollout (copy)"
    original = storage.load(roadmap_file)
    assert window.document.roadmap.lineage.derived_from is not None
    assert window.document.roadmap.lineage.document_id != original.lineage.document_id
    assert not window.document.read_only


def test_cancel_leaves_everything_as_it_was(window, prompter, roadmap_file, holder) -> None:
    before = window.document.roadmap
    prompter.answer("locked", "cancel")
    assert not window.files.open_path(str(roadmap_file))
    assert window.document.roadmap is before
    assert window.session.path is None


def test_open_anyway_takes_the_lock(window, prompter, roadmap_file, holder) -> None:
    prompter.answer("locked", "anyway")
    assert window.files.open_path(str(roadmap_file))
    assert window.session.read_only is ReadOnly.NO
    assert window.session.lock is not None
    assert window.session.lock.held


def test_a_crashed_apps_lock_is_cleared_silently(window, prompter, roadmap_file, holder) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert lock_path(roadmap_file).exists()  # left behind by the crash
    assert window.files.open_path(str(roadmap_file))
    assert prompter.keys_asked() == []
    assert window.session.lock is not None
    assert window.session.lock.held


def test_lock_is_taken_on_open_and_released_on_close(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    assert lock_path(roadmap_file).exists()
    assert info_path(roadmap_file).exists()
    # A second process would be told.
    other = DocumentLock(roadmap_file, "Someone else")
    assert other.acquire() is LockOutcome.HELD
    assert other.owner is not None
    assert other.owner.pid == os.getpid()
    assert other.owner.host == QSysInfo.machineHostName()
    assert window.close()
    assert not lock_path(roadmap_file).exists()
    assert not info_path(roadmap_file).exists()


def test_a_lock_from_another_computer_is_never_broken_silently(
    window, prompter, roadmap_file
) -> None:
    # What QLockFile writes: pid, app, host, machine id, boot id.
    lock_path(roadmap_file).write_text("4242\npilot-planner\nother-laptop\nabc\ndef\n")
    info_path(roadmap_file).write_text(
        '{"display_name": "Jean Dupont", "user": "jd", "host": "other-laptop", "pid": 4242,'
        ' "since": "2026-03-02T09:15:00+01:00"}'
    )
    prompter.answer("locked", "read_only")
    assert window.files.open_path(str(roadmap_file))
    assert prompter.keys_asked() == ["locked"]
    assert "Jean Dupont on other-laptop" in prompter.asked[0].text
    assert format_moment(dt.datetime.fromisoformat("2026-03-02T09:15:00+01:00")) in (
        prompter.asked[0].text
    )  # the app's one way of writing dates: 2 Mar 2026, 09:15 on the local clock
    assert lock_path(roadmap_file).read_text().startswith("4242")  # not broken


def test_save_as_onto_a_file_someone_has_open_is_refused(
    window, prompter, roadmap_file, holder
) -> None:
    before = roadmap_file.read_bytes()
    prompter.answer("save-as", str(roadmap_file))
    assert not window.files.save_as()
    assert prompter.keys_told() == ["save-failed"]
    assert "Marie Curie" in prompter.told[0].text
    assert roadmap_file.read_bytes() == before
