"""The three tables of the Scale-out page, filled from one scale-out computation.

Each row keeps the ids it stands for (``Qt.UserRole`` on its first cell), so the
page acts on ids, never on row numbers. Every text comes from
:mod:`planner.scaleout.text`, the wording the command line and the workbook use.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from planner.evidence.figures import Figures
from planner.model.ideas import Confidence, Effort
from planner.scaleout.report import ScaleOut
from planner.scaleout.rule import pct, verdict_text
from planner.scaleout.text import (
    SHOWN,
    Names,
    adoption_text,
    flag_words,
    idea_score,
    value_text,
)
from planner.value.text import grouped
from ui.models.labels import enum_label

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setAccessibleName(QCoreApplication.translate("ScaleOut", "Column headers"))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fill(
    table: QTableWidget,
    rows: list[tuple[object, list[str]]],
    bold: tuple[int, set[int]] | None = None,
    tips: dict[tuple[int, int], str] | None = None,
    widest: dict[int, int] | None = None,
) -> None:
    """Rows of (key, cell texts); the key is stored on the first cell. ``bold``: a column
    and the rows whose cell in it is bold; ``tips``: tooltips other than the text."""
    table.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip((tips or {}).get((r, c), text))
            if c == 0:
                item.setData(KEY_ROLE, key)
            if bold is not None and c == bold[0] and r in bold[1]:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), (widest or {}).get(c, WIDEST)))


WIDEST = 260
"""No column wider than this (pixels) when fitted to its content, unless a table says."""


def row_key(table: QTableWidget, row: int) -> object:
    item = table.item(row, 0)
    return None if item is None else item.data(KEY_ROLE)


def proven_headers() -> list[str]:
    return [
        QCoreApplication.translate("ScaleOut", "Use case"),
        QCoreApplication.translate("ScaleOut", "Team"),
        QCoreApplication.translate("ScaleOut", "Active users"),
        QCoreApplication.translate("ScaleOut", "Bar"),
        QCoreApplication.translate("ScaleOut", "Value per seat vs price"),
        QCoreApplication.translate("ScaleOut", "Negative feedback"),
        QCoreApplication.translate("ScaleOut", "Verdict"),
    ]


def fill_proven(table: QTableWidget, figures: Figures, report: ScaleOut, everything: bool) -> None:
    names = Names.of(figures.roadmap)
    shown = report.evidence if everything else report.proven
    ordered = sorted(shown, key=lambda e: not e.proven)[:SHOWN]
    _fill(
        table,
        [
            (
                (e.use_case_id, e.team_id),
                [
                    names.use_case(e.use_case_id),
                    names.team(e.team_id),
                    adoption_text(e),
                    pct(e.bars.active_min),
                    "—" if e.value_to_price_pct is None else pct(e.value_to_price_pct),
                    "—"
                    if not e.feedback
                    else QCoreApplication.translate("ScaleOut", "{negative} of {total}").format(
                        negative=e.negative, total=e.feedback
                    ),
                    verdict_text(e),
                ],
            )
            for e in ordered
        ],
    )


READY_COLUMN = 4
REASONS_COLUMN = 5


def candidate_headers() -> list[str]:
    return [
        QCoreApplication.translate("ScaleOut", "#"),
        QCoreApplication.translate("ScaleOut", "Use case"),
        QCoreApplication.translate("ScaleOut", "Team"),
        QCoreApplication.translate("ScaleOut", "Expected value / year"),
        QCoreApplication.translate("ScaleOut", "Ready"),
        QCoreApplication.translate("ScaleOut", "Reasons"),
        QCoreApplication.translate("ScaleOut", "Data"),
        QCoreApplication.translate("ScaleOut", "Ambassador"),
        QCoreApplication.translate("ScaleOut", "Trained"),
        QCoreApplication.translate("ScaleOut", "Register"),
    ]


def candidate_header_tips() -> list[str]:
    """What the short flag headers stand for (their tooltips)."""
    return [
        QCoreApplication.translate("ScaleOut", "Data sources the use case needs are ready"),
        QCoreApplication.translate("ScaleOut", "The team has an ambassador"),
        QCoreApplication.translate("ScaleOut", "The team's key users are trained"),
        QCoreApplication.translate(
            "ScaleOut", "The use case's register entry is complete (n/a: no entry)"
        ),
    ]


def fill_candidates(table: QTableWidget, figures: Figures, report: ScaleOut) -> None:
    names = Names.of(figures.roadmap)
    currency = figures.roadmap.currency
    rows: list[tuple[object, list[str]]] = []
    for rank, c in enumerate(report.candidates[:SHOWN], start=1):
        flags = flag_words(c.flags)
        ready = (
            QCoreApplication.translate("ScaleOut", "Ready")
            if c.ready
            else QCoreApplication.translate("ScaleOut", "Not ready")
        )
        rows.append(
            (
                (c.use_case_id, c.team_id),
                [
                    str(rank),
                    names.use_case(c.use_case_id),
                    names.team(c.team_id),
                    value_text(c, currency),
                    ready,
                    c.sentence(),
                    flags["data"],
                    flags["ambassador"],
                    flags["trained"],
                    flags["register"],
                ],
            )
        )
    ready_rows = {r for r, c in enumerate(report.candidates[:SHOWN]) if c.ready}
    # The reasons wrap; the use case and the reasons stay narrow enough for the flags beside
    # them to be in view at 1366 pixels.
    _fill(table, rows, bold=(READY_COLUMN, ready_rows), widest={1: 195, REASONS_COLUMN: 260})
    table.setColumnWidth(REASONS_COLUMN, 260)
    table.resizeRowsToContents()


def idea_headers() -> list[str]:
    return [
        QCoreApplication.translate("ScaleOut", "Idea"),
        QCoreApplication.translate("ScaleOut", "Team"),
        QCoreApplication.translate("ScaleOut", "Score"),
        QCoreApplication.translate("ScaleOut", "Friction point"),
        QCoreApplication.translate("ScaleOut", "Friction cost / year"),
        QCoreApplication.translate("ScaleOut", "Reach (teams)"),
        QCoreApplication.translate("ScaleOut", "Effort"),
        QCoreApplication.translate("ScaleOut", "Confidence"),
        QCoreApplication.translate("ScaleOut", "From"),
    ]


def fill_ideas(table: QTableWidget, figures: Figures, report: ScaleOut) -> None:
    names = Names.of(figures.roadmap)
    rows: list[tuple[object, list[str]]] = []
    tips: dict[tuple[int, int], str] = {}
    unscored = QCoreApplication.translate("ScaleOut", "not scored: no friction point named")
    for r, idea in enumerate(report.ideas[:SHOWN]):
        if idea.score is None:
            tips[(r, 2)] = unscored
        rows.append(
            (
                idea.id,
                [
                    idea.title,
                    names.team(idea.team_id),
                    "—" if idea.score is None else idea_score(idea),
                    names.friction.get(idea.friction_point_id or "", ""),
                    "—" if idea.friction_cost is None else grouped(idea.friction_cost),
                    str(idea.reach) if idea.reach else "—",
                    enum_label(Effort(idea.effort)),
                    enum_label(Confidence(idea.confidence)),
                    QCoreApplication.translate("ScaleOut", "Intake")
                    if idea.source == "intake"
                    else QCoreApplication.translate("ScaleOut", "Feedback"),
                ],
            )
        )
    _fill(table, rows, tips=tips)
