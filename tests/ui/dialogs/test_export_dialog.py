"""File ▸ Export: the options of the command line, remembered per roadmap; slides from the menu;
File ▸ Import MS Project Plan…: a preview, then one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pptx import Presentation
from shell_support import SIZE_HINTS

from PySide6.QtCore import QDate, Qt

from planner.interchange.mspdi_write import write_project
from planner.model.entities import Roadmap
from ui.app.settings import RememberedExport, Settings
from ui.dialogs.export_options import (
    CALENDAR,
    SLIDES,
    WORKBOOK,
    ExportDialog,
    ExportOptions,
)
from ui.dialogs.import_project import ImportProjectDialog

pytestmark = [pytest.mark.qt_log_ignore(SIZE_HINTS)]
AS_OF = dt.date(2026, 3, 30)


def test_workbook_options_round_trip_to_the_command_line(qtbot) -> None:
    options = ExportOptions(WORKBOOK, AS_OF, sheets=("Summary", "Gates"),
                            baseline_id="baseline-kickoff", changes_since="/tmp/old.pilotplan",
                            language="fr", open_when_done=True)  # fmt: skip
    dialog = ExportDialog(options, [("baseline-kickoff", "Kick-off plan")], lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.options() == options
    assert options.arguments("en") == [
        "--sheets", "Summary,Gates", "--baseline", "baseline-kickoff",
        "--changes-since", "/tmp/old.pilotplan", "--lang", "fr",
    ]  # fmt: skip
    assert ExportOptions(WORKBOOK, AS_OF).arguments("fr") == ["--lang", "fr"]


def test_only_the_options_of_the_format_are_shown(qtbot) -> None:
    calendar = ExportDialog(ExportOptions(CALENDAR, AS_OF), [], lambda: None)
    qtbot.addWidget(calendar)
    calendar.show()
    assert not calendar.sheets.isVisible()
    assert not calendar.baseline.isVisible()
    assert not calendar.changes.isVisible()
    assert calendar.language.isVisible()
    assert calendar.as_of.isVisible()
    slides = ExportDialog(ExportOptions(SLIDES, AS_OF), [("b", "B")], lambda: None)
    qtbot.addWidget(slides)
    slides.show()
    assert slides.baseline.isVisible()
    assert not slides.sheets.isVisible()


def test_a_workbook_needs_one_sheet_and_browse_fills_the_older_file(qtbot) -> None:
    dialog = ExportDialog(ExportOptions(WORKBOOK, AS_OF), [], lambda: "/data/sent.pilotplan")
    qtbot.addWidget(dialog)
    dialog.browse_button.click()
    assert dialog.changes.text() == "/data/sent.pilotplan"
    for i in range(dialog.sheets.count()):
        dialog.sheets.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0  # refused: no sheet chosen
    assert "at least one sheet" in dialog.warning.text()


def test_choices_are_remembered_per_roadmap(settings: Settings) -> None:
    choice = RememberedExport(("Summary",), "b1", "/x.pilotplan", "fr", True)
    settings.remember_export("doc-1", WORKBOOK, choice)
    assert settings.remembered_export("doc-1", WORKBOOK) == choice
    assert settings.remembered_export("doc-2", WORKBOOK) == RememberedExport()
    assert settings.remembered_export("doc-1", SLIDES) == RememberedExport()
    settings.store.setValue("export/doc-1/workbook/language", "klingon")
    assert settings.remembered_export("doc-1", WORKBOOK).language == ""


def test_slides_from_the_menu_in_french_and_opened_when_done(
    window, prompter, qtbot, tmp_path: Path
) -> None:
    opened: list[str] = []
    window.exports.open_file = opened.append
    target = tmp_path / "out" / "committee"
    target.parent.mkdir()
    prompter.answer("export-slides", str(target))
    window.window_actions.export_slides.trigger()
    dialog = window.exports.options_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.as_of.date() == QDate.currentDate()  # the date the window shows
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.open_when_done.setChecked(True)
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=120_000) as finished:
        dialog.accept()
    ok, output, message = finished.args
    assert ok, message
    assert output == str(target) + ".pptx"
    assert opened == [output]
    assert prompter.keys_told() == []  # opened instead of the "finished" message
    titles = [s.shapes.title.text for s in Presentation(output).slides]
    assert "Chronologie" in titles
    assert titles[1] == "Le programme en un coup d’œil"
    assert "revue de jalon du" in titles[2]
    document_id = window.document.roadmap.lineage.document_id
    remembered = window.settings.remembered_export(document_id, SLIDES)
    assert remembered.language == "fr"
    assert remembered.open_when_done
    window.window_actions.export_slides.trigger()  # the next time starts from these choices
    again = window.exports.options_dialog
    assert again.language.currentData() == "fr"
    assert again.open_when_done.isChecked()
    again.reject()


def test_import_ms_project_previews_then_applies_one_undo_step(
    window, prompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roadmap: Roadmap = window.document.roadmap
    plan = tmp_path / "plan.xml"
    moved = roadmap.model_copy(
        update={"stages": tuple(
            s.model_copy(update={"gate_review": s.gate_review + dt.timedelta(days=7)})
            if s.id == "stage-writing" else s for s in roadmap.stages
        )}
    )  # fmt: skip
    write_project(moved, plan, as_of=AS_OF)
    prompter.answer("import-project", str(plan))
    shown: list[ImportProjectDialog] = []

    def accept(dialog: ImportProjectDialog) -> int:
        shown.append(dialog)
        return 1

    monkeypatch.setattr(ImportProjectDialog, "exec", accept)
    window.window_actions.import_project.trigger()
    (dialog,) = shown
    assert dialog.rows.topLevelItemCount() == 1
    row = dialog.rows.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(2)] == ["Change", "Stage", "Writing assistance"]
    assert row.text(5) == "gate review"
    stage = next(s for s in window.document.roadmap.stages if s.id == "stage-writing")
    original = next(s for s in roadmap.stages if s.id == "stage-writing")
    assert stage.gate_review == original.gate_review + dt.timedelta(days=7)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.roadmap == roadmap


def test_a_file_that_is_not_a_plan_is_explained(window, prompter, tmp_path: Path) -> None:
    bad = tmp_path / "notes.xml"
    bad.write_text("<notes/>", encoding="utf-8")
    prompter.answer("import-project", str(bad))
    window.window_actions.import_project.trigger()
    assert prompter.keys_told() == ["import-project-failed"]
    assert "not an MS Project XML file" in prompter.told[0].informative
    assert window.document.undo_stack.count() == 0
