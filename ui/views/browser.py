"""One kind of entity as a filterable, sortable table with a toolbar and a detail panel.

Pages are built from browsers: most show one, "People & teams" two, "Stages
& gates" a stage browser above the criteria and decisions of the selected
stage (a *scope*: only rows whose ``stage_id`` is that stage, and new rows
get it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.edit.change import Change
from planner.model.kinds import EntityKind
from ui.app.prompts import Prompter, QtPrompter
from ui.app.sizing import name_overflow
from ui.document import Document
from ui.editors.delegate import EntityDelegate
from ui.models.columns import LEADING
from ui.models.labels import kind_label
from ui.models.proxy import EntityFilterProxy
from ui.models.table import EntityTableModel
from ui.views.detail import DetailPanel
from ui.views.frozen_table import FrozenColumnTable
from ui.views.message_bar import MessageBar
from ui.views.row_edits import RowEdits

_MAX_COLUMN_WIDTH = 320


class EntityBrowser(QWidget):
    """Table + toolbar + filter + detail panel for one kind of entity."""

    current_changed = Signal(object)
    """The id of the entity now current (None when none is)."""

    def __init__(
        self,
        document: Document,
        kind: str,
        *,
        hidden: frozenset[str] = frozenset(),
        movable: bool = False,
        messages: MessageBar | None = None,
        prompter: Prompter | Callable[[], Prompter | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = EntityKind(kind)
        self.movable = movable
        self._prompter = prompter
        self.scope: dict[str, Any] = {}
        self.scope_missing = False
        self.model = EntityTableModel(document, kind, hidden=hidden, parent=self)
        self.proxy = EntityFilterProxy(self.model, self)
        self.messages = messages if messages is not None else MessageBar(self)
        self._own_messages = messages is None
        if self._own_messages:
            document.refused.connect(self.messages.show_message)
        self.edits = RowEdits(self)
        self._build_table()
        self.detail = DetailPanel(document, kind, hidden=hidden, parent=self)
        self._build_actions()
        self._layout()
        document.changed.connect(self._on_changed)
        signal = getattr(document, "read_only_changed", None)
        if signal is not None:
            signal.connect(self._read_only_changed)
        self._select_first()
        self.update_actions()

    def _read_only_changed(self, _read_only: bool) -> None:
        self.update_actions()

    def _select_first(self) -> None:
        """Start on the first row, so the detail panel shows something useful."""
        if self.current_id() is None and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------ construction

    def _build_table(self) -> None:
        table = FrozenColumnTable(self)
        table.setModel(self.proxy)
        table.set_delegates(
            EntityDelegate(self.document, self.kind, table),
            EntityDelegate(self.document, self.kind, table.frozen),
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(True)
        table.verticalHeader().setVisible(False)
        table.set_row_height(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # third click: back to the roadmap's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)  # stretched, the last column could end up cut
        header.setResizeContentsPrecision(100)
        header.setAccessibleName(
            QCoreApplication.translate("EntityBrowser", "Column headers (click to sort)")
        )
        table.setSortingEnabled(True)
        table.setAccessibleName(kind_label(self.kind, 2).capitalize())
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.proxy.modelReset.connect(self._after_reset)
        self.table: QTableView = table
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The leading columns first (:data:`ui.models.columns.LEADING`), every column as
        wide as its header and contents up to a cap (longer text is cut with "…" and shown
        whole in the cell's tooltip)."""
        header = self.table.horizontalHeader()
        for position, key in enumerate(LEADING.get(self.kind, ())):
            logical = self.model.column_of(key)
            if logical >= 0:
                header.moveSection(header.visualIndex(logical), position)
        self.table.resizeColumnsToContents()
        cap = max(_MAX_COLUMN_WIDTH, self.table.fontMetrics().averageCharWidth() * 40)
        for section in range(header.count()):
            if header.sectionSize(section) > cap:
                header.resizeSection(section, max(cap, header.sectionSizeHint(section)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while this table (or its editors) has focus: the window's own
            # shortcuts keep working everywhere else.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    def _build_actions(self) -> None:
        one = kind_label(self.kind)
        self.add_action = self._action(
            QCoreApplication.translate("EntityBrowser", "&Add"),
            QCoreApplication.translate("EntityBrowser", "Add a {kind}").format(kind=one),
            self.add,
            Qt.Key.Key_Insert,
        )
        self.duplicate_action = self._action(
            QCoreApplication.translate("EntityBrowser", "D&uplicate"),
            QCoreApplication.translate("EntityBrowser", "Duplicate the selected {kind}").format(
                kind=one
            ),
            self.duplicate,
            "Ctrl+D",
        )
        self.delete_action = self._action(
            QCoreApplication.translate("EntityBrowser", "&Delete"),
            QCoreApplication.translate("EntityBrowser", "Delete the selected {kind}").format(
                kind=one
            ),
            self.delete,
            QKeySequence.StandardKey.Delete,
        )
        self.move_up_action = self._action(
            QCoreApplication.translate("EntityBrowser", "Move &up"),
            QCoreApplication.translate("EntityBrowser", "Move the {kind} up").format(kind=one),
            self.move_up,
            "Alt+Up",
        )
        self.move_down_action = self._action(
            QCoreApplication.translate("EntityBrowser", "Move dow&n"),
            QCoreApplication.translate("EntityBrowser", "Move the {kind} down").format(kind=one),
            self.move_down,
            "Alt+Down",
        )
        self.copy_action = self._action(
            QCoreApplication.translate("EntityBrowser", "&Copy"),
            QCoreApplication.translate(
                "EntityBrowser", "Copy the selected rows (paste them here or in a spreadsheet)"
            ),
            self.copy,
            QKeySequence.StandardKey.Copy,
        )
        self.paste_action = self._action(
            QCoreApplication.translate("EntityBrowser", "&Paste"),
            QCoreApplication.translate("EntityBrowser", "Paste copied rows as new ones"),
            self.paste,
            QKeySequence.StandardKey.Paste,
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setAccessibleName(
            QCoreApplication.translate("EntityBrowser", "{kinds} tools").format(
                kinds=kind_label(self.kind, 2)
            )
        )
        for action in (self.add_action, self.duplicate_action, self.delete_action):
            self.toolbar.addAction(action)
        if self.movable:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.move_up_action)
            self.toolbar.addAction(self.move_down_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.copy_action)
        self.toolbar.addAction(self.paste_action)
        name_overflow(self.toolbar)

    def _layout(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("EntityBrowser", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(
            QCoreApplication.translate("EntityBrowser", "Filter {kinds}").format(
                kinds=kind_label(self.kind, 2)
            )
        )
        self.filter.setToolTip(
            QCoreApplication.translate(
                "EntityBrowser", "Show only rows containing every word typed, in any column"
            )
        )
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.filter)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 300])  # scaled to the real width when shown
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        if self._own_messages:
            layout.addWidget(self.messages)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.detail)

    # ---------------------------------------------------------------- scope

    def set_scope(self, scope: dict[str, Any] | None) -> None:
        """Show only rows whose fields have these values (None: nothing to show).

        New rows get the scope's values. Used for the criteria and decisions of
        the selected stage.
        """
        if scope is not None and scope == self.scope and not self.scope_missing:
            return
        self.scope_missing = scope is None or any(v is None for v in scope.values())
        self.scope = dict(scope or {})
        if self.scope_missing:
            self.model.set_row_filter(lambda _e: False)
        elif self.scope:
            wanted = dict(self.scope)
            self.model.set_row_filter(lambda e: all(getattr(e, f) == v for f, v in wanted.items()))
        else:
            self.model.set_row_filter(None)
        self._select_first()
        self.update_actions()

    # ------------------------------------------------------------ selection

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.entity_id(source.row())

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [
            self.model.entity_id(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        ]
        if not ids and (current := self.current_id()) is not None:
            ids = [current]
        return ids

    def select(self, entity_id: str, column: int = 0) -> bool:
        """Make an entity current, selected and visible (clearing a filter that hides it)."""
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        source = self.model.index(row, max(0, column))
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(source)
            if not index.isValid():
                return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entity_id = self.current_id() if current.isValid() else None
        self.detail.set_entity(entity_id)
        self.update_actions()
        self.current_changed.emit(entity_id)

    def _after_reset(self) -> None:
        entity_id = self.detail.entity_id()
        if entity_id is None or not self.select(entity_id):
            self.detail.set_entity(None)
            self._select_first()
            if self.current_id() is None:
                self.current_changed.emit(None)
        self.update_actions()

    def _on_changed(self, change: Change) -> None:
        if change.touches((self.kind,)):
            self.update_actions()
            current = self.current_id()
            if current != self.detail.entity_id():
                self.detail.set_entity(current)
                self.current_changed.emit(current)
        if self._own_messages:
            self.messages.clear()

    def update_actions(self) -> None:
        read_only = bool(getattr(self.document, "read_only", False))
        has_current = self.current_id() is not None
        can_add = not read_only and not self.scope_missing
        self.add_action.setEnabled(can_add)
        self.paste_action.setEnabled(can_add)
        self.duplicate_action.setEnabled(can_add and has_current)
        self.delete_action.setEnabled(not read_only and has_current)
        self.copy_action.setEnabled(has_current)
        row = self.edits.natural_row()
        count = len(self.edits.natural_ids())
        self.move_up_action.setEnabled(not read_only and row is not None and row > 0)
        self.move_down_action.setEnabled(not read_only and row is not None and row < count - 1)

    # --------------------------------------------------------------- prompts

    def set_prompter(self, prompter: Prompter | Callable[[], Prompter | None] | None) -> None:
        self._prompter = prompter

    def prompter(self) -> Prompter:
        """The prompter given, else the window's (``window().prompter``), else real dialogs."""
        found: Any = self._prompter
        if callable(found) and not hasattr(found, "ask"):
            found = found()
        if found is None:
            found = getattr(self.window(), "prompter", None)
            if callable(found) and not hasattr(found, "ask"):
                found = found()
        return found if found is not None else QtPrompter(self)

    # ------------------------------------------------------------ edits

    def add(self) -> bool:
        return self.edits.add()

    def duplicate(self) -> bool:
        return self.edits.duplicate()

    def delete(self) -> bool:
        return self.edits.delete()

    def move_up(self) -> bool:
        return self.edits.move_up()

    def move_down(self) -> bool:
        return self.edits.move_down()

    def copy(self) -> bool:
        return self.edits.copy()

    def paste(self) -> bool:
        return self.edits.paste()
