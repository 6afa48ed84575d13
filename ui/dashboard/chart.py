"""A small adoption chart drawn with QPainter: a stage's weekly values of one metric
against its gate threshold, with the review date, the as-of date and the forecast.

The caption says in words what the colours show (met or not, trend, forecast),
so nothing is told by colour alone. A click (or Enter/Space) emits ``clicked``.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.evidence.forecast import format_number
from planner.evidence.gates import SYMBOLS, CriterionResult, CriterionStatus, format_value
from planner.evidence.series import Point
from ui.timeline import texts
from ui.timeline.style import mix


def status_text(status: CriterionStatus) -> str:
    """``✓ met``, ``✗ not met``, ``? no data``."""
    words = {
        CriterionStatus.MET: "✓ " + texts.tr("met"),
        CriterionStatus.NOT_MET: "✗ " + texts.tr("not met"),
        CriterionStatus.NO_DATA: "? " + texts.tr("no data"),
    }
    return words[status]


def requirement_text(result: CriterionResult) -> str:
    """``≥ 60 %`` (``over 4 weeks`` for a mean)."""
    criterion = result.criterion
    text = (
        f"{SYMBOLS[criterion.comparator]} {format_value(criterion.threshold, result.metric.unit)}"
    )
    if criterion.window.value == "mean" and result.metric.source.value == "measured":
        text += " " + texts.tr("over {n} weeks").format(n=criterion.window_weeks)
    return text


def value_text(result: CriterionResult) -> str:
    return "—" if result.value is None else format_value(result.value, result.metric.unit)


class AdoptionChart(QWidget):
    clicked = Signal()

    def __init__(
        self,
        result: CriterionResult,
        points: list[Point],
        review: dt.date | None,
        as_of: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.result = result
        self.points = points
        self.review = review
        self.as_of = as_of
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(texts.tr("Chart of {metric}").format(metric=result.metric.name))
        self.setAccessibleDescription(self.caption())
        self.setToolTip(result.sentence)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(320, round(line * 3 + 110))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def caption(self) -> str:
        """``Weekly active users · ≥ 60 % · 54 % ✗ not met · ↗ expected 30 Mar``."""
        result = self.result
        parts = [requirement_text(result), f"{value_text(result)} {status_text(result.status)}"]
        forecast = result.forecast
        if forecast is not None and forecast.expected is not None:
            parts.append(texts.tr("expected {date}").format(date=texts.day_text(forecast.expected)))
        elif forecast is not None and result.status is CriterionStatus.NOT_MET:
            parts.append(forecast.status.value.replace("_", " "))
        return " · ".join(parts)

    # ------------------------------------------------------------ events

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = mix(text, base, 0.45)
        p.fillRect(self.rect(), base)
        if self.hasFocus():
            p.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        p.setPen(text)
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft,
                   self.result.metric.name)  # fmt: skip
        p.setFont(self.font())
        p.setPen(muted)
        p.drawText(QRectF(8, 4 + line, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft,
                   metrics.elidedText(self.caption(), Qt.TextElideMode.ElideRight,
                                      self.width() - 16))  # fmt: skip
        plot = QRectF(44, 10 + 2 * line, self.width() - 56, self.height() - 2 * line - 30)
        self._plot(p, plot, text, muted, base)
        p.end()

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [d for d, _ in self.points]
        start = min([*days, self.as_of - dt.timedelta(weeks=8)])
        end = max([*days, self.as_of])
        for extra in (self.review, self._expected()):
            if extra is not None:
                end = max(end, extra)
        return start, max(end, start + dt.timedelta(days=7))

    def _expected(self) -> dt.date | None:
        forecast = self.result.forecast
        return forecast.expected if forecast is not None else None

    def _range(self) -> tuple[float, float]:
        """From the metric's floor (else the lowest value) to a little above the highest
        value or threshold, within the metric's range: curves use the height."""
        metric = self.result.metric
        values = [v for _, v in self.points] + [self.result.criterion.threshold]
        low = min(values) if metric.min_value is None else min(metric.min_value, *values)
        high = nice_ceiling(max(values) + 0.15 * (max(values) - low or 1.0))
        if metric.max_value is not None:
            high = min(high, max(metric.max_value, *values))
        return low, max(high, low + 1e-6)

    def _plot(self, p: QPainter, plot: QRectF, text: QColor, muted: QColor, base: QColor) -> None:
        start, end = self._span()
        low, high = self._range()
        span_days = max(1, (end - start).days)

        def x(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - start).days / span_days

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * (value - low) / (high - low)

        grid = mix(text, base, 0.85)
        p.setPen(QPen(grid, 0))
        p.drawRect(plot)
        p.setPen(muted)
        small = self.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        p.setFont(small)
        for value in (low, high):
            p.drawText(QRectF(0, y(value) - 8, plot.left() - 4, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       format_number(value))  # fmt: skip
        p.drawText(QRectF(plot.left(), plot.bottom() + 2, 120, 16), Qt.AlignmentFlag.AlignLeft,
                   texts.day_text(start, year=False))  # fmt: skip
        p.drawText(QRectF(plot.right() - 120, plot.bottom() + 2, 120, 16),
                   Qt.AlignmentFlag.AlignRight, texts.day_text(end, year=False))  # fmt: skip
        met = self.result.status is CriterionStatus.MET
        good, bad = QColor("#2E7D32"), QColor("#C62828")
        if base.lightness() < 128:
            good, bad = QColor("#81C784"), QColor("#EF6C6C")
        threshold = self.result.criterion.threshold
        p.setPen(QPen(good if met else bad, 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(plot.left(), y(threshold), plot.right(), y(threshold)))
        p.drawText(QRectF(plot.left() + 4, y(threshold) - 16, 160, 14), Qt.AlignmentFlag.AlignLeft,
                   requirement_text(self.result))  # fmt: skip
        if self.review is not None:
            p.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            p.drawLine(QLineF(x(self.review), plot.top(), x(self.review), plot.bottom()))
            p.drawText(QRectF(x(self.review) - 60, plot.top() + 1, 58, 14),
                       Qt.AlignmentFlag.AlignRight, texts.tr("review"))  # fmt: skip
        today = QColor("#D62828") if base.lightness() >= 128 else QColor("#FF6B6B")
        p.setPen(QPen(today, 1))
        p.drawLine(QLineF(x(self.as_of), plot.top(), x(self.as_of), plot.bottom()))
        p.drawText(QRectF(x(self.as_of) + 3, plot.bottom() - 15, 80, 14),
                   Qt.AlignmentFlag.AlignLeft, texts.tr("as of"))  # fmt: skip
        if not self.points:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, texts.tr("no data yet"))
            return
        ink = palette_accent(base)
        path = QPainterPath(QPointF(x(self.points[0][0]), y(self.points[0][1])))
        for day, value in self.points[1:]:
            path.lineTo(x(day), y(value))
        p.setPen(QPen(ink, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(ink)
        p.setPen(Qt.PenStyle.NoPen)
        for day, value in self.points:
            p.drawEllipse(QPointF(x(day), y(value)), 2.2, 2.2)
        expected = self._expected()
        if expected is not None and not met:
            last_day, last_value = self.points[-1]
            p.setPen(QPen(ink, 1.2, Qt.PenStyle.DotLine))
            p.drawLine(QLineF(x(last_day), y(last_value), x(expected), y(threshold)))
            p.setPen(QPen(ink, 1.5))
            p.setBrush(base)
            p.drawEllipse(QPointF(x(expected), y(threshold)), 3.5, 3.5)


def nice_ceiling(value: float) -> float:
    """The next round number at or above ``value`` (1, 2, 2.5, 5 × a power of ten)."""
    if value <= 0:
        return value
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * power + 1e-12:
            return step * power
    return 10 * power


def palette_accent(base: QColor) -> QColor:
    return QColor("#1565C0") if base.lightness() >= 128 else QColor("#64B5F6")
