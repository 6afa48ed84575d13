"""The table pages the main window shows in its navigator, in navigator order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.document import Document
from ui.models.labels import QT_TRANSLATE_NOOP
from ui.pages.base import SinglePage, TabbedPage
from ui.pages.stages import StagesPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    """The page's name in the navigator, translated when called."""
    kinds: tuple[str, ...]
    """The kinds of entity the page can show (``show_entity`` accepts these)."""
    factory: Callable[[Document, QWidget | None], QWidget]


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Pages", text)


def _single(kind: str) -> Callable[[Document, QWidget | None], QWidget]:
    return lambda document, parent: SinglePage(document, kind, parent)


def _tabbed(*kinds: str) -> Callable[[Document, QWidget | None], QWidget]:
    return lambda document, parent: TabbedPage(document, kinds, parent)


def table_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "stages",
            _title(QT_TRANSLATE_NOOP("Pages", "Stages & gates")),
            ("stage", "criterion"),
            StagesPage,
        ),
        PageSpec(
            "use_cases",
            _title(QT_TRANSLATE_NOOP("Pages", "Use cases")),
            ("use_case",),
            _single("use_case"),
        ),
        PageSpec(
            "friction_points",
            _title(QT_TRANSLATE_NOOP("Pages", "Friction points")),
            ("friction_point",),
            _single("friction_point"),
        ),
        PageSpec(
            "people",
            _title(QT_TRANSLATE_NOOP("Pages", "People & teams")),
            ("person", "team"),
            _tabbed("person", "team"),
        ),
        PageSpec(
            "data_sources",
            _title(QT_TRANSLATE_NOOP("Pages", "Data sources")),
            ("data_source",),
            _single("data_source"),
        ),
        PageSpec(
            "measurements",
            _title(QT_TRANSLATE_NOOP("Pages", "Measurements & feedback")),
            ("measurement", "feedback", "metric"),
            _tabbed("measurement", "feedback", "metric"),
        ),
        PageSpec(
            "decisions",
            _title(QT_TRANSLATE_NOOP("Pages", "Decisions")),
            ("decision",),
            _single("decision"),
        ),
        PageSpec("risks", _title(QT_TRANSLATE_NOOP("Pages", "Risks")), ("risk",), _single("risk")),
        PageSpec(
            "costs",
            _title(QT_TRANSLATE_NOOP("Pages", "Licences & costs")),
            ("licence", "one_off_cost"),
            _tabbed("licence", "one_off_cost"),
        ),
    ]
