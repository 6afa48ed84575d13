"""The import usage dialog: preview, mapping, report, one undoable import."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ui.app.prompts import ScriptedPrompter
from ui.dialogs.import_usage import ImportDialog
from ui.document import Document

sys.path.insert(0, str(Path(__file__).parents[1]))
from _editing_sample import sample

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TIDY = """week,metric,value,team
2026-02-09,Weekly active users,57,
2026-02-16,Weekly active users,61,Claims
2026-02-16,Satisfaction,4.2,Claims
"""


@pytest.fixture
def document(qapp) -> Document:
    return Document(sample())


def _dialog(qtbot, document: Document, prompter: ScriptedPrompter | None = None) -> ImportDialog:
    dialog = ImportDialog(document, None, prompter=prompter or ScriptedPrompter())
    qtbot.addWidget(dialog)
    return dialog


def test_preview_report_and_one_undoable_import(qtbot, tmp_path: Path, document) -> None:
    data = tmp_path / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    prompter = ScriptedPrompter({"import-usage-file": str(data)})
    dialog = _dialog(qtbot, document, prompter)
    dialog.choose_file()
    assert prompter.keys_asked() == ["import-usage-file"]
    assert dialog.preview.rowCount() == 4  # header + 3 rows
    assert dialog.preview.item(1, 1).text() == "Weekly active users"
    assert "tidy" in dialog.detected.text()
    assert not dialog.mapping_box.isHidden()
    report = dialog.report.toPlainText()
    assert "3 read" in report
    assert "2 added" in report
    assert "1 replaced" in report
    assert dialog.import_button.isEnabled()
    before = document.roadmap
    count = len(before.measurements)
    assert dialog.do_import()
    assert len(document.roadmap.measurements) == count + 2
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Import usage from usage.csv"
    document.undo_stack.undo()
    assert document.roadmap == before
    document.undo_stack.redo()
    assert len(document.roadmap.measurements) == count + 2


def test_refused_rows_are_reported_and_can_be_skipped(qtbot, tmp_path, document) -> None:
    data = tmp_path / "usage.csv"
    data.write_text(TIDY + "someday,Weekly active users,50,Claims\n", encoding="utf-8")
    dialog = _dialog(qtbot, document)
    dialog.set_file(data)
    report = dialog.report.toPlainText()
    assert "line 5" in report
    assert "nothing was imported" in report
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert "1 refused" in dialog.report.toPlainText()
    assert dialog.import_button.isEnabled()
    assert dialog.do_import()
    assert document.undo_stack.count() == 1


def test_column_mapping_for_a_tidy_file_with_other_names(qtbot, tmp_path, document) -> None:
    data = tmp_path / "semaine.csv"
    data.write_text(
        "Semaine,Indicateur,Chiffre\n2026-02-16,Weekly active users,61\n", encoding="utf-8"
    )
    dialog = _dialog(qtbot, document)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("tidy"))
    dialog.set_file(data)
    assert not dialog.import_button.isEnabled()
    assert "found:" in dialog.detected.text()
    combo = dialog.mapping["value"]
    combo.setCurrentIndex(combo.findData("Chiffre"))
    dialog.replan()
    assert dialog.import_button.isEnabled(), dialog.report.toPlainText()
    assert "1 added" in dialog.report.toPlainText()


def test_unreadable_file_shows_the_message_and_changes_nothing(qtbot, tmp_path, document):
    data = tmp_path / "report.xlsx"
    data.write_text("not a workbook", encoding="utf-8")
    dialog = _dialog(qtbot, document)
    dialog.set_file(data)
    assert "not really an Excel workbook" in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert not dialog.do_import()
    assert document.undo_stack.count() == 0


def test_same_file_twice_has_nothing_to_import(qtbot, tmp_path, document) -> None:
    data = tmp_path / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    first = _dialog(qtbot, document)
    first.set_file(data)
    assert first.do_import()
    again = _dialog(qtbot, document)
    again.set_file(data)
    assert "Nothing to import" in again.report.toPlainText()
    assert not again.import_button.isEnabled()


def test_scope_and_privacy_threshold(qtbot, tmp_path, document) -> None:
    data = tmp_path / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    dialog = _dialog(qtbot, document)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findText("Stage: Project management"))
    dialog.min_group.setValue(50)  # Claims has 40 people: its figures are suppressed
    dialog.set_file(data)
    report = dialog.report.toPlainText()
    assert "stage 'Project management'" in report
    assert "withheld: over fewer people than the minimum group" in report
    assert dialog.do_import()
    added = [m for m in document.roadmap.measurements if "imported" in m.source]
    assert {m.stage_id for m in added} == {"st-pm"}
    assert all(m.team_id is None for m in added)


def test_paths_can_be_typed(qtbot, tmp_path: Path, document) -> None:
    data = tmp_path / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    dialog = _dialog(qtbot, document)
    assert not dialog.file_edit.isReadOnly()
    dialog.file_edit.setText(str(tmp_path / "missing.csv"))
    dialog.file_edit.editingFinished.emit()
    assert "There is no file" in dialog.detected.text()
    assert not dialog.import_button.isEnabled()
    dialog.file_edit.setText(str(data))
    dialog.file_edit.editingFinished.emit()
    assert dialog.import_button.isEnabled(), dialog.report.toPlainText()
    mapping = tmp_path / "teams.csv"
    mapping.write_text("user,team\n", encoding="utf-8")
    dialog.teams_edit.setText(str(mapping))
    dialog.teams_edit.editingFinished.emit()
    assert dialog.options().teams == mapping
    dialog.teams_edit.setText("")
    dialog.teams_edit.editingFinished.emit()
    assert dialog.options().teams is None


def test_the_file_dialog_opens_in_the_last_folder_used(qtbot, tmp_path: Path, document) -> None:
    from ui.app.settings import Settings

    settings = Settings()
    folder = tmp_path / "exports"
    folder.mkdir()
    data = folder / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    prompter = ScriptedPrompter({"import-usage-file": [str(data), None]})
    first = ImportDialog(document, None, prompter=prompter, settings=settings)
    qtbot.addWidget(first)
    first.choose_file()
    assert settings.import_directory == str(folder)
    second = ImportDialog(document, None, prompter=prompter, settings=settings)
    qtbot.addWidget(second)
    second.choose_file()
    assert prompter.asked[-1].text == str(folder)  # the directory the dialog opened in


def test_the_preview_shows_the_figures_it_would_store(qtbot, tmp_path: Path, document) -> None:
    """Per stage and team, each figure with its value, before Import; exactly the planner's
    dry run (nothing recomputed in the window)."""
    from planner.evidence.gates import format_value
    from planner.usage import plan_import

    data = tmp_path / "usage.csv"
    data.write_text(TIDY, encoding="utf-8")
    dialog = _dialog(qtbot, document)
    dialog.set_file(data)
    assert document.undo_stack.count() == 0  # nothing stored yet
    rows = dialog.stored.figures()
    dry = plan_import(document.roadmap, data, dialog.options())
    assert len(rows) == len(dry.changes) == 3
    assert dialog.outcome_tabs.currentWidget() is dialog.stored
    assert "(3)" in dialog.outcome_tabs.tabText(0)
    units = {m.name: m.unit for m in document.roadmap.metrics}
    shown = {(r[0], r[1], r[2], r[4], r[6]) for r in rows}
    for change in dry.changes:
        value = format_value(change.value, units[change.metric])
        team = change.team or "whole stage"
        assert any(s[:4] == (change.scope, team, change.metric, value) for s in shown), change
    assert any(r[6].startswith("replaces") for r in rows)
    assert any(r[6] == "added" for r in rows)


SURVEY = """Completion time,Team,The assistant saves me time,Comments
2026-02-16 09:00,Claims,Agree,Saves an hour on letters
2026-02-16 09:10,Claims,Strongly agree,
2026-02-17 10:00,Claims,Neither agree nor disagree,Too slow on Mondays
2026-02-17 11:00,Claims,Agree,
2026-02-18 12:00,Claims,Disagree,
"""


def test_survey_comments_are_kept_only_when_ticked(qtbot, tmp_path: Path, document) -> None:
    data = tmp_path / "pulse.csv"
    data.write_text(SURVEY, encoding="utf-8")
    dialog = _dialog(qtbot, document, ScriptedPrompter({"import-usage-file": str(data)}))
    dialog.choose_file()
    assert "survey" in dialog.detected.text()
    assert not dialog.comments.isChecked()
    assert "'Comments' not imported" in dialog.report.toPlainText()
    dialog.comments.setChecked(True)
    assert "2 comment(s) imported" in dialog.report.toPlainText()
    feedback = len(document.roadmap.feedback)
    assert dialog.do_import()
    added = document.roadmap.feedback[feedback:]
    assert sorted(f.text for f in added) == ["Saves an hour on letters", "Too slow on Mondays"]
    assert all(f.team_id is None for f in added)
    # Claims (5 answers): 75 100 50 75 25 → 65 → 1 + 65 ÷ 25 = 3.6 on the 1–5 metric
    stored = {m.value for m in document.roadmap.measurements if m.metric_id == "met-sat"}
    assert 3.6 in stored
    assert document.undo_stack.count() == 1
