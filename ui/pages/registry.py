"""The pages the main window shows in its navigator, in navigator order: their key,
title, icon, the kinds of entity they show and how each is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeGuard, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.model.kinds import EntityKind
from ui.document import Document
from ui.models.labels import QT_TRANSLATE_NOOP

PageFactory = Callable[[Document, QWidget | None], QWidget]


@runtime_checkable
class Page(Protocol):
    """What the window asks of a page that lists entities (the table pages, the Overview
    and the Timeline): show one of the kinds it lists (select it, reveal it)."""

    def show_entity(self, kind: EntityKind, entity_id: str) -> bool: ...


def shows_entities(page: QWidget) -> TypeGuard[Page]:
    return isinstance(page, Page)


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigator: its key, title, the kinds it shows, how to build it, its icon."""

    key: str
    title: Callable[[], str]
    """The page's name in the navigator, translated when called."""
    kinds: tuple[EntityKind, ...]
    """The kinds of entity the page can show (``show_entity`` accepts these)."""
    factory: PageFactory
    icon: str
    """Name of the navigator's icon (:func:`ui.app.icons.icon`)."""


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Pages", text)


# The table pages are imported when first shown: the window's first frame shows the
# Overview, and the tables' machinery (views, delegates, editors) is a fifth of start-up.


def _single(kind: EntityKind) -> PageFactory:
    def build(document: Document, parent: QWidget | None) -> QWidget:
        from ui.pages.base import SinglePage

        return SinglePage(document, kind, parent)

    return build


def _tabbed(*kinds: EntityKind) -> PageFactory:
    def build(document: Document, parent: QWidget | None) -> QWidget:
        from ui.pages.base import TabbedPage

        return TabbedPage(document, kinds, parent)

    return build


def _stages(document: Document, parent: QWidget | None) -> QWidget:
    from ui.pages.stages import StagesPage

    return StagesPage(document, parent)


def _use_cases(document: Document, parent: QWidget | None) -> QWidget:
    from ui.pages.use_cases import UseCasesPage

    return UseCasesPage(document, parent)


def _scale_out(document: Document, parent: QWidget | None) -> QWidget:
    # Imported when first shown: it brings the value and usage figures, which the
    # first frame does not need.
    from ui.pages.scale_out import ScaleOutPage

    return ScaleOutPage(document, parent)


def navigator_pages(overview: PageFactory, timeline: PageFactory) -> list[PageSpec]:
    """Every page: the Overview and Timeline (built by the window, which wires them to
    the gate review and the selection), then the table pages."""
    return [
        PageSpec(
            "overview", _title(QT_TRANSLATE_NOOP("Pages", "Overview")), (), overview, "overview"
        ),
        PageSpec(
            "timeline", _title(QT_TRANSLATE_NOOP("Pages", "Timeline")), (), timeline, "timeline"
        ),
        *table_pages(),
    ]


def table_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "stages",
            _title(QT_TRANSLATE_NOOP("Pages", "Stages & gates")),
            (EntityKind.STAGE, EntityKind.CRITERION),
            _stages,
            "stages",
        ),
        PageSpec(
            "use_cases",
            _title(QT_TRANSLATE_NOOP("Pages", "Use cases")),
            (EntityKind.USE_CASE, EntityKind.REGISTER_ENTRY),
            _use_cases,
            "use-cases",
        ),
        PageSpec(
            "scale_out",
            _title(QT_TRANSLATE_NOOP("Pages", "Scale-out")),
            (EntityKind.IDEA,),
            _scale_out,
            "scale-out",
        ),
        PageSpec(
            "friction_points",
            _title(QT_TRANSLATE_NOOP("Pages", "Friction points")),
            (EntityKind.FRICTION_POINT,),
            _single(EntityKind.FRICTION_POINT),
            "friction",
        ),
        PageSpec(
            "people",
            _title(QT_TRANSLATE_NOOP("Pages", "People & teams")),
            (EntityKind.PERSON, EntityKind.TEAM),
            _tabbed(EntityKind.PERSON, EntityKind.TEAM),
            "people",
        ),
        PageSpec(
            "data_sources",
            _title(QT_TRANSLATE_NOOP("Pages", "Data sources")),
            (EntityKind.DATA_SOURCE,),
            _single(EntityKind.DATA_SOURCE),
            "data",
        ),
        PageSpec(
            "measurements",
            _title(QT_TRANSLATE_NOOP("Pages", "Measurements & feedback")),
            (EntityKind.MEASUREMENT, EntityKind.FEEDBACK, EntityKind.METRIC),
            _tabbed(EntityKind.MEASUREMENT, EntityKind.FEEDBACK, EntityKind.METRIC),
            "measurements",
        ),
        PageSpec(
            "decisions",
            _title(QT_TRANSLATE_NOOP("Pages", "Decisions")),
            (EntityKind.DECISION, EntityKind.ACTION),
            _tabbed(EntityKind.DECISION, EntityKind.ACTION),
            "decisions",
        ),
        PageSpec(
            "risks",
            _title(QT_TRANSLATE_NOOP("Pages", "Risks")),
            (EntityKind.RISK,),
            _single(EntityKind.RISK),
            "risks",
        ),
        PageSpec(
            "costs",
            _title(QT_TRANSLATE_NOOP("Pages", "Licences & costs")),
            (EntityKind.LICENCE, EntityKind.ONE_OFF_COST),
            _tabbed(EntityKind.LICENCE, EntityKind.ONE_OFF_COST),
            "costs",
        ),
    ]
