"""One card per stage on the Overview: gate readiness, criteria, adoption charts.

Every number comes from :func:`planner.evidence.gates.evaluate_all` as is (the card
formats, it never recomputes). Clicking the stage name, a criterion or a
chart asks to show it; the "Gate review…" button asks for the review dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.evidence.gates import CriterionResult, StageReadiness
from planner.measures.series import Point, Trend
from planner.model.entities import MetricSource, Roadmap
from planner.model.kinds import EntityKind
from ui.dashboard import explain
from ui.dashboard.blocks import FitTable
from ui.dashboard.blocks import link_button as link_button  # cards are built from blocks
from ui.dashboard.blocks import plain as plain
from ui.dashboard.chart import AdoptionChart, requirement_text, status_text, value_text
from ui.models.labels import enum_label
from ui.timeline import texts

CHART_SOURCES = (MetricSource.MEASURED, MetricSource.TRAINED_PERCENT)
"""Metrics with a weekly history worth a chart (ambassadors and data readiness have none)."""


def trend_text(trend: Trend) -> str:
    words = {
        Trend.RISING: "↑ " + texts.tr("rising"),
        Trend.FLAT: "→ " + texts.tr("flat"),
        Trend.FALLING: "↓ " + texts.tr("falling"),
        Trend.UNKNOWN: "· " + texts.tr("unknown"),
    }
    return words[trend]


def forecast_text(result: CriterionResult) -> str:
    if result.forecast is None:
        return "—"
    return result.forecast.sentence


def period_text(result: CriterionResult) -> str:
    """The weeks the value comes from: ``week of 23 Feb``, ``2 Feb – 23 Feb``."""
    if result.period_start is None or result.period_end is None:
        return "—"
    if result.period_start == result.period_end:
        return texts.tr("week of {date}").format(date=texts.day_text(result.period_end))
    first = texts.day_text(result.period_start, year=False)
    return f"{first} – {texts.day_text(result.period_end)}"


def criteria_table(
    results: tuple[CriterionResult, ...], *, periods: bool = False, fit_rows: bool = True
) -> FitTable:
    """A read-only table of criteria results; the forecast wraps rather than being cut.
    ``fit_rows``: as tall as its rows (a card); else it fills its place and scrolls."""
    headers = [texts.tr("Status"), texts.tr("Criterion"), texts.tr("Needs"), texts.tr("Value")]
    if periods:
        headers.append(texts.tr("Measured"))
    headers += [texts.tr("Trend"), texts.tr("Forecast")]
    table = FitTable(len(results), headers, fit_rows=fit_rows)
    table.setAccessibleName(texts.tr("Gate criteria"))
    keys = ["status", "criterion", "needs", "value", *(["measured"] if periods else []),
            "trend", "forecast"]  # fmt: skip
    for column, key in enumerate(keys):
        header = table.horizontalHeaderItem(column)
        if header is not None:
            header.setWhatsThis(explain.column(key))
    for row, result in enumerate(results):
        mandatory = texts.tr("mandatory") if result.criterion.mandatory else texts.tr("advisory")
        cells = [
            status_text(result.status),
            f"{result.metric.name} ({mandatory})",
            requirement_text(result),
            value_text(result),
        ]
        if periods:
            cells.append(period_text(result))
        cells += [trend_text(result.trend), forecast_text(result)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, result.criterion.id)
            item.setToolTip(result.sentence)
            item.setWhatsThis(explain.column(keys[column]))
            table.setItem(row, column, item)
    table.fit_height()
    return table


class StageCard(QFrame):
    navigate = Signal(object, str)
    review_requested = Signal(str)

    def __init__(
        self,
        roadmap: Roadmap,
        readiness: StageReadiness,
        series: dict[str, list[Point]],
        as_of: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        stage = readiness.stage
        self.readiness = readiness
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"stage-card-{stage.id}")
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        self.name_button = link_button(
            stage.name, texts.tr("Show stage {name}").format(name=stage.name)
        )
        font = QFont(self.name_button.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_button.setFont(font)
        self.name_button.clicked.connect(lambda: self.navigate.emit(EntityKind.STAGE, stage.id))
        head.addWidget(self.name_button)
        head.addStretch(1)
        head.addWidget(plain(texts.status_text("stage", stage.status, 0)))
        layout.addLayout(head)
        review = texts.day_text(stage.gate_review) if stage.gate_review else "—"
        layout.addWidget(
            plain(
                texts.tr("{start} – {end} · gate review {review}").format(
                    start=texts.day_text(stage.planned_start),
                    end=texts.day_text(stage.planned_end),
                    review=review,
                )
            )
        )

        self.summary = plain()
        self.mandatory = plain(wrap=True)
        self.suggested = plain()
        self.explanation = plain(readiness.explanation, wrap=True)
        if readiness.total == 0:
            self.summary.setText(texts.tr("No gate criteria yet."))
        else:
            self.summary.setText(
                texts.tr("{met} of {total} criteria met").format(
                    met=readiness.met, total=readiness.total
                )
            )
            bar = QProgressBar()
            bar.setRange(0, readiness.total)
            bar.setValue(readiness.met)
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
            bar.setAccessibleName(self.summary.text())
            bar.setWhatsThis(explain.criteria_met())
            self.summary.setWhatsThis(explain.criteria_met())
            layout.addWidget(self.summary)
            layout.addWidget(bar)
        if readiness.total == 0:
            layout.addWidget(self.summary)
        failed = readiness.mandatory_failed
        if failed:
            self.mandatory.setText(
                texts.tr("✗ Mandatory not met ({n}): {names}").format(
                    n=len(failed), names=", ".join(r.metric.name for r in failed)
                )
            )
        else:
            self.mandatory.setText(texts.tr("✓ Every mandatory criterion is met"))
        self.mandatory.setWhatsThis(explain.mandatory())
        layout.addWidget(self.mandatory)
        self.suggested.setText(
            texts.tr("Suggested outcome: {outcome}").format(outcome=enum_label(readiness.suggested))
        )
        bold = QFont(self.suggested.font())
        bold.setBold(True)
        self.suggested.setFont(bold)
        self.suggested.setWhatsThis(explain.suggested())
        self.explanation.setWhatsThis(explain.suggested())
        layout.addWidget(self.suggested)
        layout.addWidget(self.explanation)

        self.criteria = criteria_table(readiness.results)
        self.criteria.cellClicked.connect(lambda row, _col: self._criterion(self.criteria, row))
        self.criteria.itemActivated.connect(lambda item: self._criterion(self.criteria, item.row()))
        if readiness.results:
            layout.addWidget(self.criteria)

        self.charts: list[AdoptionChart] = []
        grid = QGridLayout()
        unmeasured = []
        for result in readiness.results:
            points = series.get(result.criterion.id, [])
            if result.metric.source not in CHART_SOURCES:
                continue
            if not points:
                unmeasured.append(result.metric.name)
                continue
            chart = AdoptionChart(result, points, stage.gate_review, as_of)
            chart.setWhatsThis(explain.chart())
            criterion_id = result.criterion.id
            chart.clicked.connect(
                lambda c=criterion_id: self.navigate.emit(EntityKind.CRITERION, c)
            )
            grid.addWidget(chart, len(self.charts) // 2, len(self.charts) % 2)
            self.charts.append(chart)
        if self.charts:
            layout.addLayout(grid)
        if unmeasured:
            layout.addWidget(
                plain(
                    texts.tr("Not measured yet: {names}").format(names=", ".join(unmeasured)),
                    wrap=True,
                )
            )

        foot = QHBoxLayout()
        foot.addStretch(1)
        self.review_button = QPushButton(texts.tr("Gate review…"))
        self.review_button.setAccessibleName(
            texts.tr("Open the gate review of {name}").format(name=stage.name)
        )
        self.review_button.clicked.connect(lambda: self.review_requested.emit(stage.id))
        foot.addWidget(self.review_button)
        layout.addLayout(foot)

    def add_section(self, widget: QWidget) -> None:
        """Show another part of the stage's evidence above the card's buttons."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, widget)

    def _criterion(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.navigate.emit(EntityKind.CRITERION, str(item.data(Qt.ItemDataRole.UserRole)))
