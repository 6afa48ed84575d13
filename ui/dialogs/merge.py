"""Merge a colleague's copy into the open roadmap, with the version that was sent.

The open roadmap is "mine". The user chooses the base (the version that was
sent) and "theirs" (the copy that came back). :func:`planner.merge.merge`
does the work; the dialog shows what combines automatically and one row per
conflict with Mine / Theirs / Edit (a value editor fitting the field). Apply
is enabled only when every conflict is settled and the result satisfies every
rule; it executes :func:`planner.merge.merge_ops` through
:meth:`Document.execute` — ONE undo step. The chosen files are only read.

The document's lineage is left as it is: the merge is an edit of "mine", and
the next save records it as a new revision like any other edit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.diff import Names
from planner.file import storage
from planner.file.lineage import RelationKind, relation
from planner.merge import (
    MINE,
    THEIRS,
    VALUE,
    Choice,
    Conflict,
    MergeResult,
    merge,
    merge_ops,
    resolve,
)
from planner.model.entities import Roadmap
from planner.model.fields import FieldType, base_type, field_spec
from planner.model.kinds import BY_NAME, ROADMAP
from ui.app.prompts import FileRequest, Prompter, QtPrompter
from ui.app.sizing import fit_dialog
from ui.document import Document
from ui.editors.dates import DayEdit

FILTERS = ("Roadmaps (*.pilotplan)", "All files (*)")


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


# ------------------------------------------------------------- value editors


class ValueEditor(QWidget):
    """Edits one value of a conflicting field: text, number, date, choice, yes/no, reference."""

    def __init__(self, conflict: Conflict, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._read: Any = None
        start = conflict.mine if conflict.mine is not None else conflict.theirs
        model: Any = Roadmap if conflict.kind == ROADMAP else BY_NAME[conflict.kind].model
        assert conflict.field is not None
        spec = field_spec(conflict.kind, conflict.field)
        ftype, ref = spec.family, spec.ref
        kind_of_value = base_type(model, conflict.field)
        optional = model.model_fields[conflict.field].default is None
        self.widget: QWidget
        if ftype is FieldType.DATE:
            self.widget = self._date(start)
        elif ftype is FieldType.NUMBER:
            self.widget = self._number(start, kind_of_value is int)
        elif ftype is FieldType.BOOL:
            box = QCheckBox(self)
            box.setChecked(bool(start))
            self.widget, self._read = box, box.isChecked
        elif ftype is FieldType.ENUM:
            self.widget = self._choice(
                [(m.value.replace("_", " "), m) for m in kind_of_value], start, optional
            )
        elif ftype is FieldType.REF and ref is not None:
            target = BY_NAME[ref.target]
            options = [(target.title_of(e), e.id) for e in target.entities(names.roadmaps[0])]
            self.widget = self._choice(options, start, True)
        else:
            line = QLineEdit(self)
            line.setText("" if start is None else str(start))
            self.widget, self._read = line, line.text
        self.widget.setAccessibleName(self.tr("Value of my own"))
        layout.addWidget(self.widget, 1)

    def _date(self, start: Any) -> QWidget:
        edit = DayEdit(None, self)
        day = start if isinstance(start, dt.date) else dt.date.today()
        edit.setDate(QDate(day.year, day.month, day.day))

        def read() -> dt.date:
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        self._read = read
        return edit

    def _number(self, start: Any, whole: bool) -> QWidget:
        box: QSpinBox | QDoubleSpinBox
        if whole:
            box = QSpinBox(self)
            box.setRange(-(10**9), 10**9)
            box.setValue(int(start or 0))
        else:
            box = QDoubleSpinBox(self)
            box.setDecimals(2)
            box.setRange(-1e12, 1e12)
            box.setValue(float(start or 0))
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self._read = box.value
        return box

    def _choice(self, options: list[tuple[str, Any]], start: Any, optional: bool) -> QWidget:
        combo = QComboBox(self)
        if optional:
            combo.addItem(self.tr("(none)"), None)
        for label, value in options:
            combo.addItem(label, value)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == start), 0)
        combo.setCurrentIndex(index)
        self._read = combo.currentData
        return combo

    def value(self) -> Any:
        return self._read()


class ConflictRow(QFrame):
    """One conflict: its sentence, and Mine / Theirs / Edit."""

    def __init__(self, conflict: Conflict, names: Names, dialog: MergeDialog) -> None:
        super().__init__(dialog)
        self.conflict = conflict
        self.dialog = dialog
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.sentence = _plain(QLabel(conflict.sentence, self))
        layout.addWidget(self.sentence)
        self.status = _plain(QLabel(self))
        layout.addWidget(self.status)
        choices = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.mine = QRadioButton(self.tr("Mine: {what}").format(what=conflict.options[0]), self)
        self.theirs = QRadioButton(self.tr("Theirs: {what}").format(what=conflict.options[1]), self)
        self.edit = QRadioButton(self.tr("Edit:"), self)
        self.mine.setAccessibleName(self.tr("Settle with my copy"))
        self.theirs.setAccessibleName(self.tr("Settle with their copy"))
        self.edit.setAccessibleName(self.tr("Settle with a value of my own"))
        for button in (self.mine, self.theirs, self.edit):
            self.group.addButton(button)
            choices.addWidget(button)
        self.editor: ValueEditor | None = None
        if conflict.editable:
            self.editor = ValueEditor(conflict, names, self)
            self.editor.setEnabled(False)
            choices.addWidget(self.editor, 1)
            self.apply_value = QPushButton(self.tr("Use this value"), self)
            self.apply_value.setEnabled(False)
            self.apply_value.clicked.connect(self._value_chosen)
            choices.addWidget(self.apply_value)
        else:
            self.edit.setVisible(False)
        choices.addStretch(0)
        layout.addLayout(choices)
        self.mine.toggled.connect(self._mine)
        self.theirs.toggled.connect(self._theirs)
        self.edit.toggled.connect(self._editing)

    def _mine(self, on: bool) -> None:
        if on:
            self.dialog.choose(self.conflict.key, MINE)

    def _theirs(self, on: bool) -> None:
        if on:
            self.dialog.choose(self.conflict.key, THEIRS)

    def _editing(self, on: bool) -> None:
        if self.editor is not None:
            self.editor.setEnabled(on)
            self.apply_value.setEnabled(on)
            if on:
                self._value_chosen()

    def _value_chosen(self) -> None:
        if self.editor is not None:
            self.dialog.choose(self.conflict.key, VALUE(self.editor.value()))

    def show_state(self, open_: bool, chosen: bool, sentence: str) -> None:
        self.sentence.setText(sentence)
        if open_ and chosen:
            self.status.setText(
                self.tr("Not settled yet: this choice breaks a rule; choose another.")
            )
        elif open_:
            self.status.setText(self.tr("To settle."))
        elif chosen:
            self.status.setText(self.tr("Settled."))
        else:
            self.status.setText(self.tr("Settled by another choice."))
        self.setEnabled(open_ or chosen)


class MergeDialog(QDialog):
    """Merge "theirs" into the open roadmap ("mine"), from the version that was sent."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        base_path: str | None = None,
        theirs_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.prompter: Prompter = prompter if prompter is not None else QtPrompter(self)
        self.base_path = base_path
        self.theirs_path = theirs_path
        self.base: Roadmap | None = None
        self.theirs: Roadmap | None = None
        self.initial: MergeResult | None = None
        self.result_: MergeResult | None = None
        self.choices: dict[str, Choice] = {}
        self.rows: dict[str, ConflictRow] = {}
        self.setWindowTitle(self.tr("Merge a copy into this roadmap"))
        fit_dialog(self, QSize(1000, 720))
        self._build()
        if base_path:
            self._read_base(base_path)
        if theirs_path:
            self._read_theirs(theirs_path)
        self._run()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        files = QFormLayout()
        self.base_edit, base_button = self._file_row(self.tr("&Choose…"), self.choose_base)
        self.base_edit.setAccessibleName(self.tr("The version that was sent (base)"))
        files.addRow(self.tr("Version that was &sent:"), self._pair(self.base_edit, base_button))
        self.theirs_edit, theirs_button = self._file_row(self.tr("C&hoose…"), self.choose_theirs)
        self.theirs_edit.setAccessibleName(self.tr("Their copy (theirs)"))
        files.addRow(self.tr("&Their copy:"), self._pair(self.theirs_edit, theirs_button))
        layout.addLayout(files)
        self.relation_label = _plain(QLabel(self))
        self.relation_label.setAccessibleName(self.tr("How the files are related"))
        layout.addWidget(self.relation_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        auto_box = QGroupBox(self.tr("Combined automatically"), splitter)
        auto_layout = QVBoxLayout(auto_box)
        self.auto_list = QListWidget(auto_box)
        self.auto_list.setAccessibleName(self.tr("Changes combined automatically"))
        auto_layout.addWidget(self.auto_list)
        conflicts_box = QGroupBox(self.tr("Conflicts"), splitter)
        conflicts_layout = QVBoxLayout(conflicts_box)
        self.summary = _plain(QLabel(conflicts_box))
        conflicts_layout.addWidget(self.summary)
        scroll = QScrollArea(conflicts_box)
        scroll.setWidgetResizable(True)
        self.rows_widget = QWidget(scroll)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.addStretch(1)
        scroll.setWidget(self.rows_widget)
        conflicts_layout.addWidget(scroll, 1)
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setAccessibleName(self.tr("Apply the merge to this roadmap"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _file_row(self, text: str, slot: Any) -> tuple[QLineEdit, QPushButton]:
        edit = QLineEdit(self)
        edit.setReadOnly(True)
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return edit, button

    def _pair(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return holder

    # --------------------------------------------------------------- files

    def _ask_file(self, key: str, title: str) -> str | None:
        start = str(Path(self.theirs_path or self.base_path or ".").parent)
        return self.prompter.open_file(FileRequest(key, title, start, FILTERS))

    def choose_base(self) -> None:
        path = self._ask_file("merge-base", self.tr("Choose the version that was sent"))
        if path:
            self._read_base(path)
            self._run()

    def choose_theirs(self) -> None:
        path = self._ask_file("merge-theirs", self.tr("Choose their copy"))
        if path:
            self._read_theirs(path)
            self._run()

    def _read(self, path: str, edit: QLineEdit) -> Roadmap | None:
        edit.setText(path)
        try:
            return storage.load(path)
        except storage.RoadmapLoadError as exc:
            self.relation_label.setText(
                self.tr("{file} cannot be opened:").format(file=Path(path).name)
                + "\n"
                + "\n".join(str(p) for p in exc.problems)
            )
            return None

    def _read_base(self, path: str) -> None:
        self.base_path = path
        self.base = self._read(path, self.base_edit)

    def _read_theirs(self, path: str) -> None:
        self.theirs_path = path
        self.theirs = self._read(path, self.theirs_edit)

    # --------------------------------------------------------------- merge

    def _run(self) -> None:
        """Merge again from scratch (after a file was chosen)."""
        self.choices = {}
        self.initial = self.result_ = None
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        self.auto_list.clear()
        if self.base is None or self.theirs is None:
            if self.base_path is None or self.theirs_path is None:
                self.relation_label.setText(
                    self.tr("Choose the version that was sent and their copy.")
                )
            self._refresh()
            return
        mine = self.document.roadmap
        self.relation_label.setText("\n".join(self._lineage_notes(mine)))
        self.initial = self.result_ = merge(self.base, mine, self.theirs)
        self._refresh()

    def _lineage_notes(self, mine: Roadmap) -> list[str]:
        assert self.base is not None
        assert self.theirs is not None
        notes = [relation(mine, self.theirs, self.tr("this roadmap"), self.tr("theirs")).sentence]
        for roadmap, name in ((mine, self.tr("this roadmap")), (self.theirs, self.tr("theirs"))):
            rel = relation(self.base, roadmap, self.tr("the version that was sent"), name)
            if rel.kind in (RelationKind.UNRELATED, RelationKind.NEWER):
                notes.append(self.tr("Warning: {sentence}").format(sentence=rel.sentence))
        return notes

    def choose(self, key: str, choice: Choice) -> None:
        """Settle one conflict (from a row's buttons); merges again with every choice made."""
        if self.initial is None:
            return
        self.choices[key] = choice
        self.result_ = resolve(self.initial, self.choices)
        self._refresh()

    def _refresh(self) -> None:
        result = self.result_
        self.apply_button.setEnabled(result is not None and result.merged is not None)
        if result is None:
            self.summary.setText("")
            return
        if self.auto_list.count() == 0:
            self.auto_list.addItems(result.auto or [self.tr("Nothing: theirs brings no change.")])
        names = Names(self.document.roadmap, result.theirs, result.base)
        for conflict in result.conflicts:
            if conflict.key not in self.rows:
                row = ConflictRow(conflict, names, self)
                self.rows[conflict.key] = row
                self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        open_ = {c.key: c for c in result.conflicts}
        for key, row in self.rows.items():
            sentence = open_[key].sentence if key in open_ else row.conflict.sentence
            row.show_state(key in open_, key in self.choices, sentence)
        if not self.rows:
            self.summary.setText(self.tr("No conflicts: everything combines."))
        elif result.merged is not None:
            self.summary.setText(self.tr("Every conflict is settled."))
        else:
            self.summary.setText(
                self.tr("{open} of {total} conflicts still to settle.").format(
                    open=len(result.conflicts), total=len(self.rows)
                )
            )

    def apply(self) -> None:
        result = self.result_
        if result is None or result.merged is None:
            return
        name = Path(self.theirs_path or "").name
        text = self.tr("Merge with {file}").format(file=name)
        batch = merge_ops(self.document.roadmap, result.merged, text)
        if self.document.execute(batch, text):
            self.accept()
