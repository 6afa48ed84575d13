"""What an import would read and store, shown before anything is stored.

:class:`FileRows` shows the first rows of the file as read; :class:`StoredFigures`
the figures the import would store.

The planner's dry run (:func:`planner.usage.plan_import`) lists every figure
it would add, replace, leave as it is or remove, per stage or use case and
team; this table shows that list as it is — nothing is recomputed here. The
figures are written the way the rest of the app writes them (the metric's
unit, the app's language and dates).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from planner.evidence.gates import format_value
from planner.i18n import format_day
from planner.model.entities import Roadmap
from planner.usage import Change, ImportResult
from planner.usage.readers import RawRow

_ORDER = {"add": 0, "replace": 1, "remove": 2, "same": 3}


class StoredFigures(QTableWidget):
    """Scope, team, metric, week, value, people and what happens to each figure."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setAccessibleName(self.tr("Figures the import would store"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalHeaderLabels(
            [self.tr("Stage or use case"), self.tr("Team"), self.tr("Metric"), self.tr("Week"),
             self.tr("Value"), self.tr("People"), self.tr("What happens")]
        )  # fmt: skip

    def action_text(self, change: Change, old: str) -> str:
        """``added``, ``replaces 48 %``, ``removed: … small group``, ``already stored``."""
        if change.action == "add":
            return self.tr("added")
        if change.action == "replace":
            return self.tr("replaces {old}").format(old=old)
        if change.action == "remove":
            return self.tr("removed: beside the new figures it would reveal a small group")
        return self.tr("already stored")

    def show_result(self, roadmap: Roadmap, result: ImportResult | None) -> None:
        """The dry run's figures, by stage, team (the whole stage first), metric and week."""
        self.setRowCount(0)
        if result is None:
            return
        units = {m.name: m.unit for m in roadmap.metrics}
        changes = sorted(
            result.changes,
            key=lambda c: (_ORDER[c.action] == 3, c.scope, c.team or "", c.metric, c.week),
        )
        self.setRowCount(len(changes))
        whole = self.tr("whole stage")
        for row, change in enumerate(changes):
            unit = units.get(change.metric, "")
            value = format_value(change.value, unit)
            old = format_value(change.old_value, unit) if change.old_value is not None else ""
            people = "" if change.sample_size is None else str(change.sample_size)
            cells = [change.scope, change.team or whole, change.metric, format_day(change.week),
                     value, people, self.action_text(change, old)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if change.action == "same":  # in italics: a colour would outlive a theme switch
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def figures(self) -> list[list[str]]:
        """The table's text, row by row (what a person reads)."""
        return [
            [item.text() if (item := self.item(r, c)) is not None else "" for c in range(7)]
            for r in range(self.rowCount())
        ]


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_day(value.date()) + value.strftime(" %H:%M") * bool(value.time())
    if isinstance(value, dt.date):
        return format_day(value)
    return str(value)


class FileRows(QTableWidget):
    """The first rows of the usage file as read (line numbers beside them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "First rows of the file"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_rows(self, rows: list[RawRow]) -> None:
        width = max((len(cells) for _, cells in rows), default=0)
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(width)
        labels = []
        for r, (line, cells) in enumerate(rows):
            labels.append(str(line))
            for c, value in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.setVerticalHeaderLabels(labels)
        self.resizeColumnsToContents()
