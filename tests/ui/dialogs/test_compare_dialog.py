"""The compare dialog: grouped changes, a double-click (or Enter) leads to the entity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from planner import templates
from planner.edit.operations import Remove, SetField, apply
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from ui.dialogs.compare import CompareDialog
from ui.document import Document

# The offscreen platform says so when a dialog is shown; it means nothing here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Roadmap, Path]:
    roadmap = lineage.next_revision(templates.create(templates.SAMPLE, today=dt.date(2027, 1, 4)))
    path = tmp_path / "committee.pilotplan"
    storage.save(roadmap, path)
    return roadmap, path


def _edited(roadmap: Roadmap) -> Roadmap:
    review = roadmap.stages[1].gate_review
    assert review is not None
    for op in (
        SetField("stage", "stage-project", "gate_review", review + dt.timedelta(days=14)),
        SetField("risk", "risk-ambassador-time", "likelihood", 5),
        Remove("team", "team-hr"),
    ):
        roadmap, _ = apply(roadmap, op)
    return roadmap


def _dialog(qtbot, roadmap: Roadmap, path: Path) -> CompareDialog:
    dialog = CompareDialog(Document(roadmap), str(path))
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: CompareDialog, starts: str) -> QTreeWidgetItem:
    return next(r for r in dialog.change_rows() if r.text(0).startswith(starts))


def test_changes_since_the_sent_version_are_grouped(qtbot, sent) -> None:
    roadmap, path = sent
    dialog = _dialog(qtbot, _edited(roadmap), path)
    assert "What changed in this roadmap since committee.pilotplan." in dialog.heading.text()
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Stages (1)", "Risks (1)", "Teams (1)", "Measurements (20)"]
    removal = _row(dialog, "Team 'HR' removed (it was linked to")
    assert removal.childCount() >= 3  # the references the removal detached, under it
    assert "1 date moved later by 2 weeks" in dialog.overview.text()


def test_double_click_and_enter_navigate(qtbot, sent) -> None:
    roadmap, path = sent
    dialog = _dialog(qtbot, _edited(roadmap), path)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list[tuple[str, str]] = []
    dialog.navigate.connect(lambda kind, entity: seen.append((kind, entity)))
    row = _row(dialog, "Stage 'Project management' review moved")
    dialog.tree.scrollToItem(row)
    centre = dialog.tree.visualItemRect(row).center()
    # A real double-click: press, release, then the double-click event.
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert seen == [("stage", "stage-project")]
    risk = _row(dialog, "Risk 'Ambassadors have no time")
    dialog.tree.setCurrentItem(risk)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert seen[-1] == ("risk", "risk-ambassador-time")


def test_removed_entities_lead_nowhere(qtbot, sent) -> None:
    roadmap, path = sent
    dialog = _dialog(qtbot, _edited(roadmap), path)
    seen: list[tuple[str, str]] = []
    dialog.navigate.connect(lambda kind, entity: seen.append((kind, entity)))
    removal = _row(dialog, "Team 'HR' removed")
    assert removal.toolTip(0) == "Not in this roadmap any more"
    dialog.tree.itemActivated.emit(removal, 0)
    assert seen == []


def test_a_newer_file_is_compared_the_other_way(qtbot, sent, tmp_path: Path) -> None:
    roadmap, _ = sent
    newer = lineage.next_revision(_edited(roadmap))
    path = tmp_path / "returned.pilotplan"
    storage.save(newer, path)
    dialog = _dialog(qtbot, roadmap, path)
    assert "What changed in returned.pilotplan since this roadmap." in dialog.heading.text()
    assert _row(dialog, "Team 'HR' removed").toolTip(0) == ""  # still here, in this roadmap


def test_no_differences_and_copy(qtbot, sent) -> None:
    roadmap, path = sent
    dialog = _dialog(qtbot, roadmap, path)
    assert dialog.overview.text() == "No differences."
    assert dialog.change_rows() == []
    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == "No differences."


def test_a_damaged_file_is_reported(qtbot, sent, tmp_path: Path) -> None:
    roadmap, path = sent
    broken = tmp_path / "broken.pilotplan"
    broken.write_bytes(path.read_bytes()[:300])
    dialog = _dialog(qtbot, roadmap, broken)
    assert dialog.heading.text() == "broken.pilotplan cannot be opened:"
    assert dialog.overview.text()
    assert not dialog.tree.isEnabled()


def test_accessible_names(qtbot, sent) -> None:
    roadmap, path = sent
    dialog = _dialog(qtbot, roadmap, path)
    assert dialog.tree.accessibleName() == "Changes"
    assert dialog.copy_button.accessibleName()
