"""Compare the open roadmap with another file: what changed, grouped, each row a link.

The comparison runs in :mod:`planner.diff`; this dialog only shows it. Which
file is the older one follows their lineage (the other file is taken as the
older unless it descends from the open roadmap). Double-clicking a change
(or pressing Enter on it) emits :attr:`CompareDialog.navigate` with its kind
and id; changes to entities that no longer exist in the open roadmap are
shown but lead nowhere. Nothing is ever changed, in either roadmap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.diff import Action, Change, Comparison, Group, as_text, compare
from planner.file import storage
from planner.file.lineage import relation
from planner.model.entities import Roadmap
from planner.model.kinds import BY_NAME, EntityKind, find
from ui.app.sizing import fit_dialog
from ui.document import Document

_CHANGE = Qt.ItemDataRole.UserRole


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class CompareDialog(QDialog):
    """The changes between the open roadmap and ``other_path``, grouped by kind."""

    navigate = Signal(object, str)
    """(kind, entity id) of the change the user wants to see."""

    def __init__(self, document: Document, other_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.other_path = other_path
        self.comparison: Comparison | None = None
        self._rows: list[QTreeWidgetItem] = []
        self._removals: dict[str, QTreeWidgetItem] = {}
        self.setWindowTitle(self.tr("Compare with {file}").format(file=Path(other_path).name))
        fit_dialog(self, QSize(900, 640))
        layout = QVBoxLayout(self)
        self.heading = _plain(QLabel(self))
        self.heading.setAccessibleName(self.tr("Which version is newer"))
        layout.addWidget(self.heading)
        self.overview = _plain(QLabel(self))
        self.overview.setAccessibleName(self.tr("Summary of the changes"))
        layout.addWidget(self.overview)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.hint = _plain(
            QLabel(self.tr("Double-click a change to show it in the roadmap."), self)
        )
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy as text"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the changes as text"))
        self.copy_button.clicked.connect(self.copy_text)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    # ------------------------------------------------------------ content

    def _load(self) -> None:
        try:
            other = storage.load(self.other_path)
        except storage.RoadmapLoadError as exc:
            self.heading.setText(
                self.tr("{file} cannot be opened:").format(file=Path(self.other_path).name)
            )
            self.overview.setText("\n".join(str(p) for p in exc.problems))
            self.tree.setEnabled(False)
            self.copy_button.setEnabled(False)
            return
        self._show(other)

    def _show(self, other: Roadmap) -> None:
        mine = self.document.roadmap
        name = Path(self.other_path).name
        rel = relation(mine, other, self.tr("this roadmap"), f"'{name}'")
        if rel.newer == "b":  # the other file descends from this one: it is the newer
            self.comparison = compare(mine, other, self.tr("this roadmap"), f"'{name}'")
            direction = self.tr("What changed in {file} since this roadmap.")
        else:
            self.comparison = compare(other, mine, f"'{name}'", self.tr("this roadmap"))
            direction = self.tr("What changed in this roadmap since {file}.")
        self.heading.setText(f"{rel.sentence} {direction.format(file=name)}")
        if self.comparison.empty:
            self.overview.setText(self.tr("No differences."))
        else:
            self.overview.setText("\n".join(self.comparison.overview))
        tops = {g.kind: self._add_group(g) for g in self.comparison.groups if g.lines}
        for group in self.comparison.groups:
            for change in group.changes:  # detached references: under their removal
                if change.follows is not None:
                    parent = self._removals.get(change.follows)
                    if parent is None:
                        parent = tops.get(group.kind) or self._add_group(group)
                        tops[group.kind] = parent
                    self._add_change(parent, change)

    def _add_group(self, group: Group) -> QTreeWidgetItem:
        listed = [c for c in group.changes if c.follows is None]
        top = QTreeWidgetItem(self.tree, [f"{group.label} ({len(listed)})"])
        top.setFirstColumnSpanned(True)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        if tuple(c.sentence for c in listed) == group.lines:
            for c in listed:
                self._add_change(top, c)
        else:  # summarised: the summary lines, then every change on demand
            for line in group.lines:
                QTreeWidgetItem(top, [line])
            each = QTreeWidgetItem(top, [self.tr("Each change ({n})").format(n=len(group.changes))])
            for c in listed:
                self._add_change(each, c)
        top.setExpanded(True)
        return top

    def _add_change(self, parent: QTreeWidgetItem, change: Change) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [change.sentence])
        row.setData(0, _CHANGE, change)
        self._rows.append(row)
        if change.action is Action.REMOVED and change.entity_id is not None:
            self._removals[change.entity_id] = row
        if not self._reachable(change):
            row.setToolTip(0, self.tr("Not in this roadmap any more"))
            row.setForeground(0, self.palette().placeholderText())
        return row

    def _reachable(self, change: Change) -> bool:
        if change.entity_id is None or change.kind not in BY_NAME:
            return False
        return find(self.document.roadmap, change.kind, change.entity_id) is not None

    # ------------------------------------------------------------ actions

    def change_rows(self) -> list[QTreeWidgetItem]:
        """Every row that stands for one change (for tests and keyboard users)."""
        return list(self._rows)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        change = item.data(0, _CHANGE)
        if isinstance(change, Change) and self._reachable(change):
            assert change.entity_id is not None
            self.navigate.emit(EntityKind(change.kind), change.entity_id)

    def copy_text(self) -> None:
        if self.comparison is not None:
            QGuiApplication.clipboard().setText("\n".join(as_text(self.comparison)))
