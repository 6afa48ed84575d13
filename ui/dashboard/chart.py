"""A small adoption chart drawn with QPainter: a stage's weekly values of one metric
against its gate threshold, with the review date, the as-of date and the forecast.

The caption says in words what the colours show (met or not, trend, forecast),
so nothing is told by colour alone. A click (or Enter/Space) emits ``clicked``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable

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

from planner.evidence.forecast import ForecastStatus, format_number
from planner.evidence.gates import SYMBOLS, CriterionResult, CriterionStatus, format_value
from planner.measures.series import Point
from ui.app.theme import Tone, tone
from ui.dashboard.placing import place
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


def forecast_word(status: ForecastStatus) -> str:
    """A forecast's outcome in a word or two (the sentence is in the tooltip)."""
    words = {
        ForecastStatus.ON_TRACK: texts.tr("on track"),
        ForecastStatus.AT_RISK: texts.tr("at risk"),
        ForecastStatus.UNLIKELY: texts.tr("unlikely"),
        ForecastStatus.NOT_ENOUGH_DATA: texts.tr("not enough data"),
        ForecastStatus.NO_PROGRESS: texts.tr("not progressing"),
    }
    return words.get(status, str(status.value).replace("_", " "))


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
        self._labels: dict[str, QRectF] = {}
        self._segments: list[QLineF] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # a caption too long for one line takes two
        self.setSizePolicy(policy)
        self.setAccessibleName(texts.tr("Chart of {metric}").format(metric=result.metric.name))
        self.setAccessibleDescription(self.caption())
        self.setToolTip(result.sentence)

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.heightForWidth(220))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = QFontMetricsF(self.font()).height()
        return round(line * (2 + len(self._caption_lines(width))) + 110)

    def _caption_lines(self, width: float) -> list[str]:
        """The caption on one line, or two (the second cut with "…" if still too long)."""
        metrics = QFontMetricsF(self.font())
        room = max(40.0, width - 16)
        caption = self.caption()
        if metrics.horizontalAdvance(caption) <= room:
            return [caption]
        parts = caption.split(" · ")
        first = parts[0]
        for count in range(len(parts) - 1, 0, -1):
            head = " · ".join(parts[:count])
            if metrics.horizontalAdvance(head) <= room:
                first = head
                rest = " · ".join(parts[count:])
                break
        else:
            rest = " · ".join(parts[1:])
        elide = Qt.TextElideMode.ElideRight
        return [metrics.elidedText(first, elide, room), metrics.elidedText(rest, elide, room)]

    def label_rects(self) -> dict[str, QRectF]:
        """Where the last paint put each label (tests check they leave the data clear)."""
        return dict(self._labels)

    def data_segments(self) -> list[QLineF]:
        return list(self._segments)

    def caption(self) -> str:
        """``Weekly active users · ≥ 60 % · 54 % ✗ not met · ↗ expected 30 Mar``."""
        result = self.result
        parts = [requirement_text(result), f"{value_text(result)} {status_text(result.status)}"]
        forecast = result.forecast
        if forecast is not None and forecast.expected is not None:
            parts.append(texts.tr("expected {date}").format(date=texts.day_text(forecast.expected)))
        elif forecast is not None and result.status is CriterionStatus.NOT_MET:
            parts.append(forecast_word(forecast.status))
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
        captions = self._caption_lines(self.width())
        for number, caption in enumerate(captions, start=1):
            p.drawText(QRectF(8, 4 + number * line, self.width() - 16, line),
                       Qt.AlignmentFlag.AlignLeft, caption)  # fmt: skip
        top = 10 + (1 + len(captions)) * line
        plot = QRectF(44, top, self.width() - 56, self.height() - top - 30)
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
        palette = self.palette()
        good, bad = tone(Tone.GOOD, palette), tone(Tone.BAD, palette)
        ink = tone(Tone.ACCENT, palette)
        threshold = self.result.criterion.threshold
        # The data first, then the labels in the places it leaves free.
        self._segments = segments = self._data_segments(x, y, threshold)
        self._labels = {}
        p.setPen(QPen(good if met else bad, 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(plot.left(), y(threshold), plot.right(), y(threshold)))
        if self.review is not None:
            p.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            p.drawLine(QLineF(x(self.review), plot.top(), x(self.review), plot.bottom()))
        today = tone(Tone.TODAY, palette)
        p.setPen(QPen(today, 1))
        p.drawLine(QLineF(x(self.as_of), plot.top(), x(self.as_of), plot.bottom()))
        if self.points:
            self._draw_data(p, x, y, threshold, ink, base, met)
        else:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, texts.tr("no data yet"))
        small_metrics = QFontMetricsF(small)
        height = small_metrics.height()

        # Guide lines a label should not sit on either (each label may cross its own).
        guides = {
            "threshold": QLineF(plot.left(), y(threshold), plot.right(), y(threshold)),
            "as_of": QLineF(x(self.as_of), plot.top(), x(self.as_of), plot.bottom()),
        }
        if self.review is not None:
            guides["review"] = QLineF(x(self.review), plot.top(), x(self.review), plot.bottom())

        def label(key: str, text: str, colour: QColor, places: list[QPointF]) -> None:
            width = min(small_metrics.horizontalAdvance(text) + 2, plot.width() / 2 - 8)
            shown = small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            candidates = [QRectF(point.x(), point.y(), width, height) for point in places]
            taken = list(self._labels.values())
            others = [line for name, line in guides.items() if name != key]
            rect, free = place(candidates, [*segments, *others], taken, plot)
            if not free:  # the data first: a place clear of the data, over a guide line
                rect, free = place(candidates, segments, taken, plot)
            if not free:  # nowhere clear: keep it readable over the data
                p.fillRect(rect, base)
            p.setPen(colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            self._labels[key] = rect

        def width_of(text: str) -> float:
            return min(small_metrics.horizontalAdvance(text) + 2, plot.width() / 2 - 8)

        requirement = requirement_text(self.result)
        need = width_of(requirement)
        ty = y(threshold)
        label("threshold", requirement, good if met else bad, [
            QPointF(plot.left() + 4, ty - height - 1), QPointF(plot.left() + 4, ty + 1),
            QPointF(plot.right() - need - 4, ty - height - 1),
            QPointF(plot.right() - need - 4, ty + 1),
            QPointF(plot.center().x() - need / 2, ty - height - 1),
            QPointF(plot.center().x() - need / 2, ty + 1),
        ])  # fmt: skip
        if self.review is not None:
            word = texts.tr("review")
            rx, wide = x(self.review), width_of(word)
            label("review", word, muted, [
                QPointF(rx - wide - 2, plot.top() + 1), QPointF(rx + 2, plot.top() + 1),
                QPointF(rx - wide - 2, plot.bottom() - height - 1),
                QPointF(rx + 2, plot.bottom() - height - 1),
            ])  # fmt: skip
        word = texts.tr("as of")
        ax, wide = x(self.as_of), width_of(word)
        low_line = plot.bottom() - height - 1
        label("as_of", word, today, [
            QPointF(ax + 3, low_line), QPointF(ax - wide - 3, low_line),
            QPointF(ax + 3, plot.top() + 1), QPointF(ax - wide - 3, plot.top() + 1),
        ])  # fmt: skip

    def _data_segments(
        self, x: Callable[[dt.date], float], y: Callable[[float], float], threshold: float
    ) -> list[QLineF]:
        """The curve (and the forecast's line to the threshold) as segments, and each point
        as a short cross, for the labels to keep clear of."""
        found: list[QLineF] = []
        points = [QPointF(x(day), y(value)) for day, value in self.points]
        found += [QLineF(a, b) for a, b in itertools.pairwise(points)]
        for point in points:
            found.append(QLineF(point.x() - 3, point.y(), point.x() + 3, point.y()))
        expected = self._expected()
        if points and expected is not None and self.result.status is not CriterionStatus.MET:
            found.append(QLineF(points[-1], QPointF(x(expected), y(threshold))))
        return found

    def _draw_data(
        self,
        p: QPainter,
        x: Callable[[dt.date], float],
        y: Callable[[float], float],
        threshold: float,
        ink: QColor,
        base: QColor,
        met: bool,
    ) -> None:
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
