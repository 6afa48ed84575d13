"""Measuring a laid-out window: what is cut that had room to be shown whole.

Every check measures text with ``QFontMetrics`` in the widget's own font and
compares it with the room the widget has. They list what they find (widget,
text, needed, given) so a failing test says what to look at; the screenshot
script prints the same list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)

from ui.dashboard.blocks import ElidingLabel, FitTable, LinkButton
from ui.dashboard.chart import AdoptionChart
from ui.dashboard.placing import overlap
from ui.editors.choices import RefListEditor


@dataclass(frozen=True)
class Cut:
    where: str
    text: str
    needed: int
    given: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needed}px, has {self.given}px"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def cut_headers(root: QWidget) -> list[Cut]:
    """Column headers narrower than their title (with margins and sort arrow)."""
    found = []
    for header in root.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not _shown(header):
            continue
        view = header.parentWidget()
        model = header.model()
        if model is None or not isinstance(view, QAbstractItemView) or not _shown(view):
            continue
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for logical in range(header.count()):
            if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
                continue
            text = model.headerData(logical, Qt.Orientation.Horizontal)
            if not isinstance(text, str) or not text:
                continue
            font = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else header.font())
            needed = metrics.horizontalAdvance(text) + 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
                needed += arrow + margin
            given = header.sectionSize(logical)
            if given + 1 < needed:
                found.append(Cut(f"header of {_path(view)}", text, needed, given))
    return found


def cut_labels(root: QWidget) -> list[Cut]:
    """One-line labels (not wrapping) whose text is wider than the label."""
    found = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text():
            continue
        if isinstance(label, ElidingLabel):
            if label.is_elided():
                needed = label.fontMetrics().horizontalAdvance(label.text())
                found.append(Cut(_path(label), label.text(), needed, label.contentsRect().width()))
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.text().lstrip().startswith("<"):
            continue
        text = _mnemonic_free(label.text())
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        given = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
        if widest > given + 1:
            found.append(Cut(_path(label), text, widest, given))
    return found


def cut_buttons(root: QWidget) -> list[Cut]:
    """Push buttons, check boxes, radio buttons and links narrower than their text."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        if isinstance(button, LinkButton):
            if button.is_elided():
                needed = button.sizeHint().width()
                found.append(Cut(_path(button), button.link_text(), needed, button.width()))
            continue
        if isinstance(button, QPushButton | QCheckBox | QRadioButton):
            needed = button.sizeHint().width()
            if button.width() + 1 < needed:
                found.append(Cut(_path(button), _mnemonic_free(button.text()), needed,
                                 button.width()))  # fmt: skip
    return found


def cut_tabs(root: QWidget) -> list[Cut]:
    found = []
    for bar in root.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for index in range(bar.count()):
            needed, given = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
            if given + 1 < needed:
                found.append(Cut(f"tab of {_path(bar)}", bar.tabText(index), needed, given))
    return found


def cut_charts(root: QWidget) -> list[Cut]:
    """Chart captions cut with "…", and chart labels laid over the data they label."""
    found = []
    for chart in root.findChildren(AdoptionChart):
        if not _shown(chart):
            continue
        for line in chart._caption_lines(chart.width()):
            if line.endswith("…"):
                found.append(Cut(f"caption of {_path(chart)}", chart.caption(), 0, chart.width()))
        chart.grab()  # paint, so the labels have their places
        for key, rect in chart.label_rects().items():
            if overlap(rect, chart.data_segments(), []):
                found.append(Cut(f"{key} label over the data of {_path(chart)}", key, 0, 0))
    return found


def cut_cells(root: QWidget) -> list[Cut]:
    """Cells of the Overview's and dialogs' fitted tables whose wrapped text is not all
    shown (a row lower than its text)."""
    found = []
    for table in root.findChildren(FitTable):
        if not _shown(table):
            continue
        for row in range(table.rowCount()):
            needed, given = table.sizeHintForRow(row), table.rowHeight(row)
            if given + 1 < needed:
                text = table.item(row, table.columnCount() - 1).text()
                found.append(Cut(f"row {row} of {_path(table)}", text, needed, given))
    return found


def overflowing_lists(root: QWidget) -> list[Cut]:
    """Reference lists whose names run out of sight behind the list's edge."""
    found = []
    for editor in root.findChildren(RefListEditor):
        listing = editor.list
        if not _shown(listing):
            continue
        width = listing.viewport().width()
        for row in range(listing.count()):
            item = listing.item(row)
            rect = listing.visualItemRect(item)
            if not item.isHidden() and rect.right() > width + 1:
                found.append(Cut(f"item of {_path(listing)}", item.text(), rect.width(), width))
    return found


def everything_cut(root: QWidget) -> list[Cut]:
    return (
        cut_headers(root) + cut_labels(root) + cut_buttons(root) + cut_tabs(root)
        + cut_charts(root) + cut_cells(root) + overflowing_lists(root)
    )  # fmt: skip


def every_dialog(window, other_path: Path, usage_file: Path) -> Iterator[tuple[str, QDialog]]:
    """Each dialog of the app, built over the window's roadmap, as a person first sees it
    (the import with a usage file chosen, the comparison with a changed copy)."""
    import datetime as dt

    from ui.app.prompt_dialogs import PickDialog
    from ui.app.prompts import PickRequest, ScriptedPrompter
    from ui.dialogs.baselines import BaselinesDialog
    from ui.dialogs.compare import CompareDialog
    from ui.dialogs.export_options import WORKBOOK, ExportDialog, ExportOptions
    from ui.dialogs.gate_review import GateReviewDialog
    from ui.dialogs.import_usage import ImportDialog
    from ui.dialogs.merge import MergeDialog
    from ui.dialogs.picture_options import PictureOptions, PictureOptionsDialog
    from ui.dialogs.preferences import PreferencesDialog
    from ui.views.roadmap_form import roadmap_properties_dialog

    document = window.document
    stage = document.roadmap.stages[0].id
    yield "gate-review", GateReviewDialog(document, stage, document.as_of(), window)
    importing = ImportDialog(document, window)
    importing.set_file(usage_file)
    yield "import", importing
    yield "compare", CompareDialog(document, str(other_path), window)
    yield "merge", MergeDialog(document, window, prompter=ScriptedPrompter())
    yield "baselines", BaselinesDialog(document, window)
    yield "properties", roadmap_properties_dialog(document, window)
    yield "preferences", PreferencesDialog(window.settings, window)
    baselines = [(b.id, b.name) for b in document.roadmap.baselines]
    options = ExportOptions(WORKBOOK, dt.date.today())
    yield "export-workbook", ExportDialog(options, baselines, lambda: None, window)
    yield "export-timeline", PictureOptionsDialog(PictureOptions(), window)
    files = window.files
    names = ("ai-adoption", "blank")
    request = PickRequest(
        "template", files.tr("New Roadmap"), files.tr("&Start from this template:"),
        tuple((n, files.template_label(n)) for n in names), names[0],
        {n: files.template_description(n) for n in names},
    )  # fmt: skip
    yield "new-from-template", PickDialog(request, window)
    yield "guide", window.help_guide("gates")


def changed_copy(document, folder: Path) -> Path:
    """A saved copy of the document with one change, for the comparison."""
    from planner.edit.operations import SetField, apply
    from planner.file import lineage, storage

    stage = document.roadmap.stages[0]
    changed, _ = apply(
        document.roadmap, SetField("stage", stage.id, "name", f"{stage.name}, first wave")
    )
    path = folder / "other.pilotplan"
    storage.save(lineage.next_revision(changed), path)
    return path
