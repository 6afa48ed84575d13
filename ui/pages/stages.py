"""Stages & gates: the ordered stages, and for the selected one its gate criteria and decisions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from planner.model.kinds import EntityKind, find
from ui.document import Document
from ui.pages.base import TablePage


class StagesPage(TablePage):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        stages = self._browser(EntityKind.STAGE, movable=True)
        scoped = frozenset({"stage_id"})
        self.criteria = self._browser(EntityKind.CRITERION, hidden=scoped, movable=True)
        self.decisions = self._browser(EntityKind.DECISION, hidden=scoped)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            self.criteria,
            QCoreApplication.translate("StagesPage", "Gate criteria of the selected stage"),
        )
        self.tabs.addTab(
            self.decisions,
            QCoreApplication.translate("StagesPage", "Gate decisions of the selected stage"),
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(stages)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        self._finish(splitter)
        stages.current_changed.connect(self._stage_changed)
        self._stage_changed(stages.current_id())  # the browser starts on the first stage

    def _stage_changed(self, stage_id: object) -> None:
        scope = {"stage_id": stage_id if isinstance(stage_id, str) else None}
        self.criteria.set_scope(scope)
        self.decisions.set_scope(scope)

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        if kind in (EntityKind.CRITERION, EntityKind.DECISION):
            entity = find(self.document.roadmap, kind, entity_id)
            if entity is None or not self.browsers[EntityKind.STAGE].select(entity.stage_id):
                return False
            browser = self.criteria if kind == EntityKind.CRITERION else self.decisions
            self.tabs.setCurrentWidget(browser)
            return browser.select(entity_id)
        return super().show_entity(kind, entity_id)
