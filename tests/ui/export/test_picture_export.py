"""File ▸ Export ▸ Timeline as PDF or PNG runs in a child process with the chosen options."""

from __future__ import annotations

from pathlib import Path

from ui.app.prompts import ScriptedPrompter
from ui.dialogs.picture_options import PictureOptions, PictureOptionsDialog
from ui.window.main_window import MainWindow


def test_options_dialog_round_trips(qtbot) -> None:
    options = PictureOptions(page_size="A3", orientation="portrait", fit="tile", file_format="png")
    dialog = PictureOptionsDialog(options)
    assert dialog.options() == options
    assert options.arguments() == [
        "--page-size", "A3", "--orientation", "portrait", "--fit", "tile",
    ]  # fmt: skip


def test_timeline_pdf_is_exported_from_the_menu(
    window: MainWindow, prompter: ScriptedPrompter, tmp_path: Path, qtbot
) -> None:
    target = tmp_path / "committee-timeline.pdf"
    prompter.answer("export-timeline", str(target))
    window.window_actions.export_timeline.trigger()
    dialog = window.exports.picture_dialog
    assert isinstance(dialog, PictureOptionsDialog)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("A3"))
    dialog.tile.setChecked(True)
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=60_000) as finished:
        dialog.accept()
    ok, output, message = finished.args
    assert ok, message
    assert output == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "export-done" in prompter.keys_told()
