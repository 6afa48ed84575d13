"""File commands through the real window: save, reopen, close with unsaved changes, errors."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from shell_support import SIZE_HINTS, sample_roadmap

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from planner.edit.operations import SetField
from planner.file import storage
from ui.app.prompts import UnexpectedQuestion
from ui.files.session import ReadOnly

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rename(window, title: str) -> None:
    assert window.document.execute(SetField("roadmap", None, "title", title), "Rename")


# ------------------------------------------------------------ save and reopen


def test_save_as_then_reopen_gives_the_same_roadmap(window, prompter, tmp_path) -> None:
    _rename(window, "Committee plan")
    target = tmp_path / "plan"  # the suffix is added
    prompter.answer("save-as", str(target))
    window.window_actions.save.trigger()  # an untitled roadmap asks where to save
    saved = tmp_path / "plan.pilotplan"
    assert window.session.path == str(saved)
    assert not window.isWindowModified()
    assert window.windowTitle() == "plan.pilotplan[*] — Pilot-to-Scale Planner"
    assert storage.load(saved) == window.document.roadmap
    assert window.document.roadmap.lineage.revision == sample_roadmap().lineage.revision + 1
    assert window.settings.recent_files[0] == str(saved)
    # Reopened from disk in a second window: the same model.
    from ui.window.main_window import MainWindow

    other = MainWindow(window.settings, prompter, roadmap=sample_roadmap())
    try:
        window.session.release()  # as if the first window had closed
        assert other.files.open_path(str(saved))
        assert other.document.roadmap == window.document.roadmap
    finally:
        other.document.undo_stack.setClean()
        other.close()


def test_each_save_is_the_next_revision(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    first = window.document.roadmap.lineage
    _rename(window, "Second")
    assert window.files.save()
    second = storage.load(roadmap_file).lineage
    assert second.revision == first.revision + 1
    assert second.document_id == first.document_id
    assert window.document.roadmap.lineage == second
    assert (roadmap_file.parent / (roadmap_file.name + ".bak")).is_file()


def test_save_a_copy_leaves_the_open_roadmap_alone(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    before = _digest(roadmap_file)
    _rename(window, "Draft for Anna")
    copy = roadmap_file.with_name("copy.pilotplan")
    prompter.answer("save-copy", str(copy))
    window.window_actions.save_copy.trigger()
    saved = storage.load(copy)
    assert saved.title == "Draft for Anna"
    assert saved.lineage.document_id != window.document.roadmap.lineage.document_id
    assert saved.lineage.derived_from is not None
    assert window.session.path == str(roadmap_file)
    assert window.isWindowModified()
    assert _digest(roadmap_file) == before


def test_revert_reloads_the_saved_file(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "Not wanted")
    assert window.window_actions.revert.isEnabled()
    prompter.answer("revert", "revert")
    window.window_actions.revert.trigger()
    assert window.document.roadmap == storage.load(roadmap_file)
    assert not window.isWindowModified()


def test_new_from_template_asks_which(window, prompter) -> None:
    prompter.answer("template", "blank")
    window.window_actions.new.trigger()
    assert window.session.path is None
    assert window.session.name == "Untitled"
    assert len(window.document.roadmap.stages) == 1
    assert not window.isWindowModified()


def test_two_ways_to_start(window, prompter) -> None:
    """New from Template gives the method to fill in; the sample is a separate action."""
    prompter.answer("template", "sample")
    with pytest.raises(UnexpectedQuestion):  # the example is not offered as a template
        window.files.new_from_template()
    prompter.answers.clear()
    prompter.answer("template", "ai-adoption")
    window.window_actions.new.trigger()
    roadmap = window.document.roadmap
    assert len(roadmap.stages) == 3
    assert roadmap.criteria
    for attr in ("measurements", "people", "feedback", "decisions", "baselines"):
        assert getattr(roadmap, attr) == (), attr
    assert window.session.name == "Untitled"

    window.window_actions.open_sample.trigger()
    sample = window.document.roadmap
    assert sample.measurements
    assert sample.people
    assert sample.decisions
    assert window.session.path is None  # unsaved: Save asks where
    assert window.session.name == "Sample roadmap"
    assert window.windowTitle().startswith("Sample roadmap")


# ------------------------------------------------------------ unsaved changes


def test_close_cancel_keeps_the_window_and_the_work(window, prompter, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    _rename(window, "Keep me")
    prompter.answer("unsaved-changes", "cancel")
    assert not window.close()
    assert window.isVisible()
    assert window.document.roadmap.title == "Keep me"
    assert prompter.keys_asked() == ["unsaved-changes"]
    assert "Sample roadmap" in prompter.asked[0].text


def test_close_discard_closes_without_writing(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    before = _digest(roadmap_file)
    _rename(window, "Throw away")
    prompter.answer("unsaved-changes", "discard")
    assert window.close()
    assert _digest(roadmap_file) == before
    assert not (roadmap_file.parent / f".~lock.{roadmap_file.name}#").exists()


def test_close_save_writes_then_closes(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "Saved on close")
    prompter.answer("unsaved-changes", "save")
    assert window.close()
    assert storage.load(roadmap_file).title == "Saved on close"
    assert window.settings.last_file == str(roadmap_file)


def test_a_cancelled_save_cancels_the_close(window, prompter) -> None:
    _rename(window, "Untitled work")
    prompter.answer("unsaved-changes", "save")
    prompter.answer("save-as", None)  # the user cancels the file dialog
    assert not window.close()
    assert window.isWindowModified()


def test_a_failed_save_cancels_the_close(window, prompter, tmp_path) -> None:
    _rename(window, "Nowhere to go")
    prompter.answer("unsaved-changes", "save")
    prompter.answer("save-as", str(tmp_path / "missing-folder" / "plan.pilotplan"))
    assert not window.close()
    assert prompter.keys_told() == ["save-failed"]
    assert "folder does not exist" in prompter.told[0].informative
    assert window.isWindowModified()


def test_open_asks_before_discarding_changes(window, prompter, roadmap_file) -> None:
    _rename(window, "Unsaved")
    prompter.answer("unsaved-changes", "cancel")
    assert not window.files.open_path(str(roadmap_file))
    assert window.document.roadmap.title == "Unsaved"
    assert window.session.path is None
    # The lock taken while asking was given back.
    assert not (roadmap_file.parent / f".~lock.{roadmap_file.name}#").exists()


# ------------------------------------------------------------ errors and odd files


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "pilot-planner-roadmap", "schema_version": 2, "roadm', "line 1"),
        (b"PK\x03\x04 not a roadmap", ""),
        (b'{"format": "something-else"}', "not a Pilot-to-Scale Planner roadmap"),
    ],
)
def test_a_broken_file_shows_the_loaders_message_and_loses_nothing(
    window, prompter, tmp_path, content, expected
) -> None:
    _rename(window, "Precious work")
    before = window.document.roadmap
    undo_count = window.document.undo_stack.count()
    broken = tmp_path / "broken.pilotplan"
    broken.write_bytes(content)
    assert not window.files.open_path(str(broken))
    assert prompter.keys_told() == ["open-failed"]
    told = prompter.told[0]
    assert "broken.pilotplan" in told.text
    assert told.informative
    assert expected in told.informative
    assert window.document.roadmap is before
    assert window.document.undo_stack.count() == undo_count
    assert window.isWindowModified()
    assert prompter.keys_asked() == []  # nothing asked about the work in progress


def test_opening_the_open_file_again_does_nothing(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "Edited")
    assert window.files.open_path(str(roadmap_file))
    assert window.document.roadmap.title == "Edited"
    assert prompter.keys_asked() == []


def test_read_only_file_opens_read_only(window, prompter, roadmap_file, tmp_path) -> None:
    os.chmod(roadmap_file, stat.S_IRUSR | stat.S_IRGRP)
    assert window.files.open_path(str(roadmap_file))
    assert window.session.read_only is ReadOnly.FILE
    assert window.document.read_only
    assert not window.banner.isHidden()
    assert "read-only" in window.banner.label.text()
    assert "(read-only)" in window.windowTitle()
    assert not window.window_actions.save.isEnabled()
    assert not window.window_actions.import_usage.isEnabled()
    assert not (roadmap_file.parent / f".~lock.{roadmap_file.name}#").exists()
    refused: list[str] = []
    window.document.refused.connect(refused.append)
    assert not window.document.execute(SetField("roadmap", None, "title", "No"), "Rename")
    assert refused
    assert window.document.undo_stack.count() == 0
    # Save As elsewhere makes it editable again.
    prompter.answer("save-as", str(tmp_path / "mine.pilotplan"))
    window.banner.button.click()
    assert window.session.read_only is ReadOnly.NO
    assert window.banner.isHidden()
    assert not window.document.read_only
    assert window.document.execute(SetField("roadmap", None, "title", "Yes"), "Rename")
    assert window.window_actions.import_usage.isEnabled()


def test_file_in_read_only_folder_opens_read_only(window, roadmap_file) -> None:
    folder = roadmap_file.parent
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert window.files.open_path(str(roadmap_file))
        assert window.session.read_only is ReadOnly.FOLDER
        assert "folder" in window.banner.label.text()
    finally:
        os.chmod(folder, stat.S_IRWXU)


# ------------------------------------------------------------ changed on disk


def _changed_by_someone_else(path: Path) -> None:
    other = storage.load(path).model_copy(update={"title": "Their version"})
    storage.save(other, path, backup=False)


def test_changed_on_disk_cancel_keeps_their_file(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "My version")
    _changed_by_someone_else(roadmap_file)
    theirs = _digest(roadmap_file)
    prompter.answer("changed-on-disk", "cancel")
    assert not window.files.save()
    assert _digest(roadmap_file) == theirs
    assert window.isWindowModified()


def test_changed_on_disk_overwrite(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "My version")
    _changed_by_someone_else(roadmap_file)
    prompter.answer("changed-on-disk", "overwrite")
    assert window.files.save()
    assert storage.load(roadmap_file).title == "My version"
    # Our save is now what we know: the next save does not ask again.
    _rename(window, "Mine again")
    assert window.files.save()
    assert prompter.keys_asked() == ["changed-on-disk"]


def test_changed_on_disk_save_as(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "My version")
    _changed_by_someone_else(roadmap_file)
    mine = roadmap_file.with_name("mine.pilotplan")
    prompter.answer("changed-on-disk", "save_as")
    prompter.answer("save-as", str(mine))
    assert window.files.save()
    assert storage.load(roadmap_file).title == "Their version"
    assert storage.load(mine).title == "My version"
    assert window.session.path == str(mine)


def test_a_touched_but_identical_file_does_not_ask(window, prompter, roadmap_file) -> None:
    assert window.files.open_path(str(roadmap_file))
    _rename(window, "Mine")
    os.utime(roadmap_file, ns=(1, 1))
    assert window.files.save()
    assert prompter.keys_asked() == []


# ------------------------------------------------------------ recent files and drag and drop


def test_open_recent_lists_existing_files_only(window, roadmap_file, tmp_path) -> None:
    missing = tmp_path / "gone.pilotplan"
    window.settings.recent_files = [str(missing), str(roadmap_file)]
    window.menus.recent_menu.aboutToShow.emit()
    entries = [a for a in window.menus.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(roadmap_file)]
    assert entries[0].text() == "&1 AI-rollout.pilotplan"
    assert window.settings.recent_files == [str(roadmap_file)]
    entries[0].trigger()
    assert window.session.path == str(roadmap_file)
    window.window_actions.clear_recent.trigger()
    assert window.settings.recent_files == []


def _mime(*paths: Path | str) -> QMimeData:
    data = QMimeData()
    data.setUrls([p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def test_drop_a_roadmap_opens_it(window, qtbot, roadmap_file) -> None:
    window.show()
    qtbot.waitExposed(window)
    data = _mime(roadmap_file)
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.session.path == str(roadmap_file))
    assert window.document.roadmap == storage.load(roadmap_file)


def test_drop_ignores_other_files_and_remote_urls(window, tmp_path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for data in (_mime(text), _mime(QUrl("https://example.com/plan.pilotplan"))):
        enter = QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        window.dragEnterEvent(enter)
        assert not enter.isAccepted()
