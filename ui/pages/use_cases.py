"""The Use cases page: the table (with its AI Act tier column and a tier filter) and,
beside it, the selected use case's details and its AI register entry, in two tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QTabWidget, QWidget

from planner.model.kinds import EntityKind, find
from planner.model.register import Tier
from ui.document import Document
from ui.models.labels import enum_label, form_label
from ui.pages.base import TablePage
from ui.register.panel import RegisterPanel


class _TierFilter:
    """Keeps the rows of one tier (the tier column's own figures)."""

    def __init__(self, document: Document, tier: Tier) -> None:
        self._document = document
        self._tier = tier

    def __call__(self, use_case: Any) -> bool:
        screening = self._document.figures().tables.use_case_screening.get(use_case.id)
        return screening is not None and screening.tier is self._tier


def _beside_filter(search: QWidget, widgets: tuple[QWidget, ...]) -> None:
    """Put widgets just before the browser's filter box, in the row that holds it."""
    holder = search.parentWidget()
    layouts = [holder.layout()] if holder is not None else []
    while layouts:
        layout = layouts.pop()
        if layout is None:
            continue
        at = layout.indexOf(search)
        if at >= 0 and isinstance(layout, QBoxLayout):
            for offset, widget in enumerate(widgets):
                layout.insertWidget(at + offset, widget)
            return
        items = (layout.itemAt(i) for i in range(layout.count()))
        layouts += [item.layout() for item in items if item is not None]
    raise LookupError("the filter box is in no layout")


class UseCasesPage(TablePage):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        browser = self._browser(EntityKind.USE_CASE)
        self.browser = browser
        self.tier_filter = QComboBox(browser)
        self.tier_filter.addItem(QCoreApplication.translate("Register", "All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(enum_label(tier), tier.value)
        self.tier_filter.setAccessibleName(
            QCoreApplication.translate("Register", "Show the use cases of one AI Act tier")
        )
        self.tier_filter.setToolTip(self.tier_filter.accessibleName())
        self.tier_filter.currentIndexChanged.connect(self._tier_chosen)
        label = QLabel(form_label(QCoreApplication.translate("Register", "AI Act tier")))
        label.setBuddy(self.tier_filter)
        _beside_filter(browser.filter, (label, self.tier_filter))

        self.register = RegisterPanel(document)
        self.tabs = QTabWidget(browser)
        self.tabs.setDocumentMode(True)
        index = browser.splitter.indexOf(browser.detail)
        browser.splitter.replaceWidget(index, self.tabs)
        self.tabs.addTab(browser.detail, QCoreApplication.translate("Register", "Details"))
        self.tabs.addTab(self.register, QCoreApplication.translate("Register", "AI register"))
        browser.setTabOrder(browser.table, self.tabs)
        browser.splitter.setSizes([600, 400])  # the register needs room; scaled when shown
        browser.current_changed.connect(self.register.set_use_case)
        self.register.set_use_case(browser.current_id())
        self._finish(browser)

    def _tier_chosen(self, _index: int) -> None:
        value = self.tier_filter.currentData()
        model = self.browser.model
        model.set_row_filter(None if value is None else _TierFilter(self.document, Tier(value)))

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool:
        if kind == EntityKind.REGISTER_ENTRY:
            # An entry's id, or the id of a use case whose entry is still to be started.
            entry = find(self.document.roadmap, kind, entity_id)
            use_case_id = entity_id if entry is None else entry.use_case_id
            if find(self.document.roadmap, EntityKind.USE_CASE, use_case_id) is None:
                return False
            self.tabs.setCurrentWidget(self.register)
            kind, entity_id = EntityKind.USE_CASE, use_case_id
        if kind == EntityKind.USE_CASE and self.tier_filter.currentIndex() > 0:
            row_hidden = self.browser.model.row_of(entity_id) is None
            if row_hidden:
                self.tier_filter.setCurrentIndex(0)  # a filter must not hide what was asked
        return super().show_entity(kind, entity_id)
