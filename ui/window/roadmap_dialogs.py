"""The Roadmap menu: properties, baselines, and working with colleagues' copies.

Each command opens its dialog window-modally (never blocking the event loop,
so tests can drive it) and keeps a reference to it while it is open. The
dialogs' modules are imported on first use, not while the app starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ui.app.prompts import FileRequest, Prompter
from ui.app.settings import Settings
from ui.document import Document


class RoadmapDialogs(QObject):
    """Opens the dialogs of the Roadmap menu (and File ▸ Compare, Merge) over a window."""

    baseline_chosen = Signal(str)
    """The user picked the baseline the timeline and workbook compare with ("" for none)."""
    navigate = Signal(object, str)
    """The user asked to see an entity a comparison names (kind, id)."""

    def __init__(
        self, document: Document, settings: Settings, prompter: Prompter, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.prompter = prompter
        self.parent_widget = parent
        self.dialog: QDialog | None = None
        self.shown_baseline: str | None = None

    def properties(self) -> None:
        from ui.views.roadmap_form import run_roadmap_properties

        run_roadmap_properties(self.document, self.parent_widget)

    def baselines(self) -> None:
        from ui.dialogs.baselines import BaselinesDialog

        dialog = BaselinesDialog(self.document, self.parent_widget, shown_id=self.shown_baseline)
        dialog.baseline_chosen.connect(self._baseline_chosen)
        self._open(dialog)

    def compare(self) -> None:
        path = self._ask_roadmap("compare", self.tr("Compare With Another Version"))
        if not path:
            return
        from ui.dialogs.compare import CompareDialog

        dialog = CompareDialog(self.document, path, self.parent_widget)
        dialog.navigate.connect(self.navigate)
        self._open(dialog)

    def merge(self) -> None:
        if self.document.read_only:
            return
        from ui.dialogs.merge import MergeDialog

        self._open(MergeDialog(self.document, self.parent_widget, prompter=self.prompter))

    def _ask_roadmap(self, key: str, title: str) -> str | None:
        return self.prompter.open_file(
            FileRequest(
                key=key,
                title=title,
                directory=self.settings.last_directory,
                filters=(self.tr("Roadmaps (*.pilotplan)"), self.tr("All files (*)")),
            )
        )

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> Callable[[int], None]:
        def forget(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        return forget

    def _baseline_chosen(self, baseline_id: str) -> None:
        self.shown_baseline = baseline_id or None
        self.baseline_chosen.emit(baseline_id)
