"""The Overview's lists: people coverage per team, friction ranking, method findings.

Each is a read-only tree; clicking (or Enter on) a line asks to show its
entity. Long lists are capped with a line saying how many more there are,
so the Overview stays quick on a 100k-use-case roadmap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.evidence import checks
from planner.evidence.figures import Figures
from planner.model.entities import StageStatus
from planner.model.kinds import EntityKind
from planner.numbers import NumberKind, number_text
from ui.dashboard import explain
from ui.timeline import texts

_KIND = Qt.ItemDataRole.UserRole
_ID = Qt.ItemDataRole.UserRole + 1
MAX_TEAMS = 25
MAX_FRICTION = 10
MAX_FINDINGS = 30
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}


@dataclass(frozen=True)
class TeamCoverage:
    """A team's ambassador and training coverage, as the Overview lists it."""

    team_id: str
    name: str
    headcount: int
    ambassadors: int
    per_100: float | None
    trained: float | None
    """% of the team's key users trained on or before the as-of date; None without key users."""


def team_coverage(figures: Figures) -> list[TeamCoverage]:
    """Teams of the stages still running, the least covered first (as of the figures' date)."""
    roadmap = figures.roadmap
    running = {
        t for s in roadmap.stages if s.status not in (StageStatus.PASSED, StageStatus.STOPPED)
        for t in s.team_ids
    }  # fmt: skip
    teams = figures.tables.teams
    found = [
        TeamCoverage(
            team.id, team.name, team.headcount, teams[team.id].ambassadors,
            teams[team.id].ambassadors_per_100, teams[team.id].training_coverage,
        )
        for team in roadmap.teams
        if team.id in running
    ]  # fmt: skip
    return sorted(
        found, key=lambda c: (c.ambassadors > 0, c.trained if c.trained is not None else 101.0)
    )


class LinkTree(QTreeWidget):
    """A read-only tree whose lines show entities."""

    navigate = Signal(object, str)

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setRootIsDecorated(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._go)
        self.itemActivated.connect(self._go)

    def add(self, cells: list[str], kind: EntityKind | None = None, entity_id: str = "",
            parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:  # fmt: skip
        item = QTreeWidgetItem(cells)
        item.setData(0, _KIND, kind or "")
        item.setData(0, _ID, entity_id)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def finish(self, numeric: tuple[int, ...] = ()) -> None:
        """Columns to their contents, figures (``numeric`` columns) to the right, and the
        height to every line, each line as tall as a table's (the page scrolls)."""
        self.expandAll()
        header = self.header()
        last = self.columnCount() - 1
        for column in range(self.columnCount()):
            if column != last or last in numeric:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(last not in numeric)  # a figure stays beside its name
        row = self.fontMetrics().height() + 6
        self.setItemDelegate(_RowHeight(row, self))
        items = [i for top in self._top_items() for i in (top, *_children(top))]
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for item in items:
            for column in numeric:
                item.setTextAlignment(column, right)
        header_item = self.headerItem()
        for column in numeric:
            header_item.setTextAlignment(column, right)
        frame = 2 * self.frameWidth()
        self.setFixedHeight(header.sizeHint().height() + max(1, len(items)) * row + frame)

    def _top_items(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    def find_entity(self, kind: EntityKind, entity_id: str) -> QTreeWidgetItem | None:
        for top in self._top_items():
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                if (
                    item is not None
                    and item.data(0, _KIND) == kind
                    and item.data(0, _ID) == entity_id
                ):
                    return item
        return None

    def _go(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, entity_id = item.data(0, _KIND), item.data(0, _ID)
        if kind and entity_id:
            self.navigate.emit(EntityKind(kind), str(entity_id))


class _RowHeight(QStyledItemDelegate):
    """Lines of one height, as tall as a table's rows (the tree's are cramped otherwise)."""

    def __init__(self, height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self._height))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{number_text(value, NumberKind.PERCENT)} %"


def people_tree(figures: Figures) -> LinkTree:
    tree = LinkTree(
        [texts.tr("Team"), texts.tr("People"), texts.tr("Ambassadors"),
         texts.tr("Ambassadors per 100"), texts.tr("Key users trained")],
        texts.tr("Ambassador and training coverage per team"),
    )  # fmt: skip
    for column, key in enumerate(("people", "ambassadors", "per_100", "trained"), start=1):
        tree.headerItem().setWhatsThis(column, explain.team_column(key))
    teams = team_coverage(figures)
    for team in teams[:MAX_TEAMS]:
        ambassadors = str(team.ambassadors) if team.ambassadors else "✗ " + texts.tr("none")
        per_100 = "—" if team.per_100 is None else number_text(team.per_100, NumberKind.NUMBER)
        tree.add([team.name, str(team.headcount), ambassadors, per_100, _percent(team.trained)],
                 EntityKind.TEAM, team.team_id)  # fmt: skip
    if len(teams) > MAX_TEAMS:
        tree.add([texts.tr("… and {n} more teams").format(n=len(teams) - MAX_TEAMS)])
    if not teams:
        tree.add([texts.tr("No team is in scope of a running stage.")])
    tree.finish(numeric=(1, 2, 3, 4))
    return tree


def friction_tree(figures: Figures) -> LinkTree:
    roadmap = figures.roadmap
    tree = LinkTree(
        [texts.tr("Friction point / use case"), texts.tr("Cost per year"),
         texts.tr("Hours per year"), texts.tr("Rank")],
        texts.tr("Friction points ranked by yearly cost"),
    )  # fmt: skip
    tree.setRootIsDecorated(True)
    for column, key in enumerate(("cost", "hours", "rank"), start=1):
        tree.headerItem().setWhatsThis(column, explain.friction_column(key))
    locale = QLocale()
    symbol = _CURRENCY_SYMBOLS.get(roadmap.currency, roadmap.currency)
    ranking = figures.tables.friction_ranking
    for ranked in ranking[:MAX_FRICTION]:
        item = tree.add(
            [ranked.point.title, locale.toCurrencyString(ranked.cost_per_year, symbol, 0),
             locale.toString(float(ranked.hours_per_year), "f", 0), f"#{ranked.rank}"],
            EntityKind.FRICTION_POINT, ranked.point.id,
        )  # fmt: skip
        for use_case in ranked.use_cases[:8]:
            tree.add(["↳ " + use_case.name, "", "", ""], EntityKind.USE_CASE, use_case.id, item)
        if not ranked.use_cases:
            tree.add(["↳ " + texts.tr("no use case addresses it yet"), "", "", ""], parent=item)
        elif len(ranked.use_cases) > 8:
            more = texts.tr("↳ … and {n} more use cases").format(n=len(ranked.use_cases) - 8)
            tree.add([more, "", "", ""], parent=item)
    if len(ranking) > MAX_FRICTION:
        tree.add([texts.tr("… and {n} more friction points").format(n=len(ranking) - MAX_FRICTION)])
    if not ranking:
        tree.add([texts.tr("No friction points yet.")])
    tree.finish(numeric=(1, 2, 3))
    return tree


def findings_tree(figures: Figures) -> LinkTree:
    tree = LinkTree([texts.tr("Severity"), texts.tr("Finding")], texts.tr("Method findings"))
    tree.setWhatsThis(explain.findings())
    found = list(figures.findings)
    found.sort(key=lambda f: f.severity != checks.WARNING)  # warnings first, order kept
    for finding in found[:MAX_FINDINGS]:
        severity = (
            "⚠ " + texts.tr("Warning") if finding.severity == checks.WARNING
            else "ℹ " + texts.tr("Info")
        )  # fmt: skip
        item = tree.add([severity, finding.message], finding.kind, finding.entity_id or "")
        item.setToolTip(1, finding.message)
    if len(found) > MAX_FINDINGS:
        tree.add(["", texts.tr("… and {n} more findings").format(n=len(found) - MAX_FINDINGS)])
    if not found:
        tree.add(["✓", texts.tr("Nothing to flag: the roadmap follows the method.")])
    tree.finish()
    return tree
