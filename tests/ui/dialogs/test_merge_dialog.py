"""The merge dialog: choose the files, settle conflicts by clicking, apply as one undo step."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QSpinBox

from planner import templates
from planner.edit.operations import Op, SetField, apply
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from ui.app.prompts import ScriptedPrompter
from ui.dialogs.merge import MergeDialog
from ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REVIEW = "stage-project"


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Roadmap, Path]:
    roadmap = lineage.next_revision(templates.create(templates.SAMPLE, today=dt.date(2027, 1, 4)))
    path = tmp_path / "sent.pilotplan"
    storage.save(roadmap, path)
    return roadmap, path


def edited(roadmap: Roadmap, *ops: Op) -> Roadmap:
    for op in ops:
        roadmap, _ = apply(roadmap, op)
    return roadmap


def review_on(roadmap: Roadmap, days: int) -> SetField:
    review = roadmap.stages[1].gate_review
    assert review is not None
    return SetField("stage", REVIEW, "gate_review", review + dt.timedelta(days=days))


def save(roadmap: Roadmap, path: Path) -> Path:
    storage.save(lineage.next_revision(roadmap), path)
    return path


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def open_dialog(qtbot, document: Document, base: Path, theirs: Path) -> MergeDialog:
    prompter = ScriptedPrompter({"merge-base": str(base), "merge-theirs": str(theirs)})
    dialog = MergeDialog(document, prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.choose_base()
    dialog.choose_theirs()
    assert prompter.keys_asked() == ["merge-base", "merge-theirs"]
    return dialog


def test_conflict_settled_by_clicking_then_one_undo_step(qtbot, sent, tmp_path: Path) -> None:
    base, base_path = sent
    mine = edited(base, review_on(base, 14), SetField("roadmap", None, "owner", "Claire"))
    theirs_path = save(
        edited(base, review_on(base, 21), SetField("risk", "risk-ambassador-time", "impact", 5)),
        tmp_path / "theirs.pilotplan",
    )
    before_files = digest(base_path, theirs_path)
    document = Document(mine)
    dialog = open_dialog(qtbot, document, base_path, theirs_path)
    assert "derived from revision 1" in dialog.relation_label.text()
    autos = [dialog.auto_list.item(i).text() for i in range(dialog.auto_list.count())]
    assert any(
        a.startswith("Risk 'Ambassadors have no time for their role' impact raised") for a in autos
    )
    assert list(dialog.rows) == [f"field:stage:{REVIEW}:gate_review"]
    row = dialog.rows[f"field:stage:{REVIEW}:gate_review"]
    assert row.sentence.text().startswith("Stage 'Project management' review: mine ")
    assert not dialog.apply_button.isEnabled()
    assert dialog.summary.text() == "1 of 1 conflicts still to settle."
    qtbot.mouseClick(row.theirs, Qt.MouseButton.LeftButton)
    assert row.theirs.isChecked()
    assert dialog.apply_button.isEnabled()
    assert row.status.text() == "Settled."
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    merged = document.roadmap
    assert merged.stages[1].gate_review == base.stages[1].gate_review + dt.timedelta(days=21)
    assert merged.owner == "Claire"
    assert next(r for r in merged.risks if r.id == "risk-ambassador-time").impact == 5
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Merge with theirs.pilotplan"
    assert merged.lineage == mine.lineage
    document.undo_stack.undo()
    assert document.roadmap == mine
    document.undo_stack.redo()
    assert document.roadmap == merged
    assert digest(base_path, theirs_path) == before_files


def test_edit_a_value_of_ones_own(qtbot, sent, tmp_path: Path) -> None:
    base, base_path = sent
    theirs_path = save(edited(base, review_on(base, 21)), tmp_path / "theirs.pilotplan")
    document = Document(edited(base, review_on(base, 14)))
    dialog = open_dialog(qtbot, document, base_path, theirs_path)
    row = next(iter(dialog.rows.values()))
    assert row.editor is not None
    qtbot.mouseClick(row.edit, Qt.MouseButton.LeftButton)
    editor = row.editor.widget
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 7, 2))
    qtbot.mouseClick(row.apply_value, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    dialog.apply()
    assert document.roadmap.stages[1].gate_review == dt.date(2027, 7, 2)


def test_a_value_that_breaks_a_rule_keeps_apply_disabled(qtbot, sent, tmp_path: Path) -> None:
    base, base_path = sent
    theirs_path = save(
        edited(base, SetField("risk", "risk-ambassador-time", "likelihood", 1)),
        tmp_path / "t.pilotplan",
    )
    document = Document(edited(base, SetField("risk", "risk-ambassador-time", "likelihood", 5)))
    dialog = open_dialog(qtbot, document, base_path, theirs_path)
    row = next(iter(dialog.rows.values()))
    qtbot.mouseClick(row.edit, Qt.MouseButton.LeftButton)
    assert row.editor is not None
    spin = row.editor.widget
    assert isinstance(spin, QSpinBox)
    spin.setValue(9)
    qtbot.mouseClick(row.apply_value, Qt.MouseButton.LeftButton)
    assert not dialog.apply_button.isEnabled()
    assert row.status.text().startswith("Not settled yet")
    assert "not valid" in row.sentence.text()
    spin.setValue(2)
    qtbot.mouseClick(row.apply_value, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(row.mine, Qt.MouseButton.LeftButton)
    dialog.apply()
    assert next(r for r in document.roadmap.risks if r.id == "risk-ambassador-time").likelihood == 5


def test_without_conflicts_apply_is_ready(qtbot, sent, tmp_path: Path) -> None:
    base, base_path = sent
    theirs_path = save(
        edited(base, SetField("roadmap", None, "owner", "Marc")), tmp_path / "t.pilotplan"
    )
    document = Document(base)
    dialog = open_dialog(qtbot, document, base_path, theirs_path)
    assert dialog.rows == {}
    assert dialog.summary.text() == "No conflicts: everything combines."
    assert dialog.apply_button.isEnabled()
    dialog.apply()
    assert document.roadmap.owner == "Marc"
    assert document.undo_stack.count() == 1


def test_nothing_to_merge_until_both_files_are_chosen(qtbot, sent, tmp_path: Path) -> None:
    _, base_path = sent
    prompter = ScriptedPrompter({"merge-base": str(base_path)})
    dialog = MergeDialog(Document(sent[0]), prompter=prompter)
    qtbot.addWidget(dialog)
    assert dialog.relation_label.text() == "Choose the version that was sent and their copy."
    dialog.choose_base()
    assert not dialog.apply_button.isEnabled()
    broken = tmp_path / "broken.pilotplan"
    broken.write_bytes(base_path.read_bytes()[:100])
    prompter.answer("merge-theirs", str(broken))
    dialog.choose_theirs()
    assert dialog.relation_label.text().startswith("broken.pilotplan cannot be opened:")
    assert not dialog.apply_button.isEnabled()


def test_files_given_up_front_and_accessible_names(qtbot, sent, tmp_path: Path) -> None:
    base, base_path = sent
    theirs_path = save(
        edited(base, SetField("roadmap", None, "owner", "Marc")), tmp_path / "t.pilotplan"
    )
    dialog = MergeDialog(Document(base), base_path=str(base_path), theirs_path=str(theirs_path))
    qtbot.addWidget(dialog)
    assert dialog.apply_button.isEnabled()
    assert dialog.base_edit.accessibleName() == "The version that was sent (base)"
    assert dialog.apply_button.accessibleName() == "Apply the merge to this roadmap"
