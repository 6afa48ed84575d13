"""File ▸ Import MS Project Plan…: a preview, then one undoable step.

The file is read and planned by the core (:mod:`planner.interchange`): the
dialog lists every stage and use case it adds or changes, with its dates and
the fields that change, then what the roadmap has no place for and what the
file does not mention. *Import* applies it all as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.i18n import format_day
from planner.interchange.mspdi_read import ProjectReadError, read_project
from planner.interchange.project_import import ImportPlan, field_label, plan_import
from ui.app.prompts import FileRequest, Message, Prompter, Severity
from ui.app.settings import Settings
from ui.app.sizing import fit_dialog
from ui.document import Document


class ImportProjectDialog(QDialog):
    """The preview of one MS Project import."""

    def __init__(self, plan: ImportPlan, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import MS Project Plan"))
        fit_dialog(self, QSize(900, 600))
        layout = QVBoxLayout(self)
        changed = [row for row in plan.rows if row.action != "same"]
        summary = QLabel(
            self.tr("“{file}”: {added} to add, {changed} to change, {same} already the same.")
            .format(
                file=source,
                added=sum(1 for row in changed if row.action == "add"),
                changed=sum(1 for row in changed if row.action == "update"),
                same=len(plan.rows) - len(changed),
            )
        )  # fmt: skip
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.rows = QTreeWidget(self)
        self.rows.setAccessibleName(self.tr("Stages and use cases to import"))
        self.rows.setRootIsDecorated(False)
        self.rows.setHeaderLabels(
            [self.tr("Action"), self.tr("Kind"), self.tr("Name"), self.tr("Dates"),
             self.tr("Stage or review"), self.tr("Changes")]
        )  # fmt: skip
        actions = {"add": self.tr("Add"), "update": self.tr("Change")}
        kinds = {"stage": self.tr("Stage"), "use_case": self.tr("Use case")}
        for row in changed:
            dates = f"{format_day(row.start)} – {format_day(row.finish)}"
            QTreeWidgetItem(
                self.rows,
                [actions[row.action], kinds[row.kind], row.name, dates, row.stage,
                 ", ".join(field_label(f) for f in row.changes)],
            )  # fmt: skip
        for column in range(self.rows.columnCount() - 1):
            self.rows.resizeColumnToContents(column)
        layout.addWidget(self.rows, 3)
        notes = plan.unmapped + plan.kept
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("What is not imported"))
        self.notes.setWordWrap(True)
        self.notes.addItems(notes)
        if notes:
            layout.addWidget(QLabel(self.tr("Not imported, or left as it is:")))
            layout.addWidget(self.notes, 2)
        else:
            self.notes.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(not plan.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportProjectDialog", text)


def run_project_import(
    document: Document, prompter: Prompter, settings: Settings, parent: QWidget | None
) -> bool:
    """Ask for the file, show the preview, import on *Import*; True when imported."""
    title = _tr("Import MS Project Plan")
    path = prompter.open_file(
        FileRequest(
            key="import-project",
            title=title,
            directory=settings.last_directory,
            filters=(_tr("MS Project XML (*.xml)"), _tr("All files (*)")),
        )
    )
    if not path:
        return False
    name = Path(path).name
    try:
        project = read_project(path)
    except ProjectReadError as exc:
        prompter.tell(
            Message(
                key="import-project-failed",
                title=title,
                text=_tr("“{name}” cannot be imported.").format(name=name),
                informative=str(exc),
                severity=Severity.ERROR,
            )
        )
        return False
    plan = plan_import(document.roadmap, project, source=name)
    dialog = ImportProjectDialog(plan, name, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or plan.empty:
            return False
    finally:
        dialog.deleteLater()
    return document.execute(plan.batch, plan.batch.label)
