"""File ▸ Export ▸ Timeline as PDF or PNG: the print options, then the export.

The picture is drawn by the same command as ``pilot-planner export FILE -o
x.pdf``, run in a child process like the workbook, so a long plan never
freezes the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAGE_SIZES = ("A4", "A3", "Letter")


@dataclass(frozen=True)
class PictureOptions:
    page_size: str = "A4"
    orientation: str = "landscape"
    fit: str = "width"
    file_format: str = "pdf"

    def arguments(self) -> list[str]:
        """The ``pilot-planner export`` options that draw this picture."""
        return [
            "--page-size",
            self.page_size,
            "--orientation",
            self.orientation,
            "--fit",
            self.fit,
        ]


class PictureOptionsDialog(QDialog):
    """Paper, orientation, scale and file type of the timeline picture."""

    def __init__(self, options: PictureOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Timeline"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The timeline as it is printed: a title block with the roadmap, the date "
                "and the legend, then the stages and use cases."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("PDF document (pages to print)"), "pdf")
        self.format_box.addItem(self.tr("PNG picture (for slides)"), "png")
        self.format_box.setAccessibleName(self.tr("File type"))
        form.addRow(self.tr("&File type:"), self.format_box)
        self.size_box = QComboBox(self)
        for size in PAGE_SIZES:
            self.size_box.addItem(size, size)
        self.size_box.setAccessibleName(self.tr("Paper size"))
        form.addRow(self.tr("&Paper:"), self.size_box)
        self.landscape = QRadioButton(self.tr("&Landscape"), self)
        self.portrait = QRadioButton(self.tr("Po&rtrait"), self)
        orientation = QButtonGroup(self)
        orientation.addButton(self.landscape)
        orientation.addButton(self.portrait)
        row = QHBoxLayout()
        row.addWidget(self.landscape)
        row.addWidget(self.portrait)
        row.addStretch(1)
        form.addRow(self.tr("Orientation:"), row)
        self.fit_width = QRadioButton(self.tr("Fit the whole plan to one page &wide"), self)
        self.tile = QRadioButton(
            self.tr("&Tile across pages at a readable month scale, row names repeated"), self
        )
        fit = QButtonGroup(self)
        fit.addButton(self.fit_width)
        fit.addButton(self.tile)
        column = QVBoxLayout()
        column.addWidget(self.fit_width)
        column.addWidget(self.tile)
        form.addRow(self.tr("Scale:"), column)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(options)

    def _show(self, options: PictureOptions) -> None:
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(options.file_format)))
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(options.page_size)))
        (self.portrait if options.orientation == "portrait" else self.landscape).setChecked(True)
        (self.tile if options.fit == "tile" else self.fit_width).setChecked(True)

    def options(self) -> PictureOptions:
        return PictureOptions(
            page_size=str(self.size_box.currentData()),
            orientation="portrait" if self.portrait.isChecked() else "landscape",
            fit="tile" if self.tile.isChecked() else "width",
            file_format=str(self.format_box.currentData()),
        )


def file_filter(file_format: str) -> str:
    if file_format == "png":
        return QCoreApplication.translate("PictureExport", "PNG pictures (*.png)")
    return QCoreApplication.translate("PictureExport", "PDF documents (*.pdf)")
