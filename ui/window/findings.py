"""Method-check findings: a count in the status bar and a list in a dock.

``planner.evidence.checks.method_checks`` looks for gaps in the method (a use case
tied to no friction point, a team without an ambassador…). The findings are
recomputed shortly after each change; activating one shows its entity.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QToolButton, QWidget

from planner.edit.change import Change
from planner.evidence import checks
from planner.model.kinds import EntityKind
from ui.app.icons import icon
from ui.document import Document

_KIND = Qt.ItemDataRole.UserRole
_ID = Qt.ItemDataRole.UserRole + 1


class Findings(QObject):
    """Keeps the findings of the open roadmap up to date."""

    updated = Signal(int)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.items: list[checks.Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._changed)
        document.as_of_changed.connect(self._timer.start)

    def _changed(self, _change: Change) -> None:
        self._timer.start()

    def refresh(self) -> None:
        # The findings of the document's as-of date: the ones the Overview lists.
        self.items = list(self._document.figures().findings)
        self.updated.emit(len(self.items))


class FindingsDock(QDockWidget):
    """The list of findings; Enter or a double click shows the entity concerned."""

    def __init__(
        self,
        findings: Findings,
        navigate: Callable[[EntityKind, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self._findings = findings
        self._navigate = navigate
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._activate)
        self.setWidget(self.list)
        self._stale = True
        findings.updated.connect(self._updated)
        self.retranslate()

    def _updated(self, _count: int) -> None:
        self.fill()

    def setVisible(self, visible: bool) -> None:
        # A hidden dock's list is filled when it is shown (3,400 items at 10,000 use
        # cases: work the window's first frame does not show).
        if visible and self._stale:
            self._stale = False
            self._fill_now()
        super().setVisible(visible)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Findings"))
        self.list.setAccessibleName(self.tr("Findings of the method checks"))
        self.fill()

    def fill(self) -> None:
        """The list of the current findings (at once if the dock is shown, else when it is)."""
        if self.isHidden():
            self._stale = True
            return
        self._stale = False
        self._fill_now()

    def _fill_now(self) -> None:
        self.list.clear()
        if self._findings.items:
            import html  # (html.entities: a large table, not needed before the dock is shown)
        for finding in self._findings.items:
            item = QListWidgetItem(finding.message)
            name = "risks" if finding.severity == checks.WARNING else "about"
            item.setIcon(icon(name))
            item.setData(_KIND, finding.kind)
            item.setData(_ID, finding.entity_id)
            item.setToolTip(html.escape(finding.message))
            self.list.addItem(item)
        if not self._findings.items:
            item = QListWidgetItem(self.tr("No findings: the method checks found nothing to fix."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        kind, entity_id = item.data(_KIND), item.data(_ID)
        if kind and entity_id:
            self._navigate(EntityKind(kind), str(entity_id))


class FindingsButton(QToolButton):
    """ "3 findings" in the status bar; clicking shows or hides the list."""

    def __init__(self, findings: Findings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings = findings
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(icon("findings"))
        findings.updated.connect(self._updated)
        self.retranslate()

    def _updated(self, _count: int) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self._findings.items)
        self.setText(self.tr("%n finding(s)", "", count))
        self.setToolTip(self.tr("Show the list of findings"))
        self.setAccessibleName(self.text())
