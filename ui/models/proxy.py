"""Filtering for entity tables; sorting is delegated to the source model.

The source model sorts with one key per row in Python, which stays fast at
tens of thousands of rows; Qt's own proxy sort would call back into Python
for every comparison. Filtering matches every word typed, case-insensitively,
against everything a row shows (all visible columns).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.table import EntityTableModel


class EntityFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: EntityTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSourceModel(source)

    def entity_model(self) -> EntityTableModel:
        source = self.sourceModel()
        assert isinstance(source, EntityTableModel)
        return source

    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        text = self.entity_model().search_text(source_row)
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.entity_model().sort(column, order)
