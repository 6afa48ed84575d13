"""Import usage data: choose a file, check the preview and mapping, read the report, import.

Everything is planned by :func:`planner.usage.plan_import`, which reads the
file and writes nothing; the dialog shows what it found (the first rows, the
layout recognised, the rows refused and why, the measurements added and
replaced) and Import executes the planned batch as ONE undo step. A file that
cannot be read shows the reader's messages; nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.usage import LAYOUTS, ImportOptions, ImportResult
from planner.usage.layouts import TIDY
from planner.usage.privacy import MIN_GROUP_FLOOR
from planner.usage.readers import RawRow
from ui.app.prompts import FileRequest, Prompter, QtPrompter
from ui.app.settings import Settings
from ui.app.sizing import fit_dialog
from ui.dialogs.import_preview import FileRows, StoredFigures
from ui.dialogs.import_usage_work import (
    Planned,
    outcome_lines,
    plan_in_background,
    recognised_text,
)
from ui.document import Document
from ui.models.labels import form_label

PREVIEW_ROWS = 20
_AUTO = "auto"


def _prompter_of(parent: QWidget | None) -> Prompter:
    window = parent.window() if parent is not None else None
    found: Any = getattr(window, "prompter", None)
    if callable(found) and not hasattr(found, "ask"):
        found = found()
    return found if found is not None else QtPrompter(parent)


class ImportDialog(QDialog):
    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._prompter = prompter
        self._settings = settings
        self._path: Path | None = None
        self._teams: Path | None = None
        self._header: tuple[str, ...] = ()
        self.result_: ImportResult | None = None
        self._planned_for: Any = None
        self.reading_started: Callable[[QProgressDialog], None] | None = None
        """Receives the progress dialog of each read (tests cancel through it)."""
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import usage data"))
        fit_dialog(self, QSize(1040, 820))
        self._build()
        self._update_buttons()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ImportDialog", "A CSV or Excel usage report: type or paste its path, or choose it"
            )
        )
        self.file_edit.editingFinished.connect(self._file_typed)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportDialog", "Usage file"))
        choose = QPushButton(QCoreApplication.translate("ImportDialog", "&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        file_label = QLabel(QCoreApplication.translate("ImportDialog", "Usage &file:"), self)
        file_label.setBuddy(self.file_edit)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)

        options = QGroupBox(QCoreApplication.translate("ImportDialog", "How to read it"), self)
        form = QFormLayout(options)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(
            QCoreApplication.translate("ImportDialog", "Recognise automatically"), _AUTO
        )
        for name, known in LAYOUTS.items():
            self.layout_combo.addItem(known.title, name)
        self.layout_combo.activated.connect(lambda _i: self.replan())
        form.addRow(QCoreApplication.translate("ImportDialog", "&Layout:"), self.layout_combo)
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(
            QCoreApplication.translate(
                "ImportDialog", "Every running stage, each over the people of its own teams"
            ),
            (None, None),
        )
        roadmap = self.document.roadmap
        for stage in roadmap.stages:
            self.scope_combo.addItem(
                QCoreApplication.translate("ImportDialog", "Stage: {name}").format(name=stage.name),
                (stage.id, None),
            )
        for use_case in roadmap.use_cases[:2000]:
            self.scope_combo.addItem(
                QCoreApplication.translate("ImportDialog", "Use case: {name}").format(
                    name=use_case.name
                ),
                (None, use_case.id),
            )
        self.scope_combo.activated.connect(lambda _i: self.replan())
        form.addRow(QCoreApplication.translate("ImportDialog", "Figures &for:"), self.scope_combo)
        teams_row = QHBoxLayout()
        self.teams_edit = QLineEdit(self)
        self.teams_edit.editingFinished.connect(self._teams_typed)
        self.teams_edit.setPlaceholderText(
            QCoreApplication.translate("ImportDialog", "none: use the file's team column, if any")
        )
        self.teams_edit.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Team mapping file")
        )
        teams_choose = QPushButton(QCoreApplication.translate("ImportDialog", "C&hoose…"), self)
        teams_choose.clicked.connect(self.choose_teams)
        teams_clear = QPushButton(QCoreApplication.translate("ImportDialog", "Clea&r"), self)
        teams_clear.clicked.connect(lambda: self.set_teams_file(None))
        teams_row.addWidget(self.teams_edit, 1)
        teams_row.addWidget(teams_choose)
        teams_row.addWidget(teams_clear)
        teams_label = QLabel(
            QCoreApplication.translate("ImportDialog", "&Team mapping (user,team):"), self
        )
        teams_label.setBuddy(self.teams_edit)
        form.addRow(teams_label, teams_row)
        self.min_group = QSpinBox(self)
        self.min_group.setRange(MIN_GROUP_FLOOR, 10_000)  # the floor: never fewer than 5
        self.min_group.setValue(max(MIN_GROUP_FLOOR, roadmap.min_group_size))
        self.min_group.setKeyboardTracking(False)
        self.min_group.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Figures over fewer people than this are not stored"
            )
        )
        self.min_group.valueChanged.connect(lambda _v: self.replan())
        form.addRow(
            QCoreApplication.translate("ImportDialog", "&Smallest group stored:"), self.min_group
        )
        self.skip_bad = QCheckBox(
            QCoreApplication.translate(
                "ImportDialog", "Import the good rows when some are refused"
            ),
            self,
        )
        self.skip_bad.toggled.connect(lambda _on: self.replan())
        form.addRow("", self.skip_bad)
        self.comments = QCheckBox(
            QCoreApplication.translate(
                "ImportDialog", "Survey: keep free-text comments as feedback, without author"
            ),
            self,
        )
        self.comments.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "Off by default: comments can identify people. When on, each comment is stored "
                "as survey feedback of the stage, dated by its week, without author or team, "
                "and only from weeks with at least the smallest group of respondents.",
            )
        )
        self.comments.toggled.connect(lambda _on: self.replan())
        form.addRow("", self.comments)
        layout.addWidget(options)

        self.mapping_box = QGroupBox(
            QCoreApplication.translate("ImportDialog", "Columns of the tidy table (* required)"),
            self,
        )
        grid = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for number, column in enumerate(TIDY.columns):
            combo = QComboBox(self)
            combo.addItem(QCoreApplication.translate("ImportDialog", "(recognise by name)"), None)
            combo.setAccessibleName(column.label)
            combo.activated.connect(lambda _i: self.replan())
            label = QLabel(form_label(column.label + (" *" if column.required else "")), self)
            label.setBuddy(combo)
            row, col = divmod(number, 3)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(combo, row, 2 * col + 1)
            grid.setColumnStretch(2 * col + 1, 1)
            self.mapping[column.key] = combo
        self.mapping_box.setVisible(False)
        layout.addWidget(self.mapping_box)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        preview_host = QWidget(self)
        preview_layout = QVBoxLayout(preview_host)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.detected = QLabel(self)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)  # names from the file
        self.detected.setWordWrap(True)
        preview_layout.addWidget(self.detected)
        preview_label = QLabel(
            QCoreApplication.translate("ImportDialog", "First rows of the file:"), self
        )
        preview_layout.addWidget(preview_label)
        self.preview = FileRows(self)
        preview_layout.addWidget(self.preview, 1)
        splitter.addWidget(preview_host)
        report_host = QWidget(self)
        report_layout = QVBoxLayout(report_host)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(
            QLabel(QCoreApplication.translate("ImportDialog", "What the import will do:"), self)
        )
        self.outcome_tabs = QTabWidget(self)
        self.outcome_tabs.setDocumentMode(True)
        self.stored = StoredFigures()
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import report"))
        self.report.setPlaceholderText(
            QCoreApplication.translate(
                "ImportDialog", "Choose a file to see what would be imported."
            )
        )
        self.outcome_tabs.addTab(
            self.stored, QCoreApplication.translate("ImportDialog", "Figures to store")
        )
        self.outcome_tabs.addTab(self.report, QCoreApplication.translate("ImportDialog", "Report"))
        report_layout.addWidget(self.outcome_tabs, 1)
        splitter.addWidget(report_host)
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------- choosing

    def _ask_file(self, key: str, title: str) -> Path | None:
        prompter = self._prompter or _prompter_of(self)
        answer = prompter.open_file(
            FileRequest(
                key=key,
                title=title,
                directory=str(self._path.parent) if self._path else self._folder(),
                filters=(
                    QCoreApplication.translate(
                        "ImportDialog", "Usage reports (*.csv *.xlsx *.txt)"
                    ),
                    QCoreApplication.translate("ImportDialog", "All files (*)"),
                ),
            )
        )
        return Path(answer) if answer else None

    def _folder(self) -> str:
        """Where the file dialogs open: the folder of the last usage file, else the last
        folder a roadmap was opened from."""
        return self._settings.import_directory if self._settings is not None else ""

    def _remember(self, path: Path) -> None:
        if self._settings is not None:
            self._settings.import_directory = str(path.parent)

    def _typed(self, edit: QLineEdit, current: Path | None) -> Path | bool | None:
        """The file typed in ``edit``: a path, None (cleared), or False (no such file: said)."""
        text = edit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or path == current or path.is_file():
            return path
        self.detected.setText(
            QCoreApplication.translate("ImportDialog", "There is no file {path}.").format(path=path)
        )
        return False

    def _file_typed(self) -> None:
        path = self._typed(self.file_edit, self._path)
        if isinstance(path, Path) and path != self._path:
            self.set_file(path)
        elif path is False:  # nothing planned for a file that is not there
            self._path, self.result_ = None, None
            self._fill_preview([])
            self.report.clear()
            self._show_stored()
            self._update_buttons()

    def _teams_typed(self) -> None:
        path = self._typed(self.teams_edit, self._teams)
        if path is not False and path != self._teams:
            self.set_teams_file(path if isinstance(path, Path) else None)

    def choose_file(self) -> None:
        path = self._ask_file(
            "import-usage-file", QCoreApplication.translate("ImportDialog", "Choose a usage report")
        )
        if path is not None:
            self.set_file(path)

    def choose_teams(self) -> None:
        path = self._ask_file(
            "import-usage-teams",
            QCoreApplication.translate("ImportDialog", "Choose a team mapping file"),
        )
        if path is not None:
            self.set_teams_file(path)

    def set_file(self, path: Path) -> None:
        self._path = Path(path)
        self._remember(self._path)
        self.file_edit.setText(str(self._path))
        self.replan()

    def set_teams_file(self, path: Path | None) -> None:
        self._teams = Path(path) if path else None
        self.teams_edit.setText(str(self._teams) if self._teams else "")
        self.replan()

    # ------------------------------------------------------------- planning

    def options(self) -> ImportOptions:
        stage_id, use_case_id = self.scope_combo.currentData() or (None, None)
        mapping = {
            key: combo.currentData()
            for key, combo in self.mapping.items()
            if not self.mapping_box.isHidden() and combo.currentData()
        }
        return ImportOptions(
            layout=self.layout_combo.currentData() or _AUTO,
            mapping=mapping,
            teams=self._teams,
            stage=stage_id,
            use_case=use_case_id,
            min_group=self.min_group.value(),
            skip_bad_rows=self.skip_bad.isChecked(),
            comments=("*",) if self.comments.isChecked() else (),
        )

    def replan(self) -> None:
        """Read the file again with the current options (off the UI thread, with progress
        and Cancel): preview, layout, report."""
        self.result_ = None
        if self._path is None:
            self._update_buttons()
            return
        options = self.options()
        planned = plan_in_background(
            self.document.roadmap, self._path, options, self, started=self.reading_started
        )
        if planned is None:  # cancelled: nothing of the read is kept
            self._fill_preview([])
            self.detected.setText("")
            self.report.setPlainText(
                QCoreApplication.translate("ImportDialog", "Reading cancelled: nothing was read.")
            )
            self.outcome_tabs.setCurrentWidget(self.report)
        else:
            self._show_preview(planned, options)
            self._show_outcome(planned)
        self._show_stored()
        self._update_buttons()

    def _show_outcome(self, planned: Planned) -> None:
        self.report.setPlainText("\n".join(outcome_lines(planned)))
        result = self.result_ = planned.result
        if result is None:
            self.outcome_tabs.setCurrentWidget(self.report)  # why nothing can be stored
            return
        self._planned_for = self.document.roadmap
        if result.changes:
            self.outcome_tabs.setCurrentWidget(self.stored)

    def _show_stored(self) -> None:
        """The dry run's figures in the table, and how many there are on its tab."""
        self.stored.show_result(self.document.roadmap, self.result_)
        count = self.stored.rowCount()
        title = QCoreApplication.translate("ImportDialog", "Figures to store")
        if self.result_ is not None:
            title = QCoreApplication.translate("ImportDialog", "Figures to store ({n})").format(
                n=count
            )
        self.outcome_tabs.setTabText(self.outcome_tabs.indexOf(self.stored), title)

    def _show_preview(self, planned: Planned, options: ImportOptions) -> None:
        if planned.unreadable is not None:
            self.detected.setText("\n".join(planned.unreadable))
            self._fill_preview([])
            return
        head = planned.head
        self._fill_preview(head[: PREVIEW_ROWS + 1])
        match = planned.match
        if match is None:
            self.detected.setText(planned.described + "\n" + "\n".join(planned.unrecognised or []))
            self._set_header(max((r[1] for r in head[:5]), key=len, default=()))
            self.mapping_box.setVisible(options.layout in (_AUTO, TIDY.name))
            return
        self._set_header(match.header)
        self.detected.setText(recognised_text(planned, match))
        self.mapping_box.setVisible(match.layout.name == TIDY.name)

    def _set_header(self, header: tuple[Any, ...]) -> None:
        names = tuple(str(h) for h in header if h not in (None, ""))
        if names == self._header:
            return
        self._header = names
        for combo in self.mapping.values():
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(recognise by name)"), None)
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))

    def _fill_preview(self, rows: list[RawRow]) -> None:
        self.preview.show_rows(rows)

    def _update_buttons(self) -> None:
        ready = self.result_ is not None and bool(self.result_.batch.ops)
        read_only = bool(getattr(self.document, "read_only", False))
        self.import_button.setEnabled(ready and not read_only)

    # --------------------------------------------------------------- import

    def do_import(self) -> bool:
        if self.document.roadmap is not self._planned_for:
            self.replan()  # the roadmap changed since the plan: plan again
        result = self.result_
        if result is None or not result.batch.ops:
            return False
        text = QCoreApplication.translate("ImportDialog", "Import usage from {file}").format(
            file=result.report.source
        )
        if not self.document.execute(result.batch, text):
            return False  # the document said why (refused)
        self.accept()
        return True


def run_import(
    document: Document, parent: QWidget | None, settings: Settings | None = None
) -> None:
    """The shell's "Import usage data…" action: the dialog, modal to ``parent``."""
    dialog = ImportDialog(document, parent, settings=settings)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
