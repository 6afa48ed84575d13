"""A table model over one kind of entity of the roadmap.

The model is an adapter, not a copy: it keeps only the ids of its rows (in
display order) and reads each cell from ``document.roadmap`` through the
cached id → position index. ``setData`` only builds an edit and hands it to
the document. When the document announces a change that concerns the table,
the model works out what happened — rows inserted, removed, reordered or
changed in place — and emits the matching Qt signals, so selections and
scroll positions survive edits and undo.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from planner.edit.change import Change
from planner.model.entities import Roadmap
from planner.model.fields import ValueType
from planner.model.kinds import BY_NAME, EntityKind, index_of
from ui.document import Document
from ui.models.columns import Column, columns, dependencies
from ui.models.derived_cache import tables_of
from ui.models.edits import set_field

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row's entity."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The stored (or computed) Python value of a cell, as editors want it."""
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The field a cell edits (None for a computed column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex
RowFilter = Callable[[Any], bool]

_TOOLTIP_LIMIT = 1500
_NUMERIC_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def plain_tooltip(text: str) -> str:
    """User text for a tooltip: escaped, so ``<b>`` shows as typed and never as markup."""
    if len(text) > _TOOLTIP_LIMIT:
        text = text[:_TOOLTIP_LIMIT] + "…"
    return "<qt>" + html.escape(text).replace("\n", "<br/>") + "</qt>"


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers → (first, last) of each run of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(item in it for item in short)


class EntityTableModel(QAbstractTableModel):
    """Rows are entities of one kind (optionally filtered); columns from :mod:`columns`."""

    def __init__(
        self,
        document: Document,
        kind: str,
        *,
        hidden: frozenset[str] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._kind = BY_NAME[kind]
        self._columns = columns(kind, hidden)
        self._deps = dependencies(kind, self._columns)
        self._row_filter: RowFilter | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._search: dict[str, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        roadmap = document.roadmap
        self._seen: Roadmap = roadmap  # the version the rows last showed
        self._ids: list[str] = self._ordered_ids(roadmap)
        self._rows: dict[str, int] | None = None
        document.changed.connect(self._on_changed)
        if any(c.computed for c in self._columns):
            document.as_of_changed.connect(self._on_as_of_changed)

    # ----------------------------------------------------------- public helpers

    @property
    def kind(self) -> EntityKind:
        return self._kind.name

    @property
    def document(self) -> Document:
        return self._document

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        """The column showing a field or computed value (-1 if not shown)."""
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)

    def ids(self) -> list[str]:
        return list(self._ids)

    def entity_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, entity_id: str) -> int | None:
        if self._rows is None:
            self._rows = {e: i for i, e in enumerate(self._ids)}
        return self._rows.get(entity_id)

    def entity(self, row: int) -> Any | None:
        entities = self._kind.entities(self._document.roadmap)
        pos = index_of(self._document.roadmap, self.kind).get(self._ids[row])
        return None if pos is None else entities[pos]

    def read_only(self) -> bool:
        return bool(getattr(self._document, "read_only", False))

    def set_row_filter(self, predicate: RowFilter | None) -> None:
        """Show only the entities the predicate accepts (None: all of them)."""
        self.beginResetModel()
        self._row_filter = predicate
        self._set_ids(self._ordered_ids(self._document.roadmap))
        self.endResetModel()

    def search_text(self, row: int) -> str:
        """Everything the row shows, folded for case-insensitive filtering (cached)."""
        entity_id = self._ids[row]
        found = self._search.get(entity_id)
        if found is None:
            roadmap = self._document.roadmap
            entity = self.entity(row)
            if entity is None:
                return ""
            parts = [
                col.text(roadmap, col.raw(tables_of(self._document), entity)) or ""
                for col in self._columns
            ]
            found = "\n".join(parts).casefold()
            self._search[entity_id] = found
        return found

    # --------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title()
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tip() if column.tip is not None else column.title()
            if role == Qt.ItemDataRole.FontRole and column.computed:
                return self._italic
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        spec = column.spec
        if spec is None or self.read_only():
            return flags
        if spec.value_type is ValueType.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self._ids) or col >= len(self._columns):
            return None
        column = self._columns[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC_ALIGN if column.numeric else _TEXT_ALIGN
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if column.computed else None
        if role == ID_ROLE:
            return self._ids[row]
        if role == FIELD_ROLE:
            return column.field
        if role not in _VALUE_ROLES:
            return None
        roadmap = self._document.roadmap
        entities = self._kind.entities(roadmap)
        pos = index_of(self._document.roadmap, self.kind).get(self._ids[row])
        if pos is None:
            return None  # the row is about to go: the change signal is on its way
        entity = entities[pos]
        value = column.raw(tables_of(self._document), entity)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(roadmap, value)
        if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return value
        if role == Qt.ItemDataRole.CheckStateRole:
            spec = column.spec
            if spec is None or spec.value_type is not ValueType.BOOL:
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, roadmap, entity, value)
        if role == SORT_ROLE:
            return column.sort_key(roadmap, value)[1]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only():
            return False
        column = self._columns[index.column()]
        spec = column.spec
        if spec is None or column.field is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and spec.value_type is ValueType.BOOL:
            state = getattr(value, "value", value)
            value = int(state) == Qt.CheckState.Checked.value
        elif role not in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return False
        return set_field(self._document, self.kind, self._ids[index.row()], column.field, value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by a column (-1: the roadmap's own order). Keeps selections."""
        self._sort_column = column if 0 <= column < len(self._columns) else -1
        self._sort_order = order
        self._relayout(self._ordered_ids(self._document.roadmap))

    def sort_column(self) -> int:
        return self._sort_column

    # ---------------------------------------------------------------- internals

    def _tooltip(self, column: Column, roadmap: Roadmap, entity: Any, value: Any) -> str | None:
        if column.computed:
            tip = column.cell_tip(tables_of(self._document), entity) if column.cell_tip else None
            base = column.tip() if column.tip is not None else ""
            return plain_tooltip(f"{tip}\n{base}" if tip else base)
        spec = column.spec
        assert spec is not None
        if spec.value_type in (
            ValueType.LONG_TEXT,
            ValueType.REFS,
            ValueType.TEXTS,
            ValueType.TEXT,
        ):
            if spec.value_type is ValueType.LONG_TEXT:
                text = str(value)
            elif spec.value_type is ValueType.TEXTS:
                text = "\n".join(value)
            else:
                text = column.text(roadmap, value) or ""
            if spec.value_type is ValueType.REFS:
                text = text.replace(", ", "\n")
            return plain_tooltip(text) if text else None
        return None

    def _ordered_ids(self, roadmap: Roadmap) -> list[str]:
        entities: Sequence[Any] = self._kind.entities(roadmap)
        if self._row_filter is not None:
            entities = [e for e in entities if self._row_filter(e)]
        if self._sort_column < 0:
            return [e.id for e in entities]
        column = self._columns[self._sort_column]
        tables = tables_of(self._document)
        keyed = [(column.sort_key(roadmap, column.raw(tables, e)), e.id) for e in entities]
        filled = [k for k in keyed if k[0][0] == 0]
        empty = [k for k in keyed if k[0][0] != 0]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        filled.sort(key=lambda k: k[0][1], reverse=descending)  # stable: ties keep file order
        return [i for _, i in filled] + [i for _, i in empty]  # empty cells always last

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._rows = None

    def _relayout(self, new_ids: list[str]) -> None:
        if new_ids == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        new_rows = {e: i for i, e in enumerate(new_ids)}
        old_ids = self._ids
        before = self.persistentIndexList()
        after = []
        for index in before:
            row = new_rows.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            after.append(QModelIndex() if row is None else self.index(row, index.column()))
        self._set_ids(new_ids)
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _on_changed(self, change: Change) -> None:
        if change.whole:
            self._search.clear()
            self.beginResetModel()
            roadmap = self._document.roadmap
            self._seen = roadmap
            self._set_ids(self._ordered_ids(roadmap))
            self.endResetModel()
            return
        if not change.touches(self._deps):
            return
        roadmap = self._document.roadmap
        entities = self._kind.entities(roadmap)
        own = self.kind in change.kinds
        everything = bool(
            change.kinds - {self.kind}
        )  # titles or computed values may change anywhere
        changed: list[str] = []
        if everything:
            self._search.clear()
        elif own:
            changed = self._changed_ids(entities)
            for entity_id in changed:
                self._search.pop(entity_id, None)
        # A row filter may read other kinds too (the AI Act tier reads the register).
        if own or self._sort_column >= 0 or self._row_filter is not None:
            self._move_rows(self._ordered_ids(roadmap))
        if everything:
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
                )
        elif changed:
            rows = sorted(r for i in changed if (r := self.row_of(i)) is not None)
            last = len(self._columns) - 1
            for first, final in _runs(rows):
                self.dataChanged.emit(self.index(first, 0), self.index(final, last))
        self._seen = roadmap

    def _on_as_of_changed(self) -> None:
        """Computed columns are figures as of the document's date (training coverage)."""
        self._search.clear()
        if self._sort_column >= 0 and self._columns[self._sort_column].computed:
            self._move_rows(self._ordered_ids(self._document.roadmap))
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
            )

    def _move_rows(self, new_ids: list[str]) -> None:
        old_ids = self._ids
        if new_ids == old_ids:
            return
        old_set, new_set = set(old_ids), set(new_ids)
        if old_set == new_set:
            self._relayout(new_ids)
        elif _is_subsequence(old_ids, new_ids):
            i = 0
            while i < len(new_ids):
                if new_ids[i] in old_set:
                    i += 1
                    continue
                j = i
                while j < len(new_ids) and new_ids[j] not in old_set:
                    j += 1
                self.beginInsertRows(QModelIndex(), i, j - 1)
                self._set_ids(self._ids[:i] + new_ids[i:j] + self._ids[i:])
                self.endInsertRows()
                i = j
        elif _is_subsequence(new_ids, old_ids):
            j = len(old_ids)
            while j > 0:
                if old_ids[j - 1] in new_set:
                    j -= 1
                    continue
                i = j
                while i > 0 and old_ids[i - 1] not in new_set:
                    i -= 1
                self.beginRemoveRows(QModelIndex(), i, j - 1)
                self._set_ids(self._ids[:i] + self._ids[j:])
                self.endRemoveRows()
                j = i
        else:
            self.beginResetModel()
            self._set_ids(new_ids)
            self.endResetModel()

    def _changed_ids(self, entities: tuple[Any, ...]) -> list[str]:
        """Ids shown whose entity is a new object (entities are immutable: identity says it)."""
        old = self._kind.entities(self._seen)
        if old is entities:
            return []
        old_pos = index_of(self._seen, self.kind)
        new_pos = index_of(self._document.roadmap, self.kind)
        return [
            entity_id
            for entity_id in self._ids
            if (p := old_pos.get(entity_id)) is not None
            and (q := new_pos.get(entity_id)) is not None
            and old[p] is not entities[q]
        ]


_VALUE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ToolTipRole,
        VALUE_ROLE,
        SORT_ROLE,
    }
)
