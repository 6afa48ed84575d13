"""The table pages the main window shows in its navigator, in navigator order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.document import Document
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
    # The literal strings below are what lupdate collects (context "Pages").
    tr = QCoreApplication.translate
    _ = (
        tr("Pages", "Stages & gates"),
        tr("Pages", "Use cases"),
        tr("Pages", "Friction points"),
        tr("Pages", "People & teams"),
        tr("Pages", "Data sources"),
        tr("Pages", "Measurements & feedback"),
        tr("Pages", "Decisions"),
        tr("Pages", "Risks"),
    )
    return [
        PageSpec(
            "stages", _title("Stages & gates"), ("stage", "criterion", "decision"), StagesPage
        ),
        PageSpec("use_cases", _title("Use cases"), ("use_case",), _single("use_case")),
        PageSpec(
            "friction_points",
            _title("Friction points"),
            ("friction_point",),
            _single("friction_point"),
        ),
        PageSpec("people", _title("People & teams"), ("person", "team"), _tabbed("person", "team")),
        PageSpec("data_sources", _title("Data sources"), ("data_source",), _single("data_source")),
        PageSpec(
            "measurements",
            _title("Measurements & feedback"),
            ("measurement", "feedback", "metric"),
            _tabbed("measurement", "feedback", "metric"),
        ),
        PageSpec("decisions", _title("Decisions"), ("decision",), _single("decision")),
        PageSpec("risks", _title("Risks"), ("risk",), _single("risk")),
    ]
