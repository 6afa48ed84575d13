"""The Roadmap menu (properties, gate review, baselines) and File ▸ Compare / Merge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.edit import operations
from planner.file import storage
from ui.app.prompts import ScriptedPrompter
from ui.dialogs.baselines import BaselinesDialog
from ui.dialogs.compare import CompareDialog
from ui.dialogs.merge import MergeDialog
from ui.window.main_window import MainWindow


def test_roadmap_menu_lists_the_commands(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus.roadmap_menu.actions() if not a.isSeparator()]
    assert texts == ["Roadmap &Properties…", "&Gate Review…", "&Baselines…"]
    file_texts = [a.text() for a in window.menus.file_menu.actions()]
    assert "Com&pare With…" in file_texts
    assert "&Merge a Colleague's Copy…" in file_texts


def test_compare_opens_the_changes_and_navigates(
    window: MainWindow, prompter: ScriptedPrompter, tmp_path: Path, qtbot
) -> None:
    older = tmp_path / "older.pilotplan"
    roadmap = window.document.roadmap
    first = roadmap.use_cases[0]
    changed, _ = operations.apply(
        roadmap, operations.SetField("use_case", first.id, "name", "Old name")
    )
    storage.save(changed, older, backup=False)
    prompter.answer("compare", str(older))
    window.window_actions.compare.trigger()
    dialog = window.roadmap_dialogs.dialog
    assert isinstance(dialog, CompareDialog)
    assert dialog.isVisible()
    rows = dialog.change_rows()
    assert rows
    dialog.navigate.emit("use_case", first.id)
    assert window.current_page_key() == "use_cases"
    dialog.close()
    QApplication.processEvents()
    assert window.roadmap_dialogs.dialog is None


def test_compare_cancelled_opens_nothing(window: MainWindow, prompter: ScriptedPrompter) -> None:
    prompter.answer("compare", None)
    window.window_actions.compare.trigger()
    assert window.roadmap_dialogs.dialog is None


def test_baselines_and_merge_dialogs_open(window: MainWindow) -> None:
    chosen: list[str] = []
    window.roadmap_dialogs.baseline_chosen.connect(chosen.append)
    window.window_actions.baselines.trigger()
    dialog = window.roadmap_dialogs.dialog
    assert isinstance(dialog, BaselinesDialog)
    dialog.baseline_chosen.emit("base-x")
    assert chosen == ["base-x"]
    assert window.roadmap_dialogs.shown_baseline == "base-x"
    window.window_actions.merge.trigger()
    assert isinstance(window.roadmap_dialogs.dialog, MergeDialog)
    window.roadmap_dialogs.dialog.close()
